// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/valueparser.h"

#include "models/common/money.h"
#include "models/import/localtimeconverter.h"

#include <algorithm>
#include <cmath>

namespace siyu {

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return DateOrder::Auto;
    if (n == QLatin1String("dmy"))
        return DateOrder::DayMonthYear;
    if (n == QLatin1String("mdy"))
        return DateOrder::MonthDayYear;
    if (n == QLatin1String("ymd"))
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

namespace values {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(QByteArrayView a, const char *b)
{
    const QByteArrayView bv(b);
    if (a.size() != bv.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(bv[i]))
            return false;
    }
    return true;
}

bool isOneOf(QByteArrayView text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (equalsIgnoreCase(text, word))
            return true;
    }
    return false;
}

// A forward-only reader over the bytes of one value.
struct Cursor
{
    const char *p;
    const char *end;

    bool atEnd() const { return p >= end; }
    char peek() const { return p < end ? *p : '\0'; }
    bool take(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool take(const char *utf8)
    {
        const qsizetype n = qsizetype(qstrlen(utf8));
        if (end - p >= n && std::equal(utf8, utf8 + n, p)) {
            p += n;
            return true;
        }
        return false;
    }
    bool takeIgnoreCase(const char *ascii)
    {
        const qsizetype n = qsizetype(qstrlen(ascii));
        if (end - p < n)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if (lower(p[i]) != ascii[i])
                return false;
        }
        p += n;
        return true;
    }
    // Up to `maxDigits` digits; the number of digits read.
    int number(int maxDigits, int *value)
    {
        int digits = 0;
        int v = 0;
        while (p < end && isDigit(*p) && digits < maxDigits) {
            v = v * 10 + (*p - '0');
            ++p;
            ++digits;
        }
        *value = v;
        return digits;
    }
    void skipSpaces()
    {
        for (;;) {
            if (p < end && isSpace(*p))
                ++p;
            else if (take("\xC2\xA0") || take("\xE2\x80\xAF") || take("\xE2\x80\x8E"))
                continue; // no-break spaces and the marks WhatsApp puts around times
            else
                return;
        }
    }
};

struct DateParts
{
    int year = 0, month = 0, day = 0;
};

int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

bool parseDatePart(Cursor &c, DateOrder order, DateParts *out)
{
    int a = 0, b = 0, x = 0;
    const int aDigits = c.number(8, &a);
    if (aDigits == 8 && (c.atEnd() || c.peek() == 'T' || c.peek() == ' ')) {
        out->year = a / 10000;
        out->month = a / 100 % 100;
        out->day = a % 100;
        return true;
    }
    if (aDigits == 0 || aDigits > 4)
        return false;
    char separator = c.peek();
    bool chinese = false;
    if (separator == '-' || separator == '/' || separator == '.') {
        ++c.p;
    } else if (c.take("\xE5\xB9\xB4")) { // 年
        chinese = true;
    } else {
        return false;
    }
    if (c.number(2, &b) == 0)
        return false;
    if (chinese ? !c.take("\xE6\x9C\x88") : !c.take(separator)) // 月
        return false;
    const int xDigits = c.number(4, &x);
    if (xDigits == 0)
        return false;
    if (chinese)
        c.take("\xE6\x97\xA5"); // 日
    if (aDigits == 4 || chinese || order == DateOrder::YearMonthDay) {
        if (xDigits > 2)
            return false;
        *out = {fullYear(a, aDigits), b, x};
        return true;
    }
    if (xDigits != 2 && xDigits != 4)
        return false;
    bool monthFirst = order == DateOrder::MonthDayYear;
    if (order == DateOrder::Auto)
        monthFirst = separator == '/' && a <= 12 && b > 12;
    *out =
        monthFirst ? DateParts{fullYear(x, xDigits), a, b} : DateParts{fullYear(x, xDigits), b, a};
    return true;
}

// "上午 9:05", "9:05", "09:05:12.250", "9:05 PM", "9:05 p.m." → seconds of the day.
bool parseTimePart(Cursor &c, int *seconds)
{
    int meridiem = 0;                       // 1 = am, 2 = pm
    if (c.take("\xE4\xB8\x8A\xE5\x8D\x88")) // 上午
        meridiem = 1;
    else if (c.take("\xE4\xB8\x8B\xE5\x8D\x88")) // 下午
        meridiem = 2;
    c.skipSpaces();
    int hour = 0, minute = 0, second = 0;
    if (c.number(2, &hour) == 0 || !c.take(':') || c.number(2, &minute) != 2)
        return false;
    if (c.take(':')) {
        if (c.number(2, &second) != 2)
            return false;
        if (c.take('.') || c.take(',')) {
            int ignored = 0;
            if (c.number(9, &ignored) == 0)
                return false;
        }
    }
    c.skipSpaces();
    if (meridiem == 0) {
        if (c.takeIgnoreCase("am") || c.takeIgnoreCase("a.m."))
            meridiem = 1;
        else if (c.takeIgnoreCase("pm") || c.takeIgnoreCase("p.m."))
            meridiem = 2;
    }
    if (meridiem != 0) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    *seconds = hour * 3600 + minute * 60 + second;
    return true;
}

