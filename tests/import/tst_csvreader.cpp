// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader on the files real exports are: encodings, delimiters, line ends, quoting,
// broken bytes, chunk boundaries. Fixtures: tests/data/import/csv (make_fixtures.py).
#include "import/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QSet>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/import/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

/// A device that hands out at most `step` bytes per read, so every byte position of a
/// file becomes a chunk boundary once.
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

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QList<qint64> rows;
    QStringList issues;
};

QString describe(const CsvIssue &i)
{
    return u"line %1, column %2, row %3: %4"_s.arg(i.line).arg(i.column).arg(i.row).arg(i.message);
}

Parsed readAll(QIODevice *device, const CsvDialect &dialect)
{
    Parsed p;
    CsvReader reader(device, dialect);
    const auto r = reader.read([&](const QStringList &fields, qint64 line) {
        p.records.append(fields);
        p.lines.append(line);
        p.rows.append(reader.currentRow());
        return true;
    });
    if (!r)
        qFatal("read failed: %s", qPrintable(r.error().text()));
    for (const CsvIssue &i : reader.issues())
        p.issues.append(describe(i));
    return p;
}

Parsed readBytes(const QByteArray &bytes, const CsvDialect &dialect, qint64 step = 0)
{
    if (step > 0) {
        TrickleDevice device(bytes, step);
        device.open(QIODevice::ReadOnly);
        return readAll(&device, dialect);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, dialect);
}

/// readUtf8's records as bytes, with what read() reports beside them.
struct ParsedUtf8
{
    QList<QByteArrayList> records;
    QList<qint64> lines;
    QList<qint64> rows;
    QStringList issues;
    bool allValidUtf8 = true;
};

ParsedUtf8 readAllUtf8(QIODevice *device, const CsvDialect &dialect)
{
    ParsedUtf8 p;
    CsvReader reader(device, dialect);
    const auto r = reader.readUtf8([&](const Utf8Row &row, qint64 line) {
        QByteArrayList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const std::string_view cell = row.cell(i);
            cells.append(QByteArray(cell.data(), qsizetype(cell.size())));
            p.allValidUtf8 = p.allValidUtf8 && QByteArrayView(cells.constLast()).isValidUtf8();
        }
        p.records.append(cells);
        p.lines.append(line);
        p.rows.append(reader.currentRow());
        return true;
    });
    if (!r)
        qFatal("readUtf8 failed: %s", qPrintable(r.error().text()));
    for (const CsvIssue &i : reader.issues())
        p.issues.append(describe(i));
    return p;
}

ParsedUtf8 readBytesUtf8(const QByteArray &bytes, const CsvDialect &dialect, qint64 step = 0)
{
    if (step > 0) {
        TrickleDevice device(bytes, step);
        device.open(QIODevice::ReadOnly);
        return readAllUtf8(&device, dialect);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAllUtf8(&buffer, dialect);
}

QList<QByteArrayList> asUtf8(const QList<QStringList> &records)
{
    QList<QByteArrayList> out;
    for (const QStringList &fields : records) {
        QByteArrayList cells;
        for (const QString &f : fields)
            cells.append(f.toUtf8());
        out.append(cells);
    }
    return out;
}

const QString kLong = u"Lorem ipsum, dolor \"sit\" amet.\n"_s.repeated(8000).left(200000);
const QString kInvalid = u"invalid UTF-8 bytes were replaced by �; if the text looks wrong, choose the file's encoding"_s;

} // namespace

