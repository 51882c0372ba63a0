// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk paths of the dashboard and the weekly report against plain SQL on the same rows:
// every group's health at once against each group alone, the members contacted too often
// (both of their ways of reading the events) against a count(DISTINCT ...), and the report
// data computed beside a worker connection against the same computed on one connection.
#include "kpifixture.h"

#include "models/kpi/grouphealth.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/series.h"
#include "models/store/transaction.h"

#include <QTest>

#include <map>

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

namespace {

// A small deterministic generator, so that a failure repeats.
class Dice
{
public:
    int roll(int sides)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(sides));
    }

private:
    quint64 m_state = 47;
};

const char *const eventTypes[] = {"message", "read", "like", "click", "checkin", "coupon_claim"};

// Members, groups with rejoins and leaves, members in the trash, events in and out of groups,
// naming content and campaigns, around 2026-W47 (Asia/Shanghai).
void populate(KpiFixture &f, int members)
{
    Dice dice;
    Transaction tx(f.ws());
    std::vector<qint64> refs;
    for (int i = 0; i < members; ++i)
        refs.push_back(f.member("2026-08-01 10:00", 0,
                                i % 17 == 3    ? "2026-11-18 10:00" // in 2026-W47
                                : i % 23 == 7  ? "2026-11-11 10:00" // in the week before
                                : i % 31 == 11 ? "2026-10-20 10:00" // before the weeks
                                : i % 29 == 5  ? "2026-12-01 10:00" // after them
                                               : nullptr));
    const qint64 base = f.at("2026-10-26 00:00");
    const qint64 day = 86400;
    for (int g = 1; g <= 6; ++g)
        f.exec("INSERT INTO groups(id, group_id, name, member_cap) VALUES(?, ?, ?, ?)",
               {g, QStringLiteral("g%1").arg(g), QStringLiteral("Group %1").arg(g), 40});
    for (qint64 m : refs) {
        for (int g = 1; g <= 6; ++g) {
            if (dice.roll(3) != 0)
                continue;
            const qint64 joined = base + qint64(dice.roll(35)) * day + dice.roll(day);
            const bool leaves = dice.roll(3) == 0;
            const qint64 left = joined + qint64(dice.roll(20)) * day + dice.roll(day);
            f.exec(
                "INSERT INTO memberships(group_ref, member_ref, joined_at, left_at) "
                "VALUES(?, ?, ?, ?)",
                {g, m, joined, leaves ? QVariant(left) : QVariant(QMetaType(QMetaType::LongLong))});
            if (leaves && dice.roll(2) == 0) // back in later
                f.exec("INSERT INTO memberships(group_ref, member_ref, joined_at) VALUES(?, ?, ?)",
                       {g, m, left + day});
        }
    }
    for (int k = 1; k <= 8; ++k)
        f.content("2026-11-10 10:00", "published", 100, 5, 1, 1, 3);
    const qint64 campaign = f.campaign();
    for (qint64 m : refs) {
        // Most members do little; every ninth one a lot.
        const int count = m % 9 == 0 ? 12 + dice.roll(10) : dice.roll(3);
        for (int e = 0; e < count; ++e) {
            const qint64 t = base + qint64(dice.roll(42)) * day + dice.roll(day);
            const int kind = dice.roll(6);
            const QVariant group = dice.roll(2) == 0 ? QVariant(1 + dice.roll(6))
                                                     : QVariant(QMetaType(QMetaType::LongLong));
            const QVariant content = kind >= 1 && kind <= 3
                                         ? QVariant(1 + dice.roll(8))
                                         : QVariant(QMetaType(QMetaType::LongLong));
            const QVariant camp =
                kind == 5 ? QVariant(campaign) : QVariant(QMetaType(QMetaType::LongLong));
            f.exec("INSERT INTO events(member_ref, type, occurred_at, group_ref, content_ref, "
                   "campaign_ref) VALUES(?, ?, ?, ?, ?, ?)",
                   {m, QString::fromLatin1(eventTypes[kind]), t, group, content, camp});
        }
        if (m % 7 == 2) // orders too, some refunded
            f.orderAt(m, 1000, base + qint64(dice.roll(42)) * day + dice.roll(day),
                      dice.roll(4) == 0);
    }
    // Members joining during the weeks.
    for (int i = 0; i < members / 10; ++i) {
        const qint64 joined = base + qint64(dice.roll(42)) * day + dice.roll(day);
        f.exec("INSERT INTO members(member_id, joined_at) VALUES(?, ?)",
               {QStringLiteral("late%1").arg(i), joined});
        if (dice.roll(2) == 0)
            f.eventAt(f.lastId(), "read", joined + qint64(dice.roll(10)) * day);
    }
    QVERIFY(tx.commit());
}

