// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupfixture.h"

#include "models/kpi/grouphealth.h"

using namespace siyu;
using siyu::kpi::GroupHealth;
using siyu::kpi::GroupHealthFigures;
using siyu::test::GroupFixture;

namespace {

// The workspace is in Asia/Shanghai (UTC+8): several times below fall in another ISO week in
// UTC than in the workspace's zone, so a week computed in the wrong zone fails the test.
struct Health
{
    qint64 group = 0, other = 0, empty = 0;
    qint64 a = 0, b = 0, c = 0, d = 0;
};

Health healthFixture(GroupFixture &f)
{
    Health h;
    f.begin();
    h.group = f.addGroup(QStringLiteral("H"), QStringLiteral("Health"), QStringLiteral("wecom"),
                         QVariant(), QString(), 3);
    h.other = f.addGroup(QStringLiteral("O"), QStringLiteral("Other"), QStringLiteral("wecom"),
                         QVariant(), QString(), QVariant());
    h.empty = f.addGroup(QStringLiteral("Z"), QStringLiteral("Zero"), QStringLiteral("wecom"),
                         QVariant(), QString(), 100);
    h.a = f.addMember(QStringLiteral("A"), QStringLiteral("A"));
    h.b = f.addMember(QStringLiteral("B"), QStringLiteral("B"));
    h.c = f.addMember(QStringLiteral("C"), QStringLiteral("C"));
    h.d = f.addMember(QStringLiteral("D"), QStringLiteral("D"));
    f.join(h.group, h.a, f.at("2026-11-02 10:00"));                           // W45
    f.join(h.group, h.c, f.at("2026-11-03 10:00"), f.at("2026-11-22 23:59")); // W45 → W47
    f.join(h.group, h.d, f.at("2026-11-10 10:00"), f.at("2026-11-23 00:30")); // W46 → W48
    f.join(h.group, h.b, f.at("2026-11-16 01:00"));                           // W47 (W46 in UTC)
    f.join(h.other, h.a, f.at("2026-11-02 10:00"));
    // W47: 7 messages (c's from before leaving count), a and b active at the week's end.
    f.event(h.a, "message", f.at("2026-11-16 00:10"), h.group); // Sunday in UTC
    f.event(h.a, "message", f.at("2026-11-18 09:00"), h.group);
    f.event(h.a, "message", f.at("2026-11-22 23:30"), h.group);
    f.event(h.b, "message", f.at("2026-11-17 09:00"), h.group);
    f.event(h.b, "message", f.at("2026-11-19 09:00"), h.group);
    f.event(h.b, "like", f.at("2026-11-20 09:00"), h.group);
    f.event(h.c, "message", f.at("2026-11-20 09:00"), h.group);
    f.event(h.c, "message", f.at("2026-11-21 09:00"), h.group);
    // Not this group's: another group, no group at all.
    f.event(h.d, "message", f.at("2026-11-18 09:00"), h.other);
    f.event(h.d, "message", f.at("2026-11-18 10:00"), QVariant());
    // W48, up to the as-of time (Wednesday noon) and after it.
    f.event(h.a, "message", f.at("2026-11-24 09:00"), h.group);
    f.event(h.b, "message", f.at("2026-11-26 09:00"), h.group);
    f.commit();
    return h;
}

} // namespace

