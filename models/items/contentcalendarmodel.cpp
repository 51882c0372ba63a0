// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/contentcalendarmodel.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/store/workspace.h"

#include <QColor>

#include <algorithm>

namespace siyu {

ContentCalendarModel::ContentCalendarModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContentCalendarModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_zone = workspace ? workspace->timeZone() : QTimeZone::systemTimeZone();
    reload();
}

void ContentCalendarModel::setRange(const QDate &firstDay, const QDate &endDay)
{
    if (firstDay == m_firstDay && endDay == m_endDay)
        return;
    m_firstDay = firstDay;
    m_endDay = endDay;
    reload();
}

void ContentCalendarModel::setFilter(const ContentFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ContentCalendarModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_days.clear();
    m_error.clear();
    if (m_workspace && m_firstDay.isValid() && m_endDay.isValid() && m_firstDay < m_endDay) {
        ContentRepository repository(*m_workspace);
        auto items = repository.list(timeutil::startOfDay(m_firstDay, m_zone),
                                     timeutil::startOfDay(m_endDay, m_zone), m_filter);
        if (items) {
            m_items = std::move(*items);
            m_days.reserve(m_items.size());
            for (const ContentItem &item : m_items)
                m_days.push_back(timeutil::localDate(item.scheduledAt, m_zone));
        } else {
            m_error = items.error().toString();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

int ContentCalendarModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

std::pair<int, int> ContentCalendarModel::rowsOn(const QDate &day) const
{
    const auto first = std::lower_bound(m_days.begin(), m_days.end(), day);
    const auto last = std::upper_bound(first, m_days.end(), day);
    return {int(first - m_days.begin()), int(last - m_days.begin())};
}

int ContentCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ContentCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentCalendarModel::display(const ContentItem &item, int row, int column) const
{
    switch (column) {
    case TimeColumn: {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(item.scheduledAt, m_zone);
        return QString(units::shortDate(m_days[size_t(row)]) + QLatin1Char(' ') +
                       at.toString(QStringLiteral("HH:mm")));
    }
    case KindColumn:
        return content::kindLabel(item.kind);
    case StatusColumn:
        return content::statusLabel(item.status);
    case TitleColumn:
        return item.title;
    case GroupColumn:
        return item.groupName;
    case ChannelColumn:
        return item.channel;
    case OwnerColumn:
        return item.owner;
    case CampaignColumn:
        return item.campaignName;
    default:
        return {};
    }
}

QVariant ContentCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ContentItem &it = m_items[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return display(it, row, index.column());
    case Qt::DecorationRole:
        return index.column() == KindColumn ? QVariant(content::kindColor(it.kind)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(it.title) : QVariant();
    case IdRole:
        return it.id;
    case TimeRole:
        return it.scheduledAt;
    case DayRole:
        return m_days[size_t(row)];
    case KindRole:
        return it.kind;
    case StatusRole:
        return it.status;
    case GroupRefRole:
        return it.groupRef;
    case SeriesRole:
        return it.seriesRef;
    default:
        return {};
    }
}

QVariant ContentCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case GroupColumn:
        return tr("Group");
    case ChannelColumn:
        return tr("Channel");
    case OwnerColumn:
        return tr("Owner");
    case CampaignColumn:
        return tr("Campaign");
    default:
        return {};
    }
}

} // namespace siyu
