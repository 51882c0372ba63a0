// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's last pages: the dry run, the import itself, and what it did.
#include "models/import/invalidrowsmodel.h"
#include "widgets/import/importpages.h"
#include "widgets/import/importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace siyu {

namespace {

QLabel *boldLabel()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QHBoxLayout *progressRow(QProgressBar *bar, QPushButton *cancel)
{
    bar->setRange(0, 1000);
    bar->setTextVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(bar, 1);
    row->addWidget(cancel);
    return row;
}

} // namespace

// --- CheckPage ------------------------------------------------------------------------------

CheckPage::CheckPage()
    : m_status(boldLabel()), m_progress(new QProgressBar), m_cancel(new QPushButton(tr("Cancel"))),
      m_again(new QPushButton(tr("Check Again"))), m_counts(new QLabel), m_table(new QTableView),
      m_warnings(new QLabel), m_update(new QRadioButton(tr("&Update them with the file's values"))),
      m_skip(new QRadioButton(tr("&Skip them: only add new records"))),
      m_strict(new QCheckBox(tr("Import &nothing if any row is invalid")))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Siyu reads the whole file without writing anything, and shows the rows it "
                   "would reject and why."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_table->setObjectName(QStringLiteral("invalidRows"));
    m_counts->setObjectName(QStringLiteral("checkCounts"));
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_counts->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_update->setChecked(true);

    auto *matching = new QGroupBox(tr("Records already in Siyu"));
    auto *matchingLayout = new QVBoxLayout(matching);
    matchingLayout->addWidget(m_update);
    matchingLayout->addWidget(m_skip);
    auto *options = new QHBoxLayout;
    options->addWidget(matching);
    auto *strictBox = new QGroupBox(tr("Invalid rows"));
    auto *strictLayout = new QVBoxLayout(strictBox);
    strictLayout->addWidget(m_strict);
    strictLayout->addStretch();
    options->addWidget(strictBox);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(progressRow(m_progress, m_cancel));
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warnings);
    layout->addLayout(options);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelled = true;
        importWizard()->cancelJob();
    });
    connect(m_again, &QPushButton::clicked, this, &CheckPage::start);
    connect(m_update, &QRadioButton::toggled, this, [this](bool update) {
        importWizard()->setUpdateExisting(update);
        start();
    });
    connect(m_strict, &QCheckBox::toggled, this, [this](bool strict) {
        importWizard()->setStrict(strict);
        finished();
    });
}

ImportWizard *CheckPage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void CheckPage::initializePage()
{
    ImportWizard *w = importWizard();
    if (m_table->model() != w->invalidRowsModel()) {
        m_table->setModel(w->invalidRowsModel());
        connect(w, &ImportWizard::progress, m_progress, &QProgressBar::setValue);
        connect(w, &ImportWizard::dryRunFinished, this, &CheckPage::finished);
    }
    {
        const QSignalBlocker blockUpdate(m_update);
        const QSignalBlocker blockSkip(m_skip);
        const QSignalBlocker blockStrict(m_strict);
        (w->updateExisting() ? m_update : m_skip)->setChecked(true);
        m_strict->setChecked(w->strict());
    }
    start();
}

void CheckPage::cleanupPage()
{
    importWizard()->cancelJob();
}

void CheckPage::start()
{
    ImportWizard *w = importWizard();
    if (!w || w->currentId() != ImportWizard::CheckPageId)
        return;
    m_cancelled = false;
    m_status->setText(w->files().size() == 1 ? tr("Checking the file…")
                                             : tr("Checking %1 files…").arg(w->files().size()));
    m_counts->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_again->hide();
    w->startDryRun();
    emit completeChanged();
}

void CheckPage::finished()
{
    const ImportWizard *w = importWizard();
    if (w->isBusy() || !w->dryRun())
        return;
    m_progress->hide();
    m_cancel->hide();
    m_again->show();
    const Result<ImportReport> &result = *w->dryRun();
    if (!result && m_cancelled) {
        m_status->setText(tr("Check cancelled"));
        m_counts->setText(tr("Check the file again to go on."));
    } else if (!result) {
        m_status->setText(tr("The file cannot be imported as it is"));
        m_counts->setText(result.error().toString());
    } else {
        m_status->setText(
            result->rejected == 0
                ? tr("Every row can be imported")
                : tr("Rows that cannot be imported: %1").arg(number(result->rejected)));
        m_counts->setText(countsText());
        m_warnings->setText(result->warnings.join(QLatin1Char('\n')));
        m_warnings->setVisible(!result->warnings.isEmpty());
    }
    for (int column = 0; column < InvalidRowsModel::ReasonColumn; ++column)
        m_table->resizeColumnToContents(column);
    // Wrapped reasons get the rows they need, with the same air as the other tables.
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        m_table->setRowHeight(row, m_table->rowHeight(row) + 6);
    emit completeChanged();
}

QString CheckPage::countsText() const
{
    const ImportReport &report = importWizard()->dryRun()->value();
    QString text = tr("Rows read: %1. New records: %2. Already in Siyu: %3. Invalid: %4.")
                       .arg(number(report.read), number(report.inserted), number(report.updated),
                            number(report.rejected));
    if (report.rejected > report.invalidRows.size())
        text += QLatin1Char(' ') + tr("The first %1 are listed; the import writes all of them to "
                                      "a rejects file.")
                                       .arg(number(report.invalidRows.size()));
    else if (report.rejected > 0)
        text += QLatin1Char(' ') + tr("The import skips them and writes them to a rejects file.");
    if (importWizard()->strict() && report.rejected > 0)
        text += QLatin1Char(' ') + tr("With “Import nothing if any row is invalid” on, the "
                                      "import would stop: fix the file or turn it off.");
    return text;
}

