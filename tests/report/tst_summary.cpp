// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report's summary as plain data: the sentences built from the numbers, which
// changes matter most, the week and its comparison in words; and the shared platform names.
#include "models/common/platforms.h"
#include "models/common/timeutil.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/summary.h"

#include <QDateTime>
#include <QTest>

using namespace siyu;
using kpi::Metric;

namespace {

const QTimeZone shanghai("Asia/Shanghai");

// A report of 2026-W47 against W46 with every KPI not defined, to be filled by the test.
kpi::ReportData emptyWeek()
{
    kpi::ReportData data;
    data.brandName = QStringLiteral("Qingyou");
    data.currency = QStringLiteral("CNY");
    data.zone = shanghai;
    data.periodName = QStringLiteral("2026-W47");
    const QDate monday = timeutil::mondayOfIsoWeek(2026, 47);
    data.period = timeutil::periodOfDays(monday, monday.addDays(7), shanghai);
    data.previous = timeutil::periodOfDays(monday.addDays(-7), monday, shanghai);
    for (const kpi::MetricInfo &m : kpi::metrics())
        data.kpis.push_back({m.metric, std::nullopt, std::nullopt, std::nullopt, {}});
    return data;
}

void set(kpi::ReportData &data, Metric metric, std::optional<double> previous,
         std::optional<double> current)
{
    data.kpis.at(size_t(metric)).previous = previous;
    data.kpis.at(size_t(metric)).current = current;
}

kpi::KpiRow row(Metric metric, std::optional<double> previous, std::optional<double> current)
{
    return {metric, current, previous, std::nullopt, {}};
}

units::Display english()
{
    return kpi::reportDisplay(emptyWeek(), QStringLiteral("en"));
}

units::Display chinese()
{
    return kpi::reportDisplay(emptyWeek(), QStringLiteral("zh_CN"));
}

QStringList texts(const std::vector<kpi::KeyChange> &changes)
{
    QStringList out;
    for (const kpi::KeyChange &change : changes)
        out << change.text;
    return out;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private slots:
    void sentencesFromTheNumbers_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("current");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money rose") << int(Metric::Gmv) << 288724.0 << 312400.0
                                    << QStringLiteral("GMV rose 8.2% to ¥312,400.00.");
        QTest::newRow("count fell") << int(Metric::ActiveMembers) << 1300.0 << 1204.0
                                    << QStringLiteral("Active members fell 7.4% to 1,204.");
        QTest::newRow("rate in points")
            << int(Metric::ActivityRate) << 0.254 << 0.241
            << QStringLiteral("Activity rate fell 1.3 percentage points to 24.1%.");
        // 2.5% -> 2.4% is not "0.0 points".
        QTest::newRow("small rate change")
            << int(Metric::ChurnRate) << 0.025 << 0.0249
            << QStringLiteral("Churn rate fell 0.01 percentage points to 2.5%.");
        QTest::newRow("from nothing")
            << int(Metric::Buyers) << 0.0 << 5.0 << QStringLiteral("Buyers rose from 0 to 5.");
        QTest::newRow("held") << int(Metric::Orders) << 12.0 << 12.0
                              << QStringLiteral("Orders held at 12.");
    }
    void sentencesFromTheNumbers()
    {
        QFETCH(int, metric);
        QFETCH(double, previous);
        QFETCH(double, current);
        QFETCH(QString, expected);
        QCOMPARE(kpi::changeSentence(row(Metric(metric), previous, current), english()), expected);
    }

    void undefinedValuesMakeNoSentence()
    {
        QVERIFY(kpi::changeSentence(row(Metric::Gmv, std::nullopt, 10.0), english()).isEmpty());
        QVERIFY(kpi::changeSentence(row(Metric::Gmv, 10.0, std::nullopt), english()).isEmpty());
        QVERIFY(
            kpi::changeSentence(row(Metric::Roi, std::nullopt, std::nullopt), english()).isEmpty());
        kpi::ScoreLine unscored{Metric::Gmv, 100, 1, std::nullopt, std::nullopt};
        QVERIFY(kpi::targetSentence(unscored, english()).isEmpty());
    }

