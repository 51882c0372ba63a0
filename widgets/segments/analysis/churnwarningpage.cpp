// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/churnwarningpage.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/churnwarningmodel.h"
#include "models/store/workspace.h"
#include "widgets/segments/analysis/analysisstatus.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace siyu {

namespace {

bool sameParameters(const ChurnWarningParameters &a, const ChurnWarningParameters &b)
{
    return a.recentDays == b.recentDays && a.baselineDays == b.baselineDays &&
           a.dropRatio == b.dropRatio && a.minLevel == b.minLevel && a.limit == b.limit;
}

} // namespace

ChurnWarningPage::ChurnWarningPage(QWidget *parent) : QWidget(parent)
{
    m_model = new ChurnWarningModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ChurnWarningModel::SortRole);
    m_table = new QTableView;
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    // The list's own order (largest fall first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChurnWarningModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(createParameters());
    layout->addWidget(m_table, 1);

    connect(m_debounce, &QTimer::timeout, this, &ChurnWarningPage::compute);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ChurnWarningPage::finished);
    connect(m_status, &AnalysisStatus::cancelRequested, this, &ChurnWarningPage::cancel);
    connect(m_table, &QTableView::doubleClicked, this, &ChurnWarningPage::openMember);
}

ChurnWarningPage::~ChurnWarningPage()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *ChurnWarningPage::createToolbar()
{
    m_status = new AnalysisStatus;
    auto *refresh = new QPushButton(tr("Refresh"));
    m_export = new QPushButton(tr("Export CSV…"));
    m_save = new QPushButton(tr("Save as Segment…"));
    m_save->setToolTip(tr("A static segment of these members, for a recall campaign"));
    m_export->setEnabled(false);
    m_save->setEnabled(false);
    connect(refresh, &QPushButton::clicked, this, &ChurnWarningPage::compute);
    connect(m_export, &QPushButton::clicked, this, &ChurnWarningPage::chooseExportFile);
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveMembersAsSegment(tr("Churn warnings on %1").arg(dayText()), m_model->memberRefs());
    });
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    for (QPushButton *button : {refresh, m_export, m_save})
        layout->addWidget(button);
    return bar;
}

QWidget *ChurnWarningPage::createParameters()
{
    const ChurnWarningParameters defaults;
    m_recentDays = new QSpinBox;
    m_recentDays->setRange(1, 365);
    m_recentDays->setSuffix(tr(" days"));
    m_baselineDays = new QSpinBox;
    m_baselineDays->setRange(1, 3650);
    m_baselineDays->setSuffix(tr(" days"));
    m_dropPercent = new QSpinBox;
    m_dropPercent->setRange(0, 100);
    m_dropPercent->setSuffix(QStringLiteral("%"));
    m_minLevel = new QDoubleSpinBox;
    m_minLevel->setRange(0, 100000);
    m_minLevel->setDecimals(1);
    setParameters(defaults);
    for (QSpinBox *spin : {m_recentDays, m_baselineDays, m_dropPercent})
        connect(spin, &QSpinBox::valueChanged, this, &ChurnWarningPage::scheduleCompute);
    connect(m_minLevel, &QDoubleSpinBox::valueChanged, this, &ChurnWarningPage::scheduleCompute);

    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    //: Read as one sentence: "Warn about members whose last [30 days] held at most [30%] of
    //: their activity in the [90 days] before, if that was at least [3.0] activities"
    layout->addWidget(new QLabel(tr("Members whose last")));
    layout->addWidget(m_recentDays);
    layout->addWidget(new QLabel(tr("held at most")));
    layout->addWidget(m_dropPercent);
    layout->addWidget(new QLabel(tr("of their level in the")));
    layout->addWidget(m_baselineDays);
    layout->addWidget(new QLabel(tr("before, when that level was at least")));
    layout->addWidget(m_minLevel);
    layout->addWidget(new QLabel(tr("activities")));
    layout->addStretch(1);
    box->setToolTip(tr("Activities are events and paid orders. A member's level is their "
                       "activity in the earlier window scaled to the length of the recent one."));
    return box;
}

ChurnWarningParameters ChurnWarningPage::parameters() const
{
    ChurnWarningParameters p;
    p.recentDays = m_recentDays->value();
    p.baselineDays = m_baselineDays->value();
    p.dropRatio = m_dropPercent->value() / 100.0;
    p.minLevel = m_minLevel->value();
    return p;
}

