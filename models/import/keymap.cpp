// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/keymap.h"

#include <QHashFunctions>

#include <cstring>

namespace siyu {

KeyMap::KeyMap()
{
    m_slots.resize(1024);
}

quint32 KeyMap::hashOf(QByteArrayView key)
{
    const size_t h = qHashBits(key.data(), size_t(key.size()), 0x5179);
    return quint32(h ^ (quint64(h) >> 32));
}

qsizetype KeyMap::probe(QByteArrayView key, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype i = qsizetype(hash) & mask;
    for (;;) {
        const Slot &slot = m_slots[size_t(i)];
        if (slot.length == 0)
            return i;
        if (slot.hash == hash && qsizetype(slot.length - 1) == key.size() &&
            std::memcmp(m_arena.data() + slot.offset, key.data(), size_t(key.size())) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

qint64 *KeyMap::find(QByteArrayView key)
{
    Slot &slot = m_slots[size_t(probe(key, hashOf(key)))];
    return slot.length ? &slot.value : nullptr;
}

const qint64 *KeyMap::find(QByteArrayView key) const
{
    const Slot &slot = m_slots[size_t(probe(key, hashOf(key)))];
    return slot.length ? &slot.value : nullptr;
}

void KeyMap::insert(QByteArrayView key, qint64 value)
{
    const quint32 hash = hashOf(key);
    Slot *slot = &m_slots[size_t(probe(key, hash))];
    if (slot->length) {
        slot->value = value;
        return;
    }
    if ((m_count + 1) * 2 > qsizetype(m_slots.size())) {
        grow();
        slot = &m_slots[size_t(probe(key, hash))];
    }
    slot->hash = hash;
    slot->length = quint32(key.size() + 1);
    slot->offset = qint64(m_arena.size());
    slot->value = value;
    m_arena.insert(m_arena.end(), key.data(), key.data() + key.size());
    ++m_count;
}

void KeyMap::grow()
{
    rehash(m_slots.size() * 2);
}

void KeyMap::rehash(size_t slotCount)
{
    std::vector<Slot> old(slotCount, Slot{0, 0, 0, 0});
    old.swap(m_slots);
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (const Slot &slot : old) {
        if (!slot.length)
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (m_slots[size_t(i)].length)
            i = (i + 1) & mask;
        m_slots[size_t(i)] = slot;
    }
}

void KeyMap::reserve(qsizetype keys)
{
    size_t wanted = m_slots.size();
    while (keys * 2 > qsizetype(wanted))
        wanted *= 2;
    if (wanted != m_slots.size())
        rehash(wanted); // once, rather than doubling step by step
    m_arena.reserve(m_arena.size() + size_t(keys) * 8);
}

void KeyMap::clear()
{
    m_slots.assign(1024, Slot{0, 0, 0, 0});
    m_arena.clear();
    m_count = 0;
}

} // namespace siyu
