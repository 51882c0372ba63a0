// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/lifecycle.h"

#include "models/segments/stagetimeline.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
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

// What the members table holds for one member, as a pass reads it.
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

// The columns readMember() reads, of `members m`.
#define STORED_MEMBER                                                                              \
    "m.id, m.joined_at, m.deleted_at IS NOT NULL, m.stage, m.stage_since, m.stage_override, "      \
    "m.last_active_at, m.last_order_at, m.paid_orders, m.paid_cents"

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

// One of a member's rules' rows as stored: its stage as the StageCode, -1 for a key the rules
// do not know (such a row is written again). Its from_stage is the stage of the row before (or
// NULL for the first): the rules' rows are only ever written that way.
struct StoredChange
{
    qint64 id;
    qint64 at;
    int stage;
};

// The members columns a refresh writes, in the order of the bits of a StageWriter mask.
constexpr const char *writtenColumns[] = {"stage",         "stage_since", "last_active_at",
                                          "last_order_at", "paid_orders", "paid_cents"};
constexpr int writtenCount = int(std::size(writtenColumns));

// Writes what a member's timeline says, where it differs from what is stored: only the
// columns that changed (an index over a column that is set is rewritten even when the value
// stays), and only the rules' rows after the part the stored rows and the timeline share.
class StageWriter
{
public:
    explicit StageWriter(Workspace &ws)
        : m_db(ws.handle()),
          m_insert(ws.handle(), "INSERT INTO stage_history (member_ref, at, from_stage, "
                                "to_stage, by_rules) VALUES (?1, ?2, ?3, ?4, 1)"),
          m_update(ws.handle(), "UPDATE stage_history SET at = ?2, from_stage = ?3, "
                                "to_stage = ?4 WHERE id = ?1"),
          m_delete(ws.handle(), "DELETE FROM stage_history WHERE id = ?1")
    {}

