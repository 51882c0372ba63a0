// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/rulecounter.h"

#include <QtConcurrent>

namespace siyu {

RuleCounter::RuleCounter(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &RuleCounter::startNext);
    connect(&m_watcher, &QFutureWatcher<LiveCount>::finished, this, &RuleCounter::jobFinished);
}

RuleCounter::~RuleCounter()
{
    if (m_running)
        m_running->interrupt();
    m_watcher.waitForFinished();
}

void RuleCounter::setWorkspacePath(const QString &path)
{
    cancel();
    m_path = path;
    m_refs.clear();
}

void RuleCounter::request(const Rule &rule, qint64 asOf)
{
    m_next = Request{rule, asOf, ++m_generation};
    // The running job answers a question nobody asks any more.
    if (m_running)
        m_running->interrupt();
    m_timer.start();
    emit pending();
}

void RuleCounter::cancel()
{
    ++m_generation;
    m_next.reset();
    m_timer.stop();
    if (m_running)
        m_running->interrupt();
}

void RuleCounter::startNext()
{
    if (m_running || !m_next || m_path.isEmpty())
        return; // the running job's end starts the next one
    const Request request = std::move(*m_next);
    m_next.reset();
    m_running = std::make_shared<QueryInterrupter>();
    m_runningGeneration = request.generation;
    ++m_jobsStarted;
    m_watcher.setFuture(QtConcurrent::run([path = m_path, request, interrupter = m_running] {
        return LiveCount::evaluate(path, request.rule, request.asOf, interrupter);
    }));
}

void RuleCounter::jobFinished()
{
    const LiveCount outcome = m_watcher.future().result();
    const bool current = m_runningGeneration == m_generation && !outcome.interrupted;
    m_running.reset();
    if (current) {
        if (outcome.error.isEmpty()) {
            m_refs = outcome.refs;
            emit counted(qint64(m_refs.size()));
        } else {
            emit failed(outcome.error);
        }
    }
    if (m_next && !m_timer.isActive())
        startNext();
}

} // namespace siyu
