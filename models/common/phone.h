// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

// Phone numbers through libphonenumber: every phone Siyu stores is in E.164 ("+8613912345679"),
// so that the same person written "+86 139 1234 5679" by one source and "13912345679" by another
// is one member, and a search by digits finds them however the source spaced them.
namespace siyu::phone {

struct Parsed
{
    QString e164;  // "+8613912345679"; empty unless valid
    QString error; // why the text is not a valid number, translated; never repeats the number
    bool valid() const { return !e164.isEmpty(); }
};

// A number as a person or a source wrote it. Without a country code ("+" or "00") it belongs to
// defaultRegion (ISO 3166, "CN"). Letters, a number too short or too long, or one whose digits
// no number of its region has (a 10-digit Chinese "mobile") are not valid.
Parsed parse(QStringView text, QStringView defaultRegion);
Parsed parse(QByteArrayView utf8, QStringView defaultRegion);

// An E.164 number for reading: "+86 139 1234 5679" (international), "139 1234 5679"
// (national). Text that is not E.164 comes back as it is.
QString formatInternational(const QString &e164);
QString formatNational(const QString &e164);

// How many digits the country code of an E.164 number has ("+8613912345679" -> 2); 0 for
// text that is not a number in E.164.
int countryCodeLength(QStringView e164);

// What a search for a phone number looks for: a text of digits and separators only ("191 5585
// 2826", "+86 191-5585-2826") becomes its E.164 form when it is a valid number, its bare digits
// otherwise (a part of a number); empty for text that does not look like a phone number.
QString searchForm(QStringView text, QStringView defaultRegion);

// The two-letter codes of every region libphonenumber knows, sorted; and one region's calling
// code (86 for "CN"), 0 for a code it does not know.
QStringList supportedRegions();
int callingCode(QStringView region);

} // namespace siyu::phone
