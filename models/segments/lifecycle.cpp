// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/lifecycle.h"

#include "models/store/settings.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

namespace siyu::lifecycle {

namespace {

constexpr qint64 secondsPerDay = 86400;

// One statement of the refresh, and how far the refresh is once it has run.
struct Step
{
    const char *sql;
    int percentAfter;
};

const char *const dropTemporaries[] = {
    "DROP TABLE IF EXISTS temp.lifecycle_events",
    "DROP TABLE IF EXISTS temp.lifecycle_orders",
    "DROP TABLE IF EXISTS temp.lifecycle_next",
};

// `+occurred_at` and `+paid_at` keep the time filter off the time indexes, so that SQLite walks
// the (member, time) indexes in member order and groups without sorting.
const Step aggregateSteps[] = {
    {"CREATE TEMP TABLE lifecycle_events (member_ref INTEGER PRIMARY KEY, last_at INTEGER)", 2},
    {"CREATE TEMP TABLE lifecycle_orders (member_ref INTEGER PRIMARY KEY, last_at INTEGER, "
     "paid_orders INTEGER, paid_cents INTEGER)",
     3},
    {"CREATE TEMP TABLE lifecycle_next (id INTEGER PRIMARY KEY, old_stage TEXT, stage TEXT, "
     "last_active_at INTEGER, last_order_at INTEGER, paid_orders INTEGER, paid_cents INTEGER)",
     4},
    {"INSERT INTO temp.lifecycle_events (member_ref, last_at) "
     "SELECT member_ref, max(occurred_at) FROM events WHERE +occurred_at <= ?1 "
     "GROUP BY member_ref",
     40},
    {"INSERT INTO temp.lifecycle_orders (member_ref, last_at, paid_orders, paid_cents) "
     "SELECT member_ref, max(paid_at), count(*), sum(amount_cents) FROM orders "
     "WHERE refunded = 0 AND +paid_at <= ?1 GROUP BY member_ref",
     60},
};

// Filled in with the CASE expression built from rules(). A stage set by hand (the override)
// wins over the rules until it is cleared.
const char *const nextStageTemplate =
    "INSERT INTO temp.lifecycle_next (id, old_stage, stage, last_active_at, last_order_at, "
    "paid_orders, paid_cents) "
    "SELECT id, old_stage, coalesce(stage_override, %1), last_active_at, last_order_at, "
    "paid_orders, paid_cents FROM ("
    " SELECT m.id, m.stage AS old_stage, m.stage_override, m.joined_at, e.last_at AS "
    "last_active_at,"
    "  o.last_at AS last_order_at, coalesce(o.paid_orders, 0) AS paid_orders,"
    "  coalesce(o.paid_cents, 0) AS paid_cents,"
    "  max(m.joined_at, coalesce(e.last_at, m.joined_at), coalesce(o.last_at, m.joined_at))"
    "   AS last_touch_at,"
    "  ?1 AS as_of, ?2 AS churn_seconds"
    " FROM members m"
    " LEFT JOIN temp.lifecycle_events e ON e.member_ref = m.id"
    " LEFT JOIN temp.lifecycle_orders o ON o.member_ref = m.id"
    " WHERE m.deleted_at IS NULL)";

const Step writeSteps[] = {
    {"INSERT INTO stage_history (member_ref, at, from_stage, to_stage) "
     "SELECT id, ?1, old_stage, stage FROM temp.lifecycle_next WHERE stage IS NOT old_stage",
     80},
    {"UPDATE members SET stage = n.stage,"
     " stage_since = CASE WHEN members.stage IS NOT n.stage THEN ?1"
     "  ELSE coalesce(members.stage_since, members.joined_at) END,"
     " last_active_at = n.last_active_at, last_order_at = n.last_order_at,"
     " paid_orders = n.paid_orders, paid_cents = n.paid_cents "
     "FROM temp.lifecycle_next n WHERE members.id = n.id AND ("
     " members.stage IS NOT n.stage OR members.stage_since IS NULL"
     " OR members.last_active_at IS NOT n.last_active_at"
     " OR members.last_order_at IS NOT n.last_order_at"
     " OR members.paid_orders IS NOT n.paid_orders OR members.paid_cents IS NOT n.paid_cents)",
     97},
};

QString stageCaseExpression()
{
    QString expression = QStringLiteral("CASE");
    for (const StageRule &rule : rules())
        expression += QStringLiteral(" WHEN %1 THEN '%2'")
                          .arg(QString::fromLatin1(rule.condition), QLatin1String(rule.stage));
    return expression + QStringLiteral(" END");
}

Status runStep(Workspace &ws, const QByteArray &sql, qint64 asOf, qint64 churnSeconds)
{
    Statement statement(ws.handle(), sql.constData());
    if (!statement.isValid())
        return statement.prepareError();
    statement.bind(1, asOf);
    statement.bind(2, churnSeconds);
    if (!statement.exec())
        return makeError(
            QStringLiteral("refreshing lifecycle stages failed: %1").arg(statement.errorMessage()));
    return {};
}

class Refresh
{
public:
    Refresh(Workspace &ws, qint64 asOf, const std::function<bool(int)> &progress)
        : m_ws(ws), m_asOf(asOf), m_progress(progress),
          m_churnSeconds(qint64(settings::churnDays.get(ws)) * secondsPerDay)
    {}

    Status run()
    {
        for (const char *sql : dropTemporaries) {
            if (Status status = step(sql, 1); !status)
                return status;
        }
        for (const Step &s : aggregateSteps) {
            if (Status status = step(s.sql, s.percentAfter); !status)
                return status;
        }
        const QByteArray next =
            QString::fromLatin1(nextStageTemplate).arg(stageCaseExpression()).toUtf8();
        if (Status status = step(next, 70); !status)
            return status;
        for (const Step &s : writeSteps) {
            if (Status status = step(s.sql, s.percentAfter); !status)
                return status;
        }
        for (const char *sql : dropTemporaries) {
            if (Status status = step(sql, 99); !status)
                return status;
        }
        return {};
    }

private:
    Status step(const QByteArray &sql, int percentAfter)
    {
        if (Status status = runStep(m_ws, sql, m_asOf, m_churnSeconds); !status)
            return status;
        if (m_progress && !m_progress(percentAfter))
            return makeError(QStringLiteral("cancelled"));
        return {};
    }

    Workspace &m_ws;
    qint64 m_asOf;
    const std::function<bool(int)> &m_progress;
    qint64 m_churnSeconds;
};

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

Status refresh(Workspace &ws, qint64 asOf, const std::function<bool(int percent)> &progress)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    if (progress && !progress(0))
        return makeError(QStringLiteral("cancelled"));
    if (Status status = Refresh(ws, asOf, progress).run(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    if (progress)
        progress(100);
    return {};
}

} // namespace siyu::lifecycle
