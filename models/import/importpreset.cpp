// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importpreset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::ImportPreset", text);
}

const char *const formatNames[] = {"csv", "telegram-json", "whatsapp-txt"};

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QHash<QString, QString> toHash(const QJsonValue &value)
{
    QHash<QString, QString> hash;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

QJsonObject fromHash(const QHash<QString, QString> &hash)
{
    QJsonObject object;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

PresetColumn columnFromJson(const QJsonObject &object)
{
    PresetColumn column;
    column.field = object.value(QLatin1String("field")).toString();
    column.headers = toStringList(object.value(QLatin1String("headers")));
    column.join = toStringList(object.value(QLatin1String("join")));
    if (object.contains(QLatin1String("join_with")))
        column.joinWith = object.value(QLatin1String("join_with")).toString();
    column.required = object.value(QLatin1String("required")).toBool();
    column.separators = object.value(QLatin1String("separators")).toString();
    const QHash<QString, QString> map = toHash(object.value(QLatin1String("map")));
    for (auto it = map.begin(); it != map.end(); ++it)
        column.valueMap.insert(it.key().toLower(), it.value());
    column.sum = object.value(QLatin1String("sum")).toBool();
    return column;
}

QJsonObject columnToJson(const PresetColumn &column)
{
    QJsonObject object{{QLatin1String("field"), column.field}};
    if (!column.headers.isEmpty())
        object.insert(QLatin1String("headers"), QJsonArray::fromStringList(column.headers));
    if (!column.join.isEmpty()) {
        object.insert(QLatin1String("join"), QJsonArray::fromStringList(column.join));
        object.insert(QLatin1String("join_with"), column.joinWith);
    }
    if (column.required)
        object.insert(QLatin1String("required"), true);
    if (!column.separators.isEmpty())
        object.insert(QLatin1String("separators"), column.separators);
    if (!column.valueMap.isEmpty())
        object.insert(QLatin1String("map"), fromHash(column.valueMap));
    if (column.sum)
        object.insert(QLatin1String("sum"), true);
    return object;
}

} // namespace

Result<ImportPreset> ImportPreset::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return makeError(tr("the preset is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = document.object();
    ImportPreset preset;
    preset.name = o.value(QLatin1String("name")).toString().trimmed();
    preset.title = o.value(QLatin1String("title")).toString();
    const QString format = o.value(QLatin1String("format")).toString(QStringLiteral("csv"));
    bool formatKnown = false;
    for (int i = 0; i < 3; ++i) {
        if (format == QLatin1String(formatNames[i])) {
            preset.format = SourceFormat(i);
            formatKnown = true;
        }
    }
    if (!formatKnown)
        return makeError(tr("unknown preset format '%1'").arg(format));
    const auto entity = entityFromName(o.value(QLatin1String("entity")).toString());
    if (!entity)
        return makeError(tr("unknown entity '%1' (members, groups, memberships, events, orders, "
                            "content, campaigns, campaign_costs)")
                             .arg(o.value(QLatin1String("entity")).toString()));
    preset.entity = *entity;
    preset.keepWhenEmpty = o.value(QLatin1String("empty")).toString() == QLatin1String("keep");
    preset.match = toStringList(o.value(QLatin1String("match")));
    if (preset.match.isEmpty() && preset.entity == Entity::Members)
        preset.match << QStringLiteral("member_id");
    preset.keyPrefix = o.value(QLatin1String("key_prefix")).toString();
    preset.keyFrom = toStringList(o.value(QLatin1String("key_from")));
    preset.groupBy = o.value(QLatin1String("group_by")).toString();
    preset.createMembers = o.value(QLatin1String("create_members")).toBool();
    preset.memberKeyPrefix = o.value(QLatin1String("member_key_prefix")).toString();
    preset.platform = o.value(QLatin1String("platform")).toString();
    const auto order = dateOrderFromName(o.value(QLatin1String("date_order")).toString());
    if (!order)
        return makeError(tr("date_order must be auto, dmy, mdy or ymd"));
    preset.dateOrder = *order;
    preset.defaults = toHash(o.value(QLatin1String("defaults")));
    preset.expects = toStringList(o.value(QLatin1String("expects")));
    for (const QJsonValue &column : o.value(QLatin1String("columns")).toArray())
        preset.columns << columnFromJson(column.toObject());
    if (const Status status = preset.check(); !status)
        return status.error();
    return preset;
}

QByteArray ImportPreset::toJson() const
{
    QJsonObject o{
        {QLatin1String("name"), name},
        {QLatin1String("format"), QLatin1String(formatNames[int(format)])},
        {QLatin1String("entity"), entityName(entity)},
        {QLatin1String("empty"), keepWhenEmpty ? QStringLiteral("keep") : QStringLiteral("clear")},
        {QLatin1String("match"), QJsonArray::fromStringList(match)},
        {QLatin1String("date_order"), dateOrderName(dateOrder)}};
    auto putString = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    putString("title", title);
    putString("key_prefix", keyPrefix);
    putString("group_by", groupBy);
    putString("member_key_prefix", memberKeyPrefix);
    putString("platform", platform);
    if (!keyFrom.isEmpty())
        o.insert(QLatin1String("key_from"), QJsonArray::fromStringList(keyFrom));
    if (createMembers)
        o.insert(QLatin1String("create_members"), true);
    if (!defaults.isEmpty())
        o.insert(QLatin1String("defaults"), fromHash(defaults));
    if (!expects.isEmpty())
        o.insert(QLatin1String("expects"), QJsonArray::fromStringList(expects));
    QJsonArray array;
    for (const PresetColumn &column : columns)
        array.append(columnToJson(column));
    o.insert(QLatin1String("columns"), array);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ImportPreset::canonicalName(Entity entity)
{
    return QStringLiteral("siyu-") + entityName(entity).replace(QLatin1Char('_'), QLatin1Char('-'));
}

ImportPreset ImportPreset::canonical(Entity entity)
{
    ImportPreset preset;
    preset.name = canonicalName(entity);
    preset.title = tr("Siyu %1 (canonical CSV)").arg(entityName(entity));
    preset.builtIn = true;
    preset.entity = entity;
    if (entity == Entity::Members)
        preset.match << QStringLiteral("member_id");
    for (const FieldDef &field : entityFields(entity)) {
        if (!field.canonical)
            continue;
        PresetColumn column;
        column.field = QLatin1String(field.name);
        column.headers = QStringList{column.field};
        column.required = field.required;
        if (field.type == FieldType::Tags)
            column.separators = QStringLiteral(";");
        preset.columns << column;
    }
    return preset;
}

Status ImportPreset::check() const
{
    if (name.isEmpty())
        return makeError(tr("the preset has no name"));
    for (const PresetColumn &column : columns) {
        if (fieldIndex(entity, column.field) < 0)
            return makeError(
                tr("preset %1: %2 has no field '%3'").arg(name, entityName(entity), column.field));
        if (column.sourceColumns().isEmpty())
            return makeError(
                tr("preset %1: field %2 names no source column").arg(name, column.field));
    }
    for (const QString &field : match + keyFrom) {
        if (fieldIndex(entity, field) < 0)
            return makeError(
                tr("preset %1: %2 has no field '%3'").arg(name, entityName(entity), field));
    }
    if (!groupBy.isEmpty() && fieldIndex(entity, groupBy) < 0)
        return makeError(
            tr("preset %1: %2 has no field '%3'").arg(name, entityName(entity), groupBy));
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (fieldIndex(entity, it.key()) < 0)
            return makeError(
                tr("preset %1: %2 has no field '%3'").arg(name, entityName(entity), it.key()));
    }
    return {};
}

const PresetColumn *ImportPreset::column(QStringView field) const
{
    for (const PresetColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QStringList ImportPreset::expectedColumns() const
{
    if (!expects.isEmpty())
        return expects;
    QStringList list;
    for (const PresetColumn &column : columns) {
        const QString source = column.join.isEmpty() ? column.headers.value(0)
                                                     : column.join.join(QLatin1String(" + "));
        list << source + (column.required ? QStringLiteral("*") : QString());
    }
    return list;
}

} // namespace siyu
