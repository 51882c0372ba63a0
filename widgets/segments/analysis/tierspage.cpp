// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/tierspage.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/tierlevelmodel.h"
#include "models/items/tiermatrixmodel.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/segments/analysis/analysisstatus.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace siyu {

namespace {

QTableView *tableOf(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    return table;
}

QSpinBox *countEditor(int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    return spin;
}

QDoubleSpinBox *moneyEditor()
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0, 1e9);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    spin->setPrefix(units::currencySymbol(units::Display::current().currency));
    return spin;
}

qint64 centsOf(const QDoubleSpinBox *spin)
{
    return std::llround(spin->value() * 100.0);
}

} // namespace

TiersPage::TiersPage(QWidget *parent) : QWidget(parent)
{
    m_levels = new TierLevelModel(this);
    m_matrix = new TierMatrixModel(this);
    auto *body = new QHBoxLayout;
    body->addWidget(createTables(), 3);
    body->addWidget(createEditor(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addLayout(body, 1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TiersPage::finished);
    connect(m_status, &AnalysisStatus::cancelRequested, this, &TiersPage::cancel);
    connect(m_levelTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QVariant level = index.data(TierLevelModel::LevelRole);
        if (level.isValid())
            selectLevel(segmentstats::Measure(index.row()), tiers::Level(level.toInt()));
    });
    connect(m_matrixTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        selectMatrix(TierMatrixModel::levelAt(index.row()),
                     TierMatrixModel::levelAt(index.column()));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit saveMembersAsSegment(tr("%1 on %2").arg(m_chosenTitle, dayText()), m_chosen);
    });
}

TiersPage::~TiersPage()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QWidget *TiersPage::createToolbar()
{
    m_status = new AnalysisStatus;
    auto *refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &TiersPage::compute);
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(refresh);
    return bar;
}

QWidget *TiersPage::createTables()
{
    m_levelTable = tableOf(m_levels);
    m_levelTable->verticalHeader()->hide();
    m_levelTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_levelTable->horizontalHeader()->setSectionResizeMode(TierLevelModel::ThresholdsColumn,
                                                           QHeaderView::Stretch);
    m_levelTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixTable = tableOf(m_matrix);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->setShowGrid(true);
    QFont big = m_matrixTable->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_matrixTable->setFont(big);
    m_selection = new QLabel(tr("Click a count to list its members."));
    m_selection->setWordWrap(true);
    m_save = new QPushButton(tr("Save as Segment…"));
    m_save->setEnabled(false);

    auto *levels = new QLabel(tr("Members at each level"));
    auto *matrix = new QLabel(tr("Spending power × purchase frequency"));
    for (QLabel *title : {levels, matrix}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto *chosen = new QHBoxLayout;
    chosen->addWidget(m_selection, 1);
    chosen->addWidget(m_save);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(levels);
    layout->addWidget(m_levelTable, 1);
    layout->addWidget(matrix);
    layout->addWidget(m_matrixTable, 4);
    layout->addLayout(chosen);
    m_content = box;
    return box;
}

QWidget *TiersPage::createEditor()
{
    m_windowDays = countEditor(3650, tr(" days"));
    m_windowDays->setMinimum(1);
    m_spendingHigh = moneyEditor();
    m_spendingMedium = moneyEditor();
    m_frequencyHigh = countEditor(100000, tr(" orders"));
    m_frequencyMedium = countEditor(100000, tr(" orders"));
    m_loyaltyHigh = countEditor(tiers::loyaltyPeriods, tr(" periods"));
    m_loyaltyMedium = countEditor(tiers::loyaltyPeriods, tr(" periods"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e5484d;"));
    m_apply = new QPushButton(tr("Apply…"));
    m_revert = new QPushButton(tr("Revert"));
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Window:"), m_windowDays);
    form->addRow(tr("Spending power high from:"), m_spendingHigh);
    form->addRow(tr("Spending power medium from:"), m_spendingMedium);
    form->addRow(tr("Purchase frequency high from:"), m_frequencyHigh);
    form->addRow(tr("Purchase frequency medium from:"), m_frequencyMedium);
    form->addRow(tr("Loyalty high from:"), m_loyaltyHigh);
    form->addRow(tr("Loyalty medium from:"), m_loyaltyMedium);
    auto *note = new QLabel(tr("Spending power and purchase frequency count the paid orders of "
                               "the window; loyalty counts in how many of the last %1 periods "
                               "of 30 days a member had an event or a paid order.")
                                .arg(tiers::loyaltyPeriods));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5b6673;"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *group = new QGroupBox(tr("Thresholds"));
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);

    for (QSpinBox *spin :
         {m_windowDays, m_frequencyHigh, m_frequencyMedium, m_loyaltyHigh, m_loyaltyMedium})
        connect(spin, &QSpinBox::valueChanged, this, &TiersPage::thresholdsEdited);
    for (QDoubleSpinBox *spin : {m_spendingHigh, m_spendingMedium})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TiersPage::thresholdsEdited);
    connect(m_apply, &QPushButton::clicked, this, &TiersPage::confirmThresholds);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            editThresholds(tiers::Thresholds::load(*m_workspace));
    });
    return group;
}

