// SPDX-License-Identifier: GPL-3.0-or-later
// The demo brand reads as a real one at any size: no content item has more likes, comments,
// shares or clicks than reads (nor more conversions than clicks), no week's interaction rate or
// click-through rate passes 100 %, the member funnel narrows, and campaigns spend in proportion
// to the brand, so that ROI stays in a believable band while the cost lines grow in number.
#include "demofixture.h"

#include "models/demo/demobrand.h"
#include "models/demo/democalendar.h"
#include "models/kpi/funnel.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/series.h"
#include "models/store/workspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace siyu;
using namespace siyu::testing;

namespace {

constexpr int smallBrand = 2000;
constexpr int largerBrand = 12000;

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 6) : QStringLiteral("null");
}

} // namespace

class TestDemoPlausible : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_small;
    std::unique_ptr<Workspace> m_larger;

    std::unique_ptr<Workspace> build(const QString &name, int members)
    {
        auto ws = Workspace::open(m_dir.filePath(name));
        if (!ws) {
            qWarning("%s", qPrintable(ws.error().toString()));
            return nullptr;
        }
        demo::DemoOptions options;
        options.members = members;
        options.seed = 7;
        options.now = demoNow;
        if (const Status status = demo::generate(**ws, options); !status) {
            qWarning("%s", qPrintable(status.error().toString()));
            return nullptr;
        }
        return std::move(*ws);
    }

    // The complete ISO weeks of the demo's half year, in its zone.
    std::vector<Period> weeks(const Workspace &ws) const
    {
        const QDate today = timeutil::localDate(demoNow, ws.timeZone());
        const QDate lastMonday = today.addDays(1 - today.dayOfWeek() - 7);
        std::vector<Period> out;
        for (int w = 25; w >= 0; --w) {
            const QDate monday = lastMonday.addDays(-7 * w);
            out.push_back(timeutil::periodOfDays(monday, monday.addDays(7), ws.timeZone()));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = build(QStringLiteral("small.siyu"), smallBrand);
        QVERIFY(m_small);
        m_larger = build(QStringLiteral("larger.siyu"), largerBrand);
        QVERIFY(m_larger);
    }

    void reactionsNeverExceedReads()
    {
        for (Workspace *ws : {m_small.get(), m_larger.get()}) {
            QCOMPARE(countOf(*ws, QStringLiteral("SELECT count(*) FROM content WHERE likes > reads "
                                                 "OR comments > reads OR shares > reads OR "
                                                 "clicks > reads OR conversions > clicks OR "
                                                 "likes + comments + shares > reads")),
                     qint64(0));
            QVERIFY(countOf(*ws, QStringLiteral("SELECT sum(likes + comments + shares) FROM "
                                                "content")) > 0);
        }
    }

    void weeklyRatesAreShares()
    {
        const kpi::KpiEngine engine(*m_small);
        int weeksWithReads = 0;
        for (const Period &week : weeks(*m_small)) {
            auto values = engine.compute(week, {kpi::Metric::InteractionRate, kpi::Metric::Ctr});
            QVERIFY(values.ok());
            for (kpi::Metric metric : {kpi::Metric::InteractionRate, kpi::Metric::Ctr}) {
                const auto rate = values->value(metric);
                QVERIFY2(!rate || (*rate >= 0 && *rate <= 1.0),
                         qPrintable(timeutil::isoWeekName(week.firstDay) + QLatin1Char(' ') +
                                    show(rate)));
            }
            weeksWithReads += values->value(kpi::Metric::InteractionRate) ? 1 : 0;
        }
        QVERIFY(weeksWithReads >= 20);
    }

    void funnelNarrows()
    {
        const Period week = weeks(*m_small).back();
        auto funnel = kpi::memberFunnel(*m_small, week);
        QVERIFY(funnel.ok());
        QVERIFY(funnel->count(kpi::Funnel::Readers) > 100);
        QVERIFY(funnel->count(kpi::Funnel::RepeatBuyers) > 0);
        for (int i = 1; i < kpi::Funnel::stageCount; ++i)
            QVERIFY(funnel->members[size_t(i)] < funnel->members[size_t(i - 1)]);
    }

    // Weekly series repeat titles; the top content of every week still reads as distinct items.
    void topContentIsTold()
    {
        const auto iso = [](const QDate &day) {
            return day.toString(Qt::ISODate);
        };
        int repeatedTitles = 0;
        for (const Period &week : weeks(*m_small)) {
            auto top = kpi::topContent(*m_small, week, 8);
            QVERIFY(top.ok());
            const std::vector<QString> details = kpi::contentDetails(*top, iso);
            QSet<QString> titles, labels;
            for (size_t i = 0; i < top->size(); ++i) {
                titles.insert(top->at(i).title);
                labels.insert(top->at(i).title + QLatin1Char('\n') + details[i]);
                QVERIFY(details[i].startsWith(iso(top->at(i).scheduledDay)));
            }
            repeatedTitles += int(top->size()) - int(titles.size());
            QCOMPARE(int(labels.size()), int(top->size()));
        }
        QVERIFY(repeatedTitles > 0); // the case is there to tell apart
    }

    // ROI over the half year, and in each of the last eight weeks, in a band a brand would
    // believe: neither thousands of percent nor a loss on every campaign.
    void roiIsBelievable()
    {
        for (Workspace *ws : {m_small.get(), m_larger.get()}) {
            const kpi::KpiEngine engine(*ws);
            const std::vector<Period> all = weeks(*ws);
            const Period half{all.front().from, all.back().to, all.front().firstDay,
                              all.back().endDay};
            auto whole = engine.compute(half, {kpi::Metric::Roi});
            QVERIFY(whole.ok());
            const auto roi = whole->value(kpi::Metric::Roi);
            QVERIFY2(roi && *roi > 0.2 && *roi < 5.0, qPrintable(show(roi)));
            for (size_t w = all.size() - 8; w < all.size(); ++w) {
                auto week = engine.compute(all[w], {kpi::Metric::Roi});
                QVERIFY(week.ok());
                const auto weekRoi = week->value(kpi::Metric::Roi);
                QVERIFY2(!weekRoi || *weekRoi < 20.0, qPrintable(show(weekRoi)));
            }
        }
    }

    // Six times the members: about six times the budgets and the costs, and more cost lines.
    void spendGrowsWithTheBrand()
    {
        const auto sum = [](Workspace &ws, const char *query) {
            return double(countOf(ws, QString::fromLatin1(query)));
        };
        const double budgets = sum(*m_larger, "SELECT sum(budget_cents) FROM campaigns") /
                               sum(*m_small, "SELECT sum(budget_cents) FROM campaigns");
        const double costs = sum(*m_larger, "SELECT sum(amount_cents) FROM campaign_costs") /
                             sum(*m_small, "SELECT sum(amount_cents) FROM campaign_costs");
        const double factor = double(largerBrand) / double(smallBrand);
        QVERIFY2(std::abs(budgets / factor - 1) < 0.01, qPrintable(QString::number(budgets)));
        QVERIFY2(std::abs(costs / factor - 1) < 0.1, qPrintable(QString::number(costs)));
        QVERIFY(sum(*m_larger, "SELECT count(*) FROM campaign_costs") >
                1.5 * sum(*m_small, "SELECT count(*) FROM campaign_costs"));
    }

    // The budgets alone, at the sizes too large to build here: in proportion to the members.
    void budgetsScale()
    {
        const std::vector<QByteArray> staff{"A"};
        const demo::DemoCalendar small(demoNow, 7, staff, 2000);
        const demo::DemoCalendar huge(demoNow, 7, staff, 1000000);
        QCOMPARE(small.campaigns().size(), huge.campaigns().size());
        for (size_t i = 0; i < small.campaigns().size(); ++i)
            QCOMPARE(huge.campaigns()[i].budgetCents, small.campaigns()[i].budgetCents * 500);
    }
};

QTEST_GUILESS_MAIN(TestDemoPlausible)
#include "tst_demoplausible.moc"
