// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/bulkload.h"

#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QRegularExpression>

#include <algorithm>

namespace siyu::demo {

namespace {

QByteArray pragmaValue(Workspace &ws, const QByteArray &name)
{
    Statement s(ws.handle(), QByteArray("PRAGMA " + name).constData());
    if (!s.isValid() || !s.step())
        return {};
    return s.text(0).toUtf8();
}

bool execute(Workspace &ws, const QByteArray &sql, QString *error = nullptr)
{
    Statement s(ws.handle(), sql.constData());
    const bool ok = s.isValid() && s.exec();
    if (!ok && error)
        *error = s.isValid() ? s.errorMessage() : s.prepareError().message;
    return ok;
}

} // namespace

BulkLoad::BulkLoad(Workspace &ws) : m_ws(ws)
{
    set("journal_mode", "TRUNCATE");
    set("foreign_keys", "0");
    set("ignore_check_constraints", "1");
    set("cache_size", "-262144");
    set("threads", "2");
}

BulkLoad::~BulkLoad()
{
    for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it)
        execute(m_ws, "PRAGMA " + it->name + " = " + it->saved);
}

void BulkLoad::set(const char *name, const QByteArray &value)
{
    const QByteArray saved = pragmaValue(m_ws, name);
    if (saved.isEmpty() || !execute(m_ws, QByteArray("PRAGMA ") + name + " = " + value))
        return;
    m_saved.push_back({name, saved});
}

// The external-content full-text indexes over `table`: derived data that 'rebuild' restores.
Result<std::vector<QString>> BulkLoad::fullTextIndexesOver(const QString &table)
{
    Statement list(m_ws.handle(), "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND "
                                  "sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'");
    if (!list.isValid())
        return list.prepareError();
    const QRegularExpression contentOf(QStringLiteral("\\bcontent\\s*=\\s*['\"]?%1['\"]?[\\s,)]")
                                           .arg(QRegularExpression::escape(table)),
                                       QRegularExpression::CaseInsensitiveOption);
    std::vector<QString> indexes;
    while (list.step()) {
        if (contentOf.match(list.text(1)).hasMatch())
            indexes.push_back(list.text(0));
    }
    return indexes;
}

// Every secondary index of the table, and the triggers that only feed one of its full-text
// indexes. Other triggers keep working (they maintain data nothing here could rebuild).
Result<std::vector<std::pair<QString, QByteArray>>> BulkLoad::suspendable(const QString &table)
{
    const auto fullText = fullTextIndexesOver(table);
    if (!fullText)
        return fullText.error();
    Statement list(m_ws.handle(),
                   "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', "
                   "'trigger') AND tbl_name = ? AND sql IS NOT NULL ORDER BY type, name");
    if (!list.isValid())
        return list.prepareError();
    list.bind(1, table);
    std::vector<std::pair<QString, QByteArray>> found; // DROP, CREATE
    while (list.step()) {
        const QString type = list.text(0);
        const QString sql = list.text(2);
        const bool feedsSearch =
            std::any_of(fullText->begin(), fullText->end(), [&sql](const QString &index) {
                return sql.contains(QRegularExpression(QStringLiteral("\\bINTO\\s+[\"'`]?%1\\b")
                                                           .arg(QRegularExpression::escape(index)),
                                                       QRegularExpression::CaseInsensitiveOption));
            });
        if (type == QLatin1String("index") || feedsSearch)
            found.push_back(
                {QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), list.text(1)), sql.toUtf8()});
    }
    return found;
}

Status BulkLoad::suspend(const std::vector<QString> &tables)
{
    for (const QString &table : tables) {
        const auto found = suspendable(table);
        if (!found)
            return found.error();
        for (const auto &[drop, create] : *found) {
            QString error;
            if (!execute(m_ws, drop.toUtf8(), &error))
                return makeError(QStringLiteral("%1 failed: %2").arg(drop, error));
            m_dropped.push_back({table, create});
        }
    }
    return {};
}

Status BulkLoad::restore(const QString &table)
{
    for (auto it = m_dropped.begin(); it != m_dropped.end();) {
        if (it->first != table) {
            ++it;
            continue;
        }
        QString error;
        if (!execute(m_ws, it->second, &error))
            return makeError(QStringLiteral("restoring %1 failed: %2").arg(table, error));
        it = m_dropped.erase(it);
    }
    const auto fullText = fullTextIndexesOver(table);
    if (!fullText)
        return fullText.error();
    for (const QString &index : *fullText) {
        QString error;
        const QByteArray rebuild =
            QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES('rebuild')").arg(index).toUtf8();
        if (!execute(m_ws, rebuild, &error))
            return makeError(QStringLiteral("rebuilding %1 failed: %2").arg(index, error));
    }
    return {};
}

} // namespace siyu::demo
