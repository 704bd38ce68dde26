// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON and XLSX readers on their fixtures (tests/data/import/json, xlsx): every record
// with its cells and row number, the problems they report, the caps that refuse a zip
// bomb, format sniffing, and the same import through FeedbackImporter for every format,
// including a failed and a cancelled import that leave the workspace unchanged.
#include "import/FeedbackImporter.h"
#include "import/JsonReader.h"
#include "import/RowSource.h"
#include "import/XlsxReader.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/import/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Every record of a source as "row: cell|cell|…" (the header's row is the source's own).
struct Read
{
    QStringList records;
    QStringList issues;
    Result<void> result;
};

Read readAll(RowSource &source)
{
    Read out;
    out.result = source.read([&](const QStringList &fields) {
        out.records << u"%1: %2"_s.arg(source.currentRow()).arg(fields.join(u'|'));
        return true;
    });
    for (const RowIssue &i : source.issues())
        out.issues << u"%1:%2 %3"_s.arg(i.row).arg(i.column).arg(i.message);
    return out;
}

QByteArray snapshot(const WorkspaceStore &store)
{
    auto d = WorkspaceData::fromStore(store);
    if (!d)
        qFatal("fromStore: %s", qPrintable(d.error().text()));
    return InterchangeJson::write(*d);
}

QList<FeedbackItem> items(const WorkspaceStore &store)
{
    QList<FeedbackItem> all;
    store.forEachFeedback([&](const FeedbackItem &f) {
        all.append(f);
        return true;
    });
    return all;
}

QString describe(const FeedbackItem &f)
{
    auto number = [](const std::optional<int> &v) { return v ? QString::number(*v) : u"-"_s; };
    return u"%1|%2|%3|%4|nps %5|csat %6|%7"_s.arg(f.responseId, f.date, f.channel, f.segment, number(f.nps),
                                                  number(f.csat), f.comment);
}

