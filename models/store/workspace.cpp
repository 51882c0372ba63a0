// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/workspace.h"

#include "models/store/collation.h"
#include "models/store/schema.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

#ifdef Q_OS_WIN
#include <io.h>
#define W_OK 2
#define access _access
#else
#include <unistd.h>
#endif

namespace siyu {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("siyu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::Workspace", text);
}

// Whether SQLite can write the file and create its -wal and -shm next to it. Only asks the file
// system (access(2) on the names); never opens the file, so no lock of ours is disturbed.
bool canWrite(const QFileInfo &info)
{
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    return ::access(file.constData(), W_OK) == 0 && ::access(dir.constData(), W_OK) == 0;
}

bool canCreateIn(const QFileInfo &info)
{
    return ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
}

} // namespace

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Workspace>> Workspace::openAtVersion(const QString &path, int version)
{
    return open(path, OpenMode::CreateIfMissing, version);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    return open(path, mode, schema::currentVersion());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode,
                                                   int targetVersion)
{
    // Nothing but SQLite ever opens the file: on POSIX, closing any descriptor of a file drops
    // every lock this process holds on it, and other processes would then delete the -wal and
    // -shm under our connections. Whether the file is a workspace is asked through SQLite.
    const QFileInfo info(path);
    const bool exists = info.exists();
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!exists && mode != OpenMode::CreateIfMissing)
        return makeError(tr("%1: no such workspace").arg(path));
    if (exists && !info.isFile())
        return makeError(tr("%1 is not a Siyu workspace (it is not a file)").arg(path));
    const bool isNew = !exists || info.size() == 0;
    if (mode != OpenMode::CreateIfMissing && isNew)
        return makeError(tr("%1 is not a Siyu workspace (the file is empty)").arg(path));
    if (!readOnly && exists && !canWrite(info))
        return makeError(tr("%1 is read-only here (read-only medium or file permissions): Siyu "
                            "can only read it, and this needs to change it. Copy the workspace "
                            "to a place where it can be written.")
                             .arg(path));
    if (!exists && !canCreateIn(info))
        return makeError(tr("%1 cannot be created: its folder cannot be written").arg(path));

    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), nextConnectionName()));
    ws->m_readOnly = readOnly;
    ws->m_targetVersion = targetVersion;
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // On a read-only medium SQLite cannot create the -shm a WAL reader needs; nobody can
        // write there either, so the file is read as immutable (no locks, no -shm).
        const bool sideFilesExist = QFileInfo::exists(ws->m_path + QStringLiteral("-wal")) ||
                                    QFileInfo::exists(ws->m_path + QStringLiteral("-shm"));
        if (!canCreateIn(info) && !sideFilesExist) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            QUrl uri = QUrl::fromLocalFile(ws->m_path);
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            database.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        }
    }
    if (database.databaseName().isEmpty())
        database.setDatabaseName(ws->m_path);
    database.setConnectOptions(options);
    if (!database.open())
        return makeError(
            tr("%1 cannot be opened: %2").arg(path, database.lastError().databaseText()));
    collation::registerOn(ws->handle()); // names sort by pinyin in Chinese (members lists)
    if (const Status status = ws->initialise(); !status)
        return status.error();
    return ws;
}

bool Workspace::canChange(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && canWrite(info);
}

Status Workspace::initialise()
{
    const QSqlDatabase database = db();
    const auto notAWorkspace = [this] {
        return makeError(tr("%1 is not a Siyu workspace").arg(m_path));
    };
    // The first read of the file: SQLite checks its header and says "not a database" for
    // anything else, without writing.
    int fromVersion = 0;
    int appId = 0;
    int tableCount = 0;
    {
        Statement probe(handle(), "SELECT (SELECT user_version FROM pragma_user_version), "
                                  "(SELECT application_id FROM pragma_application_id), "
                                  "(SELECT count(*) FROM sqlite_schema)");
        if (!probe.isValid() || !probe.step()) {
            const int code = sqlite3_errcode(handle()) & 0xff;
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                return notAWorkspace();
            return sql::describeFailure(handle(), QStringLiteral("SELECT"));
        }
        fromVersion = int(probe.int64(0));
        appId = int(probe.int64(1));
        tableCount = int(probe.int64(2));
    }
    const bool empty = tableCount == 0;
    // A file without tables becomes a workspace only when it is opened to be changed (a first
    // open that stopped before its first migration committed leaves one).
    if (empty && m_readOnly)
        return makeError(
            tr("%1 is not a Siyu workspace (an SQLite file without tables)").arg(m_path));
    if (!empty && appId != schema::applicationId)
        return notAWorkspace();
    if (fromVersion > schema::currentVersion())
        return makeError(tr("%1 was written by a newer Siyu (workspace version %2; this Siyu "
                            "reads up to version %3)")
                             .arg(m_path)
                             .arg(fromVersion)
                             .arg(schema::currentVersion()));
    if (m_readOnly) {
        if (fromVersion < schema::currentVersion())
            return makeError(tr("%1 is a version-%2 workspace: this Siyu upgrades it to version "
                                "%3 the first time it is opened to be changed (in the window, or "
                                "by an import). Commands that only read never change it.")
                                 .arg(m_path)
                                 .arg(fromVersion)
                                 .arg(schema::currentVersion()));
        for (const char *pragma : {"PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY",
                                   "PRAGMA cache_size = -65536"}) {
            if (const Status status = sql::exec(database, QString::fromLatin1(pragma)); !status)
                return status;
        }
        reloadSettings();
        return {};
    }
    // FULL: a commit is on disk before it is reported, so an import survives a power cut.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (const Status status = sql::exec(database, QString::fromLatin1(pragma)); !status)
            return status;
    }
    if (fromVersion < m_targetVersion) {
        if (const Status status = schema::upgrade(*this, fromVersion, m_targetVersion); !status)
            return status;
    }
    if (empty && m_targetVersion >= 1) {
        // A new workspace remembers the zone it was made in, so its KPIs never shift with the
        // machine that opens it later.
        if (const Status status =
                settings::timeZone.set(*this, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
            !status)
            return status;
    }
    if (m_targetVersion >= 1)
        reloadSettings();
    return {};
}

qint64 Workspace::dataVersion() const
{
    Statement statement(handle(), "PRAGMA data_version");
    if (!statement.isValid() || !statement.step())
        return -1;
    return statement.int64(0);
}

Status Workspace::checkpoint()
{
    // A reader holding an old snapshot leaves part of the WAL in place (SQLITE_BUSY is not an
    // error here): the next checkpoint takes the rest.
    const int code =
        sqlite3_wal_checkpoint_v2(handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (code != SQLITE_OK && code != SQLITE_BUSY)
        return makeError(tr("%1: copying the write-ahead log into the workspace failed: %2")
                             .arg(m_path, QString::fromUtf8(sqlite3_errstr(code))));
    return {};
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Workspace::handle() const
{
    const QVariant v = db().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

QTimeZone Workspace::timeZone() const
{
    return m_zone;
}

void Workspace::reloadSettings()
{
    const QByteArray id = settings::timeZone.get(*this).toUtf8();
    m_zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

} // namespace siyu
