// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/money.h"

namespace siyu::money {

namespace {

bool isCurrencySign(QChar c)
{
    return c == u'¥' || c == u'￥' || c == u'$' || c == u'€' || c == u'£' || c == u'元';
}

} // namespace

std::optional<qint64> parseCents(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || isCurrencySign(c) || c == u',')
            continue;
        s.append(c);
    }
    if (s.startsWith(QLatin1String("RMB"), Qt::CaseInsensitive) ||
        s.startsWith(QLatin1String("CNY"), Qt::CaseInsensitive) ||
        s.startsWith(QLatin1String("USD"), Qt::CaseInsensitive))
        s.remove(0, 3);
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    int i = 0;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        i = 1;
    }
    qint64 whole = 0;
    int digits = 0;
    for (; i < s.size() && s[i].isDigit(); ++i, ++digits) {
        if (whole > (std::numeric_limits<qint64>::max() / 1000))
            return std::nullopt;
        whole = whole * 10 + s[i].digitValue();
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < s.size() && s[i] == u'.') {
        for (++i; i < s.size() && s[i].isDigit(); ++i, ++fractionDigits) {
            if (fractionDigits >= 2) {
                if (s[i] != u'0')
                    return std::nullopt; // sub-cent precision is not money we can store exactly
                continue;
            }
            fraction = fraction * 10 + s[i].digitValue();
        }
    }
    if (i != s.size() || (digits == 0 && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 cents = whole * 100 + fraction;
    return negative ? -cents : cents;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) +
           QLatin1Char('.') + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace siyu::money
