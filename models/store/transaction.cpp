// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/transaction.h"

#include "models/store/sql.h"
#include "models/store/workspace.h"

namespace siyu {

Transaction::Transaction(Workspace &workspace) : m_workspace(workspace)
{
    int &depth = m_workspace.transactionDepth();
    Status status;
    if (depth == 0) {
        status = sql::exec(m_workspace.db(), QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("siyu_sp%1").arg(depth);
        status = sql::exec(m_workspace.db(), QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (!status) {
        m_error = status.error();
        return;
    }
    m_active = true;
    ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? makeError(QStringLiteral("no transaction is active"))
                                         : m_error;
    const Status status =
        m_savepoint.isEmpty()
            ? sql::exec(m_workspace.db(), QStringLiteral("COMMIT"))
            : sql::exec(m_workspace.db(), QStringLiteral("RELEASE ") + m_savepoint);
    if (!status) {
        rollback();
        return status;
    }
    m_active = false;
    --m_workspace.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        sql::exec(m_workspace.db(), QStringLiteral("ROLLBACK"));
    } else {
        sql::exec(m_workspace.db(), QStringLiteral("ROLLBACK TO ") + m_savepoint);
        sql::exec(m_workspace.db(), QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_workspace.transactionDepth();
}

} // namespace siyu
