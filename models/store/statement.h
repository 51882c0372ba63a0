// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace siyu {

// A prepared SQLite statement on the workspace's own connection, for the bulk paths (demo,
// import, KPI scans) where Qt SQL's per-row overhead dominates. Binds are 1-based. Use only on
// the thread that owns the workspace, inside a Transaction.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const Error &prepareError() const { return m_error; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, QStringView text);
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);
    void clearBindings();

    // Runs the statement once for writes: true when it completed.
    bool exec();
    // For reads: true while a row is available.
    bool step();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    qint64 lastInsertId() const;
    int changes() const;
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_error;
};

} // namespace siyu
