// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <bit>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace waymark {
namespace {

/// Counts what a byte sequence holds: valid multi-byte UTF-8 sequences and bytes that
/// cannot be UTF-8. A sequence cut by the end of `bytes` counts as neither unless
/// `wholeFile` says the file really ends there.
struct Utf8Census
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

Utf8Census utf8Census(const QByteArray &bytes, bool wholeFile)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            ++census.invalid;
            ++i;
            continue;
        }
        int k = 1;
        while (k <= extra && i + k < n && (p[i + k] & 0xC0) == 0x80)
            ++k;
        if (k > extra) {
            ++census.multiByte;
            i += extra + 1;
        } else if (i + k >= n && !wholeFile) {
            break; // cut by the end of the sample, not by the file
        } else {
            ++census.invalid;
            i += k;
        }
    }
    return census;
}

/// Counts `delimiter` per line outside quotes for the first lines of `text`.
QList<int> delimiterCounts(const QString &text, QChar delimiter, int maxLines)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++count;
        else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            counts.append(count);
            count = 0;
        }
    }
    if (count > 0)
        counts.append(count);
    return counts;
}

QStringDecoder decoderFor(CsvDialect::Encoding e)
{
    switch (e) {
    case CsvDialect::Encoding::Utf16LE: return QStringDecoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
    case CsvDialect::Encoding::Utf16BE: return QStringDecoder(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
    case CsvDialect::Encoding::Windows1252: {
        QStringDecoder d("windows-1252");
        return d.isValid() ? std::move(d) : QStringDecoder(QStringConverter::Latin1);
    }
    case CsvDialect::Encoding::Utf8:
    case CsvDialect::Encoding::Utf8Bom: break;
    }
    return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
}

/// How many bytes at the front of `bytes` are whole characters; the rest (a sequence cut
/// by the chunk's end) is carried over to the next chunk. Qt 6.4's stateful UTF-8
/// decoder drops the byte after a cut lead byte, so the reader splits chunks itself and
/// decodes each piece statelessly.
qsizetype completePrefix(QByteArrayView bytes, CsvDialect::Encoding e)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    if (e == CsvDialect::Encoding::Utf16LE || e == CsvDialect::Encoding::Utf16BE) {
        qsizetype whole = n - n % 2;
        if (whole >= 2) { // a high surrogate waits for its low half
            const unsigned unit = e == CsvDialect::Encoding::Utf16LE ? p[whole - 2] | (p[whole - 1] << 8)
                                                                    : (p[whole - 2] << 8) | p[whole - 1];
            if (unit >= 0xD800 && unit <= 0xDBFF)
                whole -= 2;
        }
        return whole;
    }
    if (e == CsvDialect::Encoding::Windows1252)
        return n;
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const unsigned char c = p[n - back];
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = c >= 0xF0 && c <= 0xF4 ? 4 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : 1;
        return length > back ? n - back : n;
    }
    return n;
}

int bomLength(CsvDialect::Encoding e)
{
    switch (e) {
    case CsvDialect::Encoding::Utf8Bom: return 3;
    case CsvDialect::Encoding::Utf16LE:
    case CsvDialect::Encoding::Utf16BE: return 2;
    default: return 0;
    }
}

bool containsReplacement(std::string_view bytes)
{
    return bytes.find("\xEF\xBF\xBD") != std::string_view::npos;
}

/// Bytes in a UTF-8 sequence, from its lead byte (the input is valid UTF-8).
int sequenceLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/// A field's length as a QString would count it: UTF-16 code units (an emoji counts two).
qint64 utf16Units(const char *bytes, size_t length)
{
    qint64 units = 0;
    for (size_t i = 0; i < length; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        units += (b & 0xC0) != 0x80 ? 1 : 0; // every character but continuation bytes
        units += b >= 0xF0 ? 1 : 0;          // characters beyond the BMP take two units
    }
    return units;
}