void compareFigures(const GroupHealthFigures &all, const GroupHealthFigures &one, qint64 group)
{
    const QByteArray what = QByteArray("group ") + QByteArray::number(group);
    QVERIFY2(all.joins == one.joins, what.constData());
    QVERIFY2(all.leaves == one.leaves, what.constData());
    QVERIFY2(all.members == one.members, what.constData());
    QVERIFY2(all.messages == one.messages, what.constData());
    QVERIFY2(all.activeMembers == one.activeMembers, what.constData());
    QVERIFY2(all.days == one.days, what.constData());
    QVERIFY2(all.label == one.label, what.constData());
}

// Members over the cap by plain SQL: (contacts, member), most contacted first.
std::vector<std::pair<qint64, qint64>> overCapBySql(KpiFixture &f, const Period &week, int cap)
{
    auto q = sql::run(
        f.ws().db(),
        QStringLiteral("SELECT member_ref, count(DISTINCT coalesce(content_ref, "
                       "-campaign_ref)) AS n FROM events WHERE occurred_at >= ? AND "
                       "occurred_at < ? AND (content_ref IS NOT NULL OR campaign_ref IS NOT "
                       "NULL) AND member_ref NOT IN (SELECT id FROM members WHERE deleted_at "
                       "IS NOT NULL AND deleted_at < ?) GROUP BY member_ref HAVING n > ? "
                       "ORDER BY n DESC, member_ref"),
        {week.from, week.to, week.to, cap});
    std::vector<std::pair<qint64, qint64>> out;
    while (q && q->next())
        out.emplace_back(q->value(1).toLongLong(), q->value(0).toLongLong());
    return out;
}

} // namespace

