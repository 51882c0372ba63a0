// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/rulecompiler.h"

#include "models/common/timeutil.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rfm.h"
#include "models/segments/rulevalues.h"
#include "models/store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace siyu {

namespace {

constexpr qint64 secondsPerDay = 86400;

using Op = Rule::Op;

// The SQL operator of an ordering comparison (our own constant text, never input).
QString sqlOperator(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("<>");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    default:
        return QStringLiteral(">=");
    }
}

// The built-in member fields and the SQL expression each reads (a fixed table: a field name
// of a rule is looked up here, never written into SQL).
struct Column
{
    const char *field;
    const char *expression;
};

constexpr Column columns[] = {
    {"name", "m.name"},
    {"remark", "m.remark"},
    {"gender", "m.gender"},
    {"city", "m.city"},
    {"source", "m.source"},
    {"staff", "(SELECT s.name FROM staff s WHERE s.id = m.staff_ref)"},
    {"joined_at", "m.joined_at"},
    {"consent", "m.consent"},
    {"stage", "m.stage"},
    {"member_id", "m.member_id"},
    {"phone", "m.phone"}, // empty / not_empty only (the parser refuses anything else)
    {"email", "m.email"},
    {"consent_at", "m.consent_at"},
};

QString columnOf(const QString &field)
{
    for (const Column &column : columns) {
        if (field == QLatin1String(column.field))
            return QLatin1String(column.expression);
    }
    return {};
}

SqlFragment fragment(QString sql, QVariantList binds = {})
{
    return {std::move(sql), std::move(binds)};
}

// SQLite parses with a fixed stack (100 entries) and refuses an expression tree deeper than
// 1000. A rule compiles so that neither grows much with the rule: the children of all / any
// are one flat chain in chunks of `chunk` (the tree of a chunk is as deep as its length, the
// chunks add one each), the child that nests deepest comes first (an operand that opens
// parentheses first costs the parser one entry per level, a later one three), and `not` is
// `X = 0` (never a prefix operator that waits for its operand). Every condition is 0 or 1.
constexpr qsizetype chunk = 16;

// How deeply `rule` nests groups: the order of a group's children.
int nesting(const Rule &rule)
{
    int deepest = 0;
    for (const Rule &child : rule.children)
        deepest = qMax(deepest, nesting(child));
    return deepest + (rule.kind == Rule::Kind::Not ? 0 : 1);
}

// Joins conditions with AND / OR; an empty list is `identity` (1 for AND, 0 for OR).
SqlFragment joinAll(const std::vector<SqlFragment> &parts, const QString &glue,
                    const QString &identity)
{
    if (parts.empty())
        return fragment(identity);
    const QString separator = QLatin1Char(' ') + glue + QLatin1Char(' ');
    SqlFragment out = fragment(QStringLiteral("("));
    for (size_t i = 0; i < parts.size(); ++i) {
        // The first chunk stands alone in the chain; each further chunk is parenthesised.
        const bool opens = i >= size_t(chunk) && i % size_t(chunk) == 0;
        const bool closes =
            i >= size_t(chunk) && (i + 1 == parts.size() || (i + 1) % size_t(chunk) == 0);
        if (i > 0)
            out.sql += separator;
        if (opens)
            out.sql += QLatin1Char('(');
        out.sql += parts[i].sql;
        if (closes)
            out.sql += QLatin1Char(')');
        out.binds += parts[i].binds;
    }
    out.sql += QLatin1Char(')');
    return out;
}

// `inner` is parenthesised or a leaf in parentheses, and 0 or 1: `X = 0` is its complement,
// and a chain `X = 0 = 0` reads left to right.
SqlFragment negated(const SqlFragment &inner)
{
    return fragment(inner.sql + QStringLiteral(" = 0"), inner.binds);
}

SqlFragment parenthesised(SqlFragment inner)
{
    inner.sql = QLatin1Char('(') + inner.sql + QLatin1Char(')');
    return inner;
}

