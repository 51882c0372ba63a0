// SPDX-License-Identifier: GPL-3.0-or-later
// SOP series: occurrences (weekly, monthly, month ends, daylight saving), the items they
// generate, editing a series, one occurrence edited or skipped, deleting a series.
#include "calendarfixture.h"

#include "models/calendar/contentrepository.h"
#include "models/calendar/contentseries.h"
#include "models/items/contentcommands.h"

#include <QUndoStack>

using namespace siyu;
using namespace siyu::test;

namespace {

QString utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

ContentSeries weekly(int weekday, QTime time, QDate from, QDate to)
{
    ContentSeries s;
    s.title = QStringLiteral("每周打卡");
    s.kind = QStringLiteral("group_announcement");
    s.weekday = weekday;
    s.time = time;
    s.startsOn = from;
    s.endsOn = to;
    return s;
}

} // namespace

class TestContentSeries : public QObject
{
    Q_OBJECT

private slots:
    void weeklyStartsOnTheFirstMatchingWeekday()
    {
        const ContentSeries s = weekly(1, QTime(20, 0), QDate(2026, 11, 18), QDate(2026, 12, 7));
        QCOMPARE(series::occurrenceDays(s),
                 (QList<QDate>{QDate(2026, 11, 23), QDate(2026, 11, 30), QDate(2026, 12, 7)}));
        // Both ends are included; an empty span has none.
        QCOMPARE(
            series::occurrenceDays(weekly(3, {}, QDate(2026, 11, 18), QDate(2026, 11, 18))).size(),
            1);
        QVERIFY(series::occurrenceDays(weekly(1, {}, QDate(2026, 11, 18), QDate(2026, 11, 17)))
                    .isEmpty());
    }

