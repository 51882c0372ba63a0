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
    if (t == QLatin1String("m") || t == QLatin1String("male") || t == QStringLiteral("男"))
        return QStringLiteral("M");
    if (t == QLatin1String("f") || t == QLatin1String("female") || t == QStringLiteral("女"))
        return QStringLiteral("F");
    if (t == QLatin1String("u") || t == QLatin1String("unknown") || t == QStringLiteral("未知"))
        return QStringLiteral("U");
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
