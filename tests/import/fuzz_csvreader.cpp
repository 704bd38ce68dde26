// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for CsvReader: any bytes, any dialect. Besides crashes and sanitizer
// reports it checks that reading in small pieces gives exactly what reading at once
// gives, so chunk boundaries can never change a record, and that readUtf8 gives read()'s
// records, lines, rows and issues with every cell valid UTF-8.
#include "import/CsvReader.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace waymark;

namespace {

class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Outcome
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<qint64> rows;
    QStringList issues;
    bool operator==(const Outcome &) const = default;
};

Outcome readWith(QIODevice *device, const CsvDialect &dialect)
{
    Outcome r;
    CsvReader reader(device, dialect);
    if (!reader.read([&](const QStringList &fields, qint64 line) {
            r.records.append(fields);
            r.lines.append(line);
            r.rows.append(reader.currentRow());
            return true;
        }))
        abort();
    for (const CsvIssue &i : reader.issues())
        r.issues.append(QString::number(i.line) + u':' + QString::number(i.column) + u':' + QString::number(i.row)
                        + u':' + i.message);
    return r;
}

/// The same through readUtf8, each cell checked and turned into what read() gives.
Outcome readUtf8With(QIODevice *device, const CsvDialect &dialect)
{
    Outcome r;
    CsvReader reader(device, dialect);
    if (!reader.readUtf8([&](const Utf8Row &row, qint64 line) {
            QStringList fields;
            for (qsizetype i = 0; i < row.size(); ++i) {
                const std::string_view cell = row.cell(i);
                const QByteArrayView bytes(cell.data(), qsizetype(cell.size()));
                if (!bytes.isValidUtf8())
                    abort(); // a cell that is not valid UTF-8
                // QString::fromUtf8 takes a U+FEFF at the start for a BOM and drops it.
                fields.append((bytes.startsWith("\xEF\xBB\xBF") ? QString(QChar::ByteOrderMark) : QString())
                              + QString::fromUtf8(bytes));
            }
            r.records.append(fields);
            r.lines.append(line);
            r.rows.append(reader.currentRow());
            return true;
        }))
        abort();
    for (const CsvIssue &i : reader.issues())
        r.issues.append(QString::number(i.line) + u':' + QString::number(i.column) + u':' + QString::number(i.row)
                        + u':' + i.message);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the dialect and the piece size; the rest is the file.
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    CsvDialect dialect = CsvReader::sniff(bytes.left(64 * 1024), bytes.size() <= 64 * 1024);
    if (control & 0x80) {
        static const CsvDialect::Encoding encodings[] = {CsvDialect::Encoding::Utf8, CsvDialect::Encoding::Utf8Bom,
                                                         CsvDialect::Encoding::Utf16LE, CsvDialect::Encoding::Utf16BE,
                                                         CsvDialect::Encoding::Windows1252};
        static const char delimiters[] = {',', ';', '\t', '|'};
        dialect.encoding = encodings[(control >> 4) % 5];
        dialect.delimiter = control & 1 ? QChar(u'§') : QLatin1Char(delimiters[(control >> 2) & 3]);
        dialect.sepLine = control & 2;
    }
    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const Outcome expected = readWith(&whole, dialect);

    TrickleDevice pieces(bytes, 1 + (control & 7));
    pieces.open(QIODevice::ReadOnly);
    if (!(readWith(&pieces, dialect) == expected))
        abort(); // a chunk boundary changed the result

    QBuffer wholeAgain;
    wholeAgain.setData(bytes);
    wholeAgain.open(QIODevice::ReadOnly);
    if (!(readUtf8With(&wholeAgain, dialect) == expected))
        abort(); // readUtf8 and read() disagree
    TrickleDevice piecesAgain(bytes, 1 + ((control >> 3) & 7));
    piecesAgain.open(QIODevice::ReadOnly);
    if (!(readUtf8With(&piecesAgain, dialect) == expected))
        abort();
    return 0;
}