void TiersPage::setWorkspace(Workspace *ws, QUndoStack *)
{
    cancel();
    m_workspace = ws;
    m_summary.reset();
    m_levels->setSummary(nullptr);
    m_matrix->setSummary(nullptr);
    m_chosen.clear();
    m_save->setEnabled(false);
    if (!ws) {
        m_status->setDone(QString());
        return;
    }
    // Amounts in the workspace's currency.
    const QString symbol = units::currencySymbol(settings::currency.get(*ws));
    m_spendingHigh->setPrefix(symbol);
    m_spendingMedium->setPrefix(symbol);
    editThresholds(tiers::Thresholds::load(*ws));
    compute();
}

void TiersPage::refresh()
{
    if (m_workspace && m_watcher.isFinished())
        editThresholds(tiers::Thresholds::load(*m_workspace));
    compute();
}

bool TiersPage::isBusy() const
{
    return m_watcher.isRunning();
}

tiers::Thresholds TiersPage::editedThresholds() const
{
    tiers::Thresholds t;
    t.windowDays = m_windowDays->value();
    t.spendingHighCents = centsOf(m_spendingHigh);
    t.spendingMediumCents = centsOf(m_spendingMedium);
    t.frequencyHigh = m_frequencyHigh->value();
    t.frequencyMedium = m_frequencyMedium->value();
    t.loyaltyHigh = m_loyaltyHigh->value();
    t.loyaltyMedium = m_loyaltyMedium->value();
    return t;
}

void TiersPage::editThresholds(const tiers::Thresholds &t)
{
    m_windowDays->setValue(t.windowDays);
    m_spendingHigh->setValue(double(t.spendingHighCents) / 100.0);
    m_spendingMedium->setValue(double(t.spendingMediumCents) / 100.0);
    m_frequencyHigh->setValue(t.frequencyHigh);
    m_frequencyMedium->setValue(t.frequencyMedium);
    m_loyaltyHigh->setValue(t.loyaltyHigh);
    m_loyaltyMedium->setValue(t.loyaltyMedium);
    thresholdsEdited();
}

void TiersPage::thresholdsEdited()
{
    if (!m_workspace)
        return;
    const tiers::Thresholds edited = editedThresholds();
    const QString problem = edited.problem();
    const tiers::Thresholds saved = tiers::Thresholds::load(*m_workspace);
    const bool changed = edited.windowDays != saved.windowDays ||
                         edited.spendingHighCents != saved.spendingHighCents ||
                         edited.spendingMediumCents != saved.spendingMediumCents ||
                         edited.frequencyHigh != saved.frequencyHigh ||
                         edited.frequencyMedium != saved.frequencyMedium ||
                         edited.loyaltyHigh != saved.loyaltyHigh ||
                         edited.loyaltyMedium != saved.loyaltyMedium;
    m_problem->setText(problem.isEmpty() ? QString() : tr("Cannot apply: %1").arg(problem));
    m_apply->setEnabled(changed && problem.isEmpty() && !m_workspace->isReadOnly());
    m_revert->setEnabled(changed);
}

