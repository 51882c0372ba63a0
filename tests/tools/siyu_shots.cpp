// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the main window on a workspace and saves a PNG of every area, so that people (and the
// README) can look at what Siyu shows: siyu_shots WORKSPACE OUTDIR [--lang zh_CN] [--size WxH]
#include "models/items/ruletreemodel.h"
#include "widgets/common/area.h"
#include "widgets/common/language.h"
#include "widgets/common/settingsdialog.h"
#include "widgets/import/importhistorydialog.h"
#include "widgets/import/importwizard.h"
#include "widgets/mainwindow.h"
#include "widgets/segments/rulebuilder.h"
#include "widgets/segments/rulecounter.h"
#include "widgets/segments/segmentsarea.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace siyu;

namespace {

void settle()
{
    // Give queued work (workers reporting back, deferred layouts) a moment to land.
    for (int i = 0; i < 40; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThreadPool::globalInstance()->waitForDone(50);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SiyuShots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: siyu_shots WORKSPACE OUTDIR [--lang zh_CN] [--size WxH]\n";
        return 2;
    }
    QString lang = QStringLiteral("en");
    QSize size(1400, 860);
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--lang"))
            lang = args[i + 1];
        if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        }
    }
    language::install(lang, QStringLiteral(SIYU_QM_DIR));
    QDir().mkpath(args[2]);
    MainWindow window;
    window.resize(size);
    window.show();
    settle();
    // The welcome page, as a new user first sees it.
    window.grab().save(QDir(args[2]).filePath(QStringLiteral("welcome.png")));
    if (!window.openWorkspace(args[1]))
        return 1;
    settle();
    for (int i = 0; i < window.areaCount(); ++i) {
        window.showArea(i);
        settle();
        const QString file =
            QDir(args[2]).filePath(QStringLiteral("area-%1-%2.png")
                                       .arg(i)
                                       .arg(window.area(i)->title().toLower().replace(
                                           QLatin1Char(' '), QLatin1Char('-'))));
        window.grab().save(file);
        QTextStream(stdout) << file << "\n";
        // What lies below the fold, one more shot per screenful of the area's scroll areas.
        int part = 0;
        for (QScrollArea *scroll : window.area(i)->findChildren<QScrollArea *>()) {
            QScrollBar *bar = scroll->verticalScrollBar();
            if (!scroll->isVisible() || bar->maximum() <= 0)
                continue;
            for (int y = bar->pageStep(); y < bar->maximum() + bar->pageStep();
                 y += bar->pageStep()) {
                bar->setValue(y);
                settle();
                const QString more = QString(file).replace(
                    QStringLiteral(".png"), QStringLiteral("-more%1.png").arg(++part));
                window.grab().save(more);
                QTextStream(stdout) << more << "\n";
            }
            bar->setValue(0);
        }
    }
    // The Segments area with the rule of the issue's "done when" in its builder (a VIP group of
    // the demo brand); the JSON beside the members it matches.
    for (int i = 0; i < window.areaCount(); ++i) {
        auto *segments = qobject_cast<SegmentsArea *>(window.area(i));
        if (!segments)
            continue;
        window.showArea(i);
        segments->builder()->setRuleJson(
            QJsonDocument::fromJson(R"({"all":[{"field":"city","op":"=","value":"上海"},)"
                                    R"({"orders":{"count":[">=",2],"within_days":90}},)"
                                    R"({"not":{"in_group":"G00004"}}]})")
                .object());
        const QModelIndex top = segments->builder()->model()->index(0, 0);
        segments->builder()->setCurrentIndex(segments->builder()->model()->index(1, 0, top));
        // The count waits for a pause in the typing, then runs on a worker.
        for (int i = 0; i < 200 && (i < 10 || segments->counter()->isPending()); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        settle();
        const QString file =
            QDir(args[2]).filePath(QStringLiteral("area-%1-segments-rule.png").arg(i));
        window.grab().save(file);
        QTextStream(stdout) << file << "\n";
    }
    // The dialogs, as they open over the window.
    const auto saveDialog = [&args](QWidget &dialog, const QString &name) {
        dialog.show();
        settle();
        const QString file = QDir(args[2]).filePath(QStringLiteral("dialog-%1.png").arg(name));
        dialog.grab().save(file);
        QTextStream(stdout) << file << "\n";
        dialog.close();
    };
    SettingsDialog settings(window.workspace(), &window);
    saveDialog(settings, QStringLiteral("settings"));
    ImportWizard wizard(window.workspace(), &window);
    saveDialog(wizard, QStringLiteral("import"));
    ImportHistoryDialog history(window.workspace(), &window);
    saveDialog(history, QStringLiteral("import-history"));
    return 0;
}
