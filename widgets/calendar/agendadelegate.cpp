// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/agendadelegate.h"

#include "models/items/contentcalendarmodel.h"

#include <QDateTime>
#include <QPainter>

namespace siyu {

bool AgendaDelegate::startsDay(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    return above.data(ContentCalendarModel::DayRole) != index.data(ContentCalendarModel::DayRole);
}

void AgendaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != ContentCalendarModel::TimeColumn)
        return;
    if (startsDay(index)) {
        option->font.setBold(true);
        return;
    }
    // Later items of the day: the time alone, under the day above.
    const auto *model = qobject_cast<const ContentCalendarModel *>(index.model());
    if (!model)
        return;
    const qint64 at = index.data(ContentCalendarModel::TimeRole).toLongLong();
    option->text =
        QDateTime::fromSecsSinceEpoch(at, model->timeZone()).toString(QStringLiteral("HH:mm"));
    option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

void AgendaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() > 0 && startsDay(index)) {
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }
}

} // namespace siyu