// "Z", "UTC", "+08:00", "+0800", "-05", "GMT+8" → offset seconds east of UTC.
bool parseOffset(Cursor &c, std::optional<int> *offset)
{
    c.skipSpaces();
    if (c.atEnd())
        return true;
    if (c.take('Z') || c.take('z')) {
        *offset = 0;
        return c.atEnd();
    }
    const bool named = c.takeIgnoreCase("utc") || c.takeIgnoreCase("gmt");
    if (named && c.atEnd()) {
        *offset = 0;
        return true;
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return false;
    ++c.p;
    int hours = 0, minutes = 0;
    const int digits = c.number(4, &hours);
    if (digits == 4) {
        minutes = hours % 100;
        hours /= 100;
    } else if (digits >= 1 && digits <= 2) {
        if (c.take(':') && c.number(2, &minutes) != 2)
            return false;
    } else {
        return false;
    }
    if (hours > 14 || minutes > 59)
        return false;
    *offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return c.atEnd();
}

} // namespace

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

std::optional<qint64> parseDateTime(QByteArrayView text, LocalTimeConverter &zone, DateOrder order)
{
    const QByteArrayView t = trimmed(text);
    Cursor c{t.data(), t.data() + t.size()};
    DateParts date;
    if (!parseDatePart(c, order, &date) ||
        !LocalTimeConverter::isValidDate(date.year, date.month, date.day))
        return std::nullopt;
    int seconds = 0;
    std::optional<int> offset;
    if (!c.atEnd()) {
        if (!c.take('T') && !c.take(','))
            c.skipSpaces();
        c.skipSpaces();
        if (!c.atEnd() && !parseTimePart(c, &seconds))
            return std::nullopt;
        if (!parseOffset(c, &offset))
            return std::nullopt;
    }
    if (offset) {
        return LocalTimeConverter::daysFromCivil(date.year, date.month, date.day) * 86400 +
               seconds - *offset;
    }
    return zone.toEpoch(date.year, date.month, date.day, seconds / 3600, seconds / 60 % 60,
                        seconds % 60);
}

std::optional<DateOrder> dateOrderHint(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    Cursor c{t.data(), t.data() + t.size()};
    int a = 0, b = 0;
    const int digits = c.number(4, &a);
    if (digits == 0 || digits > 2)
        return std::nullopt;
    const char separator = c.peek();
    if (separator != '/' && separator != '.' && separator != '-')
        return std::nullopt;
    ++c.p;
    if (c.number(2, &b) == 0 || !c.take(separator))
        return std::nullopt;
    if (a > 12 && b <= 12)
        return DateOrder::DayMonthYear;
    if (b > 12 && a <= 12)
        return DateOrder::MonthDayYear;
    return std::nullopt;
}

money::Amount parseAmount(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    qsizetype i = 0;
    const bool negative = i < t.size() && t[i] == '-';
    if (i < t.size() && (t[i] == '-' || t[i] == '+'))
        ++i;
    // The common case, "1234.5", without converting to UTF-16.
    qint64 whole = 0;
    int digits = 0;
    while (i < t.size() && isDigit(t[i]) && digits < 10) {
        whole = whole * 10 + (t[i++] - '0');
        ++digits;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool simple = digits > 0;
    if (simple && i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && isDigit(t[i]) && fractionDigits < 2) {
            fraction = fraction * 10 + (t[i++] - '0');
            ++fractionDigits;
        }
        simple = fractionDigits > 0;
    }
    const qint64 cents = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction);
    if (simple && i == t.size() && cents <= money::maxCents)
        return money::Amount{negative ? -cents : cents, money::AmountError::None};
    if (!excelMangling(t).isEmpty())
        return money::Amount{};
    // Currency signs, separators, trailing zeros, the limits: the general parser.
    return money::parseAmount(QString::fromUtf8(t));
}

std::optional<qint64> parseCents(QByteArrayView text)
{
    const money::Amount amount = parseAmount(text);
    if (!amount.ok())
        return std::nullopt;
    return amount.cents;
}

std::optional<qint64> parseCount(QByteArrayView text, bool *tooLarge)
{
    const QByteArrayView t = trimmed(text);
    if (tooLarge)
        *tooLarge = false;
    if (t.isEmpty())
        return std::nullopt;
    bool large = false;
    qint64 value = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == ',' && i > 0 && (grouped ? digitsInGroup == 3 : digitsInGroup <= 3)) {
            grouped = true;
            digitsInGroup = 0;
            continue;
        }
        if (!isDigit(c))
            return std::nullopt;
        if (value > maxCount)
            large = true; // keep reading: "99999999999999999999x" is no number at all
        else
            value = value * 10 + (c - '0');
        ++digitsInGroup;
    }
    if (grouped && digitsInGroup != 3)
        return std::nullopt;
    if (large || value > maxCount) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    return value;
}

