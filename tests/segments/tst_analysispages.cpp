// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments area's analysis pages (RFM, lifecycle, value tiers, churn warning) over a
// generated demo workspace, offscreen: every count against an independent computation, clicks
// that list members, the reason text, thresholds and churn_days saved, the churn export and its
// audit row, and every new item model under QAbstractItemModelTester.
//
// To look at the pages: SIYU_SHOTS=/tmp/shots [SIYU_SHOTS_WORKSPACE=/tmp/a.siyu]
// build/tests/segments/tst_analysispages grabsPages — PNGs at 1366×768 in English and Chinese.
#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/demo/demobrand.h"
#include "models/items/churnwarningmodel.h"
#include "models/items/lifecyclestagemodel.h"
#include "models/items/rfmcellmodel.h"
#include "models/items/tierlevelmodel.h"
#include "models/items/tiermatrixmodel.h"
#include "models/segments/churnwarninglist.h"
#include "models/segments/lifecycle.h"
#include "models/segments/segmentstats.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"
#include "widgets/charts/chartwidget.h"
#include "widgets/common/language.h"
#include "widgets/segments/analysis/analysisjob.h"
#include "widgets/segments/analysis/churnwarningpage.h"
#include "widgets/segments/analysis/lifecyclepage.h"
#include "widgets/segments/analysis/rfmpage.h"
#include "widgets/segments/analysis/tierspage.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <memory>

using namespace siyu;

namespace {

constexpr qint64 day = 86400;
constexpr int timeout = 30000;

qint64 scalar(const Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), statement, binds);
    return value && value->isValid() ? value->toLongLong() : -1;
}

QList<qint64> refsOf(const Workspace &ws, const QString &statement, const QVariantList &binds)
{
    QList<qint64> refs;
    auto query = sql::run(ws.db(), statement, binds);
    while (query && query->next())
        refs << query->value(0).toLongLong();
    return refs;
}

std::unique_ptr<Workspace> demoWorkspace(const QString &path, int members, qint64 now)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return nullptr;
    demo::DemoOptions options;
    options.members = members;
    options.seed = 9;
    options.now = now;
    if (const Status status = demo::generate(**ws, options); !status) {
        qWarning("%s", qPrintable(status.error().toString()));
        return nullptr;
    }
    return std::move(*ws);
}

QPoint centreOf(QTableView *table, int row, int column)
{
    return table->visualRect(table->model()->index(row, column)).center();
}

} // namespace

class TestAnalysisPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_undo;
    qint64 m_now = 0;

    // Stage changes at known times, so that the weekly replay has something to replay: every
    // fifth member moved awareness → interest 100 days ago and interest → purchase 40 days ago,
    // before the change the demo recorded; two members are deleted, one of them 20 days ago.
    bool addHistory()
    {
        const QVariantList times{m_now - 100 * day, m_now - 40 * day};
        bool ok = sql::exec(m_ws->db(),
                            QStringLiteral("INSERT INTO stage_history(member_ref, at, from_stage, "
                                           "to_stage, by_rules) SELECT id, ?, 'awareness', "
                                           "'interest', 1 FROM "
                                           "members WHERE id % 5 = 0"),
                            {times.at(0)})
                      .ok();
        ok &= sql::exec(m_ws->db(),
                        QStringLiteral("INSERT INTO stage_history(member_ref, at, from_stage, "
                                       "to_stage, by_rules) SELECT id, ?, 'interest', "
                                       "'purchase', 1 FROM "
                                       "members WHERE id % 5 = 0"),
                        {times.at(1)})
                  .ok();
        ok &=
            sql::exec(m_ws->db(), QStringLiteral("UPDATE members SET deleted_at = ? WHERE id = 3"),
                      {m_now - 20 * day})
                .ok();
        ok &= sql::exec(m_ws->db(),
                        QStringLiteral("UPDATE members SET deleted_at = ? WHERE id = 4"), {m_now})
                  .ok();
        return ok;
    }

    // The stage counts at moment `t` by the definition, in SQL, one correlated query.
    std::array<qint64, 5> replay(qint64 t)
    {
        std::array<qint64, 5> counts{};
        auto query = sql::run(
            m_ws->db(),
            QStringLiteral(
                "SELECT coalesce("
                " (SELECT h.to_stage FROM stage_history h WHERE h.member_ref = m.id AND h.by_rules "
                "= 1"
                "  AND h.at < ?"
                "  ORDER BY h.at DESC, h.id DESC LIMIT 1),"
                " (SELECT coalesce(h.from_stage, 'awareness') FROM stage_history h"
                "  WHERE h.member_ref = m.id AND h.by_rules = 1 ORDER BY h.at, h.id LIMIT 1),"
                " m.stage) AS s, count(*) FROM members m"
                " WHERE m.joined_at < ? AND (m.deleted_at IS NULL OR m.deleted_at >= ?)"
                " GROUP BY s"),
            {t, t, t});
        if (!query)
            qWarning("replay: %s", qPrintable(query.error().message));
        while (query && query->next())
            counts[size_t(segmentstats::stageIndex(query->value(0).toString()))] =
                query->value(1).toLongLong();
        return counts;
    }