// A JSON array of the values, bound as one parameter and read by json_each: a list of any
// length costs one placeholder, and `x IN (SELECT value FROM json_each(?))` is evaluated once
// into a temporary index.
QString jsonList(const QVariantList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromVariantList(values)).toJson(QJsonDocument::Compact));
}

// The same for texts, written directly: a list of a million is most of the work of a rule.
QString jsonList(const QStringList &texts)
{
    qsizetype size = 2;
    for (const QString &text : texts)
        size += text.size() + 3;
    QString out;
    out.reserve(size);
    out += QLatin1Char('[');
    for (const QString &text : texts) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

const QString inList = QStringLiteral("IN (SELECT value FROM json_each(?))");

// --- text -------------------------------------------------------------------------------

// `value` is an SQL expression that may be NULL; NULL reads as the empty text.
SqlFragment textComparison(const QString &value, Op op, const QVariant &bound)
{
    const QString v = QStringLiteral("coalesce(") + value + QStringLiteral(", '')");
    switch (op) {
    case Op::Equal:
        // Equal to a text that is not empty: NULL never is. Written without coalesce so that
        // SQLite can look the value up in the column's index (`city = ?` of a large workspace),
        // and still 0 or 1.
        if (!bound.toString().isEmpty())
            return fragment(QStringLiteral("(%1 IS NOT NULL AND %1 = ?)").arg(value), {bound});
        [[fallthrough]];
    case Op::NotEqual:
        return fragment(v + QLatin1Char(' ') + sqlOperator(op) + QStringLiteral(" ?"), {bound});
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
        return fragment(QStringLiteral("(%1 <> '' AND %1 %2 ?)").arg(v, sqlOperator(op)), {bound});
    case Op::Contains:
        return fragment(QStringLiteral("(instr(lower(%1), lower(?)) > 0)").arg(v), {bound});
    case Op::StartsWith:
        return fragment(QStringLiteral("(instr(lower(%1), lower(?)) = 1)").arg(v), {bound});
    case Op::Empty:
        return fragment(v + QStringLiteral(" = ''"));
    case Op::NotEmpty:
        return fragment(v + QStringLiteral(" <> ''"));
    case Op::In:
        break;
    }
    return fragment(QStringLiteral("0"));
}

SqlFragment textIn(const QString &value, const QStringList &bound)
{
    if (bound.isEmpty())
        return fragment(QStringLiteral("0"));
    // As textComparison's `=`: without coalesce (indexable) unless the list holds the empty
    // text.
    if (!bound.contains(QString()))
        return fragment(QStringLiteral("(%1 IS NOT NULL AND %1 ").arg(value) + inList +
                            QLatin1Char(')'),
                        {jsonList(bound)});
    return fragment(QStringLiteral("coalesce(%1, '') ").arg(value) + inList, {jsonList(bound)});
}

// --- custom fields ------------------------------------------------------------------------

// Inside the custom-field subquery, `j.value` and `j.type` are those of the key (NULL when the
// member has no such key).
const QString customNumber = QStringLiteral(
    "(CASE WHEN j.type IN ('integer', 'real') THEN j.value"
    " WHEN j.type = 'text' AND trim(j.value) <> '' AND trim(j.value) GLOB '*[0-9]*'"
    " AND NOT trim(j.value) GLOB '*[^0-9.eE+-]*' THEN CAST(trim(j.value) AS REAL) END)");
const QString customBool = QStringLiteral("(CASE WHEN j.type IN ('true', 'false') THEN j.type"
                                          " WHEN j.type = 'text' THEN lower(trim(j.value)) END)");
const QString customText = QStringLiteral("(CASE WHEN j.type IN ('true', 'false') THEN j.type"
                                          " WHEN j.type IN ('object', 'array') THEN j.atom"
                                          " ELSE CAST(j.value AS TEXT) END)");

SqlFragment customEqual(const QJsonValue &value)
{
    if (value.isDouble())
        return fragment(QStringLiteral("coalesce(%1 = ?, 0)").arg(customNumber),
                        {value.toDouble()});
    if (value.isBool())
        return fragment(QStringLiteral("coalesce(%1 = ?, 0)").arg(customBool),
                        {rulevalues::scalarText(value)});
    return textComparison(customText, Op::Equal, value.toString());
}

// customEqual for each value, as three lists (numbers, true / false, texts).
SqlFragment customIn(const QJsonArray &values)
{
    QVariantList numbers, flags;
    QStringList texts;
    for (const QJsonValue value : values) {
        if (value.isDouble())
            numbers << value.toDouble();
        else if (value.isBool())
            flags << rulevalues::scalarText(value);
        else
            texts << value.toString();
    }
    std::vector<SqlFragment> parts;
    if (!numbers.isEmpty())
        parts.push_back(fragment(QStringLiteral("coalesce(%1 %2, 0)").arg(customNumber, inList),
                                 {jsonList(numbers)}));
    if (!flags.isEmpty())
        parts.push_back(fragment(QStringLiteral("coalesce(%1 %2, 0)").arg(customBool, inList),
                                 {jsonList(flags)}));
    if (!texts.isEmpty())
        parts.push_back(textIn(customText, texts));
    return joinAll(parts, QStringLiteral("OR"), QStringLiteral("0"));
}

SqlFragment customComparison(Op op, const QJsonValue &value)
{
    switch (op) {
    case Op::Equal:
        return customEqual(value);
    case Op::NotEqual:
        return negated(parenthesised(customEqual(value)));
    case Op::In:
        return customIn(value.toArray());
    default:
        break;
    }
    if (value.isDouble() && op != Op::Contains && op != Op::StartsWith)
        return fragment(QStringLiteral("coalesce(%1 %2 ?, 0)").arg(customNumber, sqlOperator(op)),
                        {value.toDouble()});
    return textComparison(customText, op, rulevalues::scalarText(value));
}

// One row always (LEFT JOIN), so that a missing key is compared like an empty value.
SqlFragment customField(const QString &key, Op op, const QJsonValue &value)
{
    const SqlFragment comparison = customComparison(op, value);
    SqlFragment out = fragment(
        QStringLiteral("coalesce((SELECT %1 FROM (SELECT 1) LEFT JOIN json_each(CASE WHEN "
                       "json_valid(m.custom) THEN m.custom END) AS j ON j.key = ? LIMIT 1), 0)")
            .arg(comparison.sql),
        comparison.binds);
    out.binds << key;
    return out;
}

} // namespace

