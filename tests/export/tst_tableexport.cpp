// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and XLSX export: numbers stay numbers, text is neutralised against formula
// injection, and what is written reads back unchanged.
#include "export/DataTable.h"
#include "export/TableWriter.h"
#include "import/CsvReader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace waymark;
using namespace Qt::StringLiterals;

namespace {

/// The cells of the first sheet of an XLSX file: "A1" → {type attribute, text}.
struct XlsxCell
{
    QString type; ///< "" (number), "inlineStr", "s", "str"
    QString text;
};

QHash<QString, XlsxCell> readSheet(const QString &path, int sheet = 1)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet%1.xml"_s.arg(sheet)});
    unzip.waitForFinished(10000);
    const QByteArray xml = unzip.readAllStandardOutput();
    // Shared strings, when the writer used them.
    QProcess strings;
    strings.start(u"unzip"_s, {u"-p"_s, path, u"xl/sharedStrings.xml"_s});
    strings.waitForFinished(10000);
    QStringList shared;
    QXmlStreamReader sr(strings.readAllStandardOutput());
    while (!sr.atEnd())
        if (sr.readNext() == QXmlStreamReader::StartElement && sr.name() == u"si"_s)
            shared << sr.readElementText(QXmlStreamReader::IncludeChildElements);
    QHash<QString, XlsxCell> cells;
    QXmlStreamReader r(xml);
    QString ref, type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"c"_s) {
            ref = r.attributes().value(u"r"_s).toString();
            type = r.attributes().value(u"t"_s).toString();
            cells.insert(ref, {type, {}});
        } else if (r.isStartElement() && (r.name() == u"v"_s || r.name() == u"t"_s)) {
            QString text = r.readElementText();
            if (type == u"s"_s)
                text = shared.value(text.toInt());
            cells[ref].text += text;
        }
    }
    if (r.hasError())
        qWarning() << "sheet XML:" << r.errorString();
    return cells;
}

DataTable sample()
{
    DataTable t;
    t.name = u"Scores"_s;
    t.columns = {u"touchpoint"_s, u"nps"_s, u"n"_s, u"comment"_s};
    t.rows << QList<QVariant>{u"Checkout"_s, -12.5, qint64(45), u"=HYPERLINK(\"http://evil\",\"click\")"_s}
           << QList<QVariant>{u"+Kasse"_s, 0.1 + 0.2, 7, u"-2 stars, \"quoted\", comma"_s}
           << QList<QVariant>{u"@Größe 🌱"_s, QVariant(), 0, u"\ttab first"_s}
           << QList<QVariant>{u"line\nbreak"_s, 100, qint64(1) << 40, u"\rcarriage"_s}
           << QList<QVariant>{u"-5"_s, -5, -1, u"plain"_s};
    return t;
}

} // namespace

