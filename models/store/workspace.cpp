// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/workspace.h"

#include "models/store/schema.h"
#include "models/store/settings.h"
#include "models/store/sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace siyu {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("siyu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Looks at the file before SQLite does, so that opening a stranger's file changes nothing.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("siyu::Workspace", "%1 cannot be read: %2")
                             .arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(
            QCoreApplication::translate("siyu::Workspace", "%1 is not a Siyu workspace").arg(path));
    return {};
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

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return makeError(
            QCoreApplication::translate("siyu::Workspace", "%1: no such workspace").arg(path));
    if (exists) {
        if (const Status status = checkHeader(path); !status)
            return status.error();
    }
    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    database.setDatabaseName(ws->m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open())
        return makeError(QCoreApplication::translate("siyu::Workspace", "%1 cannot be opened: %2")
                             .arg(path, database.lastError().text()));
    const bool isNew = !exists || info.size() == 0;
    if (const Status status = ws->initialise(isNew); !status)
        return status.error();
    return ws;
}

Status Workspace::initialise(bool isNew)
{
    const QSqlDatabase database = db();
    auto version = sql::scalar(database, QStringLiteral("PRAGMA user_version"));
    auto appId = sql::scalar(database, QStringLiteral("PRAGMA application_id"));
    if (!version || !appId)
        return makeError(
            QCoreApplication::translate("siyu::Workspace", "%1 is not a Siyu workspace")
                .arg(m_path));
    const int fromVersion = version->toInt();
    auto tableCount = sql::scalar(database, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tableCount)
        return tableCount.error();
    const bool empty = tableCount->toInt() == 0;
    if (!empty && appId->toInt() != schema::applicationId)
        return makeError(
            QCoreApplication::translate("siyu::Workspace", "%1 is not a Siyu workspace")
                .arg(m_path));
    if (fromVersion > schema::currentVersion())
        return makeError(QCoreApplication::translate(
                             "siyu::Workspace",
                             "%1 was written by a newer Siyu (workspace version %2; this Siyu "
                             "reads up to version %3)")
                             .arg(m_path)
                             .arg(fromVersion)
                             .arg(schema::currentVersion()));
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (const Status status = sql::exec(database, QString::fromLatin1(pragma)); !status)
            return status;
    }
    if (const Status status = schema::upgrade(*this, fromVersion, schema::currentVersion());
        !status)
        return status;
    if (isNew || empty) {
        // A new workspace remembers the zone it was made in, so its KPIs never shift with the
        // machine that opens it later.
        if (const Status status =
                settings::timeZone.set(*this, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
            !status)
            return status;
    }
    reloadSettings();
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
