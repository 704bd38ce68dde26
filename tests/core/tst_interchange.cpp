// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The interchange JSON is diffable and lossless: writing what was read gives the same
// bytes, through the workspace database too; broken documents are refused with a
// message naming the JSON path at fault.

#include "CoreTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace waymark;
using namespace waymark::test;
using namespace Qt::StringLiterals;

namespace {

/// The first line where two documents differ, with its number.
QString firstDifferentLine(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i)
        if (a.value(i) != e.value(i))
            return u"line %1:\n   actual: %2\n expected: %3"_s.arg(i + 1).arg(QString::fromUtf8(a.value(i)),
                                                                             QString::fromUtf8(e.value(i)));
    return {};
}

/// A small valid document; rows of readErrors() replace one placeholder.
QByteArray journeyDocument(const char *placeholder, const char *replacement)
{
    QByteArray doc = R"({
  "format": "waymark-workspace",
  "formatVersion": 1,
  "workspace": {"name": "Kaputt", "description": ""},
  "personas": [{"id": 1, "name": "Mark", "goals": @GOALS@}, {"id": @PERSONA2@, "name": "Petra"}],
  "journeys": [{
    "id": 10, "name": "Kauf", "personaId": 1,
    "stages": [{"id": 11, "name": "Suchen"}, {"id": 12, "name": "Kaufen"}],
    "lanes": [{"id": 13, "name": "Kontakt", "kind": @KIND@}],
    "touchpoints": [
      {"id": 14, "stageId": 11, "laneId": 13, "title": "Sucht", "assumedEmotion": @EMOTION@},
      {"id": @CARD2@, "stageId": 12, "laneId": 13, "title": "Zahlt"},
      {"id": 16, "stageId": @STAGE@, "laneId": 13, "title": "Wartet"}
    ],
    "transitions": [{"id": 17, "from": 14, "to": @TO@, "volume": 10}]
  }, {
    "id": 20, "name": "Rückgabe",
    "stages": [{"id": 21, "name": "Zurückschicken"}],
    "lanes": [{"id": 22, "name": "Kontakt", "kind": "touchpoints"}],
    "touchpoints": [{"id": 23, "stageId": 21, "laneId": 22, "title": "Etikett"}]
  }],
  "feedbackSources": [{"id": 1, "name": "Umfrage"}],
  "feedback": [{"id": 1, "sourceId": @SOURCE@, "nps": @NPS@, "comment": "gut"}],
  "attachments": [[1, @ATTACHED@]]
})";
    const std::pair<const char *, const char *> defaults[] = {
        {"@GOALS@", R"(["Zeit sparen"])"}, {"@PERSONA2@", "2"}, {"@KIND@", R"("touchpoints")"},
        {"@EMOTION@", "-1"},                {"@CARD2@", "15"},   {"@STAGE@", "12"},
        {"@TO@", "15"},                     {"@SOURCE@", "1"},   {"@NPS@", "9"},
        {"@ATTACHED@", "14"},
    };
    for (const auto &[key, value] : defaults)
        doc.replace(key, qstrcmp(key, placeholder) == 0 ? replacement : value);
    return doc;
}

} // namespace

Q_DECLARE_METATYPE(waymark::Error::Code)

class InterchangeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void writeReadWriteIsByteIdentical_data();
    void writeReadWriteIsByteIdentical();
    void roundTripThroughTheDatabaseIsByteIdentical();
    void unknownTemplateNamesTheAvailableOnes();
    void readErrors_data();
    void readErrors();

private:
    QTemporaryDir m_home;
};

void InterchangeTest::initTestCase()
{
    isolateUserFolders(m_home);
}

void InterchangeTest::writeReadWriteIsByteIdentical_data()
{
    QTest::addColumn<QString>("name");
    for (const TemplateInfo &t : TemplateLibrary::templates())
        QTest::newRow(qPrintable(t.name)) << t.name;
}