void TiersPage::confirmThresholds()
{
    const auto answer = QMessageBox::question(
        this, tr("Change the value tiers"),
        tr("Save the new thresholds? Every tier count, and every segment rule that names a tier, "
           "then follows them."));
    if (answer == QMessageBox::Yes)
        applyThresholds(editedThresholds());
}

bool TiersPage::applyThresholds(const tiers::Thresholds &thresholds)
{
    if (!m_workspace)
        return false;
    if (const QString problem = thresholds.problem(); !problem.isEmpty()) {
        m_problem->setText(tr("Cannot apply: %1").arg(problem));
        return false;
    }
    if (const Status status = thresholds.save(*m_workspace); !status) {
        m_problem->setText(status.error().toString());
        return false;
    }
    editThresholds(thresholds);
    emit tierThresholdsChanged();
    compute();
    return true;
}

QString TiersPage::dayText() const
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    return units::date(timeutil::localDate(
        m_summary ? m_summary->asOf : QDateTime::currentSecsSinceEpoch(), zone));
}

void TiersPage::compute()
{
    if (!m_workspace)
        return;
    const qint64 asOf = QDateTime::currentSecsSinceEpoch();
    const tiers::Thresholds thresholds = tiers::Thresholds::load(*m_workspace);
    m_content->setEnabled(false);
    m_status->setBusy(tr("Computing the tiers…"));
    m_watcher.setFuture(analysis::run<segmentstats::TierSummary>(
        m_workspace->path(),
        [asOf, thresholds](Workspace &ws) {
            return segmentstats::tierSummary(ws, asOf, thresholds);
        },
        m_interrupter = analysis::restart(m_interrupter)));
}

void TiersPage::cancel()
{
    if (m_interrupter)
        m_interrupter->interrupt();
    m_watcher.cancel();
    m_status->setDone(m_summary ? tr("Cancelled; showing the tiers of %1").arg(dayText())
                                : tr("Cancelled"));
}

void TiersPage::finished()
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
    m_summary = outcome.data;
    m_levels->setSummary(m_summary);
    m_matrix->setSummary(m_summary);
    m_levelTable->resizeRowsToContents();
    m_content->setEnabled(true);
    m_chosen.clear();
    m_save->setEnabled(false);
    m_status->setDone(tr("%n members, over the %1 days before %2", nullptr, int(m_summary->total()))
                          .arg(m_summary->thresholds.windowDays)
                          .arg(units::dateTime(m_summary->asOf)));
    emit computed();
}

void TiersPage::selectLevel(segmentstats::Measure measure, tiers::Level level)
{
    if (!m_summary)
        return;
    //: A value tier: the measure, then its level ("Spending power high")
    choose(m_summary->membersOf(measure, level),
           tr("%1 %2").arg(TierLevelModel::measureTitle(measure), tiers::title(level).toLower()));
}

void TiersPage::selectMatrix(tiers::Level spending, tiers::Level frequency)
{
    if (!m_summary)
        return;
    choose(m_summary->matrixMembers(spending, frequency),
           //: A cell of the tier matrix: "Spending high, frequency medium"
           tr("Spending %1, frequency %2")
               .arg(tiers::title(spending).toLower(), tiers::title(frequency).toLower()));
}

void TiersPage::choose(const QList<qint64> &refs, const QString &title)
{
    m_chosen = refs;
    m_chosenTitle = title;
    m_save->setEnabled(!refs.isEmpty());
    m_selection->setText((refs.size() == 1 ? tr("%1: %n member", nullptr, 1)
                                           : tr("%1: %n members", nullptr, int(refs.size())))
                             .arg(title));
    emit showMembersRequested(refs, tr("%1 (tiers on %2)").arg(title, dayText()));
}

} // namespace siyu
