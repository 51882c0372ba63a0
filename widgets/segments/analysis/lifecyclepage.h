// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"
#include "widgets/segments/analysis/analysisjob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace siyu {

class AnalysisStatus;
class ChartWidget;
class LifecycleStageModel;
class Workspace;

// What the lifecycle page shows, computed together on a worker.
struct LifecycleData
{
    qint64 asOf = 0;
    segmentstats::LifecycleFunnel funnel;
    segmentstats::StageWeeks weeks;
};

// The lifecycle page of the Segments area: the stage funnel (awareness → interest → purchase →
// loyalty, churn beside it) with counts and conversions, the stages over the last 26 weeks from
// the stage history, and the stage rules in words with their threshold (churn_days), which can be
// changed here. A click on a stage lists its members.
class LifecyclePage : public QWidget
{
    Q_OBJECT

public:
    explicit LifecyclePage(QWidget *parent = nullptr);
    ~LifecyclePage() override;

    // nullptr closes.
    void setWorkspace(Workspace *ws, QUndoStack *undo);
    void refresh();

    bool isBusy() const;
    const LifecycleData *data() const { return m_data.get(); }
    ChartWidget *funnelChart() const { return m_funnel; }
    ChartWidget *weeksChart() const { return m_weeks; }
    QTableView *stageTable() const { return m_table; }
    LifecycleStageModel *stageModel() const { return m_model; }
    QSpinBox *churnDaysEditor() const { return m_churnDays; }
    QPushButton *saveButton() const { return m_save; }

    // Lists the members of a stage (an index of lifecycle::stageKeys()), as a click does.
    void selectStage(int stage);
    // Saves `days` as churn_days without asking (the Apply button asks first); emits
    // stageThresholdsChanged() when it was saved. False, with the error shown, when it failed.
    bool applyChurnDays(int days);

signals:
    void showMembersRequested(const QList<qint64> &memberRefs, const QString &caption);
    void saveMembersAsSegment(const QString &suggestedName, const QList<qint64> &memberRefs);
    // churn_days was saved: the stored stages need recomputing (with progress).
    void stageThresholdsChanged();
    void computed();

private:
    QWidget *createToolbar();
    QWidget *createRules();
    void compute();
    void cancel();
    void finished();
    void funnelPressed(QMouseEvent *event);
    void confirmChurnDays();
    QString dayText() const;

    Workspace *m_workspace = nullptr;
    AnalysisStatus *m_status = nullptr;
    ChartWidget *m_funnel = nullptr;
    ChartWidget *m_weeks = nullptr;
    QTableView *m_table = nullptr;
    LifecycleStageModel *m_model = nullptr;
    QSpinBox *m_churnDays = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_content = nullptr;
    QFutureWatcher<analysis::Outcome<LifecycleData>> m_watcher;
    std::shared_ptr<QueryInterrupter> m_interrupter; // of the computation m_watcher watches
    std::shared_ptr<const LifecycleData> m_data;
    QList<qint64> m_chosen;
    QString m_chosenTitle;
};

} // namespace siyu