    Status prepareError() const
    {
        for (const Statement *s : {&m_insert, &m_update, &m_delete}) {
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
        const bool changed[writtenCount] = {
            stage != m.stage,
            since != m.stageSince,
            t.lastActiveAt != m.lastActiveAt,
            t.lastOrderAt != m.lastOrderAt,
            t.paidOrders != m.paidOrders,
            t.paidCents != m.paidCents,
        };
        unsigned mask = 0;
        for (int c = 0; c < writtenCount; ++c)
            mask |= changed[c] ? 1u << c : 0u;
        if (mask == 0)
            return {};
        Statement *update = updateStatement(mask);
        if (!update->isValid())
            return update->prepareError();
        update->bind(1, m.id);
        if (mask & 1u)
            update->bind(2, stage);
        if (mask & 2u)
            bindOptional(*update, 3, since);
        if (mask & 4u)
            bindOptional(*update, 4, t.lastActiveAt);
        if (mask & 8u)
            bindOptional(*update, 5, t.lastOrderAt);
        if (mask & 16u)
            update->bind(6, t.paidOrders);
        if (mask & 32u)
            update->bind(7, t.paidCents);
        if (!update->exec())
            return failure(*update);
        return {};
    }

    // Makes the member's rules' rows `changes`, row by row in time order: a row that differs is
    // updated in place, rows beyond the changes go and changes beyond the rows are inserted.
    Status writeHistory(qint64 member, const std::vector<StoredChange> &stored,
                        const std::vector<StageChange> &changes)
    {
        const size_t common = std::min(stored.size(), changes.size());
        for (size_t i = 0; i < common; ++i) {
            // The row stays when it and the one before (its from_stage) are what the change says.
            if (same(stored[i], changes[i]) && (i == 0 || same(stored[i - 1], changes[i - 1])))
                continue;
            m_update.bind(1, stored[i].id);
            bindChange(m_update, changes, i);
            if (!m_update.exec())
                return failure(m_update);
        }
        for (size_t i = common; i < stored.size(); ++i) {
            m_delete.bind(1, stored[i].id);
            if (!m_delete.exec())
                return failure(m_delete);
        }
        return insertHistory(member, changes, common);
    }

    // Inserts changes[first…].
    Status insertHistory(qint64 member, const std::vector<StageChange> &changes, size_t first = 0)
    {
        for (size_t i = first; i < changes.size(); ++i) {
            m_insert.bind(1, member);
            bindChange(m_insert, changes, i);
            if (!m_insert.exec())
                return failure(m_insert);
        }
        return {};
    }

private:
    static bool same(const StoredChange &row, const StageChange &change)
    {
        return row.at == change.at && row.stage == int(change.stage);
    }

    // Binds the i-th change as ?2 (at), ?3 (from_stage: the stage of the change before) and ?4
    // (to_stage).
    static void bindChange(Statement &statement, const std::vector<StageChange> &changes, size_t i)
    {
        statement.bind(2, changes[i].at);
        if (i > 0)
            statement.bind(3, keyBytes(changes[i - 1].stage));
        else
            statement.bindNull(3);
        statement.bind(4, keyBytes(changes[i].stage));
    }

    static QByteArray keyBytes(StageCode code)
    {
        const char *key = stageKey(code);
        return QByteArray::fromRawData(key, qsizetype(qstrlen(key)));
    }

    // "UPDATE members SET <the mask's columns> WHERE id = ?1", column c bound as ?(c + 2).
    Statement *updateStatement(unsigned mask)
    {
        std::unique_ptr<Statement> &update = m_updates[mask];
        if (!update) {
            QByteArray sql("UPDATE members SET ");
            for (int c = 0; c < writtenCount; ++c) {
                if (mask & (1u << c)) {
                    if (!sql.endsWith(' '))
                        sql += ", ";
                    sql += QByteArray(writtenColumns[c]) + " = ?" + QByteArray::number(c + 2);
                }
            }
            sql += " WHERE id = ?1";
            update = std::make_unique<Statement>(m_db, sql.constData());
        }
        return update.get();
    }

    sqlite3 *m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_delete;
    std::unique_ptr<Statement> m_updates[1u << writtenCount];
};

// A forward cursor over (member_ref, …) rows in member order.
class MemberCursor
{
public:
    MemberCursor(Workspace &ws, const char *sql, qint64 now) : m_statement(ws.handle(), sql)
    {
        if (m_statement.isValid()) {
            m_statement.bind(1, now);
            advance();
        }
    }
    const Statement &statement() const { return m_statement; }

    // Calls `take` for every row of `member` (rows of smaller members are skipped).
    template<typename Take> void collect(qint64 member, Take take)
    {
        while (m_member < member)
            advance();
        while (m_member == member) {
            take(m_statement);
            advance();
        }
    }

    // Calls `take` for every row left, until it returns false.
    template<typename Take> void each(Take take)
    {
        while (m_member != done && take(m_statement))
            advance();
    }

private:
    static constexpr qint64 done = std::numeric_limits<qint64>::max();

    void advance() { m_member = m_statement.step() ? m_statement.int64(0) : done; }

