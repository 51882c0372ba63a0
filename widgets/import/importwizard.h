// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importengine.h"
#include "models/import/importhistory.h"
#include "models/import/presetcatalog.h"

#include <QWizard>

#include <optional>

class QMimeData;

namespace siyu {

class ImportMappingModel;
class ImportPreviewModel;
class InvalidRowsModel;
class Workspace;
class WorkspaceJob;

// The import, as a user meets it: pick or drop files, see what Siyu recognised and the first
// rows, fix the mapping, check the rows, import in the background, and undo it if need be.
// The engine does the work (models/import); the wizard only chooses its options.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        SourcePageId,
        MappingPageId,
        CheckPageId,
        RunPageId,
        SummaryPageId
    };

    explicit ImportWizard(Workspace *workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The local files (not folders) of a drop, for the wizard and the window it opens over.
    static QStringList droppedFiles(const QMimeData *mime);

    // The files to import; with files, the wizard starts on the source page.
    void setFiles(const QStringList &files);
    const QStringList &files() const { return m_files; }

    Workspace *workspace() const { return m_workspace; }
    const PresetCatalog &catalog() const { return m_catalog; }
    // The preview of the first file, or why there is none.
    const std::optional<FilePreview> &preview() const { return m_preview; }
    const QString &previewError() const { return m_previewError; }
    const ReadOptions &readOptions() const { return m_read; }
    void setReadOptions(const ReadOptions &options);

    // The chosen preset: its mapping (possibly edited) is in mappingModel().
    const QString &presetName() const { return m_presetName; }
    void setPresetName(const QString &name);
    // Stores the edited mapping as a user preset of the workspace and chooses it.
    Status savePreset(const QString &name);

    ImportMappingModel *mappingModel() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    InvalidRowsModel *invalidRowsModel() const { return m_invalidRows; }

    bool updateExisting() const { return m_updateExisting; }
    void setUpdateExisting(bool update) { m_updateExisting = update; }
    bool strict() const { return m_strict; }
    void setStrict(bool strict) { m_strict = strict; }

    // Dry run (check page) and import (run page), each on a worker thread.
    void startDryRun();
    void startImport();
    void cancelJob();
    bool isBusy() const;
    const std::optional<Result<ImportReport>> &dryRun() const { return m_dryRun; }
    const std::optional<Result<ImportReport>> &importResult() const { return m_import; }
    // Takes back the import just made (summary page), on a worker thread.
    void undoImport();
    const std::optional<Result<ImportHistory::UndoReport>> &undoResult() const { return m_undo; }

    void reject() override;

signals:
    void previewChanged();
    void presetChanged();
    void catalogChanged();
    void progress(int permille);
    void dryRunFinished();
    void importFinished();
    void undoFinished();
    // An import or an undo changed the workspace: the main window refreshes its areas.
    void workspaceChanged();

private:
    void loadPreview();
    ImportOptions options(bool dryRun) const;
    void runJob(bool dryRun);
    void jobFinished();

    Workspace *m_workspace;
    QString m_workspacePath;
    PresetCatalog m_catalog;
    QStringList m_files;
    ReadOptions m_read;
    std::optional<FilePreview> m_preview;
    QString m_previewError;
    QString m_presetName;
    bool m_updateExisting = true;
    bool m_strict = false;
    ImportMappingModel *m_mapping;
    ImportPreviewModel *m_previewModel;
    InvalidRowsModel *m_invalidRows;
    WorkspaceJob *m_job;
    // After an import is shown: its pages copied from the WAL into the file
    // (ImportReport::checkpointDue), on a worker of its own.
    WorkspaceJob *m_checkpoint;
    enum class Job
    {
        None,
        DryRun,
        Import,
        Undo
    } m_running = Job::None;
    // Written by the worker, read once the job has finished.
    std::optional<Result<ImportReport>> m_result;
    std::optional<Result<ImportHistory::UndoReport>> m_undoResult;
    std::optional<Result<ImportReport>> m_dryRun;
    std::optional<Result<ImportReport>> m_import;
    std::optional<Result<ImportHistory::UndoReport>> m_undo;
};

} // namespace siyu
