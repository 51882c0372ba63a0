// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <vector>

namespace siyu {

// Text key → 64-bit value for millions of keys (member ids → row ids): one open-addressed
// table over one arena of key bytes, looked up without allocating.
class KeyMap
{
public:
    KeyMap();

    // Pointer to the value stored for `key`, nullptr when absent (valid until the next insert).
    qint64 *find(QByteArrayView key);
    const qint64 *find(QByteArrayView key) const;
    // Sets the value of `key`, adding it when absent.
    void insert(QByteArrayView key, qint64 value);
    qsizetype size() const { return m_count; }
    void reserve(qsizetype keys);
    void clear();

private:
    struct Slot
    {
        quint32 hash;
        quint32 length; // 0 = empty slot; keys are stored with one extra byte
        qint64 offset;
        qint64 value;
    };

    static quint32 hashOf(QByteArrayView key);
    qsizetype probe(QByteArrayView key, quint32 hash) const;
    void grow();
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    qsizetype m_count = 0;
};

} // namespace siyu
