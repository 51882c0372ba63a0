// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/rule.h"

#include "models/common/money.h"
#include "models/common/timeutil.h"
#include "models/segments/rfm.h"
#include "models/segments/rulevalues.h"
#include "models/segments/tiers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <array>
#include <cmath>

namespace siyu {

namespace {

struct OpName
{
    Rule::Op op;
    const char *name;
};

constexpr std::array<OpName, 11> opNames{{
    {Rule::Op::Equal, "="},
    {Rule::Op::NotEqual, "!="},
    {Rule::Op::Less, "<"},
    {Rule::Op::LessOrEqual, "<="},
    {Rule::Op::Greater, ">"},
    {Rule::Op::GreaterOrEqual, ">="},
    {Rule::Op::Contains, "contains"},
    {Rule::Op::StartsWith, "starts_with"},
    {Rule::Op::In, "in"},
    {Rule::Op::Empty, "empty"},
    {Rule::Op::NotEmpty, "not_empty"},
}};

// `all[1]` + `orders` -> `all[1].orders`; the top node's own keys stand alone.
QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

Error nodeError(const QString &path, const QString &message)
{
    return makeError(
        QStringLiteral("%1: %2").arg(path.isEmpty() ? QStringLiteral("rule") : path, message));
}

bool isOrdering(Rule::Op op)
{
    return op == Rule::Op::Equal || op == Rule::Op::NotEqual || op == Rule::Op::Less ||
           op == Rule::Op::LessOrEqual || op == Rule::Op::Greater || op == Rule::Op::GreaterOrEqual;
}

// A JSON number that is a whole number, or nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

class Parser
{
public:
    Result<Rule> node(const QJsonValue &value, const QString &path);

private:
    // The limits of Rule (maxDepth, maxChildren, maxNodes), checked as the nodes are read.
    Status count(const QString &path, qsizetype nodes = 1);

    Result<Rule> group(Rule::Kind kind, const QJsonValue &value, const QString &path);
    Result<Rule> negation(const QJsonValue &value, const QString &path);
    Result<Rule> fieldNode(const QJsonObject &object, const QString &path);
    Status knownField(const QString &field, const QString &path);
    Status fitsField(const Rule &rule, const QString &path);
    Status fieldValue(const Rule &rule, const QJsonValue &value, const QString &path);
    Status scalarValue(const Rule &rule, const QJsonValue &value, const QString &path);
    Result<Rule> textNode(Rule::Kind kind, const QJsonValue &value, const QString &path);
    Result<Rule> tierNode(const QJsonValue &value, const QString &path);
    Result<Rule> aggregate(Rule::Kind kind, const QJsonValue &value, const QString &path);
    Result<Rule::Comparison> comparison(const QJsonValue &value, const QString &path, bool money);
    Status onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &path);

