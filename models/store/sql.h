// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace siyu::sql {

// Runs one statement with positional binds. Values are always bound, never spliced into SQL.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &binds = {});
Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &binds = {});

Error errorOf(const QSqlQuery &query);
Error errorOf(const QSqlDatabase &db);

} // namespace siyu::sql
