// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importengine.h"
#include "models/import/importhistory.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rule.h"
#include "models/segments/rulecompiler.h"
#include "models/segments/stagetimeline.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace siyu;

namespace {

constexpr qint64 day = 86400;
constexpr qint64 start = 1780000000; // 2026-05-28, the first refresh
constexpr qint64 end = start + 180 * day;

// One member as the test writes them, and the plain replay of the contract's stage rules.
struct Order
{
    qint64 at;
    qint64 cents;
    bool refunded;
};

struct Member
{
    qint64 id = 0;
    qint64 joined = 0;
    std::vector<qint64> events;
    std::vector<Order> orders;
    QString override;
};

// The stage at `t` by the contract: tried in order, the first that holds.
QString stageAt(const Member &m, qint64 t, qint64 churn)
{
    if (t < m.joined)
        return {};
    qint64 last = m.joined, lastPaid = 0, paid = 0;
    bool active = false;
    for (qint64 e : m.events) {
        if (e <= t) {
            active = true;
            last = std::max(last, e);
        }
    }
    for (const Order &o : m.orders) {
        if (!o.refunded && o.at <= t) {
            ++paid;
            lastPaid = std::max(lastPaid, o.at);
            last = std::max(last, o.at);
        }
    }
    if (t - last >= churn)
        return QStringLiteral("churn");
    if (paid >= 2 && t - lastPaid < churn)
        return QStringLiteral("loyalty");
    if (paid >= 1)
        return QStringLiteral("purchase");
    return active ? QStringLiteral("interest") : QStringLiteral("awareness");
}

using Timeline = std::vector<std::pair<qint64, QString>>;

// Every change up to `now`: the stage can only change at a touch or churn days after one.
Timeline replay(const Member &m, qint64 now, qint64 churn)
{
    std::set<qint64> candidates{m.joined, m.joined + churn};
    for (qint64 e : m.events)
        candidates.insert({e, e + churn});
    for (const Order &o : m.orders)
        candidates.insert({o.at, o.at + churn});
    Timeline out;
    for (qint64 t : candidates) {
        if (t < m.joined || t > now)
            continue;
        const QString stage = stageAt(m, t, churn);
        if (out.empty() || out.back().second != stage)
            out.emplace_back(t, stage);
    }
    return out;
}

std::vector<Member> generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Member> members;
    for (int i = 1; i <= count; ++i) {
        Member m;
        m.id = i;
        m.joined = start - 120 * day + qint64(random.bounded(270 * 24)) * 3600;
        const int events = int(random.bounded(9));
        for (int e = 0; e < events; ++e)
            m.events.push_back(m.joined - 5 * day + qint64(random.bounded(200 * 24)) * 3600);
        const int orders = int(random.bounded(5));
        for (int o = 0; o < orders; ++o)
            m.orders.push_back({m.joined + qint64(random.bounded(200 * 24)) * 3600,
                                qint64(random.bounded(100000)), random.bounded(6) == 0});
        // Some touch exactly on a churn boundary.
        if (!m.events.empty() && random.bounded(4) == 0)
            m.events.push_back(m.events.front() + 60 * day);
        std::sort(m.events.begin(), m.events.end());
        members.push_back(std::move(m));
    }
    return members;
}

} // namespace

