// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the user overrides over what the importer detects: the number of header rows, the
// date format, the CSAT and CES scales (engine and `waymark-cli import --header-rows
// --date-format --csat-scale --ces-scale`), each value outside the choice reported with its
// exact row and column; and the attachment rules in the interchange JSON (round trip).
#include "CliProcess.h"
#include "import/AttachmentRules.h"
#include "import/ColumnMapping.h"
#include "import/FeedbackImporter.h"
#include "import/SurveyLayout.h"
#include "import/ValueParser.h"
#include "interchange/InterchangeJson.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

Workspace oneJourney()
{
    Workspace w;
    w.name = u"Shop"_s;
    Journey j;
    j.id = JourneyId(1);
    j.name = u"Shop"_s;
    w.journeys.append(j);
    Stage s;
    s.id = StageId(2);
    s.journeyId = j.id;
    s.name = u"Buy"_s;
    w.stages.append(s);
    Lane l;
    l.id = LaneId(3);
    l.journeyId = j.id;
    l.name = u"Touchpoints"_s;
    l.laneKind = LaneKind::Touchpoints;
    w.lanes.append(l);
    for (auto [id, title] : {std::pair{4, u"Checkout"_s}, std::pair{5, u"Delivery"_s}}) {
        Touchpoint t;
        t.id = TouchpointId(id);
        t.journeyId = j.id;
        t.stageId = s.id;
        t.laneId = l.id;
        t.title = title;
        w.touchpoints.append(t);
    }
    return w;
}

QByteArray snapshot(const WorkspaceStore &store)
{
    auto d = WorkspaceData::fromStore(store);
    if (!d)
        qFatal("fromStore: %s", qPrintable(d.error().text()));
    return InterchangeJson::write(*d);
}

QString problemText(const ImportProblem &p)
{
    return u"%1|%2|%3|%4"_s.arg(p.row).arg(p.column, p.value, p.reason);
}

/// Two header rows (names, then German question texts), day-first dotted dates, CSAT and
/// CES on 1..5: rows 4 and 5 of the file each have an ISO date, an invalid date or a
/// value above 5.
const QByteArray kTwoHeaderRows = "ResponseId,Datum,CSAT,CES,Comment\n"
                                  "Kennung,Erfasst am,Zufriedenheit,Aufwand,Kommentar\n"
                                  "r1,18.07.2026 08:28,4,5,Gut gemacht\n"
                                  "r2,2026-07-19,6,2,Zu langsam\n"
                                  "r3,31.02.2026,5,7,Naja\n";

const QStringList kExpectedProblems = {
    u"4|CSAT|6|is outside 1..5"_s,
    u"4|Datum|2026-07-19|does not match the date format d.M.yyyy"_s,
    u"5|CES|7|is outside 1..5"_s,
    u"5|Datum|31.02.2026|does not match the date format d.M.yyyy"_s,
};

} // namespace

