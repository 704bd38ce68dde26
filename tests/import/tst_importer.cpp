// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedbackImporter on the exports of real tools: layout and preset detection, the proposed
// mapping, parsed values, problems with their exact place, duplicates and attachment.
// A failed, cancelled or dry-run import is tst_importsafety;
// `waymark-cli import` is tst_importcli.
#include "ImportTestSupport.h"
#include "import/ColumnMapping.h"
#include "import/FeedbackImporter.h"
#include "import/SurveyLayout.h"
#include "import/ValueParser.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace waymark;
using namespace waymark::test;

namespace {

const QString kJourney = u"Buying garden products online (as-is)"_s;
const QString kNpsEn = u"How likely is it that you would recommend Waymark Garden to a friend or colleague?"_s;

QString notATouchpoint()
{
    return u"is not a touchpoint of journey “%1” (add it, give a touchpoint this keyword, or import with "
           "--create-touchpoints)"_s.arg(kJourney);
}

QString valueOf(const FeedbackItem &f, const QString &field)
{
    auto number = [](const std::optional<int> &v) { return v ? QString::number(*v) : u"-"_s; };
    if (field == u"responseId"_s) return f.responseId;
    if (field == u"date"_s) return f.date;
    if (field == u"channel"_s) return f.channel;
    if (field == u"segment"_s) return f.segment;
    if (field == u"respondentId"_s) return f.respondentId;
    if (field == u"touchpoint"_s) return f.touchpoint;
    if (field == u"stage"_s) return f.stage;
    if (field == u"nps"_s) return number(f.nps);
    if (field == u"csat"_s) return number(f.csat);
    if (field == u"csatScale"_s) return QString::number(f.csatScale);
    if (field == u"ces"_s) return number(f.ces);
    if (field == u"cesScale"_s) return QString::number(f.cesScale);
    if (field == u"comment"_s) return f.comment;
    qFatal("unknown field %s", qPrintable(field));
}

/// "N field=value": the N-th item of the import (1-based) has this value ("-" for none).
using Checks = QStringList;

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    /// A new workspace file from the e-commerce template (or empty).
    std::unique_ptr<WorkspaceStore> newStore(bool fromTemplate = true) { return newImportStore(m_dir, m_stores, fromTemplate); }

    TouchpointId touchpointNamed(const WorkspaceStore &store, const QString &title)
    {
        const Workspace w = *store.loadWorkspace();
        for (const Touchpoint &t : w.touchpoints)
            if (t.title == title)
                return t.id;
        return {};
    }

private slots:
    void initTestCase() { prepareImportTests(m_dir); }

