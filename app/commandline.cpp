// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/commands.h"
#include "app/gui.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace siyu::cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command),
      m_workspace(QStringLiteral("workspace"), QStringLiteral("The Siyu workspace (SQLite file)."),
                  QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_workspace);
}

bool CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QStringList all = arguments;
    all.prepend(QStringLiteral("siyu ") + m_command);
    if (!m_parser.parse(all)) {
        *exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printLine(m_parser.helpText());
        *exitCode = Done;
        return false;
    }
    return true;
}

QString CommandLine::workspacePath() const
{
    return m_parser.value(m_workspace);
}

Result<std::unique_ptr<Workspace>> CommandLine::openWorkspace(Workspace::OpenMode mode) const
{
    const QString path = workspacePath();
    if (path.isEmpty())
        return makeError(QStringLiteral("--workspace FILE is required"));
    return Workspace::open(path, mode);
}

int CommandLine::usageError(const QString &message) const
{
    printError(QStringLiteral("siyu %1: %2").arg(m_command, message));
    printError(QStringLiteral("Try 'siyu %1 --help'.").arg(m_command));
    return Usage;
}

int CommandLine::failure(const Error &error)
{
    printError(error.toString());
    return BadInput;
}

void CommandLine::printLine(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

void CommandLine::printError(const QString &line)
{
    QTextStream err(stderr);
    err << line << Qt::endl;
}

namespace {

void printTopLevelHelp()
{
    QString text =
        QStringLiteral("Usage: siyu [--workspace FILE]            open the window\n"
                       "       siyu COMMAND --workspace FILE ...  run a command\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(16),
                         QString::fromUtf8(command.summary));
    text += QStringLiteral("\nOptions:\n  -h, --help     this help\n  -v, --version  the version\n"
                           "\n'siyu COMMAND --help' describes a command.");
    CommandLine::printLine(text);
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Siyu"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("siyu.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Siyu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIYU_VERSION));
}

int runCommand(const Command &command, int argc, char *argv[])
{
    if (command.needsGui) {
        // Charts and PDFs need a GUI application, never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return runHeadlessGui(argc, argv, command);
    }
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QStringList arguments = QCoreApplication::arguments().mid(2);
    return command.run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        CommandLine::printLine(QStringLiteral("siyu " SIYU_VERSION));
        return Done;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printTopLevelHelp();
        return Done;
    }
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        const Command *command = findCommand(first);
        if (!command) {
            CommandLine::printError(QStringLiteral("siyu: unknown command '%1'").arg(first));
            CommandLine::printError(QStringLiteral("Try 'siyu --help'."));
            return Usage;
        }
        return runCommand(*command, argc, argv);
    }
    return runWindow(argc, argv);
}

} // namespace siyu::cli
