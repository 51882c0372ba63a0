// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu segment --workspace W (--rule JSON | --name NAME) [--count | --export FILE]
//  [--as-of TIME]`
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/sidefile.h"
#include "models/common/timeutil.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rule.h"
#include "models/segments/segmentevaluator.h"
#include "models/segments/segmentexport.h"
#include "models/segments/segmentrepository.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

namespace siyu::cli {

namespace {

const char *const description =
    "Evaluates a segment rule (CONTRACT.md, \"Segment rules as JSON\") or a saved segment.\n"
    "Without --count or --export, prints the member_id of every matching member, one a line.\n"
    "--rule takes the JSON itself or @FILE. --as-of TIME (2026-11-16, 2026-11-16 09:30[:00],\n"
    "2026-11-16T09:30:00, optionally with Z or +08:00; without an offset in the workspace's\n"
    "time zone; default now) evaluates every node as things stood then: a window of D days is\n"
    "[as-of - D*86400 s, as-of), nothing at or after as-of counts, and group membership, RFM\n"
    "and tiers are those of that time. Soft-deleted members never match. --export writes a CSV\n"
    "with phone and email masked and records the export in the audit log.";

struct Options
{
    QCommandLineOption rule{QStringLiteral("rule"),
                            QStringLiteral("The rule as JSON, or @FILE holding it."),
                            QStringLiteral("JSON")};
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("A saved segment."),
                            QStringLiteral("NAME")};
    QCommandLineOption count{QStringLiteral("count"),
                             QStringLiteral("Print the number of members only.")};
    QCommandLineOption exportFile{QStringLiteral("export"),
                                  QStringLiteral("Write the members to FILE as CSV (masked)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            QStringLiteral("The as-of time (default: now)."),
                            QStringLiteral("TIME")};
};

// What to evaluate: a parsed rule or a saved segment's name.
struct Target
{
    std::optional<Rule> rule;
    QString name;
};

// The rule text of --rule: the argument itself, or the file named after '@'.
Result<QString> ruleText(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('@')))
        return argument;
    const QString path = argument.mid(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error = makeError(file.errorString());
        error.file = path;
        return error;
    }
    return QString::fromUtf8(file.readAll());
}

class SegmentCommand
{
public:
    int run(const QStringList &arguments)
    {
        CommandLine cli(QStringLiteral("segment"), QString::fromUtf8(description));
        for (const QCommandLineOption *option : {&m_options.rule, &m_options.name, &m_options.count,
                                                 &m_options.exportFile, &m_options.asOf})
            cli.parser().addOption(*option);
        int exitCode = Done;
        if (!cli.parse(arguments, &exitCode))
            return exitCode;
        if (const QString problem = usageProblem(cli.parser()); !problem.isEmpty())
            return cli.usageError(problem);
        if (const QString problem = exportProblem(cli); !problem.isEmpty())
            return cli.usageError(problem);
        Target target;
        if (int code = readTarget(cli, &target); code != Done)
            return code;
        // Only an export (audited) and a saved segment (its size is recorded) write; on a
        // read-only medium a saved segment is still counted, its size just not recorded.
        const bool writes = cli.parser().isSet(m_options.exportFile) ||
                            (!target.rule && Workspace::canChange(cli.workspacePath()));
        // The stored stages are brought up to date first wherever the file can change, so that
        // `stage` is never answered from a stale stage.
        const bool refreshes = Workspace::canChange(cli.workspacePath());
        auto ws = cli.openWorkspace(writes || refreshes ? Workspace::OpenMode::MustExist
                                                        : Workspace::OpenMode::ReadOnly);
        if (!ws)
            return CommandLine::failure(ws.error());
        if (refreshes) {
            if (auto up = lifecycle::bringUpToDate(**ws, QDateTime::currentSecsSinceEpoch()); !up)
                return CommandLine::failure(up.error());
        }
        const QString asOfText = cli.parser().value(m_options.asOf);
        const auto asOf = asOfText.isEmpty()
                              ? std::optional<qint64>(QDateTime::currentSecsSinceEpoch())
                              : timeutil::parseIsoDateTime(asOfText, (*ws)->timeZone());
        if (!asOf)
            return cli.usageError(QStringLiteral("--as-of '%1' is not an ISO date or time such "
                                                 "as 2026-11-16 or 2026-11-16 09:30")
                                      .arg(asOfText));
        return evaluate(cli, **ws, target, *asOf);
    }

private:
    QString usageProblem(const QCommandLineParser &parser) const
    {
        if (!parser.positionalArguments().isEmpty())
            return QStringLiteral("unexpected argument '%1'")
                .arg(parser.positionalArguments().constFirst());
        if (parser.isSet(m_options.rule) == parser.isSet(m_options.name))
            return QStringLiteral("give either --rule JSON or --name NAME");
        if (parser.isSet(m_options.count) && parser.isSet(m_options.exportFile))
            return QStringLiteral("--count and --export cannot be combined");
        const QString asOf = parser.value(m_options.asOf);
        if (parser.isSet(m_options.asOf) && !timeutil::parseIsoDateTime(asOf, QTimeZone::utc()))
            return QStringLiteral("--as-of '%1' is not an ISO date or time such as 2026-11-16 or "
                                  "2026-11-16 09:30")
                .arg(asOf);
        return {};
    }

