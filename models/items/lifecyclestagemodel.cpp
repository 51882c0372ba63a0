// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/lifecyclestagemodel.h"

#include "models/common/units.h"
#include "models/segments/lifecycle.h"

#include <QLocale>

namespace siyu {

namespace {

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%')
                 : QStringLiteral("—");
}

QString stageAt(int row)
{
    return lifecycle::stageKeys().value(row);
}

} // namespace

LifecycleStageModel::LifecycleStageModel(QObject *parent) : QAbstractTableModel(parent) {}

void LifecycleStageModel::setFunnel(std::shared_ptr<const segmentstats::LifecycleFunnel> funnel)
{
    m_funnel = std::move(funnel);
    emit dataChanged(index(0, MembersColumn), index(rowCount() - 1, ConversionColumn));
}

void LifecycleStageModel::setChurnDays(int days)
{
    if (days == m_churnDays)
        return;
    m_churnDays = days;
    emit dataChanged(index(0, RuleColumn), index(rowCount() - 1, RuleColumn));
}

int LifecycleStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : segmentstats::stageCount;
}

int LifecycleStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleStageModel::display(int row, int column) const
{
    const QString stage = stageAt(row);
    if (column == StageColumn)
        return lifecycle::stageTitle(stage);
    if (column == RuleColumn)
        return lifecycle::ruleText(stage, m_churnDays);
    if (!m_funnel)
        return QString();
    switch (column) {
    case MembersColumn:
        return units::count(m_funnel->counts[size_t(row)]);
    case ShareColumn:
        return percent(m_funnel->share(row));
    case ConversionColumn:
        // Awareness opens the funnel; churn is beside it.
        if (row == 0 || row == segmentstats::churnIndex)
            return QString();
        return percent(m_funnel->conversion(row));
    default:
        return {};
    }
}

QVariant LifecycleStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ConversionColumn && index.row() > 0 &&
            index.row() < segmentstats::churnIndex)
            return tr("Of the members who reached %1 or a later stage, the share who reached %2 "
                      "or a later one (members now in churn are not counted)")
                .arg(lifecycle::stageTitle(stageAt(index.row() - 1)),
                     lifecycle::stageTitle(stageAt(index.row())));
        return index.column() == RuleColumn ? display(index.row(), index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MembersColumn || index.column() == ShareColumn ||
                       index.column() == ConversionColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case StageRole:
        return stageAt(index.row());
    case CountRole:
        return m_funnel ? QVariant(m_funnel->counts[size_t(index.row())]) : QVariant();
    default:
        return {};
    }
}

QVariant LifecycleStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case MembersColumn:
        return tr("Members");
    case ShareColumn:
        return tr("Share");
    case ConversionColumn:
        return tr("Conversion");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace siyu
