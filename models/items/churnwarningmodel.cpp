// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/churnwarningmodel.h"

#include "models/common/units.h"

#include <QLocale>

namespace siyu {

ChurnWarningModel::ChurnWarningModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChurnWarningModel::setList(std::shared_ptr<const churnwarninglist::List> list,
                                const QTimeZone &zone)
{
    beginResetModel();
    m_list = std::move(list);
    m_zone = zone;
    endResetModel();
}

QList<qint64> ChurnWarningModel::memberRefs() const
{
    QList<qint64> refs;
    if (!m_list)
        return refs;
    for (const ChurnWarning &w : m_list->warnings)
        refs << w.memberRef;
    return refs;
}

int ChurnWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_list ? 0 : int(m_list->warnings.size());
}

int ChurnWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnWarningModel::display(const ChurnWarning &w, int column) const
{
    switch (column) {
    case NameColumn:
        return w.name;
    case MemberIdColumn:
        return w.memberId;
    case ReasonColumn:
        return churnwarninglist::reason(w, m_list->parameters, m_list->asOf, m_zone);
    case FallColumn: {
        const auto relative = churnwarninglist::relativeFall(w);
        const QString share = relative
                                  ? QLocale().toString(*relative * 100.0, 'f', 0) + QLatin1Char('%')
                                  : QStringLiteral("—");
        //: The fall in activities per recent window, and as a share of the earlier level
        return tr("%1 (%2)").arg(units::number(churnwarninglist::fall(w), 1), share);
    }
    case LastActiveColumn:
        return w.lastActiveAt ? units::dateTime(*w.lastActiveAt, units::Display::in(m_zone))
                              : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant ChurnWarningModel::sortValue(const ChurnWarning &w, int column) const
{
    switch (column) {
    case FallColumn:
        return churnwarninglist::fall(w);
    case LastActiveColumn:
        return w.lastActiveAt.value_or(0);
    case ReasonColumn:
        return w.level;
    default:
        return display(w, column);
    }
}

QVariant ChurnWarningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChurnWarning &w = m_list->warnings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(w, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? display(w, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == FallColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case MemberRefRole:
        return w.memberRef;
    case SortRole:
        return sortValue(w, index.column());
    default:
        return {};
    }
}

QVariant ChurnWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ReasonColumn)
        return tr("Activities are events and paid orders");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Member");
    case MemberIdColumn:
        return tr("Member ID");
    case ReasonColumn:
        return tr("Reason");
    case FallColumn:
        return tr("Fall");
    case LastActiveColumn:
        return tr("Last active");
    default:
        return {};
    }
}

} // namespace siyu