    Statement m_statement;
    qint64 m_member = done; // of the current row
};

// What one pass over members reads, each statement in member order: the members (their
// columns as readMember() reads them), their events (member, time) and paid orders (member,
// time, cents) up to the refresh time ?1, and their rules' rows (member, id, at, stage as
// a StoredChange code) unless they were all cleared before the pass.
struct PassQueries
{
    QByteArray members;
    QByteArray events;
    QByteArray orders;
    QByteArray history; // empty: no rules' rows are stored, every member's are inserted
};

// A stage column as its StoredChange code, in SQL.
QByteArray stageCodeSql(const char *column)
{
    QByteArray sql = QByteArray("CASE ") + column;
    for (int code = 0; code <= int(StageCode::Churn); ++code)
        sql += QByteArray(" WHEN '") + stageKey(StageCode(code)) + "' THEN " +
               QByteArray::number(code);
    return sql + " ELSE -1 END";
}

// Every member, by the (member, time) indexes.
const PassQueries &everyMember()
{
    static const PassQueries queries{
        "SELECT " STORED_MEMBER " FROM members m WHERE ?1 IS NOT NULL ORDER BY m.id",
        "SELECT member_ref, occurred_at FROM events INDEXED BY events_member_time WHERE "
        "+occurred_at <= ?1 ORDER BY member_ref, occurred_at",
        "SELECT member_ref, paid_at, amount_cents FROM orders INDEXED BY orders_member_paid "
        "WHERE refunded = 0 AND +paid_at <= ?1 ORDER BY member_ref, paid_at",
        "SELECT member_ref, id, at, " + stageCodeSql("to_stage") +
            // by_rules as a plain filter: as a constraint the planner would drop it from the
            // ORDER BY and sort each member's rows by time again.
            " FROM stage_history INDEXED BY stage_history_member WHERE +by_rules = 1 AND ?1 IS "
            "NOT NULL ORDER BY member_ref, by_rules, at",
    };
    return queries;
}

// The members listed in temp.stage_refresh, each looked up in the same indexes in id order.
const PassQueries &listedMembers()
{
    static const PassQueries queries{
        "SELECT " STORED_MEMBER " FROM temp.stage_refresh r JOIN members m ON m.id = r.id "
        "WHERE ?1 IS NOT NULL ORDER BY r.id",
        "SELECT r.id, e.occurred_at FROM temp.stage_refresh r JOIN events e INDEXED BY "
        "events_member_time ON e.member_ref = r.id WHERE e.occurred_at <= ?1 ORDER BY r.id, "
        "e.occurred_at",
        "SELECT r.id, o.paid_at, o.amount_cents FROM temp.stage_refresh r JOIN orders o "
        "INDEXED BY orders_member_paid ON o.member_ref = r.id WHERE o.refunded = 0 AND "
        "o.paid_at <= ?1 ORDER BY r.id, o.paid_at",
        "SELECT r.id, h.id, h.at, " + stageCodeSql("h.to_stage") +
            " FROM temp.stage_refresh r JOIN stage_history h INDEXED BY stage_history_member ON "
            "h.member_ref = r.id AND h.by_rules = 1 WHERE ?1 IS NOT NULL ORDER BY r.id, h.at",
    };
    return queries;
}

// One pass over members in id order: each live member's timeline computed from their own
// touches and written where it differs from what is stored. Deleted members are left alone.
class Pass
{
public:
    // Called every 1024 members with how many were seen and the last one's id; false cancels.
    using Progress = std::function<bool(qint64 seen, qint64 member)>;

    Pass(Workspace &ws, qint64 now, const PassQueries &queries)
        : m_now(now), m_churn(churnSecondsOf(ws)), m_writer(ws),
          m_members(ws, queries.members.constData(), now),
          m_events(ws, queries.events.constData(), now),
          m_orders(ws, queries.orders.constData(), now),
          m_history(ws,
                    queries.history.isEmpty() ? "SELECT NULL WHERE ?1 IS NULL"
                                              : queries.history.constData(),
                    now),
          m_rewrite(queries.history.isEmpty())
    {}

    Status prepareError() const
    {
        for (const MemberCursor *c : {&m_members, &m_events, &m_orders, &m_history}) {
            if (!c->statement().isValid())
                return c->statement().prepareError();
        }
        return m_writer.prepareError();
    }

    Status run(const Progress &progress)
    {
        MemberTouches touches;
        std::vector<StoredChange> history;
        qint64 seen = 0;
        Status status;
        // The members cursor is itself a MemberCursor: each row is one member.
        m_members.each([&](const Statement &row) {
            const StoredMember stored = readMember(row);
            touches.joinedAt = stored.joinedAt;
            touches.events.clear();
            touches.paidOrders.clear();
            history.clear();
            m_events.collect(stored.id,
                             [&](const Statement &s) { touches.events.push_back(s.int64(1)); });
            m_orders.collect(stored.id, [&](const Statement &s) {
                touches.paidOrders.emplace_back(s.int64(1), s.int64(2));
            });
            m_history.collect(stored.id, [&](const Statement &s) {
                history.push_back({s.int64(1), s.int64(2), int(s.int64(3))});
            });
            if (!stored.deleted)
                status = write(stored, computeTimeline(touches, m_now, m_churn), history);
            if (status && ++seen % 1024 == 0 && progress && !progress(seen, stored.id))
                status = cancelled();
            return bool(status);
        });
        return status;
    }

private:
    Status write(const StoredMember &stored, const StageTimeline &timeline,
                 const std::vector<StoredChange> &history)
    {
        if (Status status = m_rewrite ? m_writer.insertHistory(stored.id, timeline.changes)
                                      : m_writer.writeHistory(stored.id, history, timeline.changes);
            !status)
            return status;
        return m_writer.writeMember(stored, timeline);
    }

