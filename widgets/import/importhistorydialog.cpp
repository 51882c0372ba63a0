// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/importhistorydialog.h"

#include "models/common/units.h"
#include "models/import/importhistory.h"
#include "models/import/importhistorymodel.h"
#include "models/store/workspace.h"
#include "widgets/import/workspacejob.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace siyu {

ImportHistoryDialog::ImportHistoryDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new ImportHistoryModel(this)),
      m_view(new QTableView), m_status(new QLabel), m_undo(new QPushButton(tr("&Undo Import…"))),
      m_job(new WorkspaceJob(this))
{
    setWindowTitle(tr("Import History"));
    resize(960, 480);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_status->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoBatch"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    // The times are the workspace's, which may not be this computer's.
    auto *zoneNote = new QLabel(
        workspace
            ? tr("Times in %1").arg(units::zoneLabel(units::Display::in(workspace->timeZone())))
            : QString());
    zoneNote->setObjectName(QStringLiteral("zoneNote"));
    zoneNote->setStyleSheet(QStringLiteral("color: #5b6673;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(zoneNote);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    reload();
}

void ImportHistoryDialog::reload()
{
    const Status status = m_model->reload(m_workspace);
    m_status->setText(status ? (m_model->rowCount() == 0 ? tr("No imports yet.") : QString())
                             : status.error().toString());
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QModelIndex index = rows.first();
    return index.data(ImportHistoryModel::UndoneRole).toBool()
               ? 0
               : index.data(ImportHistoryModel::BatchIdRole).toLongLong();
}

void ImportHistoryDialog::updateButtons()
{
    m_undo->setEnabled(!m_job->isRunning() && selectedBatch() != 0);
}

void ImportHistoryDialog::undoSelected()
{
    const qint64 batch = selectedBatch();
    const ImportBatch *info = m_model->batch(m_model->rowOfBatch(batch));
    if (!info)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Undo Import"),
        tr("Undo import %1? The records it added (%2) are removed, and the records it updated "
           "(%3) are restored as they were.")
            .arg(batch)
            .arg(info->inserted)
            .arg(info->updated),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        undoBatch(batch);
}

void ImportHistoryDialog::undoBatch(qint64 batch)
{
    if (!m_workspace || m_job->isRunning())
        return;
    auto result = std::make_shared<std::optional<Result<ImportHistory::UndoReport>>>();
    m_status->setText(tr("Undoing import %1…").arg(batch));
    m_job->disconnect(this);
    connect(m_job, &WorkspaceJob::finished, this, [this, result, batch] {
        if (const auto &error = m_job->openError())
            *result = *error;
        reload();
        if (*result && (*result)->ok()) {
            m_status->setText(tr("Import %1 is undone. Records removed: %2; restored: %3.")
                                  .arg(batch)
                                  .arg((*result)->value().removed)
                                  .arg((*result)->value().restored));
            emit workspaceChanged();
        } else {
            m_status->setText(tr("Import %1 could not be undone: %2")
                                  .arg(batch)
                                  .arg(*result ? (*result)->error().toString() : tr("cancelled")));
        }
        emit undoFinished();
    });
    m_job->start(m_workspace->path(), [result, batch](Workspace &ws, WorkspaceJob &) {
        *result = ImportHistory::undo(ws, batch);
    });
    updateButtons();
}

void ImportHistoryDialog::reject()
{
    m_job->cancelAndWait();
    QDialog::reject();
}

} // namespace siyu
