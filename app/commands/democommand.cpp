// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/timeutil.h"
#include "models/demo/demobrand.h"
#include "models/store/workspace.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace siyu::cli {

namespace {

struct DemoArguments
{
    demo::DemoOptions options;
    QString error; // a usage error, when not empty
};

DemoArguments parseDemoArguments(const QCommandLineParser &parser)
{
    DemoArguments result;
    bool ok = false;
    const QString members = parser.value(QStringLiteral("members"));
    result.options.members = members.toInt(&ok);
    if (!ok || result.options.members < demo::minimumMembers ||
        result.options.members > demo::maximumMembers) {
        result.error = QStringLiteral("--members must be a whole number from %1 to %2, not '%3'")
                           .arg(demo::minimumMembers)
                           .arg(demo::maximumMembers)
                           .arg(members);
        return result;
    }
    const QString seed = parser.value(QStringLiteral("seed"));
    result.options.seed = seed.toULongLong(&ok);
    if (!ok)
        result.options.seed = quint64(seed.toLongLong(&ok));
    if (!ok) {
        result.error = QStringLiteral("--seed must be an integer, not '%1'").arg(seed);
        return result;
    }
    if (parser.isSet(QStringLiteral("now"))) {
        const QString now = parser.value(QStringLiteral("now"));
        const auto at = timeutil::parseIsoDateTime(now, QTimeZone("Asia/Shanghai"));
        if (!at) {
            result.error = QStringLiteral("--now must be an ISO 8601 time, not '%1'").arg(now);
            return result;
        }
        result.options.now = *at;
    }
    return result;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("demo"),
                    QStringLiteral("Fills an empty workspace with a realistic, deterministic demo "
                                   "brand: members, groups, memberships, events, orders, content, "
                                   "campaigns and costs over the last 26 weeks."));
    QCommandLineParser &parser = cli.parser();
    parser.addOption({QStringLiteral("members"),
                      QStringLiteral("How many members (10 to 5,000,000; default 5000)."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed of the generator: the same seed gives the same demo "
                                     "(default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("now"),
                      QStringLiteral("End of the 26 weeks, ISO 8601 in Asia/Shanghai time "
                                     "(default: now)."),
                      QStringLiteral("TIME")});
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--workspace FILE is required"));
    const DemoArguments parsed = parseDemoArguments(parser);
    if (!parsed.error.isEmpty())
        return cli.usageError(parsed.error);

    auto workspace = cli.openWorkspace(Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return CommandLine::failure(workspace.error());
    QElapsedTimer timer;
    timer.start();
    demo::DemoSummary summary;
    if (const Status status = demo::generate(**workspace, parsed.options, {}, &summary); !status)
        return CommandLine::failure(status.error());
    CommandLine::printLine(QStringLiteral("members %1, events %2, orders %3, %4 s")
                               .arg(summary.members)
                               .arg(summary.events)
                               .arg(summary.orders)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Done;
}

} // namespace siyu::cli