void ChurnWarningPage::setParameters(const ChurnWarningParameters &p)
{
    m_recentDays->setValue(p.recentDays);
    m_baselineDays->setValue(p.baselineDays);
    m_dropPercent->setValue(int(std::lround(p.dropRatio * 100.0)));
    m_minLevel->setValue(p.minLevel);
}

void ChurnWarningPage::setWorkspace(Workspace *ws, QUndoStack *)
{
    cancel();
    m_workspace = ws;
    m_list.reset();
    m_model->setList(nullptr, {});
    m_export->setEnabled(false);
    m_save->setEnabled(false);
    if (!ws) {
        m_status->setDone(QString());
        return;
    }
    compute();
}

void ChurnWarningPage::refresh()
{
    compute();
}

bool ChurnWarningPage::isBusy() const
{
    return m_watcher.isRunning() || m_debounce->isActive();
}

QString ChurnWarningPage::dayText() const
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    return units::date(
        timeutil::localDate(m_list ? m_list->asOf : QDateTime::currentSecsSinceEpoch(), zone));
}

void ChurnWarningPage::scheduleCompute()
{
    if (!m_workspace)
        return;
    m_table->setEnabled(false);
    m_export->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setBusy(tr("Waiting for the parameters to settle…"));
    m_debounce->start();
}

void ChurnWarningPage::compute()
{
    m_debounce->stop();
    if (!m_workspace)
        return;
    const qint64 asOf = QDateTime::currentSecsSinceEpoch();
    const ChurnWarningParameters p = parameters();
    m_table->setEnabled(false);
    m_export->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setBusy(tr("Looking for members whose activity fell…"));
    m_watcher.setFuture(analysis::run<churnwarninglist::List>(
        m_workspace->path(),
        [asOf, p](Workspace &ws) -> Result<churnwarninglist::List> {
            auto warnings = churnWarnings(ws, asOf, p);
            if (!warnings)
                return warnings.error();
            return churnwarninglist::List{asOf, p, std::move(*warnings)};
        },
        m_interrupter = analysis::restart(m_interrupter)));
}

void ChurnWarningPage::cancel()
{
    m_debounce->stop();
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_status->setDone(m_list ? tr("Cancelled; the list is of other parameters") : tr("Cancelled"));
}

void ChurnWarningPage::finished()
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
    if (!sameParameters(outcome.data->parameters, parameters())) {
        if (!m_debounce->isActive())
            compute();
        return;
    }
    m_list = outcome.data;
    m_model->setList(m_list, m_workspace->timeZone());
    m_table->setEnabled(true);
    const bool any = !m_list->warnings.empty();
    m_export->setEnabled(any);
    m_save->setEnabled(any);
    m_status->setDone(tr("%n members to win back, as of %1", nullptr, int(m_list->warnings.size()))
                          .arg(units::dateTime(m_list->asOf)));
    emit computed();
}

void ChurnWarningPage::openMember(const QModelIndex &index)
{
    const QModelIndex source = m_sorted->mapToSource(index);
    if (!source.isValid())
        return;
    const qint64 ref = source.data(ChurnWarningModel::MemberRefRole).toLongLong();
    const QString name =
        m_model->index(source.row(), ChurnWarningModel::NameColumn).data().toString();
    emit showMembersRequested({ref}, name);
}

Result<qint64> ChurnWarningPage::exportCsv(const QString &path)
{
    if (!m_workspace || !m_list)
        return makeError(tr("There is no list to export"));
    return churnwarninglist::writeCsv(*m_workspace, *m_list, path);
}

void ChurnWarningPage::chooseExportFile()
{
    if (!m_workspace || !m_list)
        return;
    const QString suggested =
        QFileInfo(m_workspace->path())
            .dir()
            .filePath(tr("churn-warnings") + QLatin1Char('-') +
                      timeutil::formatLocalDate(m_list->asOf, m_workspace->timeZone()) +
                      QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Churn Warnings"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = exportCsv(path);
    if (!written)
        m_status->setError(written.error().toString());
    else
        m_status->setDone(tr("Exported %n members to %1", nullptr, int(*written)).arg(path));
}

} // namespace siyu
