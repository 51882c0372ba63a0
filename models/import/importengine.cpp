// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importengine.h"

#include "models/common/sidefile.h"
#include "models/import/chatrowsource.h"
#include "models/import/csvrowsource.h"
#include "models/import/foreignkeycheck.h"
#include "models/import/presetcatalog.h"
#include "models/import/rejectswriter.h"
#include "models/import/storewriter.h"
#include "models/segments/lifecycle.h"
#include "models/store/auditlog.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sqlite3.h>

#include <memory>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::ImportEngine", text);
}

Result<std::unique_ptr<RowSource>>
openSource(const QString &path, int index, const ImportPreset &preset, const ReadOptions &options)
{
    switch (preset.format) {
    case SourceFormat::Csv: {
        auto source = CsvRowSource::open(path, index, preset, options);
        if (!source)
            return source.error();
        return std::unique_ptr<RowSource>(std::move(*source));
    }
    case SourceFormat::TelegramJson: {
        auto source = TelegramRowSource::open(path, index, preset);
        if (!source)
            return source.error();
        return std::unique_ptr<RowSource>(std::move(*source));
    }
    case SourceFormat::WhatsAppText: {
        auto source = WhatsAppRowSource::open(path, index, preset, options);
        if (!source)
            return source.error();
        return std::unique_ptr<RowSource>(std::move(*source));
    }
    }
    return makeError(tr("unknown format"));
}

