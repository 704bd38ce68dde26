// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the import reads from a cell's UTF-8 bytes without making a string of it: the
// common cells of a large export (a plain number, an ISO date, text without spaces
// around it). Each function answers only where its answer is certainly the one the
// string parsers (ValueParser, QString::trimmed) give; otherwise it returns nothing and
// the caller takes the string path.

#include <QDate>

#include <cstring>
#include <optional>
#include <string_view>

namespace waymark::detail::Utf8Cells {

/// QChar::isSpace for an ASCII byte.
constexpr bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// `cell` without the ASCII spaces around it; nothing when a non-ASCII character is at
/// either end after that (it may be a Unicode space, which only QString::trimmed knows).
inline std::optional<std::string_view> trimmed(std::string_view cell)
{
    size_t start = 0, end = cell.size();
    while (start < end && isAsciiSpace(static_cast<unsigned char>(cell[start])))
        ++start;
    while (end > start && isAsciiSpace(static_cast<unsigned char>(cell[end - 1])))
        --end;
    if (start < end
        && (static_cast<unsigned char>(cell[start]) >= 0x80 || static_cast<unsigned char>(cell[end - 1]) >= 0x80))
        return std::nullopt;
    return cell.substr(start, end - start);
}

/// A whole number of one to six ASCII digits and nothing else; nothing otherwise.
inline std::optional<int> plainInteger(std::string_view t)
{
    if (t.empty() || t.size() > 6)
        return std::nullopt;
    int v = 0;
    for (const char c : t) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

/// An ISO date as ValueParser::date writes it, read from "YYYY-MM-DD", "YYYY-MM-DD HH:MM",
/// "YYYY-MM-DD HH:MM:SS" (or with a "T"): into `out` (at least 19 bytes), returning its
/// length; 0 for anything else (another layout, a zone, an invalid date), which the
/// caller leaves to ValueParser.
inline int isoDate(std::string_view t, char *out)
{
    const size_t n = t.size();
    if (n != 10 && n != 16 && n != 19)
        return 0;
    auto digits = [&t](size_t at, size_t count, int &value) {
        value = 0;
        for (size_t i = at; i < at + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            value = value * 10 + (t[i] - '0');
        }
        return true;
    };
    int y = 0, m = 0, d = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, y) || t[4] != '-' || !digits(5, 2, m) || t[7] != '-' || !digits(8, 2, d) || y <= 999
        || !QDate::isValid(y, m, d))
        return 0;
    std::memcpy(out, t.data(), 10);
    if (n == 10)
        return 10;
    if ((t[10] != ' ' && t[10] != 'T') || !digits(11, 2, hour) || t[13] != ':' || !digits(14, 2, minute) || hour > 23
        || minute > 59)
        return 0;
    if (n == 19 && (t[16] != ':' || !digits(17, 2, second) || second > 59))
        return 0;
    out[10] = 'T';
    std::memcpy(out + 11, t.data() + 11, 5);
    if (n == 19)
        std::memcpy(out + 16, t.data() + 16, 3);
    else
        std::memcpy(out + 16, ":00", 3);
    return 19;
}

/// Whether the cell holds only ASCII spaces; nothing when it has non-ASCII bytes and no
/// other visible character (only QString::trimmed can tell).
inline std::optional<bool> blank(std::string_view cell)
{
    bool nonAscii = false;
    for (const char c : cell) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80)
            nonAscii = true;
        else if (!isAsciiSpace(u))
            return false;
    }
    if (nonAscii)
        return std::nullopt;
    return true;
}

} // namespace waymark::detail::Utf8Cells
