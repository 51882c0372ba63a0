// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringBuilder>

#include <utility>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::demo {

// Tuning for writing millions of rows into a fresh workspace, undone when it goes out of
// scope. Construct it before the Transaction (SQLite ignores these pragmas inside one):
//  - foreign keys and CHECK constraints off: the writer's rows are valid by construction
//    (the demo tests check them), and SQLite re-evaluates an IN (...) CHECK by building a
//    temporary table for every row;
//  - a rollback journal instead of the WAL, so that the rows are written once, not once to the
//    WAL and again at the checkpoint (the journal of an empty file is tiny, and a failure
//    still rolls everything back);
//  - a larger page cache and sorter threads for building the indexes.
// Inside the transaction, suspend() takes the secondary indexes of the bulk tables away while
// rows are appended, and restore() builds each again in one sort. Triggers that feed an
// external-content full-text index over the table are suspended too (they would index row by
// row) and the index is rebuilt in one pass; other triggers stay in effect. A rollback brings
// everything back by itself.
class BulkLoad
{
public:
    explicit BulkLoad(Workspace &ws);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    Status suspend(const std::vector<QString> &tables);
    Status restore(const QString &table);

private:
    struct Pragma
    {
        QByteArray name;
        QByteArray saved;
    };
    void set(const char *name, const QByteArray &value);

    Result<std::vector<QString>> fullTextIndexesOver(const QString &table);
    Result<std::vector<std::pair<QString, QByteArray>>> suspendable(const QString &table);

    Workspace &m_ws;
    std::vector<Pragma> m_saved;
    std::vector<std::pair<QString, QByteArray>> m_dropped; // table, CREATE statement
};

} // namespace siyu::demo
