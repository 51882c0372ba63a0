// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/settingschange.h"

#include "models/store/auditlog.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

namespace siyu {

namespace {

// The setting as the workspace has it now: stored, else its default.
QString currentValue(const Workspace &ws, const QString &key, const QVariant &defaultValue)
{
    const QVariant stored = detail::readSetting(ws, key);
    return (stored.isValid() ? stored : defaultValue).toString();
}

} // namespace

QStringList SettingsChange::changedKeys(const Workspace &ws) const
{
    QStringList keys;
    for (const Entry &e : m_values) {
        if (currentValue(ws, e.key, e.defaultValue) != e.value.toString())
            keys << e.key;
    }
    return keys;
}

Status SettingsChange::apply(Workspace &ws) const
{
    QStringList changes;
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    for (const Entry &e : m_values) {
        const QString before = currentValue(ws, e.key, e.defaultValue);
        if (before == e.value.toString())
            continue;
        changes << QStringLiteral("%1: %2 -> %3").arg(e.key, before, e.value.toString());
        if (const Status status = detail::writeSetting(ws, e.key, e.value); !status)
            return status;
    }
    if (changes.isEmpty())
        return {};
    if (const Status status = auditlog::record(ws, auditAction, QStringLiteral("settings"), 0,
                                               changes.join(QStringLiteral("; ")));
        !status)
        return status;
    return transaction.commit();
}

} // namespace siyu
