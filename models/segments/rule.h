// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace siyu {

// A segment rule: one node of the JSON form that the rule builder in the window and
// `siyu segment --rule` share (CONTRACT.md, "Segment rules as JSON"). Parsing validates
// everything a compiler needs, so a parsed rule always compiles; a malformed rule is an Error
// whose message starts with the JSON path of the offending node (`all[1].orders.count`).
//
// Besides the contract's nodes, Siyu reads `{"identity": KIND}` (has an identity of that
// kind: wecom, unionid, slack, discord, telegram, whatsapp, shop, phone, email) and the member
// fields `member_id`, `consent_at`, and `phone` and `email` with `empty` / `not_empty` only:
// any other comparison of personal data is refused (it would reveal the value to whoever can
// count a segment).
//
// As of a time T (`siyu segment --as-of T`, default now), every node reads the store as it
// stood at T (the exact SQL is in rulecompiler.h):
// - orders / events with "within_days": D count those "in the D days before T": the half-open
//   window [T - D * 86400 s, T). An order exactly D days before T counts, one a second earlier
//   does not; one at T itself does not (it is not before T), one a second before T does.
//   Without within_days: everything before T. Nothing at or after T counts, ever.
// - in_group: a membership with joined_at <= T and left_at empty or after T.
// - rfm and tier: scored over the window before T; stage: see rulecompiler.h.
// - gender values are the words an import reads, ignoring case: M/F/U, male/female/unknown,
//   man/woman, 男/女/未知, 男性/女性, 1/2/0 (WeCom's codes) and - (rulevalues::genderWords).
//
// An empty all holds for every live member, an empty any for none.
//
// A malformed rule names its node: an unknown node or key, a value of the wrong type, a field
// spelled like a member field in other case or one a rule cannot read (tags, referrer_id, notes),
// an operator that does not fit the field (gender, consent and stage take =, !=, in, empty,
// not_empty; times no contains / starts_with; phone and email only empty / not_empty), an unknown
// RFM cell, tier measure or level, event type.
//
// Limits, each refused as a malformed rule naming the node where it is crossed: nodes nest at
// most maxDepth levels (the top node is level 1), an all / any lists at most maxChildren
// nodes, and a rule has at most maxNodes nodes, each value of a time field's `in` list
// counting as one. An `in` list of any other field may be as long as memory allows (it is
// bound as one JSON array).
struct Rule
{
    Q_DECLARE_TR_FUNCTIONS(siyu::Rule)

public:
    enum class Kind
    {
        All,
        Any,
        Not,
        Field,
        Tag,
        InGroup,
        Orders,
        Events,
        Rfm,
        Identity,
        Tier
    };

    enum class Op
    {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Contains,
        StartsWith,
        In,
        Empty,
        NotEmpty
    };

    // `[OP, N]` of an orders or events node. `value` is a count, or cents for a sum; `raw` is
    // the N as written, so that the rule serialises back unchanged.
    struct Comparison
    {
        Op op = Op::GreaterOrEqual;
        qint64 value = 0;
        QJsonValue raw;
    };

    Kind kind = Kind::All;
    std::vector<Rule> children; // all, any (any number), not (exactly one)

    QString field;     // field: the member field or custom field name
    Op op = Op::Equal; // field
    QJsonValue value;  // field: as written (a list for `in`, undefined for empty/not_empty)

    QString text; // tag, in_group (group_id), rfm (cell as written), identity kind, events type,
                  // tier level (high, medium, low); a tier's measure is in `field`

    std::optional<Comparison> count; // orders, events
    std::optional<Comparison> sum;   // orders: amount in cents
    std::optional<int> withinDays;   // orders, events: absent = all time

    // Parses the JSON text of a rule (`--rule`, the segments table).
    static Result<Rule> parse(const QString &json);
    static Result<Rule> fromJson(const QJsonValue &node);

    QJsonValue toJson() const;
    // Whether this node or any below it is of `kind`.
    bool contains(Kind kind) const;
    QString toJsonText() const; // compact

    // The built-in member fields a `field` node may name; any other name is a custom field.
    static const QStringList &memberFields();
    static bool isMemberField(const QString &field);
    // phone and email: presence only.
    static bool isPersonalField(const QString &field);

    static constexpr int maxDepth = 32;
    static constexpr int maxChildren = 500;
    static constexpr int maxNodes = 1000;
    // The contract's spelling of an operator ("<=", "starts_with", ...).
    static QString opName(Op op);
    static std::optional<Op> opFromName(const QString &name);
    // Event types of the contract.
    static const QStringList &eventTypes();

    // Convenience constructors for code that builds rules (tests, the rule builder). An all /
    // any with no children holds for every live member / for none.
    static Rule all(std::vector<Rule> children);
    static Rule any(std::vector<Rule> children);
    static Rule negate(Rule child);
    static Rule fieldCondition(const QString &field, Op op, const QJsonValue &value = {});
};

// Whether `actual OP expected` holds, for the comparisons of orders and events nodes.
bool compareCounts(Rule::Op op, qint64 actual, qint64 expected);

} // namespace siyu
