// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/lifecyclepage.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/lifecyclestagemodel.h"
#include "models/segments/lifecycle.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/charts/chartwidget.h"
#include "widgets/segments/analysis/analysischarts.h"
#include "widgets/segments/analysis/analysisstatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace siyu {

namespace {

constexpr int historyWeeks = 26;

Result<LifecycleData> lifecycleData(Workspace &ws, qint64 asOf)
{
    LifecycleData data;
    data.asOf = asOf;
    auto funnel = segmentstats::lifecycleFunnel(ws);
    if (!funnel)
        return funnel.error();
    auto weeks = segmentstats::stageWeeks(ws, asOf, historyWeeks);
    if (!weeks)
        return weeks.error();
    data.funnel = std::move(*funnel);
    data.weeks = std::move(*weeks);
    return data;
}

} // namespace

LifecyclePage::LifecyclePage(QWidget *parent) : QWidget(parent)
{
    m_model = new LifecycleStageModel(this);
    m_funnel = new ChartWidget;
    m_funnel->setMinimumSize(360, 220);
    m_weeks = new ChartWidget;
    m_weeks->setMinimumSize(360, 200);

    auto *top = new QSplitter;
    top->addWidget(m_funnel);
    top->addWidget(createRules());
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_weeks);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_content = splitter;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LifecyclePage::finished);
    connect(m_status, &AnalysisStatus::cancelRequested, this, &LifecyclePage::cancel);
    connect(m_funnel, &QCustomPlot::mousePress, this, &LifecyclePage::funnelPressed);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { selectStage(index.row()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveMembersAsSegment(tr("%1 on %2").arg(m_chosenTitle, dayText()), m_chosen);
    });
    const ChartStyle style{font()};
    Charts::empty(m_funnel, tr("No workspace"), style);
    Charts::empty(m_weeks, tr("No workspace"), style);
}

LifecyclePage::~LifecyclePage()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *LifecyclePage::createToolbar()
{
    m_status = new AnalysisStatus;
    auto *refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &LifecyclePage::compute);
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(refresh);
    return bar;
}

QWidget *LifecyclePage::createRules()
{
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LifecycleStageModel::RuleColumn,
                                                      QHeaderView::Stretch);
    m_churnDays = new QSpinBox;
    m_churnDays->setRange(1, 3650);
    m_churnDays->setSuffix(tr(" days"));
    m_churnDays->setValue(settings::churnDays.defaultValue());
    m_apply = new QPushButton(tr("Apply…"));
    m_apply->setEnabled(false);
    connect(m_churnDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_apply->setEnabled(m_workspace && days != settings::churnDays.get(*m_workspace));
    });
    connect(m_apply, &QPushButton::clicked, this, &LifecyclePage::confirmChurnDays);
    m_selection = new QLabel(tr("Click a stage to list its members."));
    m_selection->setWordWrap(true);
    m_save = new QPushButton(tr("Save as Segment…"));
    m_save->setEnabled(false);

    auto *threshold = new QHBoxLayout;
    threshold->addWidget(new QLabel(tr("Churn after")));
    threshold->addWidget(m_churnDays);
    threshold->addWidget(new QLabel(tr("without an event or a paid order")));
    threshold->addStretch(1);
    threshold->addWidget(m_apply);
    auto *chosen = new QHBoxLayout;
    chosen->addWidget(m_selection, 1);
    chosen->addWidget(m_save);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(threshold);
    layout->addLayout(chosen);
    return box;
}

void LifecyclePage::setWorkspace(Workspace *ws, QUndoStack *)
{
    cancel();
    m_workspace = ws;
    m_data.reset();
    m_model->setFunnel(nullptr);
    m_chosen.clear();
    m_save->setEnabled(false);
    if (!ws) {
        m_status->setDone(QString());
        const ChartStyle style{font()};
        Charts::empty(m_funnel, tr("No workspace"), style);
        Charts::empty(m_weeks, tr("No workspace"), style);
        return;
    }
    compute();
}

void LifecyclePage::refresh()
{
    compute();
}

bool LifecyclePage::isBusy() const
{
    return m_watcher.isRunning();
}

