// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/metric.h"
#include "widgets/common/area.h"
#include "widgets/kpi/kpiworker.h"

#include <QFutureWatcher>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace siyu::kpi {
class ScorecardModel;
}

namespace siyu {

class DashboardView;
class PeriodPicker;
class ScorecardPanel;

// The KPIs area: a period picker, the dashboard (cards, charts, alerts), the scorecard, and
// the weekly report (print preview, print, PDF). Every figure is computed on a worker thread
// with its own workspace connection; the window stays responsive and shows the progress.
class KpisArea : public Area
{
    Q_OBJECT

public:
    explicit KpisArea(QWidget *parent = nullptr);
    ~KpisArea() override;

    QString title() const override { return tr("KPIs"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void refresh() override;

    // The weekly report of the week the dashboard shows (the last week of a longer period).
    void printPreview();
    void printReport();
    void exportReportPdf();

    bool isBusy() const;
    const kpi::ReportData *data() const { return m_data.get(); }
    PeriodPicker *periodPicker() const { return m_picker; }
    DashboardView *dashboard() const { return m_dashboard; }
    kpi::ScorecardModel *scorecardModel() const { return m_scorecard; }
    ScorecardPanel *scorecardPanel() const { return m_scorecardPanel; }

signals:
    // A computation of the dashboard finished, with data or with an error.
    void dataReady();

private:
    enum class ReportAction
    {
        None,
        Preview,
        Print,
        Export
    };

    QWidget *createToolbar();
    void startRefresh();
    void cancel();
    void dashboardFinished();
    void applyData(std::shared_ptr<const kpi::ReportData> data);
    void targetsEdited();
    void requestReport(ReportAction action);
    void reportFinished();
    void recordExport(const kpi::ReportData &data, const QString &how);
    void runReportAction(ReportAction action, const kpi::ReportData &data);
    void showMembersOf(kpi::Metric metric);
    void showAlertMembers(int alert);
    void membersFinished();
    void updateBusy();
    void showError(const QString &message);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    PeriodPicker *m_picker = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardView *m_dashboard = nullptr;
    kpi::ScorecardModel *m_scorecard = nullptr;
    ScorecardPanel *m_scorecardPanel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<ReportOutcome> m_dashboardWatcher;
    QFutureWatcher<ReportOutcome> m_reportWatcher;
    QFutureWatcher<MembersOutcome> m_membersWatcher;
    ReportAction m_pendingReport = ReportAction::None;
    QString m_membersCaption;
    std::shared_ptr<const kpi::ReportData> m_data;
};

} // namespace siyu