class TestKpiScans : public QObject
{
    Q_OBJECT

private slots:
    void everyGroupAtOnceEqualsEachGroupAlone()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        populate(f, 300);
        for (const char *name : {"2026-W45", "2026-W47", "2026-W49"}) {
            const Period week = f.week(name);
            auto rows = GroupHealth(f.ws()).forAllGroups(week);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), size_t(6));
            qint64 active = 0;
            for (const GroupHealthRow &row : *rows) {
                auto one = GroupHealth(f.ws()).forGroup(row.groupRef, week);
                QVERIFY(one.ok());
                compareFigures(row.figures, *one, row.groupRef);
                active += row.figures.activeMembers;
            }
            if (QByteArray(name) == "2026-W47")
                QVERIFY(active > 0); // the comparison is not about empty figures
        }
    }

    void contactsOverTheCapBothWays()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        populate(f, 300);
        const Period week = f.week("2026-W47");
        {
            // Many members reached once: the few over a cap of 3 are looked up one by one.
            Transaction tx(f.ws());
            for (int i = 0; i < 200; ++i)
                f.event(f.member("2026-08-01 10:00"), "read", "2026-11-18 10:00");
            f.exec("UPDATE events SET content_ref = 1 WHERE content_ref IS NULL AND type = 'read'",
                   {});
            // And one member reached by five content items.
            const qint64 heavy = f.member("2026-08-01 10:00");
            for (int k = 1; k <= 5; ++k)
                f.exec("INSERT INTO events(member_ref, type, occurred_at, content_ref) "
                       "VALUES(?, 'read', ?, ?)",
                       {heavy, f.at("2026-11-19 10:00") + k, k});
            QVERIFY(tx.commit());
        }
        // cap 3: few members have more events than that (each member's events are read); caps
        // 1 and 0: most members with an event are candidates (the whole week is read).
        for (int cap : {3, 1, 0}) {
            const auto expected = overCapBySql(f, week, cap);
            auto alerts = overContacted(f.ws(), week, cap, 5);
            QVERIFY(alerts.ok());
            QCOMPARE(alerts->count, qint64(expected.size()));
            QCOMPARE(alerts->refs.size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i)
                QCOMPARE(alerts->refs[i], expected[i].second);
            QCOMPARE(alerts->members.size(), std::min<size_t>(5, expected.size()));
            for (size_t i = 0; i < alerts->members.size(); ++i)
                QCOMPARE(alerts->members[i].contacts, expected[i].first);
            if (cap == 3)
                QVERIFY(!expected.empty());
        }
    }

    // The report counts the churn of its week and the week before in the trend's pass when
    // the weeks reach back far enough, else with the KPI engine: the same numbers either way.
    void reportChurnEqualsTheEngine_data()
    {
        QTest::addColumn<int>("churnDays");
        QTest::addColumn<int>("weeks");
        QTest::newRow("9 days") << 9 << 12;
        QTest::newRow("20 days") << 20 << 12;
        QTest::newRow("20 days, 4 weeks (too short)") << 20 << 4;
        QTest::newRow("3 days (shorter than a week)") << 3 << 12;
        QTest::newRow("7 days") << 7 << 12;
        QTest::newRow("60 days") << 60 << 12;
        QTest::newRow("100 days (beyond the weeks)") << 100 << 12;
    }

    void reportChurnEqualsTheEngine()
    {
        QFETCH(int, churnDays);
        QFETCH(int, weeks);
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        f.setChurnDays(churnDays);
        populate(f, 300);
        qint64 seen = 0;
        for (const char *name : {"2026-W45", "2026-W47", "2026-W48", "2026-W50"}) {
            auto request = weekRequest(f.ws(), QString::fromLatin1(name));
            QVERIFY(request.ok());
            request->weeks = weeks;
            auto data = buildReportData(f.ws(), *request);
            QVERIFY(data.ok());
            auto engine = KpiEngine(f.ws()).computeWithPrevious(request->period);
            QVERIFY(engine.ok());
            for (Metric metric : {Metric::ChurnedMembers, Metric::ChurnRate}) {
                const KpiRow &row = data->row(metric);
                QVERIFY2(row.current == engine->first.value(metric), name);
                QVERIFY2(row.previous == engine->second.value(metric), name);
            }
            seen += qint64(data->row(Metric::ChurnedMembers).current.value_or(0));
        }
        if (churnDays <= 20)
            QVERIFY(seen > 0); // the comparison is not about nobody
    }

    // A period that is not one ISO week: every KPI, churn too, as the engine computes it.
    void monthReportEqualsTheEngine()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        f.setChurnDays(9);
        populate(f, 200);
        ReportRequest request;
        request.period = f.days(QDate(2026, 11, 1), QDate(2026, 12, 1));
        request.periodName = QStringLiteral("2026-11");
        request.weeks = 6;
        auto data = buildReportData(f.ws(), request);
        QVERIFY(data.ok());
        auto engine = KpiEngine(f.ws()).computeWithPrevious(request.period);
        QVERIFY(engine.ok());
        for (const MetricInfo &m : metrics()) {
            const KpiRow &row = data->row(m.metric);
            QVERIFY2(row.current == engine->first.value(m.metric), m.key);
            QVERIFY2(row.previous == engine->second.value(m.metric), m.key);
        }
        QVERIFY(data->row(Metric::ChurnedMembers).current.value_or(0) > 0);
    }

    void reportDataBesideAWorkerEqualsOneConnection()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        populate(f, 200);
        auto request = weekRequest(f.ws(), QStringLiteral("2026-W47"));
        QVERIFY(request.ok());
        request->weeks = 6;
        auto parallel = buildReportData(f.ws(), *request);
        QVERIFY(parallel.ok());
        // Inside a transaction the worker's connection would not see the same rows: the data
        // is computed on this connection alone.
        Transaction tx(f.ws());
        auto alone = buildReportData(f.ws(), *request);
        QVERIFY(alone.ok());
        QCOMPARE(parallel->scan.trend.weeks.size(), size_t(6));
        QCOMPARE(alone->scan.trend.weeks.size(), size_t(6));
        for (size_t w = 0; w < 6; ++w) {
            QCOMPARE(parallel->scan.trend.weeks[w].activeMembers,
                     alone->scan.trend.weeks[w].activeMembers);
            QCOMPARE(parallel->scan.trend.weeks[w].totalMembers,
                     alone->scan.trend.weeks[w].totalMembers);
        }
        QVERIFY(parallel->scan.trend.weeks.back().activeMembers > 0);
        QCOMPARE(parallel->scan.churn.refs, alone->scan.churn.refs);
        QCOMPARE(parallel->groups.size(), alone->groups.size());
        for (size_t g = 0; g < parallel->groups.size(); ++g)
            compareFigures(parallel->groups[g].figures, alone->groups[g].figures,
                           parallel->groups[g].groupRef);
        QCOMPARE(parallel->groupsNearCap.size(), alone->groupsNearCap.size());
        QCOMPARE(parallel->contacts.refs, alone->contacts.refs);
        QCOMPARE(parallel->alertWeek.from, alone->alertWeek.from);
        QCOMPARE(parallel->alertWeek.to, alone->alertWeek.to);
        QCOMPARE(parallel->kpis.size(), alone->kpis.size());
        for (size_t k = 0; k < parallel->kpis.size(); ++k) {
            QCOMPARE(parallel->kpis[k].current, alone->kpis[k].current);
            QCOMPARE(parallel->kpis[k].previous, alone->kpis[k].previous);
            QCOMPARE(parallel->kpis[k].trend, alone->kpis[k].trend);
        }
    }
};

QTEST_GUILESS_MAIN(TestKpiScans)
#include "tst_kpiscans.moc"
