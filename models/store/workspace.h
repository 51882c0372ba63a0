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
        CreateIfMissing,
        MustExist
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   OpenMode mode = OpenMode::CreateIfMissing);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QSqlDatabase db() const;
    // The raw SQLite handle of the same connection, for bulk statements.
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }
    QString displayName() const;

    // The workspace's time zone (setting `time_zone`, the system zone when unset).
    QTimeZone timeZone() const;
    // Re-read cached settings after they changed.
    void reloadSettings();

    // Used by Transaction to nest with savepoints.
    int &transactionDepth() { return m_transactionDepth; }

private:
    Workspace(QString path, QString connectionName);
    Status initialise(bool isNew);

    QString m_path;
    QString m_connectionName;
    QTimeZone m_zone;
    int m_transactionDepth = 0;
};

} // namespace siyu
