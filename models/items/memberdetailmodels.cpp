// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/memberdetailmodels.h"

#include "models/common/masking.h"
#include "models/common/platforms.h"
#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/membereditor.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

namespace siyu {

namespace {

bool isValidCell(const QAbstractItemModel *model, const QModelIndex &index)
{
    return model->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                        QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

// ---- identities ---------------------------------------------------------------------------

void MemberIdentitiesModel::setRecord(const MemberRecord &record)
{
    beginResetModel();
    m_identities = record.identities;
    endResetModel();
}

void MemberIdentitiesModel::setUnmasked(bool unmasked)
{
    if (unmasked == m_unmasked)
        return;
    m_unmasked = unmasked;
    if (!m_identities.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

QString MemberIdentitiesModel::kindTitle(const QString &kind)
{
    // Identities that are not platforms have their own names; platforms share theirs.
    static const QHash<QString, const char *> titles{
        {QStringLiteral("shop"), QT_TR_NOOP("Shop customer")},
        {QStringLiteral("shopify"), QT_TR_NOOP("Shopify customer")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")}};
    const char *title = titles.value(kind);
    return title ? tr(title) : platforms::title(kind);
}

int MemberIdentitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_identities.size());
}

int MemberIdentitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberIdentitiesModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const MemberIdentity &identity = m_identities.at(index.row());
    if (index.column() == KindColumn)
        return kindTitle(identity.kind);
    if (m_unmasked)
        return identity.value;
    if (identity.kind == QLatin1String("phone") || identity.kind == QLatin1String("whatsapp"))
        return masking::phone(identity.value);
    if (identity.kind == QLatin1String("email"))
        return masking::email(identity.value);
    return identity.value;
}

QVariant MemberIdentitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == KindColumn)
        return tr("Platform");
    if (section == ValueColumn)
        return tr("Account");
    return {};
}

// ---- groups -------------------------------------------------------------------------------

void MemberGroupsModel::setRecord(const MemberRecord &record, const QTimeZone &zone)
{
    beginResetModel();
    m_groups = record.groups;
    m_zone = zone;
    endResetModel();
}

QString MemberGroupsModel::roleTitle(const QString &role)
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    return tr("Member");
}

int MemberGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int MemberGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index))
        return {};
    const MemberGroupEntry &group = m_groups.at(index.row());
    if (role == GroupRefRole)
        return group.groupRef;
    if (role == Qt::ForegroundRole && group.leftAt)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return group.name;
    case PlatformColumn:
        return MemberIdentitiesModel::kindTitle(group.platform);
    case RoleColumn:
        return roleTitle(group.role);
    case JoinedColumn:
        return units::dateOf(group.joinedAt, units::Display::in(m_zone));
    case LeftColumn:
        return group.leftAt ? units::dateOf(*group.leftAt, units::Display::in(m_zone)) : QString();
    default:
        return {};
    }
}

QVariant MemberGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case PlatformColumn:
        return tr("Platform");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    default:
        return {};
    }
}

// ---- custom fields ------------------------------------------------------------------------

MemberCustomFieldsModel::MemberCustomFieldsModel(MemberEditor *editor, QObject *parent)
    : QAbstractTableModel(parent), m_editor(editor)
{}

void MemberCustomFieldsModel::setRecord(const MemberRecord &record)
{
    beginResetModel();
    m_ref = record.ref;
    m_values = record.custom;
    m_names = record.custom.keys();
    m_names.sort(Qt::CaseInsensitive);
    endResetModel();
}

QString MemberCustomFieldsModel::fieldName(int row) const
{
    return row >= 0 && row < m_names.size() ? m_names.at(row) : QString();
}

int MemberCustomFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int MemberCustomFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberCustomFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(this, index) ||
        (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const QString &name = m_names.at(index.row());
    return index.column() == NameColumn ? name : jsonText(m_values.value(name));
}

QVariant MemberCustomFieldsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Field");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

Qt::ItemFlags MemberCustomFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn && m_editor)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MemberCustomFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || !isValidCell(this, index) ||
        !m_editor)
        return false;
    // The edit is a command; the pane hands the model the changed record afterwards.
    return m_editor->setCustomField(m_ref, m_names.at(index.row()), value.toString());
}

} // namespace siyu
