// SPDX-License-Identifier: GPL-3.0-or-later
// The plain data behind the dashboard and the weekly report, on the hand-built brand of
// fixture.h: exact values, and every week of the trend equal to what the KPI engine computes.
#include "fixture.h"

#include "models/kpi/funnel.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/scorecard.h"
#include "models/kpi/scorecardmodel.h"
#include "models/kpi/series.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace siyu;
using namespace siyu::kpi;

namespace {

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("null");
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    TrendScan scan(int weeks = 12)
    {
        ScanOptions options;
        options.weeks = weeks;
        auto result = scanTrend(*m_ws, fixture::monday(47), options);
        if (!result)
            qFatal("scanTrend failed: %s", qPrintable(result.error().toString()));
        return *result;
    }

    Period week(int n) const
    {
        return timeutil::periodOfDays(fixture::monday(n), fixture::monday(n).addDays(7),
                                      m_ws->timeZone());
    }

private slots:
    void init()
    {
        static int counter = 0;
        const QByteArray zone =
            QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "berlin"
                ? QByteArray("Europe/Berlin")
                : QByteArray("Asia/Shanghai");
        m_ws = fixture::create(m_dir.filePath(QStringLiteral("ws%1.siyu").arg(++counter)), zone);
        QVERIFY(m_ws);
    }
    void cleanup() { m_ws.reset(); }

    void trendWeeks()
    {
        const TrendScan s = scan();
        QCOMPARE(int(s.trend.weeks.size()), 12);
        QCOMPARE(s.trend.weeks.front().name, QStringLiteral("2026-W36"));
        QCOMPARE(s.trend.weeks.back().name, QStringLiteral("2026-W47"));
        QCOMPARE(s.trend.weeks.back().period.firstDay, QDate(2026, 11, 16));
        const std::vector<qint64> total{2, 2, 2, 2, 4, 4, 3, 3, 3, 3, 3, 4};
        const std::vector<qint64> active{2, 2, 2, 2, 4, 3, 2, 2, 1, 2, 1, 2};
        const std::vector<qint64> fresh{0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1};
        for (size_t w = 0; w < 12; ++w) {
            const WeekPoint &p = s.trend.weeks[w];
            QCOMPARE(p.totalMembers, total[w]);
            QCOMPARE(p.activeMembers, active[w]);
            QCOMPARE(p.newMembers, fresh[w]);
        }
    }

    void weekFigures()
    {
        const TrendScan s = scan();
        const WeekPoint &w47 = s.trend.weeks[11];
        QCOMPARE(w47.buyers, 2);
        QCOMPARE(w47.repeatBuyers, 1);
        QCOMPARE(w47.orders, 3);
        QCOMPARE(w47.gmvCents, 10050);
        QCOMPARE(w47.attributedGmvCents, 3000);
        QCOMPARE(w47.costCents, 1000);
        QCOMPARE(w47.reads, 1200);
        QCOMPARE(w47.likes, 80);
        QCOMPARE(w47.comments, 10);
        QCOMPARE(w47.shares, 50);
        QCOMPARE(w47.clicks, 120);
        QCOMPARE(*w47.value(Metric::Roi), 2.0);
        QCOMPARE(*w47.value(Metric::Cac), 10.0);
        QCOMPARE(*w47.value(Metric::ActivityRate), 0.5);
        QCOMPARE(*w47.value(Metric::RepurchaseRate), 0.5);
        QVERIFY(!w47.value(Metric::ChurnedMembers)); // not carried by the trend
        const WeekPoint &w46 = s.trend.weeks[10];
        QCOMPARE(w46.gmvCents, 10000);
        QCOMPARE(*w46.value(Metric::Roi), 1.5);
        QVERIFY(!w46.value(Metric::Cac)); // no new member: not defined, never 0
        const WeekPoint &w40 = s.trend.weeks[4];
        QCOMPARE(w40.buyers, 1); // m4 bought before being deleted
        QCOMPARE(w40.gmvCents, 1500);
        QVERIFY(!s.trend.weeks[0].value(Metric::Aov));
    }

