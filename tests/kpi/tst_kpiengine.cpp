// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpifixture.h"

#include "models/kpi/drilldown.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/metric.h"

#include <QRandomGenerator>

#include <algorithm>
#include <map>
#include <set>

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

namespace {

constexpr qint64 day = 86400;

KpiValues computed(KpiFixture &f, const Period &period)
{
    auto values = KpiEngine(f.ws()).compute(period);
    if (!values)
        qFatal("compute: %s", qPrintable(values.error().toString()));
    return *values;
}

std::vector<qint64> drillIds(KpiFixture &f, MemberSet set, const Period &period)
{
    auto ids = DrillDown(f.ws()).members(set, period);
    if (!ids)
        qFatal("drill down: %s", qPrintable(ids.error().toString()));
    return *ids;
}

// Member ids as "3 7 12", so that a failing comparison shows both lists.
QString text(const std::vector<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

QString drill(KpiFixture &f, MemberSet set, const Period &period)
{
    return text(drillIds(f, set, period));
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

// Why a KPI differs from its value computed by hand (nullopt = "not defined"); empty when not.
QString mismatch(const KpiValues &values, Metric metric, const std::optional<double> &expected)
{
    const std::optional<double> actual = values.value(metric);
    const QString key = QLatin1String(info(metric).key);
    if (actual.has_value() != expected.has_value())
        return QStringLiteral("%1: defined %2, expected %3")
            .arg(key)
            .arg(actual.has_value())
            .arg(expected.has_value());
    const double a = actual.value_or(0);
    const double e = expected.value_or(0);
    if (!near(a, e))
        return QStringLiteral("%1: %2, expected %3").arg(key).arg(a, 0, 'g', 17).arg(e, 0, 'g', 17);
    return {};
}

#define EXPECT_KPI(values, metric, expected)                                                       \
    do {                                                                                           \
        const QString problem_ = mismatch((values), (metric), (expected));                         \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

class TestKpiEngine : public QObject
{
    Q_OBJECT

    // The cast of the week 2026-W47 (UTC): [2026-11-16, 2026-11-23). Members are numbered in
    // the order they are made; each line says why it is there.
    struct Week47
    {
        qint64 m[18] = {};
    };

    static Week47 buildWeek47(KpiFixture &f)
    {
        Week47 w;
        auto &m = w.m;
        m[1] = f.member("2026-01-10");
        m[2] = f.member("2026-11-16 00:00:00", m[1]);   // joins on the first second: new
        m[3] = f.member("2026-11-22 23:59:59", m[1]);   // joins on the last second: new
        m[4] = f.member("2026-11-23 00:00:00", m[2]);   // joins at the end: not counted
        m[5] = f.member("2026-06-01", 0, "2026-11-20"); // deleted in the week: left out
        m[6] = f.member("2026-06-01", 0, "2026-11-23"); // deleted at the end: still counted
        m[7] = f.member("2026-03-01", m[1]);
        m[8] = f.member("2026-11-18", m[7]);
        // The churn cast; churn_days = 60 puts the window of last times at [09-17, 09-24).
        m[9] = f.member("2026-09-17 00:00:00"); // nothing after joining: churns at 11-16 00:00
        m[10] = f.member("2026-01-01");
        f.event(m[10], "message", "2026-09-24 00:00:00"); // churns at 11-23 00:00: outside
        m[11] = f.member("2026-01-01");
        f.event(m[11], "message", "2026-09-20 12:00");
        f.event(m[11], "message", "2026-11-19 11:59:59"); // back one second before: no churn
        m[12] = f.member("2026-01-01");
        f.event(m[12], "message", "2026-09-20 12:00");
        f.event(m[12], "message", "2026-11-19 12:00:00"); // a gap of exactly 60 days: churns
        m[13] = f.member("2026-01-01");
        f.event(m[13], "message", "2026-09-20");
        f.order(m[13], 1000, "2026-10-10"); // a paid order keeps them
        m[14] = f.member("2026-01-01");
        f.event(m[14], "message", "2026-09-20");
        f.order(m[14], 1000, "2026-10-10", true); // a refunded one does not: churns 11-19
        m[15] = f.member("2026-10-05");
        f.event(m[15], "message", "2026-09-20"); // before joining; the joining keeps them
        m[16] = f.member("2026-01-01");
        f.event(m[16], "checkin", "2026-09-18");
        f.event(m[16], "checkin", "2026-09-22");
        f.event(m[16], "checkin", "2026-11-22"); // churned on 11-21, back the next day
        m[17] = f.member("2026-01-01");
        f.event(m[17], "message", "2026-09-22");
        f.event(m[17], "message", "2026-11-20"); // 59 days: no churn
        f.event(m[5], "message", "2026-09-18");  // would churn, but is deleted

        // Events of the week.
        f.event(m[1], "message", "2026-11-16 00:00:00");
        f.event(m[1], "like", "2026-11-17");
        f.event(m[2], "read", "2026-11-20");
        f.event(m[5], "message", "2026-11-18");
        f.event(m[5], "survey", "2026-11-18", 1.0);
        f.event(m[6], "survey", "2026-11-19", 4.0);
        f.event(m[7], "survey", "2026-11-21", 5.0);
        f.event(m[7], "survey", "2026-11-21"); // no score
        f.event(m[3], "message", "2026-11-23 00:00:00");
        f.event(m[8], "message", "2026-11-15 23:59:59");

        const qint64 c1 = f.campaign();
        f.order(m[1], 10000, "2026-11-16 10:00", false, c1);
        f.order(m[1], 5050, "2026-11-18");
        f.order(m[2], 2000, "2026-11-19", true);
        f.order(m[7], 3025, "2026-11-22 23:59:59", false, c1);
        f.order(m[8], 1000, "2026-11-23 00:00:00");
        f.order(m[6], 500, "2026-11-15 23:00");
        f.order(m[5], 9900, "2026-11-17");
        f.order(m[1], 20000, "2026-05-01");
        f.order(m[7], 1234, "2026-10-01");
        f.order(m[3], 4000, "2026-12-01");

        f.cost(c1, 5000, "2026-11-16 00:00:00");
        f.cost(c1, 2500, "2026-11-22");
        f.cost(c1, 100000, "2026-11-23 00:00:00");
        f.cost(c1, 700, "2026-11-15");

        f.content("2026-11-16 00:00:00", "published", 1000, 50, 10, 5, 100);
        f.content("2026-11-20", "reviewed", 500, 25, 5, 5, 20);
        f.content("2026-11-21", "scheduled", 999, 99, 9, 9, 9);
        f.content("2026-11-22", "draft", 999, 99, 9, 9, 9);
        f.content("2026-11-23 00:00:00", "published", 999, 99, 9, 9, 9);
        f.content("2026-11-15 23:59:59", "published", 999, 99, 9, 9, 9);
        return w;
    }

private slots:
    void metricTable()
    {
        QCOMPARE(metrics().size(), size_t(24));
        const char *const contract[] = {"new_members",
                                        "total_members",
                                        "active_members",
                                        "activity_rate",
                                        "churned_members",
                                        "churn_rate",
                                        "content_reads",
                                        "content_likes",
                                        "content_comments",
                                        "content_shares",
                                        "interaction_rate",
                                        "ctr",
                                        "buyers",
                                        "conversion_rate",
                                        "gmv",
                                        "orders",
                                        "aov",
                                        "repurchase_rate",
                                        "arpu",
                                        "ltv",
                                        "cac",
                                        "roi",
                                        "k_factor",
                                        "satisfaction"};
        for (size_t i = 0; i < metrics().size(); ++i) {
            QCOMPARE(size_t(metrics()[i].metric), i);
            QCOMPARE(QLatin1String(metrics()[i].key), QLatin1String(contract[i]));
            QVERIFY(metricFromKey(QLatin1String(contract[i])) == metrics()[i].metric);
            QVERIFY(!title(metrics()[i].metric).isEmpty());
        }
        QVERIFY(!metricFromKey(QStringLiteral("nps")));
        QVERIFY(info(Metric::Cac).lowerIsBetter);
        QVERIFY(info(Metric::ChurnRate).lowerIsBetter);
        QVERIFY(!info(Metric::Gmv).lowerIsBetter);
    }

    void formatting()
    {
        QCOMPARE(format(Metric::ActivityRate, std::nullopt), QStringLiteral("—"));
        QCOMPARE(format(Metric::ActivityRate, 0.25), QStringLiteral("25.0%"));
        QCOMPARE(format(Metric::Gmv, 1234.5), QStringLiteral("¥1,234.50"));
        QCOMPARE(format(Metric::TotalMembers, 1234567.0), QStringLiteral("1,234,567"));
        QCOMPARE(format(Metric::Satisfaction, 4.5), QStringLiteral("4.50"));
        QCOMPARE(format(Metric::Roi, -0.5), QStringLiteral("-50.0%"));
        QCOMPARE(title(Metric::Aov), QStringLiteral("Average order value"));
    }

    void everyKpiOfAWeek()
    {
        KpiFixture f;
        const Week47 w = buildWeek47(f);
        Q_UNUSED(w);
        const KpiValues v = computed(f, f.week("2026-W47"));
        EXPECT_KPI(v, Metric::NewMembers, 3.0);
        EXPECT_KPI(v, Metric::TotalMembers, 15.0);
        EXPECT_KPI(v, Metric::ActiveMembers, 8.0);
        EXPECT_KPI(v, Metric::ActivityRate, 8.0 / 15.0);
        EXPECT_KPI(v, Metric::ChurnedMembers, 4.0);
        EXPECT_KPI(v, Metric::ChurnRate, 4.0 / 13.0);
        EXPECT_KPI(v, Metric::ContentReads, 1500.0);
        EXPECT_KPI(v, Metric::ContentLikes, 75.0);
        EXPECT_KPI(v, Metric::ContentComments, 15.0);
        EXPECT_KPI(v, Metric::ContentShares, 10.0);
        EXPECT_KPI(v, Metric::InteractionRate, 100.0 / 1500.0);
        EXPECT_KPI(v, Metric::Ctr, 120.0 / 1500.0);
        EXPECT_KPI(v, Metric::Buyers, 2.0);
        EXPECT_KPI(v, Metric::ConversionRate, 2.0 / 8.0);
        EXPECT_KPI(v, Metric::Gmv, 180.75);
        EXPECT_KPI(v, Metric::Orders, 3.0);
        EXPECT_KPI(v, Metric::Aov, 60.25);
        EXPECT_KPI(v, Metric::RepurchaseRate, 0.5);
        EXPECT_KPI(v, Metric::Arpu, 180.75 / 8.0);
        EXPECT_KPI(v, Metric::Ltv, 408.09 / 15.0);
        EXPECT_KPI(v, Metric::Cac, 75.0 / 3.0);
        EXPECT_KPI(v, Metric::Roi, (130.25 - 75.0) / 75.0);
        EXPECT_KPI(v, Metric::KFactor, 1.5);
        EXPECT_KPI(v, Metric::Satisfaction, 4.5);
        QCOMPARE(v.values.size(), metrics().size());
    }

    void membersBehindTheNumbers()
    {
        KpiFixture f;
        const Week47 w = buildWeek47(f);
        const auto &m = w.m;
        const Period p = f.week("2026-W47");
        using Ids = std::vector<qint64>;
        QCOMPARE(drill(f, MemberSet::NewMembers, p), text(Ids{m[2], m[3], m[8]}));
        QCOMPARE(drill(f, MemberSet::ActiveMembers, p),
                 text(Ids{m[1], m[2], m[6], m[7], m[11], m[12], m[16], m[17]}));
        QCOMPARE(drill(f, MemberSet::ChurnedMembers, p), text(Ids{m[9], m[12], m[14], m[16]}));
        QCOMPARE(drill(f, MemberSet::Buyers, p), text(Ids{m[1], m[7]}));
        QCOMPARE(drill(f, MemberSet::RepeatBuyers, p), text(Ids{m[1]}));
        QCOMPARE(drill(f, MemberSet::ReferredMembers, p), text(Ids{m[2], m[3], m[8]}));
        const Ids total = drillIds(f, MemberSet::TotalMembers, p);
        QCOMPARE(total.size(), size_t(15));
        QVERIFY(std::find(total.begin(), total.end(), m[4]) == total.end());
        QVERIFY(std::find(total.begin(), total.end(), m[5]) == total.end());
        QVERIFY(std::find(total.begin(), total.end(), m[6]) != total.end());
        QVERIFY(memberSetOf(Metric::ActivityRate) == MemberSet::ActiveMembers);
        QVERIFY(memberSetOf(Metric::ChurnRate) == MemberSet::ChurnedMembers);
        QVERIFY(!memberSetOf(Metric::ContentReads));
    }

    void onlyTheKpisAskedFor()
    {
        KpiFixture f;
        buildWeek47(f);
        auto v = KpiEngine(f.ws()).compute(f.week("2026-W47"),
                                           {Metric::ChurnRate, Metric::Gmv, Metric::Ltv});
        QVERIFY(v.ok());
        QCOMPARE(v->values.size(), size_t(3));
        EXPECT_KPI(*v, Metric::ChurnRate, 4.0 / 13.0);
        EXPECT_KPI(*v, Metric::Gmv, 180.75);
        EXPECT_KPI(*v, Metric::Ltv, 408.09 / 15.0);
        QVERIFY(!v->value(Metric::ActiveMembers));
    }

    void previousPeriodAlongside()
    {
        KpiFixture f;
        buildWeek47(f);
        auto both = KpiEngine(f.ws()).computeWithPrevious(f.week("2026-W47"));
        QVERIFY(both.ok());
        const KpiValues &before = both->second;
        QCOMPARE(before.period.from, f.at("2026-11-09"));
        QCOMPARE(before.period.to, f.at("2026-11-16"));
        EXPECT_KPI(before, Metric::Gmv, 5.0);
        EXPECT_KPI(before, Metric::Orders, 1.0);
        EXPECT_KPI(before, Metric::NewMembers, 0.0);
        EXPECT_KPI(before, Metric::Cac, std::nullopt);
        EXPECT_KPI(before, Metric::ActiveMembers, 1.0); // m8's event before joining
        EXPECT_KPI(both->first, Metric::Gmv, 180.75);
    }

    void lifetimeValueEarlyInTheHistory()
    {
        // Early in the orders' history LTV is summed forwards, late backwards: both the same.
        KpiFixture f;
        buildWeek47(f);
        const KpiValues v = computed(f, f.week("2026-W19")); // 2026-05-04 .. 2026-05-11
        EXPECT_KPI(v, Metric::TotalMembers, 9.0);
        EXPECT_KPI(v, Metric::Ltv, 200.0 / 9.0);
    }

    // The quarter-hour sums behind LTV follow every kind of write to orders.
    void paidBucketsFollowEveryWrite()
    {
        KpiFixture f;
        const qint64 a = f.member("2026-01-01");
        const qint64 b = f.member("2026-01-01");
        f.order(a, 1000, "2026-11-16 10:00");
        f.order(a, 2000, "2026-11-16 10:14:59");
        f.order(a, 4000, "2026-11-16 10:15");
        f.order(b, 8000, "2026-11-17", true);
        f.order(b, 16000, "1969-12-31 23:50"); // before the epoch: buckets round down too
        f.order(b, 32000, "2026-11-18");
        const auto consistent = [&f] {
            const QString buckets = QStringLiteral(
                "SELECT group_concat(start || ':' || cents || ':' || orders, ' ') FROM (SELECT * "
                "FROM kpi_paid_buckets WHERE orders != 0 OR cents != 0 ORDER BY start)");
            const QString direct = QStringLiteral(
                "SELECT group_concat(start || ':' || cents || ':' || orders, ' ') FROM ("
                "SELECT paid_at - ((paid_at % 900) + 900) % 900 AS start, sum(amount_cents) AS "
                "cents, count(*) AS orders FROM orders WHERE refunded = 0 GROUP BY start "
                "ORDER BY start)");
            return sql::scalar(f.ws().db(), buckets)->toString() ==
                   sql::scalar(f.ws().db(), direct)->toString();
        };
        QVERIFY(consistent());
        QCOMPARE(sql::scalar(f.ws().db(), QStringLiteral("SELECT min(start) FROM kpi_paid_buckets"))
                     ->toLongLong(),
                 f.at("1969-12-31 23:45"));
        f.exec("UPDATE orders SET amount_cents = amount_cents + 5 WHERE member_ref = ?", {a});
        QVERIFY(consistent());
        f.exec("UPDATE orders SET refunded = 1 - refunded WHERE member_ref = ?", {b});
        QVERIFY(consistent());
        f.exec("UPDATE orders SET paid_at = paid_at + 3600 WHERE amount_cents = 2005", {});
        QVERIFY(consistent());
        f.exec("DELETE FROM orders WHERE amount_cents = 1005", {});
        QVERIFY(consistent());
        f.exec("DELETE FROM members WHERE id = ?", {b}); // cascades to the orders
        QVERIFY(consistent());
        const KpiValues v = computed(f, f.week("2026-W47"));
        EXPECT_KPI(v, Metric::Ltv, (2005.0 + 4005.0) / 100.0);
    }

    void zeroDenominatorsAreNotDefined()
    {
        KpiFixture f;
        const KpiValues empty = computed(f, f.week("2026-W47"));
        for (Metric metric :
             {Metric::ActivityRate, Metric::ChurnRate, Metric::InteractionRate, Metric::Ctr,
              Metric::ConversionRate, Metric::Aov, Metric::RepurchaseRate, Metric::Arpu,
              Metric::Ltv, Metric::Cac, Metric::Roi, Metric::KFactor, Metric::Satisfaction})
            EXPECT_KPI(empty, metric, std::nullopt);
        for (Metric metric : {Metric::NewMembers, Metric::TotalMembers, Metric::ActiveMembers,
                              Metric::ChurnedMembers, Metric::ContentReads, Metric::Buyers,
                              Metric::Gmv, Metric::Orders})
            EXPECT_KPI(empty, metric, 0.0);

        // Defined denominators with zero numerators are 0, not "not defined".
        const qint64 a = f.member("2026-11-17");
        const qint64 c = f.campaign();
        f.order(a, 0, "2026-11-18", false, c);
        f.content("2026-11-18", "published", 0, 0, 0, 0, 0);
        const KpiValues v = computed(f, f.week("2026-W47"));
        EXPECT_KPI(v, Metric::ActivityRate, 0.0);
        EXPECT_KPI(v, Metric::ConversionRate, std::nullopt); // nobody active
        EXPECT_KPI(v, Metric::Cac, 0.0);                     // no cost, one new member
        EXPECT_KPI(v, Metric::Roi, std::nullopt);            // no cost
        EXPECT_KPI(v, Metric::Aov, 0.0);
        EXPECT_KPI(v, Metric::RepurchaseRate, 0.0);
        EXPECT_KPI(v, Metric::InteractionRate, std::nullopt); // no reads
        EXPECT_KPI(v, Metric::KFactor, std::nullopt);         // nobody referred
        EXPECT_KPI(v, Metric::ChurnRate, std::nullopt);       // nobody before the week
    }

    void refundsAreNotPaid()
    {
        KpiFixture f;
        const qint64 a = f.member("2026-01-01");
        const qint64 b = f.member("2026-01-01");
        f.order(a, 5000, "2026-11-17", true);
        f.order(b, 1000, "2026-11-17");
        f.order(b, 3000, "2026-11-18", true);
        const KpiValues v = computed(f, f.week("2026-W47"));
        EXPECT_KPI(v, Metric::Buyers, 1.0);
        EXPECT_KPI(v, Metric::Orders, 1.0);
        EXPECT_KPI(v, Metric::Gmv, 10.0);
        EXPECT_KPI(v, Metric::RepurchaseRate, 0.0);
        EXPECT_KPI(v, Metric::Ltv, 5.0);
    }

    void weeksAcrossTheYearEnd()
    {
        KpiFixture f;
        const Period w53 = f.week("2026-W53");
        QCOMPARE(w53.firstDay, QDate(2026, 12, 28));
        QCOMPARE(w53.endDay, QDate(2027, 1, 4));
        const Period w01 = f.week("2027-W01");
        QCOMPARE(w01.from, w53.to);
        QVERIFY(!timeutil::parseIsoWeek(u"2027-W53", f.zone()).ok());

        const qint64 a = f.member("2026-12-28 00:00:00");
        const qint64 b = f.member("2027-01-03 23:59:59");
        f.member("2027-01-04 00:00:00");
        f.event(a, "message", "2026-12-31 12:00");
        f.event(b, "message", "2027-01-04 00:00:00");
        f.order(a, 1000, "2027-01-01 08:00");
        const KpiValues v53 = computed(f, w53);
        EXPECT_KPI(v53, Metric::NewMembers, 2.0);
        EXPECT_KPI(v53, Metric::TotalMembers, 2.0);
        EXPECT_KPI(v53, Metric::ActiveMembers, 1.0);
        EXPECT_KPI(v53, Metric::Gmv, 10.0);
        const KpiValues v01 = computed(f, w01);
        EXPECT_KPI(v01, Metric::NewMembers, 1.0);
        EXPECT_KPI(v01, Metric::TotalMembers, 3.0);
        EXPECT_KPI(v01, Metric::ActiveMembers, 1.0);
        EXPECT_KPI(v01, Metric::Gmv, 0.0);
        auto both = KpiEngine(f.ws()).computeWithPrevious(w01);
        QVERIFY(both.ok());
        QCOMPARE(both->second.period.from, w53.from);
        QCOMPARE(both->second.period.firstDay, QDate(2026, 12, 28));
        EXPECT_KPI(both->second, Metric::NewMembers, 2.0);
    }

    void weekInShanghai()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        const Period p = f.week("2026-W47");
        QCOMPARE(p.from, f.at("2026-11-15T16:00:00Z"));
        QCOMPARE(p.to, f.at("2026-11-22T16:00:00Z"));
        f.member("2026-11-15T16:00:00Z");        // local 11-16 00:00: new
        f.member("2026-11-15T15:59:59Z");        // local 11-15 23:59:59: not new
        const qint64 a = f.member("2026-11-01"); // local time
        const qint64 b = f.member("2026-11-01");
        f.event(a, "message", "2026-11-22T15:59:59Z"); // local 11-22 23:59:59: in
        f.event(b, "message", "2026-11-22T16:00:00Z"); // local 11-23 00:00: out
        f.order(b, 700, "2026-11-15T16:30:00Z");       // local 11-16 00:30: in
        const KpiValues v = computed(f, p);
        EXPECT_KPI(v, Metric::NewMembers, 1.0);
        EXPECT_KPI(v, Metric::TotalMembers, 4.0);
        EXPECT_KPI(v, Metric::ActiveMembers, 1.0);
        EXPECT_KPI(v, Metric::Gmv, 7.0);
        // The same rows in UTC fall into other weeks.
        f.setZone(QStringLiteral("UTC"));
        const KpiValues utc = computed(f, f.week("2026-W47"));
        EXPECT_KPI(utc, Metric::NewMembers, 0.0);
        EXPECT_KPI(utc, Metric::ActiveMembers, 2.0);
        EXPECT_KPI(utc, Metric::Gmv, 0.0);
    }

    void weeksAcrossDaylightSavingInNewYork()
    {
        KpiFixture f(QStringLiteral("America/New_York"));
        // Clocks go forward on Sunday 2026-03-08: the week is an hour short.
        const Period spring = f.week("2026-W10");
        QCOMPARE(spring.from, f.at("2026-03-02T05:00:00Z"));
        QCOMPARE(spring.to, f.at("2026-03-09T04:00:00Z"));
        QCOMPARE(spring.length(), 7 * day - 3600);
        // ... and back on Sunday 2026-11-01: that week is an hour long.
        const Period fall = f.week("2026-W44");
        QCOMPARE(fall.length(), 7 * day + 3600);

        qint64 m[4];
        for (qint64 &id : m)
            id = f.member("2026-01-01");
        f.event(m[0], "message", "2026-03-02T04:59:59Z"); // Sunday 23:59:59 EST: before
        f.event(m[1], "message", "2026-03-02T05:00:00Z"); // Monday 00:00 EST: in
        f.event(m[2], "message", "2026-03-09T03:59:59Z"); // Sunday 23:59:59 EDT: in
        f.event(m[3], "message", "2026-03-09T04:00:00Z"); // Monday 00:00 EDT: after
        QCOMPARE(drill(f, MemberSet::ActiveMembers, spring), text(std::vector<qint64>{m[1], m[2]}));
        const Period next = f.week("2026-W11");
        QCOMPARE(drill(f, MemberSet::ActiveMembers, next), text(std::vector<qint64>{m[3]}));
        auto both = KpiEngine(f.ws()).computeWithPrevious(next);
        QVERIFY(both.ok());
        QCOMPARE(both->second.period.from, spring.from);
        QCOMPARE(both->second.period.to, spring.to);
        EXPECT_KPI(both->second, Metric::ActiveMembers, 2.0);
    }

    void churnRuleReactivationAndChurningTwice()
    {
        KpiFixture f;
        const qint64 a = f.member("2026-01-01");
        f.event(a, "message", "2026-01-10"); // enters churn 03-11, back 04-01
        f.event(a, "message", "2026-04-01"); // enters churn 05-31, back 07-01
        f.event(a, "message", "2026-07-01"); // enters churn 08-30
        const qint64 b = f.member("2026-01-01");
        f.event(b, "message", "2026-02-01");
        f.order(b, 100, "2026-03-20");       // enters churn 05-19
        f.event(b, "message", "2026-06-15"); // enters churn 08-14
        using Ids = std::vector<qint64>;
        const auto churned = [&](const QDate &first, const QDate &end) {
            return drill(f, MemberSet::ChurnedMembers, f.days(first, end));
        };
        QCOMPARE(churned(QDate(2026, 3, 1), QDate(2026, 4, 1)), text(Ids{a}));
        QCOMPARE(churned(QDate(2026, 3, 11), QDate(2026, 3, 12)), text(Ids{a}));
        QCOMPARE(churned(QDate(2026, 3, 12), QDate(2026, 5, 19)), text(Ids{}));
        QCOMPARE(churned(QDate(2026, 5, 19), QDate(2026, 5, 20)), text(Ids{b}));
        QCOMPARE(drill(f, MemberSet::ChurnedMembers, f.week("2026-W21")), text(Ids{b}));
        QCOMPARE(drill(f, MemberSet::ChurnedMembers, f.week("2026-W22")), text(Ids{a}));
        // Longer than churn_days: each member counts once however often they churned.
        QCOMPARE(churned(QDate(2026, 3, 1), QDate(2026, 9, 1)), text(Ids{a, b}));
        QCOMPARE(churned(QDate(2026, 1, 1), QDate(2027, 1, 1)), text(Ids{a, b}));
        QCOMPARE(churned(QDate(2026, 8, 15), QDate(2026, 8, 30)), text(Ids{}));
        QCOMPARE(churned(QDate(2026, 8, 30), QDate(2026, 8, 31)), text(Ids{a}));

        // A longer churn_days closes the gaps of 81, 87 and 91 days.
        f.setChurnDays(100);
        QCOMPARE(churned(QDate(2026, 3, 1), QDate(2026, 4, 1)), text(Ids{}));
        QCOMPARE(churned(QDate(2026, 9, 23), QDate(2026, 9, 24)), text(Ids{b}));
        QCOMPARE(churned(QDate(2026, 10, 9), QDate(2026, 10, 10)), text(Ids{a}));
        QCOMPARE(churned(QDate(2026, 1, 1), QDate(2027, 1, 1)), text(Ids{a, b}));
        const KpiValues v = computed(f, f.days(QDate(2026, 9, 1), QDate(2026, 11, 1)));
        EXPECT_KPI(v, Metric::ChurnedMembers, 2.0);
        EXPECT_KPI(v, Metric::ChurnRate, 1.0);
    }

    void satisfactionAndNps()
    {
        KpiFixture f;
        const qint64 a = f.member("2026-01-01");
        for (double score : {10.0, 9.0, 8.0, 7.0, 6.0, 0.0})
            f.event(a, "survey", "2026-11-17", score);
        f.event(a, "survey", "2026-11-24", 5.0); // the next week
        KpiEngine engine(f.ws());
        const KpiValues v = computed(f, f.week("2026-W47"));
        EXPECT_KPI(v, Metric::Satisfaction, 40.0 / 6.0);
        auto nps = engine.nps(f.week("2026-W47"));
        QVERIFY(nps.ok());
        QVERIFY(nps->has_value());
        QCOMPARE(**nps, 0.0); // two promoters, two detractors
        auto fivePoint = engine.nps(f.week("2026-W48"));
        QVERIFY(fivePoint.ok());
        QVERIFY(!fivePoint->has_value());
        EXPECT_KPI(computed(f, f.week("2026-W48")), Metric::Satisfaction, 5.0);
    }

    void retentionOfWeeklyCohorts()
    {
        KpiFixture f;
        const qint64 a = f.member("2026-11-02");
        const qint64 b = f.member("2026-11-08 23:59");
        const qint64 c = f.member("2026-10-30"); // the week before
        f.event(a, "message", "2026-11-03");
        f.event(a, "message", "2026-11-17");
        f.event(b, "message", "2026-11-10");
        f.event(c, "message", "2026-11-17");
        KpiEngine engine(f.ws());
        const QDate monday(2026, 11, 2);
        const double expected[] = {0.5, 0.5, 0.5, 0.0};
        for (int n = 0; n < 4; ++n) {
            auto share = engine.retention(monday, n);
            QVERIFY(share.ok());
            QVERIFY(share->has_value());
            QCOMPARE(**share, expected[n]);
        }
        auto nobody = engine.retention(QDate(2026, 11, 16), 1);
        QVERIFY(nobody.ok());
        QVERIFY(!nobody->has_value());
        QVERIFY(!engine.retention(QDate(2026, 11, 3), 0).ok()); // not a Monday
    }

    // Random data against a direct implementation of the definitions, member by member.
    void agreesWithAStraightforwardComputation_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("churnDays");
        QTest::newRow("UTC, 60 days") << QStringLiteral("UTC") << 60;
        QTest::newRow("Shanghai, 60 days") << QStringLiteral("Asia/Shanghai") << 60;
        QTest::newRow("New York, 9 days") << QStringLiteral("America/New_York") << 9;
        QTest::newRow("UTC, 3 days") << QStringLiteral("UTC") << 3;
    }

    void agreesWithAStraightforwardComputation()
    {
        QFETCH(QString, zone);
        QFETCH(int, churnDays);
        KpiFixture f(zone);
        f.setChurnDays(churnDays);
        RandomStore store = randomStore(f);
        std::vector<Period> periods;
        for (const char *week : {"2026-W02", "2026-W10", "2026-W23", "2026-W44", "2026-W52"})
            periods.push_back(f.week(week));
        periods.push_back(f.days(QDate(2026, 3, 1), QDate(2026, 4, 1)));
        periods.push_back(f.days(QDate(2026, 2, 10), QDate(2026, 7, 3)));
        periods.push_back(f.days(QDate(2025, 12, 1), QDate(2027, 2, 1)));
        double churnedSeen = 0;
        double buyersSeen = 0;
        for (const Period &p : periods) {
            const KpiValues v = computed(f, p);
            const Expected e = expectedFor(store, p, qint64(churnDays) * day);
            churnedSeen += e.churned;
            buyersSeen += e.buyers;
            const QString where = timeutil::formatLocal(p.from, f.zone());
            QVERIFY2(near(*v.value(Metric::NewMembers), e.fresh), qPrintable(where));
            QVERIFY2(near(*v.value(Metric::TotalMembers), e.total), qPrintable(where));
            QVERIFY2(near(*v.value(Metric::ActiveMembers), e.active), qPrintable(where));
            QVERIFY2(near(*v.value(Metric::ChurnedMembers), e.churned),
                     qPrintable(where + QStringLiteral(" churned %1, expected %2")
                                            .arg(*v.value(Metric::ChurnedMembers))
                                            .arg(e.churned)));
            EXPECT_KPI(v, Metric::ChurnRate,
                       e.totalAtStart ? std::optional<double>(e.churned / e.totalAtStart)
                                      : std::nullopt);
            QVERIFY2(near(*v.value(Metric::Buyers), e.buyers), qPrintable(where));
            QVERIFY2(near(*v.value(Metric::Orders), e.orders), qPrintable(where));
            QVERIFY2(near(*v.value(Metric::Gmv), e.gmvCents / 100.0), qPrintable(where));
            EXPECT_KPI(v, Metric::RepurchaseRate,
                       e.buyers ? std::optional<double>(e.repeat / e.buyers) : std::nullopt);
            EXPECT_KPI(v, Metric::Ltv,
                       e.total ? std::optional<double>(e.ltvCents / 100.0 / e.total)
                               : std::nullopt);
            EXPECT_KPI(v, Metric::Satisfaction,
                       e.answers ? std::optional<double>(e.scoreSum / e.answers) : std::nullopt);
            EXPECT_KPI(v, Metric::KFactor,
                       e.referrers ? std::optional<double>(e.referred / e.referrers)
                                   : std::nullopt);
        }
        // The data exercise the rules rather than agree on nothing.
        QVERIFY(churnedSeen >= 10);
        QVERIFY(buyersSeen >= 10);
    }

private:
    struct RandomMember
    {
        qint64 id = 0;
        qint64 joined = 0;
        qint64 deleted = 0; // 0: not deleted
        qint64 referrer = 0;
        std::vector<qint64> events;
        std::vector<std::pair<qint64, double>> surveys;
        std::vector<std::pair<qint64, qint64>> paid; // (time, cents), refunds left out
    };
    using RandomStore = std::vector<RandomMember>;

    static RandomStore randomStore(KpiFixture &f)
    {
        QRandomGenerator random(20261116);
        const qint64 start = f.at("2025-12-01");
        const qint64 span = f.at("2027-02-01") - start;
        const auto anyTime = [&] {
            return start + qint64(random.bounded(quint64(span)));
        };
        RandomStore store;
        for (int i = 0; i < 150; ++i) {
            RandomMember m;
            m.joined = anyTime();
            if (random.bounded(10) == 0)
                m.deleted = anyTime();
            if (!store.empty() && random.bounded(3) == 0)
                m.referrer = store[random.bounded(int(store.size()))].id;
            f.exec("INSERT INTO members(member_id, joined_at, deleted_at, referrer_ref) "
                   "VALUES(?, ?, ?, ?)",
                   {QStringLiteral("r%1").arg(i), m.joined,
                    m.deleted ? QVariant(m.deleted) : QVariant(QMetaType(QMetaType::LongLong)),
                    m.referrer ? QVariant(m.referrer) : QVariant(QMetaType(QMetaType::LongLong))});
            m.id = f.lastId();
            // Bursts of activity with long pauses between them, so that people churn.
            const int bursts = random.bounded(4);
            for (int b = 0; b < bursts; ++b) {
                const qint64 centre = anyTime();
                for (int e = random.bounded(6); e > 0; --e) {
                    const qint64 t = centre + qint64(random.bounded(20 * int(day)));
                    if (random.bounded(5) == 0) {
                        const double score = random.bounded(6);
                        f.eventAt(m.id, "survey", t, score);
                        m.surveys.emplace_back(t, score);
                    } else {
                        f.eventAt(m.id, "message", t);
                    }
                    m.events.push_back(t);
                }
                if (random.bounded(2) == 0) {
                    const bool refunded = random.bounded(4) == 0;
                    const qint64 cents = random.bounded(100000);
                    f.orderAt(m.id, cents, centre, refunded);
                    if (!refunded)
                        m.paid.emplace_back(centre, cents);
                }
            }
            store.push_back(m);
        }
        return store;
    }

    struct Expected
    {
        double fresh = 0, total = 0, totalAtStart = 0, active = 0, churned = 0;
        double buyers = 0, repeat = 0, orders = 0, gmvCents = 0, ltvCents = 0;
        double answers = 0, scoreSum = 0, referred = 0, referrers = 0;
    };

    static Expected expectedFor(const RandomStore &store, const Period &p, qint64 churn)
    {
        Expected e;
        std::set<qint64> referrers;
        for (const RandomMember &m : store) {
            const bool aliveAtStart = !m.deleted || m.deleted >= p.from;
            if (m.joined < p.from && aliveAtStart)
                ++e.totalAtStart;
            if (m.deleted && m.deleted < p.to)
                continue; // out of every KPI of the period
            if (m.joined < p.to)
                ++e.total;
            if (p.contains(m.joined)) {
                ++e.fresh;
                if (m.referrer) {
                    ++e.referred;
                    referrers.insert(m.referrer);
                }
            }
            if (std::any_of(m.events.begin(), m.events.end(),
                            [&](qint64 t) { return p.contains(t); }))
                ++e.active;
            for (const auto &[t, score] : m.surveys) {
                if (p.contains(t)) {
                    ++e.answers;
                    e.scoreSum += score;
                }
            }
            int paidInPeriod = 0;
            for (const auto &[t, cents] : m.paid) {
                if (p.contains(t)) {
                    ++paidInPeriod;
                    e.gmvCents += double(cents);
                }
                if (t < p.to && m.joined < p.to)
                    e.ltvCents += double(cents);
            }
            e.orders += paidInPeriod;
            e.buyers += paidInPeriod > 0 ? 1 : 0;
            e.repeat += paidInPeriod > 1 ? 1 : 0;
            e.churned += churnsIn(m, p, churn) ? 1 : 0;
        }
        e.referrers = double(referrers.size());
        return e;
    }

    // The rule as the domain brief words it.
    static bool churnsIn(const RandomMember &m, const Period &p, qint64 churn)
    {
        std::vector<qint64> times = m.events;
        times.push_back(m.joined);
        for (const auto &paid : m.paid)
            times.push_back(paid.first);
        std::sort(times.begin(), times.end());
        for (size_t i = 0; i < times.size(); ++i) {
            const bool last = i + 1 == times.size();
            if ((last || times[i + 1] - times[i] >= churn) && p.contains(times[i] + churn))
                return true;
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"
