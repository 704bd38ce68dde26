// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordTable.h"

#include <algorithm>

namespace waymark {

std::uint32_t WordTable::hashOf(QStringView key)
{
    std::uint32_t h = kHashSeed;
    for (QChar c : key)
        h = hashStep(h, c.unicode());
    return h;
}

int WordTable::find(QStringView key, std::uint32_t hash) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.id < 0)
            return -1;
        if (s.hash == hash && s.length == std::uint32_t(key.size())
            && std::equal(key.utf16(), key.utf16() + key.size(), m_chars.data() + s.offset))
            return s.id;
    }
}

int WordTable::insert(QStringView key)
{
    const std::uint32_t hash = hashOf(key);
    if (const int id = find(key, hash); id >= 0)
        return id;
    if (std::size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i].id >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, std::uint32_t(m_chars.size()), std::uint32_t(key.size()), m_count};
    m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
    return m_count++;
}

void WordTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.id < 0)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace waymark
