// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace siyu {

class ImportHistoryModel;
class Workspace;
class WorkspaceJob;

// Every import batch of the workspace, with Undo for the one selected.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(Workspace *workspace, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Undoes a batch on a worker thread, without asking (undoSelected() asks first).
    void undoBatch(qint64 batch);
    void reject() override;

signals:
    void undoFinished();
    // An undo changed the workspace: the main window refreshes its areas.
    void workspaceChanged();

private:
    void reload();
    void undoSelected();
    void updateButtons();
    qint64 selectedBatch() const;

    Workspace *m_workspace;
    ImportHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_undo;
    WorkspaceJob *m_job;
};

} // namespace siyu
