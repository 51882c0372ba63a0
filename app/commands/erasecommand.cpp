// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "models/store/erasure.h"
#include "models/store/memberrepository.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

namespace siyu::cli {

namespace {

// Every member first, then the erasures in one transaction: an unknown id erases nothing.
int eraseMembers(Workspace &ws, const QStringList &memberIds)
{
    MemberRepository members(ws);
    QList<qint64> refs;
    for (const QString &memberId : memberIds) {
        auto ref = members.refOf(memberId);
        if (!ref)
            return CommandLine::failure(ref.error());
        if (*ref <= 0)
            return CommandLine::failure(
                makeError(QStringLiteral("there is no member %1").arg(memberId)));
        if (!refs.contains(*ref))
            refs << *ref;
    }
    {
        Transaction transaction(ws);
        if (!transaction.isActive())
            return CommandLine::failure(transaction.error());
        for (const qint64 ref : refs) {
            if (auto erased = members.erase(ref); !erased)
                return CommandLine::failure(erased.error());
        }
        if (const Status status = transaction.commit(); !status)
            return CommandLine::failure(status.error());
    }
    auto purged = erasure::purgeFreedPages(ws);
    if (!purged)
        return CommandLine::failure(purged.error());
    if (!*purged)
        CommandLine::printError(
            QStringLiteral("%1: another program is reading the workspace; the last copies of "
                           "the erased data leave its write-ahead log when every program has "
                           "closed it")
                .arg(ws.path()));
    CommandLine::printLine(QStringLiteral("erased %1").arg(refs.size()));
    return Done;
}

} // namespace

int runErase(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("erase"),
                    QStringLiteral("Erases members on request (PIPL/GDPR): each member and "
                                   "everything that names them, leaving no copy of their "
                                   "personal data in the file. Cannot be undone."));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("MEMBER_ID"),
                                 QStringLiteral("The member_id of each member to erase."),
                                 QStringLiteral("MEMBER_ID..."));
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    const QStringList memberIds = parser.positionalArguments();
    if (memberIds.isEmpty())
        return cli.usageError(QStringLiteral("name at least one MEMBER_ID"));
    if (cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--workspace FILE is required"));
    // A workspace that does not exist holds no one to erase: bad input, nothing created.
    auto ws = cli.openWorkspace(Workspace::OpenMode::MustExist);
    if (!ws)
        return CommandLine::failure(ws.error());
    return eraseMembers(**ws, memberIds);
}

} // namespace siyu::cli