// --- the compiler ---------------------------------------------------------------------------

namespace {

class Compiler
{
public:
    explicit Compiler(const RuleCompiler::Context &context) : m_context(context) {}

    SqlFragment node(const Rule &rule) const
    {
        switch (rule.kind) {
        case Rule::Kind::All:
        case Rule::Kind::Any:
            return group(rule);
        case Rule::Kind::Not:
            return negated(node(rule.children.front()));
        default:
            return parenthesised(leaf(rule));
        }
    }

private:
    SqlFragment leaf(const Rule &rule) const
    {
        switch (rule.kind) {
        case Rule::Kind::All:
        case Rule::Kind::Any:
        case Rule::Kind::Not:
            break;
        case Rule::Kind::Field:
            return field(rule);
        case Rule::Kind::Tag:
            return fragment(QStringLiteral("m.id IN (SELECT mt.member_ref FROM member_tags mt "
                                           "JOIN tags t ON t.id = mt.tag_ref WHERE t.name = ?)"),
                            {rule.text});
        case Rule::Kind::InGroup:
            return fragment(QStringLiteral("m.id IN (SELECT ms.member_ref FROM memberships ms "
                                           "JOIN groups g ON g.id = ms.group_ref WHERE "
                                           "g.group_id = ? AND ms.joined_at <= ? AND "
                                           "(ms.left_at IS NULL OR ms.left_at > ?))"),
                            {rule.text, m_context.asOf, m_context.asOf});
        case Rule::Kind::Identity:
            return fragment(QStringLiteral("m.id IN (SELECT i.member_ref FROM identities i "
                                           "WHERE i.kind = ?)"),
                            {rule.text});
        case Rule::Kind::Orders:
        case Rule::Kind::Events:
            return aggregate(rule);
        case Rule::Kind::Rfm:
            return rfmCell(rule);
        case Rule::Kind::Tier:
            return tierLevel(rule);
        }
        return fragment(QStringLiteral("0"));
    }