    int m_depth = 0;
    qsizetype m_nodes = 0;
};

Status Parser::count(const QString &path, qsizetype nodes)
{
    m_nodes += nodes;
    if (m_nodes > Rule::maxNodes)
        return nodeError(path, Rule::tr("the rule has more than %1 nodes (values of a time "
                                        "field's in list count as nodes)")
                                   .arg(Rule::maxNodes));
    return {};
}

// One level deeper while a node's children are read.
class Deeper
{
public:
    explicit Deeper(int &depth) : m_depth(depth) { ++m_depth; }
    ~Deeper() { --m_depth; }
    Deeper(const Deeper &) = delete;
    Deeper &operator=(const Deeper &) = delete;

private:
    int &m_depth;
};

Result<Rule> Parser::node(const QJsonValue &value, const QString &path)
{
    static const QStringList kinds{
        QStringLiteral("all"),      QStringLiteral("any"),    QStringLiteral("not"),
        QStringLiteral("field"),    QStringLiteral("tag"),    QStringLiteral("in_group"),
        QStringLiteral("orders"),   QStringLiteral("events"), QStringLiteral("rfm"),
        QStringLiteral("identity"), QStringLiteral("tier")};
    const Deeper deeper(m_depth);
    if (m_depth > Rule::maxDepth)
        return nodeError(path,
                         Rule::tr("the rule nests more than %1 levels deep").arg(Rule::maxDepth));
    if (Status status = count(path); !status)
        return status.error();
    if (!value.isObject())
        return nodeError(path,
                         Rule::tr("a rule node must be a JSON object with one of all, any, not, "
                                  "field, tag, in_group, orders, events, rfm, tier"));
    const QJsonObject object = value.toObject();
    QStringList found;
    for (const QString &kind : kinds) {
        if (object.contains(kind))
            found << kind;
    }
    if (found.size() != 1)
        return nodeError(path, found.isEmpty()
                                   ? Rule::tr("a rule node needs one of all, any, not, field, tag, "
                                              "in_group, orders, events, rfm, tier")
                                   : Rule::tr("a rule node has exactly one of %1, not several")
                                         .arg(found.join(QStringLiteral(", "))));
    const QString kind = found.first();
    if (kind == QLatin1String("field"))
        return fieldNode(object, path);
    if (Status status = onlyKeys(object, {kind}, path); !status)
        return status.error();
    const QJsonValue body = object.value(kind);
    const QString inner = join(path, kind);
    if (kind == QLatin1String("all"))
        return group(Rule::Kind::All, body, inner);
    if (kind == QLatin1String("any"))
        return group(Rule::Kind::Any, body, inner);
    if (kind == QLatin1String("not"))
        return negation(body, inner);
    if (kind == QLatin1String("tag"))
        return textNode(Rule::Kind::Tag, body, inner);
    if (kind == QLatin1String("in_group"))
        return textNode(Rule::Kind::InGroup, body, inner);
    if (kind == QLatin1String("rfm"))
        return textNode(Rule::Kind::Rfm, body, inner);
    if (kind == QLatin1String("identity"))
        return textNode(Rule::Kind::Identity, body, inner);
    if (kind == QLatin1String("tier"))
        return tierNode(body, inner);
    if (kind == QLatin1String("orders"))
        return aggregate(Rule::Kind::Orders, body, inner);
    return aggregate(Rule::Kind::Events, body, inner);
}

Status Parser::onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return nodeError(
                join(path, it.key()),
                Rule::tr("unknown key (expected %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    return {};
}

Result<Rule> Parser::group(Rule::Kind kind, const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return nodeError(path, Rule::tr("expected a list of rule nodes"));
    Rule rule;
    rule.kind = kind;
    const QJsonArray list = value.toArray();
    if (list.size() > Rule::maxChildren)
        return nodeError(path, Rule::tr("a list holds at most %1 rule nodes, this one %2 (group "
                                        "them, or use in for many values of one field)")
                                   .arg(Rule::maxChildren)
                                   .arg(list.size()));
    // An empty group holds as logic has it: all of nothing for every member (the rule builder's
    // start), any of nothing for none.
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto child = node(list.at(i), path + QStringLiteral("[%1]").arg(i));
        if (!child)
            return child.error();
        rule.children.push_back(std::move(*child));
    }
    return rule;
}

Result<Rule> Parser::negation(const QJsonValue &value, const QString &path)
{
    auto child = node(value, path);
    if (!child)
        return child.error();
    Rule rule;
    rule.kind = Rule::Kind::Not;
    rule.children.push_back(std::move(*child));
    return rule;
}

Result<Rule> Parser::textNode(Rule::Kind kind, const QJsonValue &value, const QString &path)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return nodeError(path, Rule::tr("expected a non-empty text"));
    const QString text = value.toString();
    if (kind == Rule::Kind::Rfm && !rfm::cellFromName(text))
        return nodeError(path,
                         Rule::tr("'%1' is not an RFM cell (one of %2)")
                             .arg(text, rulevalues::rfmCellKeys().join(QStringLiteral(", "))));
    Rule rule;
    rule.kind = kind;
    rule.text = text;
    return rule;
}