class TestImportOverrides : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<WorkspaceStore> newStore()
    {
        auto store = WorkspaceStore::create(m_dir.filePath(u"w-%1.waymark"_s.arg(++m_files)));
        if (!store || !(*store)->writeWorkspace(oneJourney()))
            qFatal("store");
        return std::move(*store);
    }
    QString file(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }
    static QHash<QString, FeedbackItem> itemsByResponse(const WorkspaceStore &store)
    {
        QHash<QString, FeedbackItem> out;
        store.forEachFeedback([&](const FeedbackItem &f) {
            out.insert(f.responseId, f);
            return true;
        });
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"xdg"_s)));
    }

    // Date formats ----------------------------------------------------------------------

    void dateInFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected"); ///< ISO, or the error
        QTest::newRow("dotted, with time") << u"d.M.yyyy"_s << u"18.07.2017 08:28"_s << u"2017-07-18T08:28:00"_s;
        QTest::newRow("dotted, zero padded") << u"dd.MM.yyyy"_s << u"01.03.2026"_s << u"2026-03-01"_s;
        QTest::newRow("day first slashes") << u"d/M/yyyy"_s << u"13/02/2026"_s << u"2026-02-13"_s;
        QTest::newRow("day first, ambiguous") << u"d/M/yyyy"_s << u"3/4/2026"_s << u"2026-04-03"_s;
        QTest::newRow("month first, ambiguous") << u"M/d/yyyy"_s << u"3/4/2026"_s << u"2026-03-04"_s;
        QTest::newRow("month first, PM") << u"M/d/yyyy h:mm AP"_s << u"2/13/2026 1:05 PM"_s << u"2026-02-13T13:05:00"_s;
        QTest::newRow("ISO keyword") << u"ISO"_s << u"2026-03-01T10:15:30Z"_s << u"2026-03-01T10:15:30"_s;
        QTest::newRow("two-digit year") << u"d.M.yy"_s << u"5.6.26"_s << u"2026-06-05"_s;
        QTest::newRow("ISO cell, day-first format") << u"d/M/yyyy"_s << u"2026-03-01"_s
                                                    << u"does not match the date format d/M/yyyy"_s;
        QTest::newRow("no such day") << u"d.M.yyyy"_s << u"31.02.2026"_s << u"does not match the date format d.M.yyyy"_s;
        QTest::newRow("month 13 month-first") << u"M/d/yyyy"_s << u"13/02/2026"_s << u"does not match the date format M/d/yyyy"_s;
        QTest::newRow("words") << u"yyyy-MM-dd"_s << u"yesterday"_s << u"does not match the date format yyyy-MM-dd"_s;
    }
    void dateInFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QString why;
        const auto f = ValueParser::dateFormat(format, &why);
        QVERIFY2(f, qPrintable(why));
        const auto v = ValueParser::date(cell, *f, &why);
        QCOMPARE(v.value_or(why), expected);
    }

    void unreadableDateFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("letters") << u"xx"_s;
        QTest::newRow("two separators") << u"d.M/yyyy"_s;
        QTest::newRow("no year") << u"d.M"_s;
        QTest::newRow("three-digit year") << u"d.M.yyy"_s;
        QTest::newRow("trailing junk") << u"d.M.yyyy foo"_s;
    }
    void unreadableDateFormat()
    {
        QFETCH(QString, format);
        QString why;
        QVERIFY(!ValueParser::dateFormat(format, &why));
        QCOMPARE(why, u"“%1” is not a date format Waymark can read; use one of yyyy-MM-dd, d.M.yyyy, M/d/yyyy or "
                      "d/M/yyyy (a time such as HH:mm may follow)"_s
                          .arg(format));
    }

    void detectDateFormat_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ISO") << QStringList{u"2026-03-01"_s, u""_s, u"2026-03-02 10:00"_s} << u"yyyy-MM-dd"_s;
        QTest::newRow("dotted") << QStringList{u"01.03.2026"_s, u"18.07.2017 08:28"_s} << u"d.M.yyyy"_s;
        QTest::newRow("US, ambiguous") << QStringList{u"3/1/2026"_s, u"4/2/2026"_s} << u"M/d/yyyy"_s;
        QTest::newRow("US, a day above 12") << QStringList{u"3/1/2026"_s, u"2/13/2026"_s} << u"M/d/yyyy"_s;
        QTest::newRow("day first") << QStringList{u"3/1/2026"_s, u"13/2/2026"_s} << u"d/M/yyyy"_s;
        QTest::newRow("none") << QStringList{u"soon"_s, u""_s} << QString();
    }
    void detectDateFormat()
    {
        QFETCH(QStringList, samples);
        QFETCH(QString, expected);
        QCOMPARE(ValueParser::detectDateFormat(samples), expected);
    }

    // Scales ----------------------------------------------------------------------------

    void parseScale_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("csat");
        QTest::addColumn<QString>("expected"); ///< the scale, or the error
        QTest::newRow("1-5") << u"1-5"_s << true << u"5"_s;
        QTest::newRow("1..7") << u"1..7"_s << true << u"7"_s;
        QTest::newRow("en dash") << u"1–10"_s << true << u"10"_s;
        QTest::newRow("top only") << u"5"_s << true << u"5"_s;
        QTest::newRow("good-bad") << u"good-bad"_s << true << u"2"_s;
        QTest::newRow("CES 1-5") << u"1-5"_s << false << u"5"_s;
        QTest::newRow("0-10") << u"0-10"_s << true
                              << u"--csat-scale 0-10: Waymark scores CSAT on 1-5, 1-7, 1-10, good-bad; a 0–10 question is "
                                 "read as NPS (map it with --map nps=COLUMN)."_s;
        QTest::newRow("1-6") << u"1-6"_s << true << u"--csat-scale 1-6: not a scale Waymark scores. Use one of 1-5, 1-7, 1-10, good-bad."_s;
        QTest::newRow("CES 1-10") << u"1-10"_s << false << u"--ces-scale 1-10: not a scale Waymark scores. Use one of 1-7, 1-5."_s;
        QTest::newRow("CES good-bad") << u"good-bad"_s << false
                                      << u"--ces-scale good-bad: not a scale Waymark scores. Use one of 1-7, 1-5."_s;
    }
    void parseScale()
    {
        QFETCH(QString, text);
        QFETCH(bool, csat);
        QFETCH(QString, expected);
        auto s = ColumnMapping::parseScale(text, csat, csat ? u"--csat-scale"_s : u"--ces-scale"_s);
        QCOMPARE(s ? QString::number(*s) : s.error().message, expected);
    }

    // Header rows -----------------------------------------------------------------------

    void headerRowsOverride()
    {
        const QList<QStringList> records = {{u"Id"_s, u"NPS"_s, u""_s},
                                            {u"Kennung"_s, u"Empfehlung"_s, u"Anmerkung"_s},
                                            {u"r1"_s, u"9"_s, u"gut"_s}};
        const SurveyLayout detected = SurveyLayout::detect(records);
        QCOMPARE(detected.headerRows, 1);
        const SurveyLayout two = SurveyLayout::detect(records, u"auto"_s, 2);
        QCOMPARE(two.headerRows, 2);
        QCOMPARE(two.names, (QStringList{u"Id"_s, u"NPS"_s, u"Column 3"_s}));
        QCOMPARE(two.questions, (QStringList{u"Kennung"_s, u"Empfehlung"_s, u"Anmerkung"_s}));
        const SurveyLayout none = SurveyLayout::detect(records, u"auto"_s, 0);
        QCOMPARE(none.headerRows, 0);
        QCOMPARE(none.names, (QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s}));
        // A Qualtrics export read with one header row: the detected preset stays.
        const QList<QStringList> qualtrics = {{u"ResponseId"_s, u"Q1"_s},
                                              {u"Response ID"_s, u"How likely are you to recommend us?"_s},
                                              {u"{\"ImportId\":\"_recordId\"}"_s, u"{\"ImportId\":\"QID1\"}"_s},
                                              {u"R_1"_s, u"9"_s}};
        QCOMPARE(SurveyLayout::detect(qualtrics).headerRows, 3);
        const SurveyLayout one = SurveyLayout::detect(qualtrics, u"auto"_s, 1);
        QCOMPARE(one.preset, u"qualtrics"_s);
        QCOMPARE(one.headerRows, 1);
        QCOMPARE(one.names, (QStringList{u"ResponseId"_s, u"Q1"_s}));
    }

    // The engine ------------------------------------------------------------------------

    void importAppliesOverrides()
    {
        auto store = newStore();
        ImportOptions o;
        o.headerRows = 2;
        o.dateFormat = u"d.M.yyyy"_s;
        o.csatScale = 5;
        o.cesScale = 5;
        auto report = FeedbackImporter::run(*store, file(kTwoHeaderRows), o);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->headerRows, 2);
        QCOMPARE(report->rowsRead, 3);
        QCOMPARE(report->imported, 3);
        QStringList problems;
        for (const ImportProblem &p : report->problems)
            problems << problemText(p);
        QCOMPARE(problems, kExpectedProblems);
        QCOMPARE(report->problemCount, 4);
        QCOMPARE(report->mapping.value(u"dateFormat"_s).toString(), u"d.M.yyyy"_s);
        QCOMPARE(report->mapping.value(u"csatScale"_s).toInt(), 5);
        QCOMPARE(report->mapping.value(u"cesScale"_s).toInt(), 5);

        const auto items = itemsByResponse(*store);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[u"r1"_s].date, u"2026-07-18T08:28:00"_s);
        QCOMPARE(items[u"r1"_s].csat, std::optional<int>(4));
        QCOMPARE(items[u"r1"_s].ces, std::optional<int>(5));
        QCOMPARE(items[u"r1"_s].cesScale, 5);
        QCOMPARE(items[u"r1"_s].comment, u"Gut gemacht"_s);
        // The bad values are dropped, the rows and their other values kept.
        QCOMPARE(items[u"r2"_s].date, QString());
        QCOMPARE(items[u"r2"_s].csat, std::optional<int>());
        QCOMPARE(items[u"r2"_s].ces, std::optional<int>(2));
        QCOMPARE(items[u"r3"_s].date, QString());
        QCOMPARE(items[u"r3"_s].csat, std::optional<int>(5));
        QCOMPARE(items[u"r3"_s].ces, std::optional<int>());
    }

    void withoutOverridesTheSecondHeaderRowIsData()
    {
        auto store = newStore();
        ImportOptions o;
        o.dryRun = true;
        auto report = FeedbackImporter::run(*store, file(kTwoHeaderRows), o);
        QVERIFY(report);
        QCOMPARE(report->headerRows, 1);
        QCOMPARE(report->rowsRead, 4);
        // Detected: CES on 1..7 (a 7 was seen); dates each by itself, so the ISO one is fine.
        QCOMPARE(report->mapping.value(u"cesScale"_s).toInt(), 7);
        QStringList problems;
        for (const ImportProblem &p : report->problems)
            problems << problemText(p);
        QVERIFY2(problems.contains(u"2|Datum|Erfasst am|is not a date Waymark can read (use YYYY-MM-DD)"_s),
                 qPrintable(problems.join(u'\n')));
        QVERIFY(!problems.contains(u"4|Datum|2026-07-19|does not match the date format d.M.yyyy"_s));
    }

    void detectedDayFirstDatesStillReadIsoCells()
    {
        auto store = newStore();
        auto report = FeedbackImporter::run(*store,
                                            file("ResponseId,Date,NPS\n"
                                                 "a,13/02/2026,9\n"
                                                 "b,3/4/2026,8\n"
                                                 "c,2026-03-01,7\n"),
                                            {});
        QVERIFY(report);
        QCOMPARE(report->problemCount, 0);
        QCOMPARE(report->mapping.value(u"dateFormat"_s).toString(), u"d/M/yyyy"_s);
        const auto items = itemsByResponse(*store);
        QCOMPARE(items[u"a"_s].date, u"2026-02-13"_s);
        QCOMPARE(items[u"b"_s].date, u"2026-04-03"_s);
        QCOMPARE(items[u"c"_s].date, u"2026-03-01"_s);
    }

    void savedMappingKeepsTheOverrides()
    {
        auto store = newStore();
        ImportOptions o;
        o.headerRows = 2;
        o.dateFormat = u"d.M.yyyy"_s;
        o.cesScale = 5;
        QVERIFY(FeedbackImporter::run(*store, file(kTwoHeaderRows), o));
        // The next export of the same survey, imported with one click (only the header rows given).
        ImportOptions again;
        again.headerRows = 2;
        auto report = FeedbackImporter::run(*store, file(kTwoHeaderRows + "r4,2026-08-01,3,6,Neu\n"), again);
        QVERIFY(report);
        QVERIFY(!report->savedMappingFrom.isEmpty());
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->duplicates, 3);
        QStringList problems;
        for (const ImportProblem &p : report->problems)
            problems << problemText(p);
        QCOMPARE(problems, (QStringList{u"6|CES|6|is outside 1..5"_s,
                                        u"6|Datum|2026-08-01|does not match the date format d.M.yyyy"_s}));
    }

    void invalidOverridesChangeNothing_data()
    {
        QTest::addColumn<int>("csat");
        QTest::addColumn<int>("ces");
        QTest::addColumn<QString>("dateFormat");
        QTest::addColumn<QString>("error");
        QTest::newRow("CSAT 6") << 6 << 0 << QString() << u"The CSAT scale 6 is not one Waymark scores."_s;
        QTest::newRow("CES 10") << 0 << 10 << QString() << u"The CES scale 10 is not one Waymark scores."_s;
        QTest::newRow("date format")
            << 0 << 0 << u"dd-mm"_s
            << u"“dd-mm” is not a date format Waymark can read; use one of yyyy-MM-dd, d.M.yyyy, M/d/yyyy or d/M/yyyy "
               "(a time such as HH:mm may follow)"_s;
    }
    void invalidOverridesChangeNothing()
    {
        QFETCH(int, csat);
        QFETCH(int, ces);
        QFETCH(QString, dateFormat);
        QFETCH(QString, error);
        auto store = newStore();
        const QByteArray before = snapshot(*store);
        ImportOptions o;
        if (csat)
            o.csatScale = csat;
        if (ces)
            o.cesScale = ces;
        if (!dateFormat.isEmpty())
            o.dateFormat = dateFormat;
        auto report = FeedbackImporter::run(*store, file(kTwoHeaderRows), o);
        QVERIFY(!report);
        QCOMPARE(report.error().message, error);
        QCOMPARE(snapshot(*store), before);
    }

    // The command line ------------------------------------------------------------------

    void cliFlags()
    {
        const QString xdg = m_dir.filePath(u"xdg"_s);
        auto store = newStore();
        const QString path = store->path();
        const QByteArray before = snapshot(*store);
        store.reset();
        const QString data = file(kTwoHeaderRows);
        const QString reportPath = m_dir.filePath(u"report.json"_s);
        auto run = test::runCli({u"import"_s, path, data, u"--header-rows"_s, u"2"_s, u"--date-format"_s, u"d.M.yyyy"_s,
                                 u"--csat-scale"_s, u"1-5"_s, u"--ces-scale"_s, u"1..5"_s, u"--dry-run"_s, u"--report"_s,
                                 reportPath},
                                xdg);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"2 header row(s)"_s), qPrintable(run.outText()));
        QVERIFY(run.outText().contains(u"row 4, column “CSAT”: value “6” is outside 1..5; the value was dropped, the row kept"_s));
        QFile f(reportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        QStringList problems;
        for (const QJsonValue &v : report.value(u"problems"_s).toArray()) {
            const QJsonObject p = v.toObject();
            problems << u"%1|%2|%3|%4"_s.arg(p.value(u"row"_s).toInt())
                            .arg(p.value(u"column"_s).toString(), p.value(u"value"_s).toString(), p.value(u"reason"_s).toString());
        }
        QCOMPARE(problems, kExpectedProblems);
        QCOMPARE(report.value(u"headerRows"_s).toInt(), 2);
        auto reopened = WorkspaceStore::open(path, WorkspaceStore::Access::ReadOnly);
        QVERIFY(reopened);
        QCOMPARE(snapshot(**reopened), before); // a dry run
    }

    void cliRejectsBadFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("error");
        QTest::newRow("negative header rows") << QStringList{u"--header-rows"_s, u"-1"_s}
                                              << u"waymark-cli: --header-rows -1: give a whole number from 0 to 20.\n"_s;
        QTest::newRow("header rows not a number") << QStringList{u"--header-rows"_s, u"two"_s}
                                                  << u"waymark-cli: --header-rows two: give a whole number from 0 to 20.\n"_s;
        QTest::newRow("date format") << QStringList{u"--date-format"_s, u"tt.mm"_s}
                                     << u"waymark-cli: --date-format: “tt.mm” is not a date format Waymark can read; use "
                                        "one of yyyy-MM-dd, d.M.yyyy, M/d/yyyy or d/M/yyyy (a time such as HH:mm may "
                                        "follow).\n"_s;
        QTest::newRow("CSAT 0-10") << QStringList{u"--csat-scale"_s, u"0-10"_s}
                                   << u"waymark-cli: --csat-scale 0-10: Waymark scores CSAT on 1-5, 1-7, 1-10, good-bad; a "
                                      "0–10 question is read as NPS (map it with --map nps=COLUMN).\n"_s;
        QTest::newRow("CES 1-4") << QStringList{u"--ces-scale"_s, u"1-4"_s}
                                 << u"waymark-cli: --ces-scale 1-4: not a scale Waymark scores. Use one of 1-7, 1-5.\n"_s;
    }
    void cliRejectsBadFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, error);
        auto store = newStore();
        const QString path = store->path();
        store.reset();
        auto run = test::runCli(QStringList{u"import"_s, path, file(kTwoHeaderRows)} + flags, m_dir.filePath(u"xdg"_s));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, error);
    }

    // Interchange -----------------------------------------------------------------------

    void rulesRoundTripThroughInterchange()
    {
        auto store = newStore();
        QList<AttachmentRule> rules;
        for (const QString &spec : {u"channel=Email->Checkout"_s, u"contains=parcel->Buy/Delivery"_s,
                                    u"regex=deliver(y|ed)->Delivery"_s, u"date=2026-01-01..->Checkout"_s}) {
            auto r = AttachmentRule::parse(spec);
            QVERIFY(r);
            rules << *r;
        }
        QVERIFY(AttachmentRules::save(*store, rules));
        auto data = WorkspaceData::fromStore(*store);
        QVERIFY(data);
        QCOMPARE(data->attachmentRules, rules);
        const QByteArray json = InterchangeJson::write(*data);
        const QJsonArray written = QJsonDocument::fromJson(json).object().value(u"attachmentRules"_s).toArray();
        QCOMPARE(written.size(), 4);
        QCOMPARE(written[1].toObject().value(u"kind"_s).toString(), u"contains"_s);
        QCOMPARE(written[1].toObject().value(u"stage"_s).toString(), u"Buy"_s);

        auto read = InterchangeJson::read(json, u"shop.json"_s);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
        QCOMPARE(read->attachmentRules, rules);
        auto copy = WorkspaceStore::create(m_dir.filePath(u"copy.waymark"_s));
        QVERIFY(copy);
        QVERIFY(read->writeTo(**copy));
        QCOMPARE(*AttachmentRules::load(**copy), rules);
        QCOMPARE(snapshot(**copy), json);

        // A workspace without rules writes no "attachmentRules" at all.
        auto plain = newStore();
        QVERIFY(!snapshot(*plain).contains("attachmentRules"));
    }

    void badRuleInInterchangeIsRefused()
    {
        auto store = newStore();
        auto data = WorkspaceData::fromStore(*store);
        QVERIFY(data);
        QJsonObject root = QJsonDocument::fromJson(InterchangeJson::write(*data)).object();
        root.insert(u"attachmentRules"_s,
                    QJsonArray{QJsonObject{{u"kind"_s, u"regex"_s}, {u"value"_s, u"deliver(y"_s}, {u"touchpoint"_s, u"Delivery"_s}}});
        auto read = InterchangeJson::read(QJsonDocument(root).toJson(), u"shop.json"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().message.startsWith(u"“shop.json” is not a valid Waymark workspace file: attachmentRules[0] "
                                                  "The rule “regex=deliver(y->Delivery” has an invalid regular expression"_s),
                 qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestImportOverrides)
#include "tst_importoverrides.moc"