std::optional<double> parseReal(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> parseFlag(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (isOneOf(t, {"1", "true", "yes", "y", "\xE6\x98\xAF"})) // 是
        return true;
    if (isOneOf(t, {"0", "false", "no", "n", "\xE5\x90\xA6"})) // 否
        return false;
    return std::nullopt;
}

std::optional<char> parseGender(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (isOneOf(t,
                {"m", "male", "man", "1", "\xE7\x94\xB7", "\xE7\x94\xB7\xE6\x80\xA7"})) // 男 男性
        return 'M';
    if (isOneOf(t, {"f", "female", "woman", "2", "\xE5\xA5\xB3", "\xE5\xA5\xB3\xE6\x80\xA7"}))
        return 'F';
    if (isOneOf(t, {"u", "unknown", "0", "-", "\xE6\x9C\xAA\xE7\x9F\xA5"})) // 未知
        return 'U';
    return std::nullopt;
}

std::optional<const char *> parseConsent(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (isOneOf(t, {"yes", "y", "true", "1", "subscribed", "opted_in", "\xE6\x98\xAF",
                    "\xE5\x90\x8C\xE6\x84\x8F"})) // 是 同意
        return "yes";
    if (isOneOf(t, {"no", "n", "false", "0", "unsubscribed", "not_subscribed", "opted_out",
                    "\xE5\x90\xA6", "\xE6\x8B\x92\xE7\xBB\x9D"})) // 否 拒绝
        return "no";
    if (isOneOf(t, {"unknown", "pending", "\xE6\x9C\xAA\xE7\x9F\xA5"})) // 未知
        return "unknown";
    return std::nullopt;
}

QString excelMangling(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t.size() >= 3 && t.startsWith("=\"") && t.endsWith("\""))
        return QStringLiteral("Excel formula %1 instead of a value; export the column as text")
            .arg(QString::fromUtf8(t));
    // d[.ddd]E[+-]dd
    qsizetype i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        ++i;
    const qsizetype mantissaStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    if (i == mantissaStart)
        return {};
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
        ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
    }
    if (i >= t.size() || (t[i] != 'E' && t[i] != 'e'))
        return {};
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        ++i;
    const qsizetype exponentStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    if (i != t.size() || i == exponentStart)
        return {};
    return QStringLiteral("%1 is a long number that Excel turned into scientific notation (its "
                          "last digits are lost); export the column as text")
        .arg(QString::fromUtf8(t));
}

bool looksLikeExcelSerialDate(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    const qsizetype dot = t.indexOf('.');
    const QByteArrayView whole = dot < 0 ? t : t.first(dot);
    if (whole.size() != 5)
        return false;
    for (char c : t) {
        if (!isDigit(c) && c != '.')
            return false;
    }
    const int days = whole.toInt();
    return days >= 20000 && days <= 80000;
}

ListSplitter::ListSplitter(QStringView separators)
{
    for (QChar c : separators) {
        if (c.unicode() < 128)
            m_ascii[c.unicode()] = true;
        else
            m_multiByte.push_back(QString(c).toUtf8());
    }
}

void ListSplitter::split(QByteArrayView text, std::vector<QByteArrayView> &out) const
{
    out.clear();
    qsizetype start = 0, i = 0;
    const qsizetype n = text.size();
    auto addPart = [&](qsizetype end) {
        const QByteArrayView part = trimmed(text.sliced(start, end - start));
        if (!part.isEmpty() && std::find(out.begin(), out.end(), part) == out.end())
            out.push_back(part);
    };
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 128) {
            if (m_ascii[c]) {
                addPart(i);
                start = ++i;
            } else {
                ++i;
            }
            continue;
        }
        bool matched = false;
        for (const QByteArray &separator : m_multiByte) {
            if (text.sliced(i).startsWith(separator)) {
                addPart(i);
                i += separator.size();
                start = i;
                matched = true;
                break;
            }
        }
        if (!matched)
            ++i;
    }
    addPart(n);
}

QByteArray normalizePhone(QByteArrayView text)
{
    QByteArray digits;
    digits.reserve(text.size());
    for (char c : text) {
        if (isDigit(c))
            digits.append(c);
    }
    if (digits.size() == 13 && digits.startsWith("861"))
        digits.remove(0, 2);
    else if (digits.size() == 15 && digits.startsWith("00861"))
        digits.remove(0, 4);
    if (digits.size() < 5)
        return {};
    return digits;
}

QByteArray normalizeEmail(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t.indexOf('@') <= 0)
        return {};
    QByteArray out(t.data(), t.size());
    for (char &c : out)
        c = lower(c);
    return out;
}

} // namespace values
} // namespace siyu