private slots:
    void initTestCase()
    {
        language::install(QStringLiteral("en"));
        m_now = QDateTime::currentSecsSinceEpoch();
        m_ws = demoWorkspace(m_dir.filePath(QStringLiteral("demo.siyu")), 400, m_now - day);
        QVERIFY(m_ws);
        QVERIFY(addHistory());
        units::Display display = units::Display::current();
        display.zone = m_ws->timeZone();
        units::Display::setCurrent(display);
    }

    // A computation that is cancelled or superseded stops its statement on the worker: this one
    // would count for hours, and ends only by the interruption (a page waits for it when it
    // goes, as the window closes).
    void anInterruptedComputationStops()
    {
        auto interrupter = analysis::restart(nullptr);
        QFuture<analysis::Outcome<qint64>> future = analysis::run<qint64>(
            m_ws->path(),
            [](Workspace &ws) -> Result<qint64> {
                auto count = sql::scalar(
                    ws.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i "
                                            "+ 1 FROM n WHERE i < 1000000000000) SELECT count(*) "
                                            "FROM n"));
                if (!count)
                    return count.error();
                return count->toLongLong();
            },
            interrupter);
        QTest::qWait(200);
        QVERIFY(!future.isFinished());
        const auto next = analysis::restart(interrupter);
        QVERIFY(interrupter->wasInterrupted());
        QVERIFY(!next->wasInterrupted());
        future.waitForFinished();
        QVERIFY(!future.result().data);
        QCOMPARE(future.result().error, QStringLiteral("interrupted"));
    }

    void modelsPassTheTester()
    {
        const qint64 asOf = m_now;
        auto grid = segmentstats::rfmGrid(*m_ws, asOf, 365);
        QVERIFY(grid);
        RfmCellModel cells;
        QAbstractItemModelTester cellTester(&cells,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        cells.setGrid(std::make_shared<const segmentstats::RfmGrid>(*grid));
        QCOMPARE(cells.rowCount(), 11);
        cells.setGrid(nullptr);
        QCOMPARE(cells.rowCount(), 0);

        auto funnel = segmentstats::lifecycleFunnel(*m_ws);
        QVERIFY(funnel);
        LifecycleStageModel stages;
        QAbstractItemModelTester stageTester(
            &stages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        stages.setFunnel(std::make_shared<const segmentstats::LifecycleFunnel>(*funnel));
        stages.setChurnDays(30);
        QVERIFY(stages.index(4, LifecycleStageModel::RuleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("30 days")));

        auto tiers = segmentstats::tierSummary(*m_ws, asOf, tiers::Thresholds::load(*m_ws));
        QVERIFY(tiers);
        const auto summary = std::make_shared<const segmentstats::TierSummary>(*tiers);
        TierLevelModel levels;
        QAbstractItemModelTester levelTester(
            &levels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        levels.setSummary(summary);
        QCOMPARE(levels.rowCount(), 3);
        TierMatrixModel matrix;
        QAbstractItemModelTester matrixTester(
            &matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setSummary(summary);
        QCOMPARE(matrix.rowCount(), 3);
        QVERIFY(matrix.index(0, 0).data(Qt::BackgroundRole).isValid());

        auto warnings = churnWarnings(*m_ws, asOf);
        QVERIFY(warnings);
        ChurnWarningModel churn;
        QAbstractItemModelTester churnTester(
            &churn, QAbstractItemModelTester::FailureReportingMode::QtTest);
        churn.setList(std::make_shared<const churnwarninglist::List>(
                          churnwarninglist::List{asOf, {}, *warnings}),
                      m_ws->timeZone());
        QCOMPARE(churn.rowCount(), int(warnings->size()));
        churn.setList(nullptr, {});
        QCOMPARE(churn.rowCount(), 0);
    }

    void rfmCountsEqualTheScores()
    {
        RfmPage page;
        page.resize(1366, 768);
        page.setWorkspace(m_ws.get(), &m_undo);
        const qint64 asOf =
            timeutil::startOfDay(timeutil::localDate(m_now, m_ws->timeZone()), m_ws->timeZone());
        page.setAsOf(asOf);
        page.setWindowDays(180);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.grid() && page.grid()->windowDays == 180 &&
                                     page.grid()->asOf == asOf,
                                 timeout);
        auto scores = rfm::compute(*m_ws, asOf, 180);
        QVERIFY(scores);
        QVERIFY(!scores->empty());
        std::map<int, qint64> byPosition;
        std::map<int, qint64> byCell;
        for (const rfm::Score &s : *scores) {
            byPosition[s.r * 10 + s.fm] += 1;
            byCell[int(s.cell)] += 1;
        }
        for (int r = 1; r <= 5; ++r) {
            for (int fm = 1; fm <= 5; ++fm)
                QCOMPARE(page.grid()->count(r, fm), byPosition[r * 10 + fm]);
        }
        RfmCellModel *model = page.cellModel();
        QCOMPARE(model->rowCount(), 11);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto cell = model->cellAt(row);
            QCOMPARE(model->index(row, 0).data(RfmCellModel::CountRole).toLongLong(),
                     byCell[int(cell)]);
            QCOMPARE(model->index(row, RfmCellModel::CellColumn).data().toString(),
                     rfm::title(cell));
        }
        QVERIFY(page.chart()->plottableCount() > 0);
    }

    void rfmClicksListTheMembers()
    {
        RfmPage page;
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.grid(), timeout);
        auto scores = rfm::compute(*m_ws, page.grid()->asOf, page.grid()->windowDays);
        QVERIFY(scores);
        // The fullest position of the grid.
        int bestR = 1, bestFm = 1;
        for (int r = 1; r <= 5; ++r) {
            for (int fm = 1; fm <= 5; ++fm) {
                if (page.grid()->count(r, fm) > page.grid()->count(bestR, bestFm))
                    bestR = r, bestFm = fm;
            }
        }
        QList<qint64> expected;
        for (const rfm::Score &s : *scores) {
            if (s.r == bestR && s.fm == bestFm)
                expected << s.memberRef;
        }
        QSignalSpy shown(&page, &RfmPage::showMembersRequested);
        QSignalSpy saved(&page, &RfmPage::saveMembersAsSegment);
        ChartWidget *chart = page.chart();
        chart->replot();
        const QPoint at(int(chart->xAxis->coordToPixel(bestFm)),
                        int(chart->yAxis->coordToPixel(bestR)));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<QList<qint64>>(), expected);
        QVERIFY(page.saveButton()->isEnabled());
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).value<QList<qint64>>(), expected);
        QVERIFY(saved.at(0).at(0).toString().contains(QStringLiteral(" on ")));

        // A named cell of the table.
        QTableView *table = page.cellTable();
        const int row = 0; // champions
        QList<qint64> champions;
        for (const rfm::Score &s : *scores) {
            if (s.cell == rfm::Cell::Champions)
                champions << s.memberRef;
        }
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          centreOf(table, row, RfmCellModel::MembersColumn));
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).value<QList<qint64>>(), champions);
        QVERIFY(shown.at(1).at(1).toString().startsWith(rfm::title(rfm::Cell::Champions)));
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 2);
        const QString day = units::date(timeutil::localDate(page.grid()->asOf, m_ws->timeZone()));
        QCOMPARE(saved.at(1).at(0).toString(), QStringLiteral("Champions on %1").arg(day));
    }

    void rfmShareIsUndefinedWithoutBuyers()
    {
        auto empty = Workspace::open(m_dir.filePath(QStringLiteral("empty.siyu")));
        QVERIFY(empty);
        RfmPage page;
        page.setWorkspace(empty->get(), nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.grid(), timeout);
        QCOMPARE(page.grid()->scored, qint64(0));
        QCOMPARE(page.cellModel()->index(0, RfmCellModel::ShareColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(page.cellModel()->index(0, RfmCellModel::AverageColumn).data().toString(),
                 QStringLiteral("—"));
        page.setWorkspace(nullptr, nullptr);
    }

    void rfmNeverShowsOldParametersAsCurrent()
    {
        RfmPage page;
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.grid(), timeout);
        page.setWindowDays(30);
        // While the new window waits and computes, the old grid is greyed out.
        QVERIFY(page.isBusy());
        QVERIFY(!page.chart()->parentWidget()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.grid()->windowDays == 30, timeout);
        QVERIFY(page.chart()->parentWidget()->isEnabled());
    }

    void funnelCountsEqualTheStoredStages()
    {
        LifecyclePage page;
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.data(), timeout);
        const QStringList stages = lifecycle::stageKeys();
        const auto &funnel = page.data()->funnel;
        for (int i = 0; i < stages.size(); ++i) {
            QCOMPARE(funnel.counts[size_t(i)],
                     scalar(*m_ws,
                            QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS "
                                           "NULL AND stage = ?"),
                            {stages.at(i)}));
            QCOMPARE(
                page.stageModel()->index(i, 0).data(LifecycleStageModel::CountRole).toLongLong(),
                funnel.counts[size_t(i)]);
        }
        // Conversion: of those at a stage or beyond (churn aside), the share one stage further.
        const qint64 reachedInterest = funnel.counts[1] + funnel.counts[2] + funnel.counts[3];
        const qint64 reachedPurchase = funnel.counts[2] + funnel.counts[3];
        QVERIFY(reachedInterest > 0);
        QCOMPARE(*funnel.conversion(2), double(reachedPurchase) / double(reachedInterest));
        QCOMPARE(
            page.stageModel()->index(0, LifecycleStageModel::ConversionColumn).data().toString(),
            QString());

        // A click on the loyalty bar lists the loyal members.
        QSignalSpy shown(&page, &LifecyclePage::showMembersRequested);
        ChartWidget *chart = page.funnelChart();
        chart->replot();
        const QPoint at(int(chart->xAxis->coordToPixel(funnel.counts[3] / 2.0)),
                        int(chart->yAxis->coordToPixel(3)));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<QList<qint64>>(),
                 refsOf(*m_ws,
                        QStringLiteral("SELECT id FROM members WHERE deleted_at IS NULL AND "
                                       "stage = 'loyalty' ORDER BY id"),
                        {}));
        QSignalSpy saved(&page, &LifecyclePage::saveMembersAsSegment);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(saved.at(0).at(0).toString().startsWith(QStringLiteral("Loyalty on ")));
    }

    void weeklyStagesReplayTheHistory()
    {
        LifecyclePage page;
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.data(), timeout);
        const segmentstats::StageWeeks &weeks = page.data()->weeks;
        QCOMPARE(weeks.mondays.size(), 26);
        QCOMPARE(weeks.ends.size(), 26);
        QCOMPARE(int(weeks.counts.size()), 26);
        QCOMPARE(weeks.ends.last(), page.data()->asOf);
        bool moved = false;
        for (int w = 0; w < 26; ++w) {
            QCOMPARE(weeks.mondays.at(w).dayOfWeek(), 1);
            const auto expected = replay(weeks.ends.at(w));
            for (int s = 0; s < 5; ++s)
                QVERIFY2(weeks.counts[size_t(w)][size_t(s)] == expected[size_t(s)],
                         qPrintable(QStringLiteral("week %1 stage %2: %3, replayed %4")
                                        .arg(w)
                                        .arg(s)
                                        .arg(weeks.counts[size_t(w)][size_t(s)])
                                        .arg(expected[size_t(s)])));
            if (w > 0 && weeks.counts[size_t(w)] != weeks.counts[size_t(w - 1)])
                moved = true;
        }
        QVERIFY(moved);
        QVERIFY(page.weeksChart()->plottableCount() == 5);
    }

    void churnDaysRoundTrip()
    {
        LifecyclePage page;
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.data(), timeout);
        QCOMPARE(page.churnDaysEditor()->value(), settings::churnDays.get(*m_ws));
        QSignalSpy changed(&page, &LifecyclePage::stageThresholdsChanged);
        const qint64 audits = scalar(
            *m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings'"));
        QVERIFY(page.applyChurnDays(45));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings::churnDays.get(*m_ws), 45);
        QCOMPARE(scalar(*m_ws,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings'")),
                 audits + 1);
        QVERIFY(page.stageModel()
                    ->index(segmentstats::churnIndex, LifecycleStageModel::RuleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("45 days")));
        // A page opened afterwards reads it back.
        LifecyclePage again;
        again.setWorkspace(m_ws.get(), &m_undo);
        QCOMPARE(again.churnDaysEditor()->value(), 45);
        QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), timeout);
        QVERIFY(!page.applyChurnDays(0));
        QCOMPARE(settings::churnDays.get(*m_ws), 45);
        QVERIFY(page.applyChurnDays(60));
    }

    void tiersEqualTheComputation()
    {
        TiersPage page;
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.summary(), timeout);
        const auto *summary = page.summary();
        auto members = tiers::compute(*m_ws, summary->asOf, tiers::Thresholds::load(*m_ws));
        QVERIFY(members);
        qint64 matrix[3][3] = {};
        qint64 loyalty[3] = {};
        for (const tiers::MemberTiers &m : *members) {
            matrix[int(m.spending)][int(m.frequency)] += 1;
            loyalty[int(m.loyalty)] += 1;
        }
        TierMatrixModel *model = page.matrixModel();
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column) {
                const auto s = TierMatrixModel::levelAt(row);
                const auto f = TierMatrixModel::levelAt(column);
                QCOMPARE(model->index(row, column).data(TierMatrixModel::CountRole).toLongLong(),
                         matrix[int(s)][int(f)]);
            }
        }
        for (int level = 0; level < 3; ++level)
            QCOMPARE(summary->count(segmentstats::Measure::Loyalty, tiers::Level(level)),
                     loyalty[level]);

        // A click on the matrix's spending-low × frequency-low cell lists those members.
        QList<qint64> expected;
        for (const tiers::MemberTiers &m : *members) {
            if (m.spending == tiers::Level::Low && m.frequency == tiers::Level::Low)
                expected << m.memberRef;
        }
        QSignalSpy shown(&page, &TiersPage::showMembersRequested);
        QTest::mouseClick(page.matrixTable()->viewport(), Qt::LeftButton, {},
                          centreOf(page.matrixTable(), 2, 2));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<QList<qint64>>(), expected);
        // And a level of a measure.
        QTest::mouseClick(page.levelTable()->viewport(), Qt::LeftButton, {},
                          centreOf(page.levelTable(), 0, TierLevelModel::HighColumn));
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).value<QList<qint64>>().size(),
                 summary->count(segmentstats::Measure::Spending, tiers::Level::High));
        QSignalSpy saved(&page, &TiersPage::saveMembersAsSegment);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
    }

    void tierThresholdsValidateAndSave()
    {
        TiersPage page;
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.summary(), timeout);
        tiers::Thresholds wrong = tiers::Thresholds::load(*m_ws);
        wrong.frequencyMedium = wrong.frequencyHigh + 1;
        page.editThresholds(wrong);
        QVERIFY(!page.problemLabel()->text().isEmpty());
        QVERIFY(!page.applyButton()->isEnabled());
        QVERIFY(!page.applyThresholds(wrong));

        tiers::Thresholds next = tiers::Thresholds::load(*m_ws);
        next.spendingHighCents = 123456;
        next.frequencyHigh = 4;
        next.windowDays = 200;
        page.editThresholds(next);
        QVERIFY(page.problemLabel()->text().isEmpty());
        QVERIFY(page.applyButton()->isEnabled());
        QSignalSpy changed(&page, &TiersPage::tierThresholdsChanged);
        QVERIFY(page.applyThresholds(next));
        QCOMPARE(changed.count(), 1);
        const tiers::Thresholds stored = tiers::Thresholds::load(*m_ws);
        QCOMPARE(stored.spendingHighCents, qint64(123456));
        QCOMPARE(stored.frequencyHigh, 4);
        QCOMPARE(stored.windowDays, 200);
        QVERIFY(!page.applyButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.summary()->thresholds.windowDays == 200,
                                 timeout);
        QVERIFY(tiers::Thresholds().save(*m_ws));
    }

    void churnReasonInWords()
    {
        ChurnWarning w;
        w.level = 12.2;
        w.recentActivity = 1;
        ChurnWarningParameters p;
        const QTimeZone zone("Asia/Shanghai");
        const qint64 asOf = timeutil::startOfDay(QDate(2026, 11, 16), zone);
        QCOMPARE(churnwarninglist::reason(w, p, asOf, zone),
                 QStringLiteral("About 12 activities a month until 17 Oct 2026, 1 in the last 30 "
                                "days"));
        w.level = 1;
        w.recentActivity = 0;
        p.recentDays = 14;
        QCOMPARE(churnwarninglist::reason(w, p, asOf, zone),
                 QStringLiteral("About 1 activity every 14 days until 2 Nov 2026, 0 in the last "
                                "14 days"));
        QCOMPARE(churnwarninglist::fall(w), 1.0);
        w.level = 0;
        QVERIFY(!churnwarninglist::relativeFall(w));
    }

    void churnListExportAndSegment()
    {
        ChurnWarningPage page;
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_ws.get(), &m_undo);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.list(), timeout);
        // Looser parameters so that the demo has warnings whatever its luck.
        ChurnWarningParameters p;
        p.recentDays = 14;
        p.baselineDays = 60;
        p.dropRatio = 0.5;
        p.minLevel = 1;
        page.setParameters(p);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.list()->parameters.recentDays == 14,
                                 timeout);
        const auto *list = page.list();
        auto expected = churnWarnings(*m_ws, list->asOf, list->parameters);
        QVERIFY(expected);
        QVERIFY(!expected->empty());
        QCOMPARE(page.model()->rowCount(), int(expected->size()));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(
                page.model()->index(row, 0).data(ChurnWarningModel::MemberRefRole).toLongLong(),
                (*expected)[size_t(row)].memberRef);
        // Largest fall first.
        for (size_t i = 1; i < list->warnings.size(); ++i)
            QVERIFY(churnwarninglist::fall(list->warnings[i - 1]) >=
                    churnwarninglist::fall(list->warnings[i]) - 1e-9);
        const ChurnWarning &first = list->warnings.front();
        QCOMPARE(page.model()->index(0, ChurnWarningModel::ReasonColumn).data().toString(),
                 churnwarninglist::reason(first, list->parameters, list->asOf, m_ws->timeZone()));

        // Double-click opens the member.
        QSignalSpy shown(&page, &ChurnWarningPage::showMembersRequested);
        QTableView *table = page.table();
        const QPoint cell = centreOf(table, 0, ChurnWarningModel::NameColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).value<QList<qint64>>(), QList<qint64>{first.memberRef});
        QCOMPARE(shown.at(0).at(1).toString(), first.name);

        // Save as a static segment: every member of the list.
        QSignalSpy saved(&page, &ChurnWarningPage::saveMembersAsSegment);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).value<QList<qint64>>().size(), int(expected->size()));
        QVERIFY(saved.at(0).at(0).toString().startsWith(QStringLiteral("Churn warnings on ")));

        // The export: the list, no phone or e-mail, and an audit row with counts only.
        const QString path = m_dir.filePath(QStringLiteral("churn.csv"));
        const qint64 audits = scalar(
            *m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                  "object_kind = 'churn_warning'"));
        const auto written = page.exportCsv(path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(*written, qint64(expected->size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(expected->size()) + 1);
        QCOMPARE(lines.at(0), churnwarninglist::columns().join(QLatin1Char(',')));
        QVERIFY(lines.at(1).startsWith(first.memberId + QLatin1Char(',')));
        QVERIFY(!text.contains(QLatin1Char('@')));
        const auto phones = refsOf(*m_ws,
                                   QStringLiteral("SELECT id FROM members WHERE phone IS NOT NULL "
                                                  "AND id = ?"),
                                   {first.memberRef});
        if (!phones.isEmpty()) {
            const QString phone =
                sql::scalar(m_ws->db(), QStringLiteral("SELECT phone FROM members WHERE id = ?"),
                            {first.memberRef})
                    ->toString();
            QVERIFY(!text.contains(phone));
        }
        QCOMPARE(
            scalar(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                         "AND object_kind = 'churn_warning'")),
            audits + 1);
        const QString detail =
            sql::scalar(m_ws->db(), QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC "
                                                   "LIMIT 1"))
                ->toString();
        QVERIFY(detail.contains(QStringLiteral("\"rows\":%1").arg(expected->size())));
        QVERIFY(!detail.contains(first.name));
    }

    void closingEmptiesThePages()
    {
        TiersPage tiers;
        ChurnWarningPage churn;
        tiers.setWorkspace(m_ws.get(), &m_undo);
        churn.setWorkspace(m_ws.get(), &m_undo);
        // Closing while the work runs: nothing arrives afterwards.
        tiers.setWorkspace(nullptr, nullptr);
        churn.setWorkspace(nullptr, nullptr);
        QTest::qWait(200);
        QVERIFY(!tiers.summary());
        QVERIFY(!churn.list());
        QCOMPARE(churn.model()->rowCount(), 0);
    }

    // SIYU_BENCH_MEMBERS=100000 build/tests/segments/tst_analysispages timesTheComputations
    void timesTheComputations()
    {
        const int members = qEnvironmentVariableIntValue("SIYU_BENCH_MEMBERS");
        if (members <= 0)
            QSKIP("Set SIYU_BENCH_MEMBERS to time the pages' computations on a demo that size");
        auto ws = demoWorkspace(m_dir.filePath(QStringLiteral("bench.siyu")), members, m_now);
        QVERIFY(ws);
        QElapsedTimer timer;
        const auto time = [&timer](const char *what) {
            qInfo("%s: %lld ms", what, qint64(timer.restart()));
        };
        timer.start();
        QVERIFY(segmentstats::rfmGrid(*ws, m_now, 365));
        time("RFM grid");
        QVERIFY(segmentstats::lifecycleFunnel(*ws));
        time("stage funnel");
        QVERIFY(segmentstats::stageWeeks(*ws, m_now, 26));
        time("26 weeks of stages");
        QVERIFY(segmentstats::tierSummary(*ws, m_now, tiers::Thresholds::load(*ws)));
        time("tier summary");
        QVERIFY(churnWarnings(*ws, m_now));
        time("churn warnings");
    }

    void grabsPages()
    {
        const QString shots = qEnvironmentVariable("SIYU_SHOTS");
        if (shots.isEmpty())
            QSKIP("Set SIYU_SHOTS to a folder to grab the pages");
        // The demo brand of `siyu demo --members 3000`, or the workspace named.
        std::unique_ptr<Workspace> demo;
        if (const QString path = qEnvironmentVariable("SIYU_SHOTS_WORKSPACE"); !path.isEmpty()) {
            auto opened = Workspace::open(path, Workspace::OpenMode::MustExist);
            QVERIFY(opened);
            demo = std::move(*opened);
        } else {
            demo = demoWorkspace(m_dir.filePath(QStringLiteral("shots.siyu")), 3000, m_now);
            QVERIFY(demo);
        }
        Workspace *ws = demo.get();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            language::install(language, QStringLiteral(SIYU_QM_DIR));
            units::Display display = units::Display::current();
            display.zone = ws->timeZone();
            units::Display::setCurrent(display);
            QTabWidget tabs;
            auto *rfmPage = new RfmPage;
            auto *lifecyclePage = new LifecyclePage;
            auto *tiersPage = new TiersPage;
            auto *churnPage = new ChurnWarningPage;
            tabs.addTab(rfmPage, QStringLiteral("RFM"));
            tabs.addTab(lifecyclePage, QStringLiteral("Lifecycle"));
            tabs.addTab(tiersPage, QStringLiteral("Tiers"));
            tabs.addTab(churnPage, QStringLiteral("Churn"));
            tabs.resize(1366, 768);
            tabs.show();
            QVERIFY(QTest::qWaitForWindowExposed(&tabs));
            rfmPage->setWorkspace(ws, nullptr);
            lifecyclePage->setWorkspace(ws, nullptr);
            tiersPage->setWorkspace(ws, nullptr);
            churnPage->setWorkspace(ws, nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(!rfmPage->isBusy() && !lifecyclePage->isBusy() &&
                                         !tiersPage->isBusy() && !churnPage->isBusy(),
                                     60000);
            const QStringList names{QStringLiteral("rfm"), QStringLiteral("lifecycle"),
                                    QStringLiteral("tiers"), QStringLiteral("churn")};
            for (int i = 0; i < tabs.count(); ++i) {
                tabs.setCurrentIndex(i);
                QTest::qWait(50);
                QVERIFY(tabs.grab().save(
                    QStringLiteral("%1/%2-%3.png").arg(shots, names.at(i), language)));
            }
        }
        language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAnalysisPages)
#include "tst_analysispages.moc"
