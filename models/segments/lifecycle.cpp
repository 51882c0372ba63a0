// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/lifecycle.h"

#include "models/segments/stagetimeline.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace siyu::lifecycle {

namespace {

constexpr qint64 secondsPerDay = 86400;

Error cancelled()
{
    return makeError(QStringLiteral("cancelled"));
}

Error failure(const Statement &statement)
{
    return makeError(
        QStringLiteral("refreshing lifecycle stages failed: %1").arg(statement.errorMessage()));
}

qint64 churnSecondsOf(const Workspace &ws)
{
    return qint64(settings::churnDays.get(ws)) * secondsPerDay;
}

std::optional<qint64> optionalInt(const Statement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.int64(column);
}

void bindOptional(Statement &statement, int index, const std::optional<qint64> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

// What the members table holds for one member, read with selectMember.
struct StoredMember
{
    qint64 id = 0;
    qint64 joinedAt = 0;
    bool deleted = false;
    QString stage;
    std::optional<qint64> stageSince;
    QString stageOverride;
    std::optional<qint64> lastActiveAt;
    std::optional<qint64> lastOrderAt;
    qint64 paidOrders = 0;
    qint64 paidCents = 0;
};

// One member's row, and every member's in id order, as readMember() reads them.
const char *const selectMember =
    "SELECT id, joined_at, deleted_at IS NOT NULL, stage, stage_since, stage_override, "
    "last_active_at, last_order_at, paid_orders, paid_cents FROM members WHERE id = ?1";
const char *const selectMembers =
    "SELECT id, joined_at, deleted_at IS NOT NULL, stage, stage_since, stage_override, "
    "last_active_at, last_order_at, paid_orders, paid_cents FROM members ORDER BY id";

StoredMember readMember(const Statement &s)
{
    StoredMember m;
    m.id = s.int64(0);
    m.joinedAt = s.int64(1);
    m.deleted = s.int64(2) != 0;
    m.stage = s.text(3);
    m.stageSince = optionalInt(s, 4);
    m.stageOverride = s.text(5);
    m.lastActiveAt = optionalInt(s, 6);
    m.lastOrderAt = optionalInt(s, 7);
    m.paidOrders = s.int64(8);
    m.paidCents = s.int64(9);
    return m;
}

// Writes what a member's timeline says, where it differs from what is stored.
class StageWriter
{
public:
    explicit StageWriter(Workspace &ws)
        : m_update(ws.handle(), "UPDATE members SET stage = ?2, stage_since = ?3, "
                                "last_active_at = ?4, last_order_at = ?5, paid_orders = ?6, "
                                "paid_cents = ?7 WHERE id = ?1"),
          m_insert(ws.handle(), "INSERT INTO stage_history (member_ref, at, from_stage, "
                                "to_stage, by_rules) VALUES (?1, ?2, ?3, ?4, 1)"),
          m_history(ws.handle(), "SELECT at, to_stage FROM stage_history WHERE member_ref = ?1 "
                                 "AND by_rules = 1 ORDER BY at"),
          m_delete(ws.handle(), "DELETE FROM stage_history WHERE member_ref = ?1 AND by_rules = 1")
    {}

    Status prepareError() const
    {
        for (const Statement *s : {&m_update, &m_insert, &m_history, &m_delete}) {
            if (!s->isValid())
                return s->prepareError();
        }
        return {};
    }

    Status writeMember(const StoredMember &m, const StageTimeline &t)
    {
        const bool byHand = !m.stageOverride.isEmpty();
        const QString stage = byHand ? m.stageOverride : QLatin1String(stageKey(t.stage));
        std::optional<qint64> since =
            m.stageSince ? m.stageSince : std::optional<qint64>(m.joinedAt);
        if (!byHand)
            since = t.changes.empty() ? m.joinedAt : t.changes.back().at;
        if (stage == m.stage && since == m.stageSince && t.lastActiveAt == m.lastActiveAt &&
            t.lastOrderAt == m.lastOrderAt && t.paidOrders == m.paidOrders &&
            t.paidCents == m.paidCents)
            return {};
        m_update.bind(1, m.id);
        m_update.bind(2, stage);
        bindOptional(m_update, 3, since);
        bindOptional(m_update, 4, t.lastActiveAt);
        bindOptional(m_update, 5, t.lastOrderAt);
        m_update.bind(6, t.paidOrders);
        m_update.bind(7, t.paidCents);
        if (!m_update.exec())
            return failure(m_update);
        return {};
    }

    // Replaces the member's rules' rows where they differ from `changes`.
    Status updateHistory(qint64 member, const std::vector<StageChange> &changes)
    {
        if (storedHistory(member) == changes)
            return {};
        return replaceHistory(member, changes);
    }

    Status replaceHistory(qint64 member, const std::vector<StageChange> &changes)
    {
        m_delete.bind(1, member);
        if (!m_delete.exec())
            return failure(m_delete);
        return insertHistory(member, changes);
    }

    Status insertHistory(qint64 member, const std::vector<StageChange> &changes)
    {
        const char *from = nullptr;
        for (const StageChange &change : changes) {
            m_insert.bind(1, member);
            m_insert.bind(2, change.at);
            if (from)
                m_insert.bind(3, QByteArray::fromRawData(from, qsizetype(qstrlen(from))));
            else
                m_insert.bindNull(3);
            const char *to = stageKey(change.stage);
            m_insert.bind(4, QByteArray::fromRawData(to, qsizetype(qstrlen(to))));
            if (!m_insert.exec())
                return failure(m_insert);
            from = to;
        }
        return {};
    }

private:
    std::vector<StageChange> storedHistory(qint64 member)
    {
        std::vector<StageChange> stored;
        m_history.bind(1, member);
        while (m_history.step()) {
            const auto code = stageCode(m_history.text(1));
            stored.push_back({m_history.int64(0), code.value_or(StageCode::Awareness)});
        }
        m_history.reset();
        return stored;
    }

    Statement m_update;
    Statement m_insert;
    Statement m_history;
    Statement m_delete;
};

// Refreshes members one at a time by their own events and orders (the (member, time) indexes).
class MemberRefresh
{
public:
    MemberRefresh(Workspace &ws, qint64 now)
        : m_now(now), m_churn(churnSecondsOf(ws)), m_writer(ws),
          m_member(ws.handle(), selectMember),
          m_events(ws.handle(), "SELECT occurred_at FROM events WHERE member_ref = ?1 AND "
                                "occurred_at <= ?2 ORDER BY occurred_at"),
          m_orders(ws.handle(), "SELECT paid_at, amount_cents FROM orders INDEXED BY "
                                "orders_member_paid WHERE member_ref = ?1 AND refunded = 0 AND "
                                "paid_at <= ?2 ORDER BY paid_at")
    {}

    Status prepareError() const
    {
        for (const Statement *s : {&m_member, &m_events, &m_orders}) {
            if (!s->isValid())
                return s->prepareError();
        }
        return m_writer.prepareError();
    }

    Status refresh(qint64 id)
    {
        m_member.bind(1, id);
        if (!m_member.step()) {
            m_member.reset();
            return {};
        }
        const StoredMember stored = readMember(m_member);
        m_member.reset();
        if (stored.deleted)
            return {};
        MemberTouches touches;
        touches.joinedAt = stored.joinedAt;
        m_events.bind(1, id);
        m_events.bind(2, m_now);
        while (m_events.step())
            touches.events.push_back(m_events.int64(0));
        m_events.reset();
        m_orders.bind(1, id);
        m_orders.bind(2, m_now);
        while (m_orders.step())
            touches.paidOrders.emplace_back(m_orders.int64(0), m_orders.int64(1));
        m_orders.reset();
        const StageTimeline timeline = computeTimeline(touches, m_now, m_churn);
        if (Status status = m_writer.updateHistory(id, timeline.changes); !status)
            return status;
        return m_writer.writeMember(stored, timeline);
    }

private:
    qint64 m_now;
    qint64 m_churn;
    StageWriter m_writer;
    Statement m_member;
    Statement m_events;
    Statement m_orders;
};

Status refreshEach(Workspace &ws, const std::vector<qint64> &members, qint64 now,
                   const std::function<bool(int)> &progress)
{
    MemberRefresh refresh(ws, now);
    if (Status status = refresh.prepareError(); !status)
        return status;
    for (size_t i = 0; i < members.size(); ++i) {
        if (Status status = refresh.refresh(members[i]); !status)
            return status;
        if (progress && i % 1024 == 1023 && !progress(int(i * 100 / members.size())))
            return cancelled();
    }
    return {};
}

// A forward cursor over (member_ref, …) rows in member order.
class MemberCursor
{
public:
    MemberCursor(Workspace &ws, const char *sql, qint64 now) : m_statement(ws.handle(), sql)
    {
        if (m_statement.isValid()) {
            m_statement.bind(1, now);
            m_more = m_statement.step();
        }
    }
    const Statement &statement() const { return m_statement; }

    // Calls `take` for every row of `member` (rows of smaller members are skipped).
    template<typename Take> void collect(qint64 member, Take take)
    {
        while (m_more && m_statement.int64(0) < member)
            m_more = m_statement.step();
        while (m_more && m_statement.int64(0) == member) {
            take(m_statement);
            m_more = m_statement.step();
        }
    }

private:
    Statement m_statement;
    bool m_more = false;
};

// Every live member in one pass over members, events and orders, each in member order.
class FullRecompute
{
public:
    FullRecompute(Workspace &ws, qint64 now, const std::function<bool(int)> &progress)
        : m_ws(ws), m_now(now), m_churn(churnSecondsOf(ws)), m_progress(progress)
    {}

    // `rewrite`: every rules' row goes and is written again (the stages were never computed, or
    // with another churn_days, so that most histories change); otherwise each member's rows are
    // compared with the timeline and only those that differ are written.
    Status run(bool rewrite)
    {
        if (!rewrite) {
            if (!report(5))
                return cancelled();
            return scan(false);
        }
        if (Status status = clearHistory(); !status)
            return status;
        auto timeIndex = dropTimeIndex();
        if (!timeIndex)
            return timeIndex.error();
        if (!report(5))
            return cancelled();
        if (Status status = scan(true); !status)
            return status;
        return restoreTimeIndex(*timeIndex);
    }

private:
    // The history's index by time would take its rows in random order, one page read each once
    // it outgrows the cache: it is built again by sorting, after the rows are in.
    Result<QByteArray> dropTimeIndex()
    {
        Statement find(m_ws.handle(), "SELECT sql FROM sqlite_schema WHERE type = 'index' AND "
                                      "name = 'stage_history_at'");
        if (!find.isValid())
            return find.prepareError();
        if (!find.step())
            return QByteArray();
        const QByteArray sql = find.text(0).toUtf8();
        find.reset();
        Statement drop(m_ws.handle(), "DROP INDEX stage_history_at");
        if (!drop.isValid())
            return drop.prepareError();
        if (!drop.exec())
            return failure(drop);
        return sql;
    }

    Status restoreTimeIndex(const QByteArray &sql)
    {
        if (sql.isEmpty())
            return {};
        Statement create(m_ws.handle(), sql.constData());
        if (!create.isValid())
            return create.prepareError();
        if (!create.exec())
            return failure(create);
        return {};
    }

    Status scan(bool rewrite)
    {
        Statement members(m_ws.handle(), selectMembers);
        MemberCursor history(m_ws,
                             rewrite ? "SELECT NULL WHERE ?1 IS NULL"
                                     : "SELECT member_ref, at, to_stage FROM stage_history "
                                       "INDEXED BY stage_history_member WHERE by_rules = 1 "
                                       "AND ?1 IS NOT NULL ORDER BY member_ref, at",
                             m_now);
        std::vector<StageChange> storedHistory;
        MemberCursor events(m_ws,
                            "SELECT member_ref, occurred_at FROM events INDEXED BY "
                            "events_member_time WHERE +occurred_at <= ?1 "
                            "ORDER BY member_ref, occurred_at",
                            m_now);
        MemberCursor orders(m_ws,
                            "SELECT member_ref, paid_at, amount_cents FROM orders INDEXED BY "
                            "orders_member_paid WHERE refunded = 0 AND +paid_at <= ?1 "
                            "ORDER BY member_ref, paid_at",
                            m_now);
        StageWriter writer(m_ws);
        for (const Statement *s : {static_cast<const Statement *>(&members), &events.statement(),
                                   &orders.statement(), &history.statement()}) {
            if (!s->isValid())
                return s->prepareError();
        }
        if (Status status = writer.prepareError(); !status)
            return status;
        const qint64 lastId = maxMemberId();
        MemberTouches touches;
        for (qint64 seen = 0; members.step(); ++seen) {
            const StoredMember stored = readMember(members);
            touches.joinedAt = stored.joinedAt;
            touches.events.clear();
            touches.paidOrders.clear();
            events.collect(stored.id,
                           [&](const Statement &s) { touches.events.push_back(s.int64(1)); });
            orders.collect(stored.id, [&](const Statement &s) {
                touches.paidOrders.emplace_back(s.int64(1), s.int64(2));
            });
            if (!rewrite) {
                storedHistory.clear();
                history.collect(stored.id, [&](const Statement &s) {
                    storedHistory.push_back(
                        {s.int64(1), stageCode(s.text(2)).value_or(StageCode::Awareness)});
                });
            }
            if (stored.deleted)
                continue;
            const StageTimeline timeline = computeTimeline(touches, m_now, m_churn);
            if (rewrite || storedHistory != timeline.changes) {
                if (Status status = rewrite ? writer.insertHistory(stored.id, timeline.changes)
                                            : writer.replaceHistory(stored.id, timeline.changes);
                    !status)
                    return status;
            }
            if (Status status = writer.writeMember(stored, timeline); !status)
                return status;
            if (seen % 4096 == 4095 && lastId > 0 && !report(int(5 + 90 * stored.id / lastId)))
                return cancelled();
        }
        return {};
    }

    bool report(int percent) { return !m_progress || m_progress(percent); }

    qint64 maxMemberId()
    {
        Statement max(m_ws.handle(), "SELECT coalesce(max(id), 0) FROM members");
        return max.step() ? max.int64(0) : 0;
    }

    // The rules' rows of every live member go; rows by hand and of deleted members stay. With
    // neither, the whole table is emptied at once.
    Status clearHistory()
    {
        Statement others(m_ws.handle(),
                         "SELECT EXISTS (SELECT 1 FROM stage_history WHERE by_rules = 0) OR "
                         "EXISTS (SELECT 1 FROM members WHERE deleted_at IS NOT NULL)");
        if (!others.isValid())
            return others.prepareError();
        const bool keepSome = others.step() && others.int64(0) != 0;
        others.reset();
        Statement clear(m_ws.handle(),
                        keepSome ? "DELETE FROM stage_history WHERE by_rules = 1 AND member_ref "
                                   "IN (SELECT id FROM members WHERE deleted_at IS NULL)"
                                 : "DELETE FROM stage_history");
        if (!clear.isValid())
            return clear.prepareError();
        if (!clear.exec())
            return failure(clear);
        return {};
    }

    Workspace &m_ws;
    qint64 m_now;
    qint64 m_churn;
    const std::function<bool(int)> &m_progress;
};

// The members whose stage can change in (from, to] without anything new in the store: by time
// passing (churn begins, loyalty ends), or by what was in the future at `from`. Each arm walks
// an index over a range.
const char *const dueMembers =
    "SELECT id FROM members WHERE deleted_at IS NULL AND max(joined_at, "
    "coalesce(last_active_at, joined_at), coalesce(last_order_at, joined_at)) > ?1 - ?3 AND "
    "max(joined_at, coalesce(last_active_at, joined_at), coalesce(last_order_at, joined_at)) "
    "<= ?2 - ?3 "
    "UNION SELECT id FROM members WHERE deleted_at IS NULL AND paid_orders >= 2 AND "
    "last_order_at > ?1 - ?3 AND last_order_at <= ?2 - ?3 "
    "UNION SELECT id FROM members WHERE joined_at > ?1 AND joined_at <= ?2 "
    "UNION SELECT member_ref FROM events WHERE occurred_at > ?1 AND occurred_at <= ?2 "
    "UNION SELECT member_ref FROM orders WHERE paid_at > ?1 AND paid_at <= ?2";

Result<std::vector<qint64>> membersDue(Workspace &ws, qint64 from, qint64 to)
{
    Statement due(ws.handle(), dueMembers);
    if (!due.isValid())
        return due.prepareError();
    due.bind(1, from);
    due.bind(2, to);
    due.bind(3, churnSecondsOf(ws));
    std::vector<qint64> members;
    while (due.step())
        members.push_back(due.int64(0));
    return members;
}

// Members named by the batch's undo log: rows it inserted (id ranges) and rows it updated.
const char *const batchMembers =
    "SELECT m.id FROM import_changes c JOIN members m ON m.id BETWEEN c.row_ref AND "
    "coalesce(c.row_last, c.row_ref) WHERE c.batch_ref = ?1 AND c.table_name = 'members' "
    "UNION SELECT e.member_ref FROM import_changes c JOIN events e ON e.id BETWEEN c.row_ref "
    "AND coalesce(c.row_last, c.row_ref) WHERE c.batch_ref = ?1 AND c.table_name = 'events' "
    "UNION SELECT o.member_ref FROM import_changes c JOIN orders o ON o.id BETWEEN c.row_ref "
    "AND coalesce(c.row_last, c.row_ref) WHERE c.batch_ref = ?1 AND c.table_name = 'orders' "
    "UNION SELECT s.member_ref FROM import_changes c JOIN memberships s ON s.id BETWEEN "
    "c.row_ref AND coalesce(c.row_last, c.row_ref) WHERE c.batch_ref = ?1 AND c.table_name = "
    "'memberships' "
    "UNION SELECT json_extract(c.before, '$.member_ref') FROM import_changes c WHERE "
    "c.batch_ref = ?1 AND c.action = 'update' AND c.table_name IN ('events', 'orders', "
    "'memberships') AND json_extract(c.before, '$.member_ref') IS NOT NULL";

} // namespace

// The stage rules, tried in order; the first that holds names the stage. Each condition sees
// one member as of the refresh time `as_of`:
//   joined_at        when the member joined
//   last_active_at   their last event at or before as_of (NULL: none)
//   last_order_at    their last paid (not refunded) order at or before as_of (NULL: none)
//   paid_orders      how many paid orders they placed up to as_of
//   last_touch_at    the latest of joined_at, last_active_at and last_order_at
//   churn_seconds    the `churn_days` setting (60 by default) in seconds
// A member reaches churn exactly churn_days after their last touch (the boundary counts as
// churned), the same moment the KPI "churned members" uses.
const std::vector<StageRule> &rules()
{
    static const std::vector<StageRule> table{
        {"churn", "as_of - last_touch_at >= churn_seconds",
         "no event and no paid order for churn_days days (counting from joining); wins over "
         "every other rule"},
        {"loyalty", "paid_orders >= 2 AND as_of - last_order_at < churn_seconds",
         "two or more paid orders, the last one less than churn_days days ago"},
        {"purchase", "paid_orders >= 1",
         "one paid order, or a repeat buyer whose last order is not recent"},
        {"interest", "last_active_at IS NOT NULL", "has events but never a paid order"},
        {"awareness", "1", "joined, no event and no paid order yet"},
    };
    return table;
}

QStringList stageKeys()
{
    return {awareness, interest, purchase, loyalty, churn};
}

QString stageTitle(const QString &stage)
{
    if (stage == awareness)
        return QCoreApplication::translate("siyu::lifecycle", "Awareness");
    if (stage == interest)
        return QCoreApplication::translate("siyu::lifecycle", "Interest");
    if (stage == purchase)
        return QCoreApplication::translate("siyu::lifecycle", "Purchase");
    if (stage == loyalty)
        return QCoreApplication::translate("siyu::lifecycle", "Loyalty");
    if (stage == churn)
        return QCoreApplication::translate("siyu::lifecycle", "Churn");
    return stage;
}

Status recompute(Workspace &ws, qint64 now, const std::function<bool(int percent)> &progress)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    if (progress && !progress(0))
        return cancelled();
    const int churnDays = settings::churnDays.get(ws);
    const bool rewrite = stagesRefreshedAt.get(ws) == 0 || stagesChurnDays.get(ws) != churnDays;
    if (Status status = FullRecompute(ws, now, progress).run(rewrite); !status)
        return status;
    if (Status status = stagesRefreshedAt.set(ws, now); !status)
        return status;
    if (Status status = stagesChurnDays.set(ws, churnDays); !status)
        return status;
    if (progress && !progress(99))
        return cancelled();
    if (Status status = transaction.commit(); !status)
        return status;
    if (progress)
        progress(100);
    return {};
}