void InterchangeTest::writeReadWriteIsByteIdentical()
{
    QFETCH(QString, name);
    WorkspaceData data = loadTemplate(name);
    addSampleFeedback(data, 25);
    const QByteArray first = InterchangeJson::write(data);
    auto back = InterchangeJson::read(first, name + u".json"_s);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().text()));
    WM_COMPARE_WORKSPACE(back->workspace, data.workspace, u"read back"_s);
    const QByteArray second = InterchangeJson::write(*back);
    const QString diff = firstDifferentLine(second, first);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void InterchangeTest::roundTripThroughTheDatabaseIsByteIdentical()
{
    WorkspaceData data = loadTemplate();
    addSampleFeedback(data, 40);
    // Values that are easy to lose: nulls, zero, non-ASCII, a persona avatar, targets,
    // a hidden lane and stage, an unweighted transition, an empty and a full raw row.
    Persona p = data.workspace.personas.items().first();
    p.name = u"Zoë Müller-Łukasiewicz 🌻"_s;
    p.avatar = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    p.traits = {Trait{u"Preisbewusst"_s, 5}, Trait{u"Technik"_s, 1}};
    data.workspace.personas.replace(p);
    Touchpoint t = data.workspace.touchpoints.items().at(5);
    t.assumedEmotion = 0;
    t.targets = {{u"nps"_s, -12.5}, {u"csat"_s, 80.0}};
    t.keywords = {u"lieferung"_s, u"配送"_s};
    t.channel = Channel::ReviewSite;
    data.workspace.touchpoints.replace(t);
    Lane l = data.workspace.lanes.items().at(6);
    l.hidden = true;
    l.height = 300;
    data.workspace.lanes.replace(l);
    Stage st = data.workspace.stages.items().at(1);
    st.width = 480;
    st.hidden = true;
    data.workspace.stages.replace(st);
    Transition tr = data.workspace.transitions.items().first();
    tr.volume.reset();
    data.workspace.transitions.replace(tr);
    Stakeholder s = data.workspace.stakeholders.items().first();
    s.power = 0.1;
    s.interest = 1.0 / 3.0;
    data.workspace.stakeholders.replace(s);
    data.feedback[0].nps = 0;
    data.feedback[0].raw = {};
    data.feedback[1].comment = u"Sehr gut 😀 – \"Zitat\"\nzweite Zeile\t✓"_s;
    data.feedback[1].raw = {u""_s, u"a,b;c"_s, u"ü"_s};

    const QByteArray json = InterchangeJson::write(data);
    auto read = InterchangeJson::read(json, u"rich.json"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));

    QTemporaryDir dir;
    auto store = WorkspaceStore::create(dir.filePath(u"rich.waymark"_s));
    QVERIFY(store);
    auto written = read->writeTo(**store);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
    store->reset();
    auto reopened = WorkspaceStore::open(dir.filePath(u"rich.waymark"_s), WorkspaceStore::Access::ReadOnly);
    QVERIFY(reopened);
    auto fromStore = WorkspaceData::fromStore(**reopened);
    QVERIFY2(fromStore, qPrintable(fromStore ? QString() : fromStore.error().text()));
    const QString diff = firstDifferentLine(InterchangeJson::write(*fromStore), json);
    QVERIFY2(diff.isEmpty(), qPrintable(u"JSON → database → JSON changed "_s + diff));
    QVERIFY(read->workspace.stages.find(st.id)->hidden);
    QVERIFY(fromStore->workspace.stages.find(st.id)->hidden);
    QVERIFY(fromStore->workspace.lanes.find(l.id)->hidden);
    QVERIFY(!fromStore->workspace.stages.find(data.workspace.stages.items().at(0).id)->hidden);
}

