// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/weekview.h"

#include "models/items/contentcalendarmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace siyu {

namespace {

constexpr int snapMinutes = 15;
// Narrower lanes than this stack their blocks instead.
constexpr int minLaneWidth = 64;

int durationMinutes(const ContentItem &item)
{
    return item.kind == QLatin1String("live_stream") ? 60 : 30;
}

} // namespace

// The day names above the columns, fixed while the hours scroll.
class WeekView::Header : public QWidget
{
public:
    explicit Header(WeekView *view) : QWidget(view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QPalette &pal = palette();
        p.fillRect(rect(), pal.window());
        const QLocale locale;
        for (int column = 0; column < 7; ++column) {
            const QDate day = m_view->monday().addDays(column);
            const QRect cell(m_view->dayLeft(column), 0,
                             m_view->dayLeft(column + 1) - m_view->dayLeft(column), height());
            const bool today = day == m_view->today();
            if (today) {
                p.setPen(Qt::NoPen);
                p.setBrush(pal.color(QPalette::Highlight));
                p.drawRoundedRect(cell.adjusted(4, 4, -4, -4), 6, 6);
            }
            p.setPen(today ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
            const QString label = locale.standaloneDayName(column + 1, QLocale::ShortFormat) +
                                  QLatin1Char(' ') + locale.toString(day, QStringLiteral("M/d"));
            p.drawText(cell, Qt::AlignCenter, label);
            if (const DayMarks *marks = m_view->marksOf(day); marks && !marks->warning.isEmpty()) {
                p.setPen(QColor(0xc6, 0x28, 0x28));
                p.drawText(cell.adjusted(0, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight,
                           QStringLiteral("\u26a0"));
            }
            if (const DayMarks *marks = m_view->marksOf(day);
                marks && !marks->gapGroups.isEmpty()) {
                p.setPen(QPen(QColor(0xd9, 0x8c, 0x1a), 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell.adjusted(2, 2, -3, -3));
            }
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(rect().bottomLeft(), rect().bottomRight());
    }

private:
    WeekView *m_view;
};

WeekView::WeekView(QWidget *parent) : CalendarGridView(parent), m_header(new Header(this))
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(560, 360);
    setViewportMargins(0, headerHeight(), 0, 0);
    verticalScrollBar()->setSingleStep(m_hourHeight / 4);
    setWeek(QDate::currentDate());
    scrollToTime(QTime(8, 0));
}

void WeekView::setWeek(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    relayout();
    viewport()->update();
    m_header->update();
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 14;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 14;
}

int WeekView::dayLeft(int column) const
{
    const int gutter = gutterWidth();
    return gutter + (viewport()->width() - gutter) * column / 7;
}

void WeekView::updateHeader()
{
    m_header->setGeometry(viewport()->x(), frameWidth(), viewport()->width(), headerHeight());
    m_header->update();
}

std::vector<WeekView::Block> WeekView::layout(const ContentCalendarModel &model,
                                              const QDate &monday, int width, int gutter,
                                              int hourHeight, int minBlockHeight)
{
    std::vector<Block> blocks;
    const QTimeZone zone = model.timeZone();
    for (int column = 0; column < 7; ++column) {
        const QDate day = monday.addDays(column);
        const auto [first, last] = model.rowsOn(day);
        const int left = gutter + (width - gutter) * column / 7;
        const int right = gutter + (width - gutter) * (column + 1) / 7;
        // Lanes: each block takes the first lane free at its top; a day's blocks share its
        // width by the number of lanes the day needs.
        std::vector<int> laneEnds;
        std::vector<std::pair<int, int>> placed; // (lane, row)
        std::vector<QRect> spans;
        for (int row = first; row < last; ++row) {
            const ContentItem &item = model.item(row);
            const QTime time = QDateTime::fromSecsSinceEpoch(item.scheduledAt, zone).time();
            const int top = (time.hour() * 60 + time.minute()) * hourHeight / 60;
            const int height = std::max(minBlockHeight, durationMinutes(item) * hourHeight / 60);
            size_t lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > top)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.push_back(0);
            laneEnds[lane] = top + height;
            placed.push_back({int(lane), row});
            spans.push_back(QRect(0, top, 0, height));
        }
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        const int laneWidth = std::max(4, (right - left - 4) / lanes);
        if (laneWidth >= minLaneWidth) {
            for (size_t i = 0; i < placed.size(); ++i) {
                const int x = left + 2 + placed[i].first * laneWidth;
                blocks.push_back({placed[i].second,
                                  QRect(x, spans[i].top(), laneWidth - 2, spans[i].height() - 1)});
            }
            continue;
        }
        // Too many side by side to read: one under the other from their time, a line each.
        int bottom = 0;
        for (size_t i = 0; i < placed.size(); ++i) {
            const int top = std::max(spans[i].top(), bottom);
            blocks.push_back(
                {placed[i].second, QRect(left + 2, top, right - left - 4, minBlockHeight - 1)});
            bottom = top + minBlockHeight;
        }
    }
    return blocks;
}

void WeekView::relayout()
{
    verticalScrollBar()->setRange(0, std::max(0, 24 * m_hourHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    m_blocks = model() ? layout(*model(), m_monday, viewport()->width(), gutterWidth(),
                                m_hourHeight, fontMetrics().height() + 4)
                       : std::vector<Block>();
    updateHeader();
}

void WeekView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void WeekView::scrollToTime(const QTime &time)
{
    verticalScrollBar()->setValue((time.hour() * 60 + time.minute()) * m_hourHeight / 60);
}

QPoint WeekView::pointOf(const QDate &day, const QTime &time) const
{
    const int column = int(m_monday.daysTo(day));
    const int y =
        (time.hour() * 60 + time.minute()) * m_hourHeight / 60 - verticalScrollBar()->value();
    return QPoint((dayLeft(column) + dayLeft(column + 1)) / 2, y);
}

CalendarGridView::Hit WeekView::hitTest(const QPoint &pos) const
{
    Hit hit;
    const int column = [&] {
        for (int c = 0; c < 7; ++c) {
            if (pos.x() >= dayLeft(c) && pos.x() < dayLeft(c + 1))
                return c;
        }
        return -1;
    }();
    if (column < 0)
        return hit;
    const int y = pos.y() + verticalScrollBar()->value();
    const int minutes = std::clamp(y * 60 / m_hourHeight, 0, 24 * 60 - 1);
    hit.day = m_monday.addDays(column);
    const int snapped = minutes / snapMinutes * snapMinutes;
    hit.time = QTime(snapped / 60, snapped % 60);
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        if (it->rect.translated(0, -verticalScrollBar()->value()).contains(pos)) {
            hit.row = it->row;
            break;
        }
    }
    return hit;
}

QRect WeekView::itemRect(int row) const
{
    for (const Block &block : m_blocks) {
        if (block.row == row)
            return block.rect.translated(0, -verticalScrollBar()->value());
    }
    return {};
}

void WeekView::drop(int row, const Hit &hit)
{
    const ContentItem &item = model()->item(row);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(item.scheduledAt, model()->timeZone());
    if (hit.day != at.date() || hit.time != at.time())
        emit rescheduleRequested(item.id, hit.day, hit.time);
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().base());
    p.translate(0, -verticalScrollBar()->value());
    paintGrid(p);
    paintBlocks(p);
}

void WeekView::paintGrid(QPainter &p) const
{
    const QPalette &pal = palette();
    const int width = viewport()->width();
    const int column = int(m_monday.daysTo(currentDay()));
    if (column >= 0 && column < 7 && hasFocus())
        p.fillRect(
            QRect(dayLeft(column), 0, dayLeft(column + 1) - dayLeft(column), 24 * m_hourHeight),
            pal.color(QPalette::AlternateBase));
    for (int hour = 0; hour < 24; ++hour) {
        const int y = hour * m_hourHeight;
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(gutterWidth(), y, width, y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y, gutterWidth() - 6, fontMetrics().height() + 2),
                   Qt::AlignRight | Qt::AlignTop,
                   QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    p.setPen(pal.color(QPalette::Mid));
    for (int c = 0; c <= 7; ++c)
        p.drawLine(dayLeft(c), 0, dayLeft(c), 24 * m_hourHeight);
    // The present moment, as a line across today.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(
        model() ? model()->timeZone() : QTimeZone::systemTimeZone());
    const int today = int(m_monday.daysTo(now.date()));
    if (today >= 0 && today < 7) {
        const int y = (now.time().hour() * 60 + now.time().minute()) * m_hourHeight / 60;
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
        p.drawLine(dayLeft(today), y, dayLeft(today + 1), y);
    }
}

void WeekView::paintBlocks(QPainter &p) const
{
    if (!model())
        return;
    const QTimeZone zone = model()->timeZone();
    const int top = verticalScrollBar()->value();
    const QRect visible(0, top, viewport()->width(), viewport()->height());
    for (const Block &block : m_blocks) {
        if (!block.rect.intersects(visible))
            continue;
        const ContentItem &item = model()->item(block.row);
        QColor fill;
        QColor text;
        itemColors(item, isSelected(item.id), &fill, &text);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(block.rect, 3, 3);
        p.setPen(text);
        const QString time =
            QDateTime::fromSecsSinceEpoch(item.scheduledAt, zone).toString(QStringLiteral("HH:mm"));
        const QString first = time + QLatin1Char(' ') + content::statusMark(item.status) +
                              QLatin1Char(' ') + item.title;
        const QRect area = block.rect.adjusted(4, 1, -2, -1);
        p.save();
        p.setClipRect(block.rect);
        if (area.height() < 2 * fontMetrics().lineSpacing()) {
            p.drawText(area, Qt::AlignTop | Qt::AlignLeft,
                       fontMetrics().elidedText(first, Qt::ElideRight, area.width()));
        } else {
            const QString label =
                item.groupName.isEmpty() ? first : first + QLatin1Char('\n') + item.groupName;
            p.drawText(area, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, label);
        }
        p.restore();
    }
    if (draggedRow() >= 0 && dropHit().day.isValid()) {
        // Where the dragged block would land.
        const ContentItem &item = model()->item(draggedRow());
        const QPoint at = pointOf(dropHit().day, dropHit().time) + QPoint(0, top);
        const int column = int(m_monday.daysTo(dropHit().day));
        const QRect ghost(
            dayLeft(column) + 2, at.y(), dayLeft(column + 1) - dayLeft(column) - 4,
            std::max(fontMetrics().height() + 4, durationMinutes(item) * m_hourHeight / 60));
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(ghost, 3, 3);
        p.drawText(ghost.adjusted(4, 1, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                   dropHit().time.toString(QStringLiteral("HH:mm")));
    }
}

} // namespace siyu
