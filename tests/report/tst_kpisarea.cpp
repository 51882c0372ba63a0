// SPDX-License-Identifier: GPL-3.0-or-later
// The KPIs area built offscreen on the hand-built brand: the worker fills the dashboard, a
// click on a number asks for its members, the scorecard edits through the undo stack.
#include "fixture.h"

#include "models/kpi/scorecardmodel.h"
#include "widgets/charts/chartwidget.h"
#include "widgets/charts/qcp.h"
#include "widgets/kpi/dashboardview.h"
#include "widgets/kpi/kpicard.h"
#include "widgets/kpi/kpisarea.h"
#include "widgets/kpi/periodpicker.h"
#include "widgets/kpi/scorecardpanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace siyu;

class TestKpisArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_stack;
    std::unique_ptr<KpisArea> m_area;

    static QLabel *valueLabel(KpiCard *card)
    {
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->accessibleName() == kpi::title(card->metric()))
                return label;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_ws = fixture::create(m_dir.filePath(QStringLiteral("area.siyu")), "Asia/Shanghai");
        QVERIFY(m_ws);
        m_area = std::make_unique<KpisArea>();
        m_area->resize(1400, 900);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        m_area->setWorkspace(m_ws.get(), &m_stack);
        m_area->periodPicker()->showDay(QDate(2026, 11, 18));
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->isBusy() && m_area->data() &&
                                     m_area->data()->periodName == QLatin1String("2026-W47"),
                                 20000);
    }

    void cardsShowTheWeek()
    {
        // To look at the dashboard: SIYU_SHOTS=/tmp/shots ctest -R tst_kpisarea
        if (const QString shots = qEnvironmentVariable("SIYU_SHOTS"); !shots.isEmpty())
            m_area->grab().save(shots + QStringLiteral("/kpisarea.png"));
        DashboardView *dashboard = m_area->dashboard();
        QCOMPARE(dashboard->card(kpi::Metric::ActiveMembers)->valueText(), QStringLiteral("2"));
        QCOMPARE(dashboard->card(kpi::Metric::Gmv)->valueText(), QStringLiteral("¥100.50"));
        QVERIFY(dashboard->card(kpi::Metric::ActiveMembers)
                    ->changeText()
                    .contains(QStringLiteral("100.0%")));
        QCOMPARE(dashboard->card(kpi::Metric::ActivityRate)->valueText(), QStringLiteral("50.0%"));
    }

    void chartsHaveDataAndTooltips()
    {
        DashboardView *dashboard = m_area->dashboard();
        QCOMPARE(dashboard->chartCount(), 6);
        for (int i = 0; i < dashboard->chartCount(); ++i)
            QVERIFY2(dashboard->chart(i)->plottableCount() > 0, qPrintable(QString::number(i)));
        ChartWidget *trend = dashboard->chart(0);
        trend->replot();
        const QPointF bar(trend->xAxis->coordToPixel(11), trend->yAxis->coordToPixel(1));
        const QString tip = trend->tooltipAt(bar);
        QVERIFY2(tip.contains(QStringLiteral("2026-W47")), qPrintable(tip));
        QVERIFY(trend->tooltipAt(QPointF(1, 1)).isEmpty());
    }

    // The funnel counts members (2 read, 1 of them clicked and bought twice), never the content
    // items' 1,200 reads; each stage with its share of the first. Top content says each
    // item's day.
    void funnelShowsMembers()
    {
        DashboardView *dashboard = m_area->dashboard();
        QStringList texts;
        ChartWidget *funnel = dashboard->chart(2);
        for (int i = 0; i < funnel->itemCount(); ++i) {
            if (auto *text = qobject_cast<QCPItemText *>(funnel->item(i)))
                texts << text->text();
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("2  (100.0%)"), QStringLiteral("1  (50.0%)"),
                                     QStringLiteral("1  (50.0%)"), QStringLiteral("1  (50.0%)")}));
        ChartWidget *content = dashboard->chart(3);
        const auto ticks =
            qSharedPointerDynamicCast<QCPAxisTickerText>(content->yAxis->ticker())->ticks();
        QCOMPARE(ticks.size(), 2);
        // The day as every short day of the window: "18 Nov", not "11/18/26".
        QCOMPARE(ticks.first(), QStringLiteral("Member day recap\n18 Nov"));
    }

    void clickingANumberListsItsMembers()
    {
        QSignalSpy spy(m_area.get(), &Area::showMembersRequested);
        QLabel *label = valueLabel(m_area->dashboard()->card(kpi::Metric::ActiveMembers));
        QVERIFY(label);
        emit label->linkActivated(QStringLiteral("members"));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(0).value<QList<qint64>>(), (QList<qint64>{2, 5}));
        QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("2026-W47")));
    }

    void alertsListTheirMembers()
    {
        QSignalSpy spy(m_area.get(), &Area::showMembersRequested);
        emit m_area->dashboard()->alertClicked(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<QList<qint64>>(), QList<qint64>{1});
        emit m_area->dashboard()->alertClicked(1);
        QCOMPARE(spy.at(1).at(0).value<QList<qint64>>(), QList<qint64>{2});
    }

    void scorecardEditsAreUndoable()
    {
        kpi::ScorecardModel *model = m_area->scorecardModel();
        QCOMPARE(model->rowCount(), int(kpi::metrics().size()));
        const QModelIndex target =
            model->index(int(kpi::Metric::ActiveMembers), kpi::ScorecardModel::TargetColumn);
        QVERIFY(model->setData(target, QStringLiteral("4")));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_area->scorecardPanel()->totalText(), QStringLiteral("50"));
        // The card and the data the report prints follow at once.
        QCOMPARE(*m_area->data()->row(kpi::Metric::ActiveMembers).target, 4.0);
        QCOMPARE(*m_area->data()->scorecard.total, 50.0);
        m_stack.undo();
        QCOMPARE(m_area->scorecardPanel()->totalText(), QStringLiteral("—"));
        QVERIFY(!m_area->data()->row(kpi::Metric::ActiveMembers).target);
    }

    void otherPeriods()
    {
        m_area->periodPicker()->setMode(PeriodPicker::Month);
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->isBusy() && m_area->data() &&
                                     m_area->data()->periodName == QLatin1String("2026-11"),
                                 20000);
        QCOMPARE(m_area->periodPicker()->reportMonday(), QDate(2026, 11, 30));
        m_area->periodPicker()->setRange(QDate(2026, 11, 9), QDate(2026, 11, 22));
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->isBusy() && m_area->data() &&
                                     m_area->data()->period.firstDay == QDate(2026, 11, 9),
                                 20000);
        QCOMPARE(m_area->dashboard()->card(kpi::Metric::Buyers)->valueText(), QStringLiteral("2"));
    }

    void closingTheWorkspaceClears()
    {
        m_area->setWorkspace(nullptr, nullptr);
        QVERIFY(!m_area->data());
        QCOMPARE(m_area->scorecardModel()->rowCount(), 0);
        QCOMPARE(m_area->dashboard()->card(kpi::Metric::ActiveMembers)->valueText(),
                 QStringLiteral("—"));
    }

    void cleanupTestCase() { m_area.reset(); }
};

QTEST_MAIN(TestKpisArea)
#include "tst_kpisarea.moc"