class TestStages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> open()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.siyu").arg(++m_files)));
        if (!ws)
            qFatal("open: %s", qPrintable(ws.error().toString()));
        return std::move(*ws);
    }

    static void exec(Workspace &ws, const QString &statement, const QVariantList &binds = {})
    {
        const Status status = sql::exec(ws.db(), statement, binds);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    }

    static void write(Workspace &ws, const std::vector<Member> &members)
    {
        Transaction transaction(ws);
        int n = 0;
        for (const Member &m : members) {
            exec(ws,
                 QStringLiteral("INSERT INTO members (id, member_id, joined_at, stage_override) "
                                "VALUES (?, ?, ?, ?)"),
                 {m.id, QStringLiteral("M%1").arg(m.id), m.joined,
                  m.override.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(m.override)});
            for (qint64 e : m.events)
                exec(ws,
                     QStringLiteral("INSERT INTO events (member_ref, type, occurred_at) VALUES "
                                    "(?, 'message', ?)"),
                     {m.id, e});
            for (const Order &o : m.orders)
                exec(ws,
                     QStringLiteral("INSERT INTO orders (order_id, member_ref, amount_cents, "
                                    "paid_at, refunded) VALUES (?, ?, ?, ?, ?)"),
                     {QStringLiteral("O%1").arg(++n), m.id, o.cents, o.at, o.refunded ? 1 : 0});
        }
        QVERIFY(transaction.commit());
    }

    static QStringList rows(Workspace &ws, const QString &select, const QVariantList &binds = {})
    {
        QStringList out;
        auto query = sql::run(ws.db(), select, binds);
        if (!query)
            return {query.error().toString()};
        while (query->next()) {
            QStringList cells;
            for (int i = 0; i < query->record().count(); ++i)
                cells << query->value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    static QStringList history(Workspace &ws)
    {
        return rows(
            ws, QStringLiteral("SELECT member_ref, at, from_stage, to_stage, by_rules "
                               "FROM stage_history WHERE by_rules = 1 ORDER BY member_ref, at"));
    }
    static QStringList stored(Workspace &ws)
    {
        return rows(ws, QStringLiteral("SELECT id, stage, stage_since, last_active_at, "
                                       "last_order_at, paid_orders, paid_cents FROM members "
                                       "ORDER BY id"));
    }
    // Everything, with the ids of the history rows: a row rewritten shows.
    static QStringList everything(Workspace &ws)
    {
        return rows(ws, QStringLiteral("SELECT * FROM members ORDER BY id")) +
               rows(ws, QStringLiteral("SELECT * FROM stage_history ORDER BY id")) +
               rows(ws, QStringLiteral("SELECT * FROM settings ORDER BY key"));
    }

    // The history rows the replay predicts, in history()'s form.
    static QStringList predicted(const std::vector<Member> &members, qint64 now, qint64 churn)
    {
        QStringList out;
        for (const Member &m : members) {
            QString from;
            for (const auto &[at, stage] : replay(m, now, churn)) {
                out << QStringLiteral("%1|%2|%3|%4|1").arg(m.id).arg(at).arg(from, stage);
                from = stage;
            }
        }
        return out;
    }

    static void compareWithReplay(Workspace &ws, const std::vector<Member> &members, qint64 now,
                                  qint64 churn)
    {
        QCOMPARE(history(ws), predicted(members, now, churn));
        for (const Member &m : members) {
            const Timeline timeline = replay(m, now, churn);
            const QString expected = m.override.isEmpty() ? timeline.back().second : m.override;
            QCOMPARE(rows(ws, QStringLiteral("SELECT stage FROM members WHERE id = ?"), {m.id}),
                     QStringList{expected});
            if (m.override.isEmpty())
                QCOMPARE(rows(ws, QStringLiteral("SELECT stage_since FROM members WHERE id = ?"),
                              {m.id}),
                         QStringList{QString::number(timeline.back().first)});
        }
    }

    static void verify(const Status &status)
    {
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void historyIsTheSameDailyMonthlyOrOnce()
    {
        const std::vector<Member> members = generate(80, 7);
        auto daily = open(), monthly = open(), once = open();
        for (Workspace *ws : {daily.get(), monthly.get(), once.get()})
            write(*ws, members);
        verify(lifecycle::recompute(*daily, start));
        verify(lifecycle::recompute(*monthly, start));
        for (qint64 t = start + day; t <= end; t += day) {
            auto done = lifecycle::bringUpToDate(*daily, t);
            QVERIFY(done.ok());
            QVERIFY(!done->recomputed);
        }
        for (qint64 t = start + 30 * day; t <= end; t += 30 * day)
            QVERIFY(lifecycle::bringUpToDate(*monthly, t).ok());
        verify(lifecycle::recompute(*once, end));
        QCOMPARE(history(*daily), history(*once));
        QCOMPARE(stored(*daily), stored(*once));
        QCOMPARE(history(*monthly), history(*once));
        QCOMPARE(stored(*monthly), stored(*once));
        compareWithReplay(*once, members, end, 60 * day);
        QCOMPARE(lifecycle::stagesRefreshedAt.get(*daily), end);
    }

    void aDayPassingMovesIntoChurnAtTheExactTime()
    {
        auto ws = open();
        Member quiet{1, start - 50 * day, {start - 40 * day}, {}, {}};
        // Loyal until 60 days after the second order, then purchase; churn 60 days after the
        // last event.
        Member loyal{2, start - 50 * day, {start - 5 * day}, {}, {}};
        loyal.orders = {{start - 30 * day, 100, false}, {start - 20 * day, 100, false}};
        write(*ws, {quiet, loyal});
        verify(lifecycle::recompute(*ws, start));
        QCOMPARE(rows(*ws, QStringLiteral("SELECT stage FROM members ORDER BY id")),
                 (QStringList{QStringLiteral("interest"), QStringLiteral("loyalty")}));
        // Nothing is due for 19 days: no member is looked at.
        auto done = lifecycle::bringUpToDate(*ws, start + 19 * day);
        QVERIFY(done.ok());
        QCOMPARE(done->members, qint64(0));
        done = lifecycle::bringUpToDate(*ws, start + 21 * day);
        QVERIFY(done.ok());
        QCOMPARE(done->members, qint64(1));
        QCOMPARE(rows(*ws, QStringLiteral("SELECT stage, stage_since FROM members WHERE id = 1")),
                 QStringList{QStringLiteral("churn|%1").arg(start + 20 * day)});
        QVERIFY(lifecycle::bringUpToDate(*ws, start + 50 * day).ok());
        QCOMPARE(rows(*ws, QStringLiteral("SELECT stage, stage_since FROM members WHERE id = 2")),
                 QStringList{QStringLiteral("purchase|%1").arg(start + 40 * day)});
        QVERIFY(lifecycle::bringUpToDate(*ws, start + 56 * day).ok());
        QCOMPARE(rows(*ws, QStringLiteral("SELECT stage, stage_since FROM members WHERE id = 2")),
                 QStringList{QStringLiteral("churn|%1").arg(start + 55 * day)});
        QCOMPARE(rows(*ws, QStringLiteral("SELECT at, from_stage, to_stage FROM stage_history "
                                          "WHERE member_ref = 2 ORDER BY at")),
                 (QStringList{QStringLiteral("%1||awareness").arg(start - 50 * day),
                              QStringLiteral("%1|awareness|purchase").arg(start - 30 * day),
                              QStringLiteral("%1|purchase|loyalty").arg(start - 20 * day),
                              QStringLiteral("%1|loyalty|purchase").arg(start + 40 * day),
                              QStringLiteral("%1|purchase|churn").arg(start + 55 * day)}));
        // A time before the last refresh does nothing.
        const QStringList before = everything(*ws);
        QVERIFY(lifecycle::bringUpToDate(*ws, start).ok());
        QCOMPARE(everything(*ws), before);
    }

    void neverRefreshedRecomputesEveryone()
    {
        auto ws = open();
        const std::vector<Member> members = generate(20, 3);
        write(*ws, members);
        auto done = lifecycle::bringUpToDate(*ws, end);
        QVERIFY(done.ok());
        QVERIFY(done->recomputed);
        compareWithReplay(*ws, members, end, 60 * day);
    }

    void churnDaysChangeRecomputes()
    {
        auto ws = open();
        const std::vector<Member> members = generate(60, 11);
        write(*ws, members);
        verify(lifecycle::recompute(*ws, end));
        compareWithReplay(*ws, members, end, 60 * day);
        verify(settings::churnDays.set(*ws, 30));
        verify(lifecycle::recompute(*ws, end));
        compareWithReplay(*ws, members, end, 30 * day);
    }

    // With the same churn_days, a recompute compares each member's rows with the timeline and
    // writes only those that differ.
    void recomputeAgainWritesOnlyWhatChanged()
    {
        auto ws = open();
        std::vector<Member> members = generate(50, 17);
        write(*ws, members);
        verify(lifecycle::recompute(*ws, end));
        const QStringList before = rows(*ws, QStringLiteral("SELECT * FROM stage_history WHERE "
                                                            "member_ref <> 3 ORDER BY id"));
        exec(*ws,
             QStringLiteral("INSERT INTO events (member_ref, type, occurred_at) VALUES (3, "
                            "'like', ?)"),
             {end - 10 * day});
        members[2].events.push_back(end - 10 * day);
        std::sort(members[2].events.begin(), members[2].events.end());
        verify(lifecycle::recompute(*ws, end));
        compareWithReplay(*ws, members, end, 60 * day);
        QCOMPARE(rows(*ws, QStringLiteral("SELECT * FROM stage_history WHERE member_ref <> 3 "
                                          "ORDER BY id")),
                 before);
    }

    void aStageSetByHandWinsButLeavesTheRulesHistory()
    {
        auto ws = open();
        std::vector<Member> members = generate(10, 5);
        members[3].override = QStringLiteral("loyalty");
        write(*ws, members);
        exec(*ws, QStringLiteral("UPDATE members SET stage_since = ? WHERE id = 4"), {start});
        exec(*ws,
             QStringLiteral("INSERT INTO stage_history (member_ref, at, from_stage, to_stage) "
                            "VALUES (4, ?, 'awareness', 'loyalty')"),
             {start});
        verify(lifecycle::recompute(*ws, end));
        compareWithReplay(*ws, members, end, 60 * day); // the rules' rows
        QCOMPARE(rows(*ws, QStringLiteral("SELECT stage, stage_since FROM members WHERE id = 4")),
                 QStringList{QStringLiteral("loyalty|%1").arg(start)});
        QCOMPARE(rows(*ws, QStringLiteral("SELECT count(*) FROM stage_history WHERE by_rules = 0")),
                 QStringList{QStringLiteral("1")});
    }

    void stageAsOfInRulesFollowsTheTimeline()
    {
        auto ws = open();
        const std::vector<Member> members = generate(80, 23);
        write(*ws, members);
        verify(lifecycle::recompute(*ws, end));
        const qint64 churn = 60 * day;
        for (qint64 t : {start - 100 * day, start - 1, start, start + 45 * day + 7,
                         start + 120 * day, end - 1, end}) {
            const RuleCompiler compiler(RuleCompiler::contextFor(*ws, t));
            for (const QString &stage : lifecycle::stageKeys() + QStringList{QString()}) {
                const QString json =
                    stage.isEmpty()
                        ? QStringLiteral(R"({"field": "stage", "op": "empty"})")
                        : QStringLiteral(R"({"field": "stage", "op": "=", "value": "%1"})")
                              .arg(stage);
                auto rule = Rule::parse(json);
                QVERIFY2(rule.ok(), qPrintable(json));
                const SqlFragment select = RuleCompiler::selectIds(compiler.condition(*rule));
                const QStringList found = rows(*ws, select.sql, select.binds);
                QStringList expected;
                for (const Member &m : members) {
                    if (stageAt(m, t, churn) == stage)
                        expected << QString::number(m.id);
                }
                QVERIFY2(found == expected,
                         qPrintable(QStringLiteral("as of %1, stage '%2'").arg(t).arg(stage)));
            }
        }
    }

    void aSmallImportTouchesOnlyItsMembers()
    {
        auto ws = open();
        const std::vector<Member> members = generate(200, 31);
        write(*ws, members);
        verify(lifecycle::recompute(*ws, end));
        const QStringList before = rows(*ws, QStringLiteral("SELECT * FROM members ORDER BY id"));
        const QStringList historyBefore =
            rows(*ws, QStringLiteral("SELECT * FROM stage_history ORDER BY id"));
        const QString csv = m_dir.filePath(QStringLiteral("events.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const auto iso = [](qint64 at) {
                return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
                    .toString(Qt::ISODate)
                    .toUtf8();
            };
            file.write("member_id,type,occurred_at,value\n");
            file.write("M5,message," + iso(end - 3600) + ",\n");
            file.write("M7,like," + iso(end - 7200) + ",\n");
            file.write("M7,read," + iso(end - 7000) + ",\n");
        }
        ImportOptions options;
        options.preset = QStringLiteral("siyu-events");
        options.files = {csv};
        options.now = end + 60;
        options.writeRejects = false;
        ImportEngine engine(*ws);
        auto report = engine.run(options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->inserted, qint64(3));
        const QStringList after = rows(*ws, QStringLiteral("SELECT * FROM members ORDER BY id"));
        for (int i = 0; i < after.size(); ++i) {
            if (i + 1 != 5 && i + 1 != 7)
                QCOMPARE(after[i], before[i]);
        }
        // Every history row of the other members is the same row (same id).
        QStringList othersBefore;
        for (const QString &row : historyBefore) {
            const QString member = row.section(QLatin1Char('|'), 1, 1);
            if (member != QLatin1String("5") && member != QLatin1String("7"))
                othersBefore << row;
        }
        QCOMPARE(rows(*ws, QStringLiteral("SELECT * FROM stage_history WHERE member_ref NOT IN "
                                          "(5, 7) ORDER BY id")),
                 othersBefore);
        // The two members follow the replay with their new events.
        std::vector<Member> touched{members[4], members[6]};
        touched[0].events.push_back(end - 3600);
        touched[1].events.insert(touched[1].events.end(), {end - 7200, end - 7000});
        for (Member &m : touched)
            std::sort(m.events.begin(), m.events.end());
        QStringList expected = predicted(touched, end, 60 * day);
        QCOMPARE(rows(*ws, QStringLiteral("SELECT member_ref, at, from_stage, to_stage, by_rules "
                                          "FROM stage_history WHERE member_ref IN (5, 7) ORDER BY "
                                          "member_ref, at")),
                 expected);
        // Undoing the import puts the two members back.
        auto undone = ImportHistory::undo(*ws, report->batch, end + 120);
        QVERIFY2(undone.ok(), qPrintable(undone ? QString() : undone.error().toString()));
        QCOMPARE(rows(*ws, QStringLiteral("SELECT * FROM members ORDER BY id")), before);
        QCOMPARE(history(*ws), predicted(members, end, 60 * day));
    }

    // The timeline continued from the aggregates of a refresh is the one computed over all the
    // touches, for touches after the last one at any time: before the refresh, between it and
    // `now`, beyond `now`.
    void aTimelineContinuedFromItsAggregatesIsTheWholeOne()
    {
        QRandomGenerator random(57);
        const qint64 churn = 60 * day;
        for (const Member &m : generate(3000, 19)) {
            lifecycle::MemberTouches before;
            before.joinedAt = m.joined;
            const qint64 refreshedAt = m.joined + qint64(random.bounded(250 * 24)) * 3600;
            for (qint64 e : m.events) {
                if (e <= refreshedAt)
                    before.events.push_back(e);
            }
            for (const Order &o : m.orders) {
                if (!o.refunded && o.at <= refreshedAt)
                    before.paidOrders.emplace_back(o.at, o.cents);
            }
            std::sort(before.paidOrders.begin(), before.paidOrders.end());
            const lifecycle::StageTimeline stored =
                lifecycle::computeTimeline(before, refreshedAt, churn);
            lifecycle::TouchAggregates aggregates{m.joined, stored.lastActiveAt, stored.lastOrderAt,
                                                  stored.paidOrders, stored.paidCents};
            const qint64 last = aggregates.lastTouch();
            const qint64 now = refreshedAt + qint64(random.bounded(120 * 24)) * 3600;
            lifecycle::MemberTouches later;
            later.joinedAt = m.joined;
            for (int i = int(random.bounded(5)); i > 0; --i)
                later.events.push_back(last + 1 + qint64(random.bounded(200 * 24)) * 3600);
            for (int i = int(random.bounded(3)); i > 0; --i)
                later.paidOrders.emplace_back(last + 1 + qint64(random.bounded(200 * 24)) * 3600,
                                              qint64(random.bounded(5000)));
            std::sort(later.events.begin(), later.events.end());
            std::sort(later.paidOrders.begin(), later.paidOrders.end());
            lifecycle::MemberTouches all = before;
            all.events.insert(all.events.end(), later.events.begin(), later.events.end());
            all.paidOrders.insert(all.paidOrders.end(), later.paidOrders.begin(),
                                  later.paidOrders.end());
            std::sort(all.events.begin(), all.events.end());
            std::sort(all.paidOrders.begin(), all.paidOrders.end());
            const lifecycle::StageTimeline whole = lifecycle::computeTimeline(all, now, churn);
            const lifecycle::ContinuedTimeline continued =
                lifecycle::continueTimeline(aggregates, later, now, churn);
            // The stored history up to the last touch, then the continuation.
            std::vector<lifecycle::StageChange> joined;
            for (const auto &change : stored.changes) {
                if (change.at <= last)
                    joined.push_back(change);
            }
            QVERIFY(!joined.empty());
            QCOMPARE(int(joined.back().stage), int(continued.atLastTouch));
            joined.insert(joined.end(), continued.timeline.changes.begin(),
                          continued.timeline.changes.end());
            QVERIFY2(joined == whole.changes, qPrintable(QStringLiteral("member %1").arg(m.id)));
            QCOMPARE(int(continued.timeline.stage), int(whole.stage));
            QCOMPARE(continued.timeline.lastActiveAt, whole.lastActiveAt);
            QCOMPARE(continued.timeline.lastOrderAt, whole.lastOrderAt);
            QCOMPARE(continued.timeline.paidOrders, whole.paidOrders);
            QCOMPARE(continued.timeline.paidCents, whole.paidCents);
        }
    }

    // Imports of events and orders at every kind of time (before a member's last touch, after
    // it, after the last refresh, beyond now), for members with and without a stage set by
    // hand, leave the stored stages and history the replay of everything.
    void importsAtAnyTimeKeepTheStagesExact()
    {
        auto ws = open();
        std::vector<Member> members = generate(400, 43);
        for (size_t i = 0; i < members.size(); i += 37)
            members[i].override = QStringLiteral("loyalty");
        write(*ws, members);
        qint64 refreshed = end - 40 * day;
        verify(lifecycle::recompute(*ws, refreshed));
        QRandomGenerator random(77);
        const auto iso = [](qint64 at) {
            return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())
                .toString(Qt::ISODate)
                .toUtf8();
        };
        int orderNumber = 0;
        for (int round = 0; round < 3; ++round) {
            const qint64 now = refreshed + qint64(1 + random.bounded(20)) * day;
            QByteArray events("member_id,type,occurred_at,value\n");
            QByteArray orders("order_id,member_id,amount,paid_at,refunded\n");
            for (Member &m : members) {
                if (random.bounded(3) != 0)
                    continue;
                // Mostly after the member's last touch, sometimes long before it, sometimes
                // beyond now.
                qint64 at = 0;
                switch (random.bounded(5)) {
                case 0:
                    at = m.joined + qint64(random.bounded(100 * 24)) * 3600;
                    break;
                case 1:
                    at = now + qint64(1 + random.bounded(5 * 24)) * 3600;
                    break;
                default:
                    at = now - qint64(random.bounded(30 * 24)) * 3600;
                    break;
                }
                if (random.bounded(4) == 0) {
                    const bool refunded = random.bounded(5) == 0;
                    const qint64 cents = 100 + qint64(random.bounded(50000));
                    orders += "R" + QByteArray::number(++orderNumber) + ",M" +
                              QByteArray::number(m.id) + "," + QByteArray::number(cents / 100) +
                              "." + QByteArray::number(cents % 100).rightJustified(2, '0') + "," +
                              iso(at) + "," + (refunded ? "1" : "0") + "\n";
                    m.orders.push_back({at, cents, refunded});
                } else {
                    events += "M" + QByteArray::number(m.id) + ",message," + iso(at) + ",\n";
                    m.events.push_back(at);
                }
                std::sort(m.events.begin(), m.events.end());
            }
            for (const auto &[preset, content] :
                 {std::pair{QStringLiteral("siyu-events"), events},
                  std::pair{QStringLiteral("siyu-orders"), orders}}) {
                const QString csv =
                    m_dir.filePath(QStringLiteral("round%1-%2.csv").arg(round).arg(preset));
                QFile file(csv);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(content);
                file.close();
                ImportOptions options;
                options.preset = preset;
                options.files = {csv};
                options.now = now;
                options.writeRejects = false;
                ImportEngine engine(*ws);
                auto report = engine.run(options);
                QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
                QCOMPARE(report->rejected, qint64(0));
                QVERIFY(report->checkpointDue);
                verify(ws->checkpoint());
            }
            compareWithReplay(*ws, members, now, 60 * day);
            refreshed = now;
        }
    }

    void cancelRollsBack()
    {
        auto ws = open();
        write(*ws, generate(5000, 13));
        verify(lifecycle::recompute(*ws, start));
        verify(settings::churnDays.set(*ws, 20));
        const QStringList before = everything(*ws);
        for (int stopAt : {0, 30, 99}) {
            std::vector<int> seen;
            const Status status = lifecycle::recompute(*ws, end, [&](int percent) {
                seen.push_back(percent);
                return percent < stopAt;
            });
            QVERIFY(!status.ok());
            QCOMPARE(status.error().message, QStringLiteral("cancelled"));
            QVERIFY(std::is_sorted(seen.begin(), seen.end()));
            QCOMPARE(everything(*ws), before);
        }
        std::vector<int> seen;
        verify(lifecycle::recompute(*ws, end, [&](int percent) {
            seen.push_back(percent);
            return true;
        }));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 100);
        QVERIFY(seen.size() > 3);
        QVERIFY(everything(*ws) != before);
    }
};

QTEST_GUILESS_MAIN(TestStages)
#include "tst_stages.moc"