    SqlFragment group(const Rule &rule) const
    {
        // The deepest child first (see `chunk`); and / or do not depend on the order.
        std::vector<std::pair<int, const Rule *>> order;
        for (const Rule &child : rule.children)
            order.emplace_back(nesting(child), &child);
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        std::vector<SqlFragment> parts;
        for (const auto &[depth, child] : order)
            parts.push_back(node(*child));
        const bool all = rule.kind == Rule::Kind::All;
        return joinAll(parts, all ? QStringLiteral("AND") : QStringLiteral("OR"),
                       all ? QStringLiteral("1") : QStringLiteral("0"));
    }

    SqlFragment field(const Rule &rule) const
    {
        if (!Rule::isMemberField(rule.field))
            return customField(rule.field, rule.op, rule.value);
        if (rulevalues::isTimeField(rule.field))
            return timeField(rule);
        const QString column =
            rule.field == QLatin1String("stage") ? stageColumn() : columnOf(rule.field);
        if (rule.op == Op::In) {
            const QJsonArray values = rule.value.toArray();
            QStringList bound;
            bound.reserve(values.size());
            const bool enumerated = rulevalues::isEnumerated(rule.field);
            for (const QJsonValue element : values)
                bound << (enumerated ? mapped(rule, element).toString()
                                     : rulevalues::scalarText(element));
            return textIn(column, bound);
        }
        return textComparison(column, rule.op, mapped(rule, rule.value));
    }

    // The stage at as_of (see the header). as_of is our own integer, written as a number.
    QString stageColumn() const
    {
        const QString asOf = QString::number(m_context.asOf);
        // Never refreshed (a workspace nobody has opened since version 5): what is stored.
        if (m_context.asOf == m_context.stagesRefreshedAt || m_context.stagesRefreshedAt == 0)
            return QStringLiteral("(CASE WHEN m.joined_at <= %1 THEN m.stage END)").arg(asOf);
        if (m_context.asOf > m_context.stagesRefreshedAt)
            return stageAfterRefresh();
        return QStringLiteral("(SELECT h.to_stage FROM stage_history h WHERE h.member_ref = m.id "
                              "AND h.by_rules = 1 AND h.at <= %1 ORDER BY h.at DESC LIMIT 1)")
            .arg(asOf);
    }

    // After the refresh time the stored aggregates hold up to it (touches dated later are left
    // out until a refresh reaches them) and time has passed: the stage rules of lifecycle.h at
    // as_of, over the stored aggregates for members without a touch since the refresh, and over
    // the stored aggregates with those touches added for the few with one. The stage set by
    // hand wins, as it does for the stored stage.
    QString stageAfterRefresh() const
    {
        const QString asOf = QString::number(m_context.asOf);
        const QString since = QString::number(m_context.stagesRefreshedAt);
        const QString recent =
            QStringLiteral("%2 > %1 AND %2 <= %3").arg(since, QStringLiteral("%1"), asOf);
        const QString lastEvent = QStringLiteral("coalesce((SELECT max(e.occurred_at) FROM events "
                                                 "e WHERE e.member_ref = m.id AND %1), "
                                                 "m.last_active_at)")
                                      .arg(recent.arg(QStringLiteral("e.occurred_at")));
        const QString lastOrder =
            QStringLiteral(
                "coalesce((SELECT max(o.paid_at) FROM orders o WHERE o.member_ref = m.id AND "
                "o.refunded = 0 AND %1), m.last_order_at)")
                .arg(recent.arg(QStringLiteral("o.paid_at")));
        const QString paidOrders =
            QStringLiteral(
                "(m.paid_orders + (SELECT count(*) FROM orders o WHERE o.member_ref = m.id AND "
                "o.refunded = 0 AND %1))")
                .arg(recent.arg(QStringLiteral("o.paid_at")));
        const QString touchers = QStringLiteral("m.id IN (SELECT e.member_ref FROM events e WHERE "
                                                "%1 UNION SELECT o.member_ref FROM "
                                                "orders o WHERE o.refunded = 0 AND %2)")
                                     .arg(recent.arg(QStringLiteral("e.occurred_at")),
                                          recent.arg(QStringLiteral("o.paid_at")));
        return QStringLiteral(
                   "(CASE WHEN m.joined_at > %1 THEN NULL ELSE coalesce(m.stage_override, "
                   "CASE WHEN %2 THEN %3 ELSE %4 END) END)")
            .arg(asOf, touchers, stageRules(lastEvent, lastOrder, paidOrders),
                 stageRules(QStringLiteral("m.last_active_at"), QStringLiteral("m.last_order_at"),
                            QStringLiteral("m.paid_orders")));
    }

