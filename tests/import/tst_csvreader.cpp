// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader on the files real exports are: encodings, delimiters, line ends, quoting,
// broken bytes, chunk boundaries. Fixtures: tests/data/import/csv (make_fixtures.py).
#include "import/CsvReader.h"

#include <QBuffer>
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
