// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/calendar/calendargridview.h"

namespace siyu {

// Six weeks from the Monday on or before the month's first day, a cell per day with the
// day's items as lines (time, status mark, title) in their kind's colour, as many as fit and
// "+N more". Drag an item to another cell to move it to that day, keeping its time.
class MonthView : public CalendarGridView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    // The month shown (any day in it).
    void setMonth(const QDate &day);
    QDate month() const { return m_month; }
    // The 42 days shown: [firstDay, firstDay + 42).
    QDate firstDay() const { return m_first; }
    static QDate firstDayOfGrid(const QDate &month);

    Hit hitTest(const QPoint &pos) const override;
    QRect itemRect(int row) const override;
    QRect cellRect(const QDate &day) const;

    // How many item lines a cell of the current size shows.
    int linesPerCell() const;

signals:
    // "+N more" was clicked: the day's full list is wanted.
    void moreRequested(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void drop(int row, const Hit &hit) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int headerHeight() const;
    int lineHeight() const;
    QRect lineRect(const QRect &cell, int line) const;
    void paintCell(QPainter &p, const QDate &day, const QRect &cell) const;

    QDate m_month;
    QDate m_first;
};

} // namespace siyu
