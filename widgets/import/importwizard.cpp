// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/importwizard.h"

#include "models/common/sidefile.h"
#include "models/import/importmappingmodel.h"
#include "models/import/importpreviewmodel.h"
#include "models/import/invalidrowsmodel.h"
#include "models/store/workspace.h"
#include "widgets/import/importpages.h"
#include "widgets/import/workspacejob.h"

#include <QFileInfo>

namespace siyu {

ImportWizard::ImportWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace),
      m_workspacePath(workspace ? workspace->path() : QString()),
      m_mapping(new ImportMappingModel(this)), m_previewModel(new ImportPreviewModel(this)),
      m_invalidRows(new InvalidRowsModel(this)), m_job(new WorkspaceJob(this)),
      m_checkpoint(new WorkspaceJob(this))
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(900, 640);
    if (auto catalog = PresetCatalog::load(workspace))
        m_catalog = std::move(*catalog);
    setPage(FilePageId, new FilePage);
    setPage(SourcePageId, new SourcePage);
    setPage(MappingPageId, new MappingPage);
    setPage(CheckPageId, new CheckPage);
    setPage(RunPageId, new RunPage);
    setPage(SummaryPageId, new SummaryPage);
    connect(m_mapping, &ImportMappingModel::mappingChanged, this,
            [this] { m_previewModel->setPreset(m_mapping->preset()); });
    connect(m_job, &WorkspaceJob::progress, this, &ImportWizard::progress);
    connect(m_job, &WorkspaceJob::finished, this, &ImportWizard::jobFinished);
}

ImportWizard::~ImportWizard()
{
    m_job->cancelAndWait();
    m_checkpoint->cancelAndWait();
}

void ImportWizard::setFiles(const QStringList &files)
{
    m_files = files;
    m_read = {};
    m_presetName.clear();
    loadPreview();
    setStartId(files.isEmpty() ? FilePageId : SourcePageId);
}

void ImportWizard::setReadOptions(const ReadOptions &options)
{
    m_read = options;
    loadPreview();
}

void ImportWizard::loadPreview()
{
    m_preview.reset();
    m_previewError.clear();
    // The workspace (or its -wal, -shm) is never read as an export: closing a descriptor of
    // it would drop SQLite's locks (the import refuses it too).
    for (const QString &file : std::as_const(m_files)) {
        const Status status = m_workspacePath.isEmpty()
                                  ? Status()
                                  : checkSideFile(tr("The file to import"), file, m_workspacePath);
        if (!status && m_previewError.isEmpty())
            m_previewError = status.error().toString();
    }
    if (!m_files.isEmpty() && m_previewError.isEmpty()) {
        auto preview = ImportEngine::preview(m_files.first(), m_read, m_catalog);
        if (preview)
            m_preview = std::move(*preview);
        else
            m_previewError = preview.error().toString();
    }
    m_previewModel->setRows(m_preview ? m_preview->header : QStringList(),
                            m_preview ? m_preview->rows : QList<QStringList>());
    // The recognised preset, unless the user chose one already.
    if (m_presetName.isEmpty() && m_preview)
        m_presetName = m_preview->recognisedPreset;
    // Chat exports have no header to recognise: their kind of file says what they are.
    if (m_presetName.isEmpty() && !m_files.isEmpty()) {
        const QString suffix = QFileInfo(m_files.first()).suffix().toLower();
        if (suffix == QLatin1String("json"))
            m_presetName = QStringLiteral("telegram-json");
        else if (suffix == QLatin1String("txt"))
            m_presetName = QStringLiteral("whatsapp-txt");
    }
    emit previewChanged();
    setPresetName(m_presetName);
}

void ImportWizard::setPresetName(const QString &name)
{
    m_presetName = name;
    const ImportPreset *preset = m_catalog.find(name);
    const ImportPreset chosen = preset ? *preset : ImportPreset();
    m_mapping->setSource(m_preview ? m_preview->header : QStringList(),
                         m_preview ? m_preview->rows : QList<QStringList>(), chosen);
    m_previewModel->setPreset(chosen);
    emit presetChanged();
}