/// CsvReader's RFC 4180 state machine, on UTF-8 bytes. It is fed valid UTF-8 in whole
/// characters (see completePrefix) and builds each record's cells in place in one Utf8Row,
/// reused from record to record, so a warmed-up parse allocates nothing per record.
class Utf8RecordParser
{
public:
    Utf8RecordParser(const CsvDialect &dialect, const CsvReader::Utf8Sink &sink, QList<CsvIssue> &issues,
                     qint64 &row)
        : m_sink(sink), m_issues(issues), m_rowNumber(row), m_encodingName(CsvDialect::encodingName(dialect.encoding)),
          m_unicode(dialect.encoding != CsvDialect::Encoding::Windows1252), m_skippedSepLine(!dialect.sepLine)
    {
        for (const unsigned char c : {'"', '\n', '\r'})
            m_quotedStop[c] = m_plainStop[c] = true;
        // The delimiter as UTF-8: one byte in practice, up to three for a character from the
        // BMP. A lone surrogate can be no character of a UTF-8 text, so it never matches.
        const char16_t d = dialect.delimiter.unicode();
        if (!QChar::isSurrogate(d)) {
            const QByteArray bytes = QString(dialect.delimiter).toUtf8();
            m_delimiterLength = int(bytes.size());
            memcpy(m_delimiter, bytes.constData(), size_t(bytes.size()));
            m_delimiterLead = static_cast<unsigned char>(m_delimiter[0]);
            m_plainStop[size_t(m_delimiterLead)] = true;
        }
        m_rowNumber = 1;
    }

    bool stopped() const { return m_stop; }

    /// Parses the next `length` bytes; `mayHaveReplacement` says whether they can contain
    /// U+FFFD, which only then is looked for in the cells.
    void parse(const char *p, qsizetype length, bool mayHaveReplacement)
    {
        m_chunkHasReplacement = mayHaveReplacement;
        if (mayHaveReplacement)
            m_recordMayHaveReplacement = true;
        const char *const end = p + length;
        while (p < end && !m_stop) {
            if (m_pendingCR) {
                m_pendingCR = false;
                if (*p == '\n') {
                    ++p;
                    continue;
                }
            }
            if (m_quoted) {
                const char *run = scan(p, end, true);
                if (run != p) {
                    append(p, size_t(run - p));
                    p = run;
                    continue;
                }
                const char c = *p++;
                if (c == '"') {
                    m_quoted = false;
                    m_afterQuote = true;
                } else { // a line break inside the field, kept as "\n"
                    ++m_line;
                    m_pendingCR = c == '\r';
                    append("\n", 1);
                }
                continue;
            }
            const char c = *p;
            if (c == '"') {
                ++p;
                if (m_afterQuote) { // a doubled quote inside a quoted field
                    append("\"", 1);
                    m_quoted = true;
                    m_afterQuote = false;
                } else if (!m_fieldStarted) {
                    m_quoted = true;
                    m_fieldStarted = true;
                } else {
                    append("\"", 1); // a stray quote inside an unquoted field is kept as text (5" display)
                }
                continue;
            }
            if (static_cast<unsigned char>(c) == m_delimiterLead && atDelimiter(p, end)) {
                p += m_delimiterLength;
                endField();
                continue;
            }
            if (c == '\n' || c == '\r') {
                ++p;
                endRecord();
                ++m_line;
                m_recordLine = m_line;
                m_pendingCR = c == '\r';
                continue;
            }
            m_afterQuote = false;
            m_fieldStarted = true;
            const char *run = scan(p + 1, end, false);
            append(p, size_t(run - p));
            p = run;
        }
    }

    /// The end of the file; `cutCharacter` says that it ends inside a character.
    void finish(bool cutCharacter)
    {
        if (m_stop)
            return;
        if (m_unicode && cutCharacter) {
            m_fieldStarted = true;
            m_recordMayHaveReplacement = true;
            append("\xEF\xBF\xBD", 3);
        }
        if (m_quoted)
            issue(int(m_record.size()) + 1,
                  QCoreApplication::translate("waymark", "a quoted field is not closed before the end of the file"));
        if (m_fieldStarted || m_record.buffer().size() > m_cellStart || !m_record.isEmpty())
            endRecord();
        if (m_laterEncodingIssues > 0)
            m_issues.append({m_laterEncodingLine, 0,
                             QCoreApplication::translate("waymark", "%1 more records from line %2 on have invalid %3 bytes")
                                 .arg(m_laterEncodingIssues)
                                 .arg(m_laterEncodingLine)
                                 .arg(m_encodingName),
                             0});
    }

private:
    using StopTable = std::array<bool, 256>;