// {"tier": {MEASURE: LEVEL}}: one measure (spending, frequency, loyalty) at one level.
Result<Rule> Parser::tierNode(const QJsonValue &value, const QString &path)
{
    const QStringList measures = tiers::measureKeys();
    const QStringList levels = tiers::levelKeys();
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 1)
        return nodeError(path, Rule::tr("expected one measure and its level, such as "
                                        "{\"spending\": \"high\"}"));
    const QString measure = object.begin().key();
    const QString inner = join(path, measure);
    if (!measures.contains(measure))
        return nodeError(inner, Rule::tr("'%1' is not a tier measure (one of %2)")
                                    .arg(measure, measures.join(QStringLiteral(", "))));
    const QString level = object.begin().value().toString();
    if (!levels.contains(level))
        return nodeError(
            inner,
            Rule::tr("expected a tier level (one of %1)").arg(levels.join(QStringLiteral(", "))));
    Rule rule;
    rule.kind = Rule::Kind::Tier;
    rule.field = measure;
    rule.text = level;
    return rule;
}

Result<Rule> Parser::fieldNode(const QJsonObject &object, const QString &path)
{
    if (Status status = onlyKeys(
            object, {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value")}, path);
        !status)
        return status.error();
    const QJsonValue field = object.value(QStringLiteral("field"));
    if (!field.isString() || field.toString().isEmpty())
        return nodeError(join(path, QStringLiteral("field")), Rule::tr("expected a field name"));
    const QJsonValue op = object.value(QStringLiteral("op"));
    const auto parsedOp = Rule::opFromName(op.toString());
    if (!op.isString() || !parsedOp)
        return nodeError(join(path, QStringLiteral("op")),
                         Rule::tr("expected one of =, !=, <, <=, >, >=, contains, starts_with, in, "
                                  "empty, not_empty"));
    Rule rule;
    rule.kind = Rule::Kind::Field;
    rule.field = field.toString();
    rule.op = *parsedOp;
    if (Status status = knownField(rule.field, join(path, QStringLiteral("field"))); !status)
        return status.error();
    if (Status status = fitsField(rule, join(path, QStringLiteral("op"))); !status)
        return status.error();
    // Comparing a phone or an email would reveal it one character at a time (starts_with
    // through --count); whether a member has one is all a rule may ask.
    const bool presence = rule.op == Rule::Op::Empty || rule.op == Rule::Op::NotEmpty;
    if (Rule::isPersonalField(rule.field) && !presence)
        return nodeError(join(path, QStringLiteral("field")),
                         Rule::tr("%1 is personal data: a rule can only ask whether it is empty "
                                  "or not_empty")
                             .arg(rule.field));
    rule.value = object.value(QStringLiteral("value"));
    if (Status status = fieldValue(rule, rule.value, join(path, QStringLiteral("value"))); !status)
        return status.error();
    return rule;
}

// Any name that is not a member field is a custom field, except the spellings that can only be
// a mistake: a member field in other letter case, and the columns of the members file that a
// rule reads through other nodes.
Status Parser::knownField(const QString &field, const QString &path)
{
    static const QStringList otherColumns{QStringLiteral("tags"), QStringLiteral("referrer_id"),
                                          QStringLiteral("notes")};
    if (otherColumns.contains(field))
        return nodeError(path,
                         field == QLatin1String("tags")
                             ? Rule::tr("unknown field tags (a tag is asked with {\"tag\": T})")
                             : Rule::tr("unknown field %1 (a rule cannot read it)").arg(field));
    for (const QString &known : Rule::memberFields()) {
        if (field != known && field.compare(known, Qt::CaseInsensitive) == 0)
            return nodeError(path,
                             Rule::tr("unknown field %1 (did you mean %2?)").arg(field, known));
    }
    return {};
}

// gender, consent and stage hold one of a few values: they are asked whether they are one.
Status Parser::fitsField(const Rule &rule, const QString &path)
{
    const bool equality = rule.op == Rule::Op::Equal || rule.op == Rule::Op::NotEqual ||
                          rule.op == Rule::Op::In || rule.op == Rule::Op::Empty ||
                          rule.op == Rule::Op::NotEmpty;
    if (rulevalues::isEnumerated(rule.field) && !equality)
        return nodeError(
            path, Rule::tr("%1 is one of %2: use =, !=, in, empty or not_empty")
                      .arg(rule.field,
                           rulevalues::enumeratedKeys(rule.field).join(QStringLiteral(", "))));
    return {};
}

Status Parser::fieldValue(const Rule &rule, const QJsonValue &value, const QString &path)
{
    if (rule.op == Rule::Op::Empty || rule.op == Rule::Op::NotEmpty) {
        if (!value.isUndefined() && !value.isNull())
            return nodeError(path, Rule::tr("%1 takes no value").arg(Rule::opName(rule.op)));
        return {};
    }
    if (rule.op == Rule::Op::In) {
        if (!value.isArray())
            return nodeError(path, Rule::tr("in needs a list of values"));
        const QJsonArray list = value.toArray();
        // Each time compiles to an interval of its own; other values go in one bound list.
        if (rulevalues::isTimeField(rule.field))
            if (Status status = count(path, list.size()); !status)
                return status;
        // The path of a value is written only for the error (lists may be millions long).
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!scalarValue(rule, list.at(i), path))
                return scalarValue(rule, list.at(i), path + QStringLiteral("[%1]").arg(i));
        }
        return {};
    }
    if (Status status = scalarValue(rule, value, path); !status)
        return status;
    const bool textual = rule.op == Rule::Op::Contains || rule.op == Rule::Op::StartsWith;
    if (textual && rulevalues::isTimeField(rule.field))
        return nodeError(path,
                         Rule::tr("%1 is a time: use =, !=, <, <=, >, >=, in, empty or not_empty")
                             .arg(rule.field));
    if (value.isBool() && !(rule.op == Rule::Op::Equal || rule.op == Rule::Op::NotEqual))
        return nodeError(path, Rule::tr("true and false can only be compared with = and !="));
    Q_ASSERT(textual || isOrdering(rule.op));
    return {};
}

