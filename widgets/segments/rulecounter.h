// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/livecount.h"
#include "models/segments/rule.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace siyu {

// The live count of the rule builder: the members of the current rule at the current as-of
// time, on a worker with a connection of its own. Requests are debounced; one job runs at a
// time and never a queue of them: a newer request interrupts the running job, and only the
// latest request runs next. An answer is delivered only for the latest request, so a stale
// count is never shown as current.
class RuleCounter : public QObject
{
    Q_OBJECT

public:
    explicit RuleCounter(QObject *parent = nullptr);
    ~RuleCounter() override; // interrupts the running job and waits for it

    static constexpr int defaultPauseMs = 250;

    void setWorkspacePath(const QString &path);
    void setPause(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Asks again for `rule` at `asOf`; what an earlier request answers is dropped.
    void request(const Rule &rule, qint64 asOf);
    // The rule cannot be counted (it is malformed): drops the running and the waiting request.
    void cancel();

    bool isPending() const { return m_next.has_value() || m_running != nullptr; }
    // The latest answer (valid after counted()).
    const std::vector<qint64> &refs() const { return m_refs; }
    // How many jobs ran (tests check that typing fast does not queue work).
    int jobsStarted() const { return m_jobsStarted; }

signals:
    // A request is on its way: what is shown is no longer current.
    void pending();
    void counted(qint64 count);
    void failed(const QString &message);

private:
    struct Request
    {
        Rule rule;
        qint64 asOf = 0;
        quint64 generation = 0;
    };

    void startNext();
    void jobFinished();

    QString m_path;
    QTimer m_timer;
    QFutureWatcher<LiveCount> m_watcher;
    std::optional<Request> m_next;
    std::shared_ptr<QueryInterrupter> m_running;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    std::vector<qint64> m_refs;
    int m_jobsStarted = 0;
};

} // namespace siyu