    /// The first byte at or after `p` that the state machine must look at: 16 bytes at a
    /// time where SSE2 is there (every x86-64), then byte by byte.
    const char *scan(const char *p, const char *end, bool quoted) const
    {
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i delimiter = _mm_set1_epi8(quoted || m_delimiterLead < 0 ? '"' : char(m_delimiterLead));
        for (; end - p >= 16; p += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, lf)),
                                              _mm_or_si128(_mm_cmpeq_epi8(block, cr), _mm_cmpeq_epi8(block, delimiter)));
            if (const int mask = _mm_movemask_epi8(hits))
                return p + std::countr_zero(unsigned(mask));
        }
#endif
        const StopTable &stop = quoted ? m_quotedStop : m_plainStop;
        while (p < end && !stop[static_cast<unsigned char>(*p)])
            ++p;
        return p;
    }

    bool atDelimiter(const char *p, const char *end) const
    {
        return m_delimiterLength == 1
            || (end - p >= m_delimiterLength && memcmp(p, m_delimiter, size_t(m_delimiterLength)) == 0);
    }

    /// Appends whole characters to the cell being built.
    void append(const char *bytes, size_t length)
    {
        std::string &buffer = m_record.buffer();
        if (!m_counting && buffer.size() - m_cellStart + length <= size_t(CsvReader::maxFieldLength)) [[likely]] {
            buffer.append(bytes, length);
            return;
        }
        appendCounting(bytes, length);
    }

    /// A field that may be longer than maxFieldLength characters: from here on they are
    /// counted (bytes can only be more than characters), and the field is cut at a
    /// character boundary once it reaches the limit.
    void appendCounting(const char *bytes, size_t length)
    {
        std::string &buffer = m_record.buffer();
        if (!m_counting) {
            m_counting = true;
            m_keptUnits = m_fieldUnits = utf16Units(buffer.data() + m_cellStart, buffer.size() - m_cellStart);
        }
        const qint64 units = utf16Units(bytes, length);
        m_fieldUnits += units;
        if (m_fieldCut)
            return;
        if (m_keptUnits + units <= CsvReader::maxFieldLength) {
            buffer.append(bytes, length);
            m_keptUnits += units;
            return;
        }
        size_t kept = 0;
        while (kept < length) {
            const auto lead = static_cast<unsigned char>(bytes[kept]);
            const int charUnits = lead >= 0xF0 ? 2 : 1;
            if (m_keptUnits + charUnits > CsvReader::maxFieldLength)
                break;
            m_keptUnits += charUnits;
            kept += size_t(sequenceLength(lead));
        }
        buffer.append(bytes, kept);
        m_fieldCut = true;
    }

    void issue(int column, const QString &message)
    {
        m_issues.append({m_recordLine, column, message, m_rowNumber});
    }

    void endField()
    {
        if (m_fieldCut || m_recordMayHaveReplacement) [[unlikely]]
            reportField();
        m_record.endCell();
        m_cellStart = m_record.buffer().size();
        m_counting = false;
        m_fieldCut = false;
        m_fieldStarted = false;
        m_afterQuote = false;
    }

    /// What endField reports: a cut, or the record's first damaged bytes.
    Q_DECL_COLD_FUNCTION void reportField()
    {
        const int column = int(m_record.size()) + 1;
        if (m_fieldCut)
            issue(column, QCoreApplication::translate("waymark", "a field of %1 characters was cut to %2")
                              .arg(m_fieldUnits)
                              .arg(CsvReader::maxFieldLength));
        if (m_recordMayHaveReplacement && m_unicode && !m_recordHasInvalid
            && containsReplacement(std::string_view(m_record.buffer()).substr(m_cellStart))) {
            m_recordHasInvalid = true;
            if (m_encodingIssues < CsvReader::maxEncodingIssues) {
                ++m_encodingIssues;
                issue(column, QCoreApplication::translate("waymark", "invalid %1 bytes were replaced by �; if the "
                                                                     "text looks wrong, choose the file's encoding")
                                  .arg(m_encodingName));
            } else {
                if (m_laterEncodingIssues == 0)
                    m_laterEncodingLine = m_recordLine;
                ++m_laterEncodingIssues;
            }
        }
    }

    void endRecord()
    {
        endField();
        const bool empty = m_record.size() == 1 && m_record.cell(0).empty();
        if (!m_skippedSepLine) {
            m_skippedSepLine = true;
        } else {
            if (!empty && !m_stop && !m_sink(m_record, m_recordLine))
                m_stop = true;
            ++m_rowsEnded;
        }
        m_rowNumber = m_rowsEnded + 1;
        m_recordHasInvalid = false;
        m_recordMayHaveReplacement = m_chunkHasReplacement;
        m_record.clear();
        m_cellStart = 0;
    }

    const CsvReader::Utf8Sink &m_sink;
    QList<CsvIssue> &m_issues;
    qint64 &m_rowNumber; ///< CsvReader::currentRow
    const QString m_encodingName;
    const bool m_unicode; ///< damaged bytes come out as U+FFFD (not in Windows-1252)

    StopTable m_quotedStop{}; ///< bytes that end a run inside quotes
    StopTable m_plainStop{};  ///< bytes that end a run outside quotes
    char m_delimiter[4] = {};
    int m_delimiterLength = 0;
    int m_delimiterLead = -1; ///< the delimiter's first byte; -1: none

    Utf8Row m_record;
    size_t m_cellStart = 0; ///< where the cell being built starts in m_record's buffer
    bool m_quoted = false;     // inside a quoted field
    bool m_afterQuote = false; // a quote just closed (or is doubled)
    bool m_fieldStarted = false;
    bool m_counting = false;   // the field may be too long: its characters are counted
    bool m_fieldCut = false;   // the field reached maxFieldLength; the rest is dropped
    qint64 m_fieldUnits = 0;   // while counting: the field's length, dropped part included
    qint64 m_keptUnits = 0;    // while counting: the length kept
    bool m_skippedSepLine;
    bool m_pendingCR = false;
    bool m_stop = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_rowsEnded = 0; // records ended so far, blank ones included, the sep line not
    int m_encodingIssues = 0;
    qint64 m_laterEncodingIssues = 0;
    qint64 m_laterEncodingLine = 0;
    bool m_recordHasInvalid = false;
    bool m_chunkHasReplacement = false;
    bool m_recordMayHaveReplacement = false; // a part of the record came from bytes that can hold U+FFFD
};

} // namespace