Status Parser::scalarValue(const Rule &rule, const QJsonValue &value, const QString &path)
{
    const QString &field = rule.field;
    if (!(value.isString() || value.isDouble() || value.isBool()))
        return nodeError(path, Rule::tr("expected a text, a number or true/false"));
    if (value.isBool() && Rule::isMemberField(field))
        return nodeError(path, Rule::tr("%1 is not true or false").arg(field));
    if (rulevalues::isTimeField(field)) {
        if (!value.isString() || !timeutil::parseIsoDateTime(value.toString(), QTimeZone::utc()))
            return nodeError(path, Rule::tr("expected an ISO date or time such as 2026-11-16 or "
                                            "2026-11-16 09:30"));
        return {};
    }
    const bool equality =
        rule.op == Rule::Op::Equal || rule.op == Rule::Op::NotEqual || rule.op == Rule::Op::In;
    if (equality && !rulevalues::enumeratedValue(field, value))
        return nodeError(path,
                         Rule::tr("'%1' is not a value of %2 (one of %3)")
                             .arg(value.toVariant().toString(), field,
                                  rulevalues::enumeratedKeys(field).join(QStringLiteral(", "))));
    return {};
}

Result<Rule> Parser::aggregate(Rule::Kind kind, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return nodeError(path,
                         kind == Rule::Kind::Orders
                             ? Rule::tr("expected {\"count\"|\"sum\": [OP, N], \"within_days\": D}")
                             : Rule::tr("expected {\"type\": T, \"count\": [OP, N], "
                                        "\"within_days\": D}"));
    const QJsonObject object = value.toObject();
    QStringList allowed{QStringLiteral("count"), QStringLiteral("within_days")};
    allowed << (kind == Rule::Kind::Orders ? QStringLiteral("sum") : QStringLiteral("type"));
    if (Status status = onlyKeys(object, allowed, path); !status)
        return status.error();
    Rule rule;
    rule.kind = kind;
    for (const QString &key : {QStringLiteral("count"), QStringLiteral("sum")}) {
        if (!object.contains(key))
            continue;
        const bool money = key == QLatin1String("sum");
        auto parsed = comparison(object.value(key), join(path, key), money);
        if (!parsed)
            return parsed.error();
        (money ? rule.sum : rule.count) = *parsed;
    }
    if (object.contains(QStringLiteral("within_days"))) {
        const auto days = wholeNumber(object.value(QStringLiteral("within_days")));
        if (!days || *days < 1 || *days > 36500)
            return nodeError(join(path, QStringLiteral("within_days")),
                             Rule::tr("expected a whole number of days from 1 to 36500"));
        rule.withinDays = int(*days);
    }
    if (object.contains(QStringLiteral("type"))) {
        const QJsonValue type = object.value(QStringLiteral("type"));
        if (!type.isString() || !Rule::eventTypes().contains(type.toString()))
            return nodeError(join(path, QStringLiteral("type")),
                             Rule::tr("expected an event type (one of %1)")
                                 .arg(Rule::eventTypes().join(QStringLiteral(", "))));
        rule.text = type.toString();
    }
    return rule;
}

