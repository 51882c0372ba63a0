// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpifixture.h"

#include "models/kpi/scorecard.h"

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

class TestScorecard : public QObject
{
    Q_OBJECT

    static KpiValues valuesOf(std::initializer_list<std::pair<Metric, std::optional<double>>> list)
    {
        KpiValues values;
        for (const auto &[metric, value] : list)
            values.values[metric] = value;
        return values;
    }

private slots:
    void scoreOfOneKpi()
    {
        QCOMPARE(*score(Metric::Gmv, 800.0, 1000.0), 0.8);
        QCOMPARE(*score(Metric::Gmv, 1200.0, 1000.0), 1.2);
        QCOMPARE(*score(Metric::Gmv, 5000.0, 1000.0), scoreCap); // capped
        QCOMPARE(*score(Metric::Roi, -0.4, 0.5), 0.0);           // never below 0
        // Lower is better: inverted.
        QCOMPARE(*score(Metric::Cac, 25.0, 20.0), 0.8);
        QCOMPARE(*score(Metric::Cac, 16.0, 20.0), 1.25);
        QCOMPARE(*score(Metric::ChurnRate, 0.01, 0.05), scoreCap);
        QCOMPARE(*score(Metric::ChurnRate, 0.0, 0.05), scoreCap); // no churn at all
        // Not defined.
        QVERIFY(!score(Metric::Gmv, std::nullopt, 1000.0));
        QVERIFY(!score(Metric::Gmv, 10.0, 0.0));
        QVERIFY(!score(Metric::Cac, 10.0, -1.0));
    }

    void weightNormalisedTotal()
    {
        const KpiValues values = valuesOf({{Metric::Gmv, 500.0},
                                           {Metric::ActivityRate, 0.3},
                                           {Metric::Cac, std::nullopt},
                                           {Metric::ChurnRate, 0.1}});
        const Scorecard card = scorecard({{Metric::Gmv, 1000.0, 1.0},
                                          {Metric::ActivityRate, 0.3, 3.0},
                                          {Metric::Cac, 20.0, 5.0},        // not defined: left out
                                          {Metric::ChurnRate, 0.05, 0.0}}, // weight 0: left out
                                         values);
        QCOMPARE(card.lines.size(), size_t(4));
        QCOMPARE(*card.lines[0].score, 0.5);
        QCOMPARE(*card.lines[1].score, 1.0);
        QVERIFY(!card.lines[2].score);
        QCOMPARE(*card.lines[3].score, 0.5);
        QCOMPARE(*card.lines[3].actual, 0.1);
        // (1 x 0.5 + 3 x 1.0) / (1 + 3) = 0.875
        QVERIFY(card.total);
        QCOMPARE(*card.total, 87.5);
    }

    void totalStaysWithinZeroToHundred()
    {
        const KpiValues values = valuesOf({{Metric::Gmv, 9000.0}, {Metric::Buyers, 110.0}});
        const Scorecard over =
            scorecard({{Metric::Gmv, 1000.0, 1.0}, {Metric::Buyers, 100.0, 1.0}}, values);
        QCOMPARE(*over.total, 100.0); // (1.5 + 1.1) / 2 = 1.3, shown as 100
        const Scorecard none = scorecard({{Metric::Cac, 10.0, 1.0}}, values);
        QVERIFY(!none.total);
        QVERIFY(!scorecard({}, values).total);
    }

    void kindsOfPeriods()
    {
        const QTimeZone utc = QTimeZone::utc();
        QVERIFY(periodKindOf(*timeutil::parseIsoWeek(u"2026-W47", utc)) == PeriodKind::Week);
        QVERIFY(periodKindOf(timeutil::periodOfDays(QDate(2026, 2, 1), QDate(2026, 3, 1), utc)) ==
                PeriodKind::Month);
        QVERIFY(periodKindOf(timeutil::periodOfDays(QDate(2026, 2, 2), QDate(2026, 3, 2), utc)) ==
                PeriodKind::Custom);
        QVERIFY(periodKindOf(Period{}) == PeriodKind::Custom);
        QCOMPARE(periodKindKey(PeriodKind::Month), QStringLiteral("month"));
    }

