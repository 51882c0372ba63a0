// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace siyu::icalendar {

// A VCALENDAR (RFC 5545) with one VEVENT per item: CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, DTSTART in UTC (never floating), DTSTAMP `stamp`
// (epoch seconds), a UID that depends on the item's content_id alone, SUMMARY the title and
// CATEGORIES the kind.
QByteArray write(const std::vector<ContentItem> &items, qint64 stamp,
                 const QString &calendarName = {});

// Pieces of the writer, for its tests.
QString escapeText(const QString &text);
QByteArray foldLine(const QByteArray &utf8Line);
QByteArray uidOf(const ContentItem &item);

} // namespace siyu::icalendar
