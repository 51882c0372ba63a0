// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace siyu::testing {

// 2026-11-22 12:00 UTC: the fixed "now" of the demo tests.
constexpr qint64 demoNow = 1795348800;

inline QStringList tableNames(const Workspace &ws)
{
    QStringList names;
    auto query = sql::run(ws.db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                                  "'table' AND name NOT LIKE 'sqlite_%' ORDER BY "
                                                  "name"));
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

// A digest of every row of every table (in key order) and of the schema itself: two workspaces
// with the same digest hold the same data.
inline QByteArray contentDigest(const Workspace &ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto schema = sql::run(ws.db(), QStringLiteral("SELECT type, name, tbl_name, sql FROM "
                                                   "sqlite_schema ORDER BY name"));
    while (schema && schema->next()) {
        for (int i = 0; i < 4; ++i)
            hash.addData(QByteArray(schema->value(i).toString().toUtf8() + '\x1f'));
    }
    for (const QString &table : tableNames(ws)) {
        hash.addData(QByteArray(table.toUtf8() + '\x1e'));
        auto columns = sql::run(ws.db(), QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table));
        const int n = columns->record().count();
        QStringList order;
        for (int i = 1; i <= n; ++i)
            order.append(QString::number(i));
        auto rows = sql::run(ws.db(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                                          .arg(table, order.join(QLatin1Char(','))));
        while (rows && rows->next()) {
            for (int i = 0; i < n; ++i) {
                const QVariant v = rows->value(i);
                const QByteArray cell = QByteArray(v.isNull() ? "N" : v.typeName()) + ':' +
                                        v.toString().toUtf8() + '\x1f';
                hash.addData(cell);
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

inline qint64 countOf(const Workspace &ws, const QString &query, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), query, binds);
    return value ? value->toLongLong() : -1;
}

} // namespace siyu::testing
