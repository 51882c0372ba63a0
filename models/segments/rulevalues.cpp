// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/rulevalues.h"

#include "models/common/money.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rfm.h"

#include <QLocale>

namespace siyu::rulevalues {

namespace {

std::optional<QString> gender(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto &[stored, words] : genderWords()) {
        if (words.contains(t))
            return stored;
    }
    return std::nullopt;
}

std::optional<QString> oneOf(const QString &text, const QStringList &keys)
{
    const QString t = text.trimmed().toLower();
    if (keys.contains(t))
        return t;
    return std::nullopt;
}

} // namespace

const std::vector<std::pair<QString, QStringList>> &genderWords()
{
    // The words an import reads in a gender column (import/valueparser.cpp), lower case.
    static const std::vector<std::pair<QString, QStringList>> words{
        {QStringLiteral("M"),
         {QStringLiteral("m"), QStringLiteral("male"), QStringLiteral("man"), QStringLiteral("1"),
          QStringLiteral("男"), QStringLiteral("男性")}},
        {QStringLiteral("F"),
         {QStringLiteral("f"), QStringLiteral("female"), QStringLiteral("woman"),
          QStringLiteral("2"), QStringLiteral("女"), QStringLiteral("女性")}},
        {QStringLiteral("U"),
         {QStringLiteral("u"), QStringLiteral("unknown"), QStringLiteral("0"), QStringLiteral("-"),
          QStringLiteral("未知")}},
    };
    return words;
}

bool isTimeField(const QString &field)
{
    return field == QLatin1String("joined_at") || field == QLatin1String("consent_at");
}

bool isEnumerated(const QString &field)
{
    return field == QLatin1String("gender") || field == QLatin1String("consent") ||
           field == QLatin1String("stage");
}

QStringList enumeratedKeys(const QString &field)
{
    if (field == QLatin1String("gender"))
        return {QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("U")};
    if (field == QLatin1String("consent"))
        return {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")};
    if (field == QLatin1String("stage"))
        return lifecycle::stageKeys();
    return {};
}

std::optional<QString> enumeratedValue(const QString &field, const QJsonValue &value)
{
    const QString text = scalarText(value);
    if (!isEnumerated(field))
        return text;
    if (!value.isString())
        return std::nullopt;
    if (field == QLatin1String("gender"))
        return gender(text);
    return oneOf(text, enumeratedKeys(field));
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

std::optional<qint64> amountCents(const QJsonValue &value)
{
    if (!value.isString() && !value.isDouble())
        return std::nullopt;
    return money::parseCents(scalarText(value));
}

QStringList rfmCellKeys()
{
    QStringList keys;
    for (const rfm::Cell cell : rfm::cells())
        keys << rfm::key(cell);
    return keys;
}

} // namespace siyu::rulevalues
