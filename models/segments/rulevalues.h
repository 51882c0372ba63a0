// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

// How the values written in a rule map to what the store holds; shared by the parser (which
// rejects what cannot map) and the compiler (which binds the mapped value).
namespace siyu::rulevalues {

// joined_at and consent_at: compared with ISO dates and times.
bool isTimeField(const QString &field);

// gender, consent and stage hold one of a few stored values.
bool isEnumerated(const QString &field);
// The stored values of an enumerated field ("M", "F", "U" for gender).
QStringList enumeratedKeys(const QString &field);
// The stored spelling of `value` for an enumerated field: gender accepts the words an import
// reads (genderWords: M/F/U, male/female/unknown, man/woman, 男/女/未知, 男性/女性, WeCom's
// codes 1/2/0, and -), consent yes/no/unknown, stage the five stage keys, each a text, trimmed
// and ignoring case. For any other field, the value's text. nullopt when an enumerated field
// has no such value (a number or true/false included).
std::optional<QString> enumeratedValue(const QString &field, const QJsonValue &value);
// Every gender word a rule reads, lower case, by the stored value (M, F, U) it stands for.
const std::vector<std::pair<QString, QStringList>> &genderWords();

// The text of a JSON scalar as a rule compares it: strings as written, numbers in their
// shortest exact form (12, 12.5), true/false.
QString scalarText(const QJsonValue &value);

// An amount in currency units ("99.50" or 99.5) as integer cents, exactly; nullopt for more
// than two decimals or anything that is not an amount.
std::optional<qint64> amountCents(const QJsonValue &value);

// The snake_case keys of the RFM cells.
QStringList rfmCellKeys();

} // namespace siyu::rulevalues
