// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/importpreset.h"
#include "models/import/rowsource.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace siyu {

class Workspace;
class PresetCatalog;

struct ImportOptions
{
    QStringList files;
    QString preset;                           // a name in the PresetCatalog
    std::optional<ImportPreset> customPreset; // instead of `preset`: a mapping being edited
    bool strict = false; // the first invalid row aborts the import; nothing is written
    bool dryRun = false; // everything but the commit
    bool updateExisting = true;
    QString rejectsPath; // one file for all inputs; empty: `<input>.rejects.csv` per input
    bool writeRejects = true;
    ReadOptions read;
    qint64 now = 0;            // the import's time (epoch seconds); 0: the current time
    int keepInvalidRows = 100; // invalid rows kept in the report (all of them are counted)
};

struct ImportReport
{
    qint64 read = 0; // source rows
    qint64 inserted = 0;
    qint64 updated = 0;   // rows that matched an existing record, changed or not
    qint64 unchanged = 0; // of those, the ones that changed nothing
    qint64 rejected = 0;
    qint64 batch = 0; // the batch written; 0 when nothing was (a dry run, no valid row)
    bool dryRun = false;
    QList<Error> invalidRows;
    QStringList warnings;
    QStringList rejectFiles;
    QStringList sources; // what was detected in each file, for people
    // The import committed without copying its pages from the WAL into the file: the caller
    // runs Workspace::checkpoint() once it has shown the result (left undone, the next commit
    // of any connection does it).
    bool checkpointDue = false;
    // Wall-clock milliseconds of the import's steps (reading and writing the rows, rebuilding
    // indexes, the lifecycle refresh, the commit), in order, for the benchmark.
    QList<std::pair<QString, qint64>> phases;

    // "read R, inserted I, updated U, rejected J", the contract's summary line.
    QString summary() const;
};

// What a file looks like before it is imported: for the wizard's preview.
struct FilePreview
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = true;
    char delimiter = ',';
    qint64 headerRow = 0;
    QStringList header;
    QList<QStringList> rows;
    QString recognisedPreset; // empty when no preset fits
};

// The import: decode → parse → map → validate → apply, for the command line and the wizard
// alike. Everything happens in one transaction on the workspace it is given (a worker thread
// opens its own Workspace): a failure, a cancel or a killed process leaves the workspace as it
// was. Each import is recorded as a batch that undoBatch() can take back.
class ImportEngine
{
public:
    explicit ImportEngine(Workspace &ws);

    // Called now and then with bytes done and total; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The report of a completed import (or dry run), with the invalid rows it skipped; an
    // error when nothing could be imported at all: a file that cannot be read, a required
    // column missing, a strict import meeting an invalid row, a cancel.
    Result<ImportReport> run(const ImportOptions &options);

    static QString defaultRejectsPath(const QString &input);
    // A rejects file may not replace the workspace (or its -wal, -shm, -journal) or an input:
    // an error naming the path, checked before anything is opened.
    static Status checkRejectsPaths(const QString &workspace, const ImportOptions &options);
    static Result<FilePreview> preview(const QString &path, const ReadOptions &options,
                                       const PresetCatalog &catalog, int rows = 100);

private:
    Workspace &m_ws;
    Progress m_progress;
};

} // namespace siyu
