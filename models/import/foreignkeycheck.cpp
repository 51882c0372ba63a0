// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/foreignkeycheck.h"

#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace siyu {

namespace {

struct Range
{
    QString table;
    qint64 first = 0;
    qint64 last = 0;
};

struct ForeignKey
{
    QString column;
    QString parent;
    QString parentColumn;
};

Result<QList<ForeignKey>> foreignKeys(Workspace &ws, const QString &table)
{
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM "
                                         "pragma_foreign_key_list(?)"),
                          {table});
    if (!query)
        return query.error();
    QList<ForeignKey> keys;
    while (query->next()) {
        ForeignKey key{query->value(0).toString(), query->value(1).toString(),
                       query->value(2).toString()};
        if (key.parentColumn.isEmpty())
            key.parentColumn = QStringLiteral("id");
        keys << key;
    }
    return keys;
}

// One scan of the range for every key of the table: the first row whose key names no row,
// and which key (0-based), or 0 rows.
struct Orphan
{
    qint64 row = 0;
    int key = -1;
};

Result<Orphan> firstOrphan(Workspace &ws, const QString &table, const QString &rowColumn,
                           const Range &range, const QList<ForeignKey> &keys)
{
    if (keys.isEmpty())
        return Orphan{};
    QStringList missing;
    QStringList which;
    for (int i = 0; i < keys.size(); ++i) {
        const ForeignKey &key = keys.at(i);
        const QString test =
            QStringLiteral("(t.%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 p WHERE p.%3 = "
                           "t.%1))")
                .arg(sql::quotedName(key.column), sql::quotedName(key.parent),
                     sql::quotedName(key.parentColumn));
        missing << test;
        which << QStringLiteral("WHEN %1 THEN %2").arg(test).arg(i);
    }
    const QString select =
        QStringLiteral("SELECT t.%1, CASE %2 END FROM %3 t WHERE t.%1 BETWEEN ? AND ? AND (%4) "
                       "LIMIT 1")
            .arg(sql::quotedName(rowColumn), which.join(QLatin1Char(' ')), sql::quotedName(table),
                 missing.join(QStringLiteral(" OR ")));
    auto found = sql::run(ws.db(), select, {range.first, range.last});
    if (!found)
        return found.error();
    if (!found->next())
        return Orphan{};
    return Orphan{found->value(0).toLongLong(), found->value(1).toInt()};
}

} // namespace

Status checkBatchForeignKeys(Workspace &ws, qint64 batch)
{
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT table_name, row_ref, coalesce(row_last, row_ref) "
                                         "FROM import_changes WHERE batch_ref = ? ORDER BY seq"),
                          {batch});
    if (!query)
        return query.error();
    QList<Range> ranges;
    while (query->next())
        ranges << Range{query->value(0).toString(), query->value(1).toLongLong(),
                        query->value(2).toLongLong()};
    for (const Range &range : std::as_const(ranges)) {
        // A member's tag links have no ids of their own: they are checked with the member.
        QList<std::pair<QString, QString>> checked{{range.table, QStringLiteral("id")}};
        if (range.table == QLatin1String("members"))
            checked.append({QStringLiteral("member_tags"), QStringLiteral("member_ref")});
        for (const auto &[table, rowColumn] : std::as_const(checked)) {
            auto keys = foreignKeys(ws, table);
            if (!keys)
                return keys.error();
            auto orphan = firstOrphan(ws, table, rowColumn, range, *keys);
            if (!orphan)
                return orphan.error();
            if (orphan->row != 0 && orphan->key >= 0 && orphan->key < keys->size()) {
                const ForeignKey &key = keys->at(orphan->key);
                return makeError(QCoreApplication::translate(
                                     "siyu::ImportEngine",
                                     "the import would leave a row of %1 (id %2) whose %3 names a "
                                     "missing row of %4; nothing was imported")
                                     .arg(table)
                                     .arg(orphan->row)
                                     .arg(key.column, key.parent));
            }
        }
    }
    return {};
}

} // namespace siyu