using Records = QList<QStringList>;
using Lines = QList<qint64>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.path()));
    }

    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<bool>("sepLine");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<Records>("records");
        QTest::addColumn<Lines>("lines"); // physical line on which each record starts
        QTest::addColumn<Lines>("rows");  // the row a spreadsheet shows it in
        QTest::addColumn<QStringList>("issues");

        using E = CsvDialect::Encoding;
        QTest::newRow("UTF-8, LF") << u"utf8-lf.csv"_s << int(E::Utf8) << u","_s << false << false
                                   << Records{{u"id"_s, u"name"_s, u"comment"_s},
                                              {u"1"_s, u"Müller"_s, u"Größe passt"_s},
                                              {u"2"_s, u"Smith, J."_s, u"ok"_s}}
                                   << Lines{1, 2, 3} << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("UTF-8 BOM, CRLF") << u"utf8-bom-crlf.csv"_s << int(E::Utf8Bom) << u","_s << false << false
                                         << Records{{u"id"_s, u"name"_s}, {u"1"_s, u"Zoë"_s}, {u"2"_s, u"Ærøskøbing"_s}}
                                         << Lines{1, 2, 3} << Lines{1, 2, 3} << QStringList{};
        const Records unicodeText{{u"id"_s, u"name"_s, u"comment"_s},
                                  {u"1"_s, u"Müller"_s, u"Hallo, Welt"_s},
                                  {u"2"_s, u"李雷"_s, u"😀 gut"_s}};
        QTest::newRow("UTF-16 LE, tab (Excel Unicode text)")
            << u"utf16le-tab.txt"_s << int(E::Utf16LE) << u"\t"_s << false << false << unicodeText << Lines{1, 2, 3}
            << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("UTF-16 BE, tab") << u"utf16be-tab.txt"_s << int(E::Utf16BE) << u"\t"_s << false << false
                                        << unicodeText << Lines{1, 2, 3} << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("Windows-1252") << u"windows1252.csv"_s << int(E::Windows1252) << u","_s << false << false
                                      << Records{{u"Kunde"_s, u"Kommentar"_s, u"Preis"_s},
                                                 {u"Müller"_s, u"Schöne Grüße"_s, u"€ 12"_s},
                                                 {u"Straße"_s, u"„Zitat“ – gut"_s, u"5"_s}}
                                      << Lines{1, 2, 3} << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("German Excel: ; and decimal commas")
            << u"german-excel.csv"_s << int(E::Windows1252) << u";"_s << false << true
            << Records{{u"Name"_s, u"Bewertung"_s, u"Betrag"_s},
                       {u"Müller"_s, u"4,5"_s, u"1.234,56 €"_s},
                       {u"Jürgen"_s, u"3,0"_s, u"99,90 €"_s}}
            << Lines{1, 2, 3} << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("sep=; line") << u"sep-line.csv"_s << int(E::Utf8) << u";"_s << true << true
                                    << Records{{u"id"_s, u"wert"_s}, {u"1"_s, u"2,5"_s}, {u"2"_s, u"3,75"_s}}
                                    << Lines{2, 3, 4} << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("CR line ends") << u"cr-only.csv"_s << int(E::Utf8) << u","_s << false << false
                                      << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << Lines{1, 2, 3}
                                      << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("CRLF, LF, CR mixed, no final newline")
            << u"mixed-line-ends.csv"_s << int(E::Utf8) << u","_s << false << false
            << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}, {u"5"_s, u"6"_s}} << Lines{1, 2, 3, 4}
            << Lines{1, 2, 3, 4} << QStringList{};
        QTest::newRow("line breaks and doubled quotes in quoted fields")
            << u"quoted-multiline.csv"_s << int(E::Utf8) << u","_s << false << false
            << Records{{u"id"_s, u"comment"_s, u"note"_s},
                       {u"1"_s, u"first line\nsecond line"_s, u"x"_s},
                       {u"2"_s, u"He said \"hi\", then left"_s, u"a\nb\nc"_s},
                       {u"3"_s, u"\"quoted\" start"_s, QString()}}
            << Lines{1, 2, 4, 7} << Lines{1, 2, 3, 4} << QStringList{};
        QTest::newRow("ragged rows") << u"ragged.csv"_s << int(E::Utf8) << u","_s << false << false
                                     << Records{{u"a"_s, u"b"_s, u"c"_s},
                                                {u"1"_s, u"2"_s},
                                                {u"3"_s, u"4"_s, u"5"_s, u"6"_s},
                                                {u"7"_s}}
                                     << Lines{1, 2, 3, 4} << Lines{1, 2, 3, 4} << QStringList{};
        QTest::newRow("empty lines") << u"empty-lines.csv"_s << int(E::Utf8) << u","_s << false << false
                                     << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << Lines{1, 3, 6}
                                     << Lines{1, 3, 6} << QStringList{};
        QTest::newRow("quotes inside unquoted fields")
            << u"stray-quote.csv"_s << int(E::Utf8) << u","_s << false << false
            << Records{{u"item"_s, u"size"_s}, {u"TV"_s, u"55\" display"_s}, {u"x"_s, u"ab"_s}} << Lines{1, 2, 3}
            << Lines{1, 2, 3} << QStringList{};
        QTest::newRow("emoji") << u"emoji.csv"_s << int(E::Utf8) << u","_s << false << false
                               << Records{{u"name"_s, u"comment"_s},
                                          {u"Anna"_s, u"Super 👍🏽"_s},
                                          {u"Ben"_s, u"🚚📦 schnell"_s},
                                          {u"Cem"_s, u"👩‍👩‍👧 family"_s}}
                               << Lines{1, 2, 3, 4} << Lines{1, 2, 3, 4} << QStringList{};
        QTest::newRow("invalid UTF-8 bytes")
            << u"invalid-utf8.csv"_s << int(E::Utf8) << u","_s << false << false
            << Records{{u"id"_s, u"text"_s},
                       {u"1"_s, u"Größe ärgerlich"_s},
                       {u"2"_s, u"bad \uFFFD byte"_s},
                       {u"3"_s, u"cut \uFFFD"_s},
                       {u"4"_s, u"fine ok"_s}}
            << Lines{1, 2, 3, 4, 5} << Lines{1, 2, 3, 4, 5}
            << QStringList{u"line 3, column 2, row 3: "_s + kInvalid, u"line 4, column 2, row 4: "_s + kInvalid};
        QTest::newRow("unterminated quote at EOF")
            << u"unterminated-quote.csv"_s << int(E::Utf8) << u","_s << false << false
            << Records{{u"id"_s, u"text"_s}, {u"1"_s, u"ok"_s}, {u"2"_s, u"never closed\nmore\n"_s}} << Lines{1, 2, 3}
            << Lines{1, 2, 3}
            << QStringList{u"line 3, column 2, row 3: a quoted field is not closed before the end of the file"_s};
        QTest::newRow("empty file") << u"empty.csv"_s << int(E::Utf8) << u","_s << false << false << Records{}
                                    << Lines{} << Lines{} << QStringList{};
        QTest::newRow("header only") << u"header-only.csv"_s << int(E::Utf8) << u","_s << false << false
                                     << Records{{u"ResponseId"_s, u"NPS"_s, u"Comment"_s}} << Lines{1} << Lines{1}
                                     << QStringList{};
        QTest::newRow("200 kB field") << u"long-field.csv"_s << int(E::Utf8) << u","_s << false << false
                                      << Records{{u"id"_s, u"text"_s, u"after"_s},
                                                 {u"1"_s, kLong, u"end"_s},
                                                 {u"2"_s, u"short"_s, u"x"_s}}
                                      << Lines{1, 2, 3 + kLong.count(u'\n')} << Lines{1, 2, 3} << QStringList{};
    }

    void files()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        QFETCH(bool, sepLine);
        QFETCH(bool, decimalComma);
        QFETCH(Records, records);
        QFETCH(Lines, lines);
        QFETCH(Lines, rows);
        QFETCH(QStringList, issues);

        const QByteArray bytes = bytesOf(fixture(u"csv/"_s + file));
        const CsvDialect dialect = CsvReader::sniff(bytes.left(64 * 1024), bytes.size() <= 64 * 1024);
        QCOMPARE(CsvDialect::encodingName(dialect.encoding), CsvDialect::encodingName(CsvDialect::Encoding(encoding)));
        QCOMPARE(QString(dialect.delimiter), delimiter);
        QCOMPARE(dialect.sepLine, sepLine);
        QCOMPARE(dialect.decimalComma, decimalComma);

        QFile f(fixture(u"csv/"_s + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Parsed p = readAll(&f, dialect);
        QCOMPARE(p.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(p.records[i], records[i]);
        QCOMPARE(p.lines, lines);
        QCOMPARE(p.rows, rows);
        QCOMPARE(p.issues, issues);

        // Every byte position as a chunk boundary: the same records and issues.
        for (qint64 step : {1, 2, 3, 7}) {
            if (bytes.size() > 100000 && step < 7)
                continue; // the 200 kB file byte by byte would only be slow, not different
            const Parsed trickled = readBytes(bytes, dialect, step);
            QVERIFY2(trickled.records == p.records, qPrintable(u"step %1"_s.arg(step)));
            QCOMPARE(trickled.lines, p.lines);
            QCOMPARE(trickled.rows, p.rows);
            QCOMPARE(trickled.issues, p.issues);
        }
    }

    void chunkBoundaryInMultiByteCharAndQuotedField()
    {
        // The 1 MiB chunk ends after the first byte of "€", inside a quoted field.
        const QString path = fixture(u"large/chunk-boundary.csv"_s);
        const QByteArray bytes = bytesOf(path);
        QVERIFY(bytes.size() > (1 << 20));
        QCOMPARE(bytes.mid((1 << 20) - 1, 3), QByteArray("\xE2\x82\xAC"));
        const CsvDialect dialect = CsvReader::sniff(bytes.left(64 * 1024));
        QCOMPARE(dialect.encoding, CsvDialect::Encoding::Utf8);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Parsed p = readAll(&f, dialect);
        QCOMPARE(p.issues, QStringList{});
        const qsizetype quotedStart = bytes.indexOf("999999,\"") + 8;
        const qsizetype xs = (1 << 20) - 1 - (quotedStart + 6);
        const QStringList expected{u"999999"_s, u"price "_s + QString(xs, u'x') + u"€ across the boundary\nand a second line"_s};
        QCOMPARE(p.records.size(), 2 + bytes.left(quotedStart).count('\n'));
        QCOMPARE(p.records.at(p.records.size() - 2), expected);
        QCOMPARE(p.records.constLast(), (QStringList{u"1000000"_s, u"last"_s}));
        QCOMPARE(p.lines.constLast(), p.lines.at(p.lines.size() - 2) + 2);
        QCOMPARE(p.records.at(1), (QStringList{u"1"_s, u"row 1"_s}));
    }

    void fileEndingInsideCharacter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("last");
        QTest::newRow("UTF-8, 2 of 3 bytes") << QByteArray("a,b\n1,x\xE2\x82") << int(CsvDialect::Encoding::Utf8)
                                              << u"x\uFFFD"_s;
        QTest::newRow("UTF-8, lead byte only") << QByteArray("a,b\n1,\xC3") << int(CsvDialect::Encoding::Utf8)
                                                << u"\uFFFD"_s;
        QTest::newRow("UTF-16 LE, odd byte") << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0x", 15)
                                              << int(CsvDialect::Encoding::Utf16LE) << u"\uFFFD"_s;
    }
    void fileEndingInsideCharacter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, last);
        CsvDialect dialect;
        dialect.encoding = CsvDialect::Encoding(encoding);
        for (qint64 step : {0, 1, 2}) {
            const Parsed p = readBytes(bytes, dialect, step);
            QCOMPARE(p.records.size(), 2);
            QVERIFY2(p.records[1].constLast().endsWith(last), qPrintable(p.records[1].constLast()));
            QCOMPARE(p.issues.size(), 1);
            QVERIFY2(p.issues[0].startsWith(u"line 2, column 2, row 2: invalid"_s), qPrintable(p.issues[0]));
        }
    }

    void sniffKnowsWhetherTheHeadIsTheWholeFile()
    {
        // "Café" in Windows-1252 ends in 0xE9, a UTF-8 lead byte: cut by a 64 kB sample it
        // could be UTF-8, at the end of the file it can't.
        const QByteArray bytes("name\nCaf\xE9");
        QCOMPARE(CsvReader::sniff(bytes, true).encoding, CsvDialect::Encoding::Windows1252);
        QCOMPARE(CsvReader::sniff(bytes, false).encoding, CsvDialect::Encoding::Utf8);
        // Damaged bytes in a file that is mostly Windows-1252 text: still Windows-1252.
        QCOMPARE(CsvReader::sniff(QByteArray("a\n\xFC\xF6\xE4 \xC3\xA4\n"), true).encoding,
                 CsvDialect::Encoding::Windows1252);
    }

    void explicitUtf8ReadsABomFileWithoutAStrayCharacter()
    {
        CsvDialect dialect; // the user chose plain UTF-8 for a file with a BOM
        const Parsed p = readBytes(bytesOf(fixture(u"csv/utf8-bom-crlf.csv"_s)), dialect, 1);
        QCOMPARE(p.records.at(0), (QStringList{u"id"_s, u"name"_s}));
    }

    void overlongFieldIsCutAndReported()
    {
        const QByteArray big = "id,text\n1," + QByteArray(CsvReader::maxFieldLength + 5, 'y') + ",z\n";
        const Parsed p = readBytes(big, CsvDialect());
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[1].size(), 3);
        QCOMPARE(p.records[1][1].size(), CsvReader::maxFieldLength);
        QCOMPARE(p.records[1][2], u"z"_s);
        QCOMPARE(p.issues, QStringList{u"line 2, column 2, row 2: a field of %1 characters was cut to %2"_s
                                           .arg(CsvReader::maxFieldLength + 5)
                                           .arg(CsvReader::maxFieldLength)});
    }

    void manyDamagedRecordsAreSummarised()
    {
        QByteArray bytes = "id,text\n";
        for (int i = 1; i <= CsvReader::maxEncodingIssues + 30; ++i)
            bytes += QByteArray::number(i) + ",\xFF gr\xC3\xBC\xC3\x9F\xC3\xA9\n";
        const CsvDialect dialect = CsvReader::sniff(bytes, true);
        QCOMPARE(dialect.encoding, CsvDialect::Encoding::Utf8);
        const Parsed p = readBytes(bytes, dialect);
        QCOMPARE(p.records.size(), CsvReader::maxEncodingIssues + 31);
        QCOMPARE(p.issues.size(), CsvReader::maxEncodingIssues + 1);
        QCOMPARE(p.issues.constLast(), u"line %1, column 0, row 0: 30 more records from line %1 on have invalid UTF-8 bytes"_s
                                           .arg(CsvReader::maxEncodingIssues + 2));
    }

    // readUtf8 is what read() is made of: the same cells, byte for byte, and the same lines,
    // rows and issues, for every fixture and every broken input, in any chunking.
    void readUtf8GivesTheCellsReadGives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("sniffed");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("delimiter");

        const QDir dir(fixture(u"csv"_s));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << bytesOf(dir.filePath(name)) << true << 0 << QString();
        QTest::newRow("chunk-boundary.csv") << bytesOf(fixture(u"large/chunk-boundary.csv"_s)) << true << 0 << QString();

        using E = CsvDialect::Encoding;
        const auto row = [](const char *name, const QByteArray &bytes, E encoding, const QString &delimiter = u","_s) {
            QTest::newRow(name) << bytes << false << int(encoding) << delimiter;
        };
        row("BOM file read as plain UTF-8", bytesOf(fixture(u"csv/utf8-bom-crlf.csv"_s)), E::Utf8);
        row("ends in 2 of 3 bytes", "a,b\n1,x\xE2\x82", E::Utf8);
        row("ends in a lead byte", "a,b\n1,\xC3", E::Utf8);
        row("UTF-16 LE, odd byte", QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0x", 15), E::Utf16LE);
        row("Windows-1252 read as UTF-8", bytesOf(fixture(u"csv/windows1252.csv"_s)), E::Utf8);
        row("UTF-8 read as Windows-1252", bytesOf(fixture(u"csv/emoji.csv"_s)), E::Windows1252);
        row("UTF-8 read as UTF-16 LE", bytesOf(fixture(u"csv/utf8-lf.csv"_s)), E::Utf16LE);
        row("overlong and surrogate sequences", "id,t\n1,\xC0\xAF\xED\xA0\x80x\n2,\xF4\x90\x80\x80\n", E::Utf8);
        row("U+FFFD written in the file", "id,t\n1,\xEF\xBF\xBD\n", E::Utf8);
        row("U+FEFF inside the file", "id,t\n\xEF\xBB\xBF" "1,\xEF\xBB\xBFx\n", E::Utf8);
        row("quote after a closed quote", "a,\"b\"c\"d\"\ne,\"\"\"\"\n", E::Utf8);
        row("empty fields and records", ",\n\n,,\r\n\r\n\"\"\n", E::Utf8);
        row("sep line only", "sep=;", E::Utf8, u";"_s);
        row("tab-delimited, quoted tabs", "a\tb\n\"x\ty\"\tz\n", E::Utf8, u"\t"_s);
        row("non-ASCII delimiter §", "a§b°c§\"x§y\"\n1§2\n", E::Utf8, u"§"_s);
        row("non-ASCII delimiter € in Windows-1252", "a\x80" "b\n\"1\x80\"\x80" "2\n", E::Windows1252, u"€"_s);
    }

    void readUtf8GivesTheCellsReadGives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, sniffed);
        QFETCH(int, encoding);
        QFETCH(QString, delimiter);
        CsvDialect dialect = CsvReader::sniff(bytes.left(64 * 1024), bytes.size() <= 64 * 1024);
        if (!sniffed) {
            dialect.encoding = CsvDialect::Encoding(encoding);
            dialect.delimiter = delimiter.at(0);
        }
        for (qint64 step : {0, 1, 3}) {
            if (bytes.size() > 100000 && step > 0)
                continue;
            const Parsed strings = readBytes(bytes, dialect, step);
            const ParsedUtf8 utf8 = readBytesUtf8(bytes, dialect, step);
            QVERIFY(utf8.allValidUtf8);
            QCOMPARE(utf8.records, asUtf8(strings.records));
            QCOMPARE(utf8.lines, strings.lines);
            QCOMPARE(utf8.rows, strings.rows);
            QCOMPARE(utf8.issues, strings.issues);
        }
    }

    void nonAsciiDelimiterSplitsOnItsWholeCharacter()
    {
        CsvDialect dialect;
        dialect.delimiter = u'§'; // UTF-8 C2 A7; "°" (C2 B0) shares its first byte
        const ParsedUtf8 p = readBytesUtf8("a§b°c§\"x§y\"\n1§2\n", dialect, 1);
        QCOMPARE(p.records, (QList<QByteArrayList>{{"a", "b\xC2\xB0" "c", "x\xC2\xA7y"}, {"1", "2"}}));
        QCOMPARE(p.issues, QStringList{});
    }

    void damagedBytesGiveValidUtf8Cells_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArrayList>("cells"); // the second record's
        using E = CsvDialect::Encoding;
        QTest::newRow("stray continuation byte") << QByteArray("a,b\n1,x\x80y\n") << int(E::Utf8)
                                                 << QByteArrayList{"1", "x\xEF\xBF\xBDy"};
        QTest::newRow("Windows-1252 umlaut in UTF-8") << QByteArray("a,b\nM\xFCller,ok\n") << int(E::Utf8)
                                                      << QByteArrayList{"M\xEF\xBF\xBDller", "ok"};
        QTest::newRow("encoded surrogate") << QByteArray("a,b\n1,\xED\xA0\x80\n") << int(E::Utf8)
                                           << QByteArrayList{"1", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"};
        QTest::newRow("file ends inside a character") << QByteArray("a,b\n1,\xF0\x9F\x98") << int(E::Utf8)
                                                      << QByteArrayList{"1", "\xEF\xBF\xBD"};
        // UTF-16 with a lone surrogate: no UTF-8 can carry it, so it is replaced and reported.
        QTest::newRow("UTF-16 LE lone surrogate") << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0\x00\xD8" "x\0\n\0", 20)
                                                  << int(E::Utf16LE) << QByteArrayList{"1", "\xEF\xBF\xBDx"};
    }

    void damagedBytesGiveValidUtf8Cells()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QByteArrayList, cells);
        CsvDialect dialect;
        dialect.encoding = CsvDialect::Encoding(encoding);
        const QString name = CsvDialect::encodingName(dialect.encoding);
        for (qint64 step : {0, 1, 2}) {
            const ParsedUtf8 p = readBytesUtf8(bytes, dialect, step);
            QVERIFY(p.allValidUtf8);
            QCOMPARE(p.records.size(), 2);
            QCOMPARE(p.records[1], cells);
            const int column = int(std::find_if(cells.cbegin(), cells.cend(), [](const QByteArray &c) {
                                       return c.contains("\xEF\xBF\xBD");
                                   }) - cells.cbegin()) + 1;
            QCOMPARE(p.issues, QStringList{u"line 2, column %1, row 2: invalid %2 bytes were replaced by �; if the text "
                                           "looks wrong, choose the file's encoding"_s.arg(column).arg(name)});
        }
    }

    // Records across 1 MiB chunk boundaries: a field longer than a chunk, and many short
    // records with an umlaut or an emoji cut by the boundary after each of its bytes.
    void recordsAcrossChunkBoundaries_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QByteArrayList>>("records");

        {
            // 600,000 "ä" (1.2 MB, 600,000 characters: under maxFieldLength) in a quoted
            // field with a line break, placed so that the boundary falls inside an "ä".
            const QByteArray head = "id,text,after\n1,\"";
            const QByteArray pad(((1 << 20) - 1 - head.size()) % 2, 'x');
            const QByteArray umlauts = QByteArray("\xC3\xA4").repeated(600000);
            const QByteArray bytes = head + pad + umlauts + "\r\nend \"\"q\"\"\",z\n2,b,c\n";
            Q_ASSERT(bytes.at((1 << 20) - 1) == '\xC3');
            QTest::newRow("1.2 MB field, boundary inside ä")
                << bytes
                << QList<QByteArrayList>{{"id", "text", "after"}, {"1", pad + umlauts + "\nend \"q\"", "z"}, {"2", "b", "c"}};
        }
        for (int cut = 1; cut <= 3; ++cut) {
            // Short records up to the boundary, then one whose 4-byte emoji the boundary cuts
            // after `cut` bytes.
            QByteArray bytes = "n,comment\n";
            QList<QByteArrayList> records{{"n", "comment"}};
            for (int i = 0; bytes.size() < (1 << 20) - 64; ++i) {
                const QByteArray n = QByteArray::number(i);
                bytes += n + ",\"gr\xC3\xBC\xC3\x9F, ok\"\r\n";
                records.append(QByteArrayList{n, "gr\xC3\xBC\xC3\x9F, ok"});
            }
            const QByteArray emoji = "\xF0\x9F\x98\x80";
            const QByteArray filler((1 << 20) - cut - bytes.size() - 5, 'w');
            bytes += "last," + filler + emoji + " tail\nafter,1\n";
            Q_ASSERT(bytes.mid((1 << 20) - cut, 4) == emoji);
            records.append(QByteArrayList{"last", filler + emoji + " tail"});
            records.append(QByteArrayList{"after", "1"});
            QTest::newRow(qPrintable(u"emoji cut after %1 bytes"_s.arg(cut))) << bytes << records;
        }
    }

    void recordsAcrossChunkBoundaries()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QByteArrayList>, records);
        QVERIFY(bytes.size() > (1 << 20));
        const CsvDialect dialect = CsvReader::sniff(bytes.left(64 * 1024));
        QCOMPARE(dialect.encoding, CsvDialect::Encoding::Utf8);
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const ParsedUtf8 p = readAllUtf8(&buffer, dialect);
        QCOMPARE(p.issues, QStringList{});
        QVERIFY(p.allValidUtf8);
        QCOMPARE(p.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(p.records[i], records[i]);
        // read() gives the same, and so does a device handing out odd pieces.
        QCOMPARE(asUtf8(readBytes(bytes, dialect).records), p.records);
        QCOMPARE(readBytesUtf8(bytes, dialect, 65537).records, p.records);
    }

    void overlongFieldIsCutBetweenCharacters_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("length");  // as QString counts it: UTF-16 units
        QTest::addColumn<qsizetype>("keptBytes");
        constexpr qsizetype max = CsvReader::maxFieldLength;
        QTest::newRow("ä, 2 bytes each") << QByteArray("\xC3\xA4").repeated(max + 5) << max + 5 << 2 * max;
        QTest::newRow("emoji, 2 units each") << QByteArray("\xF0\x9F\x98\x80").repeated(max / 2 + 1) << max + 2 << 2 * max;
        // One unit short of an emoji at the limit: the emoji goes whole, not half.
        QTest::newRow("emoji across the limit") << "a" + QByteArray("\xF0\x9F\x98\x80").repeated(max / 2) << max + 1
                                                << 1 + 4 * (max / 2 - 1);
    }

    void overlongFieldIsCutBetweenCharacters()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, keptBytes);
        const ParsedUtf8 p = readBytesUtf8("id,text\n1," + text + ",z\n", CsvDialect());
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[1].size(), 3);
        QCOMPARE(p.records[1][1].size(), keptBytes);
        QVERIFY(text.startsWith(p.records[1][1]));
        QVERIFY(p.allValidUtf8);
        QCOMPARE(p.records[1][2], "z");
        QCOMPARE(p.issues, QStringList{u"line 2, column 2, row 2: a field of %1 characters was cut to %2"_s.arg(length).arg(
                               CsvReader::maxFieldLength)});
    }

    void readUtf8ReusesOneRow()
    {
        QBuffer buffer;
        buffer.setData("a,b\n1,2\n3,4,5\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, CsvDialect());
        QSet<const Utf8Row *> rows;
        QList<qsizetype> sizes;
        QVERIFY(reader.readUtf8([&](const Utf8Row &row, qint64) {
                          rows.insert(&row);
                          sizes.append(row.size());
                          return sizes.size() < 2; // and the sink can stop
                      })
                    .ok());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(sizes, (QList<qsizetype>{2, 2}));
    }

    void sinkCanStop()
    {
        QBuffer buffer;
        buffer.setData("a\n1\n2\n3\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, CsvDialect());
        int seen = 0;
        QVERIFY(reader.read([&](const QStringList &, qint64) { return ++seen < 2; }).ok());
        QCOMPARE(seen, 2);
    }

    void unreadableDeviceFails()
    {
        QFile f(fixture(u"csv/utf8-lf.csv"_s)); // never opened
        CsvReader reader(&f, CsvDialect());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"device not open"_s));
        const auto r = reader.read([](const QStringList &, qint64) { return true; });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.startsWith(u"The file could not be read"_s), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
