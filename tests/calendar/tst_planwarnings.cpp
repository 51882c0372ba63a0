// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's warnings on fixtures whose answers are counted by hand: pushes per group and
// day over the limit, members over the weekly contact cap, and gap days.
#include "calendarfixture.h"

#include "models/calendar/planwarnings.h"

using namespace siyu;
using namespace siyu::test;

class TestPlanWarnings : public QObject
{
    Q_OBJECT

private slots:
    void pushesOverTheLimitPerGroupAndLocalDay()
    {
        CalendarFixture f; // Asia/Shanghai: the local day is not the UTC day
        const qint64 a = f.addGroup(QStringLiteral("G1"), QStringLiteral("A"));
        const qint64 b = f.addGroup(QStringLiteral("G2"), QStringLiteral("B"));
        QCOMPARE(settings::pushesPerGroupPerDay.get(f.ws()), 3);
        // A: four on Monday 16 November, local time (00:00 and 23:30 included), one the day
        // before at 23:59. B: three on Monday — at the limit, not over it.
        qint64 moved = 0;
        for (const char *t : {"2026-11-16 00:00", "2026-11-16 08:00", "2026-11-16 12:00"})
            moved = f.addContent(QStringLiteral("A%1").arg(f.at(t)), QStringLiteral("a"), f.at(t),
                                 QStringLiteral("article"), a);
        f.addContent(QStringLiteral("A4"), QStringLiteral("a"), f.at("2026-11-16 23:30"),
                     QStringLiteral("poster"), a, QStringLiteral("idea"));
        f.addContent(QStringLiteral("A0"), QStringLiteral("a"), f.at("2026-11-15 23:59"),
                     QStringLiteral("article"), a);
        for (const char *t : {"2026-11-16 09:00", "2026-11-16 10:00", "2026-11-16 11:00"})
            f.addContent(QStringLiteral("B%1").arg(f.at(t)), QStringLiteral("b"), f.at(t),
                         QStringLiteral("article"), b);
        f.addContent(QStringLiteral("N"), QStringLiteral("no group"), f.at("2026-11-16 09:00"));

        auto over =
            planwarnings::pushOverloads(f.ws(), QDate(2026, 11, 15), QDate(2026, 11, 23), 3);
        QVERIFY(over.ok());
        QCOMPARE(over->size(), size_t(1));
        QCOMPARE(over->front().groupRef, a);
        QCOMPARE(over->front().groupName, QStringLiteral("A"));
        QCOMPARE(over->front().day, QDate(2026, 11, 16));
        QCOMPARE(over->front().pushes, 4);

        // While typing: a new item for B that day puts B over too…
        ContentItem pending;
        pending.groupRef = b;
        pending.scheduledAt = f.at("2026-11-16 18:00");
        over = planwarnings::pushOverloads(f.ws(), QDate(2026, 11, 16), QDate(2026, 11, 17), 3,
                                           pending);
        QCOMPARE(over->size(), size_t(2));
        QCOMPARE(over->at(1).groupRef, b);
        QCOMPARE(over->at(1).pushes, 4);
        // …and one of A's moved to Tuesday brings A back to the limit.
        pending.id = moved;
        pending.groupRef = a;
        pending.scheduledAt = f.at("2026-11-17 12:00");
        over = planwarnings::pushOverloads(f.ws(), QDate(2026, 11, 16), QDate(2026, 11, 18), 3,
                                           pending);
        QVERIFY(over->empty());
        over = planwarnings::pushOverloads(f.ws(), QDate(2026, 11, 16), QDate(2026, 11, 17), 2);
        QCOMPARE(over->size(), size_t(2));
    }

