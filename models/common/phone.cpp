// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/phone.h"

#include <QCoreApplication>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace siyu::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::phone", text);
}

const PhoneNumberUtil &util()
{
    // libphonenumber logs to stdout by default, with the number in the message: personal data
    // stays out of every output.
    static const PhoneNumberUtil *instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger);
        return u;
    }();
    return *instance;
}

std::string regionCode(QStringView region)
{
    return region.trimmed().toString().toUpper().toStdString();
}

QString parseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return tr("the country code is missing or unknown");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return tr("too short for a phone number");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return tr("too long for a phone number");
    case PhoneNumberUtil::NOT_A_NUMBER:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    return tr("not a phone number");
}

QString invalidReason(const PhoneNumber &number)
{
    std::string region;
    util().GetRegionCodeForCountryCode(number.country_code(), &region);
    const QString where =
        QStringLiteral("%1 (+%2)").arg(QString::fromStdString(region)).arg(number.country_code());
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        return tr("too short for a phone number of %1").arg(where);
    case PhoneNumberUtil::TOO_LONG:
        return tr("too long for a phone number of %1").arg(where);
    case PhoneNumberUtil::INVALID_LENGTH:
        return tr("no phone number of %1 has this many digits").arg(where);
    default:
        return tr("no phone number of %1 starts with these digits").arg(where);
    }
}

bool hasLetters(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool isSeparator(QChar c)
{
    return QStringView(u" -+().\u00a0\u3000").contains(c);
}

bool parseNumber(const QString &e164, PhoneNumber *number)
{
    return e164.startsWith(QLatin1Char('+')) &&
           util().Parse(e164.toStdString(), "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString format(const QString &e164, PhoneNumberUtil::PhoneNumberFormat style)
{
    PhoneNumber number;
    if (!parseNumber(e164, &number))
        return e164;
    std::string out;
    util().Format(number, style, &out);
    return QString::fromStdString(out);
}

} // namespace

Parsed parse(QStringView text, QStringView defaultRegion)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {{}, tr("no phone number")};
    // libphonenumber reads letters as keypad digits (1-800-FLOWERS); a member's number is digits.
    if (hasLetters(trimmed))
        return {{}, tr("a phone number has no letters")};
    PhoneNumber number;
    const auto error =
        util().Parse(trimmed.toString().toStdString(), regionCode(defaultRegion), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR)
        return {{}, parseError(error)};
    if (number.has_extension())
        return {{}, tr("not a phone number")};
    if (!util().IsValidNumber(number))
        return {{}, invalidReason(number)};
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), {}};
}

Parsed parse(QByteArrayView utf8, QStringView defaultRegion)
{
    return parse(QString::fromUtf8(utf8), defaultRegion);
}

QString formatInternational(const QString &e164)
{
    return format(e164, PhoneNumberUtil::INTERNATIONAL);
}

QString formatNational(const QString &e164)
{
    return format(e164, PhoneNumberUtil::NATIONAL);
}

int countryCodeLength(QStringView e164)
{
    if (e164.size() < 4 || e164.front() != QLatin1Char('+'))
        return 0;
    for (const QChar c : e164.mid(1)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
    }
    // Country codes are prefix-free: the first one to three digits that are a code are the one.
    for (int length = 1; length <= 3; ++length) {
        std::string region;
        util().GetRegionCodeForCountryCode(e164.mid(1, length).toInt(), &region);
        if (region != "ZZ")
            return length;
    }
    return 0;
}

QString searchForm(QStringView text, QStringView defaultRegion)
{
    const QStringView trimmed = text.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (!isSeparator(c))
            return {};
    }
    if (digits.size() < 3)
        return {};
    const Parsed parsed = parse(trimmed, defaultRegion);
    return parsed.valid() ? parsed.e164 : digits;
}

QStringList supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList out;
    out.reserve(int(regions.size()));
    for (const std::string &region : regions)
        out << QString::fromStdString(region);
    return out;
}

int callingCode(QStringView region)
{
    return util().GetCountryCodeForRegion(regionCode(region));
}

} // namespace siyu::phone
