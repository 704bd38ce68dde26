// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace waymark {

/// An open-addressing hash table from UTF-16 words to small integer ids, built once and
/// then only read. Keys live in one character arena, so a lookup with a QStringView into
/// the caller's buffer allocates nothing. The hash (FNV-1a over UTF-16 units) can be
/// computed incrementally, which lets the caller probe every prefix of a word in one pass.
class WordTable
{
public:
    static constexpr std::uint32_t kHashSeed = 2166136261u;
    static std::uint32_t hashStep(std::uint32_t hash, char16_t unit) { return (hash ^ unit) * 16777619u; }
    static std::uint32_t hashOf(QStringView key);

    /// The id of `key`, or −1.
    int find(QStringView key) const { return find(key, hashOf(key)); }
    /// Same, with `hash == hashOf(key)` already known.
    int find(QStringView key, std::uint32_t hash) const;
    /// The id of `key`, inserting it with the next free id (0, 1, 2 …) when new.
    int insert(QStringView key);
    int size() const { return m_count; }

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        int id = -1;
    };
    void grow();

    std::vector<char16_t> m_chars;
    std::vector<Slot> m_slots;
    int m_count = 0;
};

} // namespace waymark