Status refreshMembers(Workspace &ws, const std::vector<qint64> &members, qint64 now,
                      const std::function<bool(int percent)> &progress)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 from = stagesRefreshedAt.get(ws);
    const qint64 asOf = std::max(now, from);
    Statement all(ws.handle(), "SELECT count(*) FROM members");
    const qint64 everyone = all.step() ? all.int64(0) : 0;
    all.reset();
    // Never refreshed, with another churn_days, or most members named: one pass over
    // everything.
    const bool many = qint64(members.size()) * 8 > everyone && members.size() > 1000;
    if (from == 0 || many || stagesChurnDays.get(ws) != settings::churnDays.get(ws)) {
        if (Status status = recompute(ws, asOf, progress); !status)
            return status;
        return transaction.commit();
    }
    // The others up to the same time first, so that every stage is exact as of `asOf`.
    if (auto up = bringUpToDate(ws, asOf); !up)
        return up.error();
    if (Status status = refreshEach(ws, members, asOf, progress); !status)
        return status;
    if (asOf != from) {
        if (Status status = stagesRefreshedAt.set(ws, asOf); !status)
            return status;
    }
    return transaction.commit();
}

Result<std::vector<qint64>> membersOfBatch(Workspace &ws, qint64 batch)
{
    Statement named(ws.handle(), batchMembers);
    if (!named.isValid())
        return named.prepareError();
    named.bind(1, batch);
    std::vector<qint64> members;
    while (named.step())
        members.push_back(named.int64(0));
    return members;
}