    // Checked before anything is opened: the export never replaces the workspace (or its
    // -wal, -shm, -journal) or the rule's @FILE.
    QString exportProblem(CommandLine &cli) const
    {
        if (!cli.parser().isSet(m_options.exportFile))
            return {};
        if (cli.workspacePath().isEmpty())
            return QStringLiteral("--workspace FILE is required");
        const QString rule = cli.parser().value(m_options.rule);
        const QStringList inputs =
            rule.startsWith(QLatin1Char('@')) ? QStringList{rule.mid(1)} : QStringList();
        const Status status =
            checkSideFile(QStringLiteral("--export"), cli.parser().value(m_options.exportFile),
                          cli.workspacePath(), inputs);
        return status ? QString() : status.error().toString();
    }

    int readTarget(CommandLine &cli, Target *target) const
    {
        if (!cli.parser().isSet(m_options.rule)) {
            target->name = cli.parser().value(m_options.name);
            return Done;
        }
        auto text = ruleText(cli.parser().value(m_options.rule));
        if (!text)
            return CommandLine::failure(text.error());
        auto rule = Rule::parse(*text);
        if (!rule)
            return cli.usageError(QStringLiteral("malformed rule: ") + rule.error().message);
        target->rule = *rule;
        return Done;
    }

    int evaluate(CommandLine &cli, Workspace &ws, const Target &target, qint64 asOf)
    {
        SegmentEvaluator evaluator(ws, asOf);
        SegmentRepository repository(ws);
        std::optional<Segment> segment;
        SqlFragment condition;
        if (target.rule) {
            condition = evaluator.condition(*target.rule);
        } else {
            auto found = repository.findByName(target.name);
            if (!found)
                return CommandLine::failure(found.error());
            if (!found->has_value())
                return CommandLine::failure(
                    makeError(QStringLiteral("there is no segment named '%1'").arg(target.name)));
            segment = **found;
            auto where = repository.condition(*segment, asOf);
            if (!where)
                return CommandLine::failure(where.error());
            condition = *where;
        }
        const int code = output(cli, ws, evaluator, condition, segment ? segment->id : 0);
        if (code == Done && segment && !ws.isReadOnly())
            recordSize(repository, evaluator, condition, segment->id, asOf);
        return code;
    }

    int output(CommandLine &cli, Workspace &ws, const SegmentEvaluator &evaluator,
               const SqlFragment &condition, qint64 segmentRef) const
    {
        if (cli.parser().isSet(m_options.count)) {
            auto count = evaluator.count(condition);
            if (!count)
                return CommandLine::failure(count.error());
            CommandLine::printLine(QString::number(*count));
            return Done;
        }
        if (cli.parser().isSet(m_options.exportFile)) {
            const QString path = cli.parser().value(m_options.exportFile);
            auto rows = segmentexport::writeCsv(ws, condition, path, segmentRef);
            if (!rows)
                return CommandLine::failure(rows.error());
            CommandLine::printLine(
                QStringLiteral("exported %1 members to %2").arg(*rows).arg(path));
            return Done;
        }
        auto ids = evaluator.memberIds(condition);
        if (!ids)
            return CommandLine::failure(ids.error());
        QTextStream out(stdout);
        for (const QString &id : std::as_const(*ids))
            out << id << '\n';
        out.flush();
        return Done;
    }

    // A saved segment's size over time; failing to record it does not fail the command.
    static void recordSize(SegmentRepository &repository, const SegmentEvaluator &evaluator,
                           const SqlFragment &condition, qint64 segmentRef, qint64 asOf)
    {
        auto size = evaluator.count(condition);
        const Status status =
            size ? repository.recordSize(segmentRef, asOf, *size) : Status(size.error());
        if (!status)
            CommandLine::printError(QStringLiteral("siyu segment: warning: the size was not "
                                                   "recorded: ") +
                                    status.error().message);
    }

    Options m_options;
};

} // namespace

int runSegment(const QStringList &arguments)
{
    return SegmentCommand().run(arguments);
}

} // namespace siyu::cli
