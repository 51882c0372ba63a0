// SPDX-License-Identifier: GPL-3.0-or-later
// The member funnel of the domain brief against counts worked out by hand: distinct members,
// each stage within the one before, members deleted by the period end left out, the period's
// edges, each stage's share of the first, and nothing defined when nobody read.
#include "kpifixture.h"

#include "models/kpi/funnel.h"
#include "models/kpi/kpiengine.h"

#include <QTest>

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

class TestFunnel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KpiFixture> m_f;

    Funnel funnelOf(const Period &period)
    {
        auto result = memberFunnel(m_f->ws(), period);
        if (!result)
            qFatal("memberFunnel: %s", qPrintable(result.error().toString()));
        return *result;
    }

private slots:
    // 2026-W47 is [2026-11-16, 2026-11-23) in UTC.
    void init()
    {
        m_f = std::make_unique<KpiFixture>();
        KpiFixture &f = *m_f;
        const qint64 a = f.member("2026-10-01");
        f.event(a, "read", "2026-11-17 09:00");
        f.event(a, "read", "2026-11-18 09:00"); // a second read: still one member
        f.event(a, "click", "2026-11-18 09:05");
        f.order(a, 5000, "2026-11-18 10:00");
        f.order(a, 7000, "2026-11-22 23:59"); // the last minute of the week
        const qint64 b = f.member("2026-10-01");
        f.event(b, "read", "2026-11-19 09:00");
        f.event(b, "click", "2026-11-19 09:01");
        f.order(b, 3000, "2026-11-19 12:00");
        f.order(b, 3000, "2026-11-20 12:00", true); // refunded: one paid order only
        f.order(b, 3000, "2026-11-23 00:00");       // the next week
        const qint64 c = f.member("2026-10-01");
        f.event(c, "read", "2026-11-20 09:00");
        f.event(c, "click", "2026-11-20 09:01");
        const qint64 d = f.member("2026-10-01"); // reads and buys, never clicks
        f.event(d, "read", "2026-11-20 09:00");
        f.order(d, 1000, "2026-11-20 10:00");
        f.order(d, 1000, "2026-11-21 10:00");
        const qint64 e = f.member("2026-10-01"); // read the week before: not a reader now
        f.event(e, "read", "2026-11-15 23:59");
        f.event(e, "click", "2026-11-17 09:00");
        f.order(e, 1000, "2026-11-17 10:00");
        const qint64 gone = f.member("2026-10-01", 0, "2026-11-22 08:00");
        f.event(gone, "read", "2026-11-17 09:00");
        f.event(gone, "click", "2026-11-17 09:00");
        f.order(gone, 1000, "2026-11-17 10:00");
        f.order(gone, 1000, "2026-11-18 10:00");
        const qint64 later = f.member("2026-10-01", 0, "2026-11-24 08:00"); // deleted afterwards
        f.event(later, "read", "2026-11-17 09:00");
        const qint64 edges = f.member("2026-10-01");
        f.event(edges, "read", "2026-11-16 00:00");  // the first second: in
        f.event(edges, "click", "2026-11-23 00:00"); // the period's end: out
        f.event(edges, "like", "2026-11-16 00:10");  // other events are no stage
        // Content items' sums are not members and are not in the funnel.
        f.content("2026-11-17 08:00", "published", 5000, 300, 20, 10, 900);
    }
    void cleanup() { m_f.reset(); }

    void stages()
    {
        const Funnel funnel = funnelOf(m_f->week("2026-W47"));
        // Readers a, b, c, d, later, edges; of them clicked a, b, c; bought a, b; again a.
        QCOMPARE(funnel.count(Funnel::Readers), 6);
        QCOMPARE(funnel.count(Funnel::Clickers), 3);
        QCOMPARE(funnel.count(Funnel::Buyers), 2);
        QCOMPARE(funnel.count(Funnel::RepeatBuyers), 1);
        QCOMPARE(*funnel.shareOfFirst(Funnel::Readers), 1.0);
        QCOMPARE(*funnel.shareOfFirst(Funnel::Clickers), 0.5);
        QCOMPARE(*funnel.shareOfFirst(Funnel::Buyers), 2.0 / 6.0);
        QCOMPARE(*funnel.shareOfFirst(Funnel::RepeatBuyers), 1.0 / 6.0);
    }

    // The funnel narrows: its buyers are among the period's buyers, never more.
    void withinTheKpis()
    {
        const Period week = m_f->week("2026-W47");
        const Funnel funnel = funnelOf(week);
        auto kpis = KpiEngine(m_f->ws()).compute(week, {Metric::Buyers});
        QVERIFY(kpis.ok());
        QCOMPARE(*kpis->value(Metric::Buyers), 4.0); // a, b, d, e
        for (int i = 1; i < Funnel::stageCount; ++i)
            QVERIFY(funnel.members[size_t(i)] <= funnel.members[size_t(i - 1)]);
    }

    void longerPeriod()
    {
        // Two weeks: e read on the 15th, clicked and bought in the period too.
        const Funnel funnel = funnelOf(m_f->days(QDate(2026, 11, 9), QDate(2026, 11, 23)));
        QCOMPARE(funnel.members, (std::array<qint64, 4>{7, 4, 3, 1}));
    }

    void nobodyRead()
    {
        const Funnel funnel = funnelOf(m_f->week("2026-W40"));
        QCOMPARE(funnel.members, (std::array<qint64, 4>{0, 0, 0, 0}));
        for (int i = 0; i < Funnel::stageCount; ++i)
            QVERIFY(!funnel.shareOfFirst(Funnel::Stage(i)));
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