    void targetsAreStoredPerPeriod()
    {
        KpiFixture f;
        TargetRepository repo(f.ws());
        const QDate w46(2026, 11, 9);
        const QDate w47(2026, 11, 16);
        QVERIFY(repo.setTarget(PeriodKind::Week, w46, {Metric::Gmv, 1000.0, 2.0}));
        QVERIFY(repo.setTarget(PeriodKind::Week, w46, {Metric::Cac, 20.0, 1.0}));
        QVERIFY(repo.setTarget(PeriodKind::Week, w47, {Metric::Gmv, 1500.0, 3.0}));
        QVERIFY(repo.setTarget(PeriodKind::Week, w47, {Metric::Gmv, 1600.0, 3.0})); // replaces
        QVERIFY(repo.setTarget(PeriodKind::Month, QDate(2026, 11, 1), {Metric::Gmv, 9.0, 1.0}));

        auto exact = repo.targets(PeriodKind::Week, w47);
        QVERIFY(exact.ok());
        QCOMPARE(exact->size(), size_t(1));
        QCOMPARE(exact->at(0).target, 1600.0);
        QCOMPARE(exact->at(0).weight, 3.0);

        // A target holds for later periods until it is changed.
        auto inForce = repo.effectiveTargets(PeriodKind::Week, QDate(2026, 11, 23));
        QVERIFY(inForce.ok());
        QCOMPARE(inForce->size(), size_t(2));
        QVERIFY(inForce->at(0).metric == Metric::Gmv);
        QCOMPARE(inForce->at(0).target, 1600.0);
        QVERIFY(inForce->at(1).metric == Metric::Cac);
        QCOMPARE(inForce->at(1).target, 20.0);
        auto before = repo.effectiveTargets(PeriodKind::Week, QDate(2026, 11, 2));
        QVERIFY(before.ok());
        QVERIFY(before->empty());

        QVERIFY(repo.removeTarget(PeriodKind::Week, w46, Metric::Cac));
        QCOMPARE(repo.targets(PeriodKind::Week, w46)->size(), size_t(1));
    }

    void settingAllTargetsIsAllOrNothing()
    {
        KpiFixture f;
        TargetRepository repo(f.ws());
        const QDate w47(2026, 11, 16);
        QVERIFY(repo.setTargets(PeriodKind::Week, w47,
                                {{Metric::Gmv, 1000.0, 1.0}, {Metric::Buyers, 50.0, 1.0}}));
        const Status bad = repo.setTargets(
            PeriodKind::Week, w47,
            {{Metric::ActivityRate, 0.3, 1.0}, {Metric::Orders, 10.0, -1.0}}); // weight < 0
        QVERIFY(!bad.ok());
        auto kept = repo.targets(PeriodKind::Week, w47);
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), size_t(2));
        QVERIFY(kept->at(0).metric == Metric::Buyers);
        QVERIFY(kept->at(1).metric == Metric::Gmv);

        QVERIFY(repo.setTargets(PeriodKind::Week, w47, {{Metric::Satisfaction, 4.5, 2.0}}));
        QCOMPARE(repo.targets(PeriodKind::Week, w47)->size(), size_t(1));

        // A metric the store holds but this version does not know is skipped.
        f.exec("INSERT INTO kpi_targets(metric, period_kind, period_start, target, weight) "
               "VALUES('nps', 'week', '2026-11-16', 1, 1)",
               {});
        QCOMPARE(repo.targets(PeriodKind::Week, w47)->size(), size_t(1));
        QVERIFY(!repo.setTarget(PeriodKind::Week, QDate(), {Metric::Gmv, 1.0, 1.0}).ok());
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
