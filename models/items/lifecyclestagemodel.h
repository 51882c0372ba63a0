// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"

#include <QAbstractTableModel>

#include <memory>

namespace siyu {

// The lifecycle stages in funnel order (awareness, interest, purchase, loyalty, then churn):
// the members in each stored stage, their share of all live members, the conversion into the
// stage from the one before (segmentstats::LifecycleFunnel::conversion, "—" where undefined)
// and the stage's rule in words with the workspace's churn_days.
class LifecycleStageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        MembersColumn,
        ShareColumn,
        ConversionColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role
    {
        StageRole = Qt::UserRole + 1, // QString: the stage key
        CountRole,                    // qint64
    };

    explicit LifecycleStageModel(QObject *parent = nullptr);

    // nullptr empties the counts (the rules stay).
    void setFunnel(std::shared_ptr<const segmentstats::LifecycleFunnel> funnel);
    void setChurnDays(int days);
    const segmentstats::LifecycleFunnel *funnel() const { return m_funnel.get(); }

    // The rule of a stage in words, in the UI language, for `churnDays` days.

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;

    std::shared_ptr<const segmentstats::LifecycleFunnel> m_funnel;
    int m_churnDays = 60;
};

} // namespace siyu
