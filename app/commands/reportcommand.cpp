// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu report --workspace W --week 2026-W47 --out FILE.pdf [--lang zh_CN|en]
//  [--page-size A4|Letter] [--as-of TIME]`: the weekly KPI report as PDF, without a display.
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/sidefile.h"
#include "models/kpi/reportdata.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/common/language.h"
#include "widgets/report/weeklyreport.h"

#include <QDateTime>
#include <QPageSize>

namespace siyu::cli {

namespace {

struct ReportArguments
{
    QString week;
    QString out;
    QString language; // empty: the workspace's report language, else English
    QPageSize pageSize;
    QString asOf; // empty: the clock
};

// The language code for --lang or the workspace setting; empty when it is none we know.
QString normalisedLanguage(const QString &code)
{
    if (code.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (code.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    return {};
}

// Fills `args`; returns a usage error message, or an empty string.
QString readArguments(const QCommandLineParser &parser, ReportArguments &args)
{
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
    args.week = parser.value(QStringLiteral("week"));
    args.out = parser.value(QStringLiteral("out"));
    if (args.week.isEmpty())
        return QStringLiteral("--week is required, e.g. --week 2026-W47");
    if (const auto check = timeutil::parseIsoWeek(args.week, QTimeZone::utc()); !check)
        return check.error().message;
    if (args.out.isEmpty())
        return QStringLiteral("--out FILE.pdf is required");
    if (parser.isSet(QStringLiteral("lang"))) {
        args.language = normalisedLanguage(parser.value(QStringLiteral("lang")));
        if (args.language.isEmpty())
            return QStringLiteral("--lang must be zh_CN or en, not '%1'")
                .arg(parser.value(QStringLiteral("lang")));
    }
    args.asOf = parser.value(QStringLiteral("as-of"));
    if (!args.asOf.isEmpty() && !timeutil::parseIsoDateTime(args.asOf, QTimeZone::utc()))
        return QStringLiteral("--as-of '%1' is not an ISO date or time such as 2026-11-16 or "
                              "2026-11-16 09:30")
            .arg(args.asOf);
    const QString size = parser.value(QStringLiteral("page-size")).toLower();
    if (size == QLatin1String("a4"))
        args.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("letter"))
        args.pageSize = QPageSize(QPageSize::Letter);
    else
        return QStringLiteral("--page-size must be A4 or Letter, not '%1'")
            .arg(parser.value(QStringLiteral("page-size")));
    return {};
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("week"), QStringLiteral("The ISO week: 2026-W47."),
                      QStringLiteral("WEEK")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("zh_CN or en (default: the workspace's report language, "
                                     "else English)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("A4 or Letter (default A4)."),
                      QStringLiteral("SIZE"), QStringLiteral("A4")});
    parser.addOption({QStringLiteral("as-of"),
                      QStringLiteral("Take this moment as now (default: the clock): a week not "
                                     "ended is reported so far, a week not begun is refused."),
                      QStringLiteral("TIME")});
}

} // namespace

int runReport(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("report"),
                    QStringLiteral("Writes the weekly KPI report of an ISO week as PDF: the "
                                   "scorecard, every KPI against last week and the target, "
                                   "charts, campaigns and alerts."));
    addOptions(cli.parser());
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    ReportArguments args;
    if (const QString problem = readArguments(cli.parser(), args); !problem.isEmpty())
        return cli.usageError(problem);
    if (cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--workspace FILE is required"));
    if (const Status status = checkSideFile(QStringLiteral("--out"), args.out, cli.workspacePath());
        !status)
        return cli.usageError(status.error().toString());
    auto ws = cli.openWorkspace(Workspace::OpenMode::MustExist);
    if (!ws)
        return CommandLine::failure(ws.error());
    if (args.language.isEmpty())
        args.language = normalisedLanguage(settings::reportLanguage.get(**ws));
    if (args.language.isEmpty())
        args.language = QStringLiteral("en");
    language::install(args.language);
    const auto asOf = args.asOf.isEmpty()
                          ? std::optional<qint64>(QDateTime::currentSecsSinceEpoch())
                          : timeutil::parseIsoDateTime(args.asOf, (*ws)->timeZone());
    // A week in the future has no KPIs: refused before anything is written.
    auto request = kpi::weekRequest(**ws, args.week, asOf);
    if (!request)
        return CommandLine::failure(request.error());
    auto data = kpi::buildReportData(**ws, *request);
    if (!data)
        return CommandLine::failure(data.error());
    auto pages = WeeklyReport::writePdf(*data, args.language, args.pageSize, args.out);
    if (!pages)
        return CommandLine::failure(pages.error());
    if (const Status audit = kpi::recordReportExport(**ws, *data, QStringLiteral("as PDF")); !audit)
        return CommandLine::failure(audit.error());
    CommandLine::printLine(
        QStringLiteral("wrote %1: %2, %3 pages").arg(args.out, data->periodName).arg(*pages));
    return Done;
}

} // namespace siyu::cli