    qint64 m_now;
    qint64 m_churn;
    StageWriter m_writer;
    MemberCursor m_members;
    MemberCursor m_events;
    MemberCursor m_orders;
    MemberCursor m_history;
    bool m_rewrite;
};

// The members to refresh, listed in a temporary table for the passes over listedMembers. The
// table stays (empty) for the connection's life: dropping it would fail while a statement of
// the caller's is still reading.
class ListedMembers
{
public:
    ListedMembers(Workspace &ws, const std::vector<qint64> &sortedIds) : m_ws(ws)
    {
        for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS stage_refresh (id INTEGER "
                                "PRIMARY KEY)",
                                "DELETE FROM temp.stage_refresh"}) {
            Statement statement(ws.handle(), sql);
            if (!statement.isValid()) {
                m_status = statement.prepareError();
                return;
            }
            if (!statement.exec()) {
                m_status = failure(statement);
                return;
            }
        }
        Statement insert(ws.handle(), "INSERT INTO temp.stage_refresh (id) VALUES (?1)");
        if (!insert.isValid()) {
            m_status = insert.prepareError();
            return;
        }
        for (qint64 id : sortedIds) {
            insert.bind(1, id);
            if (!insert.exec()) {
                m_status = failure(insert);
                return;
            }
        }
    }
    ~ListedMembers()
    {
        Statement clear(m_ws.handle(), "DELETE FROM temp.stage_refresh");
        if (clear.isValid())
            clear.exec();
    }
    ListedMembers(const ListedMembers &) = delete;
    ListedMembers &operator=(const ListedMembers &) = delete;

    const Status &status() const { return m_status; }

private:
    Workspace &m_ws;
    Status m_status;
};

// The touches one import inserted for a member (its events and paid orders), each ascending.
struct InsertedTouches
{
    MemberTouches touches;
    qint64 earliest = std::numeric_limits<qint64>::max();
};

// Continues the timelines of members an import only added touches to, from what the members
// table keeps as of the last refresh instead of reading every touch they ever had: the stored
// aggregates stand for the touches up to the last one, the import's touches follow it. A
// member for whom that does not hold (a touch at or before their last one, a stage set by
// hand, joining after the last refresh, a stored history that does not end as the aggregates
// say) is left for the full pass, and returned.
class ContinuePass
{
public:
    ContinuePass(Workspace &ws, qint64 refreshedAt, qint64 now)
        : m_refreshedAt(refreshedAt), m_now(now), m_churn(churnSecondsOf(ws)), m_writer(ws),
          m_member(ws.handle(), "SELECT " STORED_MEMBER " FROM members m WHERE m.id = ?1"),
          m_history(ws.handle(), QByteArray("SELECT id, at, " + stageCodeSql("to_stage") +
                                            " FROM stage_history INDEXED BY "
                                            "stage_history_member WHERE member_ref = ?1 AND "
                                            "by_rules = 1 ORDER BY at DESC")
                                     .constData())
    {}

    Status prepareError() const
    {
        for (const Statement *s : {&m_member, &m_history}) {
            if (!s->isValid())
                return s->prepareError();
        }
        return m_writer.prepareError();
    }

