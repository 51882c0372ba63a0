// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/workspace.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace siyu {
class Workspace;
}

namespace siyu::cli {

// Exit statuses of the contract.
enum ExitCode
{
    Done = 0,
    BadInput = 1,
    Usage = 2
};

int main(int argc, char *argv[]);

// What every command shares: the parser with --workspace and --help, the error lines.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);
    QCommandLineParser &parser() { return m_parser; }

    // Parses `arguments` (the command's own, after its name). Returns false and sets exitCode
    // on a usage error or --help.
    bool parse(const QStringList &arguments, int *exitCode);
    QString workspacePath() const;

    // Opens the workspace named by --workspace; with mustExist, a missing file is bad input.
    Result<std::unique_ptr<Workspace>> openWorkspace(Workspace::OpenMode mode) const;

    int usageError(const QString &message) const;
    static int failure(const Error &error);
    static void printLine(const QString &line);
    static void printError(const QString &line);

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_workspace;
};

} // namespace siyu::cli
