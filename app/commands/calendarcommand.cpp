// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu calendar --workspace W --from D --to D [--ics FILE]`
#include "app/commandline.h"
#include "app/commands.h"
#include "models/calendar/contentrepository.h"
#include "models/calendar/icalendar.h"
#include "models/common/sidefile.h"
#include "models/common/timeutil.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QFileInfo>

#include <optional>

namespace siyu::cli {

namespace {

const char *const description =
    "Lists the content items scheduled in [--from, --to), one line each: local time, kind,\n"
    "status and title, separated by tabs, in time order. D is a date (2026-11-16: local\n"
    "midnight in the workspace's time zone) or a date and time (2026-11-16 09:30[:00],\n"
    "2026-11-16T09:30:00, optionally with Z or +08:00). With --ics FILE, also writes them as\n"
    "iCalendar (RFC 5545), one VEVENT per item with a UID that stays the same for the same\n"
    "item in every export and DTSTART in UTC.";

QString dateProblem(const QString &option, const QString &value)
{
    return QStringLiteral("%1 '%2' is not a date such as 2026-11-16 or 2026-11-16 09:30")
        .arg(option, value);
}

class CalendarCommand
{
public:
    int run(const QStringList &arguments)
    {
        CommandLine cli(QStringLiteral("calendar"), QString::fromUtf8(description));
        cli.parser().addOptions({m_from, m_to, m_ics});
        int exitCode = Done;
        if (!cli.parse(arguments, &exitCode))
            return exitCode;
        if (const QString problem = usageProblem(cli); !problem.isEmpty())
            return cli.usageError(problem);
        // The file is opened (beside its target) before the workspace, which may be created:
        // a file that cannot be written leaves no new workspace behind.
        std::optional<SideFile> ics;
        if (cli.parser().isSet(m_ics)) {
            ics.emplace(cli.parser().value(m_ics));
            if (Status status = ics->open(); !status)
                return CommandLine::failure(status.error());
        }
        auto ws = cli.openWorkspace(Workspace::OpenMode::CreateIfMissing);
        if (!ws)
            return CommandLine::failure(ws.error());
        const QTimeZone zone = (*ws)->timeZone();
        const auto from = timeutil::parseIsoDateTime(cli.parser().value(m_from), zone);
        const auto to = timeutil::parseIsoDateTime(cli.parser().value(m_to), zone);
        if (*from >= *to)
            return cli.usageError(QStringLiteral("--from must be before --to"));
        auto items = ContentRepository(**ws).list(*from, *to);
        if (!items)
            return CommandLine::failure(items.error());
        if (ics) {
            if (const Status status = writeIcs(*ics, *items, (*ws)->displayName()); !status)
                return CommandLine::failure(status.error());
        }
        for (const ContentItem &item : *items)
            CommandLine::printLine(QStringList{timeutil::formatLocal(item.scheduledAt, zone),
                                               item.kind, item.status, item.title}
                                       .join(QLatin1Char('\t')));
        return Done;
    }

private:
    QString usageProblem(CommandLine &cli) const
    {
        const QCommandLineParser &parser = cli.parser();
        if (!parser.positionalArguments().isEmpty())
            return QStringLiteral("unexpected argument '%1'")
                .arg(parser.positionalArguments().constFirst());
        if (cli.workspacePath().isEmpty())
            return QStringLiteral("--workspace FILE is required");
        if (!parser.isSet(m_from) || !parser.isSet(m_to))
            return QStringLiteral("--from D and --to D are required");
        for (const QCommandLineOption *option : {&m_from, &m_to}) {
            const QString value = parser.value(*option);
            if (!timeutil::parseIsoDateTime(value, QTimeZone::utc()))
                return dateProblem(QLatin1String("--") + option->names().constFirst(), value);
        }
        if (*timeutil::parseIsoDateTime(parser.value(m_from), QTimeZone::utc()) >=
            *timeutil::parseIsoDateTime(parser.value(m_to), QTimeZone::utc()))
            return QStringLiteral("--from must be before --to");
        if (parser.isSet(m_ics)) {
            if (parser.value(m_ics).isEmpty())
                return QStringLiteral("--ics needs a file name");
            const Status status =
                checkSideFile(QStringLiteral("--ics"), parser.value(m_ics), cli.workspacePath());
            if (!status)
                return status.error().toString();
        }
        return {};
    }

    static Status writeIcs(SideFile &file, const std::vector<ContentItem> &items,
                           const QString &name)
    {
        const QByteArray text = icalendar::write(items, QDateTime::currentSecsSinceEpoch(), name);
        if (Status status = file.write(text); !status)
            return status;
        return file.finish();
    }

    QCommandLineOption m_from{QStringLiteral("from"),
                              QStringLiteral("First day (or instant) of the range."),
                              QStringLiteral("D")};
    QCommandLineOption m_to{QStringLiteral("to"), QStringLiteral("End of the range (exclusive)."),
                            QStringLiteral("D")};
    QCommandLineOption m_ics{QStringLiteral("ics"),
                             QStringLiteral("Also write the items to FILE as iCalendar."),
                             QStringLiteral("FILE")};
};

} // namespace

int runCalendar(const QStringList &arguments)
{
    return CalendarCommand().run(arguments);
}

} // namespace siyu::cli