QString CsvDialect::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

CsvDialect CsvReader::sniff(const QByteArray &head, bool wholeFile)
{
    CsvDialect d;
    if (head.startsWith("\xEF\xBB\xBF"))
        d.encoding = CsvDialect::Encoding::Utf8Bom;
    else if (head.startsWith("\xFF\xFE"))
        d.encoding = CsvDialect::Encoding::Utf16LE;
    else if (head.startsWith("\xFE\xFF"))
        d.encoding = CsvDialect::Encoding::Utf16BE;
    else if (const Utf8Census census = utf8Census(head, wholeFile);
             census.invalid > 0 && census.multiByte <= census.invalid)
        d.encoding = CsvDialect::Encoding::Windows1252;

    QStringDecoder decoder = decoderFor(d.encoding);
    QString text = decoder.decode(head.mid(bomLength(d.encoding)));
    if (text.startsWith(QLatin1String("sep=")) && text.size() > 4 && text.at(4) != u'\n' && text.at(4) != u'\r') {
        d.sepLine = true;
        d.delimiter = text.at(4);
        d.decimalComma = d.delimiter == u';';
        return d;
    }
    // The delimiter that appears most consistently (same count on most lines, at least once).
    int bestScore = 0;
    for (QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        const QList<int> counts = delimiterCounts(text, candidate, 20);
        if (counts.isEmpty() || counts.constFirst() == 0)
            continue;
        int consistent = 0;
        for (int c : counts)
            if (c == counts.constFirst())
                ++consistent;
        const int score = consistent * 1000 + counts.constFirst();
        if (score > bestScore) {
            bestScore = score;
            d.delimiter = candidate;
        }
    }
    d.decimalComma = d.delimiter == u';';
    return d;
}

