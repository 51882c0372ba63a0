// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofixture.h"

#include "models/common/phone.h"
#include "models/demo/demobrand.h"
#include "models/segments/lifecycle.h"
#include "models/store/settings.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace siyu;
using namespace siyu::testing;

namespace {

constexpr int demoMembers = 2000;
constexpr qint64 periodStart = demoNow - 26 * 7 * 86400;

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    demo::DemoSummary m_summary;

    std::unique_ptr<Workspace> open(const QString &name)
    {
        auto ws = Workspace::open(m_dir.filePath(name));
        if (!ws)
            qWarning("%s", qPrintable(ws.error().toString()));
        return ws ? std::move(*ws) : nullptr;
    }

    std::unique_ptr<Workspace> build(const QString &name, quint64 seed,
                                     demo::DemoSummary *summary = nullptr)
    {
        auto ws = open(name);
        if (!ws)
            return nullptr;
        demo::DemoOptions options;
        options.members = demoMembers;
        options.seed = seed;
        options.now = demoNow;
        const Status status = demo::generate(*ws, options, {}, summary);
        if (!status) {
            qWarning("%s", qPrintable(status.error().toString()));
            return nullptr;
        }
        return ws;
    }

    qint64 count(const QString &query, const QVariantList &binds = {})
    {
        return countOf(*m_ws, query, binds);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = build(QStringLiteral("demo.siyu"), 7, &m_summary);
        QVERIFY(m_ws);
    }

    void isDeterministic()
    {
        auto again = build(QStringLiteral("again.siyu"), 7);
        QVERIFY(again);
        QCOMPARE(contentDigest(*again), contentDigest(*m_ws));
        auto other = build(QStringLiteral("other.siyu"), 8);
        QVERIFY(other);
        QVERIFY(contentDigest(*other) != contentDigest(*m_ws));
    }

    void summaryMatchesTables()
    {
        QCOMPARE(m_summary.members, qint64(demoMembers));
        QCOMPARE(m_summary.events, count(QStringLiteral("SELECT count(*) FROM events")));
        QCOMPARE(m_summary.orders, count(QStringLiteral("SELECT count(*) FROM orders")));
        QCOMPARE(m_summary.memberships, count(QStringLiteral("SELECT count(*) FROM memberships")));
        QCOMPARE(m_summary.groups, qint64(20)); // one per 100 members
    }

    void fillsEveryTable()
    {
        for (const char *table :
             {"members", "groups", "memberships", "events", "orders", "content", "campaigns",
              "campaign_costs", "staff", "identities", "tags", "member_tags", "stage_history"}) {
            const qint64 rows =
                count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            QVERIFY2(rows > 0, table);
        }
        const qint64 staff = count(QStringLiteral("SELECT count(*) FROM staff"));
        QVERIFY(staff >= 6 && staff <= 10);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM campaigns")) >= 8);
    }

