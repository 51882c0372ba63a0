// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/bulkstatement.h"

#include "models/store/sql.h"

#include <sqlite3.h>

#include <utility>

namespace siyu {

BulkStatement::BulkStatement(sqlite3 *db, const QByteArray &sql) : m_db(db)
{
    if (!db) {
        m_prepareError = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        m_prepareError = sql::describeFailure(db, QString::fromUtf8(sql)).toString();
        m_stmt = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_prepareError(std::move(other.m_prepareError))
{}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareError = std::move(other.m_prepareError);
    }
    return *this;
}

void BulkStatement::bindText(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void BulkStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void BulkStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool BulkStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return true;
    }
    // Keep the error message readable before reset() replaces it.
    sqlite3_reset(m_stmt);
    return false;
}

bool BulkStatement::step()
{
    return sqlite3_step(m_stmt) == SQLITE_ROW;
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 BulkStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double BulkStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool BulkStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int BulkStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QByteArrayView BulkStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString BulkStatement::errorMessage() const
{
    return sql::describeFailure(m_db, QString::fromUtf8(m_stmt ? sqlite3_sql(m_stmt) : ""))
        .toString();
}

} // namespace siyu
