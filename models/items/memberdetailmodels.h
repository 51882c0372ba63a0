// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace siyu {

class MemberEditor;

// Small models over the lists inside one MemberRecord, for the member's detail pane. The pane
// hands them the record again after every change.

// Identities: platform and account. Phone, email and WhatsApp numbers are masked unless
// setUnmasked(true).
class MemberIdentitiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        ValueColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecord(const MemberRecord &record);
    void setUnmasked(bool unmasked);
    static QString kindTitle(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<MemberIdentity> m_identities;
    bool m_unmasked = false;
};

// Group memberships, current and past.
class MemberGroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        GroupColumn,
        PlatformColumn,
        RoleColumn,
        JoinedColumn,
        LeftColumn,
        ColumnCount
    };
    enum Role
    {
        GroupRefRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecord(const MemberRecord &record, const QTimeZone &zone);
    static QString roleTitle(const QString &role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<MemberGroupEntry> m_groups;
    QTimeZone m_zone;
};

// Custom fields, sorted by name. Values are editable: setData pushes a command through the
// editor.
class MemberCustomFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };

    explicit MemberCustomFieldsModel(MemberEditor *editor, QObject *parent = nullptr);

    void setRecord(const MemberRecord &record);
    QString fieldName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QPointer<MemberEditor> m_editor;
    qint64 m_ref = 0;
    QStringList m_names;
    QJsonObject m_values;
};

} // namespace siyu
