// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/contentcalendarmodel.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTime>

namespace siyu {

class ContentCalendarModel;
struct ContentItem;

// What the calendar shows on a day besides its items: a warning (over the push limit) and
// the groups that usually get posts but have none planned (gaps).
struct DayMarks
{
    QString warning;
    QStringList gapGroups;
};

// The month and week views' common part: painted straight from the model (no widget per
// item), one current day, a selection of items, drag to reschedule, and the keys (arrows move
// between days, Enter opens, Delete deletes, Ctrl+D duplicates).
class CalendarGridView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit CalendarGridView(QWidget *parent = nullptr);

    void setModel(ContentCalendarModel *model);
    ContentCalendarModel *model() const { return m_model; }
    void setMarks(QHash<QDate, DayMarks> marks);

    QDate currentDay() const { return m_current; }
    // Today in the workspace's time zone (the model's).
    QDate today() const;
    void setCurrentDay(const QDate &day);
    QList<qint64> selectedIds() const;
    void setSelectedIds(const QList<qint64> &ids);

    // What lies under a point of the viewport: an item (its model row) and/or a day and time.
    struct Hit
    {
        int row = -1;
        QDate day;
        QTime time; // invalid where the view has no time (month)
    };
    virtual Hit hitTest(const QPoint &pos) const = 0;
    // The viewport rectangle of the item at `row` (empty when it is not shown).
    virtual QRect itemRect(int row) const = 0;

signals:
    void currentDayChanged(const QDate &day);
    void openRequested(qint64 id);
    void createRequested(const QDate &day, const QTime &time);
    void deleteRequested(const QList<qint64> &ids);
    void duplicateRequested(const QList<qint64> &ids);
    void moveToDayRequested(qint64 id, const QDate &day);
    void rescheduleRequested(qint64 id, const QDate &day, const QTime &time);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    // Drops the item at `row` where `hit` points.
    virtual void drop(int row, const Hit &hit) = 0;
    virtual void relayout() {}

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Tooltips: the item's title, kind, status, group and owner, and the day's marks.
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

    bool isSelected(qint64 id) const { return m_selected.contains(id); }
    const DayMarks *marksOf(const QDate &day) const;
    // While an item is dragged: its row and where it would land.
    int draggedRow() const { return m_dragging ? m_pressRow : -1; }
    const Hit &dropHit() const { return m_dropHit; }
    // The colours of an item's block, by kind, lighter while not yet final.
    static void itemColors(const ContentItem &item, bool selected, QColor *fill, QColor *text);

private:
    void modelChanged();

    QPointer<ContentCalendarModel> m_model;
    QHash<QDate, DayMarks> m_marks;
    QDate m_current;
    QSet<qint64> m_selected;
    int m_pressRow = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    Hit m_dropHit;
};

} // namespace siyu
