// SPDX-License-Identifier: GPL-3.0-or-later
// The value parser: amounts, dates in every order, counts, reals, flags and the other small
// values of an imported cell. Amounts must be exact: whatever is accepted lies within the
// limit and reads back to itself once formatted.
#include "fuzzsupport.h"

#include "models/common/money.h"
#include "models/common/phone.h"
#include "models/import/localtimeconverter.h"
#include "models/import/valueparser.h"

#include <QTimeZone>

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace siyu;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const money::Amount amount = values::parseAmount(bytes);
    const money::Amount wide = money::parseAmount(QString::fromUtf8(bytes));
    if (amount.ok()) {
        fuzz::require(amount.cents <= money::maxCents && amount.cents >= -money::maxCents);
        const money::Amount again = values::parseAmount(money::formatCents(amount.cents).toUtf8());
        fuzz::require(again.ok() && again.cents == amount.cents);
    }
    if (wide.ok())
        fuzz::require(wide.cents <= money::maxCents && wide.cents >= -money::maxCents);

    static LocalTimeConverter shanghai{QTimeZone("Asia/Shanghai")};
    static LocalTimeConverter newYork{QTimeZone("America/New_York")};
    for (const DateOrder order : {DateOrder::Auto, DateOrder::DayMonthYear, DateOrder::MonthDayYear,
                                  DateOrder::YearMonthDay}) {
        values::parseDateTime(bytes, shanghai, order);
        values::parseDateTime(bytes, newYork, order);
    }
    values::dateOrderHint(bytes);
    if (const auto n = values::parseCount(bytes))
        fuzz::require(*n >= 0);
    values::parseReal(bytes);
    values::parseFlag(bytes);
    values::parseGender(bytes);
    values::parseConsent(bytes);
    values::excelMangling(bytes);
    values::looksLikeExcelSerialDate(bytes);
    values::normalizePhone(bytes);
    // A number accepted is stored in E.164, which reads back to itself in any region.
    for (const char16_t *region : {u"CN", u"US", u"GB"}) {
        const phone::Parsed parsed = phone::parse(QByteArrayView(bytes), region);
        fuzz::require(parsed.valid() != !parsed.error.isEmpty());
        if (parsed.valid())
            fuzz::require(phone::parse(parsed.e164, u"BR").e164 == parsed.e164);
    }
    values::normalizeEmail(bytes);
    std::vector<QByteArrayView> parts;
    values::ListSplitter(u",;、|").split(bytes, parts);
    for (const QByteArrayView part : parts)
        fuzz::require(!part.isEmpty());
    return 0;
}
