// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

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

Result<void> CsvReader::read(const RowSink &sink)
{
    // Stateless decoders on whole characters (see completePrefix); the BOM is removed below.
    const auto flags = QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom;
    QStringDecoder decoder = decoderFor(m_dialect.encoding);
    if (m_dialect.encoding == CsvDialect::Encoding::Utf8 || m_dialect.encoding == CsvDialect::Encoding::Utf8Bom)
        decoder = QStringDecoder(QStringConverter::Utf8, flags);
    else if (m_dialect.encoding == CsvDialect::Encoding::Utf16LE)
        decoder = QStringDecoder(QStringConverter::Utf16LE, flags);
    else if (m_dialect.encoding == CsvDialect::Encoding::Utf16BE)
        decoder = QStringDecoder(QStringConverter::Utf16BE, flags);
    const bool unicode = m_dialect.encoding != CsvDialect::Encoding::Windows1252;

    const QChar delimiter = m_dialect.delimiter;
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool afterQuote = false;  // a quote just closed (or is doubled)
    bool fieldStarted = false;
    bool fieldCut = false;    // the field reached maxFieldLength; the rest is dropped
    qsizetype fieldLength = 0;
    bool skippedSepLine = !m_dialect.sepLine;
    bool first = true;
    bool pendingCR = false;
    qint64 line = 1;
    qint64 recordLine = 1;
    qint64 rowsEnded = 0;     // records ended so far, blank ones included, the sep line not
    bool stop = false;
    int encodingIssues = 0;
    qint64 laterEncodingIssues = 0;
    qint64 laterEncodingLine = 0;
    bool recordHasInvalid = false;
    m_row = 1;

    auto append = [&](QChar c) {
        ++fieldLength;
        if (field.size() < maxFieldLength)
            field.append(c);
        else
            fieldCut = true;
    };
    // A run of ordinary characters at once: most of a file is such runs.
    auto appendRun = [&](const QChar *run, qsizetype length) {
        fieldLength += length;
        const qsizetype room = maxFieldLength - field.size();
        if (length <= room) {
            field.append(run, length);
        } else {
            field.append(run, qMax<qsizetype>(0, room));
            fieldCut = true;
        }
    };
    const char16_t delimiterUnit = delimiter.unicode();
    auto endField = [&] {
        if (fieldCut) {
            m_issues.append({recordLine, int(fields.size()) + 1,
                             QCoreApplication::translate("waymark", "a field of %1 characters was cut to %2")
                                 .arg(fieldLength)
                                 .arg(maxFieldLength),
                             m_row});
        }
        if (unicode && !recordHasInvalid && field.contains(QChar::ReplacementCharacter)) {
            recordHasInvalid = true;
            if (encodingIssues < maxEncodingIssues) {
                ++encodingIssues;
                m_issues.append({recordLine, int(fields.size()) + 1,
                                 QCoreApplication::translate("waymark", "invalid %1 bytes were replaced by �; if the "
                                                                        "text looks wrong, choose the file's encoding")
                                     .arg(CsvDialect::encodingName(m_dialect.encoding)),
                                 m_row});
            } else {
                if (laterEncodingIssues == 0)
                    laterEncodingLine = recordLine;
                ++laterEncodingIssues;
            }
        }
        fields.append(field);
        field.clear();
        fieldLength = 0;
        fieldCut = false;
        fieldStarted = false;
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        const bool empty = fields.size() == 1 && fields.constFirst().isEmpty();
        if (!skippedSepLine) {
            skippedSepLine = true;
        } else {
            if (!empty && !stop) {
                if (!sink(fields, recordLine))
                    stop = true;
            }
            ++rowsEnded;
        }
        m_row = rowsEnded + 1;
        recordHasInvalid = false;
        fields.clear();
    };

    QByteArray chunk;
    chunk.resize(1 << 20);
    QByteArray pending; // the start of a character cut by the end of the last chunk
    while (!stop) {
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
        const qsizetype whole = completePrefix(bytes, m_dialect.encoding);
        QString text = decoder.decode(bytes.first(whole));
        pending = bytes.sliced(whole).toByteArray();
        if (first && !text.isEmpty()) {
            first = false;
            if (text.startsWith(QChar::ByteOrderMark))
                text.remove(0, 1);
        }
        const QChar *p = text.constData();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n && !stop; ++i) {
            const QChar c = p[i];
            if (pendingCR) {
                pendingCR = false;
                if (c == u'\n')
                    continue;
            }
            if (quoted) {
                if (c != u'"' && c != u'\n' && c != u'\r') {
                    qsizetype j = i + 1;
                    while (j < n) {
                        const char16_t u = p[j].unicode();
                        if (u == u'"' || u == u'\n' || u == u'\r')
                            break;
                        ++j;
                    }
                    appendRun(p + i, j - i);
                    i = j - 1;
                    continue;
                }
                if (c == u'"') {
                    quoted = false;
                    afterQuote = true;
                } else if (c == u'\n' || c == u'\r') {
                    ++line;
                    if (c == u'\r')
                        pendingCR = true;
                    append(QLatin1Char('\n'));
                } else {
                    append(c);
                }
                continue;
            }
            if (c == u'"') {
                if (afterQuote) { // a doubled quote inside a quoted field
                    append(QLatin1Char('"'));
                    quoted = true;
                    afterQuote = false;
                } else if (!fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else {
                    append(c); // a stray quote inside an unquoted field is kept as text (5" display)
                }
                continue;
            }
            if (c == delimiter) {
                endField();
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                endRecord();
                ++line;
                recordLine = line;
                if (c == u'\r')
                    pendingCR = true;
                continue;
            }
            afterQuote = false;
            fieldStarted = true;
            qsizetype j = i + 1;
            while (j < n) {
                const char16_t u = p[j].unicode();
                if (u == u'"' || u == delimiterUnit || u == u'\n' || u == u'\r')
                    break;
                ++j;
            }
            appendRun(p + i, j - i);
            i = j - 1;
        }
    }
    if (!stop) {
        if (unicode && !pending.isEmpty()) { // the file ends inside a character
            fieldStarted = true;
            append(QChar::ReplacementCharacter);
        }
        if (quoted)
            m_issues.append({recordLine, int(fields.size()) + 1,
                             QCoreApplication::translate("waymark", "a quoted field is not closed before the end of the file"),
                             m_row});
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty())
            endRecord();
        if (laterEncodingIssues > 0)
            m_issues.append({laterEncodingLine, 0,
                             QCoreApplication::translate("waymark", "%1 more records from line %2 on have invalid %3 bytes")
                                 .arg(laterEncodingIssues)
                                 .arg(laterEncodingLine)
                                 .arg(CsvDialect::encodingName(m_dialect.encoding)),
                             0});
    }
    return {};
}

Result<void> CsvReader::readUtf8(const Utf8Sink &sink)
{
    Utf8Row row;
    return read([&](const QStringList &fields, qint64 line) {
        row.assign(fields);
        return sink(row, line);
    });
}

} // namespace waymark
