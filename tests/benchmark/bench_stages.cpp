// SPDX-License-Identifier: GPL-3.0-or-later
// Section "stages": on the demo workspace, a full stage recomputation (as after a churn_days
// change; goal under 5 s at a million members), bringing the stages up to date when nothing is
// due and after a day, and importing 20,000 events (goal under 1 s, most of it was the stage
// refresh) — the WAL checkpoint after it timed on its own, as it runs after the result is
// shown — which is then undone so that the workspace stays as it was.
#include "benchmark.h"

#include "models/import/importengine.h"
#include "models/import/importhistory.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rule.h"
#include "models/segments/segmentevaluator.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <ctime>

namespace siyu::bench {

namespace {

constexpr qint64 importedEvents = 20000;

// Wall-clock and processor time of one step: on a busy machine the second tells slow code from
// a share of the processor.
class Timed
{
public:
    explicit Timed(QString name) : m_name(std::move(name)), m_cpu(std::clock()) { m_wall.start(); }
    void report() const
    {
        Context::seconds(m_name, m_wall.elapsed());
        Context::figure(m_name + QStringLiteral("_cpu"),
                        double(std::clock() - m_cpu) / CLOCKS_PER_SEC, QStringLiteral("s"), 2);
    }

private:
    QString m_name;
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

int fail(const QString &message)
{
    QTextStream(stderr) << "stages: " << message << Qt::endl;
    return 1;
}

// 20,000 events of existing members in the last day before `now`, as a platform exports them.
Result<QString> writeEvents(Workspace &ws, qint64 now)
{
    QStringList ids;
    auto query = sql::run(ws.db(), QStringLiteral("SELECT member_id FROM members WHERE deleted_at "
                                                  "IS NULL ORDER BY id"));
    if (!query)
        return query.error();
    while (query->next())
        ids << query->value(0).toString();
    if (ids.isEmpty())
        return makeError(QStringLiteral("no members"));
    const QString path = QDir::temp().filePath(QStringLiteral("siyu-bench-stages-events.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write %1").arg(path));
    QRandomGenerator random(91);
    QByteArray out("member_id,type,occurred_at,value\n");
    for (qint64 i = 0; i < importedEvents; ++i) {
        const qint64 at = now - 86400 + i * 86400 / importedEvents;
        out += ids.at(qsizetype(random.bounded(int(ids.size())))).toUtf8() + ",message," +
               QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() +
               ",\n";
    }
    file.write(out);
    return path;
}

int timeImport(Workspace &ws, qint64 now)
{
    auto csv = writeEvents(ws, now);
    if (!csv)
        return fail(csv.error().toString());
    ImportOptions options;
    options.preset = QStringLiteral("siyu-events");
    options.files = {*csv};
    options.now = now;
    options.writeRejects = false;
    ImportEngine engine(ws);
    const Timed importing(QStringLiteral("stages_import_20k_events_time"));
    auto report = engine.run(options);
    if (!report)
        return fail(report.error().toString());
    importing.report();
    for (const auto &[phase, ms] : std::as_const(report->phases))
        Context::figure(QStringLiteral("stages_import_phase_") + phase, double(ms),
                        QStringLiteral("ms"), 0);
    // After the result is shown, as the window and `siyu import` do.
    if (report->checkpointDue) {
        const Timed checkpointing(QStringLiteral("stages_import_checkpoint_afterwards_time"));
        if (const Status status = ws.checkpoint(); !status)
            return fail(status.error().toString());
        checkpointing.report();
    }
    const Timed undoing(QStringLiteral("stages_undo_20k_events_time"));
    auto undone = ImportHistory::undo(ws, report->batch, now);
    if (!undone)
        return fail(undone.error().toString());
    undoing.report();
    QFile::remove(*csv);
    return 0;
}

// A three-condition rule on the stage, now (the stored stage) and three months back (the stage
// history).
int timeStageRule(Workspace &ws, qint64 now)
{
    auto rule = Rule::parse(
        QStringLiteral(R"({"all": [{"field": "stage", "op": "=", "value": "loyalty"},)"
                       R"( {"field": "gender", "op": "=", "value": "F"},)"
                       R"( {"field": "joined_at", "op": "<", "value": "2100-01-01"}]})"));
    if (!rule)
        return fail(rule.error().toString());
    for (const auto &[name, asOf] :
         {std::pair{QStringLiteral("stages_rule_count_now_time"), now},
          std::pair{QStringLiteral("stages_rule_count_90_days_back_time"), now - 90 * 86400}}) {
        QElapsedTimer timer;
        timer.start();
        const SegmentEvaluator evaluator(ws, asOf);
        auto count = evaluator.count(*rule);
        if (!count)
            return fail(count.error().toString());
        Context::figure(name, double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
        Context::figure(name + QStringLiteral("_members"), *count, QStringLiteral("members"));
    }
    return 0;
}

} // namespace

int benchStages(Context &context)
{
    Workspace &ws = *context.workspace();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer timer;
    auto rows = sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM stage_history"));
    Context::figure(QStringLiteral("stages_history_rows"), rows ? rows->toLongLong() : -1,
                    QStringLiteral("rows"));
    timer.start();
    auto nothing = lifecycle::bringUpToDate(ws, now + 1);
    if (!nothing)
        return fail(nothing.error().toString());
    Context::figure(QStringLiteral("stages_up_to_date_nothing_due_time"),
                    double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    if (const int status = timeStageRule(ws, now + 1); status != 0)
        return status;
    if (const int status = timeImport(ws, now + 2); status != 0)
        return status;
    const Timed passing(QStringLiteral("stages_up_to_date_one_day_time"));
    auto day = lifecycle::bringUpToDate(ws, now + 86400);
    if (!day)
        return fail(day.error().toString());
    passing.report();
    Context::figure(QStringLiteral("stages_up_to_date_one_day_members"), day->members,
                    QStringLiteral("members"));
    {
        const Timed recomputing(QStringLiteral("stages_recompute_time"));
        if (const Status status = lifecycle::recompute(ws, now); !status)
            return fail(status.error().toString());
        recomputing.report();
    }
    // As after a churn_days change: most members' histories are written again.
    {
        const int churnDays = settings::churnDays.get(ws);
        if (const Status status = settings::churnDays.set(ws, churnDays - 15); !status)
            return fail(status.error().toString());
        const Timed recomputing(QStringLiteral("stages_recompute_churn_days_changed_time"));
        if (const Status status = lifecycle::recompute(ws, now); !status)
            return fail(status.error().toString());
        recomputing.report();
        // Back as it was (and to the present) for the sections after this one.
        if (const Status status = settings::churnDays.set(ws, churnDays); !status)
            return fail(status.error().toString());
        if (const Status status = lifecycle::recompute(ws, now); !status)
            return fail(status.error().toString());
    }
    return 0;
}

} // namespace siyu::bench