    // lifecycle::rules() as one CASE at as_of over these expressions of a member.
    QString stageRules(const QString &lastActive, const QString &lastOrder,
                       const QString &paidOrders) const
    {
        const QHash<QString, QString> names{
            {QStringLiteral("as_of"), QString::number(m_context.asOf)},
            {QStringLiteral("last_touch_at"),
             QStringLiteral("max(m.joined_at, coalesce(%1, m.joined_at), coalesce(%2, "
                            "m.joined_at))")
                 .arg(lastActive, lastOrder)},
            {QStringLiteral("churn_seconds"),
             QString::number(qint64(m_context.churnDays) * secondsPerDay)},
            {QStringLiteral("paid_orders"), paidOrders},
            {QStringLiteral("last_order_at"), lastOrder},
            {QStringLiteral("last_active_at"), lastActive},
        };
        // One pass, so that a replacement is never replaced again.
        static const QRegularExpression name(QStringLiteral("\\b[a-z_]+\\b"));
        QString cases = QStringLiteral("CASE");
        for (const lifecycle::StageRule &rule : lifecycle::rules()) {
            const QString condition = QString::fromLatin1(rule.condition);
            QString sql;
            qsizetype from = 0;
            for (const QRegularExpressionMatch &match : name.globalMatch(condition)) {
                sql += condition.mid(from, match.capturedStart() - from);
                sql += names.value(match.captured(), match.captured());
                from = match.capturedEnd();
            }
            sql += condition.mid(from);
            cases += QStringLiteral(" WHEN %1 THEN '%2'").arg(sql, QLatin1String(rule.stage));
        }
        return cases + QStringLiteral(" END");
    }

    static QVariant mapped(const Rule &rule, const QJsonValue &value)
    {
        const bool equality = rule.op == Op::Equal || rule.op == Op::NotEqual || rule.op == Op::In;
        if (equality)
            return rulevalues::enumeratedValue(rule.field, value).value_or(QString());
        return rulevalues::scalarText(value);
    }

