// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rule.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

struct sqlite3;

namespace siyu {

// Lets another thread stop the statement a worker's connection is running (sqlite3_interrupt):
// the rule builder drops a count that a newer rule superseded instead of waiting for it.
class QueryInterrupter
{
public:
    void interrupt();
    bool wasInterrupted() const;

    // For the worker, around its use of the connection.
    void attach(sqlite3 *db);
    void detach();

private:
    mutable std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_interrupted = false;
};

// The members of a rule at an as-of time, on a connection of the calling thread's own (the
// rule builder's live count and preview).
struct LiveCount
{
    std::vector<qint64> refs; // ascending row ids
    QString error;            // empty when refs hold the answer
    bool interrupted = false;

    static LiveCount evaluate(const QString &workspacePath, const Rule &rule, qint64 asOf,
                              const std::shared_ptr<QueryInterrupter> &interrupter);
};

} // namespace siyu
