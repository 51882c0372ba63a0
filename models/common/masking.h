// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace siyu::masking {

// Personal data shown in lists and exports is masked unless the user explicitly asks (and the
// audit log records that). Masking keeps enough to tell members apart, not to contact them.

// "13812345678" -> "138****5678": the first 3 and last 4 digits stay, every other digit
// becomes '*', separators go; a country code written apart, or of a number in E.164, stays
// ("+86 138 1234 5678" and "+8613812345678" -> "+86 138****5678").
// Numbers of 7 digits or fewer keep only their last 2 digits, numbers of 2 digits or fewer are
// masked entirely.
QString phone(QStringView text);

// "alice@example.com" -> "a***@example.com": the first character of the local part, then
// "***", then the domain. Text without '@' keeps its first character only.
QString email(QStringView text);

// Whether a text is written as a phone number (7 digits or more, with only + - ( ) . and
// spaces between) or as an email address: such a text is personal data wherever it stands.
bool looksLikePhone(QStringView text);
bool looksLikeEmail(QStringView text);

} // namespace siyu::masking
