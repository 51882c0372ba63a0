// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/masking.h"

#include "models/common/phone.h"

namespace siyu::masking {

namespace {

const QChar maskChar = QLatin1Char('*');

int digitCount(QStringView text)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isDigit() ? 1 : 0;
    return count;
}

// Which digit positions (0-based among the digits) stay visible.
bool keepsDigit(int position, int digits)
{
    if (digits <= 2)
        return false;
    if (digits <= 7)
        return position >= digits - 2;
    return position < 3 || position >= digits - 4;
}

// "+86 138…": the country code written apart stays, the national number is masked alone. In
// E.164 ("+8613812345678", as Siyu stores phones) the code is known by its digits.
qsizetype countryCodeLength(QStringView text)
{
    if (!text.startsWith(QLatin1Char('+')))
        return 0;
    if (const int code = phone::countryCodeLength(text); code > 0)
        return 1 + code;
    qsizetype i = 1;
    while (i < text.size() && text.at(i).isDigit())
        ++i;
    const bool separated = i > 1 && i <= 4 && i < text.size() && !text.at(i).isLetterOrNumber();
    return separated ? i : 0;
}

} // namespace

QString phone(QStringView text)
{
    const QStringView whole = text.trimmed();
    const qsizetype codeLength = countryCodeLength(whole);
    const QStringView trimmed = whole.mid(codeLength);
    const int digits = digitCount(trimmed);
    QString out = whole.left(codeLength).toString();
    if (codeLength > 0)
        out += QLatin1Char(' ');
    out.reserve(whole.size());
    int position = 0;
    // Separators go: "138 1234 5678" and "7451 002247" read alike as 138****5678, 745****2247.
    for (const QChar c : trimmed) {
        if (c.isDigit()) {
            out += keepsDigit(position, digits) ? c : maskChar;
            ++position;
        } else if (c.isLetter()) {
            out += maskChar; // an extension written as text, or garbage: never shown
        } else if (c == QLatin1Char('+') && out.isEmpty()) {
            out += c;
        }
    }
    return out;
}

QString email(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const QString first = trimmed.left(trimmed.front().isHighSurrogate() ? 2 : 1).toString();
    if (at < 0)
        return first + QStringLiteral("***");
    if (at == 0)
        return QStringLiteral("***") + trimmed.mid(at).toString();
    return first + QStringLiteral("***") + trimmed.mid(at).toString();
}

bool looksLikePhone(QStringView text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!QStringView(u"+-(). ").contains(c))
            return false;
    }
    return digits >= 7;
}

bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1;
}

} // namespace siyu::masking
