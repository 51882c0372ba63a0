// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/sql.h"

#include <QSqlError>

namespace siyu::sql {

Error errorOf(const QSqlQuery &query)
{
    return makeError(query.lastError().text());
}

Error errorOf(const QSqlDatabase &db)
{
    return makeError(db.lastError().text());
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(query);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        return errorOf(query);
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

} // namespace siyu::sql