class TstTableExport : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("plus") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("plain") << u"Checkout"_s << u"Checkout"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("umlaut") << u"Übergröße"_s << u"Übergröße"_s;
    }
    void neutralise()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SpreadsheetText::neutralise(text), expected);
    }

    void numbersAreNumbers()
    {
        QVERIFY(DataTable::isNumber(QVariant(-12.5)));
        QVERIFY(DataTable::isNumber(QVariant(qint64(3))));
        QVERIFY(DataTable::isNumber(QVariant(7)));
        QVERIFY(!DataTable::isNumber(QVariant(u"-5"_s)));
        QVERIFY(!DataTable::isNumber(QVariant()));
    }

    void csvRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scores.csv"_s);
        QVERIFY(TableWriter::writeCsv(sample(), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 with BOM, so Excel reads umlauts");
        // Numbers are written bare, with full precision; negative numbers are not neutralised.
        QVERIFY(bytes.contains("\r\nCheckout,-12.5,45,"));
        QVERIFY(bytes.contains(",0.30000000000000004,7,"));
        QVERIFY(bytes.contains(",1099511627776,"));
        QVERIFY(bytes.contains("\r\n'-5,-5,-1,plain\r\n"));

        // Read back with Waymark's own importer's reader (RFC 4180).
        QVERIFY(f.seek(0));
        CsvReader reader(&f, CsvReader::sniff(bytes, true));
        QList<QStringList> rows;
        QVERIFY(reader.read([&rows](const QStringList &fields, qint64) {
            rows << fields;
            return true;
        }));
        QVERIFY(reader.issues().isEmpty());
        QCOMPARE(rows.takeFirst(), (QStringList{u"touchpoint"_s, u"nps"_s, u"n"_s, u"comment"_s}));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0], (QStringList{u"Checkout"_s, u"-12.5"_s, u"45"_s, u"'=HYPERLINK(\"http://evil\",\"click\")"_s}));
        QCOMPARE(rows[1], (QStringList{u"'+Kasse"_s, u"0.30000000000000004"_s, u"7"_s, u"'-2 stars, \"quoted\", comma"_s}));
        QCOMPARE(rows[2], (QStringList{u"'@Größe 🌱"_s, QString(), u"0"_s, u"'\ttab first"_s}));
        QCOMPARE(rows[3][0], u"line\nbreak"_s);
        QVERIFY(bytes.contains(",\"'\rcarriage\"\r\n")); // quoted, so the CR stays inside the field
    }

    void xlsxRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scores.xlsx"_s);
        DataTable second = sample();
        second.name = u"Feedback: [all]"_s; // characters Excel forbids in sheet names
        QVERIFY(TableWriter::writeXlsx({sample(), second}, path, {u"Title"_s, u"Anna Müller"_s, u"Subject"_s}));
        const auto cells = readSheet(path);
        QCOMPARE(cells.value(u"A1"_s).text, u"touchpoint"_s);
        // Numbers are numeric cells (no t attribute), with full precision.
        QCOMPARE(cells.value(u"B2"_s).type, QString());
        QCOMPARE(cells.value(u"B2"_s).text.toDouble(), -12.5);
        QCOMPARE(cells.value(u"B3"_s).text.toDouble(), 0.1 + 0.2);
        QCOMPARE(cells.value(u"C5"_s).text.toDouble(), double(qint64(1) << 40));
        QCOMPARE(cells.value(u"B6"_s).type, QString());
        QCOMPARE(cells.value(u"B6"_s).text.toDouble(), -5.0);
        // Text is text, neutralised.
        QVERIFY(!cells.value(u"D2"_s).type.isEmpty());
        QCOMPARE(cells.value(u"D2"_s).text, u"'=HYPERLINK(\"http://evil\",\"click\")"_s);
        QCOMPARE(cells.value(u"A3"_s).text, u"'+Kasse"_s);
        QCOMPARE(cells.value(u"A4"_s).text, u"'@Größe 🌱"_s);
        QCOMPARE(cells.value(u"D4"_s).text, u"'\ttab first"_s);
        QCOMPARE(cells.value(u"A6"_s).text, u"'-5"_s);
        QVERIFY(!cells.contains(u"B4"_s)); // empty stays empty
        // No formula anywhere.
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, u"xl/worksheets/sheet1.xml"_s});
        unzip.waitForFinished(10000);
        QVERIFY(!unzip.readAllStandardOutput().contains("<f>"));
        // The second sheet exists under a legal name; metadata is in the workbook.
        QProcess list;
        list.start(u"unzip"_s, {u"-p"_s, path, u"xl/workbook.xml"_s, u"docProps/core.xml"_s});
        list.waitForFinished(10000);
        const QString meta = QString::fromUtf8(list.readAllStandardOutput());
        QVERIFY2(meta.contains(u"name=\"Feedback_ _all_\""_s), qPrintable(meta));
        QVERIFY(meta.contains(u"Anna Müller"_s));
        QCOMPARE(readSheet(path, 2).value(u"D2"_s).text, u"'=HYPERLINK(\"http://evil\",\"click\")"_s);
    }

    void unwritableTargetFailsClearly()
    {
        const auto r = TableWriter::writeCsv(sample(), u"/nonexistent-dir/x.csv"_s);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"/nonexistent-dir/x.csv"_s));
        const auto x = TableWriter::writeXlsx({sample()}, u"/nonexistent-dir/x.xlsx"_s);
        QVERIFY(!x);
        QVERIFY(x.error().message.contains(u"/nonexistent-dir/x.xlsx"_s));
    }
};

QTEST_GUILESS_MAIN(TstTableExport)
#include "tst_tableexport.moc"
