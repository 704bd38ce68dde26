// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Utf8Row.h"
#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace waymark {

/// How a delimited text file is laid out. Detected by `CsvReader::sniff`; every field
/// can be overridden by the user.
struct CsvDialect
{
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool sepLine = false; ///< the file starts with Excel's "sep=;" line
    bool decimalComma = false; ///< numbers like "4,5" (German Excel)

    static QString encodingName(Encoding e);
};

/// A problem found while reading, with its place in the file (1-based line and column).
struct CsvIssue
{
    qint64 line = 0;   ///< the physical line on which the record starts
    int column = 0;
    QString message;
    qint64 row = 0;    ///< the record's row as a spreadsheet shows it (see `CsvReader::currentRow`)
};

/// Reads CSV/TSV per RFC 4180 plus what real exports do: BOMs, UTF-16, Windows-1252,
/// `sep=` lines, `;` and tab delimiters, CRLF/LF/CR line ends, line breaks and doubled
/// quotes inside quoted fields, ragged rows, empty lines. Streams: memory stays bounded
/// by the longest record, whatever the file size.
///
/// One state machine, on UTF-8 bytes, reads every encoding: a 1 MB chunk of a UTF-8 file
/// that is valid UTF-8 (nearly always all of them) is parsed as it is; a damaged chunk, and
/// UTF-16 and Windows-1252 text, is decoded (bad bytes become U+FFFD, which are reported)
/// and encoded as UTF-8 first. Runs of ordinary bytes are copied at once into one reused
/// `Utf8Row`, so `readUtf8` makes no string per cell and allocates nothing per record;
/// `read` is `readUtf8` with each cell turned into a QString. Field lengths count UTF-16
/// units as QString does, and a long field is cut between characters, never inside one.
/// A delimiter outside ASCII is matched as its UTF-8 sequence; a lone surrogate (from a
/// broken `sep=` line) matches nothing, and lone surrogates in UTF-16 text become U+FFFD.
class CsvReader
{
public:
    /// Rows are delivered with the 1-based line on which they start; return false to stop.
    using RowSink = std::function<bool(const QStringList &fields, qint64 line)>;
    /// The same as UTF-8 bytes, whatever the file's encoding (see Utf8Row).
    using Utf8Sink = std::function<bool(const Utf8Row &row, qint64 line)>;

    /// Guesses the dialect from the first bytes of a file. `wholeFile` says that `head` is
    /// the complete file, so a multi-byte sequence cut at its end is an error, not a cut.
    /// Bytes that are not UTF-8 make it Windows-1252, unless valid UTF-8 sequences outnumber
    /// them (a UTF-8 export with a few damaged bytes stays UTF-8, and the bytes are reported).
    static CsvDialect sniff(const QByteArray &head, bool wholeFile = false);

    CsvReader(QIODevice *device, CsvDialect dialect);

    /// Reads every record. Fails only when the device cannot be read; problems inside
    /// the data (invalid bytes, an unterminated quote) are collected in `issues()`.
    Result<void> read(const RowSink &sink);
    /// The same records, each as UTF-8 cells (always valid UTF-8); what the importer reads a
    /// million rows with. The row is reused for the next record: copy what you keep.
    Result<void> readUtf8(const Utf8Sink &sink);
    const QList<CsvIssue> &issues() const { return m_issues; }
    /// The 1-based row, as a spreadsheet shows it, of the record being delivered to the
    /// sink: blank lines count, line breaks inside quoted fields and a `sep=` line don't.
    qint64 currentRow() const { return m_row; }
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    /// The longest field accepted; longer fields are cut and reported.
    static constexpr int maxFieldLength = 1 << 20;
    /// Records with damaged bytes reported one by one; later ones are counted in one issue.
    static constexpr int maxEncodingIssues = 100;

private:
    QIODevice *m_device;
    CsvDialect m_dialect;
    QList<CsvIssue> m_issues;
    qint64 m_bytesRead = 0;
    qint64 m_row = 0;
};

} // namespace waymark
