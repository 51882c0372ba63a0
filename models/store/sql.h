// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace siyu::sql {

// Runs one statement with positional binds. Values are always bound, never spliced into SQL.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &binds = {});
Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &binds = {});
// The first column of every row, as text, in the statement's order.
Result<QStringList> texts(const QSqlDatabase &db, const QString &statement,
                          const QVariantList &binds = {});

// A table or column name for SQL text ("name", inner quotes doubled). Names are never input,
// but come from our schema or sqlite_schema; quoted all the same.
QString quotedName(const QString &name);
// Whether the main database has a table of that name.
Result<bool> tableExists(const QSqlDatabase &db, const QString &table);

Error errorOf(const QSqlDatabase &db, const QSqlQuery &query);
Error errorOf(const QSqlDatabase &db);

// A SQLite failure as the user reads it: the workspace's path, what was being done (read from the
// statement) and SQLite's own words; "busy" and "read-only" get a sentence of their own.
Error describeFailure(const QString &workspacePath, const QString &statement, int sqliteCode,
                      const QString &sqliteText);
// The same for a raw connection (its main database file names the workspace).
Error describeFailure(sqlite3 *db, const QString &statement);

} // namespace siyu::sql