/// A zip with `entries` empty, stored members (too large to commit), written by hand per
/// the ZIP application note (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16): local headers, the
/// central directory, its end record.
QByteArray zipWithEntries(int entries)
{
    auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto u32 = [&](QByteArray &b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    QByteArray local, central;
    for (int i = 0; i < entries; ++i) {
        const QByteArray name = "e" + QByteArray::number(i);
        const quint32 offset = quint32(local.size());
        u32(local, 0x04034b50);
        u16(local, 10); // version needed
        for (int k = 0; k < 4; ++k)
            u16(local, 0); // flags, method (stored), time, date
        for (int k = 0; k < 3; ++k)
            u32(local, 0); // crc, sizes
        u16(local, quint16(name.size()));
        u16(local, 0);
        local += name;
        u32(central, 0x02014b50);
        u16(central, 20); // made by
        u16(central, 10); // needed
        for (int k = 0; k < 4; ++k)
            u16(central, 0);
        for (int k = 0; k < 3; ++k)
            u32(central, 0);
        u16(central, quint16(name.size()));
        for (int k = 0; k < 4; ++k)
            u16(central, 0); // extra, comment, disk, internal attributes
        u32(central, 0);      // external attributes
        u32(central, offset);
        central += name;
    }
    QByteArray out = local + central;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(entries));
    u16(out, quint16(entries));
    u32(out, quint32(central.size()));
    u32(out, quint32(local.size()));
    u16(out, 0);
    return out;
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<WorkspaceStore> newStore()
    {
        auto store = WorkspaceStore::create(m_dir.filePath(u"store-%1.waymark"_s.arg(++m_stores)));
        if (!store)
            qFatal("create: %s", qPrintable(store.error().text()));
        auto t = TemplateLibrary::load(u"ecommerce-purchase"_s);
        if (!t || !t->writeTo(**store))
            qFatal("template");
        return std::move(*store);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        using F = RowSourceOptions::Format;
        QTest::newRow("zip → xlsx") << QByteArray("PK\x03\x04rest", 8) << u"export.dat"_s << int(F::Xlsx);
        QTest::newRow(".xlsx that is no zip → xlsx (and a clear error)") << QByteArray("a,b\n") << u"x.xlsx"_s << int(F::Xlsx);
        QTest::newRow("array → json") << QByteArray(" [ {\"a\": 1} ]") << u"export"_s << int(F::Json);
        QTest::newRow("object lines → json") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << u"export.txt"_s << int(F::Json);
        QTest::newRow("BOM + object lines → json") << QByteArray("\xEF\xBB\xBF{\"a\":1}\n{\"a\":2}\n") << u"e.txt"_s << int(F::Json);
        QTest::newRow(".ndjson → json") << QByteArray("{\"a\":1}") << u"e.ndjson"_s << int(F::Json);
        QTest::newRow("[Q1] header in a .csv → csv") << QByteArray("[Q1],[Q2]\n1,2\n") << u"e.csv"_s << int(F::Csv);
        QTest::newRow("text → csv") << QByteArray("ResponseId,NPS\r\n") << u"e"_s << int(F::Csv);
    }
    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(int, format);
        QCOMPARE(int(RowSource::sniff(head, name)), format);
    }

    void jsonReader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QStringList>("issues");
        QTest::newRow("array of objects (keys in alphabetical order): nested, arrays, booleans, null, 9.0")
            << u"json/array.json"_s << u"JSON"_s
            << QStringList{u"0: channel|comment|customer.country|customer.plan|date|follow_up|id|note|nps|score_raw|tags|extra"_s,
                           u"1: web|Quick delivery, friendly driver|DE|pro|2026-03-01|true|J1||9|9|delivery; driver|"_s,
                           u"2: app|Checkout asked for my address twice||free|2026-03-02T10:15:00Z|false|J2||4|||only here"_s,
                           u"3: web|Alles prima 👍|||gestern||J3||11|||"_s}
            << QStringList{};
        QTest::newRow("Typeform Responses API (items, field refs, nps type)")
            << u"json/typeform-responses.json"_s << u"JSON"_s
            << QStringList{u"0: #|nps_question|reason|channel|contact_ok|segment|calculated.score|Start Date (UTC)|Submit Date (UTC)|metadata.browser|metadata.network_id|metadata.platform|metadata.referer|metadata.user_agent"_s,
                           u"1: tf-001|10|Parcel arrived a day early|Website|true|Garden pro|0|2026-03-01T08:00:00Z|2026-03-01T08:05:30Z|default|net0|other|https://example.test/survey|Mozilla/5.0 (X11; Linux x86_64)"_s,
                           u"2: tf-002|3|The hotline kept me waiting for 40 minutes|Phone|false|Newcomer|0|2026-03-02T08:00:00Z|2026-03-02T08:05:30Z|default|net1|other|https://example.test/survey|Mozilla/5.0 (X11; Linux x86_64)"_s,
                           u"3: tf-003|7||Website|true|Busy parent|0|2026-03-03T08:00:00Z|2026-03-03T08:05:30Z|default|net2|other|https://example.test/survey|Mozilla/5.0 (X11; Linux x86_64)"_s}
            << QStringList{};
        QTest::newRow("Typeform webhook events, one per line, with the form's titles")
            << u"json/typeform-webhook.ndjson"_s << u"NDJSON"_s
            << QStringList{u"0: #|How likely are you to recommend Waymark Garden to a friend or colleague?|What is the main reason for your score?|How did you order?|May we contact you?|Start Date (UTC)|Submit Date (UTC)"_s,
                           u"1: wh00|9|Easy to find the right seeds|Website|true|2026-04-01T09:00:00Z|2026-04-01T09:03:00Z"_s,
                           u"2: wh01|2|Die Lieferung kam zwei Wochen zu spät|App|false|2026-04-02T09:00:00Z|2026-04-02T09:03:00Z"_s}
            << QStringList{};
        QTest::newRow("NDJSON with BOM, CRLF, a blank, a broken and a non-object line")
            << u"json/reviews.ndjson"_s << u"NDJSON"_s
            << QStringList{u"0: created|review_id|stars|text|reply.text"_s, u"1: 2026-05-01|R1|5|Lovely roses|"_s,
                           u"4: 2026-05-03|R3|1|Wrong plant delivered|Sorry!"_s, u"6: 2026-05-04|R4|4|Gut verpackt|"_s}
            << QStringList{u"3:0 line 3 is not valid JSON (unterminated string at character 49); it was skipped"_s,
                           u"5:0 line 5 is not a JSON object; it was skipped"_s};
        QTest::newRow("an empty array") << u"json/empty-array.json"_s << u"JSON"_s << QStringList{} << QStringList{};
    }
    void jsonReader()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QStringList, records);
        QFETCH(QStringList, issues);
        auto source = RowSource::open(data(file));
        QVERIFY(source.ok());
        const Read r = readAll(**source);
        QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().text()));
        QCOMPARE((*source)->format(), format);
        QCOMPARE(r.records, records);
        QCOMPARE(r.issues, issues);
        // Reading again starts over and gives the same.
        QCOMPARE(readAll(**source).records, records);
    }

    void brokenJsonSaysWhere()
    {
        auto source = RowSource::open(data(u"json/broken.json"_s));
        QVERIFY(source.ok());
        const Read r = readAll(**source);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().message, u"The file is not valid JSON: unterminated object at line 3, column 26."_s);
    }

    void xlsxReader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("sheetName");
        QTest::addColumn<QStringList>("records");
        const QStringList survey{
            u"1: ResponseId|Date|Last contact|How likely are you to recommend us to a friend or colleague?|Comment|Channel|Follow-up|Check|Score"_s,
            // shared strings (rich-text runs joined, phonetic hint left out), a built-in date style, a custom
            // date-time style, a boolean, an error, a number in a quoted-text format ("Score "0)
            u"2: X-1|2026-03-01|2026-03-02T14:30:00|9|Great service, fast & friendly|Web|TRUE|#N/A|7"_s,
            // row 3 is blank and keeps its number; a gap (C4), an inline string, FALSE, a formula's cached text
            u"4: X-2|2026-03-02||11|Typed straight into the cell|Phone|FALSE|high"_s,
            // a decimal and a percentage-styled number stay numbers
            u"5: X-3|2026-03-03||6.5|0.25"_s};
        QTest::newRow("first sheet") << u"xlsx/survey.xlsx"_s << QString() << u"Responses"_s << survey;
        QTest::newRow("1904 date system") << u"xlsx/date1904.xlsx"_s << QString() << u"Responses"_s << survey;
        const QStringList summary{u"1: Touchpoint|NPS"_s, u"2: Checkout|8"_s};
        QTest::newRow("sheet by name, any case") << u"xlsx/survey.xlsx"_s << u"summary"_s << u"Summary"_s << summary;
        QTest::newRow("sheet by number") << u"xlsx/survey.xlsx"_s << u"2"_s << u"Summary"_s << summary;
    }
    void xlsxReader()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, sheetName);
        QFETCH(QStringList, records);
        RowSourceOptions o;
        o.sheet = sheet;
        auto source = RowSource::open(data(file), o);
        QVERIFY(source.ok());
        const Read r = readAll(**source);
        QVERIFY2(r.result.ok(), qPrintable(r.result.ok() ? QString() : r.result.error().text()));
        QCOMPARE((*source)->format(), u"XLSX"_s);
        QCOMPARE((*source)->sheet(), sheetName);
        QCOMPARE(r.records, records);
        QCOMPARE(r.issues, QStringList());
        // The same bytes from memory (as the fuzzer reads them).
        XlsxReader memory(readFile(data(file)));
        memory.setSheet(sheet);
        QCOMPARE(readAll(memory).records, records);
        QCOMPARE(*memory.sheetNames(), (QStringList{u"Responses"_s, u"Summary"_s}));
    }

    void xlsxRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such sheet") << u"xlsx/survey.xlsx"_s << u"Answers"_s
                                       << u"“survey.xlsx” has no sheet “Answers”. Sheets: Responses, Summary."_s;
        QTest::newRow("sheet number out of range") << u"xlsx/survey.xlsx"_s << u"3"_s
                                                   << u"“survey.xlsx” has no sheet “3”. Sheets: Responses, Summary."_s;
        QTest::newRow("zip bomb (1022 : 1)")
            << u"xlsx/bomb.xlsx"_s << QString()
            << u"“bomb.xlsx”: the sheet “Responses” is compressed 1022 : 1, far more than real workbooks are; it is not "
               "read (it may be a zip bomb)."_s;
        QTest::newRow("truncated archive")
            << u"xlsx/truncated.xlsx"_s << QString()
            << u"“truncated.xlsx” is not an Excel workbook (.xlsx) Waymark can read: the archive cannot be opened (Not a "
               "zip archive). Save it again as .xlsx or export it as CSV."_s;
        QTest::newRow("CSV named .xlsx")
            << u"xlsx/not-a-workbook.xlsx"_s << QString()
            << u"“not-a-workbook.xlsx” is not an Excel workbook (.xlsx) Waymark can read: the archive cannot be opened "
               "(Not a zip archive). Save it again as .xlsx or export it as CSV."_s;
    }
    void xlsxRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, message);
        RowSourceOptions o;
        o.sheet = sheet;
        auto source = RowSource::open(data(file), o);
        QVERIFY(source.ok());
        const Read r = readAll(**source);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().message, message);
        QVERIFY(r.records.isEmpty());
    }

    void xlsxTooManyEntries()
    {
        XlsxReader reader(zipWithEntries(int(XlsxReader::maxEntries) + 1));
        const Read r = readAll(reader);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().message,
                 u"The workbook holds 10001 parts, more than the 10000 a workbook may have in Waymark; it is not read."_s);
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("iso");
        QTest::newRow("1") << 1.0 << false << false << u"1900-01-01"_s;
        QTest::newRow("59: the day before Lotus' leap day") << 59.0 << false << false << u"1900-02-28"_s;
        QTest::newRow("61: the day after it") << 61.0 << false << false << u"1900-03-01"_s;
        QTest::newRow("46082") << 46082.0 << false << false << u"2026-03-01"_s;
        QTest::newRow("46083.6041666667 with time") << 46083.6041666667 << false << true << u"2026-03-02T14:30:00"_s;
        QTest::newRow("time without a time style still shown") << 46082.75 << false << false << u"2026-03-01T18:00:00"_s;
        QTest::newRow("1904: 0") << 0.0 << true << false << u"1904-01-01"_s;
        QTest::newRow("1904: 44620") << 44620.0 << true << false << u"2026-03-01"_s;
        QTest::newRow("a time of day alone") << 0.5 << false << true << u"12:00:00"_s;
    }
    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(bool, withTime);
        QFETCH(QString, iso);
        QCOMPARE(XlsxReader::serialToIso(serial, date1904, withTime), iso);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("dd/mm/yyyy") << u"dd/mm/yyyy"_s << true;
        QTest::newRow("[$-407]d. mmmm yyyy") << u"[$-407]d. mmmm yyyy"_s << true;
        QTest::newRow("[h]:mm") << u"[h]:mm"_s << true;
        QTest::newRow("0.00") << u"0.00"_s << false;
        QTest::newRow("\"Score \"0") << u"\"Score \"0"_s << false;
        QTest::newRow("[Red]0;0") << u"[Red]0;0"_s << false;
        QTest::newRow("General") << u"General"_s << false;
        QTest::newRow("#,##0 \\d") << u"#,##0 \\d"_s << false;
    }
    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxReader::isDateFormat(code), isDate);
    }

    void importsEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("xlsx") << u"xlsx/survey.xlsx"_s << QString() << u"generic"_s
                              << QStringList{u"X-1|2026-03-01|Web||nps 9|csat 7|Great service, fast & friendly"_s,
                                             u"X-2|2026-03-02|Phone||nps -|csat -|Typed straight into the cell"_s,
                                             u"X-3|2026-03-03|||nps -|csat -|0.25"_s}
                              << QStringList{u"4|How likely are you to recommend us to a friend or colleague?|11|is outside 0..10"_s,
                                             u"5|How likely are you to recommend us to a friend or colleague?|6.5|is not a whole number from 0 to 10"_s};
        QTest::newRow("json array") << u"json/array.json"_s << QString() << u"generic"_s
                                    << QStringList{u"|2026-03-01|web||nps 9|csat -|Quick delivery, friendly driver"_s,
                                                   u"|2026-03-02T10:15:00|app||nps 4|csat -|Checkout asked for my address twice"_s,
                                                   u"||web||nps -|csat -|Alles prima 👍"_s}
                                    << QStringList{u"3|nps|11|is outside 0..10"_s,
                                                   u"3|date|gestern|is not a date Waymark can read (use YYYY-MM-DD)"_s};
        QTest::newRow("typeform json") << u"json/typeform-responses.json"_s << QString() << u"typeform"_s
                                       << QStringList{u"tf-001|2026-03-01T08:05:30|Website|Garden pro|nps 10|csat -|Parcel arrived a day early"_s,
                                                      u"tf-002|2026-03-02T08:05:30|Phone|Newcomer|nps 3|csat -|The hotline kept me waiting for 40 minutes"_s,
                                                      u"tf-003|2026-03-03T08:05:30|Website|Busy parent|nps 7|csat -|"_s}
                                       << QStringList{};
        QTest::newRow("typeform webhook ndjson")
            << u"json/typeform-webhook.ndjson"_s << QString() << u"typeform"_s
            << QStringList{u"wh00|2026-04-01T09:03:00|||nps 9|csat -|Easy to find the right seeds"_s,
                           u"wh01|2026-04-02T09:03:00|||nps 2|csat -|Die Lieferung kam zwei Wochen zu spät"_s}
            << QStringList{};
    }
    void importsEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, preset);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, problems);
        auto store = newStore();
        ImportOptions o;
        o.sheet = sheet;
        auto report = FeedbackImporter::run(*store, data(file), o);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QCOMPARE(report->preset, preset);
        QStringList got;
        for (const FeedbackItem &f : items(*store))
            got << describe(f);
        // JSON without a response id: the first field is empty.
        QCOMPARE(got, expected);
        QStringList gotProblems;
        for (const ImportProblem &p : report->problems)
            gotProblems << u"%1|%2|%3|%4"_s.arg(p.row).arg(p.column, p.value, p.reason);
        QCOMPARE(gotProblems, problems);
        // Importing the same file again adds nothing, whatever the format.
        auto again = FeedbackImporter::run(*store, data(file), o);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, qint64(expected.size()));
    }

    void failedAndCancelledImportsChangeNothing()
    {
        auto store = newStore();
        QVERIFY(FeedbackImporter::run(*store, data(u"json/typeform-responses.json"_s), {}).ok());
        const QByteArray before = snapshot(*store);
        // A workbook that is refused.
        auto bomb = FeedbackImporter::run(*store, data(u"xlsx/bomb.xlsx"_s), {});
        QVERIFY(!bomb.ok());
        QCOMPARE(snapshot(*store), before);
        // A sheet that does not exist.
        ImportOptions missing;
        missing.sheet = u"Nope"_s;
        QVERIFY(!FeedbackImporter::run(*store, data(u"xlsx/survey.xlsx"_s), missing).ok());
        QCOMPARE(snapshot(*store), before);
        // Cancelled at the end, after every row was written.
        ImportOptions cancel;
        cancel.progress = [](qint64 done, qint64 total) { return done < total; };
        auto cancelled = FeedbackImporter::run(*store, data(u"xlsx/survey.xlsx"_s), cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(!store->inTransaction());
        QCOMPARE(snapshot(*store), before);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
