// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/rule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace siyu {

struct RuleChoices;

// A rule node in words, as the rule builder shows it ("City is 上海", "2 or more orders in the
// last 90 days", "Not in group VIP"), and the titles of what a node names (fields, operators,
// event types, tier measures), in the UI language.
class RuleWords
{
    Q_DECLARE_TR_FUNCTIONS(siyu::RuleWords)

public:
    // How a field's value is chosen and compared.
    enum class FieldType
    {
        Text,     // name, remark, city, member_id, custom fields
        Choice,   // gender, consent, stage, source, staff
        Date,     // joined_at, consent_at
        Presence, // phone, email: empty or not only
    };

    static FieldType fieldType(const QString &field);
    // The operators that fit a field's type, in the order a chooser lists them.
    static QList<Rule::Op> operatorsFor(const QString &field);
    // The built-in fields a condition offers, in chooser order.
    static const QStringList &fields();

    static QString fieldTitle(const QString &field);
    // "is", "contains", "before"... for a field's type.
    static QString opTitle(Rule::Op op, FieldType type);
    // A stored value as people read it ("Female" for F, "Loyalty" for loyalty).
    static QString valueTitle(const QString &field, const QString &value);
    // The stored values of an enumerated field (gender, consent, stage).
    static QStringList enumValues(const QString &field);
    static QString eventTypeTitle(const QString &type);
    static QString tierMeasureTitle(const QString &measure);
    static QString tierLevelTitle(const QString &level);
    static QString identityTitle(const QString &kind);
    static const QStringList &tierMeasures();
    static const QStringList &tierLevels();
    static const QStringList &identityKinds();
    // A count comparison: "2 or more", "more than 2", "exactly 2"...
    static QString comparisonTitle(Rule::Op op, const QString &number);

    // The node in words; `choices` names groups and the currency.
    static QString describe(const Rule &node, const RuleChoices &choices);
    // "Joined between 1 Nov 2026 and 30 Nov 2026".
    static QString describeBetween(const QString &field, const QString &from, const QString &to);
    static QString groupTitle(Rule::Kind kind);

private:
    static QString describeField(const Rule &node);
    static QString describeAggregate(const Rule &node, const RuleChoices &choices);
    static QString dateText(const QString &iso);
};

} // namespace siyu
