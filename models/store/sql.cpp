// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

namespace siyu::sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::sql", text);
}

// What a statement was doing, in the words of the sentence "could not …".
QString actionOf(const QString &statement)
{
    const QString verb = statement.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (verb == QLatin1String("SELECT") || verb == QLatin1String("WITH") ||
        verb == QLatin1String("PRAGMA") || verb == QLatin1String("VALUES"))
        return tr("read it");
    if (verb == QLatin1String("BEGIN") || verb == QLatin1String("SAVEPOINT"))
        return tr("start a change");
    if (verb == QLatin1String("COMMIT") || verb == QLatin1String("RELEASE") ||
        verb == QLatin1String("END"))
        return tr("save the changes");
    if (verb == QLatin1String("ROLLBACK"))
        return tr("undo an unfinished change");
    if (verb == QLatin1String("CREATE") || verb == QLatin1String("ALTER") ||
        verb == QLatin1String("DROP"))
        return tr("change its tables");
    if (verb == QLatin1String("VACUUM"))
        return tr("compact it");
    return tr("write to it");
}

// A connection opened through a URI names its file as file:/path?options.
QString displayPath(const QString &databaseName)
{
    if (!databaseName.startsWith(QLatin1String("file:")))
        return databaseName;
    return QUrl(databaseName).toLocalFile();
}

} // namespace

Error describeFailure(const QString &workspacePath, const QString &statement, int sqliteCode,
                      const QString &sqliteText)
{
    Error error;
    error.file = displayPath(workspacePath);
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.message = tr("the workspace is busy: another Siyu window or command, or another "
                           "SQLite program, is changing it. Nothing was changed; try again when "
                           "it has finished.");
        break;
    case SQLITE_READONLY:
        error.message = tr("the workspace is read-only here (read-only medium or file "
                           "permissions), so Siyu could not %1. Nothing was changed; copy the "
                           "workspace to a place where it can be written.")
                            .arg(actionOf(statement));
        break;
    default:
        error.message =
            tr("SQLite could not %1: %2").arg(actionOf(statement), sqliteText.trimmed());
    }
    return error;
}

Error describeFailure(sqlite3 *db, const QString &statement)
{
    if (!db)
        return makeError(tr("no SQLite connection"));
    const char *file = sqlite3_db_filename(db, "main");
    return describeFailure(QString::fromUtf8(file ? file : ""), statement,
                           sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

Result<bool> tableExists(const QSqlDatabase &db, const QString &table)
{
    auto found =
        scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"),
               {table});
    if (!found)
        return found.error();
    return found->isValid();
}

Error errorOf(const QSqlDatabase &db, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return describeFailure(db.databaseName(), query.lastQuery(), error.nativeErrorCode().toInt(),
                           error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Error errorOf(const QSqlDatabase &db)
{
    const QSqlError error = db.lastError();
    return describeFailure(db.databaseName(), QString(), error.nativeErrorCode().toInt(),
                           error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(db, query);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        return errorOf(db, query);
    return query;
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto result = run(db, statement, binds);
    if (!result)
        return result.error();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto result = run(db, statement, binds);
    if (!result)
        return result.error();
    if (!result->next())
        return QVariant();
    return result->value(0);
}

Result<QStringList> texts(const QSqlDatabase &db, const QString &statement,
                          const QVariantList &binds)
{
    auto result = run(db, statement, binds);
    if (!result)
        return result.error();
    QStringList out;
    while (result->next())
        out << result->value(0).toString();
    return out;
}

} // namespace siyu::sql
