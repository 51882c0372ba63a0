// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/monthview.h"

#include "models/items/contentcalendarmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace siyu {

namespace {

constexpr int weeks = 6;
constexpr int dayNumberHeight = 20;

} // namespace

MonthView::MonthView(QWidget *parent) : CalendarGridView(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(560, 420);
    setMonth(QDate::currentDate());
}

QDate MonthView::firstDayOfGrid(const QDate &month)
{
    const QDate first(month.year(), month.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

void MonthView::setMonth(const QDate &day)
{
    const QDate month(day.year(), day.month(), 1);
    if (month == m_month)
        return;
    m_month = month;
    m_first = firstDayOfGrid(month);
    viewport()->update();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 3;
}

QRect MonthView::cellRect(const QDate &day) const
{
    const qint64 index = m_first.daysTo(day);
    if (index < 0 || index >= 7 * weeks)
        return {};
    const QRect area = viewport()->rect().adjusted(0, headerHeight(), 0, 0);
    const int column = int(index % 7);
    const int row = int(index / 7);
    const int x0 = area.left() + area.width() * column / 7;
    const int x1 = area.left() + area.width() * (column + 1) / 7;
    const int y0 = area.top() + area.height() * row / weeks;
    const int y1 = area.top() + area.height() * (row + 1) / weeks;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

int MonthView::linesPerCell() const
{
    const int cellHeight = (viewport()->height() - headerHeight()) / weeks;
    return std::max(0, (cellHeight - dayNumberHeight - 2) / lineHeight());
}

QRect MonthView::lineRect(const QRect &cell, int line) const
{
    return QRect(cell.left() + 2, cell.top() + dayNumberHeight + line * lineHeight(),
                 cell.width() - 4, lineHeight() - 1);
}

CalendarGridView::Hit MonthView::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (pos.y() < headerHeight())
        return hit;
    for (int i = 0; i < 7 * weeks; ++i) {
        const QDate day = m_first.addDays(i);
        const QRect cell = cellRect(day);
        if (!cell.contains(pos))
            continue;
        hit.day = day;
        if (!model())
            return hit;
        const auto [first, last] = model()->rowsOn(day);
        const int lines = linesPerCell();
        const int shown = last - first <= lines ? last - first : std::max(0, lines - 1);
        for (int line = 0; line < shown; ++line) {
            if (lineRect(cell, line).contains(pos))
                hit.row = first + line;
        }
        return hit;
    }
    return hit;
}

QRect MonthView::itemRect(int row) const
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return {};
    const QDate day = model()->dayOf(row);
    const QRect cell = cellRect(day);
    if (cell.isEmpty())
        return {};
    const auto [first, last] = model()->rowsOn(day);
    const int lines = linesPerCell();
    const int shown = last - first <= lines ? last - first : std::max(0, lines - 1);
    return row - first < shown ? lineRect(cell, row - first) : QRect();
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const Hit hit = hitTest(pos);
    if (hit.row < 0 && hit.day.isValid() && model()) {
        const auto [first, last] = model()->rowsOn(hit.day);
        const int lines = linesPerCell();
        if (last - first > lines && lines > 0 &&
            lineRect(cellRect(hit.day), lines - 1).contains(pos)) {
            emit moreRequested(hit.day);
            return;
        }
    }
    CalendarGridView::mousePressEvent(event);
}

void MonthView::drop(int row, const Hit &hit)
{
    const ContentItem &item = model()->item(row);
    if (hit.day != model()->dayOf(row))
        emit moveToDayRequested(item.id, hit.day);
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    const QLocale locale;
    const int header = headerHeight();
    for (int column = 0; column < 7; ++column) {
        const QRect cell = cellRect(m_first.addDays(column));
        const QRect rect(cell.left(), 0, cell.width(), header);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect, Qt::AlignCenter,
                   locale.standaloneDayName(column + 1, QLocale::ShortFormat));
    }
    for (int i = 0; i < 7 * weeks; ++i) {
        const QDate day = m_first.addDays(i);
        paintCell(p, day, cellRect(day));
    }
    if (draggedRow() >= 0 && dropHit().day.isValid()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(dropHit().day).adjusted(1, 1, -1, -1));
    }
}

void MonthView::paintCell(QPainter &p, const QDate &day, const QRect &cell) const
{
    const QPalette &pal = palette();
    const bool inMonth = day.month() == m_month.month();
    p.fillRect(cell, inMonth ? pal.base() : pal.alternateBase());
    const DayMarks *marks = marksOf(day);
    if (marks && !marks->gapGroups.isEmpty()) {
        // A gap: a dashed frame in amber.
        p.setPen(QPen(QColor(0xd9, 0x8c, 0x1a), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(2, 2, -3, -3));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(cell.topRight(), cell.bottomRight());
    p.drawLine(cell.bottomLeft(), cell.bottomRight());
    // The day number; today in a filled circle.
    const QRect number(cell.left() + 4, cell.top() + 2, 22, dayNumberHeight - 4);
    if (day == today()) {
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(number, 8, 8);
        p.setPen(pal.color(QPalette::HighlightedText));
    } else {
        p.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
    }
    p.drawText(number, Qt::AlignCenter, QString::number(day.day()));
    if (marks && !marks->warning.isEmpty()) {
        p.setPen(QColor(0xc6, 0x28, 0x28));
        p.drawText(QRect(cell.right() - 22, cell.top() + 2, 20, dayNumberHeight - 4),
                   Qt::AlignCenter, QStringLiteral("\u26a0"));
    }
    if (day == currentDay() && hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(1, 1, -2, -2));
    }
    if (!model())
        return;
    const auto [first, last] = model()->rowsOn(day);
    const int lines = linesPerCell();
    const int shown = last - first <= lines ? last - first : std::max(0, lines - 1);
    const QTimeZone zone = model()->timeZone();
    for (int line = 0; line < shown; ++line) {
        const ContentItem &item = model()->item(first + line);
        const QRect rect = lineRect(cell, line);
        QColor fill;
        QColor text;
        itemColors(item, isSelected(item.id), &fill, &text);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(rect, 3, 3);
        p.setPen(text);
        const QString label = QDateTime::fromSecsSinceEpoch(item.scheduledAt, zone)
                                  .toString(QStringLiteral("HH:mm")) +
                              QLatin1Char(' ') + content::statusMark(item.status) +
                              QLatin1Char(' ') + item.title;
        p.drawText(rect.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, rect.width() - 6));
    }
    if (shown < last - first) {
        p.setPen(pal.color(QPalette::Link));
        p.drawText(lineRect(cell, shown).adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("+%1 more").arg(last - first - shown));
    }
}

} // namespace siyu
