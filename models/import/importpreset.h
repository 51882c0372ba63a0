// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/entityfields.h"
#include "models/import/valueparser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace siyu {

enum class SourceFormat
{
    Csv,
    TelegramJson,
    WhatsAppText
};

// One field of a preset: where its value comes from in the source and how it is read.
struct PresetColumn
{
    QString field;       // a field of the preset's entity (entityFields)
    QStringList headers; // source columns, by priority: the first non-empty value wins
    QStringList join;    // instead of headers: these columns joined by `joinWith`
    QString joinWith = QStringLiteral(" ");
    bool required = false;            // the column must be in the header and every row must fill it
    QString separators;               // lists: the separator characters
    QHash<QString, QString> valueMap; // source value (lower case) → value; "*" = any other
    bool sum = false;                 // grouped rows: the sum of the group's values

    QStringList sourceColumns() const { return join.isEmpty() ? headers : join; }
};

// A mapping from one kind of export to Siyu's records, as data: the built-in presets and the
// ones users save in their workspace have the same JSON form.
class ImportPreset
{
public:
    QString name;
    QString title;
    bool builtIn = false;
    SourceFormat format = SourceFormat::Csv;
    Entity entity = Entity::Members;
    // Empty cells leave stored values alone (platform exports that know only part of a
    // member); otherwise an empty cell clears the stored value (Siyu's own files).
    bool keepWhenEmpty = false;
    // Members: the fields tried in order to find an existing member (member_id, identity:*,
    // phone, email).
    QStringList match;
    // New records without a key of their own: prefix + the first non-empty of keyFrom.
    QString keyPrefix;
    QStringList keyFrom;
    // Consecutive rows with the same value of this field are one record (Shopify orders).
    QString groupBy;
    // Records naming a member that is not known create it from their member:* fields, with
    // the member_id memberKeyPrefix + email or phone.
    bool createMembers = false;
    QString memberKeyPrefix;
    // The platform the export comes from: the source of created members, the platform of
    // created groups.
    QString platform;
    DateOrder dateOrder = DateOrder::Auto;
    // Values for fields the source leaves empty, for new records only ("now" for times).
    QHash<QString, QString> defaults;
    QList<PresetColumn> columns;
    // For formats that are not CSV: what the source holds, for `siyu presets`.
    QStringList expects;

    static Result<ImportPreset> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // siyu-members, siyu-groups, ...: the canonical CSV of one entity.
    static ImportPreset canonical(Entity entity);
    static QString canonicalName(Entity entity);

    // Every field the preset names exists, and so on.
    Status check() const;
    const PresetColumn *column(QStringView field) const;
    // The columns the preset expects, the required ones marked with '*'.
    QStringList expectedColumns() const;
};

} // namespace siyu