    void moneyInTheWorkspaceCurrency()
    {
        kpi::ReportData data = emptyWeek();
        data.currency = QStringLiteral("USD");
        const units::Display display = kpi::reportDisplay(data, QStringLiteral("en"));
        QCOMPARE(kpi::changeSentence(row(Metric::Aov, 40.0, 50.0), display),
                 QStringLiteral("Average order value rose 25.0% to $50.00."));
    }

    void targetMissed()
    {
        const kpi::ScoreLine line{Metric::Gmv, 350000, 2, 312400.0, 312400.0 / 350000};
        QCOMPARE(kpi::targetSentence(line, english()),
                 QStringLiteral("GMV missed its target: ¥312,400.00 against ¥350,000.00."));
        const kpi::ScoreLine met{Metric::Gmv, 300000, 2, 312400.0, 1.04};
        QVERIFY(kpi::targetSentence(met, english()).isEmpty());
    }

    void scorecardTally()
    {
        kpi::Scorecard card;
        card.lines = {{Metric::Gmv, 100, 1, 120.0, 1.2},
                      {Metric::NewMembers, 10, 1, 10.0, 1.0},
                      {Metric::Buyers, 10, 1, 5.0, 0.5},
                      {Metric::Roi, 1, 1, std::nullopt, std::nullopt}};
        card.total = 90;
        const kpi::ScorecardTally t = kpi::tally(card);
        QCOMPARE(t.onTarget, 2);
        QCOMPARE(t.belowTarget, 1);
        QCOMPARE(t.notScored, 1);
        QCOMPARE(kpi::scorecardSentence(card),
                 QStringLiteral("Scorecard 90 / 100: 2 of 4 KPIs on or above target, 1 below, 1 "
                                "not scored."));
        QVERIFY(kpi::scorecardSentence(kpi::Scorecard{}).isEmpty());
    }

    // Misses against target first, then the members at risk, then the largest changes weighted
    // by importance; each story once; never more than five.
    void whatMattersMost()
    {
        kpi::ReportData data = emptyWeek();
        set(data, Metric::Gmv, 300000, 312000);      // +4%, x3
        set(data, Metric::ContentLikes, 100, 130);   // +30%, x0.5
        set(data, Metric::ActiveMembers, 1000, 800); // -20%, x2.5
        set(data, Metric::ActivityRate, 0.25, 0.20); // same story as active members
        set(data, Metric::NewMembers, 100, 110);     // +10%, x2
        set(data, Metric::Orders, 500, 501);         // 0.2%: not news
        set(data, Metric::Roi, std::nullopt, 2.0);   // not defined last week
        set(data, Metric::Satisfaction, 4.0, 4.0);   // held
        set(data, Metric::Cac, 40, 0);               // nothing spent
        data.scorecard.lines = {{Metric::Buyers, 100, 1, 60.0, 0.6}};
        data.scan.churn.count = 1204;
        data.scan.churn.earlierWeeks = 8;
        const auto changes = kpi::keyChanges(data, english());
        QCOMPARE(texts(changes),
                 (QStringList{
                     QStringLiteral("Buyers missed its target: 60 against 100."),
                     QStringLiteral("1,204 members are at risk of churning: their activity fell "
                                    "to a quarter of their usual level or less."),
                     QStringLiteral("Active members fell 20.0% to 800."),
                     QStringLiteral("New members rose 10.0% to 110."),
                     QStringLiteral("Content likes rose 30.0% to 130."),
                 }));
        QVERIFY(changes.front().missesTarget);
        QVERIFY(changes[1].churnRisk);
        // The same data gives the same summary.
        QCOMPARE(texts(kpi::keyChanges(data, english())), texts(changes));
        QCOMPARE(kpi::keyChanges(data, english(), 3).size(), size_t(3));
    }

