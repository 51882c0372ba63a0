// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/erasure.h"

#include "models/common/masking.h"
#include "models/common/phone.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace siyu::erasure {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// How a copy found in a JSON document is replaced: in a before-image by no value (undo then
// restores an empty field), elsewhere by the marker (a rule stays valid and matches no one).
enum class Replace
{
    WithNull,
    WithMarker
};

bool scrubJson(QJsonValue &value, const PersonalData &data, Replace replace)
{
    if (value.isString()) {
        if (!data.foundIn(value.toString()))
            return false;
        value = replace == Replace::WithNull ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(erasedMarker());
        return true;
    }
    bool changed = false;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (scrubJson(item, data, replace)) {
                array.replace(i, item);
                changed = true;
            }
        }
        if (changed)
            value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue item = it.value();
            if (scrubJson(item, data, replace)) {
                it.value() = item;
                changed = true;
            }
        }
        if (changed)
            value = object;
    }
    return changed;
}

QString scrubText(const QString &text, const PersonalData &data, Replace jsonReplace)
{
    if (!data.foundIn(text))
        return text;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject() || document.isArray()) {
        QJsonValue root =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        scrubJson(root, data, jsonReplace);
        const QJsonDocument out =
            root.isObject() ? QJsonDocument(root.toObject()) : QJsonDocument(root.toArray());
        const QString json = QString::fromUtf8(out.toJson(QJsonDocument::Compact));
        if (!data.foundIn(json))
            return json;
        // A copy in a key: nothing of the document can stay.
        return erasedMarker();
    }
    QString scrubbed = text;
    for (const QString &value : data.values())
        scrubbed.replace(value, erasedMarker(), Qt::CaseInsensitive);
    // A phone written with other spacing than the member's cannot be cut out alone.
    return data.foundIn(scrubbed) ? erasedMarker() : scrubbed;
}

// The text columns that can hold a copy of a member's data outside the rows naming them.
struct TextColumn
{
    const char *table;
    const char *key; // the row's key: rowid, or the primary key of a WITHOUT ROWID table
    const char *column;
    Replace json;
    bool unique; // a replacement that collides gets the row's key appended
};

const TextColumn textColumns[] = {
    {"import_changes", "batch_ref || ':' || seq", "before", Replace::WithNull, false},
    {"segments", "id", "rule", Replace::WithMarker, false},
    {"segments", "id", "name", Replace::WithMarker, true},
    {"segments", "id", "description", Replace::WithMarker, false},
    {"campaigns", "id", "name", Replace::WithMarker, false},
    {"campaigns", "id", "target_segment", Replace::WithMarker, false},
    {"campaigns", "id", "notes", Replace::WithMarker, false},
    {"content", "id", "title", Replace::WithMarker, false},
    {"groups", "id", "name", Replace::WithMarker, false},
    {"groups", "id", "theme", Replace::WithMarker, false},
    {"import_batches", "id", "files", Replace::WithMarker, false},
    {"audit_log", "id", "detail", Replace::WithMarker, false},
    {"settings", "rowid", "value", Replace::WithMarker, false},
};

Result<int> scrubColumn(Workspace &ws, const TextColumn &c, const PersonalData &data)
{
    const QString table = QLatin1String(c.table);
    const QString column = QLatin1String(c.column);
    const QString key = QLatin1String(c.key);
    auto rows = sql::run(
        ws.db(),
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL").arg(key, column, table));
    if (!rows)
        return rows.error();
    QList<std::pair<QVariant, QString>> changes;
    while (rows->next()) {
        const QString text = rows->value(1).toString();
        const QString scrubbed = scrubText(text, data, c.json);
        if (scrubbed != text)
            changes.append({rows->value(0), scrubbed});
    }
    rows->finish();
    const QString update =
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, key);
    for (const auto &[rowKey, scrubbed] : changes) {
        Status status = sql::exec(ws.db(), update, QVariantList{QVariant(scrubbed), rowKey});
        if (!status && c.unique) {
            const QString distinct = scrubbed + QLatin1Char(' ') + rowKey.toString();
            status = sql::exec(ws.db(), update, QVariantList{QVariant(distinct), rowKey});
        }
        if (!status)
            return status.error();
    }
    return int(changes.size());
}

} // namespace

