// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>

namespace siyu {

class Workspace;

// Every write happens inside one: BEGIN IMMEDIATE on construction (a SAVEPOINT when nested),
// COMMIT on commit(), ROLLBACK when destroyed without a commit.
class Transaction
{
public:
    explicit Transaction(Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed (the workspace is busy or read-only); see error().
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Workspace &m_workspace;
    QString m_savepoint;
    bool m_active = false;
    Error m_error;
};

} // namespace siyu