// The import resolves every reference to a row id it has seen before writing it, so SQLite's
// own foreign-key checks (a parent lookup and statement-end bookkeeping per row, a fifth of the
// cost of an event) are redundant while it writes. They can only be switched outside a
// transaction; a nested import keeps them.
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(Workspace &ws) : m_ws(ws)
    {
        if (ws.transactionDepth() != 0)
            return;
        auto on = sql::scalar(ws.db(), QStringLiteral("PRAGMA foreign_keys"));
        m_restore = on && on->toInt() == 1 &&
                    sql::exec(ws.db(), QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    }
    ~ForeignKeyChecksOff()
    {
        if (m_restore)
            sql::exec(m_ws.db(), QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    Workspace &m_ws;
    bool m_restore = false;
};

// The import checks every value the schema's CHECK constraints test (a choice among the
// field's values, an amount of 0 or more, a flag of 0 or 1) before writing it. SQLite tests a
// `col IN ('a','b','c')` constraint through a temporary b-tree it builds and drops for every
// row written: a b-tree per event, a third of the cost of writing it. Off while the import
// writes; everything else it writes (the lifecycle stages, the undo log) is constants of ours.
class CheckConstraintsOff
{
public:
    explicit CheckConstraintsOff(Workspace &ws) : m_ws(ws)
    {
        auto ignoring = sql::scalar(ws.db(), QStringLiteral("PRAGMA ignore_check_constraints"));
        m_restore = ignoring && ignoring->toInt() == 0 &&
                    sql::exec(ws.db(), QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok();
    }
    ~CheckConstraintsOff()
    {
        if (m_restore)
            sql::exec(m_ws.db(), QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    }
    CheckConstraintsOff(const CheckConstraintsOff &) = delete;
    CheckConstraintsOff &operator=(const CheckConstraintsOff &) = delete;

private:
    Workspace &m_ws;
    bool m_restore = false;
};

// A large import writes, and then reads back to build indexes, far more pages than the
// workspace's usual page cache holds: each index built afterwards would read the table from
// disk again, and pages the cache must evict mid-transaction are written to the WAL twice. The
// cache grows with the input for the import (SQLite takes the memory only as pages are used)
// and shrinks back when it is done.
class LargerPageCache
{
public:
    LargerPageCache(Workspace &ws, qint64 inputBytes) : m_ws(ws)
    {
        constexpr qint64 maxKiB = 1536 * 1024;
        const qint64 wantKiB = qMin(maxKiB, inputBytes / 1024 * 8);
        auto current = sql::scalar(ws.db(), QStringLiteral("PRAGMA cache_size"));
        if (!current)
            return;
        const qint64 pages = current->toLongLong();
        // Negative: a size in KiB; positive: a number of pages (of 4 KiB by default).
        const qint64 currentKiB = pages < 0 ? -pages : pages * 4;
        if (wantKiB <= currentKiB)
            return;
        // PRAGMA values cannot be bound; these are integers of ours.
        if (sql::exec(ws.db(), QStringLiteral("PRAGMA cache_size = -%1").arg(wantKiB)).ok())
            m_restore = pages;
    }
    ~LargerPageCache()
    {
        if (m_restore)
            sql::exec(m_ws.db(), QStringLiteral("PRAGMA cache_size = %1").arg(*m_restore));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    Workspace &m_ws;
    std::optional<qint64> m_restore;
};

// A large import leaves a large WAL, and SQLite's automatic checkpoint would copy it into the
// file as part of the commit: a second write of every page the import touched, most of the
// commit's time on a large workspace. The import is complete and on disk without it (the WAL is
// synced at the commit), so the commit goes without, and the caller checkpoints after showing
// the result. The connection's setting comes back afterwards.
class CheckpointAfterwards
{
public:
    explicit CheckpointAfterwards(Workspace &ws) : m_ws(ws)
    {
        auto pages = sql::scalar(ws.db(), QStringLiteral("PRAGMA wal_autocheckpoint"));
        if (pages && sqlite3_wal_autocheckpoint(ws.handle(), 0) == SQLITE_OK)
            m_restore = int(pages->toLongLong());
    }
    ~CheckpointAfterwards()
    {
        if (m_restore)
            sqlite3_wal_autocheckpoint(m_ws.handle(), *m_restore);
    }
    CheckpointAfterwards(const CheckpointAfterwards &) = delete;
    CheckpointAfterwards &operator=(const CheckpointAfterwards &) = delete;

private:
    Workspace &m_ws;
    std::optional<int> m_restore;
};

// One import in progress: its sources, writer, rejects files and counts.
class Run
{
public:
    Run(Workspace &ws, const ImportOptions &options, const ImportEngine::Progress &progress)
        : m_ws(ws), m_options(options), m_progress(progress)
    {}

    Result<ImportReport> execute(const ImportPreset &preset);

private:
    Status openSources(const ImportPreset &preset);
    Result<qint64> startBatch(const ImportPreset &preset, qint64 now);
    Status readAll(StoreWriter &writer);
    Status handle(StoreWriter::Outcome outcome, const SourceRow &row, Error error);
    Status retryPending(StoreWriter &writer);
    Status finishBatch(qint64 batch, qint64 now);
    RejectsWriter *rejectsFor(int file);
    Status finishRejects();
    Status auditRejects();
    void discardRejects();
    bool keepGoing(qint64 done, qint64 total) const
    {
        return !m_progress || m_progress(done, total);
    }

    Workspace &m_ws;
    const ImportOptions &m_options;
    const ImportEngine::Progress &m_progress;
    std::vector<std::unique_ptr<RowSource>> m_sources;
    std::vector<std::unique_ptr<RejectsWriter>> m_rejects;
    std::vector<SourceRow> m_pending;
    ImportReport m_report;
};

Status Run::openSources(const ImportPreset &preset)
{
    if (m_options.files.isEmpty())
        return makeError(tr("no file to import"));
    for (int i = 0; i < m_options.files.size(); ++i) {
        auto source = openSource(m_options.files[i], i, preset, m_options.read);
        if (!source)
            return source.error();
        m_report.warnings << (*source)->warnings();
        m_report.sources << QStringLiteral("%1: %2").arg(m_options.files[i],
                                                         (*source)->description());
        m_sources.push_back(std::move(*source));
    }
    return {};
}

Result<qint64> Run::startBatch(const ImportPreset &preset, qint64 now)
{
    QJsonArray files;
    for (const QString &file : m_options.files)
        files.append(QFileInfo(file).absoluteFilePath());
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral("INSERT INTO import_batches (preset, files, started_at) "
                       "VALUES (?, ?, ?)"),
        {preset.name, QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)), now});
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

RejectsWriter *Run::rejectsFor(int file)
{
    if (!m_options.writeRejects || m_options.strict || m_options.dryRun)
        return nullptr;
    const bool shared = !m_options.rejectsPath.isEmpty();
    if (m_rejects.empty())
        m_rejects.resize(shared ? 1 : m_sources.size());
    auto &slot = m_rejects[shared ? 0 : size_t(file)];
    if (!slot)
        slot = std::make_unique<RejectsWriter>(
            shared ? m_options.rejectsPath
                   : ImportEngine::defaultRejectsPath(m_options.files.at(file)));
    return slot.get();
}

// Before the commit: a rejects file that cannot be written whole fails the import.
Status Run::finishRejects()
{
    for (auto &rejects : m_rejects) {
        if (!rejects || !rejects->opened())
            continue;
        if (const Status status = rejects->finish(); !status)
            return status;
        m_report.rejectFiles << rejects->path();
    }
    return {};
}

// A rejects file holds personal data as the source had it: its creation is in the audit log,
// with its path and row count only.
Status Run::auditRejects()
{
    for (const auto &rejects : m_rejects) {
        if (!rejects || !rejects->opened())
            continue;
        const QJsonObject detail{
            {QStringLiteral("file"), QFileInfo(rejects->path()).absoluteFilePath()},
            {QStringLiteral("rows"), rejects->rows()}};
        if (const Status status = auditlog::record(
                m_ws, auditlog::exportData, QStringLiteral("rejects"), m_report.batch,
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !status)
            return status;
    }
    return {};
}

void Run::discardRejects()
{
    for (auto &rejects : m_rejects) {
        if (rejects)
            rejects->discard();
    }
}

Status Run::handle(StoreWriter::Outcome outcome, const SourceRow &row, Error error)
{
    using Outcome = StoreWriter::Outcome;
    switch (outcome) {
    case Outcome::Inserted:
        m_report.inserted += row.counted;
        return {};
    case Outcome::Updated:
        m_report.updated += row.counted;
        return {};
    case Outcome::Unchanged:
        m_report.updated += row.counted;
        m_report.unchanged += row.counted;
        return {};
    case Outcome::Deferred:
        m_pending.push_back(row.deepCopy());
        return {};
    case Outcome::Invalid:
        break;
    }
    error.file = m_options.files.value(row.file);
    if (error.row == 0)
        error.row = row.row;
    if (row.counted == 0) {
        // A record the source derived (a chat's author): what depends on it says so too.
        m_report.warnings << error.toString();
        return {};
    }
    if (m_options.strict)
        return error;
    m_report.rejected += row.counted;
    if (m_report.invalidRows.size() < m_options.keepInvalidRows)
        m_report.invalidRows << error;
    if (RejectsWriter *rejects = rejectsFor(row.file)) {
        const QString reason = error.column.isEmpty()
                                   ? error.message
                                   : tr("column %1: %2").arg(error.column, error.message);
        const QStringList header = m_sources[size_t(row.file)]->rejectHeader();
        for (const auto &record : row.raw) {
            if (const Status status = rejects->write(header, record, reason); !status)
                return status;
        }
    }
    return {};
}

Status Run::readAll(StoreWriter &writer)
{
    qint64 total = 0, done = 0, rows = 0;
    for (const auto &source : m_sources)
        total += source->bytesTotal();
    SourceRow row;
    for (const auto &source : m_sources) {
        while (source->next(row)) {
            m_report.read += row.counted;
            Error error;
            const auto outcome = writer.write(row, false, &error);
            if (const Status status = handle(outcome, row, error); !status)
                return status;
            if ((++rows & 0x3ff) == 0 && !keepGoing(done + source->bytesDone(), total))
                return makeError(tr("cancelled"));
        }
        if (source->fatal())
            return *source->fatal();
        done += source->bytesTotal();
    }
    return {};
}

Status Run::retryPending(StoreWriter &writer)
{
    // Rows that named a record still to come: retried until nothing more resolves, then once
    // more for good, when what is still unknown is an error.
    bool progress = true;
    while (progress && !m_pending.empty()) {
        progress = false;
        std::vector<SourceRow> still;
        for (SourceRow &row : m_pending) {
            Error error;
            const auto outcome = writer.write(row, false, &error);
            if (outcome == StoreWriter::Outcome::Deferred) {
                still.push_back(std::move(row));
                continue;
            }
            progress = true;
            if (const Status status = handle(outcome, row, error); !status)
                return status;
        }
        m_pending.swap(still);
    }
    for (const SourceRow &row : m_pending) {
        Error error;
        const auto outcome = writer.write(row, true, &error);
        if (const Status status = handle(outcome, row, error); !status)
            return status;
    }
    m_pending.clear();
    return {};
}

Status Run::finishBatch(qint64 batch, qint64 now)
{
    return sql::exec(
        m_ws.db(),
        QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, "
                       "rows_inserted = ?, rows_updated = ?, rows_rejected = ? "
                       "WHERE id = ?"),
        {now, m_report.read, m_report.inserted, m_report.updated, m_report.rejected, batch});
}

Result<ImportReport> Run::execute(const ImportPreset &preset)
{
    const qint64 now = m_options.now ? m_options.now : QDateTime::currentSecsSinceEpoch();
    m_report.dryRun = m_options.dryRun;
    if (const Status status = openSources(preset); !status)
        return status.error();
    qint64 estimated = 0, bytes = 0;
    std::vector<Entity> arriving;
    for (const auto &source : m_sources) {
        estimated += source->estimatedRows();
        bytes += source->bytesTotal();
        for (Entity entity : source->entities())
            arriving.push_back(entity);
    }
    PhaseTimer timer;
    const ForeignKeyChecksOff checksOff(m_ws); // outlives the transaction
    const CheckConstraintsOff constraintsOff(m_ws);
    const LargerPageCache cache(m_ws, m_options.dryRun ? 0 : bytes);
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto batch = startBatch(preset, now);
    if (!batch)
        return batch.error();
    StoreWriter writer(m_ws, *batch, now);
    writer.setFileNames(m_options.files);
    writer.setUpdateExisting(m_options.updateExisting);
    writer.setTimer(&timer);
    Status status = writer.begin(estimated, arriving);
    timer.lap(QStringLiteral("prepare"));
    if (status)
        status = readAll(writer);
    timer.lap(QStringLiteral("read_check_write_rows"));
    if (status)
        status = retryPending(writer);
    if (status)
        status = writer.finish();
    if (status)
        status = finishBatch(*batch, now);
    timer.lap(QStringLiteral("undo_log"));
    if (status && !m_options.dryRun)
        status = checkBatchForeignKeys(m_ws, *batch);
    timer.lap(QStringLiteral("foreign_key_check"));
    const bool anything = m_report.inserted + m_report.updated > 0;
    if (status && anything && !m_options.dryRun)
        status =
            lifecycle::refreshBatch(m_ws, *batch, now, [this](int) { return keepGoing(1, 1); });
    timer.lap(QStringLiteral("lifecycle_refresh"));
    if (status)
        status = writer.finishAfterRefresh();
    timer.lap(QStringLiteral("triggers"));
    if (status)
        status = finishRejects();
    const bool committing = anything && !m_options.dryRun;
    if (status && committing) {
        m_report.batch = *batch;
        status = auditRejects();
    }
    if (!status) {
        m_report.batch = 0;
        discardRejects();
        return status.error();
    }
    if (committing) {
        const CheckpointAfterwards later(m_ws);
        if (const Status committed = transaction.commit(); !committed) {
            m_report.batch = 0;
            discardRejects();
            return committed.error();
        }
        m_report.checkpointDue = true;
        timer.lap(QStringLiteral("commit"));
    } else if (!m_report.rejectFiles.isEmpty()) {
        // Nothing to commit, but the rejects file stays for the user to mend: audited alone.
        transaction.rollback();
        if (const Status audited = auditRejects(); !audited) {
            discardRejects();
            return audited.error();
        }
    }
    m_report.phases = timer.phases();
    return m_report;
}

} // namespace

QString ImportReport::summary() const
{
    return QStringLiteral("read %1, inserted %2, updated %3, rejected %4")
        .arg(read)
        .arg(inserted)
        .arg(updated)
        .arg(rejected);
}

ImportEngine::ImportEngine(Workspace &ws) : m_ws(ws) {}

Status ImportEngine::checkRejectsPaths(const QString &workspace, const ImportOptions &options)
{
    if (!options.writeRejects || options.strict || options.dryRun)
        return {};
    if (!options.rejectsPath.isEmpty())
        return checkSideFile(tr("the rejects file"), options.rejectsPath, workspace, options.files);
    for (const QString &file : options.files) {
        if (const Status status = checkSideFile(tr("the rejects file"), defaultRejectsPath(file),
                                                workspace, options.files);
            !status)
            return status;
    }
    return {};
}

QString ImportEngine::defaultRejectsPath(const QString &input)
{
    return input + QStringLiteral(".rejects.csv");
}

Result<ImportReport> ImportEngine::run(const ImportOptions &options)
{
    ImportPreset preset;
    if (options.customPreset) {
        preset = *options.customPreset;
    } else {
        auto catalog = PresetCatalog::load(&m_ws);
        if (!catalog)
            return catalog.error();
        const ImportPreset *found = catalog->find(options.preset);
        if (!found)
            return makeError(
                tr("there is no preset '%1' ('siyu presets' lists them)").arg(options.preset));
        preset = *found;
    }
    if (const Status status = preset.check(); !status)
        return status.error();
    for (const QString &file : options.files) {
        // Read as a CSV while SQLite holds it open, the workspace would lose its locks.
        if (const Status status = checkSideFile(tr("the file to import"), file, m_ws.path());
            !status)
            return status.error();
    }
    if (const Status status = checkRejectsPaths(m_ws.path(), options); !status)
        return status.error();
    Run run(m_ws, options, m_progress);
    auto report = run.execute(preset);
    // For the benchmark, which runs `siyu import` as a process: the steps' times (no data).
    if (report && qEnvironmentVariableIsSet("SIYU_IMPORT_PHASES")) {
        QTextStream err(stderr);
        for (const auto &[phase, ms] : std::as_const(report->phases))
            err << "phase " << phase << ' ' << ms << Qt::endl;
    }
    return report;
}

Result<FilePreview> ImportEngine::preview(const QString &path, const ReadOptions &options,
                                          const PresetCatalog &catalog, int rows)
{
    auto text = TextSource::open(path, options.encoding);
    if (!text)
        return text.error();
    FilePreview preview;
    preview.encoding = (*text)->encoding();
    preview.encodingDetected = (*text)->detected();
    preview.delimiter =
        options.delimiter ? options.delimiter : CsvReader::sniffDelimiter((*text)->sample());
    CsvReader reader(**text, preview.delimiter);
    const auto records = CsvRowSource::readAhead(reader, rows + 30);
    if (reader.failed())
        return reader.error();
    // The header is the row most presets recognise.
    size_t header = 0;
    int bestScore = 0;
    for (const ImportPreset &preset : catalog.all()) {
        const size_t candidate = CsvRowSource::findHeader(records, preset);
        if (candidate >= records.size())
            continue;
        QStringList cells;
        for (const QByteArray &cell : records[candidate].fields)
            cells << QString::fromUtf8(cell).trimmed();
        const int score = PresetCatalog::score(preset, cells);
        if (score > bestScore) {
            bestScore = score;
            header = candidate;
        }
    }
    for (size_t i = 0; i < records.size(); ++i) {
        QStringList cells;
        for (const QByteArray &cell : records[i].fields)
            cells << QString::fromUtf8(cell);
        if (i == header) {
            preview.header = cells;
            preview.headerRow = records[i].row;
        } else if (i > header && preview.rows.size() < rows) {
            preview.rows << cells;
        }
    }
    if (const ImportPreset *preset = catalog.recognise(preview.header))
        preview.recognisedPreset = preset->name;
    return preview;
}

} // namespace siyu
