// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/calendar/contentrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimeZone>

#include <vector>

namespace siyu {

class Workspace;

// The content items of a range of local days that pass a filter, by time: the one model the
// calendar's month, week and agenda views show. Rows are items; the columns are the agenda's.
class ContentCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        StatusColumn,
        TitleColumn,
        GroupColumn,
        ChannelColumn,
        OwnerColumn,
        CampaignColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // row id (qint64)
        TimeRole,                  // epoch seconds
        DayRole,                   // local QDate
        KindRole,                  // stored key
        StatusRole,                // stored key
        GroupRefRole,
        SeriesRole, // the series' row id, 0 when none
    };

    explicit ContentCalendarModel(QObject *parent = nullptr);

    // nullptr drops every row.
    void setWorkspace(Workspace *workspace);
    // The local days [firstDay, endDay) in the workspace's time zone.
    void setRange(const QDate &firstDay, const QDate &endDay);
    void setFilter(const ContentFilter &filter);
    const ContentFilter &filter() const { return m_filter; }
    QDate firstDay() const { return m_firstDay; }
    QDate endDay() const { return m_endDay; }
    QTimeZone timeZone() const { return m_zone; }
    // Reads the rows again (after a change in the store).
    void reload();
    const QString &lastError() const { return m_error; }

    const ContentItem &item(int row) const { return m_items[size_t(row)]; }
    const std::vector<ContentItem> &items() const { return m_items; }
    QDate dayOf(int row) const { return m_days[size_t(row)]; }
    // The row of the item with this row id, or -1.
    int rowOf(qint64 id) const;
    // The first row on `day` and the row past the last one (equal when the day has none).
    std::pair<int, int> rowsOn(const QDate &day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    QVariant display(const ContentItem &item, int row, int column) const;

    Workspace *m_workspace = nullptr;
    QTimeZone m_zone;
    QDate m_firstDay;
    QDate m_endDay;
    ContentFilter m_filter;
    std::vector<ContentItem> m_items;
    std::vector<QDate> m_days;
    QString m_error;
};

} // namespace siyu
