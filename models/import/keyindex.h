// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/bulkstatement.h"
#include "models/import/keymap.h"

#include <optional>

struct sqlite3;

namespace siyu {

// Finds the row id of a record by its text key (a member_id, an identity's value). Answers come
// from a cache: either the whole table read at once (when the import is large next to the
// table) or one indexed lookup per distinct key. Keys the import adds are put in the cache.
class KeyIndex
{
public:
    // `lookupSql` takes the key as ?1 and returns the row id; `loadSql` returns (key, row id)
    // for every row.
    KeyIndex(sqlite3 *db, const char *lookupSql, const char *loadSql);

    // With no rows in the table, nothing is ever looked up.
    void setTableEmpty(bool empty) { m_tableEmpty = empty; }
    // Reads every key now (one scan instead of a lookup per key).
    bool preload();
    bool preloaded() const { return m_preloaded; }

    std::optional<qint64> find(QByteArrayView key);
    void insert(QByteArrayView key, qint64 id);
    // Room for this many keys, so that a large import does not rehash as it goes.
    void reserve(qsizetype keys) { m_cache.reserve(keys); }
    QString errorMessage() const { return m_error; }

private:
    static constexpr qint64 absent = -1;
    sqlite3 *m_db;
    const char *m_loadSql;
    BulkStatement m_lookup;
    KeyMap m_cache;
    bool m_tableEmpty = false;
    bool m_preloaded = false;
    QString m_error;
};

} // namespace siyu
