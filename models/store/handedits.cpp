// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/handedits.h"

#include "models/store/sql.h"
#include "models/store/workspace.h"

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

Status record(Workspace &ws, const char *table, const QList<qint64> &rows)
{
    for (const qint64 row : rows) {
        if (const Status status = record(ws, table, row); !status)
            return status;
    }
    return {};
}

} // namespace siyu::handedits
