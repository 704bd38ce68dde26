// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace waymark {

/// One record's cells as UTF-8, one after the other in one buffer (quotes resolved,
/// always valid UTF-8: readers replace damaged bytes by U+FFFD and report them). The
/// importer works on these bytes directly, so a million rows cost no string per cell;
/// a reader refills one row for every record, keeping its memory.
class Utf8Row
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    /// Cell `i`; empty when the row has fewer cells.
    std::string_view cell(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        const size_t start = i == 0 ? 0 : m_ends[size_t(i) - 1];
        return std::string_view(m_bytes).substr(start, m_ends[size_t(i)] - start);
    }
    std::string_view operator[](qsizetype i) const { return cell(i); }
    QString string(qsizetype i) const
    {
        const std::string_view c = cell(i);
        QString s = QString::fromUtf8(c.data(), qsizetype(c.size()));
        // QString::fromUtf8 drops a byte order mark at the start; inside a cell it is text.
        if (c.size() >= 3 && c.compare(0, 3, "\xEF\xBB\xBF") == 0 && !s.startsWith(QChar::ByteOrderMark))
            s.prepend(QChar::ByteOrderMark);
        return s;
    }
    QStringList toStringList() const
    {
        QStringList out;
        out.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            out.append(string(i));
        return out;
    }

    void clear()
    {
        m_bytes.clear();
        m_ends.clear();
    }
    void append(std::string_view bytes)
    {
        m_bytes.append(bytes);
        endCell();
    }
    void append(const QString &text)
    {
        const size_t start = m_bytes.size();
        m_bytes.resize(start + size_t(text.size()) * 3);
        char *end = m_encoder.appendToBuffer(m_bytes.data() + start, text);
        m_bytes.resize(size_t(end - m_bytes.data()));
        endCell();
    }
    void assign(const QStringList &cells)
    {
        clear();
        for (const QString &c : cells)
            append(c);
    }
    /// For readers that build a cell in place: the bytes of the cell being built follow
    /// those of the last cell ended; `endCell` closes it.
    std::string &buffer() { return m_bytes; }
    void endCell() { m_ends.push_back(m_bytes.size()); }

private:
    std::string m_bytes;
    std::vector<size_t> m_ends;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace waymark
