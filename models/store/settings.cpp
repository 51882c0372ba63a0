// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/settings.h"

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

namespace siyu::detail {

QVariant readSetting(const Workspace &ws, const QString &key)
{
    auto value =
        sql::scalar(ws.db(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return value ? *value : QVariant();
}

Status writeSetting(Workspace &ws, const QString &key, const QVariant &value)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const Status status =
        sql::exec(ws.db(),
                  QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value.toString()});
    if (!status)
        return status;
    return transaction.commit();
}

} // namespace siyu::detail