Result<Rule::Comparison> Parser::comparison(const QJsonValue &value, const QString &path,
                                            bool money)
{
    const QJsonArray pair = value.toArray();
    const auto op = Rule::opFromName(pair.at(0).toString());
    if (!value.isArray() || pair.size() != 2 || !pair.at(0).isString() || !op || !isOrdering(*op))
        return nodeError(path, Rule::tr("expected [OP, N] with OP one of =, !=, <, <=, >, >="));
    Rule::Comparison result;
    result.op = *op;
    result.raw = pair.at(1);
    if (money) {
        const auto cents = rulevalues::amountCents(result.raw);
        if (!cents)
            return nodeError(path, Rule::tr("expected an amount such as 100 or 99.50 (at most two "
                                            "decimals)"));
        result.value = *cents;
        return result;
    }
    const auto count = wholeNumber(result.raw);
    if (!count || *count < 0)
        return nodeError(path, Rule::tr("expected a whole number 0 or more"));
    result.value = *count;
    return result;
}

QJsonValue comparisonJson(const Rule::Comparison &comparison)
{
    return QJsonArray{Rule::opName(comparison.op), comparison.raw};
}

QJsonValue aggregateJson(const Rule &rule)
{
    QJsonObject body;
    if (rule.count)
        body.insert(QStringLiteral("count"), comparisonJson(*rule.count));
    if (rule.sum)
        body.insert(QStringLiteral("sum"), comparisonJson(*rule.sum));
    if (rule.withinDays)
        body.insert(QStringLiteral("within_days"), *rule.withinDays);
    if (rule.kind == Rule::Kind::Events && !rule.text.isEmpty())
        body.insert(QStringLiteral("type"), rule.text);
    return body;
}

QJsonValue childrenJson(const Rule &rule)
{
    QJsonArray list;
    for (const Rule &child : rule.children)
        list.append(child.toJson());
    return list;
}

QJsonValue fieldJson(const Rule &rule)
{
    QJsonObject object{{QStringLiteral("field"), rule.field},
                       {QStringLiteral("op"), Rule::opName(rule.op)}};
    if (!rule.value.isUndefined())
        object.insert(QStringLiteral("value"), rule.value);
    return object;
}

} // namespace

