// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demobrand.h"
#include "models/items/membertablemodel.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"
#include "widgets/common/area.h"
#include "widgets/common/datepopup.h"
#include "widgets/common/editactions.h"
#include "widgets/common/shortcutsdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/members/membersarea.h"
#include "widgets/stagekeeper.h"

#include <QAction>
#include <QCalendarWidget>
#include <QClipboard>
#include <QDateEdit>
#include <QDateTime>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace siyu;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QListWidget *navigation(MainWindow &window) { return window.findChild<QListWidget *>(); }
    // The stages' refresh on opening runs on a worker: done, and its areas shown again.
    static void waitForStages(MainWindow &window)
    {
        auto *stages = window.findChild<StageKeeper *>();
        QVERIFY(stages);
        QTRY_VERIFY(!stages->isBusy());
    }

    static QWidget *shown(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>()->currentWidget();
    }

    static int rowTitled(QListWidget *list, const QString &title)
    {
        const auto items = list->findItems(title, Qt::MatchExactly);
        return items.isEmpty() ? -1 : list->row(items.first());
    }

    static Area *areaTitled(MainWindow &window, const QString &title)
    {
        for (int i = 0; i < window.areaCount(); ++i) {
            if (window.area(i)->title() == title)
                return window.area(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.siyu"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws);
        demo::DemoOptions options;
        options.members = 200;
        options.now = 1795000000; // 2026-11-18
        QVERIFY(demo::generate(**ws, options));
    }

    // Areas not in this version are listed but cannot be chosen; every other row shows its
    // own area, although the rows and the areas are numbered apart.
    void clickingARowShowsItsArea()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        QListWidget *list = navigation(window);
        QVERIFY(list);
        QVERIFY(list->count() > window.areaCount());
        int available = 0;
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            Area *area = areaTitled(window, item->text());
            QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), area != nullptr);
            if (!area)
                continue;
            ++available;
            list->setCurrentRow(row);
            QCOMPARE(shown(window), area);
        }
        QCOMPARE(available, window.areaCount());
    }

    void viewShortcutsFollowTheAreas()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        QListWidget *list = navigation(window);
        for (int i = window.areaCount() - 1; i >= 0; --i) {
            QAction *action = nullptr;
            const auto actions = window.findChildren<QAction *>();
            for (QAction *candidate : actions) {
                if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)))
                    action = candidate;
            }
            QVERIFY2(action, qPrintable(QStringLiteral("no Ctrl+%1").arg(i + 1)));
            QCOMPARE(action->text(), window.area(i)->title());
            action->trigger();
            QCOMPARE(shown(window), window.area(i));
            QCOMPARE(list->currentRow(), rowTitled(list, window.area(i)->title()));
        }
    }

    // "Try the demo" builds the demo brand in a workspace of its own on a worker, then opens
    // it; the second time it opens the same file without building again.
    void tryTheDemoBuildsAndOpensIt()
    {
        QFile::remove(MainWindow::demoWorkspacePath());
        MainWindow window;
        window.show();
        auto *button = window.findChild<QPushButton *>(QStringLiteral("tryDemoButton"));
        QVERIFY(button);
        QVERIFY(!window.workspace());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(window.workspace());
        QCOMPARE(window.workspace()->path(),
                 QFileInfo(MainWindow::demoWorkspacePath()).absoluteFilePath());
        auto members = demo::memberCount(*window.workspace());
        QVERIFY(members);
        QCOMPARE(*members, qint64(demo::DemoOptions().members));
        waitForStages(window);
        const QDateTime built = QFileInfo(MainWindow::demoWorkspacePath()).lastModified();
        window.openWorkspace(m_path);
        QTest::mouseClick(button, Qt::LeftButton);
        waitForStages(window);
        QCOMPARE(window.workspace()->path(),
                 QFileInfo(MainWindow::demoWorkspacePath()).absoluteFilePath());
        QCOMPARE(QFileInfo(MainWindow::demoWorkspacePath()).lastModified(), built);
    }

    // The navigation's and the toolbar's icons come from the resources, on every platform.
    void iconsAreShippedNotThemed()
    {
        MainWindow window;
        window.show();
        QListWidget *list = navigation(window);
        for (int row = 0; row < list->count(); ++row)
            QVERIFY2(!list->item(row)->icon().pixmap(20, 20).isNull(),
                     qPrintable(list->item(row)->text()));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        const auto actions = bar->actions();
        int withIcons = 0;
        for (QAction *action : actions) {
            if (!action->isSeparator()) {
                QVERIFY2(!action->icon().pixmap(20, 20).isNull(), qPrintable(action->text()));
                ++withIcons;
            }
        }
        QVERIFY(withIcons >= 4);
        QVERIFY(!QIcon(QStringLiteral(":/siyu/icons/area-members.png")).isNull());
    }

    void closingDisablesTheAreas()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        QListWidget *list = navigation(window);
        const int kpis = rowTitled(list, window.area(window.areaCount() - 1)->title());
        QVERIFY(list->item(kpis)->flags() & Qt::ItemIsEnabled);
        QAction *close = nullptr;
        const auto actions = window.findChildren<QAction *>();
        for (QAction *candidate : actions) {
            if (candidate->shortcut() == QKeySequence(QKeySequence::Close))
                close = candidate;
        }
        QVERIFY(close);
        close->trigger();
        for (int row = 0; row < list->count(); ++row)
            QVERIFY(!(list->item(row)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!window.workspace());
    }
    // Another process commits to the open workspace: the window notices (PRAGMA data_version)
    // within its watch interval and shows the new member without being asked.
    void noticesChangesOfOtherProcesses()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        waitForStages(window); // its commit is the window's own
        auto *members = qobject_cast<MembersArea *>(window.area(0));
        QVERIFY(members);
        const int before = members->model()->rowCount();
        {
            auto other = Workspace::open(m_path, Workspace::OpenMode::MustExist);
            QVERIFY(other);
            QVERIFY(sql::exec((*other)->db(),
                              QStringLiteral("INSERT INTO members(member_id, name, joined_at) "
                                             "VALUES ('OUTSIDE-1', 'Outside', 1795000000)")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), before + 1,
                                  MainWindow::changeWatchIntervalMs * 5);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }
    // Help › Keyboard Shortcuts lists what the actions really have, read from them.
    void shortcutsListComesFromTheActions()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        ShortcutsDialog dialog(&window);
        QStringList rows;
        for (int r = 0; r < dialog.model()->rowCount(); ++r)
            rows << dialog.model()->item(r, 1)->text() + u'=' + dialog.model()->item(r, 2)->text();
        const QString members =
            window.area(0)->title() + u'=' +
            QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(members), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(
                     u"Keyboard Shortcuts=" +
                     QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)),
                 qPrintable(rows.join(u'\n')));
        if (qEnvironmentVariableIsSet("SIYU_SHOT"))
            dialog.grab().save(qEnvironmentVariable("SIYU_SHOT"));
    }
    // Date pickers start their weeks on Monday and open on today's month when they say "any".
    void datePickersOpenOnTodayWithMondayFirst()
    {
        QDateEdit edit;
        edit.setMinimumDate(QDate(2000, 1, 1));
        edit.setSpecialValueText(QStringLiteral("any"));
        edit.setDate(QDate(2000, 1, 1));
        ui::prepareDatePopup(&edit);
        QCalendarWidget *calendar = edit.calendarWidget();
        QCOMPARE(calendar->firstDayOfWeek(), Qt::Monday);
        calendar->window()->show();
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
        calendar->window()->hide();
        edit.setDate(QDate(2025, 3, 9));
        calendar->window()->show();
        QCOMPARE(calendar->yearShown(), 2025);
        QCOMPARE(calendar->monthShown(), 3);
    }
    // Edit › Copy copies the selected members as the list shows them: masked phones stay masked.
    void copyCopiesTheSelectedRowsAsShown()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        auto *members = qobject_cast<MembersArea *>(window.area(0));
        QVERIFY(members);
        QTableView *view = members->view();
        view->setFocus();
        view->selectionModel()->select(members->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect |
                                           QItemSelectionModel::Rows);
        view->selectionModel()->select(members->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the titles and two members
        QVERIFY2(lines.at(0).contains(u"Member ID"), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(members->model()->index(0, 0).data().toString()));
        QVERIFY(lines.at(2).startsWith(members->model()->index(2, 0).data().toString()));
        const QString phone =
            members->model()->index(0, MemberTableModel::PhoneColumn).data().toString();
        QVERIFY(phone.isEmpty() || phone.contains(u'*'));
        QVERIFY(lines.at(1).contains(phone));
        // Select All selects every row of the list.
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), members->model()->rowCount());
    }

    // Ctrl+Shift+N adds a member in Members and a group in Groups: each area's action works
    // while its area is shown, without an ambiguous shortcut.
    void newShortcutAddsInTheCurrentArea()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        for (const QString &title : {QStringLiteral("Members"), QStringLiteral("Groups")}) {
            Area *area = areaTitled(window, title);
            QVERIFY(area);
            for (int i = 0; i < window.areaCount(); ++i) {
                if (window.area(i) == area)
                    window.showArea(i);
            }
            QString opened;
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window)); // again, after the last dialog
            QTimer::singleShot(0, &window, [&opened] {
                if (QWidget *modal = QApplication::activeModalWidget()) {
                    opened = modal->windowTitle();
                    modal->close();
                }
            });
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);

            QCOMPARE(opened, title == QLatin1String("Members") ? QStringLiteral("New Member")
                                                               : QStringLiteral("New Group"));
        }
    }

    // Edit › Find (Ctrl+F) puts the focus in the search field of the area shown, once only
    // (no ambiguous shortcut with the areas' own), and each area's menu shows with its area.
    void findFocusesTheSearchOfTheCurrentArea()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        for (int i = 0; i < window.areaCount(); ++i) {
            Area *area = window.area(i);
            auto *search = area->findChild<QLineEdit *>();
            if (!search || (area->title() != QLatin1String("Members") &&
                            area->title() != QLatin1String("Groups")))
                continue;
            window.showArea(i);
            QTableView *list = area->findChild<QTableView *>();
            QVERIFY(list);
            list->setFocus();
            QVERIFY(!search->hasFocus());
            QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
            QVERIFY2(QApplication::focusWidget() &&
                         qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                         area->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(area->title()));
            QVERIFY(area->menu());
            QVERIFY(window.menuBar()->actions().contains(area->menu()->menuAction()));
            for (int j = 0; j < window.areaCount(); ++j) {
                if (j != i && window.area(j)->menu())
                    QVERIFY(!window.menuBar()->actions().contains(
                        window.area(j)->menu()->menuAction()));
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