bool CheckPage::isComplete() const
{
    const ImportWizard *w = importWizard();
    if (!w || w->isBusy() || !w->dryRun() || !w->dryRun()->ok())
        return false;
    const ImportReport &report = w->dryRun()->value();
    return report.inserted + report.updated > 0 && !(w->strict() && report.rejected > 0);
}

// --- RunPage --------------------------------------------------------------------------------

RunPage::RunPage()
    : m_status(boldLabel()), m_progress(new QProgressBar), m_cancel(new QPushButton(tr("Cancel")))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Siyu writes everything in one step: if you cancel, the workspace stays as it "
                   "was."));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow(m_progress, m_cancel));
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        importWizard()->cancelJob();
    });
}

ImportWizard *RunPage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void RunPage::initializePage()
{
    ImportWizard *w = importWizard();
    if (!std::exchange(m_connected, true)) {
        connect(w, &ImportWizard::progress, m_progress, &QProgressBar::setValue);
        connect(w, &ImportWizard::importFinished, this, &RunPage::finished);
    }
    m_status->setText(w->files().size() == 1 ? tr("Importing the file…")
                                             : tr("Importing %1 files…").arg(w->files().size()));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    w->startImport();
}

void RunPage::finished()
{
    emit completeChanged();
    // The summary follows on its own: there is nothing to decide here.
    QTimer::singleShot(0, this, [this] {
        if (importWizard()->currentId() == ImportWizard::RunPageId)
            importWizard()->next();
    });
}

bool RunPage::isComplete() const
{
    return importWizard() && !importWizard()->isBusy() && importWizard()->importResult();
}

// --- SummaryPage ----------------------------------------------------------------------------

SummaryPage::SummaryPage()
    : m_result(boldLabel()), m_counts(new QLabel), m_rejects(new QLabel),
      m_undo(new QPushButton(tr("&Undo This Import"))),
      m_again(new QPushButton(tr("Import &Again…"))), m_undoState(new QLabel)
{
    setTitle(tr("Import finished"));
    setSubTitle(tr("What the import did. Until another import changes the same records, you can "
                   "take it back here or in File › Import History."));
    setFinalPage(true);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_rejects->setObjectName(QStringLiteral("rejectsLink"));
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_again->setObjectName(QStringLiteral("importAgain"));
    m_counts->setTextFormat(Qt::RichText);
    m_rejects->setWordWrap(true);
    m_undoState->setWordWrap(true);
    m_result->setWordWrap(true);
    connect(m_rejects, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_again);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addSpacing(8);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejects);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addWidget(m_undoState);
    layout->addStretch();
    connect(m_undo, &QPushButton::clicked, this, &SummaryPage::undo);
    connect(m_again, &QPushButton::clicked, this, [this] { importWizard()->restart(); });
}

ImportWizard *SummaryPage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void SummaryPage::initializePage()
{
    if (!std::exchange(m_connected, true)) {
        connect(importWizard(), &ImportWizard::undoFinished, this, &SummaryPage::undone);
    }
    m_undoState->clear();
    m_again->hide();
    showReport();
}

void SummaryPage::showReport()
{
    const auto &result = importWizard()->importResult();
    const bool ok = result && result->ok();
    const bool wrote = ok && result->value().batch != 0;
    m_undo->setVisible(wrote);
    m_undo->setEnabled(wrote);
    m_counts->setVisible(ok);
    m_rejects->setVisible(ok && !result->value().rejectFiles.isEmpty());
    if (!ok) {
        m_result->setText(tr("Nothing was imported: %1. The workspace is as it was.")
                              .arg(result ? result->error().toString() : tr("cancelled")));
        m_again->show();
        return;
    }
    const ImportReport &report = result->value();
    m_result->setText(wrote ? tr("The import is done.")
                            : tr("No row could be imported; the workspace is as it was."));
    m_counts->setText(tr("<table cellspacing=6><tr><td>Rows read</td><td align=right>%1</td></tr>"
                         "<tr><td>Inserted</td><td align=right>%2</td></tr>"
                         "<tr><td>Updated</td><td align=right>%3</td></tr>"
                         "<tr><td>Rejected</td><td align=right>%4</td></tr></table>")
                          .arg(number(report.read), number(report.inserted), number(report.updated),
                               number(report.rejected)));
    QStringList links;
    for (const QString &file : report.rejectFiles)
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded),
                          QFileInfo(file).fileName().toHtmlEscaped());
    m_rejects->setText(
        tr("The rejected rows, each with its reason: %1").arg(links.join(QLatin1String(", "))));
}

void SummaryPage::undo()
{
    m_undo->setEnabled(false);
    m_undoState->setText(tr("Undoing the import…"));
    importWizard()->undoImport();
}

void SummaryPage::undone()
{
    const auto &result = importWizard()->undoResult();
    if (!result || !result->ok()) {
        m_undoState->setText(tr("The import could not be undone: %1")
                                 .arg(result ? result->error().toString() : tr("cancelled")));
        m_undo->setEnabled(true);
        return;
    }
    m_undoState->setText(
        tr("Records removed: %1; restored as they were: %2.")
            .arg(number(result->value().removed), number(result->value().restored)));
    m_result->setText(tr("The import is undone; the workspace is as it was before it."));
    m_again->show();
}

} // namespace siyu
