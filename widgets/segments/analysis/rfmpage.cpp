// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/rfmpage.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/rfmcellmodel.h"
#include "models/store/workspace.h"
#include "widgets/charts/chartwidget.h"
#include "widgets/segments/analysis/analysischarts.h"
#include "widgets/segments/analysis/analysisstatus.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace siyu {

RfmPage::RfmPage(QWidget *parent) : QWidget(parent)
{
    m_model = new RfmCellModel(this);
    m_chart = new ChartWidget;
    m_chart->setMinimumSize(420, 320);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_selection = new QLabel(tr("Click a position of the grid or a cell of the table to list "
                                "its members."));
    m_selection->setWordWrap(true);
    m_save = new QPushButton(tr("Save as Segment…"));
    m_save->setEnabled(false);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addWidget(m_selection);
    sideLayout->addWidget(m_save, 0, Qt::AlignRight);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_chart);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The table whole beside a square-ish grid.
    splitter->setSizes({700, 620});
    m_content = splitter;

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);

    connect(m_debounce, &QTimer::timeout, this, &RfmPage::compute);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RfmPage::finished);
    connect(m_status, &AnalysisStatus::cancelRequested, this, &RfmPage::cancel);
    connect(m_chart, &QCustomPlot::mousePress, this, &RfmPage::chartPressed);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { selectCell(m_model->cellAt(index.row())); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        //: A suggested segment name: the cell, then the day of the as-of time
        emit saveMembersAsSegment(tr("%1 on %2").arg(m_chosenTitle, dayText()), m_chosen);
    });
    Charts::empty(m_chart, tr("No workspace"), ChartStyle{font()});
}

RfmPage::~RfmPage()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *RfmPage::createToolbar()
{
    m_window = new QSpinBox;
    m_window->setRange(1, 3650);
    m_window->setSuffix(tr(" days"));
    m_window->setValue(rfm::windowDays.defaultValue());
    m_asOf = new QDateTimeEdit;
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(units::dateFormat() + QStringLiteral(" HH:mm"));
    m_asOf->setLocale(units::editorLocale());
    auto *now = new QPushButton(tr("Now"));
    m_status = new AnalysisStatus;
    auto *refresh = new QPushButton(tr("Refresh"));
    connect(m_window, &QSpinBox::valueChanged, this, &RfmPage::scheduleCompute);
    connect(m_asOf, &QDateTimeEdit::dateTimeChanged, this, &RfmPage::scheduleCompute);
    connect(now, &QPushButton::clicked, this,
            [this] { setAsOf(QDateTime::currentSecsSinceEpoch()); });
    connect(refresh, &QPushButton::clicked, this, &RfmPage::compute);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Window:")));
    layout->addWidget(m_window);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("As of:")));
    layout->addWidget(m_asOf);
    layout->addWidget(now);
    layout->addSpacing(12);
    layout->addWidget(m_status, 1);
    layout->addWidget(refresh);
    return bar;
}

void RfmPage::setWorkspace(Workspace *ws, QUndoStack *)
{
    cancel();
    m_workspace = ws;
    m_grid.reset();
    m_model->setGrid(nullptr);
    m_chosen.clear();
    m_save->setEnabled(false);
    if (!ws) {
        m_status->setDone(QString());
        Charts::empty(m_chart, tr("No workspace"), ChartStyle{font()});
        return;
    }
    {
        const QSignalBlocker blockWindow(m_window);
        const QSignalBlocker blockAsOf(m_asOf);
        m_window->setValue(rfm::windowDays.get(*ws));
        setAsOf(QDateTime::currentSecsSinceEpoch());
    }
    compute();
}

void RfmPage::refresh()
{
    compute();
}

void RfmPage::setWindowDays(int days)
{
    m_window->setValue(days);
}

// The editor shows the workspace's wall-clock time whatever the system's zone is.
void RfmPage::setAsOf(qint64 epochSeconds)
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSeconds, zone);
    m_asOf->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
}

int RfmPage::windowDays() const
{
    return m_window->value();
}

qint64 RfmPage::asOf() const
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    const QDateTime shown = m_asOf->dateTime();
    return QDateTime(shown.date(), shown.time(), zone).toSecsSinceEpoch();
}