    void valueParser_data()
    {
        QTest::addColumn<QString>("kind"); // nps, csat5, csat2, ces5, date
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // "" for none
        QTest::addColumn<QString>("error"); // "" for no problem
        const QString nan010 = u"is not a whole number from 0 to 10"_s;
        QTest::newRow("nps 9") << u"nps"_s << u"9"_s << u"9"_s << QString();
        QTest::newRow("nps label") << u"nps"_s << u"9 - Very likely"_s << u"9"_s << QString();
        QTest::newRow("nps = label") << u"nps"_s << u"10 = Extremely likely"_s << u"10"_s << QString();
        QTest::newRow("nps 0 label") << u"nps"_s << u"0 - Not at all likely"_s << u"0"_s << QString();
        QTest::newRow("nps blank") << u"nps"_s << u"  "_s << QString() << QString();
        QTest::newRow("nps 11") << u"nps"_s << u"11"_s << QString() << u"is outside 0..10"_s;
        QTest::newRow("nps -99 (Qualtrics: seen, not answered)") << u"nps"_s << u"-99"_s << QString() << nan010;
        QTest::newRow("nps range") << u"nps"_s << u"4-5"_s << QString() << nan010;
        QTest::newRow("nps decimal") << u"nps"_s << u"7.5"_s << QString() << nan010;
        QTest::newRow("nps decimal zero") << u"nps"_s << u"7,0"_s << u"7"_s << QString();
        QTest::newRow("nps word") << u"nps"_s << u"Promoter"_s << QString() << nan010;
        QTest::newRow("stars digits") << u"csat5"_s << u"4"_s << u"4"_s << QString();
        QTest::newRow("stars glyphs") << u"csat5"_s << u"★★★★☆"_s << u"4"_s << QString();
        QTest::newRow("stars words") << u"csat5"_s << u"5 stars"_s << u"5"_s << QString();
        QTest::newRow("Sterne") << u"csat5"_s << u"2 Sterne"_s << u"2"_s << QString();
        QTest::newRow("6 stars") << u"csat5"_s << u"6"_s << QString() << u"is outside 1..5"_s;
        QTest::newRow("0 stars") << u"csat5"_s << u"0"_s << QString() << u"is outside 1..5"_s;
        QTest::newRow("label very satisfied") << u"csat5"_s << u"Very satisfied"_s << u"5"_s << QString();
        QTest::newRow("label neither") << u"csat5"_s << u"Neither satisfied nor dissatisfied"_s << u"3"_s << QString();
        QTest::newRow("label sehr unzufrieden") << u"csat5"_s << u"Sehr unzufrieden"_s << u"1"_s << QString();
        QTest::newRow("good") << u"csat2"_s << u"good"_s << u"2"_s << QString();
        QTest::newRow("Good, I'm satisfied") << u"csat2"_s << u"Good, I'm satisfied"_s << u"2"_s << QString();
        QTest::newRow("Bad, I'm unsatisfied") << u"csat2"_s << u"Bad, I'm unsatisfied"_s << u"1"_s << QString();
        QTest::newRow("offered") << u"csat2"_s << u"Offered"_s << QString() << QString();
        QTest::newRow("unoffered") << u"csat2"_s << u"unoffered"_s << QString() << QString();
        QTest::newRow("great") << u"csat2"_s << u"great"_s << QString() << u"is neither good nor bad"_s;
        QTest::newRow("goodish") << u"csat2"_s << u"goodish"_s << QString() << u"is neither good nor bad"_s;
        QTest::newRow("ces 5 on 1..5") << u"ces5"_s << u"5"_s << u"5"_s << QString();
        QTest::newRow("ces 6 on 1..5") << u"ces5"_s << u"6"_s << QString() << u"is outside 1..5"_s;
        const QString notDate = u"is not a date Waymark can read (use YYYY-MM-DD)"_s;
        QTest::newRow("ISO date") << u"date"_s << u"2026-03-01"_s << u"2026-03-01"_s << QString();
        QTest::newRow("ISO, T") << u"date"_s << u"2026-03-01T10:15:30"_s << u"2026-03-01T10:15:30"_s << QString();
        QTest::newRow("ISO, Z") << u"date"_s << u"2026-03-01T10:15:30Z"_s << u"2026-03-01T10:15:30"_s << QString();
        QTest::newRow("ISO, ms, Z") << u"date"_s << u"2026-03-01T10:15:30.250Z"_s << u"2026-03-01T10:15:30"_s << QString();
        QTest::newRow("ISO, +01:00") << u"date"_s << u"2026-03-01T10:15:30+01:00"_s << u"2026-03-01T09:15:30"_s << QString();
        QTest::newRow("space, +0100 (Zendesk)") << u"date"_s << u"2026-03-02 14:31:07 +0100"_s << u"2026-03-02T13:31:07"_s << QString();
        QTest::newRow("space, UTC") << u"date"_s << u"2026-03-02 14:31:07 UTC"_s << u"2026-03-02T14:31:07"_s << QString();
        QTest::newRow("DST gap, as written") << u"date"_s << u"2026-03-29 02:30:00"_s << u"2026-03-29T02:30:00"_s << QString();
        QTest::newRow("SurveyMonkey AM") << u"date"_s << u"03/01/2026 9:05:12 AM"_s << u"2026-03-01T09:05:12"_s << QString();
        QTest::newRow("SurveyMonkey PM") << u"date"_s << u"03/01/2026 1:15:03 PM"_s << u"2026-03-01T13:15:03"_s << QString();
        QTest::newRow("SurveyMonkey 12 PM") << u"date"_s << u"03/03/2026 12:30:00 PM"_s << u"2026-03-03T12:30:00"_s << QString();
        QTest::newRow("SurveyMonkey 12 AM") << u"date"_s << u"03/03/2026 12:30:00 AM"_s << u"2026-03-03T00:30:00"_s << QString();
        QTest::newRow("Google Forms GMT+1") << u"date"_s << u"2026/03/01 10:15:30 AM GMT+1"_s << u"2026-03-01T09:15:30"_s << QString();
        QTest::newRow("Google Forms US") << u"date"_s << u"3/1/2026 10:15:30"_s << u"2026-03-01T10:15:30"_s << QString();
        QTest::newRow("German") << u"date"_s << u"18.07.2017 08:28"_s << u"2017-07-18T08:28:00"_s << QString();
        QTest::newRow("German date") << u"date"_s << u"1.3.2026"_s << u"2026-03-01"_s << QString();
        QTest::newRow("31 Feb") << u"date"_s << u"31/02/2026"_s << QString() << notDate;
        QTest::newRow("30 Feb") << u"date"_s << u"2026-02-30 14:05:00"_s << QString() << notDate;
        QTest::newRow("25:00") << u"date"_s << u"2026-02-03 25:00"_s << QString() << notDate;
        QTest::newRow("words") << u"date"_s << u"yesterday"_s << QString() << notDate;
    }
    void valueParser()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QString why;
        QString got;
        if (kind == u"date"_s) {
            got = ValueParser::date(text, &why).value_or(QString());
        } else {
            std::optional<int> v;
            if (kind == u"nps"_s)
                v = ValueParser::score(text, 0, 10, &why);
            else if (kind == u"csat5"_s)
                v = ValueParser::csat(text, 5, &why);
            else if (kind == u"csat2"_s)
                v = ValueParser::csat(text, 2, &why);
            else
                v = ValueParser::score(text, 1, 5, &why);
            got = v ? QString::number(*v) : QString();
        }
        QCOMPARE(got, value);
        QCOMPARE(why, error);
    }

    void mappingRules_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("field"); // "" when the column is not mapped
        const QStringList scores{u"1"_s, u"4"_s, u"5"_s};
        const QStringList texts{u"Die Lieferung war zu spät."_s, u"Great service, thank you!"_s};
        QTest::newRow("NPS en") << kNpsEn << QStringList{u"9"_s, u"10"_s} << u"nps"_s;
        QTest::newRow("NPS de") << u"Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?"_s
                                << QStringList{u"9"_s} << u"nps"_s;
        QTest::newRow("NPS de weiterempfehlen") << u"Würden Sie uns weiterempfehlen? (0-10)"_s << QStringList{u"3"_s}
                                                << u"nps"_s;
        QTest::newRow("Net Promoter Score") << u"Net Promoter Score"_s << QStringList{u"7"_s} << u"nps"_s;
        QTest::newRow("NPS group (Qualtrics)") << u"Q5_NPS_GROUP"_s << QStringList{u"Promoter"_s, u"Detractor"_s}
                                               << QString();
        QTest::newRow("CSAT en") << u"Overall, how satisfied are you with us?"_s << scores << u"csat"_s;
        QTest::newRow("CSAT de") << u"Wie zufrieden sind Sie insgesamt?"_s << scores << u"csat"_s;
        QTest::newRow("CSAT de Zufriedenheit") << u"Zufriedenheit mit der Beratung"_s << scores << u"csat"_s;
        QTest::newRow("CES made it easy") << u"The company made it easy for me to handle my issue."_s << scores << u"ces"_s;
        QTest::newRow("CES how easy") << u"How easy was it to return your order?"_s << scores << u"ces"_s;
        QTest::newRow("CES de einfach") << u"Es war einfach, mein Anliegen zu klären."_s << scores << u"ces"_s;
        QTest::newRow("CES de Aufwand") << u"Wie hoch war Ihr persönlicher Aufwand, um Ihr Anliegen zu lösen?"_s << scores
                                        << u"ces"_s;
        QTest::newRow("CES de leicht gemacht") << u"Das Unternehmen hat es mir leicht gemacht."_s << scores << u"ces"_s;
        QTest::newRow("Customer Effort Score") << u"Customer Effort Score"_s << scores << u"ces"_s;
        QTest::newRow("free text about satisfaction is a comment, not CSAT")
            << u"What satisfied you most about the delivery?"_s << texts << u"comment"_s;
        QTest::newRow("why") << u"Why did you give this score?"_s << texts << u"comment"_s;
        QTest::newRow("Kommentar") << u"Kommentar"_s << texts << u"comment"_s;
        QTest::newRow("erzählen") << u"Möchten Sie uns noch etwas erzählen?"_s << texts << u"comment"_s;
        QTest::newRow("unrecognised free text") << u"Q12"_s << texts << u"comment"_s;
        QTest::newRow("unrecognised number") << u"Q13"_s << scores << QString();
        QTest::newRow("review title is no comment") << u"Review Title"_s << texts << QString();
    }
    void mappingRules()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, values);
        QFETCH(QString, field);
        // The column under test beside an id column, as in any export.
        QList<QStringList> records{{u"ResponseId"_s, header}};
        int n = 0;
        for (const QString &v : values)
            records.append({u"R_%1"_s.arg(++n), v});
        const SurveyLayout layout = SurveyLayout::detect(records);
        const ColumnMapping m = ColumnMapping::propose(layout, records.mid(1));
        QString mapped;
        for (const QString &f : ColumnMapping::fields())
            if (m.column(f) == 1)
                mapped = f;
        QCOMPARE(mapped, field);
        QCOMPARE(m.column(u"responseId"_s), 0);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("headerRows");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("rowsRead");
        QTest::addColumn<int>("attached");
        QTest::addColumn<QJsonObject>("mapping");
        QTest::addColumn<Checks>("checks");
        QTest::addColumn<QStringList>("problems");

        const QString smCsat = u"Overall, how satisfied or dissatisfied are you with your order?"_s;
        QTest::newRow("SurveyMonkey") << data(u"presets/surveymonkey.csv"_s) << u"surveymonkey"_s << 2 << u"UTF-8 (BOM)"_s
            << 5 << 0
            << QJsonObject{{u"responseId"_s, u"Respondent ID"_s}, {u"date"_s, u"End Date"_s},
                           {u"respondentId"_s, u"Email Address"_s}, {u"nps"_s, kNpsEn}, {u"csat"_s, smCsat},
                           {u"comment"_s, u"What is the main reason for your score? (comment)"_s},
                           {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=118230574211"_s, u"1 date=2026-03-01T09:05:48"_s, u"1 nps=10"_s, u"1 csat=5"_s,
                      u"1 comment=Fast delivery, the raised bed was easy to assemble."_s,
                      u"1 respondentId=anna.berg@example.com"_s, u"2 date=2026-03-01T13:19:27"_s, u"2 nps=3"_s,
                      u"2 csat=2"_s, u"3 csat=4"_s, u"3 comment="_s, u"4 nps=0"_s, u"4 csat=1"_s,
                      u"4 comment=Payment was declined twice, \"try again later\" is not an answer."_s,
                      u"5 date=2026-03-03T12:31:12"_s, u"5 csat=3"_s,
                      u"5 comment=Good plants.\nPackaging could use less plastic."_s}
            << QStringList{};
        QTest::newRow("Qualtrics with NPS group and labels")
            << data(u"presets/qualtrics-nps.csv"_s) << u"qualtrics"_s << 3 << u"UTF-8 (BOM)"_s << 5 << 4
            << QJsonObject{{u"responseId"_s, u"ResponseId"_s}, {u"date"_s, u"RecordedDate"_s},
                           {u"channel"_s, u"DistributionChannel"_s}, {u"respondentId"_s, u"RecipientEmail"_s},
                           {u"nps"_s, u"Q5"_s}, {u"ces"_s, u"Q7_1"_s}, {u"comment"_s, u"Q6"_s},
                           {u"touchpoint"_s, u"Touchpoint"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=R_1dXq8Zk2pLmN4aB"_s, u"1 nps=10"_s, u"1 ces=7"_s, u"1 date=2026-03-01T10:01:45"_s,
                      u"1 comment=Great selection of raised beds."_s, u"1 channel=email"_s, u"2 nps=9"_s, u"2 ces=6"_s,
                      u"2 touchpoint=checkout"_s, u"3 nps=0"_s, u"3 ces=1"_s, u"4 nps=-"_s, u"4 ces=-"_s,
                      u"4 channel=anonymous"_s, u"5 nps=7"_s, u"5 ces=5"_s}
            << QStringList{u"7|Q5|-99|is not a whole number from 0 to 10"_s, u"7|Q7_1|8|is outside 1..7"_s,
                           u"8|Touchpoint|Teleporter|"_s + notATouchpoint()};
        QTest::newRow("Typeform") << data(u"presets/typeform.csv"_s) << u"typeform"_s << 1 << u"UTF-8"_s << 4 << 0
            << QJsonObject{{u"responseId"_s, u"#"_s},
                           {u"nps"_s, u"How likely are you to recommend Waymark Garden to a friend or colleague?"_s},
                           {u"csat"_s, u"How satisfied are you with the delivery?"_s},
                           {u"comment"_s, u"What could we do better?"_s}, {u"date"_s, u"Submitted At"_s},
                           {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=6f1c2a9e0b3d4c5e8f7a6b5c4d3e2f1a"_s, u"1 date=2026-03-01T10:15:30"_s,
                      u"1 nps=10"_s, u"1 csat=5"_s, u"2 comment=Show the delivery date before I pay, please."_s,
                      u"4 nps=2"_s, u"4 csat=1"_s}
            << QStringList{};
        QTest::newRow("Google Forms (English)")
            << data(u"presets/googleforms-en.csv"_s) << u"googleforms"_s << 1 << u"UTF-8"_s << 4 << 0
            << QJsonObject{{u"date"_s, u"Timestamp"_s}, {u"respondentId"_s, u"Email Address"_s},
                           {u"nps"_s, u"How likely are you to recommend us to a friend or colleague?"_s},
                           {u"csat"_s, u"How satisfied were you with your order?"_s},
                           {u"ces"_s, u"It was easy to find what I was looking for."_s},
                           {u"comment"_s, u"Anything else you would like to tell us?"_s}, {u"csatScale"_s, 5},
                           {u"cesScale"_s, 5}}
            << Checks{u"1 date=2026-03-01T10:15:30"_s, u"1 nps=9"_s, u"1 csat=5"_s, u"1 ces=4"_s, u"1 cesScale=5"_s,
                      u"3 ces=2"_s, u"4 date=2026-03-12T23:59:59"_s}
            << QStringList{};
        QTest::newRow("Google Forms (German questions, GMT offsets)")
            << data(u"presets/googleforms-de.csv"_s) << u"googleforms"_s << 1 << u"UTF-8"_s << 4 << 0
            << QJsonObject{{u"date"_s, u"Timestamp"_s},
                           {u"nps"_s, u"Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?"_s},
                           {u"csat"_s, u"Wie zufrieden waren Sie mit der Lieferung?"_s},
                           {u"ces"_s, u"Es war einfach, meine Bestellung aufzugeben."_s},
                           {u"comment"_s, u"Was können wir verbessern?"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 date=2026-03-01T09:15:30"_s, u"1 nps=9"_s, u"1 ces=7"_s, u"2 date=2026-03-01T15:20:00"_s,
                      u"2 comment=Die Versandkosten erst an der Kasse zu sehen, ärgert mich."_s,
                      u"4 date=2026-03-29T00:30:00"_s, u"4 csat=1"_s}
            << QStringList{};
        QTest::newRow("Zendesk satisfaction") << data(u"presets/zendesk.csv"_s) << u"zendesk"_s << 1 << u"UTF-8"_s << 5 << 0
            << QJsonObject{{u"responseId"_s, u"Ticket ID"_s}, {u"csat"_s, u"Satisfaction Rating"_s},
                           {u"comment"_s, u"Comment"_s}, {u"date"_s, u"Created at"_s},
                           {u"respondentId"_s, u"Requester"_s}, {u"csatScale"_s, 2}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=48213"_s, u"1 csat=2"_s, u"1 csatScale=2"_s, u"1 date=2026-03-02T13:31:07"_s,
                      u"2 csat=1"_s, u"2 comment=Three weeks and still no refund."_s, u"3 csat=-"_s, u"4 csat=2"_s,
                      u"5 csat=1"_s}
            << QStringList{};
        QTest::newRow("App Store reviews") << data(u"presets/appstore.csv"_s) << u"appstore"_s << 1 << u"UTF-8"_s << 5 << 0
            << QJsonObject{{u"csat"_s, u"Rating"_s}, {u"comment"_s, u"Review"_s}, {u"date"_s, u"Date"_s},
                           {u"commentTitle"_s, u"Title"_s}, {u"segment"_s, u"Version"_s}, {u"csatScale"_s, 5},
                           {u"cesScale"_s, 7}}
            // The review's title goes before its text; the app version is the segment.
            << Checks{u"1 csat=5"_s, u"1 date=2026-03-01"_s,
                      u"1 comment=Love it — Ordering seeds takes ten seconds. Great app!"_s, u"1 segment=3.2.1"_s,
                      u"2 comment=Crashes at checkout — Every time I tap Pay the app closes. iPhone 13, iOS 19."_s,
                      u"2 csat=1"_s, u"3 csat=5"_s, u"4 csat=5"_s, u"5 csat=3"_s}
            << QStringList{};
        QTest::newRow("Google Play reviews (UTF-16)")
            << data(u"presets/googleplay.csv"_s) << u"googleplay"_s << 1 << u"UTF-16 LE"_s << 3 << 0
            << QJsonObject{{u"csat"_s, u"Star Rating"_s}, {u"comment"_s, u"Review Text"_s},
                           {u"date"_s, u"Review Submit Date and Time"_s}, {u"commentTitle"_s, u"Review Title"_s},
                           {u"segment"_s, u"App Version Name"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 csat=4"_s, u"1 segment=3.2.1"_s, u"1 date=2026-03-01T10:15:30"_s,
                      u"1 comment=Gute App, aber die Suche könnte besser sein."_s, u"2 csat=1"_s,
                      u"2 comment=Payment failed three times. Uninstalled."_s, u"3 csat=5"_s, u"3 comment="_s}
            << QStringList{};
        QTest::newRow("Trustpilot") << data(u"presets/trustpilot.csv"_s) << u"trustpilot"_s << 1 << u"UTF-8"_s << 3 << 0
            << QJsonObject{{u"responseId"_s, u"Review Id"_s}, {u"csat"_s, u"Review Stars"_s},
                           {u"comment"_s, u"Review Content"_s}, {u"date"_s, u"Review Created (UTC)"_s},
                           {u"channel"_s, u"Source Of Review"_s}, {u"respondentId"_s, u"Reference Id"_s},
                           {u"commentTitle"_s, u"Review Title"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=65e1b2c3d4e5f6a7b8c9d0e1"_s, u"1 csat=5"_s, u"1 date=2026-03-01T10:15:30"_s,
                      u"1 channel=Invitation"_s, u"1 respondentId=ORD-100231"_s, u"2 csat=2"_s,
                      u"1 comment=Brilliant raised bed — Solid wood, easy to build, arrived early."_s, u"1 segment="_s,
                      u"3 comment=Gut — Schnelle Lieferung, Pflanzen gesund."_s}
            << QStringList{};
        QTest::newRow("real: Qualtrics Insights") << data(u"real/qualtrics_insights_sample.csv"_s) << u"qualtrics"_s << 3
            << u"UTF-8"_s << 1 << 0
            << QJsonObject{{u"responseId"_s, u"ResponseId"_s}, {u"date"_s, u"RecordedDate"_s},
                           {u"channel"_s, u"DistributionChannel"_s}, {u"respondentId"_s, u"RecipientEmail"_s},
                           {u"comment"_s, u"Q2"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=R_2YPOQ602ER1jkf1"_s, u"1 date=2017-07-18T08:28:48"_s, u"1 comment=Hello World!"_s,
                      u"1 channel=anonymous"_s, u"1 nps=-"_s}
            << QStringList{};
        QTest::newRow("real: Qualtrics legacy") << data(u"real/qualtrics_legacy_sample.csv"_s) << u"qualtrics"_s << 2
            << u"UTF-8 (BOM)"_s << 1 << 0
            << QJsonObject{{u"responseId"_s, u"ResponseID"_s}, {u"date"_s, u"EndDate"_s}, {u"comment"_s, u"Q2"_s},
                           {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=R_2YPOQ602ER1jkf1"_s, u"1 date=2017-07-18T08:28:48"_s, u"1 comment=Hello World!"_s}
            << QStringList{};
        QTest::newRow("real: Qualtrics 2016 text entry") << data(u"real/qualtrics_text_entry_2016.csv"_s) << u"qualtrics"_s
            << 3 << u"UTF-8"_s << 15 << 0
            << QJsonObject{{u"responseId"_s, u"ResponseID"_s}, {u"date"_s, u"EndDate"_s},
                           {u"respondentId"_s, u"RecipientEmail"_s}, {u"comment"_s, u"MCSA_single_text_TEXT"_s},
                           {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=R_03bZW3oneV8tKqp"_s, u"1 date=2017-07-18T10:31:15"_s, u"1 comment="_s,
                      u"15 responseId=R_dpatF5DH63p5mdf"_s, u"15 date=2017-07-18T10:31:17"_s}
            << QStringList{};
        QTest::newRow("sample export") << sample() << u"generic"_s << 1 << u"UTF-8"_s << 3000 << 2821
            << QJsonObject{{u"responseId"_s, u"ResponseId"_s}, {u"date"_s, u"RecordedDate"_s}, {u"channel"_s, u"Channel"_s},
                           {u"segment"_s, u"Segment"_s}, {u"touchpoint"_s, u"Touchpoint"_s}, {u"stage"_s, u"Stage"_s},
                           {u"nps"_s, u"NPS"_s}, {u"csat"_s, u"CSAT"_s}, {u"ces"_s, u"CES"_s},
                           {u"comment"_s, u"Comment"_s}, {u"csatScale"_s, 5}, {u"cesScale"_s, 7}}
            << Checks{u"1 responseId=R_RwBaxyv4KwfyAjr"_s, u"1 date=2026-01-01T09:59:28"_s, u"1 channel=mobile-app"_s,
                      u"1 segment=Professional gardener"_s, u"1 nps=5"_s, u"1 csat=3"_s, u"1 ces=5"_s,
                      u"1 comment=Auf Facebook kommt viel zu viel Werbung.\nDer Link im Beitrag funktionierte nicht."_s,
                      u"13 touchpoint=reviews & ratings"_s, u"662 csat=-"_s, u"887 date="_s, u"1482 nps=-"_s}
            << QStringList{u"663|CSAT|n/a|is not a whole number from 1 to 5"_s,
                           u"888|RecordedDate|31/02/2026|is not a date Waymark can read (use YYYY-MM-DD)"_s,
                           u"1264|CES|0|is outside 1..7"_s,
                           u"1483|NPS|11|is outside 0..10"_s,
                           u"1858|CSAT|n/a|is not a whole number from 1 to 5"_s,
                           u"1998|NPS|ten|is not a whole number from 0 to 10"_s,
                           u"2553|NPS|11|is outside 0..10"_s,
                           u"2731|RecordedDate|2026-02-30 14:05:00|is not a date Waymark can read (use YYYY-MM-DD)"_s,
                           u"2771|CES|8|is outside 1..7"_s,
                           u"2992|CSAT|6|is outside 1..5"_s};
    }

    void presets()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(int, headerRows);
        QFETCH(QString, encoding);
        QFETCH(int, rowsRead);
        QFETCH(int, attached);
        QFETCH(QJsonObject, mapping);
        QFETCH(Checks, checks);
        QFETCH(QStringList, problems);

        auto store = newStore();
        auto report = FeedbackImporter::run(*store, file, ImportOptions());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->preset, preset);
        QCOMPARE(report->headerRows, headerRows);
        QCOMPARE(report->encoding, encoding);
        QCOMPARE(compact(report->mapping), compact(mapping));
        QCOMPARE(report->rowsRead, rowsRead);
        QCOMPARE(report->imported, rowsRead);
        QCOMPARE(report->duplicates, 0);
        QCOMPARE(report->attached, attached);
        QCOMPARE(report->unattached, rowsRead - attached);
        QCOMPARE(describe(report->problems), problems);
        QCOMPARE(report->problemCount, problems.size());
        QCOMPARE(report->journey, kJourney);

        const QList<FeedbackItem> stored = items(*store);
        QCOMPARE(stored.size(), rowsRead);
        for (const QString &check : checks) {
            const qsizetype space = check.indexOf(u' ');
            const qsizetype eq = check.indexOf(u'=');
            const int n = check.left(space).toInt();
            const QString field = check.mid(space + 1, eq - space - 1);
            QVERIFY2(n >= 1 && n <= stored.size(), qPrintable(check));
            QCOMPARE(valueOf(stored[n - 1], field), check.mid(eq + 1));
        }
        // The source remembers what was used.
        const auto sources = *store->sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].preset, preset);
        QCOMPARE(compact(sources[0].mapping), compact(mapping));
    }

    void presetCanBeForced()
    {
        // --preset names a layout that auto-detection would not pick: it is used as said.
        auto store = newStore();
        ImportOptions o;
        o.preset = u"appstore"_s;
        auto report = FeedbackImporter::run(*store, data(u"presets/touchpoints.csv"_s), o);
        QVERIFY(report.ok());
        QCOMPARE(report->preset, u"appstore"_s);
        QCOMPARE(report->headerRows, 1);
    }

    void reimportAddsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("with ids (SurveyMonkey)") << data(u"presets/surveymonkey.csv"_s);
        QTest::newRow("with ids (sample, 3000 rows)") << sample();
        QTest::newRow("without ids (App Store, identical rows)") << data(u"presets/appstore.csv"_s);
        QTest::newRow("without ids (Google Play, UTF-16)") << data(u"presets/googleplay.csv"_s);
        QTest::newRow("without ids (Google Forms)") << data(u"presets/googleforms-de.csv"_s);
    }
    void reimportAddsNothing()
    {
        QFETCH(QString, file);
        auto store = newStore();
        auto first = FeedbackImporter::run(*store, file, ImportOptions());
        QVERIFY(first.ok());
        QVERIFY(first->imported > 0);
        const QByteArray before = snapshot(*store);
        auto again = FeedbackImporter::run(*store, file, ImportOptions());
        QVERIFY(again.ok());
        QCOMPARE(again->rowsRead, first->rowsRead);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, first->rowsRead);
        QCOMPARE(snapshot(*store), before); // not even an empty source is left behind
    }

    void updatedExportAddsExactlyTheNewRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("newRows");
        QTest::addColumn<int>("oldRows");
        // No ids: one new row is identical to two old ones (a third bare 5-star rating).
        QTest::newRow("App Store, by row hash")
            << data(u"presets/appstore.csv"_s)
            << QByteArray("2026-03-02,5,,,3.2.1,DEU,\n2026-03-04,4,Nice,Good update.,3.2.2,DEU,fritz\n"
                          "2026-03-04,2,Slow,Search is slow.,3.2.2,CHE,\n")
            << 5;
        QTest::newRow("Typeform, by response id")
            << data(u"presets/typeform.csv"_s)
            << QByteArray("1111aaaa2222bbbb3333cccc4444dddd,9,5,,2026-03-05 09:00:00,2026-03-05 09:01:00,x,1111aaaa2222bbbb3333cccc4444dddd\n"
                          "5555eeee6666ffff7777aaaa8888bbbb,5,2,Too slow,2026-03-05 10:00:00,2026-03-05 10:02:00,x,5555eeee6666ffff7777aaaa8888bbbb\n"
                          "9999cccc0000dddd1111eeee2222ffff,10,5,,2026-03-06 11:00:00,2026-03-06 11:00:40,x,9999cccc0000dddd1111eeee2222ffff\n")
            << 4;
    }
    void updatedExportAddsExactlyTheNewRows()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, newRows);
        QFETCH(int, oldRows);
        const QString copy = m_dir.filePath(QFileInfo(file).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(file, copy));
        auto store = newStore();
        QCOMPARE(FeedbackImporter::run(*store, copy, ImportOptions())->imported, oldRows);
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::Append));
            f.write(newRows);
        }
        auto update = FeedbackImporter::run(*store, copy, ImportOptions());
        QVERIFY(update.ok());
        QCOMPARE(update->rowsRead, oldRows + 3);
        QCOMPARE(update->imported, 3);
        QCOMPARE(update->duplicates, oldRows);
        QCOMPARE(items(*store).size(), oldRows + 3);
        QCOMPARE(store->sources()->size(), 2);
        // And once more: nothing.
        QCOMPARE(FeedbackImporter::run(*store, copy, ImportOptions())->imported, 0);
    }

    // Schema 6: each comment's sentiment is stored with the row (NULL without a comment);
    // a row without a response id keeps all its cells in `raw` and carries a row hash (an
    // integer), a row with one keeps only the cells no field maps and no hash.
    void storesSentimentUnmappedCellsAndRowHashes()
    {
        auto store = newStore();
        auto report = FeedbackImporter::run(*store, data(u"presets/appstore.csv"_s), ImportOptions());
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().text()));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"SELECT comment, sentiment, typeof(row_hash), raw FROM feedback_item ORDER BY id"_s));
        int positive = 0, negative = 0, rows = 0;
        while (q.next()) {
            ++rows;
            const QString comment = q.value(0).toString();
            if (comment.isEmpty())
                QVERIFY2(q.value(1).isNull(), qPrintable(u"a sentiment without a comment, row %1"_s.arg(rows)));
            if (comment.contains(u"Great app"_s))
                positive += q.value(1).toDouble() > 0.3;
            if (comment.contains(u"app closes"_s))
                negative += q.value(1).toDouble() < 0;
            QCOMPARE(q.value(2).toString(), u"integer"_s);
            const QString raw = q.value(3).toString();
            QVERIFY2(raw.startsWith(u'['), qPrintable(raw));
            // The comment is "Title — text"; the raw row keeps both cells as they were.
            for (const QString &part : comment.split(u" — "_s))
                QVERIFY2(raw.contains(part), qPrintable(raw));
        }
        QCOMPARE(rows, int(report->imported));
        QCOMPARE(positive, 1);
        QCOMPARE(negative, 1);

        auto withIds = newStore();
        QVERIFY(FeedbackImporter::run(*withIds, data(u"presets/typeform.csv"_s), ImportOptions()).ok());
        QSqlQuery ids(withIds->database());
        QVERIFY(ids.exec(u"SELECT count(*), count(row_hash), count(sentiment) FROM feedback_item"_s) && ids.next());
        QVERIFY(ids.value(0).toInt() > 0);
        QCOMPARE(ids.value(1).toInt(), 0);
        QVERIFY(ids.value(2).toInt() > 0);
        // Typeform's "Network ID" column feeds no field: it is what raw keeps.
        QVERIFY(ids.exec(u"SELECT raw, comment FROM feedback_item ORDER BY id LIMIT 1"_s) && ids.next());
        QVERIFY2(ids.value(0).toString().contains(u"a1b2c3d4e5"_s), qPrintable(ids.value(0).toString()));
        QVERIFY2(!ids.value(0).toString().contains(ids.value(1).toString()), qPrintable(ids.value(0).toString()));

        // An item stored from interchange JSON (all its cells in raw) is known to a
        // re-import of its file by the same row hash.
        auto fromJson = newStore(false);
        auto copied = WorkspaceData::fromStore(*store);
        QVERIFY(copied);
        QVERIFY(copied->writeTo(*fromJson));
        auto again = FeedbackImporter::run(*fromJson, data(u"presets/appstore.csv"_s), ImportOptions());
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, report->rowsRead);
    }

    void attachesByTouchpointColumnAndKeyword()
    {
        auto store = newStore();
        auto report = FeedbackImporter::run(*store, data(u"presets/touchpoints.csv"_s), ImportOptions());
        QVERIFY(report.ok());
        QCOMPARE(report->attached, 4);
        QCOMPARE(report->unattached, 2);
        QCOMPARE(describe(report->problems), QStringList{u"6|Touchpoint|Teleporter|"_s + notATouchpoint()});
        QHash<QString, TouchpointId> byResponse;
        const QList<FeedbackItem> all = items(*store);
        const QList<AttachmentPair> attachments = *store->attachments();
        for (const auto &[item, touchpoint] : attachments)
            for (const FeedbackItem &f : all)
                if (f.id == item)
                    byResponse.insert(f.responseId, touchpoint);
        QCOMPARE(byResponse.size(), 4);
        const TouchpointId checkout = touchpointNamed(*store, u"Checkout"_s);
        QVERIFY(checkout.isValid());
        QCOMPARE(byResponse.value(u"T1"_s), checkout); // "  Checkout  ": trimmed
        QCOMPARE(byResponse.value(u"T2"_s), checkout); // "CHECKOUT": case-insensitive
        QCOMPARE(byResponse.value(u"T3"_s), touchpointNamed(*store, u"Shopping cart"_s)); // keyword "Warenkorb"
        QCOMPARE(byResponse.value(u"T4"_s), touchpointNamed(*store, u"Delivery tracking"_s)); // keyword "Sendungsverfolgung"
        QCOMPARE(all[0].touchpoint, u"Checkout"_s); // stored trimmed
    }

    void createTouchpointsBuildsTheJourney()
    {
        auto store = newStore(false);
        ImportOptions o;
        o.createTouchpoints = true;
        o.journey = u"Pilot onboarding"_s;
        auto report = FeedbackImporter::run(*store, data(u"presets/create-touchpoints.csv"_s), o);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->journey, u"Pilot onboarding"_s);
        QCOMPARE(report->createdStages, 2);
        QCOMPARE(report->createdTouchpoints, 3);
        QCOMPARE(report->attached, 4);
        QCOMPARE(report->problems.size(), 0);

        const Workspace w = *store->loadWorkspace();
        QCOMPARE(w.journeys.size(), 1);
        const Journey journey = w.journeys.items().constFirst();
        QCOMPARE(journey.name, u"Pilot onboarding"_s);
        QStringList stages, titles;
        for (const Stage &s : w.stages)
            stages << s.name;
        QCOMPARE(stages, (QStringList{u"Onboarding"_s, u"Usage"_s}));
        QCOMPARE(w.lanes.size(), 1);
        QCOMPARE(w.lanes.items().constFirst().laneKind, LaneKind::Touchpoints);
        for (const Touchpoint &t : w.touchpoints) {
            titles << t.title;
            QCOMPARE(t.journeyId, journey.id);
            QCOMPARE(t.laneId, w.lanes.items().constFirst().id);
        }
        QCOMPARE(titles, (QStringList{u"Welcome e-mail"_s, u"Account setup"_s, u"Dashboard"_s}));
        // "welcome E-mail" in "onboarding" joined the first one instead of making a fourth.
        const TouchpointId welcome = touchpointNamed(*store, u"Welcome e-mail"_s);
        QCOMPARE(store->attachedTo(welcome)->size(), 2);
        QCOMPARE(w.stages.find(w.touchpoints.items().at(2).stageId)->name, u"Usage"_s);

        // A second import creates nothing more.
        auto again = FeedbackImporter::run(*store, data(u"presets/create-touchpoints.csv"_s), o);
        QCOMPARE(again->createdTouchpoints, 0);
        QCOMPARE(again->duplicates, 4);
    }

    void createTouchpointsWithSeveralJourneysUsesOneNamedAfterTheFile()
    {
        // Two journeys: the template's and one drafted from the data.
        auto store = newStore();
        const QString file = data(u"presets/create-touchpoints.csv"_s);
        ImportOptions first;
        first.createTouchpoints = true;
        first.journey = u"Pilot onboarding"_s;
        QVERIFY(FeedbackImporter::run(*store, file, first).ok());
        QCOMPARE(store->loadWorkspace()->journeys.size(), 2);

        // Without --create-touchpoints and --journey: a clear error, nothing changed.
        const QByteArray before = snapshot(*store);
        auto refused = FeedbackImporter::run(*store, file, ImportOptions());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"This workspace has several journeys (%1, Pilot onboarding). Choose "
                                                    "one with --journey NAME"_s.arg(kJourney)),
                 qPrintable(refused.error().message));
        QCOMPARE(snapshot(*store), before);

        // With it: a new journey named after the file's base name…
        ImportOptions o;
        o.createTouchpoints = true;
        o.useSavedMapping = false;
        const QString copy = m_dir.filePath(u"Spring survey.csv"_s);
        const QByteArray spring = "ResponseId,Stage,Touchpoint,CSAT,Comment\n"
                                  "S1,Onboarding,Welcome e-mail,4,Friendly.\n"
                                  "S2,Onboarding,Account setup,2,Password rules are odd.\n"
                                  "S3,Usage,Dashboard,5,Clear.\n"
                                  "S4,onboarding,welcome E-mail,5,Nice tone.\n";
        writeFile(copy, spring);
        auto report = FeedbackImporter::run(*store, copy, o);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->journey, u"Spring survey"_s);
        QCOMPARE(report->createdTouchpoints, 3);
        QCOMPARE(report->attached, 4);
        QCOMPARE(store->loadWorkspace()->journeys.size(), 3);

        // …which the next export of the same name uses again instead of adding a fourth.
        writeFile(copy, spring + "S5,Usage,Dashboard,4,Still clear.\n");
        auto again = FeedbackImporter::run(*store, copy, o);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().text()));
        QCOMPARE(again->journey, u"Spring survey"_s);
        QCOMPARE(again->createdTouchpoints, 0);
        QCOMPARE(again->imported, 1);
        QCOMPARE(again->attached, 1);
        QCOMPARE(store->loadWorkspace()->journeys.size(), 3);
    }

    void mapOverridesTheProposal()
    {
        auto store = newStore();
        ImportOptions o;
        o.overrides = {{u"csat"_s, u"I"_s}, {u"comment"_s, QString()}, {u"date"_s, u"2"_s}};
        auto report = FeedbackImporter::run(*store, sample(), o);
        QVERIFY(report.ok());
        QCOMPARE(report->mapping.value(u"csat"_s).toString(), u"CSAT"_s);   // column letter I
        QCOMPARE(report->mapping.value(u"date"_s).toString(), u"RecordedDate"_s); // column number 2
        QVERIFY(!report->mapping.contains(u"comment"_s)); // an empty column unmaps
        QCOMPARE(items(*store).constFirst().comment, QString());
    }

    void ratingAndPersonaAreAliases()
    {
        // Proposed from the header: "Overall rating" is CSAT stars, "Persona" the segment.
        const QString proposed = m_dir.filePath(u"aliases-proposed.csv"_s);
        writeFile(proposed, "ResponseId,Overall rating,Persona,Notes\nA1,4,Hobby gardener,Nice\nA2,2,Landscaper,Slow\n");
        auto store = newStore();
        auto report = FeedbackImporter::run(*store, proposed, ImportOptions());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->mapping.value(u"csat"_s).toString(), u"Overall rating"_s);
        QCOMPARE(report->mapping.value(u"segment"_s).toString(), u"Persona"_s);
        QCOMPARE(items(*store).constFirst().segment, u"Hobby gardener"_s);

        // Named in --map: rating reads CSAT on 1..5 stars (SCORING.md), persona fills the segment.
        const QString mapped = m_dir.filePath(u"aliases-mapped.csv"_s);
        writeFile(mapped, "Id,Points,Who,Notes\nB1,5,Hobby gardener,Great\nB2,7,Landscaper,Odd\n");
        ImportOptions o;
        o.overrides = {{u"responseId"_s, u"Id"_s}, {u"rating"_s, u"Points"_s}, {u"Persona"_s, u"Who"_s}};
        auto store2 = newStore();
        report = FeedbackImporter::run(*store2, mapped, o);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
        QCOMPARE(report->mapping.value(u"csat"_s).toString(), u"Points"_s);
        QCOMPARE(report->mapping.value(u"csatScale"_s).toInt(), 5);
        QCOMPARE(report->mapping.value(u"segment"_s).toString(), u"Who"_s);
        QCOMPARE(describe(report->problems), QStringList{u"3|Points|7|is outside 1..5"_s});
        const QList<FeedbackItem> all = items(*store2);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].csat, std::optional<int>(5));
        QCOMPARE(all[0].segment, u"Hobby gardener"_s);
        QCOMPARE(all[1].segment, u"Landscaper"_s);
        QCOMPARE(ColumnMapping::fieldNamed(u"RATING"_s), u"csat"_s);
        QCOMPARE(ColumnMapping::fieldNamed(u"persona"_s), u"segment"_s);
        QCOMPARE(ColumnMapping::fieldNamed(u"happiness"_s), QString());
    }

    void blankAndSpreadsheetRowsKeepTheirNumbers()
    {
        // Blank lines and lines of bare delimiters are no responses, but spreadsheets count
        // them, and so do the problem rows.
        const QString file = m_dir.filePath(u"gaps.csv"_s);
        writeFile(file, "ResponseId,NPS,Comment\nG1,9,fine\n\n,,\nG2,12,\"two\nlines\"\nG3,x,ok\n");
        auto store = newStore();
        auto report = FeedbackImporter::run(*store, file, ImportOptions());
        QVERIFY(report.ok());
        QCOMPARE(report->rowsRead, 3);
        QCOMPARE(describe(report->problems),
                 (QStringList{u"5|NPS|12|is outside 0..10"_s, u"6|NPS|x|is not a whole number from 0 to 10"_s}));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
