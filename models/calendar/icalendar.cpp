// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/icalendar.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace siyu::icalendar {

namespace {

QByteArray utcStamp(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

// Live streams run longer than a post takes to go out.
QByteArray durationOf(const ContentItem &item)
{
    return item.kind == QLatin1String("live_stream") ? "PT1H" : "PT30M";
}

QByteArray statusOf(const ContentItem &item)
{
    return item.status == QLatin1String("idea") || item.status == QLatin1String("draft")
               ? "TENTATIVE"
               : "CONFIRMED";
}

QString description(const ContentItem &item)
{
    QStringList lines;
    const auto add = [&lines](const char *label, const QString &value) {
        if (!value.isEmpty())
            lines << QLatin1String(label) + QLatin1String(": ") + value;
    };
    add("Group", item.groupName);
    add("Channel", item.channel);
    add("Status", item.status);
    add("Owner", item.owner);
    add("Campaign", item.campaignName);
    if (!item.body.isEmpty())
        lines << QString() << item.body;
    return lines.join(QLatin1Char('\n'));
}

class Writer
{
public:
    void line(const char *name, const QByteArray &value)
    {
        m_out += foldLine(QByteArray(name) + ':' + value);
        m_out += "\r\n";
    }
    void text(const char *name, const QString &value) { line(name, escapeText(value).toUtf8()); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            continue; // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype lineOctets = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        // The whole UTF-8 sequence that starts here.
        qsizetype length = 1;
        while (i + length < line.size() && (uchar(line.at(i + length)) & 0xc0) == 0x80)
            ++length;
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += line.mid(i, length);
        lineOctets += length;
        i += length;
    }
    return out;
}

QByteArray uidOf(const ContentItem &item)
{
    return QUrl::toPercentEncoding(item.contentId) + "@siyu.content";
}

QByteArray write(const std::vector<ContentItem> &items, qint64 stamp, const QString &calendarName)
{
    Writer w;
    w.line("BEGIN", "VCALENDAR");
    w.line("VERSION", "2.0");
    w.line("PRODID", "-//Siyu//Content calendar " SIYU_VERSION "//EN");
    w.line("CALSCALE", "GREGORIAN");
    w.line("METHOD", "PUBLISH");
    if (!calendarName.isEmpty())
        w.text("X-WR-CALNAME", calendarName);
    const QByteArray dtstamp = utcStamp(stamp);
    for (const ContentItem &item : items) {
        w.line("BEGIN", "VEVENT");
        w.line("UID", uidOf(item));
        w.line("DTSTAMP", dtstamp);
        w.line("DTSTART", utcStamp(item.scheduledAt));
        w.line("DURATION", durationOf(item));
        w.text("SUMMARY", item.title);
        if (!item.kind.isEmpty())
            w.text("CATEGORIES", item.kind);
        w.line("STATUS", statusOf(item));
        if (!item.groupName.isEmpty())
            w.text("LOCATION", item.groupName);
        if (const QString text = description(item); !text.isEmpty())
            w.text("DESCRIPTION", text);
        w.line("END", "VEVENT");
    }
    w.line("END", "VCALENDAR");
    return w.take();
}

} // namespace siyu::icalendar
