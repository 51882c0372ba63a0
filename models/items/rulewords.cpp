// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/rulewords.h"

#include "models/common/units.h"
#include "models/items/membertablemodel.h"
#include "models/segments/rfm.h"
#include "models/segments/rulechoices.h"
#include "models/segments/rulevalues.h"
#include "models/segments/tiers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace siyu {

RuleWords::FieldType RuleWords::fieldType(const QString &field)
{
    if (rulevalues::isTimeField(field))
        return FieldType::Date;
    if (Rule::isPersonalField(field))
        return FieldType::Presence;
    if (rulevalues::isEnumerated(field) || field == QLatin1String("source") ||
        field == QLatin1String("staff"))
        return FieldType::Choice;
    return FieldType::Text;
}

QList<Rule::Op> RuleWords::operatorsFor(const QString &field)
{
    using Op = Rule::Op;
    switch (fieldType(field)) {
    case FieldType::Text:
        return {Op::Equal, Op::NotEqual, Op::Contains, Op::StartsWith,
                Op::In,    Op::Empty,    Op::NotEmpty};
    case FieldType::Choice:
        return {Op::Equal, Op::NotEqual, Op::In, Op::Empty, Op::NotEmpty};
    case FieldType::Date:
        // Between is two conditions (>= and <=), which the builder shows as one.
        return {Op::Less, Op::Greater, Op::Equal, Op::Empty, Op::NotEmpty};
    case FieldType::Presence:
        return {Op::NotEmpty, Op::Empty};
    }
    return {};
}

const QStringList &RuleWords::fields()
{
    static const QStringList list{
        QStringLiteral("city"),      QStringLiteral("gender"),     QStringLiteral("stage"),
        QStringLiteral("source"),    QStringLiteral("staff"),      QStringLiteral("consent"),
        QStringLiteral("joined_at"), QStringLiteral("consent_at"), QStringLiteral("name"),
        QStringLiteral("remark"),    QStringLiteral("member_id"),  QStringLiteral("phone"),
        QStringLiteral("email")};
    return list;
}

QString RuleWords::fieldTitle(const QString &field)
{
    static const struct
    {
        const char *key;
        const char *title;
    } titles[] = {
        {"name", QT_TR_NOOP("Name")},
        {"remark", QT_TR_NOOP("Remark")},
        {"gender", QT_TR_NOOP("Gender")},
        {"city", QT_TR_NOOP("City")},
        {"source", QT_TR_NOOP("Source")},
        {"staff", QT_TR_NOOP("Staff")},
        {"joined_at", QT_TR_NOOP("Joined")},
        {"consent", QT_TR_NOOP("Consent")},
        {"consent_at", QT_TR_NOOP("Consent date")},
        {"stage", QT_TR_NOOP("Lifecycle stage")},
        {"member_id", QT_TR_NOOP("Member ID")},
        {"phone", QT_TR_NOOP("Phone")},
        {"email", QT_TR_NOOP("Email")},
    };
    for (const auto &entry : titles) {
        if (field == QLatin1String(entry.key))
            return tr(entry.title);
    }
    return tr("Custom field “%1”").arg(field);
}

QString RuleWords::opTitle(Rule::Op op, FieldType type)
{
    using Op = Rule::Op;
    if (type == FieldType::Date) {
        switch (op) {
        case Op::Less:
            return tr("before");
        case Op::Greater:
            return tr("after");
        case Op::LessOrEqual:
            return tr("on or before");
        case Op::GreaterOrEqual:
            return tr("on or after");
        case Op::Equal:
            return tr("on");
        case Op::NotEqual:
            return tr("not on");
        case Op::In:
            return tr("on one of");
        default:
            break;
        }
    }
    switch (op) {
    case Op::Equal:
        return tr("is");
    case Op::NotEqual:
        return tr("is not");
    case Op::Less:
        return tr("is less than");
    case Op::LessOrEqual:
        return tr("is at most");
    case Op::Greater:
        return tr("is more than");
    case Op::GreaterOrEqual:
        return tr("is at least");
    case Op::Contains:
        return tr("contains");
    case Op::StartsWith:
        return tr("starts with");
    case Op::In:
        return tr("is one of");
    case Op::Empty:
        return tr("is empty");
    case Op::NotEmpty:
        return tr("is not empty");
    }
    return {};
}

QStringList RuleWords::enumValues(const QString &field)
{
    if (field == QLatin1String("stage"))
        return lifecycleStages();
    return rulevalues::enumeratedKeys(field);
}