    void membersOverTheWeeklyContactCap()
    {
        CalendarFixture f;
        QCOMPARE(settings::weeklyContactCap.get(f.ws()), 3);
        const qint64 a = f.addGroup(QStringLiteral("G1"), QStringLiteral("A"));
        const qint64 b = f.addGroup(QStringLiteral("G2"), QStringLiteral("B"));
        const qint64 m1 = f.addMember(QStringLiteral("M1"), QStringLiteral("一"));
        const qint64 m2 = f.addMember(QStringLiteral("M2"), QStringLiteral("二"));
        const qint64 m3 = f.addMember(QStringLiteral("M3"), QStringLiteral("三"));
        const qint64 m4 = f.addMember(QStringLiteral("M4"), QStringLiteral("四"));
        const qint64 m5 = f.addMember(QStringLiteral("M5"), QStringLiteral("五"));
        f.exec("UPDATE members SET deleted_at = 1 WHERE id = ?", {m5});
        f.join(a, m1);
        f.join(a, m1, f.at("2026-11-01 00:00")); // in A twice: still reached once per item
        f.join(a, m2);
        f.join(b, m2);
        f.join(b, m3, f.at("2026-11-18 12:00"));    // joins on Wednesday at noon
        f.join(b, m4, 0, f.at("2026-11-17 00:00")); // leaves on Tuesday
        f.join(a, m5);
        f.join(b, m5);
        // The week of Monday 16 November: A twice, B three times; B once the week after.
        f.addContent(QStringLiteral("A1"), QStringLiteral("a"), f.at("2026-11-16 10:00"),
                     QStringLiteral("article"), a, QStringLiteral("published"));
        f.addContent(QStringLiteral("A2"), QStringLiteral("a"), f.at("2026-11-17 10:00"),
                     QStringLiteral("article"), a, QStringLiteral("draft"));
        f.addContent(QStringLiteral("B1"), QStringLiteral("b"), f.at("2026-11-16 11:00"),
                     QStringLiteral("article"), b);
        f.addContent(QStringLiteral("B2"), QStringLiteral("b"), f.at("2026-11-18 10:00"),
                     QStringLiteral("article"), b);
        f.addContent(QStringLiteral("B3"), QStringLiteral("b"), f.at("2026-11-19 10:00"),
                     QStringLiteral("article"), b);
        f.addContent(QStringLiteral("B4"), QStringLiteral("b"), f.at("2026-11-23 10:00"),
                     QStringLiteral("article"), b);
        // By hand: M1 2, M2 2 + 3 = 5, M3 1 (B3 only), M4 1 (B1 only), M5 deleted.
        auto over = planwarnings::contactOverload(f.ws(), QDate(2026, 11, 16), 3);
        QVERIFY(over.ok());
        QCOMPARE(over->cap, 3);
        QCOMPARE(over->members.size(), size_t(1));
        QCOMPARE(over->members[0].memberRef, m2);
        QCOMPARE(over->members[0].memberId, QStringLiteral("M2"));
        QCOMPARE(over->members[0].contacts, 5);

        // A third item for A, still being typed: M1 reaches 3 (at the cap), M2 6.
        ContentItem pending;
        pending.groupRef = a;
        pending.scheduledAt = f.at("2026-11-20 10:00");
        over = planwarnings::contactOverload(f.ws(), QDate(2026, 11, 16), 3, pending);
        QCOMPARE(over->members.size(), size_t(1));
        QCOMPARE(over->members[0].contacts, 6);
        over = planwarnings::contactOverload(f.ws(), QDate(2026, 11, 16), 2, pending);
        QCOMPARE(over->members.size(), size_t(2));
        QCOMPARE(over->members[1].memberRef, m1);
        QCOMPARE(over->members[1].contacts, 3);
        // The week after: M2 and M3 once each.
        over = planwarnings::contactOverload(f.ws(), QDate(2026, 11, 23), 0);
        QCOMPARE(over->members.size(), size_t(2));
        QCOMPARE(over->members[0].memberRef, m2);
        QCOMPARE(over->members[1].memberRef, m3);
        Q_UNUSED(m4);
    }

    void gapDaysOfGroupsThatUsuallyGetPosts()
    {
        CalendarFixture f;
        const qint64 a = f.addGroup(QStringLiteral("G1"), QStringLiteral("A"));
        const qint64 b = f.addGroup(QStringLiteral("G2"), QStringLiteral("B"));
        // A on Mondays in three of the four weeks before 16 November; B on two Tuesdays.
        for (const char *t :
             {"2026-10-19 20:00", "2026-10-26 20:00", "2026-11-09 20:00", "2026-11-16 20:00"})
            f.addContent(QStringLiteral("A%1").arg(f.at(t)), QStringLiteral("a"), f.at(t),
                         QStringLiteral("article"), a);
        for (const char *t : {"2026-10-20 20:00", "2026-11-10 20:00"})
            f.addContent(QStringLiteral("B%1").arg(f.at(t)), QStringLiteral("b"), f.at(t),
                         QStringLiteral("article"), b);
        auto gaps = planwarnings::gapDays(f.ws(), QDate(2026, 11, 16), QDate(2026, 11, 30));
        QVERIFY(gaps.ok());
        QCOMPARE(gaps->size(), size_t(1));
        QCOMPARE(gaps->front().groupRef, a);
        QCOMPARE(gaps->front().groupName, QStringLiteral("A"));
        QCOMPARE(gaps->front().day, QDate(2026, 11, 23));
    }
};

QTEST_GUILESS_MAIN(TestPlanWarnings)
#include "tst_planwarnings.moc"
