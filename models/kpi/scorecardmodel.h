// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/kpiengine.h"
#include "models/kpi/scorecard.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class QUndoStack;

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// The scorecard of one period as a table: every KPI with its actual value, the target and
// weight in force, and its score. Editing a target or a weight pushes a QUndoCommand that
// writes kpi_targets for exactly this period; targets inherited from an earlier period show
// in italics until set here.
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KpiColumn,
        ActualColumn,
        ChangeColumn, // against the previous period, when it is given
        TargetColumn,
        WeightColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role
    {
        MetricRole = Qt::UserRole + 1, // int(Metric)
        InheritedRole,                 // bool: the target comes from an earlier period
        ScoreRole,                     // double, or invalid when not defined
        DirectionRole,                 // int: kpi::Change::direction of the change column
    };

    explicit ScorecardModel(QObject *parent = nullptr);

    // nullptrs when the workspace closes.
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    // Shows the scorecard of `values.period`: loads the targets in force for it. The change
    // column compares with `previous` (empty: no change shown).
    Status setValues(const KpiValues &values, const KpiValues &previous = {});
    void clear();

    const Scorecard &scorecard() const { return m_scorecard; }
    const Period &period() const { return m_values.period; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Rates are edited in percent ("25" for 25%); an empty target removes this period's one.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What the undo commands call: sets (or, with nullopt, removes) the target of `metric` for
    // the period `kind`/`start` and refreshes the table when that period is shown.
    Status applyTarget(PeriodKind kind, const QDate &start, Metric metric,
                       const std::optional<KpiTarget> &target);
    // The target set for exactly the shown period, if any.
    std::optional<KpiTarget> ownTarget(Metric metric) const;

signals:
    // The scores or the total changed.
    void scorecardChanged();
    // A target or weight of the shown period was set, removed, undone or redone.
    void targetsEdited();
    void errorOccurred(const QString &message);

private:
    Status reloadTargets();
    std::optional<KpiTarget> effectiveTarget(Metric metric) const;
    QVariant displayData(Metric metric, int column) const;
    QVariant editData(Metric metric, int column) const;
    QString toolTip(Metric metric, int column) const;
    QVariant foreground(Metric metric, int column) const;
    std::optional<KpiTarget> editedTarget(Metric metric, int column, const QVariant &value,
                                          bool *ok) const;

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    KpiValues m_values;
    KpiValues m_previous;
    bool m_loaded = false;
    std::vector<KpiTarget> m_own;       // set for exactly this period
    std::vector<KpiTarget> m_effective; // in force for it
    Scorecard m_scorecard;
};

} // namespace siyu::kpi
