// SPDX-License-Identifier: GPL-3.0-or-later
// The period rules of DOMAIN.md: a period not ended is "so far" and compared with the same
// elapsed part of the previous one; a period not begun has no KPIs; a month is compared with
// the previous calendar month.
#include "kpifixture.h"

#include "models/kpi/kpiengine.h"
#include "models/kpi/periods.h"
#include "models/kpi/reportdata.h"

#include <vector>

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

namespace {

struct Paid
{
    qint64 t;
    qint64 cents;
};

// Orders every day of 2026-W47 and 2026-W48 at 09:00, 15:30 and 22:00, each of its own amount;
// and orders on the last days of January and in February 2026, for the months.
std::vector<Paid> fill(KpiFixture &f)
{
    std::vector<Paid> paid;
    const qint64 a = f.member("2026-01-05");
    qint64 cents = 100;
    const auto add = [&](const QDate &day, const char *time) {
        const QByteArray text = day.toString(Qt::ISODate).toLatin1() + ' ' + time;
        const qint64 t = f.at(text.constData());
        f.orderAt(a, cents, t);
        paid.push_back({t, cents});
        cents += 7;
    };
    for (QDate day(2026, 11, 16); day < QDate(2026, 11, 30); day = day.addDays(1))
        for (const char *time : {"09:00", "15:30", "22:00"})
            add(day, time);
    for (QDate day(2026, 1, 28); day < QDate(2026, 3, 3); day = day.addDays(1))
        add(day, "12:00");
    return paid;
}

// GMV of [from, to), counted here from what was written, without the engine.
double gmvOf(const std::vector<Paid> &paid, qint64 from, qint64 to)
{
    qint64 cents = 0;
    for (const Paid &p : paid)
        if (p.t >= from && p.t < to)
            cents += p.cents;
    return double(cents) / 100.0;
}

} // namespace

