// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/sidefile.h"
#include "models/common/timeutil.h"
#include "models/import/importengine.h"
#include "models/import/presetcatalog.h"
#include "models/store/workspace.h"

#include <QFile>
#include <QFileInfo>

namespace siyu::cli {

namespace {

constexpr int shownInvalidRows = 20;

struct ImportArguments
{
    ImportOptions options;
    QString error; // a usage error, when not empty
};

std::optional<char> delimiterFromName(const QString &name)
{
    if (name == QLatin1String("tab") || name == QLatin1String("\\t") || name == QLatin1String("\t"))
        return '\t';
    if (name.size() == 1 && QStringLiteral(",;|").contains(name))
        return name.at(0).toLatin1();
    return std::nullopt;
}

ImportArguments parseImportArguments(const QCommandLineParser &parser)
{
    ImportArguments result;
    ImportOptions &options = result.options;
    options.preset = parser.value(QStringLiteral("preset"));
    options.files = parser.positionalArguments();
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.rejectsPath = parser.value(QStringLiteral("rejects"));
    if (options.preset.isEmpty())
        result.error = QStringLiteral("--preset P is required ('siyu presets' lists them)");
    else if (options.files.isEmpty())
        result.error = QStringLiteral("name at least one FILE to import");
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.read.encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!options.read.encoding)
            result.error = QStringLiteral("--encoding must be utf-8, gb18030 (gbk), utf-16le or "
                                          "utf-16be");
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            result.error = QStringLiteral("--delimiter must be , ; | or tab");
        options.read.delimiter = delimiter.value_or(',');
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        options.read.dateOrder = dateOrderFromName(parser.value(QStringLiteral("date-order")));
        if (!options.read.dateOrder)
            result.error = QStringLiteral("--date-order must be dmy, mdy or ymd");
    }
    return result;
}

// Checked before the workspace or any file is opened: a rejects file never replaces the
// workspace, its -wal, -shm or -journal, or an input.
QString rejectsProblem(const QString &workspace, const ImportOptions &options)
{
    for (const QString &input : options.files) {
        if (const Status status = checkSideFile(QStringLiteral("FILE"), input, workspace); !status)
            return status.error().toString();
    }
    Status status;
    if (!options.rejectsPath.isEmpty() && !options.strict && !options.dryRun)
        status = checkSideFile(QStringLiteral("--rejects"), options.rejectsPath, workspace,
                               options.files);
    else
        status = ImportEngine::checkRejectsPaths(workspace, options);
    return status ? QString() : status.error().toString();
}

// A workspace this command created is removed again when the command fails or only checks.
void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void printReport(const ImportReport &report)
{
    for (const QString &warning : report.warnings)
        CommandLine::printError(QStringLiteral("warning: ") + warning);
    for (qsizetype i = 0; i < report.invalidRows.size() && i < shownInvalidRows; ++i)
        CommandLine::printError(report.invalidRows.at(i).toString());
    const qint64 more = report.rejected - qMin<qint64>(report.invalidRows.size(), shownInvalidRows);
    if (more > 0)
        CommandLine::printError(QStringLiteral("... and %1 more rejected rows").arg(more));
    for (const QString &file : report.rejectFiles)
        CommandLine::printError(QStringLiteral("rejected rows written to %1").arg(file));
    CommandLine::printLine(report.summary());
}

int importInto(Workspace &ws, const ImportOptions &options)
{
    ImportEngine engine(ws);
    auto report = engine.run(options);
    if (!report)
        return CommandLine::failure(report.error());
    printReport(*report);
    // The import is committed and reported (the line above is flushed); its pages go from the
    // WAL into the file before the command ends. A failure here loses nothing: the next commit
    // copies them.
    if (report->checkpointDue) {
        if (const Status checkpointed = ws.checkpoint(); !checkpointed)
            CommandLine::printError(checkpointed.error().toString());
    }
    if (report->read == 0) {
        CommandLine::printError(QStringLiteral("%1: there are no rows to import")
                                    .arg(options.files.join(QLatin1String(", "))));
        return BadInput;
    }
    // Nothing valid: the workspace is as it was, and the command failed.
    if (report->inserted + report->updated == 0)
        return BadInput;
    return Done;
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("import"),
                    QStringLiteral("Imports files with a preset, all or nothing: invalid rows are "
                                   "skipped and written to a rejects file (with --strict, any "
                                   "invalid row aborts the import). Prints 'read R, inserted I, "
                                   "updated U, rejected J'."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The files to import."),
                                 QStringLiteral("FILE..."));
    parser.addOptions({
        {QStringLiteral("preset"), QStringLiteral("The import preset ('siyu presets' lists them)."),
         QStringLiteral("P")},
        {QStringLiteral("strict"), QStringLiteral("Import nothing if any row is invalid.")},
        {QStringLiteral("rejects"),
         QStringLiteral("Where to write the invalid rows (default: FILE.rejects.csv next to "
                        "each input), readable by you only; never the workspace or an input."),
         QStringLiteral("FILE")},
        {QStringLiteral("dry-run"),
         QStringLiteral("Check everything, write nothing (no rejects file either).")},
        {QStringLiteral("encoding"),
         QStringLiteral("The files' encoding: utf-8, gb18030 (gbk), utf-16le, utf-16be "
                        "(default: detected)."),
         QStringLiteral("E")},
        {QStringLiteral("delimiter"),
         QStringLiteral("The CSV delimiter: , ; | or tab (default: detected)."),
         QStringLiteral("D")},
        {QStringLiteral("date-order"),
         QStringLiteral("How to read dates such as 03/04/2026: dmy, mdy or ymd (default: "
                        "detected)."),
         QStringLiteral("O")},
    });
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    const ImportArguments parsed = parseImportArguments(parser);
    if (!parsed.error.isEmpty())
        return cli.usageError(parsed.error);
    if (cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--workspace FILE is required"));
    if (const QString problem = rejectsProblem(cli.workspacePath(), parsed.options);
        !problem.isEmpty())
        return cli.usageError(problem);
    const bool existed = QFileInfo::exists(cli.workspacePath());
    int result = BadInput;
    {
        auto ws = cli.openWorkspace(Workspace::OpenMode::CreateIfMissing);
        if (!ws)
            return CommandLine::failure(ws.error());
        auto catalog = PresetCatalog::load(ws->get());
        if (catalog && !catalog->find(parsed.options.preset)) {
            ws->reset();
            if (!existed)
                removeWorkspaceFiles(cli.workspacePath());
            return cli.usageError(QStringLiteral("there is no preset '%1' ('siyu presets' lists "
                                                 "them)")
                                      .arg(parsed.options.preset));
        }
        result = importInto(**ws, parsed.options);
    }
    if (!existed && (result != Done || parsed.options.dryRun))
        removeWorkspaceFiles(cli.workspacePath());
    return result;
}

} // namespace siyu::cli