QString RuleWords::valueTitle(const QString &field, const QString &value)
{
    if (field == QLatin1String("gender")) {
        const auto stored = rulevalues::enumeratedValue(field, value);
        return stored ? MemberTableModel::genderTitle(*stored) : value;
    }
    if (field == QLatin1String("stage"))
        return MemberTableModel::stageTitle(value.toLower());
    if (field == QLatin1String("consent")) {
        const QString key = value.toLower();
        if (key == QLatin1String("yes"))
            return tr("Given");
        if (key == QLatin1String("no"))
            return tr("Refused");
        if (key == QLatin1String("unknown"))
            return tr("Unknown");
    }
    return value;
}

QString RuleWords::eventTypeTitle(const QString &type)
{
    static const struct
    {
        const char *key;
        const char *title;
    } titles[] = {
        {"message", QT_TR_NOOP("Message")},
        {"read", QT_TR_NOOP("Read")},
        {"like", QT_TR_NOOP("Like")},
        {"comment", QT_TR_NOOP("Comment")},
        {"share", QT_TR_NOOP("Share")},
        {"click", QT_TR_NOOP("Click")},
        {"checkin", QT_TR_NOOP("Check-in")},
        {"live_view", QT_TR_NOOP("Live view")},
        {"coupon_claim", QT_TR_NOOP("Coupon claimed")},
        {"coupon_redeem", QT_TR_NOOP("Coupon redeemed")},
        {"invite", QT_TR_NOOP("Invite")},
        {"survey", QT_TR_NOOP("Survey answer")},
    };
    for (const auto &entry : titles) {
        if (type == QLatin1String(entry.key))
            return tr(entry.title);
    }
    return type;
}

const QStringList &RuleWords::tierMeasures()
{
    static const QStringList list{QStringLiteral("spending"), QStringLiteral("frequency"),
                                  QStringLiteral("loyalty")};
    return list;
}

const QStringList &RuleWords::tierLevels()
{
    static const QStringList list{QStringLiteral("high"), QStringLiteral("medium"),
                                  QStringLiteral("low")};
    return list;
}

const QStringList &RuleWords::identityKinds()
{
    static const QStringList list{
        QStringLiteral("wecom"),   QStringLiteral("unionid"),  QStringLiteral("slack"),
        QStringLiteral("discord"), QStringLiteral("telegram"), QStringLiteral("whatsapp"),
        QStringLiteral("shop"),    QStringLiteral("phone"),    QStringLiteral("email")};
    return list;
}

QString RuleWords::tierMeasureTitle(const QString &measure)
{
    if (measure == QLatin1String("spending"))
        return tr("Spending power");
    if (measure == QLatin1String("frequency"))
        return tr("Purchase frequency");
    if (measure == QLatin1String("loyalty"))
        return tr("Loyalty");
    return measure;
}

QString RuleWords::tierLevelTitle(const QString &level)
{
    if (level == QLatin1String("high"))
        return tr("high");
    if (level == QLatin1String("medium"))
        return tr("medium");
    if (level == QLatin1String("low"))
        return tr("low");
    return level;
}

QString RuleWords::identityTitle(const QString &kind)
{
    static const struct
    {
        const char *key;
        const char *title;
    } titles[] = {
        {"wecom", QT_TR_NOOP("WeCom")},       {"unionid", QT_TR_NOOP("WeChat")},
        {"slack", QT_TR_NOOP("Slack")},       {"discord", QT_TR_NOOP("Discord")},
        {"telegram", QT_TR_NOOP("Telegram")}, {"whatsapp", QT_TR_NOOP("WhatsApp")},
        {"shop", QT_TR_NOOP("Shop")},         {"phone", QT_TR_NOOP("Phone")},
        {"email", QT_TR_NOOP("Email")},
    };
    for (const auto &entry : titles) {
        if (kind == QLatin1String(entry.key))
            return tr(entry.title);
    }
    return kind;
}

QString RuleWords::comparisonTitle(Rule::Op op, const QString &number)
{
    using Op = Rule::Op;
    switch (op) {
    case Op::GreaterOrEqual:
        return tr("%1 or more").arg(number);
    case Op::Greater:
        return tr("more than %1").arg(number);
    case Op::Equal:
        return tr("exactly %1").arg(number);
    case Op::NotEqual:
        return tr("other than %1").arg(number);
    case Op::LessOrEqual:
        return tr("at most %1").arg(number);
    case Op::Less:
        return tr("fewer than %1").arg(number);
    default:
        return number;
    }
}