class TestPeriods : public QObject
{
    Q_OBJECT

private slots:
    void partialWeekIsComparedLikeForLike_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("previousCut");
        for (const char *zone : {"UTC", "Asia/Shanghai", "America/New_York"}) {
            const auto row = [&](const char *now, const char *cut) {
                QTest::addRow("%s %s", zone, now)
                    << QString::fromLatin1(zone) << QString::fromLatin1(now)
                    << QString::fromLatin1(cut);
            };
            row("2026-11-23 00:00", "2026-11-16 00:00"); // the very start: nothing yet
            row("2026-11-23 09:00", "2026-11-16 09:00"); // the first order not yet counted
            row("2026-11-26 15:00", "2026-11-19 15:00"); // Thursday 15:00
            row("2026-11-26 15:30", "2026-11-19 15:30");
            row("2026-11-29 21:00", "2026-11-22 21:00"); // before the last order
            row("2026-11-29 23:59", "2026-11-22 23:59"); // a minute before the end
        }
    }

    void partialWeekIsComparedLikeForLike()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, previousCut);
        KpiFixture f(zone);
        const std::vector<Paid> paid = fill(f);
        const Period week = f.week("2026-W48");
        const qint64 at = f.at(now.toLatin1().constData());
        auto comparison = comparePeriod(week, at, f.zone());
        QVERIFY(comparison.ok());
        QVERIFY(comparison->soFar);
        QCOMPARE(comparison->current.from, week.from);
        QCOMPARE(comparison->current.to, at);
        QCOMPARE(comparison->previous.from, f.week("2026-W47").from);
        QCOMPARE(comparison->previous.to, f.at(previousCut.toLatin1().constData()));
        // Still the week: its name and its targets are the week's.
        QCOMPARE(comparison->current.firstDay, week.firstDay);
        QCOMPARE(comparison->current.endDay, week.endDay);

        auto both = KpiEngine(f.ws()).compare(*comparison);
        QVERIFY(both.ok());
        const qint64 previousFrom = f.week("2026-W47").from;
        const qint64 previousTo = f.at(previousCut.toLatin1().constData());
        QCOMPARE(both->first.value(Metric::Gmv).value_or(-1), gmvOf(paid, week.from, at));
        QCOMPARE(both->second.value(Metric::Gmv).value_or(-1),
                 gmvOf(paid, previousFrom, previousTo));
        // Never the whole previous week (its last order is on Sunday at 22:00).
        if (now < QLatin1String("2026-11-29 22:00"))
            QVERIFY(both->second.value(Metric::Gmv).value_or(-1) <
                    gmvOf(paid, previousFrom, week.from));

        // The weekly report says the same.
        auto request = weekRequest(f.ws(), QStringLiteral("2026-W48"), at);
        QVERIFY(request.ok());
        auto data = buildReportData(f.ws(), *request);
        QVERIFY2(data.ok(), data ? "" : qPrintable(data.error().toString()));
        QVERIFY(data->soFar);
        QCOMPARE(data->asOf, at);
        QCOMPARE(data->previous.to, previousTo);
        QCOMPARE(data->row(Metric::Gmv).current.value_or(-1), gmvOf(paid, week.from, at));
        QCOMPARE(data->row(Metric::Gmv).previous.value_or(-1),
                 gmvOf(paid, previousFrom, previousTo));
    }

    void endedWeekIsWhole()
    {
        KpiFixture f;
        const std::vector<Paid> paid = fill(f);
        const Period week = f.week("2026-W48");
        for (const char *now : {"2026-11-30 00:00", "2027-05-01 10:00"}) {
            auto comparison = comparePeriod(week, f.at(now), f.zone());
            QVERIFY(comparison.ok());
            QVERIFY(!comparison->soFar);
            QCOMPARE(comparison->current.to, week.to);
            QCOMPARE(comparison->previous.to, week.from);
            auto request = weekRequest(f.ws(), QStringLiteral("2026-W48"), f.at(now));
            QVERIFY(request.ok());
            auto data = buildReportData(f.ws(), *request);
            QVERIFY(data.ok());
            QVERIFY(!data->soFar);
            QCOMPARE(data->row(Metric::Gmv).current.value_or(-1), gmvOf(paid, week.from, week.to));
            QCOMPARE(data->row(Metric::Gmv).previous.value_or(-1),
                     gmvOf(paid, f.week("2026-W47").from, week.from));
        }
    }

    void futureWeekHasNoKpis()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        fill(f);
        const Period week = f.week("2026-W49");
        for (const char *now : {"2026-11-26 15:00", "2026-11-30 00:00"}) {
            const qint64 t = f.at(now) - (QByteArray(now).endsWith("00:00") ? 1 : 0);
            QVERIFY(!comparePeriod(week, t, f.zone()).ok());
            QVERIFY(!weekRequest(f.ws(), QStringLiteral("2026-W49"), t).ok());
        }
        // Begun at its first second.
        QVERIFY(comparePeriod(week, week.from, f.zone()).ok());
    }

    void monthIsComparedWithThePreviousCalendarMonth()
    {
        KpiFixture f;
        const std::vector<Paid> paid = fill(f);
        const Period march = f.days(QDate(2026, 3, 1), QDate(2026, 4, 1));
        const Period february = f.days(QDate(2026, 2, 1), QDate(2026, 3, 1));
        const Period before = previousPeriod(march, f.zone());
        QCOMPARE(before.from, february.from);
        QCOMPARE(before.to, february.to);
        QCOMPARE(before.firstDay, QDate(2026, 2, 1));
        QCOMPARE(before.endDay, QDate(2026, 3, 1));
        // The engine's previous period is February, not 31 days ending with it.
        auto both = KpiEngine(f.ws()).computeWithPrevious(march);
        QVERIFY(both.ok());
        QCOMPARE(both->second.period.from, february.from);
        QCOMPARE(both->second.value(Metric::Gmv).value_or(-1),
                 gmvOf(paid, february.from, february.to));
        QVERIFY(gmvOf(paid, february.from, february.to) !=
                gmvOf(paid, f.at("2026-01-29 00:00"), february.to));
        // A month so far past the length of the month before: all of that month.
        auto soFar = comparePeriod(march, f.at("2026-03-30 12:00"), f.zone());
        QVERIFY(soFar.ok());
        QVERIFY(soFar->soFar);
        QCOMPARE(soFar->previous.from, february.from);
        QCOMPARE(soFar->previous.to, february.to);
        // ... and within it, the same day and time.
        soFar = comparePeriod(march, f.at("2026-03-02 08:00"), f.zone());
        QVERIFY(soFar.ok());
        QCOMPARE(soFar->previous.to, f.at("2026-02-02 08:00"));
        // January against December, across the year.
        const Period january = f.days(QDate(2026, 1, 1), QDate(2026, 2, 1));
        QCOMPARE(previousPeriod(january, f.zone()).firstDay, QDate(2025, 12, 1));
    }

    void lastCompleteWeekIsTheOneBefore()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        QCOMPARE(lastCompleteWeek(f.at("2026-11-26 15:00"), f.zone()).firstDay,
                 QDate(2026, 11, 16));
        QCOMPARE(lastCompleteWeek(f.at("2026-11-23 00:00"), f.zone()).firstDay,
                 QDate(2026, 11, 16));
        QCOMPARE(lastCompleteWeek(f.at("2026-11-22 23:59"), f.zone()).firstDay, QDate(2026, 11, 9));
        QCOMPARE(lastCompleteWeek(f.at("2026-11-22 23:59"), f.zone()).endDay, QDate(2026, 11, 16));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
