// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace siyu {

// A prepared statement for the import's bulk path. Unlike Statement, text is bound without a
// copy: the bytes must stay valid until the statement has run (they always do — the import
// binds views of the record it is writing and runs the statement at once).
class BulkStatement
{
public:
    BulkStatement() = default;
    BulkStatement(sqlite3 *db, const QByteArray &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    void bindText(int index, QByteArrayView utf8); // an empty view binds NULL
    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    void bindNull(int index);

    // Runs a write; false on failure (see errorMessage()).
    bool exec();
    // Reads: true while a row is available; call reset() when done.
    bool step();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QByteArrayView text(int column) const; // valid until the next step
    int columnType(int column) const;

    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
};

} // namespace siyu