void InterchangeTest::unknownTemplateNamesTheAvailableOnes()
{
    auto r = TemplateLibrary::load(u"retail"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QStringList names;
    for (const TemplateInfo &t : TemplateLibrary::templates())
        names << t.name;
    QVERIFY(names.contains(u"ecommerce-purchase"_s));
    QCOMPARE(r.error().message, u"There is no template “retail”. Available templates: %1."_s.arg(names.join(u", "_s)));
}

void InterchangeTest::readErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message"); // after "“broken.json” is not a valid Waymark workspace file: "
    const auto invalid = Error::Code::InvalidInput;

    QTest::newRow("valid") << journeyDocument("", "") << Error::Code::Generic << QString();
    QTest::newRow("card in an unknown stage") << journeyDocument("@STAGE@", "99") << invalid
        << u"journeys[0].touchpoints[2].stageId 99 is not a stage of this workspace"_s;
    QTest::newRow("card in another journey's stage") << journeyDocument("@STAGE@", "21") << invalid
        << u"journeys[0].touchpoints[2].stageId 21 is not a stage of this workspace"_s;
    QTest::newRow("duplicate id across kinds") << journeyDocument("@CARD2@", "12") << invalid
        << u"journeys[0].touchpoints[1].id 12 is used twice; ids must be unique"_s;
    QTest::newRow("duplicate persona id") << journeyDocument("@PERSONA2@", "1") << invalid
        << u"personas[1].id 1 is used twice; ids must be unique"_s;
    QTest::newRow("id not positive") << journeyDocument("@PERSONA2@", "0") << invalid
        << u"personas[1].id must be a positive whole number"_s;
    QTest::newRow("unknown lane kind") << journeyDocument("@KIND@", R"("swimlane")") << invalid
        << u"journeys[0].lanes[0].kind is “swimlane”; expected one of: actions, touchpoints, thoughts, emotions, "
           "pain-points, opportunities, backstage, owners, custom"_s;
    QTest::newRow("assumed emotion out of range") << journeyDocument("@EMOTION@", "3") << invalid
        << u"journeys[0].touchpoints[0].assumedEmotion must be a number from -2 to 2"_s;
    QTest::newRow("assumed emotion not whole") << journeyDocument("@EMOTION@", "1.5") << invalid
        << u"journeys[0].touchpoints[0].assumedEmotion must be a number from -2 to 2"_s;
    QTest::newRow("goals not a list of strings") << journeyDocument("@GOALS@", "[1, 2]") << invalid
        << u"personas[0].goals must be an array of strings"_s;
    QTest::newRow("transition to a card of another journey") << journeyDocument("@TO@", "23") << invalid
        << u"journeys[0].transitions[0].to 23 is not a card in this journey of this workspace"_s;
    QTest::newRow("feedback of an unknown source") << journeyDocument("@SOURCE@", "5") << invalid
        << u"feedback[0].sourceId 5 is not a feedback source of this workspace"_s;
    QTest::newRow("NPS out of range") << journeyDocument("@NPS@", "11") << invalid
        << u"feedback[0].nps must be a number from 0 to 10"_s;
    QTest::newRow("attachment to an unknown card") << journeyDocument("@ATTACHED@", "999") << invalid
        << u"attachments[0] must be [feedbackId, touchpointId] of existing items"_s;
    QTest::newRow("newer format") << journeyDocument("", "").replace("\"formatVersion\": 1", "\"formatVersion\": 2")
        << Error::Code::NewerVersion
        << u"“broken.json” was written by a newer Waymark (format version 2; this version reads up to 1). "
           "Update Waymark to read it."_s;
    QTest::newRow("not a Waymark document") << QByteArray(R"({"format": "miro-board", "formatVersion": 1})") << invalid
        << u"“format” must be “waymark-workspace”"_s;
    QTest::newRow("top level array") << QByteArray("[1, 2, 3]") << invalid << u"the top level must be a JSON object"_s;
    QTest::newRow("syntax error on line 3")
        << QByteArray("{\n  \"format\": \"waymark-workspace\",\n  \"formatVersion\": 1,,\n  \"personas\": []\n}")
        << invalid << u"JSON syntax error at line 3 (byte "_s;
}

void InterchangeTest::readErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);
    auto r = InterchangeJson::read(json, u"broken.json"_s);
    if (message.isEmpty()) { // the base document itself must be valid
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(r->workspace.touchpoints.size(), 4);
        QCOMPARE(attachmentList(r->attachments), QStringList{u"1→14"_s});
        return;
    }
    QVERIFY2(!r, "the broken document was accepted");
    QCOMPARE(r.error().code, code);
    const QString prefix = u"“broken.json” is not a valid Waymark workspace file: "_s;
    if (code == Error::Code::NewerVersion)
        QCOMPARE(r.error().message, message);
    else if (message.endsWith(u"(byte "_s)) // the parser's own wording follows
        QVERIFY2(r.error().message.startsWith(prefix + message), qPrintable(r.error().message));
    else
        QCOMPARE(r.error().message, prefix + message);
}

QTEST_GUILESS_MAIN(InterchangeTest)
#include "tst_interchange.moc"
