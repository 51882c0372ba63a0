// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui.h"

#include "app/commandline.h"
#include "app/commands.h"
#include "widgets/common/language.h"
#include "widgets/common/preferences.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace siyu::cli {

namespace {

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Siyu"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("siyu.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Siyu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIYU_VERSION));
}

// Builds the main window in the current language; a language change rebuilds it on the same
// workspace, so every string is retranslated without each widget tracking the change.
void showMainWindow(const QString &workspacePath)
{
    language::install(language::effective());
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &MainWindow::languageChangeRequested, window,
                     [window](const QString &path) {
                         window->hide();
                         window->deleteLater();
                         QTimer::singleShot(0, [path] { showMainWindow(path); });
                     });
    window->show();
    if (!workspacePath.isEmpty())
        window->openWorkspace(workspacePath);
}

} // namespace

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setNames();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Siyu — community and member operations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Open this workspace."),
                                       QStringLiteral("FILE"));
    parser.addOption(workspace);
    parser.process(app);
    QString path = parser.value(workspace);
    if (path.isEmpty() && QFileInfo::exists(prefs::lastWorkspace.get()))
        path = prefs::lastWorkspace.get();
    showMainWindow(path);
    return app.exec();
}

int runHeadlessGui(int argc, char *argv[], const Command &command)
{
    QApplication app(argc, argv);
    setNames();
    return command.run(QCoreApplication::arguments().mid(2));
}

} // namespace siyu::cli