bool RfmPage::isBusy() const
{
    return m_watcher.isRunning() || m_debounce->isActive();
}

QString RfmPage::dayText() const
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    return units::date(timeutil::localDate(m_grid ? m_grid->asOf : asOf(), zone));
}

void RfmPage::scheduleCompute()
{
    if (!m_workspace)
        return;
    // The shown result is for other parameters from now on.
    m_content->setEnabled(false);
    m_status->setBusy(tr("Waiting for the parameters to settle…"));
    m_debounce->start();
}

void RfmPage::compute()
{
    m_debounce->stop();
    if (!m_workspace)
        return;
    const qint64 asOfTime = asOf();
    const int days = windowDays();
    m_content->setEnabled(false);
    m_status->setBusy(tr("Scoring the buyers of the %n days before %1…", nullptr, days)
                          .arg(units::dateTime(asOfTime)));
    m_watcher.setFuture(analysis::run<segmentstats::RfmGrid>(
        m_workspace->path(),
        [asOfTime, days](Workspace &ws) { return segmentstats::rfmGrid(ws, asOfTime, days); },
        m_interrupter = analysis::restart(m_interrupter)));
}

void RfmPage::cancel()
{
    m_debounce->stop();
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    if (m_grid) {
        // What stays is still the result of the parameters it was computed for.
        m_status->setDone(tr("Cancelled; showing the grid of %1").arg(dayText()));
    } else {
        m_status->setDone(tr("Cancelled"));
    }
}

void RfmPage::finished()
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
    // A result for parameters changed since it started is not shown as current.
    if (outcome.data->asOf != asOf() || outcome.data->windowDays != windowDays()) {
        if (!m_debounce->isActive())
            compute();
        return;
    }
    m_grid = outcome.data;
    m_model->setGrid(m_grid);
    m_chart->setTooltip(AnalysisCharts::rfmGrid(m_chart, *m_grid, ChartStyle{font()}));
    m_content->setEnabled(true);
    m_chosen.clear();
    m_save->setEnabled(false);
    m_status->setDone(
        tr("%n buyers scored over the %1 days before %2", nullptr, int(m_grid->scored))
            .arg(m_grid->windowDays)
            .arg(units::dateTime(m_grid->asOf)));
    emit computed();
}

void RfmPage::chartPressed(QMouseEvent *event)
{
    if (!m_grid || m_grid->scored == 0 || !m_content->isEnabled())
        return;
    const int fm = int(std::lround(m_chart->xAxis->pixelToCoord(event->position().x())));
    const int r = int(std::lround(m_chart->yAxis->pixelToCoord(event->position().y())));
    if (r >= 1 && r <= 5 && fm >= 1 && fm <= 5)
        selectPosition(r, fm);
}

void RfmPage::selectPosition(int r, int fm)
{
    if (!m_grid)
        return;
    //: A position of the RFM grid, with the named cell it belongs to
    choose(m_grid->membersAt(r, fm),
           tr("R %1 · FM %2 (%3)").arg(r).arg(fm).arg(rfm::title(rfm::cellOf(r, fm))));
}

void RfmPage::selectCell(rfm::Cell cell)
{
    if (!m_grid)
        return;
    const auto &cells = rfm::cells();
    const auto row = int(std::find(cells.begin(), cells.end(), cell) - cells.begin());
    m_table->selectRow(row);
    choose(m_grid->membersOf(cell), rfm::title(cell));
}

void RfmPage::choose(const QList<qint64> &refs, const QString &title)
{
    m_chosen = refs;
    m_chosenTitle = title;
    m_save->setEnabled(!refs.isEmpty());
    m_selection->setText((refs.size() == 1 ? tr("%1: %n member", nullptr, 1)
                                           : tr("%1: %n members", nullptr, int(refs.size())))
                             .arg(title));
    //: Caption of a member list: the RFM cell, the day and the window
    emit showMembersRequested(
        refs, tr("%1 (RFM on %2, %n days)", nullptr, m_grid->windowDays).arg(title, dayText()));
}

} // namespace siyu
