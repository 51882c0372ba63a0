// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/kpisarea.h"

#include "models/common/units.h"
#include "models/kpi/scorecardmodel.h"
#include "models/store/workspace.h"
#include "widgets/kpi/dashboardview.h"
#include "widgets/kpi/periodpicker.h"
#include "widgets/kpi/scorecardpanel.h"
#include "widgets/report/reportprinter.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace siyu {

KpisArea::KpisArea(QWidget *parent) : Area(parent)
{
    m_scorecard = new kpi::ScorecardModel(this);
    m_dashboard = new DashboardView;
    m_scorecardPanel = new ScorecardPanel(m_scorecard);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_scorecardPanel, tr("Scorecard"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_tabs, 1);

    connect(m_picker, &PeriodPicker::periodChanged, this, &KpisArea::startRefresh);
    connect(m_dashboard, &DashboardView::numberClicked, this, &KpisArea::showMembersOf);
    connect(m_dashboard, &DashboardView::alertClicked, this, &KpisArea::showAlertMembers);
    connect(m_scorecard, &kpi::ScorecardModel::errorOccurred, this, &KpisArea::showError);
    connect(m_scorecard, &kpi::ScorecardModel::targetsEdited, this, &KpisArea::targetsEdited);
    connect(&m_dashboardWatcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_dashboardWatcher, &QFutureWatcherBase::finished, this, &KpisArea::dashboardFinished);
    connect(&m_reportWatcher, &QFutureWatcherBase::finished, this, &KpisArea::reportFinished);
    connect(&m_membersWatcher, &QFutureWatcherBase::finished, this, &KpisArea::membersFinished);
    for (QFutureWatcherBase *watcher : std::initializer_list<QFutureWatcherBase *>{
             &m_dashboardWatcher, &m_reportWatcher, &m_membersWatcher}) {
        connect(watcher, &QFutureWatcherBase::started, this, &KpisArea::updateBusy);
        connect(watcher, &QFutureWatcherBase::finished, this, &KpisArea::updateBusy);
    }
    updateBusy();
}

KpisArea::~KpisArea()
{
    cancel();
}

QIcon KpisArea::icon() const
{
    return QIcon(QStringLiteral(":/siyu/icons/area-kpis.png"));
}

QWidget *KpisArea::createToolbar()
{
    m_picker = new PeriodPicker;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 7);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &KpisArea::cancel);
    m_status = new QLabel;
    m_status->setStyleSheet(QStringLiteral("color: #5b6673;"));
    // A long error or caption wraps rather than widen the window.
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *refresh = new QPushButton(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(
        tr("Compute the KPIs again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_cancel->setShortcut(QKeySequence::Cancel);
    connect(refresh, &QPushButton::clicked, this, &KpisArea::startRefresh);
    auto *preview = new QPushButton(tr("Print Preview…"));
    connect(preview, &QPushButton::clicked, this, &KpisArea::printPreview);
    auto *pdf = new QPushButton(tr("Export PDF…"));
    connect(pdf, &QPushButton::clicked, this, &KpisArea::exportReportPdf);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 3);
    layout->addWidget(m_status, 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_progress, m_cancel, refresh, preview, pdf})
        layout->addWidget(w);
    return bar;
}

void KpisArea::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    cancel();
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_data.reset();
    m_scorecard->setWorkspace(workspace, undoStack);
    m_dashboard->clear();
    m_status->clear();
    if (!workspace)
        return;
    m_picker->setTimeZone(workspace->timeZone());
    startRefresh();
}

void KpisArea::refresh()
{
    if (m_workspace)
        m_picker->setTimeZone(m_workspace->timeZone());
    startRefresh();
}

bool KpisArea::isBusy() const
{
    return m_dashboardWatcher.isRunning() || m_reportWatcher.isRunning() ||
           m_membersWatcher.isRunning();
}

void KpisArea::updateBusy()
{
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void KpisArea::cancel()
{
    for (QFutureWatcherBase *watcher : std::initializer_list<QFutureWatcherBase *>{
             &m_dashboardWatcher, &m_reportWatcher, &m_membersWatcher})
        watcher->cancel();
    m_pendingReport = ReportAction::None;
}

void KpisArea::startRefresh()
{
    if (!m_workspace)
        return;
    m_dashboardWatcher.cancel();
    kpi::ReportRequest request;
    request.period = m_picker->period();
    request.periodName = m_picker->periodName();
    // A period not ended is measured so far; one not begun is refused.
    request.asOf = QDateTime::currentSecsSinceEpoch();
    m_progress->setValue(0);
    m_status->setText(tr("Computing %1…").arg(request.periodName));
    m_dashboardWatcher.setFuture(computeReport(m_workspace->path(), request));
    updateBusy();
}

void KpisArea::dashboardFinished()
{
    const QFuture<ReportOutcome> future = m_dashboardWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(tr("Cancelled"));
        emit dataReady();
        return;
    }
    const ReportOutcome outcome = future.result();
    if (!outcome.data) {
        showError(outcome.error);
        emit dataReady();
        return;
    }
    applyData(outcome.data);
    emit dataReady();
}