    // Adds to `left` the members it could not continue.
    Status run(const std::map<qint64, InsertedTouches> &members, std::vector<qint64> &left,
               const std::function<bool(int)> &progress)
    {
        qint64 seen = 0;
        const qint64 count = qint64(members.size());
        for (const auto &[id, inserted] : members) {
            auto done = continueMember(id, inserted);
            if (!done)
                return done.error();
            if (!*done)
                left.push_back(id);
            if (++seen % 1024 == 0 && progress && !progress(int(seen * 100 / count)))
                return cancelled();
        }
        return {};
    }

private:
    // False: the member is left for the full pass.
    Result<bool> continueMember(qint64 id, const InsertedTouches &inserted)
    {
        m_member.bind(1, id);
        if (!m_member.step()) {
            m_member.reset();
            return false;
        }
        const StoredMember stored = readMember(m_member);
        m_member.reset();
        const bool aggregatesHold = !stored.deleted && stored.stageOverride.isEmpty() &&
                                    stored.stageSince && stored.joinedAt <= m_refreshedAt;
        TouchAggregates aggregates;
        aggregates.joinedAt = stored.joinedAt;
        aggregates.lastActiveAt = stored.lastActiveAt;
        aggregates.lastOrderAt = stored.lastOrderAt;
        aggregates.paidOrders = stored.paidOrders;
        aggregates.paidCents = stored.paidCents;
        const qint64 lastTouch = aggregates.lastTouch();
        if (!aggregatesHold || inserted.earliest <= lastTouch)
            return false;
        const ContinuedTimeline continued =
            continueTimeline(aggregates, inserted.touches, m_now, m_churn);
        // The stored rows after the last touch, and the last one at or before it, which must
        // name the stage the aggregates give.
        std::vector<StoredChange> rows;
        m_history.bind(1, id);
        while (m_history.step()) {
            rows.push_back({m_history.int64(0), m_history.int64(1), int(m_history.int64(2))});
            if (rows.back().at <= lastTouch)
                break;
        }
        m_history.reset();
        if (rows.empty() || rows.back().at > lastTouch ||
            rows.back().stage != int(continued.atLastTouch))
            return false;
        std::reverse(rows.begin(), rows.end());
        StageTimeline timeline = continued.timeline;
        timeline.changes.insert(timeline.changes.begin(),
                                StageChange{rows.front().at, continued.atLastTouch});
        if (Status status = m_writer.writeHistory(id, rows, timeline.changes); !status)
            return status.error();
        if (Status status = m_writer.writeMember(stored, timeline); !status)
            return status.error();
        return true;
    }

    qint64 m_refreshedAt;
    qint64 m_now;
    qint64 m_churn;
    StageWriter m_writer;
    Statement m_member;
    Statement m_history;
};

#undef STORED_MEMBER

// Refreshes the given members (in any order, repeats allowed; unknown ones are skipped) in one
// pass over their rows in id order.
Status refreshEach(Workspace &ws, std::vector<qint64> members, qint64 now,
                   const std::function<bool(int)> &progress)
{
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    if (members.empty())
        return {};
    const ListedMembers listed(ws, members);
    if (!listed.status())
        return listed.status();
    Pass pass(ws, now, listedMembers());
    if (Status status = pass.prepareError(); !status)
        return status;
    const qint64 count = qint64(members.size());
    return pass.run(
        [&](qint64 seen, qint64) { return !progress || progress(int(seen * 100 / count)); });
}

// Every live member in one pass over members, events and orders, each in member order.
class FullRecompute
{
public:
    FullRecompute(Workspace &ws, qint64 now, const std::function<bool(int)> &progress)
        : m_ws(ws), m_now(now), m_progress(progress)
    {}

