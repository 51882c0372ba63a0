// SPDX-License-Identifier: GPL-3.0-or-later
// The Content calendar area offscreen: drag to reschedule in the month view (also into the next
// month) and the week view through QTest mouse events, and undo; keys; filters remembered per
// workspace; the warnings bar; the item dialog's rates and live warnings; the week's plan.
// To look at the views: SIYU_SHOTS=/tmp/shots SIYU_SHOTS_WORKSPACE=/tmp/cal.siyu
#include "calendarfixture.h"

#include "models/common/units.h"
#include "models/items/contentcalendarmodel.h"
#include "models/items/contentcommands.h"
#include "models/store/transaction.h"
#include "widgets/calendar/calendararea.h"
#include "widgets/calendar/contentitemdialog.h"
#include "widgets/calendar/monthview.h"
#include "widgets/calendar/seriesdialog.h"
#include "widgets/calendar/weekview.h"
#include "widgets/common/language.h"
#include "widgets/common/preferences.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

using namespace siyu;
using namespace siyu::test;

namespace {

// Presses on `from`, moves in steps and releases on `to`, as a hand does.
void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestCalendarArea : public QObject
{
    Q_OBJECT

    struct Setup
    {
        CalendarFixture fixture;
        QUndoStack stack;
        CalendarArea area;
        qint64 groupA = 0;
        qint64 groupB = 0;
        qint64 monday = 0; // 16 Nov 2026 10:00, group A
        qint64 friday = 0; // 20 Nov 2026 18:30, group B
    };

    static std::unique_ptr<Setup> open()
    {
        auto s = std::make_unique<Setup>();
        CalendarFixture &f = s->fixture;
        s->groupA =
            f.addGroup(QStringLiteral("G1"), QStringLiteral("福利群 1"), QStringLiteral("福利"));
        s->groupB = f.addGroup(QStringLiteral("G2"), QStringLiteral("VIP 群"));
        s->monday = f.addContent(QStringLiteral("C1"), QStringLiteral("Monday post"),
                                 f.at("2026-11-16 10:00"), QStringLiteral("article"), s->groupA,
                                 QStringLiteral("scheduled"), QStringLiteral("王芳"),
                                 QStringLiteral("wecom"));
        s->friday = f.addContent(QStringLiteral("C2"), QStringLiteral("Friday live"),
                                 f.at("2026-11-20 18:30"), QStringLiteral("live_stream"), s->groupB,
                                 QStringLiteral("draft"), QStringLiteral("李娜"),
                                 QStringLiteral("video_channel"));
        s->area.resize(1200, 860);
        s->area.setWorkspace(&f.ws(), &s->stack);
        s->area.show();
        if (!QTest::qWaitForWindowExposed(&s->area))
            qFatal("the area was not shown");
        s->area.showDay(QDate(2026, 11, 16));
        return s;
    }

    qint64 timeOf(Setup &s, qint64 id)
    {
        return s.fixture.count("SELECT scheduled_at FROM content WHERE id = ?", {id});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SiyuCalendarTest"));
        language::install(QStringLiteral("en"));
    }

    void modelPassesTheTesterWhileTheViewChanges()
    {
        auto s = open();
        QAbstractItemModelTester tester(s->area.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(s->area.model()->rowCount(), 2);
        s->area.setView(CalendarArea::View::Week);
        QCOMPARE(s->area.model()->firstDay(), QDate(2026, 11, 16));
        QCOMPARE(s->area.model()->endDay(), QDate(2026, 11, 23));
        s->area.showNext();
        QCOMPARE(s->area.model()->rowCount(), 0);
        s->area.setView(CalendarArea::View::Agenda);
        QCOMPARE(s->area.model()->firstDay(), QDate(2026, 11, 1));
        s->area.showPrevious();
        QCOMPARE(s->area.model()->firstDay(), QDate(2026, 10, 1));
        s->area.setView(CalendarArea::View::Month);
        s->area.showDay(QDate(2026, 11, 3));
        QCOMPARE(s->area.model()->firstDay(), QDate(2026, 10, 26)); // the Monday before the 1st
        QCOMPARE(s->area.model()->endDay(), QDate(2026, 12, 7));
        QVERIFY(s->area.periodLabel()->text().contains(QStringLiteral("2026")));
    }

    void dragInTheMonthViewMovesToAnotherDayAndUndoes()
    {
        auto s = open();
        MonthView *month = s->area.monthView();
        const int row = s->area.model()->rowOf(s->monday);
        const QRect from = month->itemRect(row);
        QVERIFY(!from.isEmpty());
        drag(month->viewport(), from.center(), month->cellRect(QDate(2026, 11, 19)).center());
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-19 10:00"));
        QCOMPARE(s->area.model()->dayOf(s->area.model()->rowOf(s->monday)), QDate(2026, 11, 19));
        QCOMPARE(s->stack.count(), 1);
        s->stack.undo();
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-16 10:00"));
        // Into the next month: December's first days are on the November grid.
        const QRect again = month->itemRect(s->area.model()->rowOf(s->monday));
        drag(month->viewport(), again.center(), month->cellRect(QDate(2026, 12, 2)).center());
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-12-02 10:00"));
        s->stack.undo();
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-16 10:00"));
        // A click without moving is no drag.
        const QRect still = month->itemRect(s->area.model()->rowOf(s->monday));
        QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, still.center());
        QCOMPARE(s->stack.index(), 0);
        QCOMPARE(s->area.selectedIds(), QList<qint64>{s->monday});
    }

    void dragInTheWeekViewChangesTheTimeAndUndoes()
    {
        auto s = open();
        s->area.setView(CalendarArea::View::Week);
        WeekView *week = s->area.weekView();
        week->scrollToTime(QTime(8, 0));
        const QRect from = week->itemRect(s->area.model()->rowOf(s->monday));
        QVERIFY(!from.isEmpty());
        // Grab the block near its top, drop it on Wednesday at 14:00 (+ the same offset).
        const QPoint grab = from.topLeft() + QPoint(10, 4);
        const QPoint target = week->pointOf(QDate(2026, 11, 18), QTime(14, 0)) + QPoint(0, 4);
        drag(week->viewport(), grab, target);
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-18 14:00"));
        s->stack.undo();
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-16 10:00"));
        s->stack.redo();
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-18 14:00"));
    }

    void keysMoveBetweenDaysDeleteAndDuplicate()
    {
        auto s = open();
        MonthView *month = s->area.monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(s->area.currentDay(), QDate(2026, 11, 17));
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(s->area.currentDay(), QDate(2026, 11, 24));
        QTest::keyClick(month, Qt::Key_Left);
        QTest::keyClick(month, Qt::Key_Up);
        QCOMPARE(s->area.currentDay(), QDate(2026, 11, 16));
        // Up from the first week moves the grid to October.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(month, Qt::Key_Up);
        QCOMPARE(s->area.currentDay(), QDate(2026, 10, 26));
        QCOMPARE(s->area.model()->firstDay(), QDate(2026, 9, 28));
        s->area.showDay(QDate(2026, 11, 16));

        QTest::mouseClick(month->viewport(), Qt::LeftButton, {},
                          month->itemRect(s->area.model()->rowOf(s->monday)).center());
        QTest::keyClick(month, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(s->fixture.count("SELECT count(*) FROM content WHERE title = 'Monday post'"), 2);
        const QList<qint64> copy = s->area.selectedIds();
        QCOMPARE(copy.size(), 1);
        QVERIFY(copy.first() != s->monday);
        QTest::keyClick(month, Qt::Key_Delete);
        QCOMPARE(s->fixture.count("SELECT count(*) FROM content WHERE title = 'Monday post'"), 1);
        s->stack.undo();
        QCOMPARE(s->fixture.count("SELECT count(*) FROM content WHERE title = 'Monday post'"), 2);

        // Enter opens the selected item (the dialog is closed again here).
        QTest::mouseClick(month->viewport(), Qt::LeftButton, {},
                          month->itemRect(s->area.model()->rowOf(s->friday)).center());
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            if (auto *dialog =
                    qobject_cast<ContentItemDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->titleEdit()->text() == QStringLiteral("Friday live");
                dialog->reject();
            }
        });
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(opened);
    }