class TestGroupHealth : public QObject
{
    Q_OBJECT

private slots:
    void joinsLeavesAndMembersPerIsoWeekInTheWorkspaceZone()
    {
        GroupFixture f;
        const Health h = healthFixture(f);
        auto series = GroupHealth(f.ws()).weeklySeries(h.group, f.at("2026-11-25 12:00"), 5);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), size_t(5));
        const auto &w = *series;
        QCOMPARE(w[0].label, QStringLiteral("2026-W44"));
        QCOMPARE(w[4].label, QStringLiteral("2026-W48"));
        QCOMPARE(w[3].period.from, f.at("2026-11-16 00:00"));
        QCOMPARE(w[4].period.to, f.at("2026-11-30 00:00"));

        const QList<int> joins{w[0].joins, w[1].joins, w[2].joins, w[3].joins, w[4].joins};
        const QList<int> leaves{w[0].leaves, w[1].leaves, w[2].leaves, w[3].leaves, w[4].leaves};
        const QList<int> members{w[0].members, w[1].members, w[2].members, w[3].members,
                                 w[4].members};
        QCOMPARE(joins, QList<int>({0, 2, 1, 1, 0}));
        QCOMPARE(leaves, QList<int>({0, 0, 0, 1, 1}));
        QCOMPARE(members, QList<int>({0, 2, 3, 3, 2}));
    }

    void messagesPerMemberPerDayAndActiveShare()
    {
        GroupFixture f;
        const Health h = healthFixture(f);
        auto series = GroupHealth(f.ws()).weeklySeries(h.group, f.at("2026-11-25 12:00"), 5);
        QVERIFY(series.ok());
        const GroupHealthFigures &w47 = (*series)[3];
        QCOMPARE(w47.days, 7);
        QCOMPARE(w47.messages, qint64(7));
        QCOMPARE(w47.activeMembers, 2);
        QCOMPARE(*w47.messagesPerMemberPerDay(), 7.0 / (3.0 * 7.0));
        QCOMPARE(*w47.activeShare(), 2.0 / 3.0);

        // The current week is counted up to the as-of time: Monday to Wednesday.
        const GroupHealthFigures &w48 = (*series)[4];
        QCOMPARE(w48.end, f.at("2026-11-25 12:00"));
        QCOMPARE(w48.days, 3);
        QCOMPARE(w48.messages, qint64(1));
        QCOMPARE(*w48.messagesPerMemberPerDay(), 1.0 / (2.0 * 3.0));
        QCOMPARE(*w48.activeShare(), 0.5);

        // Members but no messages: zero, which is defined.
        const GroupHealthFigures &w45 = (*series)[1];
        QCOMPARE(*w45.messagesPerMemberPerDay(), 0.0);
        QCOMPARE(*w45.activeShare(), 0.0);
    }

    void ratiosWithoutMembersAreNotDefined()
    {
        GroupFixture f;
        const Health h = healthFixture(f);
        auto series = GroupHealth(f.ws()).weeklySeries(h.group, f.at("2026-11-25 12:00"), 5);
        QVERIFY(series.ok());
        const GroupHealthFigures &w44 = (*series)[0];
        QCOMPARE(w44.members, 0);
        QVERIFY(!w44.messagesPerMemberPerDay().has_value());
        QVERIFY(!w44.activeShare().has_value());

        auto empty = GroupHealth(f.ws()).weeklySeries(h.empty, f.at("2026-11-25 12:00"), 12);
        QVERIFY(empty.ok());
        QCOMPARE(empty->size(), size_t(12));
        for (const GroupHealthFigures &week : *empty) {
            QCOMPARE(week.members, 0);
            QCOMPARE(week.messages, qint64(0));
            QVERIFY(!week.messagesPerMemberPerDay().has_value());
        }
    }

    void membersInTheTrashCountNowhere()
    {
        GroupFixture f;
        const Health h = healthFixture(f);
        f.exec("UPDATE members SET deleted_at = 1 WHERE id = ?", {h.b});
        auto series = GroupHealth(f.ws()).weeklySeries(h.group, f.at("2026-11-25 12:00"), 5);
        QVERIFY(series.ok());
        const GroupHealthFigures &w47 = (*series)[3];
        QCOMPARE(w47.joins, 0);
        QCOMPARE(w47.members, 2);
        QCOMPARE(w47.messages, qint64(5));
        QCOMPARE(w47.activeMembers, 1);
    }

    void weekCrossingTheYear()
    {
        GroupFixture f;
        f.begin();
        const qint64 group = f.addGroup(QStringLiteral("Y"), QStringLiteral("New year"),
                                        QStringLiteral("wechat"), QVariant(), QString(), 500);
        const qint64 e = f.addMember(QStringLiteral("E"), QStringLiteral("E"));
        const qint64 g = f.addMember(QStringLiteral("F"), QStringLiteral("F"));
        f.join(group, e, f.at("2027-01-02 20:00"));             // Saturday of 2026-W53
        f.join(group, g, f.at("2027-01-04 08:00"));             // Monday of 2027-W01
        f.event(e, "message", f.at("2027-01-04 07:00"), group); // still 2026-W53 in UTC
        f.commit();
        auto series = GroupHealth(f.ws()).weeklySeries(group, f.at("2027-01-10 12:00"), 3);
        QVERIFY(series.ok());
        const auto &w = *series;
        QCOMPARE(w[0].label, QStringLiteral("2026-W52"));
        QCOMPARE(w[1].label, QStringLiteral("2026-W53"));
        QCOMPARE(w[2].label, QStringLiteral("2027-W01"));
        QCOMPARE(w[1].period.from, f.at("2026-12-28 00:00"));
        QCOMPARE(w[1].period.to, f.at("2027-01-04 00:00"));
        QCOMPARE(w[1].joins, 1);
        QCOMPARE(w[1].members, 1);
        QCOMPARE(w[1].messages, qint64(0));
        QCOMPARE(w[2].joins, 1);
        QCOMPARE(w[2].members, 2);
        QCOMPARE(w[2].messages, qint64(1));
        QCOMPARE(w[2].days, 7); // Sunday noon: every day of the week has begun
        QCOMPARE(*w[2].messagesPerMemberPerDay(), 1.0 / 14.0);
    }

    void weekWithDaylightSavingChange()
    {
        GroupFixture f("America/New_York");
        f.begin();
        const qint64 group = f.addGroup(QStringLiteral("D"), QStringLiteral("Spring"),
                                        QStringLiteral("slack"), QVariant(), QString(), QVariant());
        const qint64 m = f.addMember(QStringLiteral("M"), QStringLiteral("M"));
        f.join(group, m, f.at("2026-03-08 23:30")); // Monday 03:30 in UTC
        f.event(m, "message", f.at("2026-03-08 23:40"), group);
        f.commit();
        auto week = timeutil::parseIsoWeek(u"2026-W10", f.ws().timeZone());
        QVERIFY(week.ok());
        QCOMPARE(week->length(), qint64(7 * 86400 - 3600)); // the clocks went forward
        auto figures = GroupHealth(f.ws()).forGroup(group, *week);
        QVERIFY(figures.ok());
        QCOMPARE(figures->label, QStringLiteral("2026-W10"));
        QCOMPARE(figures->days, 7);
        QCOMPARE(figures->joins, 1);
        QCOMPARE(figures->members, 1);
        QCOMPARE(*figures->messagesPerMemberPerDay(), 1.0 / 7.0);
    }

    void everyGroupOverAPeriodForTheReport()
    {
        GroupFixture f;
        const Health h = healthFixture(f);
        auto week = timeutil::parseIsoWeek(u"2026-W47", f.ws().timeZone());
        QVERIFY(week.ok());
        auto rows = GroupHealth(f.ws()).forAllGroups(*week);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(3));
        QCOMPARE((*rows)[0].name, QStringLiteral("Health"));
        QCOMPARE((*rows)[1].name, QStringLiteral("Other"));
        QCOMPARE((*rows)[2].name, QStringLiteral("Zero"));

        const auto &health = (*rows)[0];
        QCOMPARE(health.groupRef, h.group);
        QCOMPARE(health.figures.label, QStringLiteral("2026-W47"));
        QCOMPARE(health.figures.joins, 1);
        QCOMPARE(health.figures.leaves, 1);
        QCOMPARE(health.figures.members, 3);
        QCOMPARE(health.figures.messages, qint64(7));
        QCOMPARE(health.figures.activeMembers, 2);
        QCOMPARE(*health.fill(), 1.0);
        QVERIFY(health.isNearCap());

        const auto &other = (*rows)[1];
        QCOMPARE(other.figures.members, 1);
        QCOMPARE(other.figures.messages, qint64(1));
        QCOMPARE(other.figures.activeMembers, 0); // d posted, but is not a member of Other
        QVERIFY(!other.fill().has_value());
        QVERIFY(!other.isNearCap());

        const auto &zero = (*rows)[2];
        QCOMPARE(zero.figures.members, 0);
        QCOMPARE(zero.figures.days, 7);
        QVERIFY(!zero.figures.messagesPerMemberPerDay().has_value());
        QCOMPARE(*zero.fill(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGroupHealth)
#include "tst_grouphealth.moc"
