// SPDX-License-Identifier: GPL-3.0-or-later
// The main window fits a laptop and keeps its size: through every area, every change of the
// KPI period and a drill-down from a KPI card to the members, at 1366×768 and at 1280×720.
#include "models/demo/demobrand.h"
#include "models/kpi/metric.h"
#include "models/store/workspace.h"
#include "widgets/common/area.h"
#include "widgets/common/language.h"
#include "widgets/kpi/dashboardview.h"
#include "widgets/kpi/kpisarea.h"
#include "widgets/kpi/periodpicker.h"
#include "widgets/mainwindow.h"
#include "widgets/members/membersarea.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLayout>
#include <QListWidget>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace siyu;

namespace {

// The visible widgets that ask for a large part of `limit`, outside scrolled content: the one
// that pushes the window wider or taller is the deepest of a chain.
void collectTooBig(const QWidget *widget, const QSize &limit, int depth, QStringList &out)
{
    const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
    if (hint.width() > limit.width() / 3 || hint.height() > limit.height() / 2) {
        out << QStringLiteral("%1%2 '%3' %4×%5")
                   .arg(QString(depth * 2, QLatin1Char(' ')),
                        QString::fromLatin1(widget->metaObject()->className()),
                        widget->objectName().isEmpty() ? widget->accessibleName()
                                                       : widget->objectName())
                   .arg(hint.width())
                   .arg(hint.height());
    }
    if (qobject_cast<const QAbstractScrollArea *>(widget))
        return; // its content scrolls
    const auto children = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        if (child->isVisible() && !child->isWindow())
            collectTooBig(child, limit, depth + 1, out);
    }
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QString diagnose(const MainWindow &window, const QSize &limit)
    {
        QStringList out;
        collectTooBig(&window, limit, 0, out);
        return out.join(QLatin1Char('\n'));
    }

    // The window is as large as it was opened, and would fit both laptop screens.
    static bool fits(const MainWindow &window, const QSize &size, const QString &step)
    {
        const QSize hint = window.minimumSizeHint().expandedTo(window.minimumSize());
        bool ok = true;
        if (window.size() != size) {
            qWarning("%s: the window is %d×%d, not %d×%d", qPrintable(step), window.width(),
                     window.height(), size.width(), size.height());
            ok = false;
        }
        for (const QSize &screen : {QSize(1366, 768), QSize(1280, 720)}) {
            if (hint.width() > screen.width() || hint.height() > screen.height()) {
                qWarning("%s: the smallest window is %d×%d, larger than %d×%d:\n%s",
                         qPrintable(step), hint.width(), hint.height(), screen.width(),
                         screen.height(), qPrintable(diagnose(window, screen)));
                ok = false;
            }
        }
        // Every button of the area shown is in sight, and the KPI cards need no sideways scroll.
        const QWidget *area = window.findChild<QStackedWidget *>()->currentWidget();
        const auto buttons = area->findChildren<QAbstractButton *>();
        for (const QAbstractButton *b : buttons) {
            if (!b->isVisible() || b->window() != &window || insideScrolled(b, area))
                continue;
            const QRect where(b->mapTo(&window, QPoint()), b->size());
            if (!window.rect().contains(where)) {
                qWarning("%s: \"%s\" is off the window (%d,%d %d×%d)", qPrintable(step),
                         qPrintable(b->text().isEmpty() ? b->toolTip() : b->text()), where.x(),
                         where.y(), where.width(), where.height());
                ok = false;
            }
        }
        if (const auto *dashboard = area->findChild<DashboardView *>();
            dashboard && dashboard->isVisible() && dashboard->horizontalScrollBar()->isVisible()) {
            qWarning("%s: the dashboard scrolls sideways", qPrintable(step));
            ok = false;
        }
        return ok;
    }