Status refreshBatch(Workspace &ws, qint64 batch, qint64 now,
                    const std::function<bool(int percent)> &progress)
{
    auto named = membersOfBatch(ws, batch);
    if (!named)
        return named.error();
    return refreshMembers(ws, *named, now, progress);
}

Result<UpToDate> bringUpToDate(Workspace &ws, qint64 now,
                               const std::function<bool(int percent)> &progress)
{
    UpToDate done;
    const qint64 from = stagesRefreshedAt.get(ws);
    if (from == 0 || stagesChurnDays.get(ws) != settings::churnDays.get(ws)) {
        if (Status status = recompute(ws, now, progress); !status)
            return status.error();
        done.recomputed = true;
        return done;
    }
    if (now <= from)
        return done;
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    auto due = membersDue(ws, from, now);
    if (!due)
        return due.error();
    // Nothing due: nothing is written, and the next call looks at a longer interval (the
    // history has no change in it, so a stage as of any time in it reads the same).
    if (due->empty())
        return done;
    if (Status status = refreshEach(ws, *due, now, progress); !status)
        return status.error();
    if (Status status = stagesRefreshedAt.set(ws, now); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    done.members = qint64(due->size());
    if (progress)
        progress(100);
    return done;
}

} // namespace siyu::lifecycle