QString RuleWords::groupTitle(Rule::Kind kind)
{
    switch (kind) {
    case Rule::Kind::All:
        return tr("All of these");
    case Rule::Kind::Any:
        return tr("Any of these");
    case Rule::Kind::Not:
        return tr("Not");
    default:
        return {};
    }
}

QString RuleWords::dateText(const QString &iso)
{
    const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!day.isValid())
        return iso;
    return iso.size() > 10 ? units::date(day) + iso.mid(10) : units::date(day);
}

QString RuleWords::describeBetween(const QString &field, const QString &from, const QString &to)
{
    return tr("%1 between %2 and %3").arg(fieldTitle(field), dateText(from), dateText(to));
}

QString RuleWords::describeField(const Rule &node)
{
    const FieldType type = fieldType(node.field);
    const QString field = fieldTitle(node.field);
    const QString op = opTitle(node.op, type);
    if (node.op == Rule::Op::Empty || node.op == Rule::Op::NotEmpty)
        return tr("%1 %2").arg(field, op);
    const auto shown = [&](const QJsonValue &value) {
        const QString text = rulevalues::scalarText(value);
        if (type == FieldType::Date)
            return dateText(text);
        if (type == FieldType::Choice)
            return valueTitle(node.field, text);
        return text;
    };
    QString value;
    if (node.value.isArray()) {
        QStringList values;
        for (const QJsonValue &item : node.value.toArray())
            values << shown(item);
        value = values.join(tr(", "));
    } else {
        value = shown(node.value);
    }
    if (node.op == Rule::Op::Contains || node.op == Rule::Op::StartsWith ||
        (type == FieldType::Text && value.isEmpty()))
        value = tr("“%1”").arg(value);
    return tr("%1 %2 %3").arg(field, op, value);
}

QString RuleWords::describeAggregate(const Rule &node, const RuleChoices &choices)
{
    const QLocale locale;
    QString window = node.withinDays
                         ? tr("in the last %1 days").arg(locale.toString(*node.withinDays))
                         : tr("ever");
    if (node.kind == Rule::Kind::Orders) {
        if (node.sum) {
            units::Display display = units::Display::current();
            display.currency = choices.currency;
            return tr("Paid orders totalling %1 %2")
                .arg(comparisonTitle(node.sum->op, units::money(node.sum->value, display)), window);
        }
        const Rule::Comparison count = node.count.value_or(Rule::Comparison{});
        const qint64 n = node.count ? count.value : 1;
        return tr("%1 paid orders %2")
            .arg(comparisonTitle(node.count ? count.op : Rule::Op::GreaterOrEqual,
                                 locale.toString(n)),
                 window);
    }
    const Rule::Comparison count = node.count.value_or(Rule::Comparison{});
    const QString n = comparisonTitle(node.count ? count.op : Rule::Op::GreaterOrEqual,
                                      locale.toString(node.count ? count.value : 1));
    if (node.text.isEmpty())
        return tr("%1 events of any type %2").arg(n, window);
    return tr("%1 “%2” events %3").arg(n, eventTypeTitle(node.text), window);
}

QString RuleWords::describe(const Rule &node, const RuleChoices &choices)
{
    switch (node.kind) {
    case Rule::Kind::All:
    case Rule::Kind::Any:
        return groupTitle(node.kind);
    case Rule::Kind::Not:
        if (node.children.size() == 1 && node.children.front().kind != Rule::Kind::All &&
            node.children.front().kind != Rule::Kind::Any &&
            node.children.front().kind != Rule::Kind::Not)
            return tr("Not: %1").arg(describe(node.children.front(), choices));
        return groupTitle(node.kind);
    case Rule::Kind::Field:
        return describeField(node);
    case Rule::Kind::Tag:
        return tr("Has tag “%1”").arg(node.text);
    case Rule::Kind::InGroup:
        return tr("In group %1").arg(choices.groupName(node.text));
    case Rule::Kind::Orders:
    case Rule::Kind::Events:
        return describeAggregate(node, choices);
    case Rule::Kind::Rfm: {
        const auto cell = rfm::cellFromName(node.text);
        return tr("RFM cell: %1").arg(cell ? rfm::title(*cell) : node.text);
    }
    case Rule::Kind::Identity:
        return tr("Has a %1 account").arg(identityTitle(node.text));
    case Rule::Kind::Tier:
        return tr("%1 tier is %2").arg(tierMeasureTitle(node.field), tierLevelTitle(node.text));
    }
    return {};
}

} // namespace siyu
