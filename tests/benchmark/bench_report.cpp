// SPDX-License-Identifier: GPL-3.0-or-later
// Section "report": everything behind the KPIs area's full refresh (goal: under 1 s) — the
// week's KPIs with the previous week, the scorecard, the 12-week trend with retention and churn
// warnings, funnel, content, group health, campaigns and alerts — and `siyu report` writing the
// weekly report PDF (goal: under 3 s, process start and workspace open included).
#include "benchmark.h"

#include "models/kpi/reportdata.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace siyu::bench {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "report: " << message << Qt::endl;
    return 1;
}

QString lastCompleteWeek(const Workspace &ws)
{
    const QDate today = timeutil::localDate(QDateTime::currentSecsSinceEpoch(), ws.timeZone());
    return timeutil::isoWeekName(today.addDays(1 - today.dayOfWeek() - 7));
}

// Median milliseconds of `runs` refreshes; the first run's too.
int measureRefresh(Workspace &ws, const kpi::ReportRequest &request, int runs)
{
    std::vector<double> ms, cpuMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto data = kpi::buildReportData(ws, request);
        if (!data)
            return fail(data.error().toString());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuMs.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        if (i == 0) {
            Context::figure(QStringLiteral("report_churn_warnings"), data->scan.churn.count,
                            QStringLiteral("members"));
            Context::figure(QStringLiteral("report_groups"), qint64(data->groups.size()),
                            QStringLiteral("groups"));
        }
    }
    Context::figure(QStringLiteral("dashboard_refresh_first"), ms.front(), QStringLiteral("ms"));
    std::sort(ms.begin(), ms.end());
    Context::figure(QStringLiteral("dashboard_refresh"), ms[ms.size() / 2], QStringLiteral("ms"));
    std::sort(cpuMs.begin(), cpuMs.end());
    Context::figure(QStringLiteral("dashboard_refresh_cpu"), cpuMs[cpuMs.size() / 2],
                    QStringLiteral("ms"));
    return 0;
}

int measurePdf(const QString &workspace, const QString &week, const QString &language)
{
    const QString siyu = QCoreApplication::applicationDirPath() + QStringLiteral("/siyu");
    const QString out =
        QDir::temp().filePath(QStringLiteral("siyu-benchmark-report-%1.pdf").arg(language));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(siyu, {QStringLiteral("report"), QStringLiteral("--workspace"), workspace,
                         QStringLiteral("--week"), week, QStringLiteral("--out"), out,
                         QStringLiteral("--lang"), language});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return fail(QString::fromUtf8(process.readAllStandardError()).trimmed());
    Context::seconds(QStringLiteral("report_pdf_%1_time").arg(language), timer.elapsed());
    Context::figure(QStringLiteral("report_pdf_%1_size").arg(language),
                    double(QFile(out).size()) / 1024.0, QStringLiteral("KiB"), 0);
    QFile::remove(out);
    return 0;
}

// The parts of a refresh, each alone, to see where the time goes.
int measureParts(Workspace &ws, const kpi::ReportRequest &request)
{
    const Period &week = request.period;
    const auto part = [](const char *name, const std::function<Status()> &work) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        if (const Status status = work(); !status)
            return fail(status.error().toString());
        Context::figure(QStringLiteral("report_part_%1_time").arg(QLatin1String(name)),
                        double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
        // CPU time too: on a busy machine the wall clock says more about the neighbours.
        Context::figure(QStringLiteral("report_part_%1_cpu").arg(QLatin1String(name)),
                        double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC, QStringLiteral("ms"));
        return 0;
    };
    const auto status = [](const auto &result) {
        return result ? Status() : Status(result.error());
    };
    int failures = 0;
    failures += part("kpis", [&] { return status(kpi::KpiEngine(ws).computeWithPrevious(week)); });
    failures += part("trend", [&] { return status(kpi::scanTrend(ws, week.firstDay)); });
    failures += part("funnel", [&] { return status(kpi::memberFunnel(ws, week)); });
    failures += part("top_content", [&] { return status(kpi::topContent(ws, week, 8)); });
    failures += part("groups", [&] { return status(kpi::GroupHealth(ws).forAllGroups(week)); });
    failures += part("campaigns", [&] { return status(kpi::campaignsInPeriod(ws, week)); });
    failures += part("contacts", [&] { return status(kpi::overContacted(ws, week, 3, 12)); });
    return failures;
}

} // namespace

int benchReport(Context &context)
{
    Workspace &ws = *context.workspace();
    const QString week = lastCompleteWeek(ws);
    Context::figure(QStringLiteral("report_week"), week);
    auto request = kpi::weekRequest(ws, week);
    if (!request)
        return fail(request.error().toString());
    int failures = measureParts(ws, *request);
    failures += measureRefresh(ws, *request, 3);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        failures += measurePdf(ws.path(), week, language);
    return failures == 0 ? 0 : 1;
}

} // namespace siyu::bench