    // `rewrite`: every rules' row goes and is written again (the stages were never computed);
    // otherwise each member's rows are compared with the timeline and only those that differ
    // are written.
    Status run(bool rewrite)
    {
        if (!rewrite) {
            if (!report(5))
                return cancelled();
            return scan(everyMember());
        }
        // The time index goes first: the rows cleared would each be looked up in it.
        auto timeIndex = dropTimeIndex();
        if (!timeIndex)
            return timeIndex.error();
        if (Status status = clearHistory(); !status)
            return status;
        if (!report(5))
            return cancelled();
        PassQueries queries = everyMember();
        queries.history.clear();
        if (Status status = scan(queries); !status)
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

    Status scan(const PassQueries &queries)
    {
        Pass pass(m_ws, m_now, queries);
        if (Status status = pass.prepareError(); !status)
            return status;
        const qint64 lastId = maxMemberId();
        return pass.run([&](qint64 seen, qint64 member) {
            return seen % 4096 != 0 || lastId <= 0 || report(int(5 + 90 * member / lastId));
        });
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
    const std::function<bool(int)> &m_progress;
};

// The members whose stage can change in (from, to] without anything new in the store: by time
// passing (churn begins, loyalty ends), or by what was in the future at `from`. Each arm walks
// an index over a range.
#define LAST_TOUCH                                                                                 \
    "max(joined_at, coalesce(last_active_at, joined_at), coalesce(last_order_at, joined_at))"
const char *const dueMembers =
    // Their last touch (the latest of joining, the last event and the last paid order) went
    // churn days back: one of the three is that latest and in the range, found by its index.
    "SELECT id FROM members WHERE deleted_at IS NULL AND last_active_at > ?1 - ?3 AND "
    "last_active_at <= ?2 - ?3 AND " LAST_TOUCH " > ?1 - ?3 AND " LAST_TOUCH " <= ?2 - ?3 "
    "UNION SELECT id FROM members WHERE deleted_at IS NULL AND joined_at > ?1 - ?3 AND "
    "joined_at <= ?2 - ?3 AND " LAST_TOUCH " > ?1 - ?3 AND " LAST_TOUCH " <= ?2 - ?3 "
    // Their last paid order went churn days back: the last touch, or the end of loyalty.
    "UNION SELECT id FROM members WHERE deleted_at IS NULL AND last_order_at > ?1 - ?3 AND "
    "last_order_at <= ?2 - ?3 AND (paid_orders >= 2 OR (" LAST_TOUCH " > ?1 - ?3 AND " LAST_TOUCH
    " <= ?2 - ?3)) "
    "UNION SELECT id FROM members WHERE joined_at > ?1 AND joined_at <= ?2 "
    "UNION SELECT member_ref FROM events WHERE occurred_at > ?1 AND occurred_at <= ?2 "
    "UNION SELECT member_ref FROM orders WHERE paid_at > ?1 AND paid_at <= ?2";
#undef LAST_TOUCH

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

// Parts of the queries over a batch's undo log (?1): the members whose own rows, memberships or
// updated events, orders and memberships (as they were before) the batch wrote, and the
// members of the events and orders it wrote, of the `action`s given.
#define ROWS_OF(table, alias)                                                                      \
    " FROM import_changes c JOIN " table " " alias " ON " alias ".id BETWEEN c.row_ref AND "       \
    "coalesce(c.row_last, c.row_ref) WHERE c.batch_ref = ?1 AND c.table_name = '" table "'"
#define NAMED_BY_ROWS                                                                              \
    "SELECT m.id" ROWS_OF("members", "m") " UNION SELECT s.member_ref" ROWS_OF(                    \
        "memberships", "s") " UNION SELECT json_extract(c.before, '$.member_ref') FROM "           \
                            "import_changes c WHERE c.batch_ref = ?1 AND c.action = 'update' AND " \
                            "c.table_name IN ('events', 'orders', 'memberships') AND "             \
                            "json_extract(c.before, '$.member_ref') IS NOT NULL"
#define TOUCHED_BY_ROWS(actions)                                                                   \
    " UNION SELECT e.member_ref" ROWS_OF("events", "e") " AND c.action IN (" actions ")"           \
                                                        " UNION SELECT o.member_ref" ROWS_OF(      \
                                                            "orders",                              \
                                                            "o") " AND c.action IN (" actions ")"
// A touch in the table that the batch did not insert.
#define NOT_INSERTED(table, alias)                                                                 \
    "NOT EXISTS (SELECT 1 FROM import_changes c WHERE c.batch_ref = ?1 AND c.table_name = '" table \
    "' AND c.action = 'insert' AND " alias ".id BETWEEN c.row_ref AND coalesce(c.row_last, "       \
    "c.row_ref))"

// Members named by the batch's undo log: rows it inserted (id ranges) and rows it updated.
const char *const batchMembers = NAMED_BY_ROWS TOUCHED_BY_ROWS("'insert', 'update'");

// The events and paid orders the batch inserted, by member.
const char *const batchInsertedTouches = "SELECT e.member_ref, e.occurred_at, NULL" ROWS_OF(
    "events", "e") " AND c.action = 'insert' "
                   "UNION ALL SELECT o.member_ref, o.paid_at, o.amount_cents" ROWS_OF(
                       "orders", "o") " AND c.action = 'insert' AND o.refunded = 0";

// Members the batch named otherwise: rows of theirs it inserted or changed in members, in
// memberships, or by updating an event or an order (before and after); and members with a
// touch in (?2, ?3] the batch did not insert, which the aggregates as of ?2 do not hold.
const char *const batchOtherMembers = NAMED_BY_ROWS TOUCHED_BY_ROWS(
    "'update'") " UNION SELECT e.member_ref FROM events e WHERE "
                "e.occurred_at > ?2 AND e.occurred_at <= ?3 AND " NOT_INSERTED(
                    "events", "e") " UNION SELECT o.member_ref FROM orders o WHERE o.paid_at > ?2 "
                                   "AND o.paid_at <= ?3 AND " NOT_INSERTED("orders", "o");

#undef NOT_INSERTED
#undef TOUCHED_BY_ROWS
#undef NAMED_BY_ROWS
#undef ROWS_OF

// Beyond this many inserted touches the batch's members go through the full pass (which, for
// so many, is one pass over everything): their touches would be held in memory.
constexpr qint64 maxInsertedTouches = 2000000;

// The members whose timelines can go on from their aggregates as of `from` (the last
// refresh) with the touches the batch inserted, and those touches; up to `asOf`.
Result<std::map<qint64, InsertedTouches>> insertedTouches(Workspace &ws, qint64 batch, qint64 from,
                                                          qint64 asOf)
{
    std::map<qint64, InsertedTouches> out;
    Statement rows(ws.handle(), batchInsertedTouches);
    if (!rows.isValid())
        return rows.prepareError();
    rows.bind(1, batch);
    qint64 count = 0;
    while (rows.step()) {
        if (++count > maxInsertedTouches)
            return std::map<qint64, InsertedTouches>();
        InsertedTouches &member = out[rows.int64(0)];
        const qint64 at = rows.int64(1);
        member.earliest = std::min(member.earliest, at);
        if (rows.isNull(2))
            member.touches.events.push_back(at);
        else
            member.touches.paidOrders.emplace_back(at, rows.int64(2));
    }
    if (out.empty())
        return out;
    Statement others(ws.handle(), batchOtherMembers);
    if (!others.isValid())
        return others.prepareError();
    others.bind(1, batch);
    others.bind(2, from);
    others.bind(3, asOf);
    while (others.step())
        out.erase(others.int64(0));
    for (auto &[id, member] : out) {
        std::sort(member.touches.events.begin(), member.touches.events.end());
        std::sort(member.touches.paidOrders.begin(), member.touches.paidOrders.end());
    }
    return out;
}

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
        {"churn", "as_of - last_touch_at >= churn_seconds"},
        {"loyalty", "paid_orders >= 2 AND as_of - last_order_at < churn_seconds"},
        {"purchase", "paid_orders >= 1"},
        {"interest", "last_active_at IS NOT NULL"},
        {"awareness", "1"},
    };
    return table;
}