Result<Rule> Rule::parse(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Rule::tr("rule: not valid JSON at character %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()));
    if (!document.isObject())
        return nodeError(QString(), Rule::tr("a rule must be a JSON object"));
    return fromJson(document.object());
}

Result<Rule> Rule::fromJson(const QJsonValue &node)
{
    return Parser().node(node, QString());
}

QJsonValue Rule::toJson() const
{
    switch (kind) {
    case Kind::All:
        return QJsonObject{{QStringLiteral("all"), childrenJson(*this)}};
    case Kind::Any:
        return QJsonObject{{QStringLiteral("any"), childrenJson(*this)}};
    case Kind::Not:
        return QJsonObject{
            {QStringLiteral("not"), children.empty() ? QJsonValue() : children.front().toJson()}};
    case Kind::Field:
        return fieldJson(*this);
    case Kind::Tag:
        return QJsonObject{{QStringLiteral("tag"), text}};
    case Kind::InGroup:
        return QJsonObject{{QStringLiteral("in_group"), text}};
    case Kind::Rfm:
        return QJsonObject{{QStringLiteral("rfm"), text}};
    case Kind::Identity:
        return QJsonObject{{QStringLiteral("identity"), text}};
    case Kind::Tier:
        return QJsonObject{{QStringLiteral("tier"), QJsonObject{{field, text}}}};
    case Kind::Orders:
        return QJsonObject{{QStringLiteral("orders"), aggregateJson(*this)}};
    case Kind::Events:
        return QJsonObject{{QStringLiteral("events"), aggregateJson(*this)}};
    }
    return {};
}

bool Rule::contains(Kind k) const
{
    if (kind == k)
        return true;
    for (const Rule &child : children) {
        if (child.contains(k))
            return true;
    }
    return false;
}

QString Rule::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson().toObject()).toJson(QJsonDocument::Compact));
}

const QStringList &Rule::memberFields()
{
    static const QStringList fields{
        QStringLiteral("name"),      QStringLiteral("remark"),  QStringLiteral("gender"),
        QStringLiteral("city"),      QStringLiteral("source"),  QStringLiteral("staff"),
        QStringLiteral("joined_at"), QStringLiteral("consent"), QStringLiteral("stage"),
        QStringLiteral("member_id"), QStringLiteral("phone"),   QStringLiteral("email"),
        QStringLiteral("consent_at")};
    return fields;
}

bool Rule::isMemberField(const QString &field)
{
    return memberFields().contains(field);
}

bool Rule::isPersonalField(const QString &field)
{
    return field == QLatin1String("phone") || field == QLatin1String("email");
}

QString Rule::opName(Op op)
{
    for (const OpName &name : opNames) {
        if (name.op == op)
            return QLatin1String(name.name);
    }
    return {};
}

std::optional<Rule::Op> Rule::opFromName(const QString &text)
{
    for (const OpName &name : opNames) {
        if (text == QLatin1String(name.name))
            return name.op;
    }
    return std::nullopt;
}

const QStringList &Rule::eventTypes()
{
    static const QStringList types{QStringLiteral("message"),      QStringLiteral("read"),
                                   QStringLiteral("like"),         QStringLiteral("comment"),
                                   QStringLiteral("share"),        QStringLiteral("click"),
                                   QStringLiteral("checkin"),      QStringLiteral("live_view"),
                                   QStringLiteral("coupon_claim"), QStringLiteral("coupon_redeem"),
                                   QStringLiteral("invite"),       QStringLiteral("survey")};
    return types;
}

Rule Rule::all(std::vector<Rule> children)
{
    Rule rule;
    rule.kind = Kind::All;
    rule.children = std::move(children);
    return rule;
}

Rule Rule::any(std::vector<Rule> children)
{
    Rule rule = all(std::move(children));
    rule.kind = Kind::Any;
    return rule;
}

Rule Rule::negate(Rule child)
{
    Rule rule;
    rule.kind = Kind::Not;
    rule.children.push_back(std::move(child));
    return rule;
}

Rule Rule::fieldCondition(const QString &field, Op op, const QJsonValue &value)
{
    Rule rule;
    rule.kind = Kind::Field;
    rule.field = field;
    rule.op = op;
    rule.value = value;
    return rule;
}

bool compareCounts(Rule::Op op, qint64 actual, qint64 expected)
{
    switch (op) {
    case Rule::Op::Equal:
        return actual == expected;
    case Rule::Op::NotEqual:
        return actual != expected;
    case Rule::Op::Less:
        return actual < expected;
    case Rule::Op::LessOrEqual:
        return actual <= expected;
    case Rule::Op::Greater:
        return actual > expected;
    case Rule::Op::GreaterOrEqual:
        return actual >= expected;
    default:
        return false;
    }
}

} // namespace siyu
