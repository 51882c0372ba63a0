// SPDX-License-Identifier: GPL-3.0-or-later
// Section "kpi": one week's KPIs on the demo workspace (goal: under 300 ms), the same with the
// previous week alongside, longer periods, the parts a week is made of, and the drill-down
// lists behind the numbers.
#include "benchmark.h"

#include "models/kpi/drilldown.h"
#include "models/kpi/funnel.h"
#include "models/kpi/kpiengine.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace siyu::bench {

namespace {

int fail(const Error &error)
{
    QTextStream(stderr) << "kpi: " << error.toString() << Qt::endl;
    return 1;
}

// Runs `work` `runs` times: the first run's time, the median of all, and the median processor
// time of the process (on a shared machine the wall time also counts waiting for a core).
struct Timing
{
    double first = 0;
    double median = 0;
    double cpu = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Result<Timing> timed(int runs, const std::function<Status()> &work)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        if (const Status status = work(); !status)
            return status.error();
        cpu.push_back(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return Timing{ms.front(), median(ms), median(cpu)};
}

Status computeStatus(const Result<kpi::KpiValues> &values)
{
    return values ? Status() : Status(values.error());
}

int measure(const QString &name, int runs, const std::function<Status()> &work)
{
    auto timing = timed(runs, work);
    if (!timing)
        return fail(timing.error());
    if (runs > 1)
        Context::figure(name + QStringLiteral("_first"), timing->first, QStringLiteral("ms"));
    Context::figure(name, timing->median, QStringLiteral("ms"));
    Context::figure(name + QStringLiteral("_cpu"), timing->cpu, QStringLiteral("ms"));
    return 0;
}

// The last complete ISO week of the demo, which ends now.
QDate lastCompleteMonday(const Workspace &ws)
{
    const QDate today = timeutil::localDate(QDateTime::currentSecsSinceEpoch(), ws.timeZone());
    return today.addDays(1 - today.dayOfWeek() - 7);
}

} // namespace

int benchKpi(Context &context)
{
    Workspace &ws = *context.workspace();
    const QTimeZone zone = ws.timeZone();
    const QDate monday = lastCompleteMonday(ws);
    const Period week = timeutil::periodOfDays(monday, monday.addDays(7), zone);
    Context::figure(QStringLiteral("kpi_week"), timeutil::isoWeekName(monday));
    const kpi::KpiEngine engine(ws);

    auto values = engine.compute(week);
    if (!values)
        return fail(values.error());
    for (kpi::Metric metric : {kpi::Metric::TotalMembers, kpi::Metric::ActiveMembers,
                               kpi::Metric::ChurnedMembers, kpi::Metric::Orders})
        Context::figure(QStringLiteral("kpi_week_") + QLatin1String(kpi::info(metric).key),
                        qint64(values->value(metric).value_or(-1)), QStringLiteral("count"));

    int failures = 0;
    const auto all = [&](const Period &period) {
        return [&engine, period] {
            return computeStatus(engine.compute(period));
        };
    };
    failures += measure(QStringLiteral("kpi_week_time"), 5, all(week));
    failures += measure(QStringLiteral("kpi_week_with_previous_time"), 3, [&] {
        auto both = engine.computeWithPrevious(week);
        return both ? Status() : Status(both.error());
    });
    const Period month =
        timeutil::periodOfDays(QDate(monday.year(), monday.month(), 1),
                               QDate(monday.year(), monday.month(), 1).addMonths(1), zone);
    failures += measure(QStringLiteral("kpi_month_time"), 1, all(month));
    const Period quarter = timeutil::periodOfDays(monday.addDays(-7 * 12), monday.addDays(7), zone);
    failures += measure(QStringLiteral("kpi_13_weeks_time"), 1, all(quarter));

    // The parts of a week, each alone (with what it needs).
    const std::pair<const char *, std::vector<kpi::Metric>> parts[] = {
        {"members", {kpi::Metric::NewMembers, kpi::Metric::TotalMembers}},
        {"active", {kpi::Metric::ActiveMembers}},
        {"churn", {kpi::Metric::ChurnedMembers, kpi::Metric::ChurnRate}},
        {"orders", {kpi::Metric::Gmv, kpi::Metric::RepurchaseRate}},
        {"ltv", {kpi::Metric::Ltv}},
        {"content_costs_referrals_survey",
         {kpi::Metric::Ctr, kpi::Metric::Roi, kpi::Metric::KFactor, kpi::Metric::Satisfaction}},
    };
    for (const auto &[name, metrics] : parts) {
        const std::vector<kpi::Metric> only = metrics;
        failures +=
            measure(QStringLiteral("kpi_part_%1_time").arg(QLatin1String(name)), 3,
                    [&engine, &week, only] { return computeStatus(engine.compute(week, only)); });
    }

    const kpi::DrillDown drill(ws);
    for (const auto &[name, set] : {std::pair{"active", kpi::MemberSet::ActiveMembers},
                                    std::pair{"churned", kpi::MemberSet::ChurnedMembers}}) {
        const kpi::MemberSet which = set;
        failures += measure(QStringLiteral("kpi_drilldown_%1_time").arg(QLatin1String(name)), 3,
                            [&drill, &week, which] {
                                auto ids = drill.members(which, week);
                                return ids ? Status() : Status(ids.error());
                            });
    }
    // The member funnel: one pass over the period's reads and clicks and one over its orders.
    if (auto stages = kpi::memberFunnel(ws, week)) {
        for (int i = 0; i < kpi::Funnel::stageCount; ++i)
            Context::figure(QStringLiteral("kpi_funnel_stage%1").arg(i), stages->members[size_t(i)],
                            QStringLiteral("count"));
    }
    for (const auto &[name, period] : {std::pair{"week", week}, std::pair{"month", month}}) {
        const Period which = period;
        failures +=
            measure(QStringLiteral("kpi_funnel_%1_time").arg(QLatin1String(name)), 3, [&ws, which] {
                auto stages = kpi::memberFunnel(ws, which);
                return stages ? Status() : Status(stages.error());
            });
    }
    failures += measure(QStringLiteral("kpi_retention_cell_time"), 3, [&] {
        auto share = engine.retention(monday.addDays(-28), 4);
        return share ? Status() : Status(share.error());
    });
    return failures == 0 ? 0 : 1;
}

} // namespace siyu::bench