    // [start, end) of the instant, minute or day that an ISO value names.
    std::pair<qint64, qint64> interval(const QString &text) const
    {
        static const QRegularExpression dateOnly(
            QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
        static const QRegularExpression withSeconds(QStringLiteral("\\d:\\d{2}:\\d{2}"));
        const QString trimmed = text.trimmed();
        const qint64 start = timeutil::parseIsoDateTime(trimmed, m_context.zone).value_or(0);
        if (dateOnly.match(trimmed).hasMatch()) {
            const QDate day = QDate::fromString(trimmed.left(10), QStringLiteral("yyyy-M-d"));
            const bool local = dateOnly.match(trimmed).capturedLength(1) == 0;
            if (local && day.isValid())
                return {start, timeutil::startOfDay(day.addDays(1), m_context.zone)};
            return {start, start + secondsPerDay};
        }
        return {start, start + (withSeconds.match(trimmed).hasMatch() ? 1 : 60)};
    }

    SqlFragment within(const QString &column, const QJsonValue &value) const
    {
        const auto [start, end] = interval(value.toString());
        return fragment(QStringLiteral("coalesce(%1 >= ? AND %1 < ?, 0)").arg(column),
                        {start, end});
    }

    SqlFragment timeField(const Rule &rule) const
    {
        const QString column = columnOf(rule.field);
        switch (rule.op) {
        case Op::Equal:
            return within(column, rule.value);
        case Op::NotEqual:
            return negated(parenthesised(within(column, rule.value)));
        case Op::In: {
            // Each time is an interval; the parser limits their number (Rule::maxNodes).
            std::vector<SqlFragment> parts;
            for (const QJsonValue element : rule.value.toArray())
                parts.push_back(parenthesised(within(column, element)));
            return joinAll(parts, QStringLiteral("OR"), QStringLiteral("0"));
        }
        case Op::Empty:
            return fragment(column + QStringLiteral(" IS NULL"));
        case Op::NotEmpty:
            return fragment(column + QStringLiteral(" IS NOT NULL"));
        default:
            break;
        }
        const auto [start, end] = interval(rule.value.toString());
        const bool before = rule.op == Op::Less || rule.op == Op::LessOrEqual;
        const bool fromEnd = rule.op == Op::LessOrEqual || rule.op == Op::Greater;
        return fragment(QStringLiteral("coalesce(%1 %2 ?, 0)")
                            .arg(column, before ? QStringLiteral("<") : QStringLiteral(">=")),
                        {fromEnd ? end : start});
    }

    // --- orders and events ----------------------------------------------------------------

    static bool isExistence(const Rule::Comparison &c)
    {
        return (c.op == Op::GreaterOrEqual && c.value == 1) ||
               (c.op == Op::Greater && c.value == 0) || (c.op == Op::NotEqual && c.value == 0);
    }

    static bool isAbsence(const Rule::Comparison &c)
    {
        return (c.op == Op::Equal && c.value == 0) || (c.op == Op::Less && c.value == 1) ||
               (c.op == Op::LessOrEqual && c.value == 0);
    }

    // FROM ... WHERE of the member's paid orders / events in the node's window (and of its
    // type): correlated with `m`, so that SQLite walks the (member_ref, time) index of one
    // member at a time.
    SqlFragment rows(const Rule &rule) const
    {
        const bool orders = rule.kind == Rule::Kind::Orders;
        SqlFragment out = fragment(
            orders ? QStringLiteral("FROM orders o WHERE o.member_ref = m.id AND o.refunded = 0")
                   : QStringLiteral("FROM events o WHERE o.member_ref = m.id"));
        if (!orders && !rule.text.isEmpty()) {
            out.sql += QStringLiteral(" AND o.type = ?");
            out.binds << rule.text;
        }
        // Nothing at or after the as-of time counts, with or without a window.
        const QString time = orders ? QStringLiteral("o.paid_at") : QStringLiteral("o.occurred_at");
        if (rule.withinDays) {
            out.sql += QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(time);
            out.binds << m_context.asOf - qint64(*rule.withinDays) * secondsPerDay;
        } else {
            out.sql += QStringLiteral(" AND %1 < ?").arg(time);
        }
        out.binds << m_context.asOf;
        return out;
    }

    // An aggregate without GROUP BY yields one row even for a member without rows (count 0,
    // sum 0), so the comparison is never NULL.
    SqlFragment aggregate(const Rule &rule) const
    {
        const SqlFragment from = rows(rule);
        const Rule::Comparison count =
            rule.count.value_or(Rule::Comparison{Op::GreaterOrEqual, 1, {}});
        if (!rule.sum && (isExistence(count) || isAbsence(count)))
            return fragment(
                QStringLiteral("%1EXISTS (SELECT 1 %2)")
                    .arg(isExistence(count) ? QString() : QStringLiteral("NOT "), from.sql),
                from.binds);
        if (!rule.sum) {
            // Counting past N + 1 rows cannot change how the count compares with N: a member
            // with many orders in the window stops being read after N + 1 of them.
            SqlFragment out = fragment(QStringLiteral("(SELECT count(*) FROM (SELECT 1 %1 LIMIT "
                                                      "?)) %2 ?")
                                           .arg(from.sql, sqlOperator(count.op)),
                                       from.binds);
            out.binds << count.value + 1 << count.value;
            return out;
        }
        QStringList tests;
        QVariantList values;
        if (rule.count) {
            tests << QStringLiteral("count(*) %1 ?").arg(sqlOperator(count.op));
            values << count.value;
        }
        if (rule.sum) {
            tests << QStringLiteral("coalesce(sum(o.amount_cents), 0) %1 ?")
                         .arg(sqlOperator(rule.sum->op));
            values << rule.sum->value;
        }
        SqlFragment out = fragment(
            QStringLiteral("(SELECT %1 %2)").arg(tests.join(QStringLiteral(" AND ")), from.sql),
            values);
        out.binds += from.binds;
        return out;
    }

    SqlFragment rfmCell(const Rule &rule) const
    {
        const QVariantList codes = rfm::gridCodes(*rfm::cellFromName(rule.text));
        QStringList marks;
        for (int i = 0; i < codes.size(); ++i)
            marks << QStringLiteral("?");
        if (m_context.rfmCellsPrepared) {
            SqlFragment out = fragment(
                QStringLiteral("m.id IN (SELECT c.member_ref FROM temp.siyu_rfm_cells c WHERE "
                               "c.as_of = ? AND c.window_days = ? AND c.code IN (%1))")
                    .arg(marks.join(QStringLiteral(", "))),
                {m_context.asOf, m_context.rfmWindowDays});
            out.binds += codes;
            return out;
        }
        SqlFragment out = fragment(
            QStringLiteral("m.id IN (SELECT member_ref FROM (%1) WHERE r_score * 10 + fm_score "
                           "IN (%2))")
                .arg(rfm::scoresSql(), marks.join(QStringLiteral(", "))),
            rfm::scoreBinds(m_context.asOf, m_context.rfmWindowDays));
        out.binds += codes;
        return out;
    }

    // High from the high threshold, medium from the medium one up to it, low below medium.
    SqlFragment tierLevel(const Rule &rule) const
    {
        // The parser admits only the keys of tiers.h.
        const tiers::Measure measure = *tiers::measureFromKey(rule.field);
        const tiers::Bounds bounds = m_context.tiers.bounds(measure);
        SqlFragment out = fragment(tiers::measureSql(measure),
                                   tiers::measureBinds(measure, m_context.asOf, m_context.tiers));
        switch (*tiers::levelFromKey(rule.text)) {
        case tiers::Level::High:
            out.sql += QStringLiteral(" >= ?");
            out.binds << bounds.high;
            break;
        case tiers::Level::Medium:
            out.sql += QStringLiteral(" BETWEEN ? AND ?"); // the measure once; integers
            out.binds << bounds.medium << bounds.high - 1;
            break;
        case tiers::Level::Low:
            out.sql += QStringLiteral(" < ?");
            out.binds << bounds.medium;
            break;
        }
        out.sql = QLatin1Char('(') + out.sql + QLatin1Char(')');
        return out;
    }

    const RuleCompiler::Context &m_context;
};

} // namespace

RuleCompiler::RuleCompiler(Context context) : m_context(std::move(context)) {}

RuleCompiler::Context RuleCompiler::contextFor(const Workspace &ws, qint64 asOf)
{
    Context context;
    context.asOf = asOf;
    context.zone = ws.timeZone();
    context.rfmWindowDays = rfm::windowDays.get(ws);
    context.tiers = tiers::Thresholds::load(ws);
    context.stagesRefreshedAt = lifecycle::stagesRefreshedAt.get(ws);
    context.churnDays = settings::churnDays.get(ws);
    return context;
}

SqlFragment RuleCompiler::condition(const Rule &rule) const
{
    return Compiler(m_context).node(rule);
}

SqlFragment RuleCompiler::selectIds(const SqlFragment &condition)
{
    return fragment(QStringLiteral("SELECT m.id FROM members m WHERE m.deleted_at IS NULL AND ") +
                        condition.sql + QStringLiteral(" ORDER BY m.id"),
                    condition.binds);
}

SqlFragment RuleCompiler::selectCount(const SqlFragment &condition)
{
    return fragment(
        QStringLiteral("SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND ") +
            condition.sql,
        condition.binds);
}

} // namespace siyu