    void monthlyClampsToTheMonthsLastDay()
    {
        ContentSeries s = weekly(1, QTime(10, 0), QDate(2026, 1, 1), QDate(2026, 6, 30));
        s.frequency = ContentSeries::Frequency::Monthly;
        s.monthDay = 31;
        QCOMPARE(series::occurrenceDays(s),
                 (QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31),
                               QDate(2026, 4, 30), QDate(2026, 5, 31), QDate(2026, 6, 30)}));
        s.monthDay = 30;
        s.startsOn = QDate(2028, 2, 1); // a leap year
        s.endsOn = QDate(2028, 3, 31);
        QCOMPARE(series::occurrenceDays(s), (QList<QDate>{QDate(2028, 2, 29), QDate(2028, 3, 30)}));
        s.monthDay = 1; // the first day itself counts
        s.startsOn = QDate(2026, 11, 1);
        s.endsOn = QDate(2026, 12, 1);
        QCOMPARE(series::occurrenceDays(s), (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 12, 1)}));
    }

    void localTimeIsKeptAcrossDaylightSaving()
    {
        const QTimeZone berlin("Europe/Berlin");
        // Summer time ends on Sunday 25 October 2026: 20:00 is 18:00 UTC before, 19:00 after.
        const auto autumn = series::occurrences(
            weekly(7, QTime(20, 0), QDate(2026, 10, 18), QDate(2026, 11, 1)), berlin);
        QCOMPARE(autumn.size(), size_t(3));
        QCOMPARE(utc(autumn[0].at), QStringLiteral("2026-10-18T18:00:00Z"));
        QCOMPARE(utc(autumn[1].at), QStringLiteral("2026-10-25T19:00:00Z"));
        QCOMPARE(utc(autumn[2].at), QStringLiteral("2026-11-01T19:00:00Z"));
        // It begins on Sunday 29 March 2026.
        const auto spring = series::occurrences(
            weekly(7, QTime(20, 0), QDate(2026, 3, 22), QDate(2026, 3, 29)), berlin);
        QCOMPARE(utc(spring[0].at), QStringLiteral("2026-03-22T19:00:00Z"));
        QCOMPARE(utc(spring[1].at), QStringLiteral("2026-03-29T18:00:00Z"));
        // 02:30 does not exist that night; the item goes out right after the gap, at 03:30.
        const qint64 skipped = series::localInstant(QDate(2026, 3, 29), QTime(2, 30), berlin);
        QCOMPARE(utc(skipped), QStringLiteral("2026-03-29T01:30:00Z"));
    }

    void generatesOneItemPerGroupAndOccurrence()
    {
        CalendarFixture f("Europe/Berlin");
        const qint64 welfare = f.addGroup(QStringLiteral("G1"), QStringLiteral("会员福利群 1"));
        const qint64 vip =
            f.addGroup(QStringLiteral("G2"), QStringLiteral("VIP 群"), QStringLiteral("会员服务"));
        const qint64 themed =
            f.addGroup(QStringLiteral("G3"), QStringLiteral("Club"), QStringLiteral("福利发放"));
        f.addGroup(QStringLiteral("G4"), QStringLiteral("闲聊群"));
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        ContentSeries s = weekly(1, QTime(20, 0), QDate(2026, 10, 19), QDate(2026, 11, 2));
        s.groupTag = QStringLiteral("福利");
        s.groupRefs = {vip};
        const qint64 id = editor.saveSeries(s);
        QVERIFY(id > 0);
        // Mondays 19 Oct, 26 Oct (after the change to winter time) and 2 Nov, for three groups.
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {id}), 9);
        QCOMPARE(
            f.count("SELECT count(DISTINCT group_ref) FROM content WHERE series_ref = ?", {id}), 3);
        QCOMPARE(
            f.count("SELECT count(*) FROM content WHERE series_ref = ? AND group_ref IN (?,?,?)",
                    {id, welfare, vip, themed}),
            9);
        auto q = sql::run(f.ws().db(),
                          QStringLiteral("SELECT DISTINCT scheduled_at FROM content WHERE "
                                         "series_ref = ? ORDER BY 1"),
                          {id});
        QVERIFY(q.ok());
        QStringList times;
        while (q->next())
            times << f.local(q->value(0).toLongLong());
        QCOMPARE(times, (QStringList{QStringLiteral("2026-10-19 20:00"),
                                     QStringLiteral("2026-10-26 20:00"),
                                     QStringLiteral("2026-11-02 20:00")}));
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ? AND status = "
                         "'scheduled' AND kind = 'group_announcement'",
                         {id}),
                 9);
        stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM content_series"), 0);
        stack.redo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {id}), 9);
    }

    void editingTheSeriesSparesPublishedEditedAndSkippedOccurrences()
    {
        CalendarFixture f;
        const qint64 a = f.addGroup(QStringLiteral("G1"), QStringLiteral("A"));
        const qint64 b = f.addGroup(QStringLiteral("G2"), QStringLiteral("B"));
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        ContentSeries s = weekly(1, QTime(20, 0), QDate(2026, 11, 16), QDate(2026, 11, 30));
        s.groupRefs = {a, b};
        s.id = editor.saveSeries(s);
        QVERIFY(s.id > 0);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {s.id}), 6);
        const auto itemOf = [&](qint64 group, const char *day) {
            return f.count("SELECT id FROM content WHERE series_ref = ? AND group_ref = ? AND "
                           "series_day = ?",
                           {s.id, group, QString::fromLatin1(day)});
        };
        const qint64 published = itemOf(a, "2026-11-16");
        const qint64 edited = itemOf(a, "2026-11-23");
        const qint64 skipped = itemOf(b, "2026-11-23");
        const qint64 plain = itemOf(b, "2026-11-30");
        f.exec("UPDATE content SET status = 'published', reads = 50 WHERE id = ?", {published});
        auto found = ContentRepository(f.ws()).find({edited});
        QVERIFY(found && found->size() == 1);
        ContentItem one = found->front();
        one.title = QStringLiteral("特别版打卡");
        QVERIFY(editor.update(one));
        QCOMPARE(f.count("SELECT series_detached FROM content WHERE id = ?", {edited}), 1);
        QVERIFY(editor.remove({skipped}));
        QCOMPARE(f.count("SELECT count(*) FROM content_series_skips WHERE series_ref = ?", {s.id}),
                 1);

        s.title = QStringLiteral("每周打卡 v2");
        s.time = QTime(21, 0);
        QVERIFY(editor.saveSeries(s) == s.id);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {s.id}), 5);
        QCOMPARE(f.scalar("SELECT title FROM content WHERE id = ?", {published}).toString(),
                 QStringLiteral("每周打卡"));
        QCOMPARE(f.local(f.count("SELECT scheduled_at FROM content WHERE id = ?", {published})),
                 QStringLiteral("2026-11-16 20:00"));
        QCOMPARE(f.scalar("SELECT title FROM content WHERE id = ?", {edited}).toString(),
                 QStringLiteral("特别版打卡"));
        QCOMPARE(f.scalar("SELECT title FROM content WHERE id = ?", {plain}).toString(),
                 QStringLiteral("每周打卡 v2"));
        QCOMPARE(f.local(f.count("SELECT scheduled_at FROM content WHERE id = ?", {plain})),
                 QStringLiteral("2026-11-30 21:00"));
        QCOMPARE(itemOf(b, "2026-11-23"), 0); // still skipped

        // Another weekday: the Monday items not published nor edited go, Tuesdays come (the
        // 17th and 24th; 1 December is past the horizon): 2 × 2 new and the 2 kept.
        s.weekday = 2;
        QVERIFY(editor.saveSeries(s) == s.id);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {s.id}), 6);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE id = ?", {plain}), 0);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ? AND series_day LIKE "
                         "'2026-11-1_' AND group_ref = ?",
                         {s.id, b}),
                 1); // Tuesday 17th

        // Undoing the three series edits and the skip puts the series back as first planned.
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {s.id}), 6);
        QCOMPARE(f.count("SELECT count(*) FROM content_series_skips"), 0);
    }

    void deletingTheSeriesKeepsItsPublishedItemsWhenAsked()
    {
        CalendarFixture f;
        const qint64 a = f.addGroup(QStringLiteral("G1"), QStringLiteral("A"));
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        ContentSeries s = weekly(5, QTime(12, 0), QDate(2026, 11, 16), QDate(2026, 12, 6));
        s.frequency = ContentSeries::Frequency::Monthly;
        s.monthDay = 31;
        s.groupRefs = {a};
        s.startsOn = QDate(2026, 10, 1);
        s.endsOn = QDate(2026, 12, 31);
        const qint64 id = editor.saveSeries(s);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {id}), 3);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_day = '2026-11-30'"), 1);
        f.exec("UPDATE content SET status = 'published' WHERE series_day = '2026-10-31'");
        QVERIFY(editor.removeSeries(id, true));
        QCOMPARE(f.count("SELECT count(*) FROM content_series"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM content"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref IS NULL AND status = "
                         "'published'"),
                 1);
        stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE series_ref = ?", {id}), 3);
        QVERIFY(editor.removeSeries(id, false));
        QCOMPARE(f.count("SELECT count(*) FROM content"), 0);
    }
};

QTEST_GUILESS_MAIN(TestContentSeries)
#include "tst_contentseries.moc"
