// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/money.h"

#include <QVarLengthArray>

namespace siyu::money {

namespace {

bool isCurrencySign(QChar c)
{
    return c == u'¥' || c == u'￥' || c == u'$' || c == u'€' || c == u'£' || c == u'元';
}

// Spaces that group thousands: "1 234,56" (French, with a no-break or narrow no-break space).
bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

constexpr const char *currencyCodes[] = {"RMB", "CNY", "USD"};

bool takeCurrencyPrefix(QStringView *s)
{
    if (!s->isEmpty() && isCurrencySign(s->front())) {
        *s = s->sliced(1).trimmed();
        return true;
    }
    for (const char *code : currencyCodes) {
        if (s->startsWith(QLatin1String(code), Qt::CaseInsensitive)) {
            *s = s->sliced(3).trimmed();
            return true;
        }
    }
    return false;
}

void takeCurrencySuffix(QStringView *s)
{
    if (!s->isEmpty() && isCurrencySign(s->back())) {
        *s = s->chopped(1).trimmed();
        return;
    }
    for (const char *code : currencyCodes) {
        if (s->endsWith(QLatin1String(code), Qt::CaseInsensitive)) {
            *s = s->chopped(3).trimmed();
            return;
        }
    }
}

bool takeSign(QStringView *s, bool *negative)
{
    if (s->isEmpty() || (s->front() != u'-' && s->front() != u'+'))
        return false;
    *negative = s->front() == u'-';
    *s = s->sliced(1).trimmed();
    return true;
}

Amount refused(AmountError error)
{
    return Amount{0, error};
}

// Where the decimal separator of `s` is (-1: none), by the rule in money.h; `error` is set
// when the separators make no amount or an ambiguous one.
qsizetype decimalSeparator(QStringView s, const QVarLengthArray<qsizetype, 8> &separators,
                           AmountError *error)
{
    *error = AmountError::None;
    if (separators.isEmpty())
        return -1;
    const qsizetype last = separators.back();
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    if (s[last] == u'.') {
        if (dots != 1)
            *error = AmountError::NotAnAmount; // "1.234.567": points are never grouping alone
        return last;
    }
    if (s[last] != u',' || commas > 1) {
        if (dots > 0) // "1.234,567,890", "1.234 567"
            *error = AmountError::NotAnAmount;
        return -1; // grouping only
    }
    const qsizetype after = s.size() - last - 1;
    if (after == 1 || after == 2)
        return last; // a decimal comma
    *error = after == 3 && dots == 0 ? AmountError::Ambiguous : AmountError::NotAnAmount;
    return -1;
}

// The digits in [begin, end) of `s`, with the thousands grouping checked, into `whole`.
bool readWhole(QStringView s, qsizetype end, bool grouped, qint64 *whole, bool *tooLarge)
{
    QChar groupChar;
    qsizetype groupStart = 0;
    bool firstGroup = true;
    for (qsizetype i = 0; i <= end; ++i) {
        if (i < end && s[i].isDigit()) {
            if (*whole > maxCents / 100)
                *tooLarge = true; // keep reading: a malformed amount is not an amount
            else
                *whole = *whole * 10 + s[i].digitValue();
            continue;
        }
        if (i < end) {
            if (groupChar.isNull())
                groupChar = s[i];
            else if (s[i] != groupChar)
                return false; // "1,234 567"
        }
        const qsizetype length = i - groupStart;
        if (grouped && (firstGroup ? (length < 1 || length > 3) : length != 3))
            return false;
        firstGroup = false;
        groupStart = i + 1;
    }
    return true;
}

Amount parseNumber(QStringView s, bool negative)
{
    QVarLengthArray<qsizetype, 8> separators;
    bool anyDigit = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit()) {
            anyDigit = true;
            continue;
        }
        if (c != u'.' && c != u',' && !isGroupSpace(c))
            return refused(AmountError::NotAnAmount);
        if (!separators.isEmpty() && separators.back() == i - 1)
            return refused(AmountError::NotAnAmount); // "1,,234", "1 ,5"
        separators.append(i);
    }
    if (!anyDigit)
        return refused(AmountError::NotAnAmount);
    AmountError error = AmountError::None;
    const qsizetype decimal = decimalSeparator(s, separators, &error);
    if (error != AmountError::None)
        return refused(error);
    const qsizetype wholeEnd = decimal >= 0 ? decimal : s.size();
    const bool grouped = !separators.isEmpty() && separators.front() < wholeEnd;
    qint64 whole = 0;
    bool tooLarge = false;
    if (!readWhole(s, wholeEnd, grouped, &whole, &tooLarge))
        return refused(AmountError::NotAnAmount);
    qint64 fraction = 0;
    bool tooPrecise = false;
    if (decimal >= 0) {
        const qsizetype digits = s.size() - decimal - 1;
        if (digits == 0 && (s[decimal] == u',' || wholeEnd == 0))
            return refused(AmountError::NotAnAmount);
        for (qsizetype k = 0; k < digits; ++k) {
            const int d = s[decimal + 1 + k].digitValue();
            if (k < 2)
                fraction = fraction * 10 + d;
            else if (d != 0)
                tooPrecise = true; // sub-cent precision is not money we can store exactly
        }
        if (digits == 1)
            fraction *= 10;
    }
    if (tooPrecise)
        return refused(AmountError::TooPrecise);
    const qint64 cents = tooLarge ? maxCents + 1 : whole * 100 + fraction;
    if (cents > maxCents)
        return refused(AmountError::TooLarge);
    return Amount{negative ? -cents : cents, AmountError::None};
}

} // namespace

Amount parseAmount(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    const bool signFirst = takeSign(&s, &negative);
    takeCurrencyPrefix(&s);
    if (!signFirst)
        takeSign(&s, &negative); // "¥-5"
    takeCurrencySuffix(&s);
    return parseNumber(s, negative);
}

std::optional<qint64> parseCents(QStringView text)
{
    const Amount amount = parseAmount(text);
    if (!amount.ok())
        return std::nullopt;
    return amount.cents;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) +
           QLatin1Char('.') + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace siyu::money