void PersonalData::add(const QString &value)
{
    const QString text = value.trimmed();
    // One character would match half of every text in the file.
    if (text.size() < 2)
        return;
    if (!m_values.contains(text.toLower()))
        m_values << text.toLower();
    const QString digits = digitsOf(text);
    if (masking::looksLikePhone(text) && !m_digits.contains(digits))
        m_digits << digits;
    // A phone stored in E.164 is written elsewhere without its country code as well.
    const QString national = digits.mid(phone::countryCodeLength(text));
    if (national.size() >= 7 && national != digits && !m_digits.contains(national))
        m_digits << national;
}

bool PersonalData::foundIn(const QString &text) const
{
    for (const QString &value : m_values) {
        if (text.contains(value, Qt::CaseInsensitive))
            return true;
    }
    if (m_digits.isEmpty())
        return false;
    const QString digits = digitsOf(text);
    for (const QString &value : m_digits) {
        if (digits.contains(value))
            return true;
    }
    return false;
}

Result<PersonalData> personalDataOf(Workspace &ws, qint64 memberRef)
{
    PersonalData data;
    auto member = sql::run(ws.db(),
                           QStringLiteral("SELECT name, remark, phone, email, phone_raw FROM "
                                          "members WHERE id = ? UNION ALL SELECT value, NULL, "
                                          "NULL, NULL, NULL FROM identities WHERE member_ref = ?"),
                           {memberRef, memberRef});
    if (!member)
        return member.error();
    while (member->next()) {
        for (int i = 0; i < 5; ++i)
            data.add(member->value(i).toString());
    }
    return data;
}

Result<int> scrubCopies(Workspace &ws, const PersonalData &data)
{
    if (data.isEmpty())
        return 0;
    int changed = 0;
    for (const TextColumn &column : textColumns) {
        auto exists = sql::tableExists(ws.db(), QLatin1String(column.table));
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;
        auto count = scrubColumn(ws, column, data);
        if (!count)
            return count.error();
        changed += *count;
    }
    return changed;
}

Status trimInsertRanges(Workspace &ws)
{
    auto tables = sql::run(ws.db(), QStringLiteral("SELECT DISTINCT table_name FROM "
                                                   "import_changes WHERE action = 'insert'"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    tables->finish();
    for (const QString &table : names) {
        auto exists = sql::tableExists(ws.db(), table);
        if (!exists)
            return exists.error();
        if (!*exists)
            continue;
        if (const Status status = sql::exec(
                ws.db(),
                QStringLiteral("UPDATE import_changes SET row_last = (SELECT max(id) FROM %1 WHERE "
                               "id BETWEEN import_changes.row_ref AND import_changes.row_last) "
                               "WHERE action = 'insert' AND table_name = ?")
                    .arg(sql::quotedName(table)),
                {table});
            !status)
            return status;
    }
    return sql::exec(ws.db(), QStringLiteral("DELETE FROM import_changes WHERE action = 'insert' "
                                             "AND row_last IS NULL"));
}

Status rebuildFullText(Workspace &ws)
{
    auto exists = sql::tableExists(ws.db(), QStringLiteral("members_fts"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return {};
    for (const char *command : {"rebuild", "optimize"}) {
        if (const Status status =
                sql::exec(ws.db(), QStringLiteral("INSERT INTO members_fts(members_fts) VALUES(?)"),
                          {QString::fromLatin1(command)});
            !status)
            return status;
    }
    // Index samples of ANALYZE hold column values; they are taken again without the member.
    auto samples = sql::tableExists(ws.db(), QStringLiteral("sqlite_stat4"));
    if (!samples)
        return samples.error();
    return *samples ? sql::exec(ws.db(), QStringLiteral("ANALYZE")) : Status();
}

Result<bool> purgeFreedPages(Workspace &ws)
{
    const auto checkpoint = [&ws]() -> Result<bool> {
        auto result = sql::run(ws.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!result)
            return result.error();
        // (busy, frames in the WAL, frames checkpointed): busy = 1 when a reader held it up.
        return !result->next() || result->value(0).toInt() == 0;
    };
    auto first = checkpoint();
    if (!first)
        return first.error();
    if (!*first)
        return false;
    // A busy workspace (another connection reading) is no error of the erasure: the pages are
    // zeroed already, and SQLite checkpoints when the last connection closes.
    if (!sql::exec(ws.db(), QStringLiteral("VACUUM")))
        return false;
    return checkpoint();
}

} // namespace siyu::erasure