    void volumesArePlausible()
    {
        const double events = double(count(QStringLiteral("SELECT count(*) FROM events")));
        const double orders = double(count(QStringLiteral("SELECT count(*) FROM orders")));
        QVERIFY2(events / demoMembers > 7 && events / demoMembers < 13,
                 qPrintable(QString::number(events / demoMembers)));
        QVERIFY2(orders / demoMembers > 3.8 && orders / demoMembers < 6.2,
                 qPrintable(QString::number(orders / demoMembers)));
        // Skewed: many members never order, a few order a lot.
        const qint64 buyers =
            count(QStringLiteral("SELECT count(DISTINCT member_ref) FROM orders"));
        QVERIFY(buyers < demoMembers * 3 / 4);
        QVERIFY(count(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM orders GROUP "
                                     "BY member_ref)")) >= 20);
        for (const char *type : {"message", "read", "like", "comment", "share", "click", "checkin",
                                 "live_view", "coupon_claim", "coupon_redeem", "invite", "survey"})
            QVERIFY2(count(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"),
                           {QLatin1String(type)}) > 0,
                     type);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'survey' AND "
                                      "(value < 1 OR value > 5 OR value IS NULL)")),
                 qint64(0));
    }

    void aboutFivePercentRefunded()
    {
        const double refunded =
            double(count(QStringLiteral("SELECT count(*) FROM orders WHERE refunded = 1")));
        const double all = double(count(QStringLiteral("SELECT count(*) FROM orders")));
        QVERIFY2(refunded / all > 0.035 && refunded / all < 0.065,
                 qPrintable(QString::number(refunded / all)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents <= 0 OR "
                                      "items < 1")),
                 qint64(0));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM orders WHERE campaign_ref IS NOT "
                                     "NULL")) > 0);
    }

    void groupsKeepTheirCaps()
    {
        // Current members never exceed the cap; WeChat is 500, WeCom 200 or 500.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM groups g WHERE member_cap IS NOT NULL AND member_cap < "
                     "(SELECT count(*) FROM memberships m WHERE m.group_ref = g.id AND left_at IS "
                     "NULL)")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM groups WHERE platform = 'wechat' AND "
                                      "member_cap IS NOT 500")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM groups WHERE platform = 'wecom' AND "
                                      "member_cap NOT IN (200, 500)")),
                 qint64(0));
        const QString sizes = QStringLiteral(
            "SELECT count(*) FROM (SELECT g.member_cap AS cap, (SELECT count(*) FROM memberships m "
            "WHERE m.group_ref = g.id AND left_at IS NULL) AS n FROM groups g) WHERE %1");
        QVERIFY(count(sizes.arg(QStringLiteral("cap IS NOT NULL AND n * 10 >= cap * 9"))) > 0);
        QVERIFY(count(sizes.arg(QStringLiteral("n < 100"))) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM memberships WHERE left_at IS NOT "
                                     "NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM memberships WHERE role = 'admin'")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM memberships WHERE left_at IS NOT NULL "
                                      "AND left_at <= joined_at")),
                 qint64(0));
    }

    void everyStageIsPresent()
    {
        for (const QString &stage : lifecycle::stageKeys())
            QVERIFY2(
                count(QStringLiteral("SELECT count(*) FROM members WHERE stage = ?"), {stage}) > 0,
                qPrintable(stage));
        // The stage timeline from joining: one first row at the join, and the stored stage and
        // stage_since are the last row's.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE from_stage IS "
                                      "NULL AND by_rules = 1")),
                 count(QStringLiteral("SELECT count(*) FROM members")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members m WHERE NOT EXISTS (SELECT 1 "
                                      "FROM stage_history h WHERE h.member_ref = m.id AND "
                                      "h.from_stage IS NULL AND h.at = m.joined_at)")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members m WHERE (SELECT h.at || "
                                      "h.to_stage FROM stage_history h WHERE h.member_ref = m.id "
                                      "ORDER BY h.at DESC LIMIT 1) IS NOT m.stage_since || "
                                      "m.stage")),
                 qint64(0));
    }

    void aggregatesMatchTheRows()
    {
        QCOMPARE(count(QStringLiteral("SELECT sum(paid_orders) FROM members")),
                 count(QStringLiteral("SELECT count(*) FROM orders WHERE refunded = 0")));
        QCOMPARE(count(QStringLiteral("SELECT sum(paid_cents) FROM members")),
                 count(QStringLiteral("SELECT sum(amount_cents) FROM orders WHERE refunded = 0")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members m WHERE last_active_at IS NOT "
                                      "(SELECT max(occurred_at) FROM events e WHERE e.member_ref = "
                                      "m.id)")),
                 qint64(0));
    }

    void referrersExistAndCameFirst()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members WHERE referrer_ref IS NOT "
                                     "NULL")) > demoMembers / 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members m LEFT JOIN members r ON r.id "
                                      "= m.referrer_ref WHERE m.referrer_ref IS NOT NULL AND "
                                      "(r.id IS NULL OR r.joined_at >= m.joined_at)")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members WHERE source = 'referral' AND "
                                      "referrer_ref IS NULL")),
                 qint64(0));
        // Chains: someone invited by someone who was invited.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members m JOIN members r ON r.id = "
                                     "m.referrer_ref WHERE r.referrer_ref IS NOT NULL")) > 0);
    }

    void nothingHappensBeforeJoiningOrAfterNow()
    {
        const std::pair<const char *, QVariantList> checks[] = {
            {"SELECT count(*) FROM events e JOIN members m ON m.id = e.member_ref WHERE "
             "e.occurred_at < m.joined_at",
             {}},
            {"SELECT count(*) FROM orders o JOIN members m ON m.id = o.member_ref WHERE "
             "o.paid_at < m.joined_at",
             {}},
            {"SELECT count(*) FROM memberships s JOIN members m ON m.id = s.member_ref WHERE "
             "s.joined_at < m.joined_at",
             {}},
            {"SELECT count(*) FROM members WHERE consent_at < joined_at", {}},
            {"SELECT count(*) FROM events WHERE occurred_at < ? OR occurred_at >= ?",
             {periodStart, demoNow}},
            {"SELECT count(*) FROM orders WHERE paid_at < ? OR paid_at >= ?",
             {periodStart, demoNow}},
            {"SELECT count(*) FROM members WHERE joined_at >= ?", {demoNow}},
            {"SELECT count(*) FROM memberships WHERE joined_at >= ? OR left_at >= ?",
             {demoNow, demoNow}},
        };
        for (const auto &[query, binds] : checks)
            QVERIFY2(count(QString::fromLatin1(query), binds) == 0, query);
        // Some members joined before the 26 weeks, most within them.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members WHERE joined_at < ?"),
                      {periodStart}) > demoMembers / 5);
    }

    void messagesGoToGroupsTheMemberIsIn()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM events e WHERE type = 'message' AND NOT EXISTS (SELECT "
                     "1 FROM memberships s WHERE s.member_ref = e.member_ref AND s.group_ref = "
                     "e.group_ref AND s.joined_at <= e.occurred_at AND (s.left_at IS NULL OR "
                     "e.occurred_at < s.left_at))")),
                 qint64(0));
    }

    void contentMetricsMatchTheEvents()
    {
        for (const char *metric : {"read", "like", "comment", "share", "click"}) {
            const QString column = QLatin1String(metric) + QLatin1Char('s');
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM content c WHERE %1 <> (SELECT "
                                          "count(*) FROM events e WHERE e.content_ref = c.id AND "
                                          "e.type = ?)")
                               .arg(column),
                           {QLatin1String(metric)}),
                     qint64(0));
        }
        QVERIFY(count(QStringLiteral("SELECT sum(conversions) FROM content")) > 0);
        // Reactions only to content already out.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events e JOIN content c ON c.id = "
                                      "e.content_ref WHERE e.occurred_at < c.scheduled_at")),
                 qint64(0));
    }

    void contentCalendarHasPastAndFuture()
    {
        const qint64 items = count(QStringLiteral("SELECT count(*) FROM content WHERE "
                                                  "scheduled_at >= ? AND scheduled_at < ?"),
                                   {periodStart, demoNow});
        QVERIFY(items >= 26 * 3 && items <= 26 * 6);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM content WHERE scheduled_at < ? AND "
                                      "status NOT IN ('published', 'reviewed')"),
                       {demoNow}),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM content WHERE scheduled_at >= ? AND "
                                      "status NOT IN ('idea', 'draft', 'scheduled')"),
                       {demoNow}),
                 qint64(0));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM content WHERE scheduled_at >= ?"),
                      {demoNow}) > 0);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT kind) FROM content")) >= 8);
    }

    void campaignsHaveCosts()
    {
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT type) FROM campaigns")) >= 8);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT objective) FROM campaigns")) >= 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign_costs WHERE category NOT IN "
                                      "('ads', 'kol_fees', 'coupons', 'content_production', "
                                      "'prizes', 'services')")),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT category) FROM campaign_costs")),
                 qint64(6));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaign_costs k JOIN campaigns c ON "
                                      "c.id = k.campaign_ref WHERE k.incurred_at < c.start_at OR "
                                      "k.incurred_at >= c.end_at OR k.incurred_at >= ?"),
                       {demoNow}),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM campaigns WHERE budget_cents <= 0")),
                 qint64(0));
    }

    void peopleLookReal()
    {
        auto phones = sql::run(m_ws->db(), QStringLiteral("SELECT phone FROM members WHERE phone "
                                                          "IS NOT NULL"));
        // Stored as an import stores them: in E.164, each a valid number of its country.
        int chinese = 0;
        int other = 0;
        while (phones->next()) {
            const QString stored = phones->value(0).toString();
            if (phone::parse(stored, u"ZZ").e164 != stored)
                QFAIL(qPrintable(QStringLiteral("a phone that is not a valid number in E.164")));
            if (stored.startsWith(QLatin1String("+861")))
                ++chinese;
            else if (stored.startsWith(QLatin1String("+1")) ||
                     stored.startsWith(QLatin1String("+447")))
                ++other;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected phone")));
        }
        QVERIFY(chinese > other && other > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM members WHERE email NOT LIKE '%_@_%._%'")) == 0);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT source) FROM members")) >= 9);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT consent) FROM members")) == 3);
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT gender) FROM members")) == 3);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members WHERE json_valid(custom) AND "
                                     "json_extract(custom, '$.skin_type') IS NOT NULL")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members WHERE custom IS NOT NULL AND "
                                      "NOT json_valid(custom)")),
                 qint64(0));
        QVERIFY(count(QStringLiteral("SELECT count(DISTINCT kind) FROM identities")) >= 8);
        // Chinese and English names.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members WHERE name GLOB '*[A-Za-z]*'")) >
                0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM members WHERE name NOT GLOB "
                                     "'*[A-Za-z]*'")) > demoMembers / 2);
    }

    void leavesAConsistentWorkspace()
    {
        QCOMPARE(settings::timeZone.get(*m_ws), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(m_ws->timeZone().id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        auto violations = sql::run(m_ws->db(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(violations && !violations->next());
        // Also verifies the CHECK constraints, which the bulk load does not evaluate.
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        // The members' search index (kept by triggers the bulk load suspends) was rebuilt.
        if (count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'members_fts'")))
            QCOMPARE(count(QStringLiteral("SELECT rowid FROM members_fts WHERE members_fts MATCH "
                                          "'\"M0001234\"'")),
                     qint64(1234));
        // Triggers that keep other derived data stay in effect during the bulk load.
        if (count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                 "'kpi_paid_buckets'")))
            QCOMPARE(count(QStringLiteral("SELECT sum(cents) FROM kpi_paid_buckets")),
                     count(QStringLiteral("SELECT sum(amount_cents) FROM orders WHERE refunded = "
                                          "0")));
        // The secondary indexes and triggers suspended for the bulk load are all back.
        auto fresh = open(QStringLiteral("fresh.siyu"));
        QVERIFY(fresh);
        const QString indexes =
            QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE "
                           "type IN ('index', 'trigger') ORDER BY name)");
        QCOMPARE(sql::scalar(m_ws->db(), indexes)->toString(),
                 sql::scalar(fresh->db(), indexes)->toString());
    }

    void refusesAWorkspaceWithMembers()
    {
        const QByteArray before = contentDigest(*m_ws);
        demo::DemoOptions options;
        options.members = 50;
        options.now = demoNow;
        const Status status = demo::generate(*m_ws, options);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QStringLiteral("not empty")));
        QCOMPARE(contentDigest(*m_ws), before);
    }

    void cancelWritesNothing()
    {
        auto ws = open(QStringLiteral("cancelled.siyu"));
        QVERIFY(ws);
        const QByteArray before = contentDigest(*ws);
        const QString zone = settings::timeZone.get(*ws);
        for (int stopAt : {30, 85, 95}) {
            demo::DemoOptions options;
            options.members = 300;
            options.now = demoNow;
            const Status status =
                demo::generate(*ws, options, [stopAt](int percent) { return percent < stopAt; });
            QVERIFY(!status.ok());
            QCOMPARE(status.error().message, QStringLiteral("cancelled"));
            QCOMPARE(contentDigest(*ws), before);
            QCOMPARE(settings::timeZone.get(*ws), zone);
            QCOMPARE(countOf(*ws, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
            QCOMPARE(sql::scalar(ws->db(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                     QStringLiteral("wal"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
