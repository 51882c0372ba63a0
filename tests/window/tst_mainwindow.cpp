// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demobrand.h"
#include "models/store/workspace.h"
#include "widgets/common/area.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QListWidget *navigation(MainWindow &window) { return window.findChild<QListWidget *>(); }

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
