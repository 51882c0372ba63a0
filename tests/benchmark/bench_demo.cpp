// SPDX-License-Identifier: GPL-3.0-or-later
// Section "demo": builds the demo workspace the other sections measure (or reuses one), and
// reports the build time, the rows per table, a lifecycle refresh and the file size.
#include "benchmark.h"

#include "models/demo/demobrand.h"
#include "models/segments/lifecycle.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace siyu::bench {

namespace {

const char *const countedTables[] = {
    "members",   "identities",     "tags",          "member_tags", "staff",
    "groups",    "memberships",    "events",        "orders",      "content",
    "campaigns", "campaign_costs", "stage_history",
};

int fail(const QString &message)
{
    QTextStream(stderr) << "demo: " << message << Qt::endl;
    return 1;
}

qint64 rows(Workspace &ws, const char *table)
{
    auto count =
        sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return count ? count->toLongLong() : -1;
}

// Removes a previous benchmark workspace; refuses to remove anything that is not one.
bool removeOld(const QString &path)
{
    if (!QFile::exists(path))
        return true;
    {
        auto old = Workspace::open(path, Workspace::OpenMode::MustExist);
        if (!old)
            return false;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return !QFile::exists(path);
}

int build(Context &context)
{
    const Options &options = context.options();
    if (!removeOld(options.workspacePath))
        return fail(QStringLiteral("%1 exists and is not a Siyu workspace; not replacing it")
                        .arg(options.workspacePath));
    auto ws = Workspace::open(options.workspacePath);
    if (!ws)
        return fail(ws.error().toString());
    demo::DemoOptions demoOptions;
    demoOptions.members = options.members;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    // The phases, from the progress the demo reports: rows (to 80 %), indexes of the activity
    // tables (to 88 %), lifecycle stages (to 96 %), member indexes and search (to 99 %).
    const int phaseEndPercent[4] = {80, 88, 96, 99};
    qint64 phaseEnds[4] = {0, 0, 0, 0};
    const auto progress = [&](int percent) {
        for (int p = 0; p < 4; ++p) {
            if (percent >= phaseEndPercent[p] && phaseEnds[p] == 0)
                phaseEnds[p] = timer.elapsed();
        }
        return true;
    };
    demo::DemoSummary summary;
    if (const Status status = demo::generate(**ws, demoOptions, progress, &summary); !status)
        return fail(status.error().toString());
    Context::seconds(QStringLiteral("demo_build_time"), timer.elapsed());
    // Processor time of all threads: tells a slow disk or a busy machine from slow code.
    Context::figure(QStringLiteral("demo_cpu_time"),
                    double(std::clock() - cpuStart) / CLOCKS_PER_SEC, QStringLiteral("s"), 2);
    Context::seconds(QStringLiteral("demo_rows_time"), phaseEnds[0]);
    Context::seconds(QStringLiteral("demo_index_time"), phaseEnds[1] - phaseEnds[0]);
    Context::seconds(QStringLiteral("demo_lifecycle_time"), phaseEnds[2] - phaseEnds[1]);
    Context::seconds(QStringLiteral("demo_member_index_time"), phaseEnds[3] - phaseEnds[2]);
    const double seconds = double(timer.elapsed()) / 1000.0;
    Context::figure(QStringLiteral("demo_events_per_second"),
                    double(summary.events) / std::max(seconds, 0.001), QStringLiteral("rows/s"), 0);
    context.setWorkspace(std::move(*ws));
    return 0;
}

int reuse(Context &context)
{
    auto ws = Workspace::open(context.options().workspacePath, Workspace::OpenMode::MustExist);
    if (!ws)
        return fail(ws.error().toString());
    Context::figure(QStringLiteral("demo_build_time"), QStringLiteral("not measured (reused)"));
    context.setWorkspace(std::move(*ws));
    return 0;
}

bool holdsADemo(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    return ws && rows(**ws, "members") > 0;
}

} // namespace

int benchDemo(Context &context)
{
    const Options &options = context.options();
    const bool reusing = options.reuse && holdsADemo(options.workspacePath);
    if (const int status = reusing ? reuse(context) : build(context); status != 0)
        return status;
    Workspace &ws = *context.workspace();
    for (const char *table : countedTables)
        Context::figure(QStringLiteral("rows_%1").arg(QLatin1String(table)), rows(ws, table),
                        QStringLiteral("rows"));
    // The stage refresh on its own, as a nightly job would run it.
    QElapsedTimer timer;
    timer.start();
    if (const Status status = lifecycle::refresh(ws, QDateTime::currentSecsSinceEpoch()); !status)
        return fail(status.error().toString());
    Context::seconds(QStringLiteral("lifecycle_refresh_time"), timer.elapsed());
    qint64 bytes = 0;
    for (const char *suffix : {"", "-wal"})
        bytes += QFileInfo(options.workspacePath + QLatin1String(suffix)).size();
    Context::figure(QStringLiteral("file_size"), double(bytes) / (1024.0 * 1024.0),
                    QStringLiteral("MiB"));
    return 0;
}

} // namespace siyu::bench
