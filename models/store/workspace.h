// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

struct sqlite3;

namespace siyu {

// One open workspace file: a SQLite database with Siyu's schema. A Workspace (and its Qt SQL
// connection) belongs to the thread that opened it; a worker thread opens its own on the same
// path.
class Workspace
{
public:
    enum class OpenMode
    {
        CreateIfMissing, // read and write; a missing or empty file becomes a new workspace
        MustExist,       // read and write an existing workspace
        ReadOnly,        // only read an existing workspace: never writes, never upgrades
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   OpenMode mode = OpenMode::CreateIfMissing);
    // For the migration tests: opens or creates `path` upgrading it only up to `version`.
    static Result<std::unique_ptr<Workspace>> openAtVersion(const QString &path, int version);
    // Whether an existing workspace file could be opened to be changed (the file and its folder
    // are writable). Asks the file system only.
    static bool canChange(const QString &path);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QSqlDatabase db() const;
    // The raw SQLite handle of the same connection, for bulk statements.
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }
    // Opened with OpenMode::ReadOnly: every write fails.
    bool isReadOnly() const { return m_readOnly; }
    // PRAGMA data_version: changes whenever another connection (of this process or another)
    // commits to the file. -1 when it cannot be read.
    qint64 dataVersion() const;
    QString displayName() const;
    // Copies what the WAL holds into the file as far as readers allow (a passive checkpoint):
    // what SQLite does after a large commit by itself, for a writer that put it off until its
    // result was shown (ImportReport::checkpointDue).
    Status checkpoint();

    // The workspace's time zone (setting `time_zone`, the system zone when unset).
    QTimeZone timeZone() const;
    // Re-read cached settings after they changed.
    void reloadSettings();

    // Used by Transaction to nest with savepoints.
    int &transactionDepth() { return m_transactionDepth; }

private:
    Workspace(QString path, QString connectionName);
    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode,
                                                   int targetVersion);
    Status initialise();

    QString m_path;
    QString m_connectionName;
    QTimeZone m_zone;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    int m_targetVersion = 0;
};

} // namespace siyu