    // A quiet week still says something: the most important KPIs that held steady.
    void aQuietWeekFillsUpToThree()
    {
        kpi::ReportData data = emptyWeek();
        set(data, Metric::Gmv, 1000, 1001);
        set(data, Metric::NewMembers, 10, 10);
        set(data, Metric::ContentReads, 500, 500);
        set(data, Metric::Ltv, 80, 80);
        QCOMPARE(texts(kpi::keyChanges(data, english())),
                 (QStringList{QStringLiteral("GMV rose 0.1% to ¥1,001.00."),
                              QStringLiteral("New members held at 10."),
                              QStringLiteral("Content reads held at 500.")}));
        QVERIFY(kpi::keyChanges(emptyWeek(), english()).empty());
    }

    void weekInWords()
    {
        const QDate w47 = timeutil::mondayOfIsoWeek(2026, 47);
        QCOMPARE(kpi::weekInWords(w47, english()), QStringLiteral("week 47, 16–22 Nov 2026"));
        const QDate w49 = timeutil::mondayOfIsoWeek(2026, 49);
        QCOMPARE(kpi::weekInWords(w49, english()), QStringLiteral("week 49, 30 Nov – 6 Dec 2026"));
        const QDate w53 = timeutil::mondayOfIsoWeek(2026, 53);
        QCOMPARE(kpi::dateRange(w53, w53.addDays(6), english()),
                 QStringLiteral("28 Dec 2026 – 3 Jan 2027"));
        QCOMPARE(kpi::dateRange(w47, w47.addDays(6), chinese()),
                 QStringLiteral("2026年11月16日–22日"));
        QCOMPARE(kpi::dateRange(w49, w49.addDays(6), chinese()),
                 QStringLiteral("2026年11月30日–12月6日"));
    }

    void titleAndComparison()
    {
        kpi::ReportData data = emptyWeek();
        QCOMPARE(kpi::reportTitle(data, english()),
                 QStringLiteral("Weekly report — Qingyou — week 47, 16–22 Nov 2026"));
        QCOMPARE(kpi::comparisonInWords(data, english()),
                 QStringLiteral("Week 47, 16–22 Nov 2026, compared with week 46, 9–15 Nov 2026."));
        // Thursday 15:00 of week 47: so far, against the same days and hours of week 46.
        const qint64 now =
            QDateTime(QDate(2026, 11, 19), QTime(15, 0), shanghai).toSecsSinceEpoch();
        auto comparison = kpi::comparePeriod(data.period, now, shanghai);
        QVERIFY(comparison.ok());
        data.soFar = comparison->soFar;
        data.previous = comparison->previous;
        data.asOf = comparison->current.to;
        QVERIFY(kpi::reportTitle(data, english()).endsWith(QStringLiteral("(so far)")));
        QCOMPARE(kpi::comparisonInWords(data, english()),
                 QStringLiteral("Week 47 so far, from 16 Nov 2026 00:00 until 19 Nov 2026 15:00, "
                                "compared with the same days and hours of week 46, from 9 Nov "
                                "2026 00:00 until 12 Nov 2026 15:00."));
    }

    void churnWarningsLargestFallFirst()
    {
        const std::vector<kpi::ChurnWarning> warnings{{1, QStringLiteral("a"), 10.0, 5.0},
                                                      {2, QStringLiteral("b"), 2.0, 0.0},
                                                      {3, QStringLiteral("c"), 4.0, 1.0},
                                                      {4, QStringLiteral("d"), 8.0, 0.0}};
        QStringList order;
        for (const kpi::ChurnWarning &w : kpi::sortedByFall(warnings))
            order << w.label;
        // Two falls of 100%: the larger drop first.
        QCOMPARE(order, (QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("a")}));
    }

    void platformNames()
    {
        QCOMPARE(platforms::title(QStringLiteral("wecom")), QStringLiteral("WeCom"));
        QCOMPARE(platforms::title(QStringLiteral("WeChat")), QStringLiteral("WeChat"));
        QCOMPARE(platforms::title(QStringLiteral("offline_event")),
                 QStringLiteral("Offline event"));
        QCOMPARE(platforms::title(QStringLiteral("mastodon")), QStringLiteral("mastodon"));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
