// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/livecount.h"

#include "models/segments/segmentevaluator.h"
#include "models/store/workspace.h"

#include <sqlite3.h>

namespace siyu {

void QueryInterrupter::interrupt()
{
    const std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool QueryInterrupter::wasInterrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

void QueryInterrupter::attach(sqlite3 *db)
{
    const std::lock_guard lock(m_mutex);
    m_db = db;
    if (m_interrupted && m_db)
        sqlite3_interrupt(m_db);
}

void QueryInterrupter::detach()
{
    const std::lock_guard lock(m_mutex);
    m_db = nullptr;
}

LiveCount LiveCount::evaluate(const QString &workspacePath, const Rule &rule, qint64 asOf,
                              const std::shared_ptr<QueryInterrupter> &interrupter)
{
    LiveCount out;
    if (interrupter->wasInterrupted()) {
        out.interrupted = true;
        return out;
    }
    auto ws = Workspace::open(workspacePath, Workspace::OpenMode::ReadOnly);
    if (!ws) {
        out.error = ws.error().toString();
        return out;
    }
    interrupter->attach((*ws)->handle());
    auto refs = SegmentEvaluator(**ws, asOf).memberRefs(rule);
    interrupter->detach();
    out.interrupted = interrupter->wasInterrupted();
    if (out.interrupted)
        return out;
    if (!refs)
        out.error = refs.error().toString();
    else
        out.refs = std::move(*refs);
    return out;
}

} // namespace siyu
