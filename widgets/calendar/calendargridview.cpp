// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/calendargridview.h"

#include "models/items/contentcalendarmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>

namespace siyu {

CalendarGridView::CalendarGridView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    setFrameShape(QFrame::NoFrame);
}

void CalendarGridView::setModel(ContentCalendarModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &CalendarGridView::modelChanged);
    modelChanged();
}

void CalendarGridView::modelChanged()
{
    // Items that went out of view leave the selection.
    QSet<qint64> still;
    if (m_model) {
        for (const ContentItem &item : m_model->items()) {
            if (m_selected.contains(item.id))
                still.insert(item.id);
        }
    }
    const bool changed = still != m_selected;
    m_selected = still;
    m_pressRow = -1;
    m_dragging = false;
    relayout();
    viewport()->update();
    if (changed)
        emit selectionChanged();
}

QDate CalendarGridView::today() const
{
    const QTimeZone zone = m_model ? m_model->timeZone() : QTimeZone::systemTimeZone();
    return QDateTime::currentDateTime().toTimeZone(zone).date();
}

void CalendarGridView::setMarks(QHash<QDate, DayMarks> marks)
{
    m_marks = std::move(marks);
    viewport()->update();
}

const DayMarks *CalendarGridView::marksOf(const QDate &day) const
{
    const auto it = m_marks.constFind(day);
    return it == m_marks.cend() ? nullptr : &*it;
}

void CalendarGridView::setCurrentDay(const QDate &day)
{
    if (day == m_current)
        return;
    m_current = day;
    viewport()->update();
    emit currentDayChanged(day);
}

QList<qint64> CalendarGridView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    for (const ContentItem &item : m_model->items()) {
        if (m_selected.contains(item.id))
            ids << item.id;
    }
    return ids;
}

void CalendarGridView::setSelectedIds(const QList<qint64> &ids)
{
    m_selected = QSet<qint64>(ids.cbegin(), ids.cend());
    viewport()->update();
    emit selectionChanged();
}

void CalendarGridView::itemColors(const ContentItem &item, bool selected, QColor *fill,
                                  QColor *text)
{
    const QColor base = content::kindColor(item.kind);
    const bool tentative =
        item.status == QLatin1String("idea") || item.status == QLatin1String("draft");
    *fill = selected ? base.darker(130) : (tentative ? base.lighter(160) : base);
    *text = selected || !tentative ? QColor(Qt::white) : base.darker(220);
}

void CalendarGridView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.day.isValid())
        setCurrentDay(hit.day);
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (hit.row >= 0) {
        const qint64 id = m_model->item(hit.row).id;
        if (toggle)
            m_selected.contains(id) ? void(m_selected.remove(id)) : void(m_selected.insert(id));
        else if (!m_selected.contains(id))
            m_selected = {id};
        if (event->button() == Qt::LeftButton) {
            m_pressRow = hit.row;
            m_pressPos = event->position().toPoint();
        }
    } else if (!toggle && event->button() == Qt::LeftButton) {
        m_selected.clear();
    }
    viewport()->update();
    emit selectionChanged();
}

void CalendarGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressRow < 0)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dropHit = hitTest(pos);
    viewport()->setCursor(Qt::ClosedHandCursor);
    viewport()->update();
}

void CalendarGridView::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = m_pressRow;
    const bool dragged = m_dragging;
    m_pressRow = -1;
    m_dragging = false;
    viewport()->unsetCursor();
    if (dragged && row >= 0 && m_model && row < m_model->rowCount()) {
        const Hit hit = hitTest(event->position().toPoint());
        if (hit.day.isValid())
            drop(row, hit);
    }
    viewport()->update();
}

void CalendarGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.row >= 0)
        emit openRequested(m_model->item(hit.row).id);
    else if (hit.day.isValid())
        emit createRequested(hit.day, hit.time);
}

void CalendarGridView::keyPressEvent(QKeyEvent *event)
{
    const QList<qint64> selected = selectedIds();
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (!selected.isEmpty())
            emit deleteRequested(selected);
        return;
    }
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        if (!selected.isEmpty())
            emit duplicateRequested(selected);
        return;
    }
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        days = layoutDirection() == Qt::RightToLeft ? 1 : -1;
        break;
    case Qt::Key_Right:
        days = layoutDirection() == Qt::RightToLeft ? -1 : 1;
        break;
    case Qt::Key_Up:
        days = -7;
        break;
    case Qt::Key_Down:
        days = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selected.isEmpty()) {
            emit openRequested(selected.constFirst());
        } else if (m_model) {
            const auto [first, last] = m_model->rowsOn(m_current);
            if (first < last)
                emit openRequested(m_model->item(first).id);
            else
                emit createRequested(m_current, {});
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_current.isValid()) {
        m_selected.clear();
        emit selectionChanged();
        setCurrentDay(m_current.addDays(days));
    }
}

void CalendarGridView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos());
}

bool CalendarGridView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Hit hit = hitTest(help->pos());
    QStringList lines;
    if (hit.row >= 0) {
        const ContentItem &item = m_model->item(hit.row);
        lines << item.title
              << content::kindLabel(item.kind) + QStringLiteral(" · ") +
                     content::statusLabel(item.status);
        for (const QString &line : {item.groupName, item.owner}) {
            if (!line.isEmpty())
                lines << line;
        }
    }
    if (const DayMarks *marks = hit.day.isValid() ? marksOf(hit.day) : nullptr) {
        if (!marks->warning.isEmpty())
            lines << marks->warning;
        if (!marks->gapGroups.isEmpty())
            lines << tr("Nothing planned for: %1").arg(marks->gapGroups.join(QStringLiteral(", ")));
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
    return true;
}

void CalendarGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

} // namespace siyu