    void doubleClickOnADayPlansAnItemThere()
    {
        auto s = open();
        MonthView *month = s->area.monthView();
        bool accepted = false;
        QTimer::singleShot(0, this, [&accepted] {
            auto *dialog = qobject_cast<ContentItemDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->titleEdit()->setText(QStringLiteral("群公告：本周福利"));
            for (int i = 0; i < dialog->groupList()->count(); ++i)
                dialog->groupList()->item(i)->setCheckState(Qt::Checked);
            accepted = true;
            dialog->accept();
        });
        const QRect cell = month->cellRect(QDate(2026, 11, 25));
        QTest::mouseDClick(month->viewport(), Qt::LeftButton, {},
                           cell.bottomRight() - QPoint(8, 8));
        QVERIFY(accepted);
        QCOMPARE(s->fixture.count("SELECT count(*) FROM content WHERE title = '群公告：本周福利'"),
                 2);
        QCOMPARE(s->fixture.local(s->fixture.count(
                     "SELECT min(scheduled_at) FROM content WHERE title = '群公告：本周福利'")),
                 QStringLiteral("2026-11-25 10:00"));
        s->stack.undo();
        QCOMPARE(s->fixture.count("SELECT count(*) FROM content WHERE title = '群公告：本周福利'"),
                 0);
    }