CsvReader::CsvReader(QIODevice *device, CsvDialect dialect) : m_device(device), m_dialect(dialect) {}

Result<void> CsvReader::readUtf8(const Utf8Sink &sink)
{
    using Encoding = CsvDialect::Encoding;
    const Encoding encoding = m_dialect.encoding;
    const bool utf8 = encoding == Encoding::Utf8 || encoding == Encoding::Utf8Bom;
    const bool unicode = encoding != Encoding::Windows1252;
    // Stateless decoders on whole characters (see completePrefix); the BOM is removed below.
    const auto flags = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;
    QStringDecoder decoder = decoderFor(encoding);
    if (utf8)
        decoder = QStringDecoder(QStringConverter::Utf8, flags);
    else if (encoding == Encoding::Utf16LE)
        decoder = QStringDecoder(QStringConverter::Utf16LE, flags);
    else if (encoding == Encoding::Utf16BE)
        decoder = QStringDecoder(QStringConverter::Utf16BE, flags);
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    std::string converted; // a chunk that was not valid UTF-8, decoded and encoded as UTF-8

    Utf8RecordParser parser(m_dialect, sink, m_issues, m_row);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QByteArray pending; // the start of a character cut by the end of the last chunk
    bool first = true;
    while (!parser.stopped()) {
        const qint64 got = m_device->read(chunk.data(), chunk.size());
        if (got < 0)
            return makeError(Error::Code::Io, QCoreApplication::translate("waymark", "The file could not be read: %1")
                                                  .arg(m_device->errorString()));
        if (got == 0)
            break;
        m_bytesRead += got;
        QByteArrayView bytes(chunk.constData(), got);
        if (!pending.isEmpty()) {
            pending.append(bytes);
            bytes = pending;
        }
        const qsizetype whole = completePrefix(bytes, encoding);
        std::string_view text(bytes.data(), size_t(whole));
        bool mayHaveReplacement;
        if (utf8 && bytes.first(whole).isValidUtf8()) {
            mayHaveReplacement = containsReplacement(text); // U+FFFD in the file itself
        } else {
            // Damaged UTF-8 (each bad sequence becomes U+FFFD, as QString has it), UTF-16
            // or Windows-1252: decoded, then encoded as UTF-8 for the same state machine.
            const QString decoded = decoder.decode(bytes.first(whole));
            converted.resize(size_t(decoded.size()) * 3);
            const char *end = encoder.appendToBuffer(converted.data(), decoded);
            converted.resize(size_t(end - converted.data()));
            text = converted;
            mayHaveReplacement = unicode && containsReplacement(text);
        }
        if (first && !text.empty()) {
            first = false;
            if (text.starts_with("\xEF\xBB\xBF"))
                text.remove_prefix(3);
        }
        parser.parse(text.data(), qsizetype(text.size()), mayHaveReplacement);
        pending = bytes.sliced(whole).toByteArray();
    }
    parser.finish(!pending.isEmpty());
    return {};
}

Result<void> CsvReader::read(const RowSink &sink)
{
    QStringList fields;
    return readUtf8([&](const Utf8Row &row, qint64 line) {
        fields.clear();
        for (qsizetype i = 0; i < row.size(); ++i) {
            const std::string_view cell = row.cell(i);
            fields.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
            if (cell.starts_with("\xEF\xBB\xBF")) // U+FEFF in the text, which fromUtf8 takes for a BOM
                fields.last().prepend(QChar::ByteOrderMark);
        }
        return sink(fields, line);
    });
}

} // namespace waymark
