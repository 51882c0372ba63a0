// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace siyu {

class Workspace;

// One member's events and orders, newest first, fetched a page at a time as the view scrolls
// (canFetchMore / fetchMore): a member with years of messages costs one page to open.
class MemberTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhatColumn,
        DetailColumn,
        AmountColumn,
        ColumnCount
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // "event" or "order"
        AtRole,                      // epoch seconds
        AmountCentsRole              // qint64, orders only
    };

    explicit MemberTimelineModel(Workspace &workspace, QObject *parent = nullptr);

    // 0 shows nothing.
    void setMember(qint64 ref);
    qint64 member() const { return m_ref; }
    // Everything there is, fetched or not.
    int totalSize() const { return m_total; }

    static QString eventTitle(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    QVariant display(const TimelineEntry &entry, int column) const;
    QString detail(const TimelineEntry &entry) const;
    QVector<TimelineEntry> nextPage();
    void appendPage();

    Workspace &m_workspace;
    MemberRepository m_repository;
    qint64 m_ref = 0;
    int m_total = 0;
    QVector<TimelineEntry> m_entries;
    bool m_notifying = false;
};

} // namespace siyu
