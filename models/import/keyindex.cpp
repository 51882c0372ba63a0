// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/keyindex.h"

namespace siyu {

KeyIndex::KeyIndex(sqlite3 *db, const char *lookupSql, const char *loadSql)
    : m_db(db), m_loadSql(loadSql), m_lookup(db, QByteArray(lookupSql))
{}

bool KeyIndex::preload()
{
    if (m_preloaded)
        return true;
    m_preloaded = true;
    if (m_tableEmpty)
        return true;
    if (!m_loadSql) {
        m_preloaded = false;
        return true;
    }
    BulkStatement load(m_db, QByteArray(m_loadSql));
    if (!load.isValid()) {
        m_error = load.prepareError();
        return false;
    }
    while (load.step()) {
        const QByteArrayView key = load.text(0);
        // Keys this import added win over what the table held (they are the same rows).
        if (!m_cache.find(key))
            m_cache.insert(key, load.int64(1));
    }
    load.reset();
    return true;
}

std::optional<qint64> KeyIndex::find(QByteArrayView key)
{
    if (const qint64 *cached = m_cache.find(key))
        return *cached == absent ? std::nullopt : std::optional<qint64>(*cached);
    if (m_tableEmpty || m_preloaded || !m_lookup.isValid())
        return std::nullopt;
    m_lookup.bindText(1, key);
    std::optional<qint64> id;
    if (m_lookup.step())
        id = m_lookup.int64(0);
    m_lookup.reset();
    m_cache.insert(key, id.value_or(absent));
    return id;
}

void KeyIndex::insert(QByteArrayView key, qint64 id)
{
    m_cache.insert(key, id);
}

} // namespace siyu