QString LifecyclePage::dayText() const
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    return units::date(
        timeutil::localDate(m_data ? m_data->asOf : QDateTime::currentSecsSinceEpoch(), zone));
}

void LifecyclePage::compute()
{
    if (!m_workspace)
        return;
    const int days = settings::churnDays.get(*m_workspace);
    {
        const QSignalBlocker block(m_churnDays);
        m_churnDays->setValue(days);
    }
    m_apply->setEnabled(false);
    m_model->setChurnDays(days);
    const qint64 asOf = QDateTime::currentSecsSinceEpoch();
    m_content->setEnabled(false);
    m_status->setBusy(tr("Counting the stages…"));
    m_watcher.setFuture(analysis::run<LifecycleData>(
        m_workspace->path(), [asOf](Workspace &ws) { return lifecycleData(ws, asOf); },
        m_interrupter = analysis::restart(m_interrupter)));
}

void LifecyclePage::cancel()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_status->setDone(m_data ? tr("Cancelled; showing the stages of %1").arg(dayText())
                             : tr("Cancelled"));
}

void LifecyclePage::finished()
{
    const auto future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const auto outcome = future.result();
    if (!outcome.data) {
        m_status->setError(outcome.error);
        emit computed();
        return;
    }
    m_data = outcome.data;
    m_model->setFunnel(
        std::shared_ptr<const segmentstats::LifecycleFunnel>(m_data, &m_data->funnel));
    const ChartStyle style{font()};
    m_funnel->setTooltip(AnalysisCharts::lifecycleFunnel(m_funnel, m_data->funnel, style));
    m_weeks->setTooltip(AnalysisCharts::stageWeeks(m_weeks, m_data->weeks, style));
    m_table->resizeRowsToContents();
    m_content->setEnabled(true);
    m_chosen.clear();
    m_save->setEnabled(false);
    m_status->setDone(tr("Stages of %n members as stored on %1; weeks from the stage history",
                         nullptr, int(m_data->funnel.total()))
                          .arg(units::dateTime(m_data->asOf)));
    emit computed();
}

void LifecyclePage::funnelPressed(QMouseEvent *event)
{
    if (!m_data || !m_content->isEnabled())
        return;
    const int stage =
        AnalysisCharts::funnelStageAt(m_funnel->yAxis->pixelToCoord(event->position().y()));
    if (stage >= 0)
        selectStage(stage);
}

void LifecyclePage::selectStage(int stage)
{
    if (!m_data || stage < 0 || stage >= segmentstats::stageCount)
        return;
    m_table->selectRow(stage);
    m_chosen = m_data->funnel.members[size_t(stage)];
    m_chosenTitle = lifecycle::stageTitle(lifecycle::stageKeys().at(stage));
    m_save->setEnabled(!m_chosen.isEmpty());
    m_selection->setText((m_chosen.size() == 1
                              ? tr("%1: %n member", nullptr, 1)
                              : tr("%1: %n members", nullptr, int(m_chosen.size())))
                             .arg(m_chosenTitle));
    //: Caption of a member list: the stage and the day it was counted
    emit showMembersRequested(m_chosen, tr("Stage %1 on %2").arg(m_chosenTitle, dayText()));
}

void LifecyclePage::confirmChurnDays()
{
    if (!m_workspace)
        return;
    const int before = settings::churnDays.get(*m_workspace);
    const int after = m_churnDays->value();
    const auto answer = QMessageBox::question(
        this, tr("Change the churn threshold"),
        tr("Members will churn after %1 days without an event or a paid order instead of %2. "
           "Every member's stage is then recomputed.")
            .arg(after)
            .arg(before));
    if (answer == QMessageBox::Yes)
        applyChurnDays(after);
}

bool LifecyclePage::applyChurnDays(int days)
{
    if (!m_workspace)
        return false;
    if (const Status status = segmentstats::saveChurnDays(*m_workspace, days); !status) {
        m_status->setError(status.error().toString());
        return false;
    }
    m_model->setChurnDays(days);
    m_apply->setEnabled(false);
    emit stageThresholdsChanged();
    return true;
}

} // namespace siyu