void KpisArea::applyData(std::shared_ptr<const kpi::ReportData> data)
{
    m_data = std::move(data);
    m_dashboard->setData(*m_data);
    kpi::KpiValues values;
    kpi::KpiValues previous;
    values.period = m_data->period;
    previous.period = m_data->previous;
    for (const kpi::KpiRow &row : m_data->kpis) {
        values.values[row.metric] = row.current;
        previous.values[row.metric] = row.previous;
    }
    if (const Status status = m_scorecard->setValues(values, previous); !status)
        showError(status.error().toString());
    // In the workspace's zone, like every time the window shows.
    m_status->setText((m_data->soFar ? tr("%1 so far · updated %2") : tr("%1 · updated %2"))
                          .arg(m_data->periodName, units::dateTime(m_data->generatedAt)));
    m_status->setToolTip(tr("Times in %1").arg(units::zoneLabel()));
}

// A target or weight changed in the scorecard: the cards and the report show it at once,
// without computing the KPIs again.
void KpisArea::targetsEdited()
{
    if (!m_data || m_scorecard->period().firstDay != m_data->period.firstDay ||
        m_scorecard->period().endDay != m_data->period.endDay)
        return;
    std::vector<kpi::KpiTarget> targets;
    for (const kpi::ScoreLine &line : m_scorecard->scorecard().lines)
        targets.push_back({line.metric, line.target, line.weight});
    auto data = std::make_shared<kpi::ReportData>(*m_data);
    data->setTargets(std::move(targets), m_scorecard->scorecard());
    m_data = std::move(data);
    m_dashboard->setTargets(*m_data);
}

void KpisArea::showError(const QString &message)
{
    m_status->setText(tr("Error: %1").arg(message));
    emit statusMessage(message);
}

void KpisArea::printPreview()
{
    requestReport(ReportAction::Preview);
}

void KpisArea::printReport()
{
    requestReport(ReportAction::Print);
}

void KpisArea::exportReportPdf()
{
    requestReport(ReportAction::Export);
}

// The report is about one ISO week: the loaded data when the dashboard shows that week, else
// that week computed on a worker first.
void KpisArea::requestReport(ReportAction action)
{
    if (!m_workspace)
        return;
    const QDate monday = m_picker->reportMonday();
    if (m_data && m_data->period.firstDay == monday && m_data->period.endDay == monday.addDays(7)) {
        runReportAction(action, *m_data);
        return;
    }
    auto request = kpi::weekRequest(*m_workspace, timeutil::isoWeekName(monday),
                                    QDateTime::currentSecsSinceEpoch());
    if (!request) {
        showError(request.error().toString());
        return;
    }
    m_pendingReport = action;
    m_status->setText(tr("Preparing the report of %1…").arg(request->periodName));
    m_reportWatcher.setFuture(computeReport(m_workspace->path(), *request));
    updateBusy();
}

void KpisArea::reportFinished()
{
    const ReportAction action = std::exchange(m_pendingReport, ReportAction::None);
    const QFuture<ReportOutcome> future = m_reportWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0 || action == ReportAction::None)
        return;
    const ReportOutcome outcome = future.result();
    if (!outcome.data) {
        showError(outcome.error);
        return;
    }
    m_status->clear();
    runReportAction(action, *outcome.data);
}

void KpisArea::runReportAction(ReportAction action, const kpi::ReportData &data)
{
    const ReportPrinter printer(data, ReportPrinter::languageFor(*m_workspace));
    switch (action) {
    case ReportAction::Preview:
        printer.preview(this);
        break;
    case ReportAction::Print:
        if (printer.print(this))
            recordExport(data, QStringLiteral("printed"));
        break;
    case ReportAction::Export: {
        const auto written = printer.exportPdf(this, m_workspace->path());
        if (!written) {
            showError(written.error().toString());
        } else if (!written->isEmpty()) {
            recordExport(data, QStringLiteral("as PDF"));
            emit statusMessage(tr("Saved the weekly report as %1").arg(*written));
        }
        break;
    }
    case ReportAction::None:
        break;
    }
}

void KpisArea::recordExport(const kpi::ReportData &data, const QString &how)
{
    if (const Status status = kpi::recordReportExport(*m_workspace, data, how); !status)
        showError(status.error().toString());
}

void KpisArea::showMembersOf(kpi::Metric metric)
{
    const auto set = kpi::memberSetOf(metric);
    if (!m_workspace || !m_data || !set)
        return;
    m_membersCaption = tr("%1 in %2").arg(kpi::title(metric), m_data->periodName);
    m_status->setText(tr("Listing %1…").arg(m_membersCaption));
    m_membersWatcher.setFuture(computeMembers(m_workspace->path(), *set, m_data->period));
    updateBusy();
}

void KpisArea::membersFinished()
{
    const QFuture<MembersOutcome> future = m_membersWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const MembersOutcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        showError(outcome.error);
        return;
    }
    m_status->clear();
    emit showMembersRequested(outcome.refs, m_membersCaption);
}

void KpisArea::showAlertMembers(int alert)
{
    if (!m_data)
        return;
    const QString week = timeutil::isoWeekName(m_data->alertWeek.firstDay);
    const std::vector<qint64> &refs = alert == 0 ? m_data->scan.churn.refs : m_data->contacts.refs;
    const QString caption = alert == 0 ? tr("Churn warnings in %1").arg(week)
                                       : tr("Contacted too often in %1").arg(week);
    emit showMembersRequested(QList<qint64>(refs.begin(), refs.end()), caption);
}

} // namespace siyu
