// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/handedits.h"

#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace siyu::handedits {

Status record(Workspace &ws, const char *table, qint64 row)
{
    return sql::exec(ws.db(),
                     QStringLiteral("INSERT INTO hand_edits(table_name, row_ref, after_batch) "
                                    "VALUES (?, ?, (SELECT coalesce(max(id), 0) FROM "
                                    "import_batches)) ON CONFLICT(table_name, row_ref) DO UPDATE "
                                    "SET after_batch = excluded.after_batch"),
                     {QString::fromLatin1(table), row});
}

// One statement for any number of rows (a bulk edit of fifty thousand members).
Status record(Workspace &ws, const char *table, const QList<qint64> &rows)
{
    if (rows.isEmpty())
        return {};
    QJsonArray ids;
    for (const qint64 row : rows)
        ids.append(row);
    return sql::exec(ws.db(),
                     QStringLiteral("INSERT INTO hand_edits(table_name, row_ref, after_batch) "
                                    "SELECT ?, value, (SELECT coalesce(max(id), 0) FROM "
                                    "import_batches) FROM json_each(?) WHERE true ON "
                                    "CONFLICT(table_name, row_ref) DO UPDATE SET after_batch = "
                                    "excluded.after_batch"),
                     {QString::fromLatin1(table),
                      QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
}

} // namespace siyu::handedits
