// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/calendar/calendargridview.h"

#include <vector>

namespace siyu {

class ContentCalendarModel;

// Seven days across from a Monday, the hours of the day down (scrolling), each item a block at
// its time, side by side where they overlap. Drag a block to another day or time (in steps of
// 15 minutes) to reschedule it; double-click a free slot to plan an item there.
class WeekView : public CalendarGridView
{
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);

    void setWeek(const QDate &day); // any day of the week
    QDate monday() const { return m_monday; }

    // A block in content coordinates (before scrolling).
    struct Block
    {
        int row;
        QRect rect;
    };
    // Lays out the rows of `model` in the week of `monday` for a content area `width` wide
    // with hours `hourHeight` high, a time gutter `gutter` wide: pure, for tests and benchmarks.
    static std::vector<Block> layout(const ContentCalendarModel &model, const QDate &monday,
                                     int width, int gutter, int hourHeight, int minBlockHeight);

    Hit hitTest(const QPoint &pos) const override;
    QRect itemRect(int row) const override;
    int hourHeight() const { return m_hourHeight; }
    int gutterWidth() const;
    // Scrolls so that `time` is at the top (8:00 when the view opens).
    void scrollToTime(const QTime &time);
    // The viewport point of a day and time.
    QPoint pointOf(const QDate &day, const QTime &time) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void drop(int row, const Hit &hit) override;
    void relayout() override;
    void scrollContentsBy(int dx, int dy) override;

private:
    class Header;
    int dayLeft(int column) const;
    int headerHeight() const;
    void paintGrid(QPainter &p) const;
    void paintBlocks(QPainter &p) const;
    void updateHeader();

    QDate m_monday;
    int m_hourHeight = 44;
    std::vector<Block> m_blocks;
    Header *m_header = nullptr;
};

} // namespace siyu
