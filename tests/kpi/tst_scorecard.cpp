// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpifixture.h"

#include "models/kpi/change.h"
#include "models/kpi/scorecard.h"
#include "models/kpi/scorecardmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QUndoStack>

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
        // Nothing spent: a CAC of 0 is not defined for people and scores nothing (it scored the
        // cap, 150%).
        QVERIFY(!score(Metric::Cac, 0.0, 20.0));
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

    void undefinedValuesSayWhy()
    {
        QVERIFY(!shownValue(Metric::ChurnRate, std::nullopt));
        QCOMPARE(*shownValue(Metric::ChurnRate, 0.0), 0.0); // no churn is a value
        QVERIFY(!shownValue(Metric::Cac, 0.0));             // nothing spent is not
        QCOMPARE(*shownValue(Metric::Cac, 12.5), 12.5);
        QVERIFY(undefinedReason(Metric::Cac, 12.5).isEmpty());
        QCOMPARE(undefinedReason(Metric::ChurnRate),
                 QStringLiteral("Not defined: no members at the start of the period"));
        QCOMPARE(undefinedReason(Metric::Roi),
                 QStringLiteral("Not defined: no campaign cost in the period"));
        QCOMPARE(undefinedReason(Metric::Cac),
                 QStringLiteral("Not defined: no new members in the period"));
        QCOMPARE(undefinedReason(Metric::Cac, 0.0),
                 QStringLiteral("Not defined: no campaign cost in the period"));
        // Every ratio names its own denominator.
        for (const MetricInfo &m : metrics()) {
            const QString reason = undefinedReason(m.metric);
            QVERIFY2(reason.startsWith(QStringLiteral("Not defined: no ")), m.key);
        }
        QVERIFY(undefinedReason(Metric::Aov) != undefinedReason(Metric::Satisfaction));
    }

    void noChangeFromOrToNotDefined()
    {
        // CAC 12.00 last week, nothing spent this week: it was a green "▼ 100%".
        const Change fromCost = change(Metric::Cac, 0.0, 12.0);
        QVERIFY(!fromCost.defined());
        QCOMPARE(fromCost.direction, 0);
        QCOMPARE(changeText(Metric::Cac, fromCost), QStringLiteral("—"));
        QCOMPARE(fromCost.reason, QStringLiteral("Not defined: no campaign cost in the period"));
        const Change toValue = change(Metric::ChurnRate, 0.05, std::nullopt);
        QVERIFY(!toValue.defined());
        QCOMPARE(toValue.direction, 0);
        QCOMPARE(toValue.reason,
                 QStringLiteral("No change: not defined in the previous period (no members at "
                                "the start of the period)"));
        const Change better = change(Metric::Cac, 9.0, 12.0);
        QCOMPARE(better.direction, 1); // lower is better
        QCOMPARE(changeText(Metric::Cac, better), QStringLiteral("▼ 25.0%"));
        QVERIFY(better.reason.isEmpty());
    }

    void percentagePointsHaveEnoughDigits()
    {
        // 2.5% to 2.4% read "▼ 0.0 pp".
        QCOMPARE(changeText(Metric::ActivityRate, change(Metric::ActivityRate, 0.024, 0.025)),
                 QStringLiteral("▼ 0.1 pp"));
        QCOMPARE(changeText(Metric::Ctr, change(Metric::Ctr, 0.0246, 0.0244)),
                 QStringLiteral("▲ 0.02 pp"));
        QCOMPARE(changeText(Metric::ChurnRate, change(Metric::ChurnRate, 0.1, 0.1)),
                 QStringLiteral("= 0.0 pp"));
        QCOMPARE(changeText(Metric::Gmv, change(Metric::Gmv, 10001.0, 10000.0)),
                 QStringLiteral("▲ 0.01%"));
        units::Display usd;
        usd.currency = QStringLiteral("USD");
        QCOMPARE(changeText(Metric::Gmv, change(Metric::Gmv, 25.0, 0.0), usd),
                 QStringLiteral("▲ $25.00"));
    }

    void scorecardModelShowsCurrencyChangesAndReasons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void scorecardModelShowsCurrencyChangesAndReasons()
    {
        QFETCH(QString, language);
        const units::Display saved = units::Display::current();
        units::Display display;
        display.locale = QLocale(language);
        units::Display::setCurrent(display); // CNY by default
        KpiFixture f;
        ScorecardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack stack;
        model.setWorkspace(&f.ws(), &stack);
        KpiValues now = valuesOf({{Metric::Gmv, 31240.5},
                                  {Metric::ActivityRate, 0.024},
                                  {Metric::Cac, 0.0},
                                  {Metric::ChurnRate, std::nullopt}});
        KpiValues before = valuesOf({{Metric::Gmv, 30000.0},
                                     {Metric::ActivityRate, 0.025},
                                     {Metric::Cac, 12.0},
                                     {Metric::ChurnRate, 0.02}});
        now.period = f.week("2026-W47");
        before.period = f.week("2026-W46");
        QVERIFY(model.setValues(now, before));
        QVERIFY(model.setData(model.index(int(Metric::Cac), ScorecardModel::TargetColumn),
                              QStringLiteral("20")));
        const auto cell = [&model](Metric metric, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(int(metric), column), role);
        };
        QCOMPARE(cell(Metric::Gmv, ScorecardModel::ActualColumn).toString(),
                 QStringLiteral("¥31,240.50"));
        QCOMPARE(cell(Metric::Gmv, ScorecardModel::ChangeColumn).toString(),
                 QStringLiteral("▲ 4.1%"));
        QCOMPARE(
            cell(Metric::Gmv, ScorecardModel::ChangeColumn, Qt::ForegroundRole).value<QColor>(),
            QColor(0x1a, 0x7f, 0x37));
        QCOMPARE(cell(Metric::ActivityRate, ScorecardModel::ChangeColumn).toString(),
                 QStringLiteral("▼ 0.1 pp"));
        // Nothing spent: "—" with the reason, no arrow, no colour, no score (it was 150%).
        QCOMPARE(cell(Metric::Cac, ScorecardModel::ActualColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(Metric::Cac, ScorecardModel::ActualColumn, Qt::ToolTipRole).toString(),
                 undefinedReason(Metric::Cac, 0.0));
        QCOMPARE(cell(Metric::Cac, ScorecardModel::ChangeColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(Metric::Cac, ScorecardModel::ChangeColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(Metric::Cac, ScorecardModel::DirectionRole).toInt(), 0);
        QCOMPARE(cell(Metric::Cac, ScorecardModel::ChangeColumn, Qt::ToolTipRole).toString(),
                 undefinedReason(Metric::Cac, 0.0));
        QCOMPARE(cell(Metric::Cac, ScorecardModel::ScoreColumn).toString(), QStringLiteral("—"));
        QVERIFY(cell(Metric::Cac, ScorecardModel::ScoreColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(undefinedReason(Metric::Cac, 0.0)));
        QVERIFY(!model.scorecard().total); // the only target has no score
        QCOMPARE(cell(Metric::ChurnRate, ScorecardModel::ActualColumn, Qt::ToolTipRole).toString(),
                 undefinedReason(Metric::ChurnRate));
        QCOMPARE(cell(Metric::ChurnRate, ScorecardModel::ChangeColumn).toString(),
                 QStringLiteral("—"));
        // Defined values have no reason to give.
        QVERIFY(!cell(Metric::Gmv, ScorecardModel::ActualColumn, Qt::ToolTipRole).isValid());
        units::Display::setCurrent(saved);
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