QString ruleText(const QString &stage, int churnDays)
{
    if (stage == churn)
        return QCoreApplication::translate("siyu::lifecycle",
                                           "No event and no paid order for %n days (counting "
                                           "from joining); wins over every other rule",
                                           nullptr, churnDays);
    if (stage == loyalty)
        return QCoreApplication::translate(
            "siyu::lifecycle", "Two or more paid orders, the last one less than %n days ago",
            nullptr, churnDays);
    if (stage == purchase)
        return QCoreApplication::translate(
            "siyu::lifecycle", "One paid order, or a repeat buyer whose last order is not recent");
    if (stage == interest)
        return QCoreApplication::translate("siyu::lifecycle", "Has events but never a paid order");
    if (stage == awareness)
        return QCoreApplication::translate("siyu::lifecycle",
                                           "Joined, no event and no paid order yet");
    return {};
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
    // Never computed: no rules' rows to compare with, every one is inserted. After a churn_days
    // change the rows are compared all the same: most of each member's rows stay (about a
    // third change), and rewriting only those costs less than clearing and inserting all.
    const bool rewrite = stagesRefreshedAt.get(ws) == 0;
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

namespace {

// refreshMembers(), but for the members of `exact` (sorted), which are exact as of `now`
// already: they are left out of those time made due.
Status refreshMembersExcept(Workspace &ws, const std::vector<qint64> &members, qint64 now,
                            const std::function<bool(int percent)> &progress,
                            const std::vector<qint64> &exact)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 from = stagesRefreshedAt.get(ws);
    const qint64 asOf = std::max(now, from);
    const bool current = from != 0 && stagesChurnDays.get(ws) == settings::churnDays.get(ws);
    // The members time made due up to `asOf` go in the same pass as those named, so that every
    // stage is exact as of `asOf` (what bringUpToDate() would do first, without a second look
    // at the members who are both).
    std::vector<qint64> refreshed = members;
    if (current && asOf > from) {
        auto due = membersDue(ws, from, asOf);
        if (!due)
            return due.error();
        refreshed.insert(refreshed.end(), due->begin(), due->end());
    }
    std::sort(refreshed.begin(), refreshed.end());
    refreshed.erase(std::unique(refreshed.begin(), refreshed.end()), refreshed.end());
    if (!exact.empty()) {
        std::vector<qint64> rest;
        rest.reserve(refreshed.size());
        std::set_difference(refreshed.begin(), refreshed.end(), exact.begin(), exact.end(),
                            std::back_inserter(rest));
        refreshed = std::move(rest);
    }
    // Never refreshed, with another churn_days, or most members named: one pass over
    // everything.
    bool many = false;
    if (current && refreshed.size() > 1000) {
        Statement all(ws.handle(), "SELECT count(*) FROM members");
        const qint64 everyone = all.step() ? all.int64(0) : 0;
        all.reset();
        many = qint64(refreshed.size()) * 8 > everyone;
    }
    if (!current || many) {
        if (Status status = recompute(ws, asOf, progress); !status)
            return status;
        return transaction.commit();
    }
    if (Status status = refreshEach(ws, std::move(refreshed), asOf, progress); !status)
        return status;
    if (asOf != from) {
        if (Status status = stagesRefreshedAt.set(ws, asOf); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace

Status refreshMembers(Workspace &ws, const std::vector<qint64> &members, qint64 now,
                      const std::function<bool(int percent)> &progress)
{
    return refreshMembersExcept(ws, members, now, progress, {});
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
    const qint64 from = stagesRefreshedAt.get(ws);
    if (from == 0 || stagesChurnDays.get(ws) != settings::churnDays.get(ws))
        return refreshMembers(ws, *named, now, progress);
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 asOf = std::max(now, from);
    auto inserted = insertedTouches(ws, batch, from, asOf);
    if (!inserted)
        return inserted.error();
    // Those whose timelines went on from their aggregates are exact as of asOf; the others
    // (and those time made due) go through a pass over all their touches.
    std::vector<qint64> exact;
    if (!inserted->empty()) {
        ContinuePass pass(ws, from, asOf);
        if (Status status = pass.prepareError(); !status)
            return status;
        std::vector<qint64> left;
        if (Status status = pass.run(*inserted, left, progress); !status)
            return status;
        std::sort(left.begin(), left.end());
        for (const auto &entry : *inserted) {
            if (!std::binary_search(left.begin(), left.end(), entry.first))
                exact.push_back(entry.first);
        }
    }
    if (Status status = refreshMembersExcept(ws, *named, now, progress, exact); !status)
        return status;
    return transaction.commit();
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
    done.members = qint64(due->size());
    if (Status status = refreshEach(ws, std::move(*due), now, progress); !status)
        return status.error();
    if (Status status = stagesRefreshedAt.set(ws, now); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (progress)
        progress(100);
    return done;
}

} // namespace siyu::lifecycle