    // In the content of a scroll area below `top`: it is in sight when scrolled to.
    static bool insideScrolled(const QWidget *widget, const QWidget *top)
    {
        for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
            if (const auto *scroll = qobject_cast<const QAbstractScrollArea *>(w))
                return scroll->viewport()->isAncestorOf(widget);
        }
        return false;
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }

    static QToolButton *button(PeriodPicker *picker, const QString &toolTip)
    {
        const auto buttons = picker->findChildren<QToolButton *>();
        for (QToolButton *b : buttons) {
            if (b->toolTip() == toolTip)
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no geometry or splitter state of an earlier run
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.siyu"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws);
        demo::DemoOptions options;
        options.members = 300;
        options.now = 1795000000; // 2026-11-18
        QVERIFY(demo::generate(**ws, options));
    }

    void keepsItsSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1366×768 en") << QSize(1366, 768) << QStringLiteral("en");
        QTest::newRow("1280×720 en") << QSize(1280, 720) << QStringLiteral("en");
        QTest::newRow("1366×768 zh_CN") << QSize(1366, 768) << QStringLiteral("zh_CN");
        QTest::newRow("1280×720 zh_CN") << QSize(1280, 720) << QStringLiteral("zh_CN");
    }

    void keepsItsSize()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        language::install(language, QStringLiteral(SIYU_QM_DIR));
        const auto english = qScopeGuard([] { language::install(QStringLiteral("en")); });
        // Chinese is shown, not English under another name.
        QCOMPARE(MainWindow::tr("&File") == QLatin1String("&File"),
                 language == QLatin1String("en"));
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path));
        auto *kpis = window.findChild<KpisArea *>();
        QVERIFY(kpis);
        QSignalSpy ready(kpis, &KpisArea::dataReady);
        settle();
        QVERIFY(fits(window, size, QStringLiteral("opened")));

        for (int i = 0; i < window.areaCount(); ++i) {
            window.showArea(i);
            settle();
            if (window.area(i) == kpis && ready.isEmpty())
                QVERIFY(ready.wait(60000));
            settle();
            QVERIFY(fits(window, size, window.area(i)->title()));
        }

        window.showArea(window.areaCount() - 1);
        auto *picker = kpis->findChild<PeriodPicker *>();
        QVERIFY(picker);
        QToolButton *previous = button(picker, PeriodPicker::tr("Previous period"));
        QToolButton *next = button(picker, PeriodPicker::tr("Next period"));
        QVERIFY(previous && next);
        auto *mode = picker->findChild<QComboBox *>();
        QVERIFY(mode);
        const auto changePeriod = [&](const QString &step, const std::function<void()> &change) {
            ready.clear();
            change();
            if (ready.isEmpty() && !ready.wait(60000))
                return false;
            settle();
            return fits(window, size, step);
        };
        QVERIFY(changePeriod(QStringLiteral("week back"), [&] { previous->click(); }));
        QVERIFY(changePeriod(QStringLiteral("week forward"), [&] { next->click(); }));
        QVERIFY(changePeriod(QStringLiteral("month"), [&] { mode->setCurrentIndex(1); }));
        QVERIFY(changePeriod(QStringLiteral("month back"), [&] { previous->click(); }));
        QVERIFY(changePeriod(QStringLiteral("week"), [&] { mode->setCurrentIndex(0); }));
        QVERIFY(changePeriod(QStringLiteral("custom range"), [&] { mode->setCurrentIndex(2); }));
        QVERIFY(changePeriod(QStringLiteral("week again"), [&] { mode->setCurrentIndex(0); }));

        // A drill-down: the active members of the week, listed in the Members area.
        auto *dashboard = kpis->findChild<DashboardView *>();
        QVERIFY(dashboard);
        auto *stack = window.findChild<QStackedWidget *>();
        auto *members = window.findChild<MembersArea *>();
        QVERIFY(stack && members);
        emit dashboard->numberClicked(kpi::Metric::ActiveMembers);
        QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), members, 60000);
        settle();
        QVERIFY(fits(window, size, QStringLiteral("drill-down")));

        // And back through every area once more, with the drill-down's caption still there.
        for (int i = window.areaCount() - 1; i >= 0; --i) {
            window.showArea(i);
            settle();
            QVERIFY(fits(window, size, window.area(i)->title() + QStringLiteral(" again")));
        }
    }

    // The members list and the member's details are split where the user left them, in the
    // next window too.
    void splittersRememberTheirPlace()
    {
        int chosen = 0;
        {
            MainWindow window;
            window.resize(1366, 768);
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            auto *members = window.findChild<MembersArea *>();
            auto *splitter = members->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
            QVERIFY(splitter);
            settle();
            const QList<int> sizes = splitter->sizes();
            QCOMPARE(sizes.size(), 2);
            chosen = sizes[0] - 150;
            splitter->setSizes({chosen, sizes[1] + 150});
            settle();
            chosen = splitter->sizes()[0];
            emit splitter->splitterMoved(chosen, 1);
        }
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        settle();
        auto *splitter = window.findChild<MembersArea *>()->findChild<QSplitter *>(
            QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(splitter->sizes()[0], chosen);
    }

    // Never taller or wider than the screen it opens on, and no larger than 1280×800.
    void defaultSizeFitsTheScreen()
    {
        QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1920, 1040)), QSize(1280, 800));
        QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1366, 728)), QSize(1229, 655));
        QCOMPARE(MainWindow::defaultSize(QRect(0, 0, 1280, 680)), QSize(1152, 612));
        QCOMPARE(MainWindow::defaultSize(QRect(0, 32, 1440, 868)), QSize(1280, 781));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