Status ImportWizard::savePreset(const QString &name)
{
    if (!m_workspace)
        return makeError(tr("no workspace is open"));
    ImportPreset preset = m_mapping->preset();
    preset.name = name;
    preset.title = name;
    preset.builtIn = false;
    if (const Status status = PresetCatalog::save(*m_workspace, preset); !status)
        return status;
    if (auto catalog = PresetCatalog::load(m_workspace))
        m_catalog = std::move(*catalog);
    emit catalogChanged();
    setPresetName(name);
    return {};
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.files = m_files;
    options.preset = m_presetName;
    if (m_mapping->isModified()) {
        options.customPreset = m_mapping->preset();
        options.customPreset->name = tr("%1 (edited)").arg(m_presetName);
    }
    options.strict = m_strict;
    options.dryRun = dryRun;
    options.writeRejects = !dryRun;
    options.updateExisting = m_updateExisting;
    options.read = m_read;
    return options;
}

void ImportWizard::startDryRun()
{
    m_dryRun.reset();
    m_invalidRows->setRows({});
    runJob(true);
}

void ImportWizard::startImport()
{
    m_import.reset();
    m_undo.reset();
    runJob(false);
}

void ImportWizard::runJob(bool dryRun)
{
    m_job->cancelAndWait();
    m_running = dryRun ? Job::DryRun : Job::Import;
    m_result.reset();
    const ImportOptions options = this->options(dryRun);
    m_job->start(m_workspacePath, [this, options](Workspace &ws, WorkspaceJob &job) {
        ImportEngine engine(ws);
        engine.setProgress([&job](qint64 done, qint64 total) {
            job.reportProgress(done, total);
            return !job.isCancelled();
        });
        m_result = engine.run(options);
    });
}

void ImportWizard::undoImport()
{
    if (!m_import || !m_import->ok() || m_import->value().batch == 0 || isBusy())
        return;
    const qint64 batch = m_import->value().batch;
    m_running = Job::Undo;
    m_undoResult.reset();
    m_undo.reset();
    m_job->start(m_workspacePath, [this, batch](Workspace &ws, WorkspaceJob &) {
        m_undoResult = ImportHistory::undo(ws, batch);
    });
}

void ImportWizard::cancelJob()
{
    m_job->cancel();
}

bool ImportWizard::isBusy() const
{
    return m_job->isRunning();
}

void ImportWizard::jobFinished()
{
    const Job finished = std::exchange(m_running, Job::None);
    if (const auto &error = m_job->openError()) {
        m_result = *error;
        m_undoResult = *error;
    }
    switch (finished) {
    case Job::DryRun:
        m_dryRun = m_result ? *m_result : Result<ImportReport>(makeError(tr("cancelled")));
        m_invalidRows->setRows(m_dryRun->ok() ? m_dryRun->value().invalidRows : QList<Error>());
        emit dryRunFinished();
        break;
    case Job::Import:
        m_import = m_result ? *m_result : Result<ImportReport>(makeError(tr("cancelled")));
        if (m_import->ok() && m_import->value().batch != 0)
            emit workspaceChanged();
        emit importFinished();
        if (m_import->ok() && m_import->value().checkpointDue && !m_checkpoint->isRunning())
            m_checkpoint->start(m_workspacePath, [](Workspace &ws, WorkspaceJob &) {
                // Nothing is lost when it fails: the next commit copies the pages.
                static_cast<void>(ws.checkpoint());
            });
        break;
    case Job::Undo:
        m_undo = m_undoResult;
        if (m_undo && m_undo->ok())
            emit workspaceChanged();
        emit undoFinished();
        break;
    case Job::None:
        break;
    }
}

void ImportWizard::reject()
{
    // The engine rolls back on cancel: closing mid-import leaves the workspace as it was.
    m_job->cancelAndWait();
    m_running = Job::None;
    QWizard::reject();
}

} // namespace siyu