    void shiftSeveralByDays()
    {
        auto s = open();
        MonthView *month = s->area.monthView();
        month->setSelectedIds({s->monday, s->friday});
        QVERIFY(s->area.shiftSelected(-2));
        QCOMPARE(s->fixture.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-14 10:00"));
        QCOMPARE(s->fixture.local(timeOf(*s, s->friday)), QStringLiteral("2026-11-18 18:30"));
        s->stack.undo();
        QCOMPARE(s->fixture.local(timeOf(*s, s->friday)), QStringLiteral("2026-11-20 18:30"));
    }

    void filtersAreRememberedPerWorkspace()
    {
        auto s = open();
        ContentFilter f;
        f.groupRef = s->groupB;
        f.kind = QStringLiteral("live_stream");
        s->area.setFilter(f);
        QCOMPARE(s->area.model()->rowCount(), 1);
        s->area.setWorkspace(nullptr, nullptr);
        QCOMPARE(s->area.model()->rowCount(), 0);
        s->area.setWorkspace(&s->fixture.ws(), &s->stack);
        s->area.showDay(QDate(2026, 11, 16));
        QCOMPARE(s->area.filter(), f);
        QCOMPARE(s->area.model()->rowCount(), 1);
        // Another workspace starts with every item shown.
        CalendarFixture other;
        other.addContent(QStringLiteral("X"), QStringLiteral("x"), other.at("2026-11-17 09:00"));
        s->area.setWorkspace(&other.ws(), nullptr);
        s->area.showDay(QDate(2026, 11, 16));
        QVERIFY(s->area.filter().isEmpty());
        QCOMPARE(s->area.model()->rowCount(), 1);
        s->area.setWorkspace(nullptr, nullptr);
    }

    void warningsBarCountsOverPushedGroupsAndMembers()
    {
        auto s = open();
        CalendarFixture &f = s->fixture;
        QTRY_VERIFY(!s->area.warningsPending());
        QVERIFY(!s->area.warningLabel()->isVisible());
        const qint64 member = f.addMember(QStringLiteral("M1"), QStringLiteral("一"));
        f.join(s->groupA, member);
        for (const char *t : {"2026-11-16 08:00", "2026-11-16 12:00", "2026-11-16 20:00"})
            f.addContent(QStringLiteral("P%1").arg(f.at(t)), QStringLiteral("more"), f.at(t),
                         QStringLiteral("poster"), s->groupA);
        s->area.refresh();
        QTRY_VERIFY(!s->area.warningsPending());
        QVERIFY(s->area.warningLabel()->isVisible());
        const QString text = s->area.warningLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("福利群 1 on")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 member would be contacted more than 3 times in "
                                              "week 2026-W47")),
                 qPrintable(text));
        QSignalSpy shown(&s->area, &Area::showMembersRequested);
        QMetaObject::invokeMethod(s->area.warningLabel(), "linkActivated",
                                  Q_ARG(QString, QStringLiteral("week:0")));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().value<QList<qint64>>(), QList<qint64>{member});
    }

    void itemDialogComputesRatesAndWarnsAsTheUserTypes()
    {
        auto s = open();
        CalendarFixture &f = s->fixture;
        for (const char *t : {"2026-11-17 08:00", "2026-11-17 12:00", "2026-11-17 20:00"})
            f.addContent(QStringLiteral("P%1").arg(f.at(t)), QStringLiteral("more"), f.at(t),
                         QStringLiteral("poster"), s->groupA);
        auto found = ContentRepository(f.ws()).find({s->monday});
        QVERIFY(found.ok());
        ContentItemDialog dialog(f.ws(), ContentChoices::load(f.ws()), found->front(), false);
        QVERIFY(dialog.ratesLabel()->text().contains(QStringLiteral("—")));
        QVERIFY(!dialog.metricBox(0)->isEnabled());
        dialog.statusBox()->setCurrentIndex(
            dialog.statusBox()->findData(QStringLiteral("published")));
        QVERIFY(dialog.metricBox(0)->isEnabled());
        dialog.metricBox(0)->setValue(200); // reads
        dialog.metricBox(1)->setValue(10);  // likes
        dialog.metricBox(2)->setValue(4);
        dialog.metricBox(3)->setValue(6);
        dialog.metricBox(4)->setValue(30); // clicks
        QCOMPARE(dialog.ratesLabel()->text(),
                 QStringLiteral("Interaction rate 10.0% · Click-through rate 15.0%"));
        dialog.updateWarnings();
        QVERIFY(dialog.warningLabel()->text().isEmpty());
        // Moving it to Tuesday makes four for 福利群 1 that day: warned, not blocked.
        dialog.dateEdit()->setDate(QDate(2026, 11, 17));
        dialog.updateWarnings();
        QVERIFY2(dialog.warningLabel()->text().contains(QStringLiteral("福利群 1 gets 4 pushes")),
                 qPrintable(dialog.warningLabel()->text()));
        const ContentItem edited = dialog.item();
        QCOMPARE(edited.metrics.reads, qint64(200));
        QVERIFY(s->area.editItem(edited));
        QCOMPARE(f.local(timeOf(*s, s->monday)), QStringLiteral("2026-11-17 10:00"));
    }

    void seriesFromTheAreaWithATagAndDeleteKeepingPublished()
    {
        auto s = open();
        CalendarFixture &f = s->fixture;
        ContentSeries series;
        series.title = QStringLiteral("周一打卡");
        series.weekday = 1;
        series.time = QTime(20, 0);
        series.startsOn = QDate(2026, 11, 16);
        series.endsOn = QDate(2026, 11, 29);
        SeriesDialog dialog(f.ws(), ContentChoices::load(f.ws()), series);
        dialog.tagEdit()->setText(QStringLiteral("福利"));
        dialog.groupList()->item(0)->setCheckState(Qt::Checked); // VIP 群
        QVERIFY2(dialog.previewLabel()->text().contains(QStringLiteral("= 4 items")),
                 qPrintable(dialog.previewLabel()->text()));
        const qint64 id = s->area.saveSeries(dialog.series());
        QVERIFY(id > 0);
        QCOMPARE(s->area.model()->rowCount(), 6);
        f.exec("UPDATE content SET status = 'published' WHERE series_ref = ? AND series_day = "
               "'2026-11-16'",
               {id});
        QVERIFY(s->area.deleteSeries(id, true));
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE title = '周一打卡'"), 2);
        s->stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {id}), 4);
    }

    void exportsTheVisibleRangeAndPrintsTheWeek()
    {
        auto s = open();
        const QString path = s->fixture.filePath(QStringLiteral("month.ics"));
        QCOMPARE(s->area.exportIcs(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(!s->area.exportIcs(s->fixture.path()).isEmpty()); // never over the workspace
        const QString html = s->area.weekPlanHtml(QStringLiteral("en"));
        QVERIFY(html.contains(QStringLiteral("content plan, week 2026-W47")));
        QVERIFY(html.contains(QStringLiteral("Monday post")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\" width=\"14%\">Owner</th>")));
        QVERIFY(html.contains(QStringLiteral("VIP 群")));
    }

    // 2,000 items in a month: the model loads them and the month and week views repaint
    // without a stall (they paint from the model, a line or block per item shown).
    void aMonthOf2000ItemsRepaintsQuickly()
    {
        auto s = open();
        CalendarFixture &f = s->fixture;
        {
            Transaction transaction(f.ws());
            QVERIFY(transaction.isActive());
            const qint64 start = f.at("2026-11-01 00:00");
            for (int i = 0; i < 2000; ++i)
                f.addContent(QStringLiteral("M%1").arg(i), QStringLiteral("Post %1").arg(i),
                             start + qint64(i) * 30 * 86400 / 2000, QStringLiteral("poster"),
                             i % 2 ? s->groupA : s->groupB);
            QVERIFY(transaction.commit());
        }
        QElapsedTimer timer;
        timer.start();
        s->area.refresh();
        const qint64 loadMs = timer.elapsed();
        QVERIFY(s->area.model()->rowCount() >= 2000);
        timer.restart();
        for (int i = 0; i < 10; ++i)
            s->area.monthView()->viewport()->repaint();
        const qint64 monthMs = timer.elapsed() / 10;
        s->area.setView(CalendarArea::View::Week);
        timer.restart();
        for (int i = 0; i < 10; ++i)
            s->area.weekView()->viewport()->repaint();
        const qint64 weekMs = timer.elapsed() / 10;
        qInfo("load %lld ms, month repaint %lld ms, week repaint %lld ms", loadMs, monthMs, weekMs);
        QVERIFY2(monthMs < 250 && weekMs < 250, "a repaint stalls");
        QTRY_VERIFY_WITH_TIMEOUT(!s->area.warningsPending(), 30000);
    }

    void grabsTheViews()
    {
        const QString shots = qEnvironmentVariable("SIYU_SHOTS");
        const QString path = qEnvironmentVariable("SIYU_SHOTS_WORKSPACE");
        if (shots.isEmpty() || path.isEmpty())
            QSKIP("Set SIYU_SHOTS to a folder and SIYU_SHOTS_WORKSPACE to a demo workspace");
        // On a copy, with an SOP series planned over the groups tagged 福利 for four weeks.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("shots.siyu"));
        QVERIFY(QFile::copy(path, copy));
        auto opened = Workspace::open(copy, Workspace::OpenMode::MustExist);
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        {
            ContentEditor editor(ws, nullptr);
            ContentSeries series;
            series.title = QStringLiteral("周一福利打卡 · Monday check-in");
            series.kind = QStringLiteral("group_announcement");
            series.owner = QStringLiteral("王芳");
            series.weekday = 1;
            series.time = QTime(20, 0);
            series.startsOn = QDate::currentDate();
            series.endsOn = series.startsOn.addDays(27);
            series.groupTag = QStringLiteral("福利");
            QVERIFY(editor.saveSeries(series) > 0);
            series.id = 0;
            series.title = QStringLiteral("会员日优惠券");
            series.kind = QStringLiteral("coupon_push");
            series.frequency = ContentSeries::Frequency::Monthly;
            series.monthDay = 31;
            series.time = QTime(10, 0);
            series.endsOn = series.startsOn.addDays(90);
            QVERIFY(editor.saveSeries(series) > 0);
        }
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            // The week's plan is written in its own language, switched to unless it is the
            // window's (the preference): here the window's, as the catalogue is not built in.
            prefs::language.set(language);
            language::install(language, QStringLiteral(SIYU_QM_DIR));
            units::Display display = units::Display::current();
            display.zone = ws.timeZone();
            units::Display::setCurrent(display);
            QUndoStack stack;
            CalendarArea area;
            area.resize(1366, 860);
            area.setWorkspace(&ws, &stack);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            area.showToday();
            const char *names[] = {"month", "week", "agenda"};
            for (int view = 0; view < 3; ++view) {
                area.setView(CalendarArea::View(view));
                if (view == 1) { // next week, with the series planned
                    area.showDay(area.currentDay().addDays(7));
                    area.weekView()->scrollToTime(QTime(7, 30));
                }
                QTRY_VERIFY_WITH_TIMEOUT(!area.warningsPending(), 30000);
                QTest::qWait(50);
                QVERIFY(area.grab().save(QStringLiteral("%1/calendar-%2-%3.png")
                                             .arg(shots, QLatin1String(names[view]), language)));
            }
            auto items = ContentRepository(ws).list(0, std::numeric_limits<qint64>::max());
            QVERIFY(items.ok() && !items->empty());
            ContentItemDialog dialog(ws, ContentChoices::load(ws), items->back(), false);
            dialog.show();
            QTest::qWait(50);
            QVERIFY(
                dialog.grab().save(QStringLiteral("%1/calendar-item-%2.png").arg(shots, language)));
            ContentSeries series;
            series.title = QStringLiteral("每周一打卡");
            series.startsOn = QDate::currentDate();
            series.endsOn = series.startsOn.addDays(27);
            series.groupTag = QStringLiteral("福利");
            SeriesDialog seriesDialog(ws, ContentChoices::load(ws), series);
            seriesDialog.show();
            QTest::qWait(50);
            QVERIFY(seriesDialog.grab().save(
                QStringLiteral("%1/calendar-series-%2.png").arg(shots, language)));
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(
                QStringLiteral("%1/calendar-weekplan-%2.pdf").arg(shots, language));
            QTextDocument plan;
            plan.setHtml(area.weekPlanHtml(language));
            plan.print(&printer);
            area.setWorkspace(nullptr, nullptr);
        }
        prefs::language.set(QString());
        language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCalendarArea)
#include "tst_calendararea.moc"