    void trendEqualsEngine_data()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("shanghai") << 0;
        QTest::newRow("berlin") << 0; // crosses the end of summer time in W43
    }
    void trendEqualsEngine()
    {
        const TrendScan s = scan();
        const KpiEngine engine(*m_ws);
        for (const WeekPoint &week : s.trend.weeks) {
            auto values = engine.compute(week.period);
            QVERIFY2(values.ok(), qPrintable(values ? QString() : values.error().toString()));
            for (const MetricInfo &m : metrics()) {
                if (!trendCarries(m.metric))
                    continue;
                QVERIFY2(
                    same(week.value(m.metric), values->value(m.metric)),
                    qPrintable(QStringLiteral("%1 %2: trend %3, engine %4")
                                   .arg(week.name, QLatin1String(m.key), show(week.value(m.metric)),
                                        show(values->value(m.metric)))));
            }
        }
    }

    void retentionMatrix()
    {
        const TrendScan s = scan();
        const RetentionMatrix &r = s.retention;
        QCOMPARE(int(r.cohorts.size()), 12);
        QCOMPARE(r.cohorts[4], QStringLiteral("2026-W40"));
        QCOMPARE(r.sizes[4], 2);
        QCOMPARE(int(r.cells[4].size()), 8);
        QCOMPARE(*r.cells[4][0], 1.0);
        QCOMPARE(*r.cells[4][1], 0.5);
        QCOMPARE(*r.cells[4][2], 0.0);
        QCOMPARE(*r.cells[4][5], 1.0); // m4 was deleted in W42: the cohort is m3 alone
        QCOMPARE(int(r.cells[11].size()), 1);
        QCOMPARE(*r.cells[11][0], 1.0);
        QVERIFY(!r.cells[0][0]); // nobody joined in W36
    }

    void retentionEqualsEngine()
    {
        const TrendScan s = scan();
        const KpiEngine engine(*m_ws);
        for (size_t c = 0; c < s.retention.cells.size(); ++c) {
            for (size_t n = 0; n < s.retention.cells[c].size(); ++n) {
                auto expected = engine.retention(fixture::monday(36 + int(c)), int(n));
                QVERIFY(expected.ok());
                QVERIFY2(same(s.retention.cells[c][n], *expected),
                         qPrintable(QStringLiteral("cohort %1 week +%2: %3 vs engine %4")
                                        .arg(c)
                                        .arg(n)
                                        .arg(show(s.retention.cells[c][n]), show(*expected))));
            }
        }
    }

    void churnWarnings()
    {
        const TrendScan s = scan();
        QCOMPARE(s.churn.recentWeeks, 4);
        QCOMPARE(s.churn.earlierWeeks, 8);
        QCOMPARE(s.churn.count, 1);
        QCOMPARE(s.churn.refs, std::vector<qint64>{1});
        QCOMPARE(s.churn.members.front().label, QStringLiteral("张三"));
        QCOMPARE(s.churn.members.front().earlierPerWeek, 2.0);
        QCOMPARE(s.churn.members.front().recentPerWeek, 0.0);
    }

    // The list is cut after the largest falls, not the largest drops in events: a member who
    // went from 2 events a week to none comes before one who went from 10 to 2.
    void churnWarningsKeepTheLargestFalls()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("falls.siyu")));
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        const int perWeek[][2] = {{10, 2}, {2, 0}, {4, 1}}; // earlier, recent events a week
        for (int m = 1; m <= 3; ++m) {
            QVERIFY(fixture::member(ws, m, "x", fixture::at(ws, "2026-08-01 10:00")));
            for (int week = 36; week <= 47; ++week) {
                const int n = perWeek[m - 1][week >= 44 ? 1 : 0];
                for (int i = 0; i < n; ++i)
                    QVERIFY(fixture::event(ws, m, "message", fixture::inWeek(ws, week, 1, 8 + i)));
            }
        }
        ScanOptions options;
        options.listSize = 2;
        auto s = scanTrend(ws, fixture::monday(47), options);
        QVERIFY(s.ok());
        QCOMPARE(s->churn.count, 3);
        // Falls of 100%, 80% and 75%; drops of 2, 8 and 3 events a week.
        QCOMPARE(s->churn.refs, (std::vector<qint64>{2, 1, 3}));
        QCOMPARE(s->churn.members.size(), size_t(2));
        QCOMPARE(s->churn.members[0].memberRef, 2);
        QCOMPARE(s->churn.members[1].memberRef, 1);
    }

    void funnelAndContent()
    {
        // The funnel counts distinct members (m2 and m5 read, m5 clicked and bought twice),
        // never the content items' sums (1200 reads, 120 clicks).
        auto f = memberFunnel(*m_ws, week(47));
        QVERIFY(f.ok());
        QCOMPARE(f->members, (std::array<qint64, 4>{2, 1, 1, 1}));
        auto top = topContent(*m_ws, week(47), 8);
        QVERIFY(top.ok());
        QCOMPARE(int(top->size()), 2); // the draft and the unread poster are left out
        QCOMPARE(top->at(0).title, QStringLiteral("Member day recap"));
        QCOMPARE(top->at(0).contentId, QStringLiteral("K2"));
        QCOMPARE(top->at(0).scheduledDay, QDate(2026, 11, 18));
        QCOMPARE(top->at(0).interactionRate, 0.2);
        QCOMPARE(top->at(1).interactionRate, 0.1);
        QCOMPARE(*top->at(1).ctr, 0.1);
    }

    void contentGroupAndDetails()
    {
        QVERIFY(fixture::exec(*m_ws, "UPDATE content SET group_ref = 1 WHERE id = 2", {}));
        auto top = topContent(*m_ws, week(47), 8);
        QVERIFY(top.ok());
        QCOMPARE(top->at(0).groupName, QStringLiteral("VIP 会员群"));
        QCOMPARE(top->at(1).groupName, QString());
        const auto iso = [](const QDate &day) {
            return day.toString(Qt::ISODate);
        };
        const std::vector<QString> details = contentDetails(*top, iso);
        QCOMPARE(details, (std::vector<QString>{QStringLiteral("2026-11-18 · VIP 会员群"),
                                                QStringLiteral("2026-11-17")}));
    }

    // A weekly series: the same title on several items; the day and the group tell them apart,
    // and the content id where even those are the same.
    void repeatedTitlesAreTold()
    {
        std::vector<ContentRow> rows(4);
        for (size_t i = 0; i < rows.size(); ++i) {
            rows[i].title = QStringLiteral("Weekly live");
            rows[i].contentId = QStringLiteral("CT%1").arg(i);
            rows[i].scheduledDay = QDate(2026, 11, 19);
        }
        rows[1].scheduledDay = QDate(2026, 11, 12);
        rows[3].groupName = QStringLiteral("VIP");
        rows.push_back(rows[0]);
        rows.back().title = QStringLiteral("Other");
        const auto iso = [](const QDate &day) {
            return day.toString(Qt::ISODate);
        };
        const std::vector<QString> details = contentDetails(rows, iso);
        QCOMPARE(details, (std::vector<QString>{
                              QStringLiteral("2026-11-19 · CT0"), QStringLiteral("2026-11-12"),
                              QStringLiteral("2026-11-19 · CT2"),
                              QStringLiteral("2026-11-19 · VIP"), QStringLiteral("2026-11-19")}));
        QSet<QString> labels;
        for (size_t i = 0; i < rows.size(); ++i)
            labels.insert(rows[i].title + details[i]);
        QCOMPARE(int(labels.size()), int(rows.size()));
    }

    void campaigns()
    {
        auto rows = campaignsInPeriod(*m_ws, week(47));
        QVERIFY(rows.ok());
        QCOMPARE(int(rows->size()), 1);
        const CampaignRow &c = rows->front();
        QCOMPARE(c.campaignId, QStringLiteral("C1"));
        QCOMPARE(c.start, QDate(2026, 11, 9));
        QCOMPARE(c.end, QDate(2026, 11, 30));
        QCOMPARE(c.costInPeriodCents, 1000);
        QCOMPARE(c.costToDateCents, 5000);
        QCOMPARE(c.ordersToDate, 2);
        QCOMPARE(c.gmvToDateCents, 13000);
        QCOMPARE(*c.roiToDate, 1.6);
        auto none = campaignsInPeriod(*m_ws, week(38));
        QVERIFY(none.ok() && none->empty());
    }

    void contacts()
    {
        auto alerts = overContacted(*m_ws, week(47), 3, 10);
        QVERIFY(alerts.ok());
        QCOMPARE(alerts->count, 1);
        QCOMPARE(alerts->members.front().memberRef, 2);
        QCOMPARE(alerts->members.front().contacts, 5);
        QCOMPARE(alerts->members.front().label, QStringLiteral("Li Si"));
        auto relaxed = overContacted(*m_ws, week(47), 5, 10);
        QVERIFY(relaxed.ok());
        QCOMPARE(relaxed->count, 0);
    }

    void reportData()
    {
        QVERIFY(TargetRepository(*m_ws).setTarget(PeriodKind::Week, fixture::monday(47),
                                                  {Metric::ActiveMembers, 4, 1}));
        QVERIFY(TargetRepository(*m_ws).setTarget(PeriodKind::Week, fixture::monday(47),
                                                  {Metric::Cac, 5, 1}));
        auto request = weekRequest(*m_ws, QStringLiteral("2026-w47"));
        QVERIFY(request.ok());
        QCOMPARE(request->periodName, QStringLiteral("2026-W47"));
        int steps = 0;
        auto data = buildReportData(*m_ws, *request, [&steps](int done, int) { steps = done; });
        QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error().toString()));
        QCOMPARE(steps, 7);
        QCOMPARE(data->previous.firstDay, QDate(2026, 11, 9));
        QCOMPARE(int(data->kpis.size()), int(metrics().size()));
        const KpiRow &active = data->row(Metric::ActiveMembers);
        QCOMPARE(*active.current, 2.0);
        QCOMPARE(*active.previous, 1.0);
        QCOMPARE(*active.target, 4.0);
        QCOMPARE(*active.relativeChange(), 1.0);
        QCOMPARE(active.direction(), 1);
        QCOMPARE(int(active.trend.size()), 12);
        QVERIFY(data->row(Metric::ChurnedMembers).trend.empty());
        QCOMPARE(data->row(Metric::Cac).direction(), 0); // W46 CAC is not defined
        // Scores: active 2/4 = 0.5; CAC lower is better: 5/10 = 0.5 -> total 50.
        QCOMPARE(int(data->scorecard.lines.size()), 2);
        QCOMPARE(*data->scorecard.total, 50.0);
        QCOMPARE(int(data->groupsNearCap.size()), 1);
        QCOMPARE(data->groupsNearCap.front().name, QStringLiteral("Early birds"));
        QCOMPARE(data->contacts.count, 1);
        QCOMPARE(data->scan.churn.count, 1);
        QCOMPARE(data->funnel.count(Funnel::Readers), 2);
        QCOMPARE(int(data->campaigns.size()), 1);
        QCOMPARE(data->alertWeek.firstDay, QDate(2026, 11, 16));
    }

    void lowerIsBetterDirection()
    {
        KpiRow row;
        row.metric = Metric::ChurnRate;
        row.current = 0.1;
        row.previous = 0.2;
        QCOMPARE(row.direction(), 1); // churn fell: an improvement
        row.previous = 0.0;
        QVERIFY(!row.relativeChange());
        QCOMPARE(row.direction(), -1);
    }

    void monthPeriodUsesItsLastWeek()
    {
        const Period november =
            timeutil::periodOfDays(QDate(2026, 11, 1), QDate(2026, 12, 1), m_ws->timeZone());
        QCOMPARE(lastMondayOf(november), QDate(2026, 11, 30));
        ReportRequest request;
        request.period = november;
        request.periodName = QStringLiteral("2026-11");
        auto data = buildReportData(*m_ws, request);
        QVERIFY(data.ok());
        QCOMPARE(data->scan.trend.weeks.back().name, QStringLiteral("2026-W49"));
        QCOMPARE(data->previous.firstDay, QDate(2026, 10, 1)); // the previous calendar month
        QCOMPARE(data->previous.endDay, QDate(2026, 11, 1));
    }

    void cancelStops()
    {
        auto request = weekRequest(*m_ws, QStringLiteral("2026-W47"));
        auto data = buildReportData(*m_ws, *request, {}, [] { return true; });
        QVERIFY(!data.ok());
    }

    void scorecardModelEdits()
    {
        ScorecardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack stack;
        model.setWorkspace(m_ws.get(), &stack);
        auto values = KpiEngine(*m_ws).compute(week(47));
        QVERIFY(values.ok());
        QVERIFY(model.setValues(*values));
        QCOMPARE(model.rowCount(), int(metrics().size()));
        const int activityRow = int(Metric::ActivityRate);
        const QModelIndex target = model.index(activityRow, ScorecardModel::TargetColumn);
        QVERIFY(model.flags(target) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(activityRow, ScorecardModel::WeightColumn)) &
                  Qt::ItemIsEditable));
        QVERIFY(model.setData(target, QStringLiteral("40"))); // percent
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.ownTarget(Metric::ActivityRate)->target, 0.4);
        QCOMPARE(model.data(target).toString(), QStringLiteral("40.0%"));
        // 0.5 actual / 0.4 target = 125%
        QCOMPARE(model.data(model.index(activityRow, ScorecardModel::ScoreColumn)).toString(),
                 QStringLiteral("125%"));
        QVERIFY(model.setData(model.index(activityRow, ScorecardModel::WeightColumn),
                              QStringLiteral("3")));
        QCOMPARE(model.ownTarget(Metric::ActivityRate)->weight, 3.0);
        QCOMPARE(*model.scorecard().total, 100.0); // one KPI, capped at 100
        QVERIFY(!model.setData(target, QStringLiteral("abc")));
        stack.undo();
        stack.undo();
        QVERIFY(!model.ownTarget(Metric::ActivityRate));
        auto stored = TargetRepository(*m_ws).targets(PeriodKind::Week, fixture::monday(47));
        QVERIFY(stored.ok() && stored->empty());
        stack.redo();
        QCOMPARE(TargetRepository(*m_ws).targets(PeriodKind::Week, fixture::monday(47))->size(),
                 size_t(1));
        // The next week inherits it, in italics, until it is set there.
        auto next = KpiEngine(*m_ws).compute(week(48));
        QVERIFY(model.setValues(*next));
        QVERIFY(model.data(target, ScorecardModel::InheritedRole).toBool());
        QVERIFY(model.data(target, Qt::FontRole).value<QFont>().italic());
    }
};

QTEST_MAIN(TestSeries)
#include "tst_series.moc"
