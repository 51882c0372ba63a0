// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/timeutil.h"
#include "models/import/importhistory.h"
#include "models/store/workspace.h"

#include <QFile>
#include <QFileInfo>

namespace siyu::cli {

namespace {

void listBatches(Workspace &ws, const QList<ImportBatch> &batches)
{
    QString text;
    for (const ImportBatch &batch : batches) {
        text += QStringLiteral("%1  %2  %3  read %4, inserted %5, updated %6, rejected %7%8  %9\n")
                    .arg(batch.id)
                    .arg(timeutil::formatLocal(batch.startedAt, ws.timeZone()), batch.preset)
                    .arg(batch.read)
                    .arg(batch.inserted)
                    .arg(batch.updated)
                    .arg(batch.rejected)
                    .arg(batch.undoneAt ? QStringLiteral(" (undone)") : QString(),
                         batch.files.join(QLatin1String(", ")));
    }
    CommandLine::printLine(text.isEmpty() ? QStringLiteral("no imports yet") : text.trimmed());
}

int undoBatch(Workspace &ws, const QString &which)
{
    qint64 batch = 0;
    if (which == QLatin1String("last")) {
        auto last = ImportHistory::lastBatch(ws);
        if (!last)
            return CommandLine::failure(last.error());
        if (*last == 0)
            return CommandLine::failure(makeError(QStringLiteral("there is no import to undo")));
        batch = *last;
    } else {
        batch = which.toLongLong();
    }
    auto report = ImportHistory::undo(ws, batch);
    if (!report)
        return CommandLine::failure(report.error());
    CommandLine::printLine(QStringLiteral("undid import batch %1: removed %2, restored %3")
                               .arg(batch)
                               .arg(report->removed)
                               .arg(report->restored));
    return Done;
}

} // namespace

int runUndoImport(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("undo-import"),
                    QStringLiteral("Removes what one import batch added and restores what it "
                                   "changed. Refused when a later import changed the same rows."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("BATCH"),
                                 QStringLiteral("The batch number (see --list), or 'last'."));
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the import batches.")});
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool list = parser.isSet(QStringLiteral("list"));
    bool numeric = false;
    if (!positional.isEmpty())
        positional.first().toLongLong(&numeric);
    if (!list &&
        (positional.size() != 1 || (!numeric && positional.first() != QLatin1String("last"))))
        return cli.usageError(QStringLiteral("name one BATCH: a batch number or 'last'"));
    if (cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--workspace FILE is required"));
    const bool existed = QFileInfo::exists(cli.workspacePath());
    int result = BadInput;
    {
        auto ws = cli.openWorkspace(Workspace::OpenMode::CreateIfMissing);
        if (!ws)
            return CommandLine::failure(ws.error());
        if (list) {
            auto batches = ImportHistory::batches(**ws);
            if (!batches)
                return CommandLine::failure(batches.error());
            listBatches(**ws, *batches);
            result = Done;
        } else {
            result = undoBatch(**ws, positional.first());
        }
    }
    if (!existed)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(cli.workspacePath() + suffix);
    return result;
}

} // namespace siyu::cli
