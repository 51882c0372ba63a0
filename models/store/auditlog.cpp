// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/auditlog.h"

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QDateTime>

namespace siyu::auditlog {

Status record(Workspace &ws, const QString &action, const QString &objectKind, qint64 objectRef,
              const QString &detail)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const Status status = sql::exec(
        ws.db(),
        QStringLiteral("INSERT INTO audit_log(at, action, object_kind, object_ref, detail) "
                       "VALUES(?, ?, ?, ?, ?)"),
        {QDateTime::currentSecsSinceEpoch(), action, objectKind,
         objectRef > 0 ? QVariant(objectRef) : QVariant(), detail});
    if (!status)
        return status;
    return transaction.commit();
}

} // namespace siyu::auditlog
