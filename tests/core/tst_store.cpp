// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The workspace file: what is written reads back identically, files from elsewhere are
// refused with a message that says why, older files are migrated, and a snapshot is a
// complete, self-contained file.

#include "AttachmentTables.h"
#include "CoreTestSupport.h"

#include "document/Document.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlUtil.h"
#include "storage/WorkingCopy.h"
#include "storage/WorkspaceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace waymark;
using namespace waymark::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const FeedbackItem &f)
{
    auto opt = [](const std::optional<int> &v) { return v ? QString::number(*v) : u"null"_s; };
    return u"{id %1, source %2, response %3, date %4, channel %5, segment %6, respondent %7, touchpoint %8, "
           "stage %9, nps %10, csat %11/%12, ces %13/%14, comment “%15”, raw [%16]}"_s.arg(f.id.value)
        .arg(f.sourceId.value)
        .arg(f.responseId, f.date, f.channel, f.segment, f.respondentId, f.touchpoint, f.stage)
        .arg(opt(f.nps), opt(f.csat))
        .arg(f.csatScale)
        .arg(opt(f.ces))
        .arg(f.cesScale)
        .arg(f.comment, f.raw.join(u'|'));
}

QString firstDifference(const QList<FeedbackItem> &actual, const QList<FeedbackItem> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 items instead of %2"_s.arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        if (!(actual[i] == expected[i]))
            return u"item %1:\n   actual: %2\n expected: %3"_s.arg(i).arg(describe(actual[i]), describe(expected[i]));
    return {};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString quoted(const QString &path)
{
    return u"“%1”"_s.arg(QDir::toNativeSeparators(path));
}

} // namespace

/// Ways a file handed to Waymark can be wrong.
enum class Broken { Missing, TextFile, EmptyFile, OtherSqlite, OtherApplicationId, NewerSchema, Trigger, View };
Q_DECLARE_METATYPE(Broken)
Q_DECLARE_METATYPE(waymark::Error::Code)

class StoreTest : public QObject
{
    Q_OBJECT

private slots:
    // Raw rows are stored as JSON text and re-imports recognise rows by a hash of that
    // text, so the fast writer must produce exactly what QJsonDocument writes.
    void rawRowTextIsExactlyQJsonDocument()
    {
        QString controls;
        for (int c = 0; c < 0x80; ++c)
            controls += QChar(c);
        const QStringList rows[] = {
            {controls},
            {u"Grüße 😀 \u2028 \"quoted\" back\\slash"_s, QString(), u""_s},
            {QString(QChar(0xD800)), QString(QChar(0xDC00)) + u"x"_s, u"a"_s + QChar(0xD83D)},
            {},
        };
        for (const QStringList &row : rows)
            QCOMPARE(jsonText(row),
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(row)).toJson(QJsonDocument::Compact)));
    }

    void initTestCase();

    void roundTripsTemplates_data();
    void roundTripsTemplates();
    void roundTripsFeedback();
    void countsEverything();
    void createRefusesAnExistingFile();
    void validateRefuses_data();
    void validateRefuses();
    void truncatedFileIsRefused();
    void migratesVersion1FileForward();
    void migratesVersion5FeedbackToLeanVersion6();
    void opensOlderFileReadOnlyWithoutChangingIt_data();
    void opensOlderFileReadOnlyWithoutChangingIt();
    void snapshotIsACompleteStandaloneFile();
    void snapshotReplacesTheTargetAtomically();
    void snapshotIntoMissingFolderFails();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A closed workspace file holding `data`.
    QString writeFile(const QString &name, const WorkspaceData &data);
    /// A version-1 file (the first released schema) with rows as that version wrote them.
    QString writeVersion1File(const QString &name);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void StoreTest::initTestCase()
{
    isolateUserFolders(m_home);
    QVERIFY(m_dir.isValid());
}

QString StoreTest::writeFile(const QString &name, const WorkspaceData &data)
{
    const QString file = path(name);
    auto store = WorkspaceStore::create(file);
    if (!store) {
        qWarning("create %s: %s", qPrintable(file), qPrintable(store.error().text()));
        return {};
    }
    if (auto r = data.writeTo(**store); !r) {
        qWarning("write %s: %s", qPrintable(file), qPrintable(r.error().text()));
        return {};
    }
    return file;
}

QString StoreTest::writeVersion1File(const QString &name)
{
    const QString file = path(name);
    RawDb raw(file);
    if (!raw.isOpen() || !SchemaMigrator(raw.db()).migrate(1))
        return {};
    const char *rows[] = {
        "INSERT INTO workspace_info VALUES('name', 'Gartenwelt 2023'), ('description', 'Früher erstellt')",
        "INSERT INTO persona(id, position, name, quote, age, occupation, location, family, segment, goals, needs,"
        " frustrations, behaviours, channels, expectations, traits, color, avatar) VALUES(1, 0, 'Jörg', 'Schnell!',"
        " '52', 'Lehrer', 'Köln', '', 'Hobby', '[\"Zeit sparen\"]', '[]', '[]', '[]', '[\"web\"]', '[]',"
        " '[{\"name\":\"Technik\",\"value\":4}]', '#aa0000', NULL)",
        "INSERT INTO journey(id, position, name, description, category, persona_id)"
        " VALUES(2, 0, 'Kauf', 'Online', 'onboarding', 1)",
        "INSERT INTO stage(id, position, journey_id, name, description, color) VALUES(3, 0, 2, 'Suchen', '', '')",
        "INSERT INTO lane(id, position, journey_id, name, kind, color, hidden)"
        " VALUES(4, 0, 2, 'Kontaktpunkte', 'touchpoints', '', 0)",
        "INSERT INTO touchpoint(id, position, journey_id, stage_id, lane_id, title, description, channel,"
        " assumed_emotion, moment_of_truth, owner, notes, color, severity)"
        " VALUES(5, 0, 2, 3, 4, 'Sucht im Shop', '', 'web', -1, 1, 'E-Commerce', '', '', 2)",
        "INSERT INTO transition(id, position, journey_id, from_id, to_id, volume) VALUES(6, 0, 2, 5, 5, NULL)",
        "INSERT INTO feedback_source VALUES(1, 'Umfrage', 'generic', 'a.csv', '2023-01-01T00:00:00Z', '[\"A\"]', '{}')",
        "INSERT INTO feedback_item(id, source_id, response_id, date, channel, segment, respondent_id, touchpoint,"
        " stage, nps, csat, csat_scale, ces, ces_scale, comment, raw)"
        " VALUES(1, 1, 'r1', '2023-01-01', 'web', '', '', '', '', 9, NULL, 5, NULL, 7, 'gut', '[\"r1\",\"9\"]')",
        "INSERT INTO attachment VALUES(1, 5)",
    };
    for (const char *sql : rows)
        if (!raw.exec(QString::fromUtf8(sql)))
            return {};
    return file;
}

// Round trips ----------------------------------------------------------------------------

void StoreTest::roundTripsTemplates_data()
{
    QTest::addColumn<QString>("name");
    const QList<TemplateInfo> templates = TemplateLibrary::templates();
    QVERIFY2(templates.size() >= 3, "the bundled templates did not load");
    for (const TemplateInfo &t : templates)
        QTest::newRow(qPrintable(t.name)) << t.name;
}

void StoreTest::roundTripsTemplates()
{
    QFETCH(QString, name);
    const WorkspaceData data = loadTemplate(name);
    const QString file = writeFile(name + u".waymark"_s, data);
    QVERIFY(!file.isEmpty());
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
    QVERIFY((*store)->isReadOnly());
    auto loaded = (*store)->loadWorkspace();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    WM_COMPARE_WORKSPACE(*loaded, data.workspace, u"reloaded template " + name);
}

void StoreTest::roundTripsFeedback()
{
    WorkspaceData data = loadTemplate();
    addSampleFeedback(data, 50);
    FeedbackSource second;
    second.id = FeedbackSourceId(7);
    second.name = u"App-Store-Bewertungen ⭐"_s;
    second.preset = u"generic"_s;
    second.columns = {u"Sterne"_s};
    data.sources.append(second);
    FeedbackItem bare; // every optional score missing, empty strings
    bare.id = FeedbackItemId(500);
    bare.sourceId = second.id;
    bare.csatScale = 10;
    bare.cesScale = 5;
    data.feedback.append(bare);
    const QString file = writeFile(u"feedback.waymark"_s, data);
    QVERIFY(!file.isEmpty());

    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadWrite);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
    WorkspaceStore &s = **store;
    auto back = WorkspaceData::fromStore(s);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().text()));
    WM_COMPARE_WORKSPACE(back->workspace, data.workspace, u"workspace with feedback"_s);
    QCOMPARE(back->sources.size(), 2);
    QVERIFY2(back->sources == data.sources, "the feedback sources differ after reloading");
    const QString diff = firstDifference(back->feedback, data.feedback);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(attachmentList(back->attachments), attachmentList(data.attachments));
    QCOMPARE(attachmentTablesDisagree(s.database()), QString());

    // Attachments by card, and removing all of a card's attachments.
    const TouchpointId card = data.attachments.first().second;
    QList<FeedbackItemId> expected;
    for (const auto &[f, t] : data.attachments)
        if (t == card)
            expected << f;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(s.attachedTo(card).value(), expected);
    auto removed = s.detachAll(card);
    QVERIFY(removed);
    QCOMPARE(removed->size(), expected.size());
    QVERIFY(s.attachedTo(card).value().isEmpty());
    QCOMPARE(attachmentTablesDisagree(s.database()), QString());
    QVERIFY(s.attach(*removed)); // and back, by both tables
    QCOMPARE(s.attachedTo(card).value(), expected);
    QCOMPARE(attachmentTablesDisagree(s.database()), QString());

    // An item without an id gets the next free one.
    FeedbackItem fresh;
    fresh.sourceId = second.id;
    fresh.comment = u"ohne ID"_s;
    QVERIFY(s.insertFeedback({fresh}));
    FeedbackItem last;
    QVERIFY(s.forEachFeedback([&last](const FeedbackItem &f) {
        last = f;
        return true;
    }));
    QCOMPARE(last.id, FeedbackItemId(501));
    QCOMPARE(last.comment, u"ohne ID"_s);

    // Removing a source removes its items and their attachments.
    QVERIFY(s.removeSource(FeedbackSourceId(1)));
    auto counts = s.counts();
    QVERIFY(counts);
    QCOMPARE(counts->feedbackSources, qint64(1));
    QCOMPARE(counts->feedbackItems, qint64(2));
    QCOMPARE(counts->attachments, qint64(0));
    QCOMPARE(attachmentTablesDisagree(s.database()), QString());
}

void StoreTest::countsEverything()
{
    WorkspaceData data = loadTemplate();
    addSampleFeedback(data, 30);
    data.attachments.append({FeedbackItemId(3), data.workspace.touchpoints.items().last().id}); // item 3 twice
    std::sort(data.attachments.begin(), data.attachments.end());
    const QString file = writeFile(u"counts.waymark"_s, data);
    QVERIFY(!file.isEmpty());
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY(store);
    auto c = (*store)->counts();
    QVERIFY2(c, qPrintable(c ? QString() : c.error().text()));
    const Workspace &w = data.workspace;
    qint64 touchpoints = 0;
    for (const Touchpoint &t : w.touchpoints)
        if (w.lanes.find(t.laneId)->laneKind == LaneKind::Touchpoints)
            ++touchpoints;
    QVERIFY(touchpoints > 0 && touchpoints < w.touchpoints.size());
    QCOMPARE(c->schemaVersion, SchemaMigrator::currentVersion);
    QCOMPARE(c->personas, qint64(w.personas.size()));
    QCOMPARE(c->empathyMaps, qint64(w.empathyMaps.size()));
    QCOMPARE(c->empathyNotes, qint64(w.empathyNotes.size()));
    QCOMPARE(c->stakeholderMaps, qint64(w.stakeholderMaps.size()));
    QCOMPARE(c->stakeholders, qint64(w.stakeholders.size()));
    QCOMPARE(c->journeys, qint64(w.journeys.size()));
    QCOMPARE(c->stages, qint64(w.stages.size()));
    QCOMPARE(c->lanes, qint64(w.lanes.size()));
    QCOMPARE(c->cards, qint64(w.touchpoints.size()));
    QCOMPARE(c->touchpoints, touchpoints);
    QCOMPARE(c->transitions, qint64(w.transitions.size()));
    QCOMPARE(c->feedbackSources, qint64(1));
    QCOMPARE(c->feedbackItems, qint64(30));
    QCOMPARE(c->attachments, qint64(11)); // items 3, 6, ..., 30, and item 3 once more
    QCOMPARE(c->attachedItems, qint64(10));
}

void StoreTest::createRefusesAnExistingFile()
{
    const QString file = writeFile(u"exists.waymark"_s, loadTemplate());
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileHash(file);
    auto again = WorkspaceStore::create(file);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QCOMPARE(again.error().message, u"%1 already exists."_s.arg(quoted(file)));
    QCOMPARE(fileHash(file), before);
}

// Refusing files -------------------------------------------------------------------------

void StoreTest::validateRefuses_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message"); // %1: the quoted path
    QTest::newRow("missing file") << Broken::Missing << Error::Code::NotFound
                                  << u"%1 does not exist. Check the path, or create it with “waymark-cli new”."_s;
    QTest::newRow("text file") << Broken::TextFile << Error::Code::NotWaymark
                               << u"%1 is not a Waymark workspace: it is not an SQLite database."_s;
    QTest::newRow("empty file") << Broken::EmptyFile << Error::Code::NotWaymark
                                << u"%1 is not a Waymark workspace: it is not an SQLite database."_s;
    QTest::newRow("another SQLite database") << Broken::OtherSqlite << Error::Code::NotWaymark
        << u"%1 is an SQLite database but not a Waymark workspace (application id 0x0)."_s;
    QTest::newRow("another application id") << Broken::OtherApplicationId << Error::Code::NotWaymark
        << u"%1 is an SQLite database but not a Waymark workspace (application id 0x5f3759df)."_s;
    QTest::newRow("newer schema") << Broken::NewerSchema << Error::Code::NewerVersion
        << u"%1 was saved by a newer version of Waymark (file format 99; this version reads up to %2). "
           "Update Waymark to open it."_s.arg(u"%1"_s, QString::number(SchemaMigrator::currentVersion));
    QTest::newRow("trigger") << Broken::Trigger << Error::Code::NotWaymark
        << u"%1 contains a trigger named “wipe_journeys”. Waymark workspaces never do, so the file was changed "
           "outside Waymark and is not opened. Ask the sender for the original."_s;
    QTest::newRow("view") << Broken::View << Error::Code::NotWaymark
        << u"%1 contains a view named “persona_names”. Waymark workspaces never do, so the file was changed "
           "outside Waymark and is not opened. Ask the sender for the original."_s;
}

void StoreTest::validateRefuses()
{
    QFETCH(Broken, broken);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);
    const QString file = path(u"broken-%1.waymark"_s.arg(int(broken)));
    auto writeText = [&](const QByteArray &bytes) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    switch (broken) {
    case Broken::Missing:
        break;
    case Broken::TextFile:
        writeText(QByteArray("Persona;Journey\nMark;Kauf\n").repeated(10));
        break;
    case Broken::EmptyFile:
        writeText({});
        break;
    case Broken::OtherSqlite:
    case Broken::OtherApplicationId: {
        RawDb raw(file);
        QVERIFY(raw.exec(u"CREATE TABLE persona(id INTEGER PRIMARY KEY, name TEXT)"_s));
        if (broken == Broken::OtherApplicationId)
            QVERIFY(raw.exec(u"PRAGMA application_id = 1597463007"_s)); // 0x5f3759df
        break;
    }
    case Broken::NewerSchema:
    case Broken::Trigger:
    case Broken::View: {
        QVERIFY(!writeFile(QFileInfo(file).fileName(), loadTemplate()).isEmpty());
        RawDb raw(file);
        QVERIFY(raw.isOpen());
        if (broken == Broken::NewerSchema)
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        else if (broken == Broken::Trigger)
            QVERIFY(raw.exec(u"CREATE TRIGGER wipe_journeys AFTER INSERT ON persona BEGIN DELETE FROM journey; END"_s));
        else
            QVERIFY(raw.exec(u"CREATE VIEW persona_names AS SELECT name FROM persona"_s));
        break;
    }
    }
    const QString expected = message.arg(quoted(file));
    const QByteArray before = fileHash(file);

    auto r = WorkspaceStore::validate(file);
    QVERIFY2(!r, "the file was accepted");
    QCOMPARE(r.error().message, expected);
    QCOMPARE(r.error().code, code);

    // Opening refuses it the same way, read-only and for editing, and leaves it untouched.
    for (auto access : {WorkspaceStore::Access::ReadOnly, WorkspaceStore::Access::ReadWrite}) {
        auto store = WorkspaceStore::open(file, access);
        QVERIFY2(!store, "WorkspaceStore::open accepted the file");
        QCOMPARE(store.error().message, expected);
    }
    auto doc = Document::open(file);
    QVERIFY2(!doc, "Document::open accepted the file");
    QCOMPARE(doc.error().message, expected);
    auto readOnly = Document::open(file, Document::OpenMode::ReadOnly);
    QVERIFY2(!readOnly, "Document::open (read-only) accepted the file");
    QCOMPARE(fileHash(file), before);
    QCOMPARE(QFileInfo::exists(file), broken != Broken::Missing);
}

void StoreTest::truncatedFileIsRefused()
{
    // A download or copy that stopped halfway.
    const QString source = writeFile(u"whole.waymark"_s, loadTemplate());
    QVERIFY(!source.isEmpty());
    for (qint64 size : {qint64(100), qint64(4096), qint64(QFileInfo(source).size() / 2)}) {
        const QString file = path(u"truncated-%1.waymark"_s.arg(size));
        QVERIFY(QFile::copy(source, file));
        QVERIFY(QFile::resize(file, size));
        const QString expected = u"%1 is damaged: its schema cannot be read."_s.arg(quoted(file));
        auto v = WorkspaceStore::validate(file);
        QVERIFY2(!v, qPrintable(u"a file truncated to %1 bytes was accepted"_s.arg(size)));
        QCOMPARE(v.error().code, Error::Code::Corrupt);
        QCOMPARE(v.error().message, expected);
        for (auto mode : {Document::OpenMode::ReadWrite, Document::OpenMode::ReadOnly}) {
            auto doc = Document::open(file, mode);
            QVERIFY(!doc);
            QCOMPARE(doc.error().message, expected);
        }
    }
    QVERIFY2(QDir(WorkingCopy::directory()).entryList(QDir::Files).isEmpty(), "a refused file left a working copy");
}

// Migration ------------------------------------------------------------------------------

namespace {

/// What the version-1 file of writeVersion1File holds, with today's defaults for the
/// fields version 1 did not have.
Workspace version1Workspace()
{
    Workspace w;
    w.name = u"Gartenwelt 2023"_s;
    w.description = u"Früher erstellt"_s;
    Persona p;
    p.id = PersonaId(1);
    p.name = u"Jörg"_s;
    p.quote = u"Schnell!"_s;
    p.age = u"52"_s;
    p.occupation = u"Lehrer"_s;
    p.location = u"Köln"_s;
    p.segment = u"Hobby"_s;
    p.goals = {u"Zeit sparen"_s};
    p.channels = {u"web"_s};
    p.traits = {Trait{u"Technik"_s, 4}};
    p.color = u"#aa0000"_s;
    w.personas.append(p);
    Journey j;
    j.id = JourneyId(2);
    j.name = u"Kauf"_s;
    j.description = u"Online"_s;
    j.category = JourneyCategory::Onboarding;
    j.personaId = p.id;
    j.variant = JourneyVariant::AsIs;
    w.journeys.append(j);
    Stage s;
    s.id = StageId(3);
    s.journeyId = j.id;
    s.name = u"Suchen"_s;
    w.stages.append(s);
    Lane l;
    l.id = LaneId(4);
    l.journeyId = j.id;
    l.name = u"Kontaktpunkte"_s;
    l.laneKind = LaneKind::Touchpoints;
    w.lanes.append(l);
    Touchpoint t;
    t.id = TouchpointId(5);
    t.journeyId = j.id;
    t.stageId = s.id;
    t.laneId = l.id;
    t.title = u"Sucht im Shop"_s;
    t.channel = Channel::Web;
    t.assumedEmotion = -1;
    t.momentOfTruth = true;
    t.owner = u"E-Commerce"_s;
    t.severity = 2;
    w.touchpoints.append(t); // keywords empty, no targets
    Transition tr;
    tr.id = TransitionId(6);
    tr.journeyId = j.id;
    tr.from = t.id;
    tr.to = t.id;
    w.transitions.append(tr);
    return w;
}

} // namespace

void StoreTest::migratesVersion1FileForward()
{
    const QString file = writeVersion1File(u"version1.waymark"_s);
    QVERIFY2(!file.isEmpty(), "could not build the version-1 file");
    {
        RawDb raw(file, true);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s), u"1"_s);
        QVERIFY2(raw.scalar(u"SELECT variant FROM journey"_s).startsWith(u"<error"_s),
                 "precondition: version 1 has no journey.variant column");
    }
    QVERIFY(WorkspaceStore::validate(file));

    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadWrite);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
    QCOMPARE(SchemaMigrator((*store)->database()).version().value(), SchemaMigrator::currentVersion);
    auto loaded = (*store)->loadWorkspace();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    WM_COMPARE_WORKSPACE(*loaded, version1Workspace(), u"the migrated version-1 file"_s);
    auto data = WorkspaceData::fromStore(**store);
    QVERIFY(data);
    QCOMPARE(data->feedback.size(), 1);
    QCOMPARE(data->feedback[0].nps, std::optional<int>(9));
    QCOMPARE(data->feedback[0].csat, std::optional<int>());
    QCOMPARE(data->feedback[0].raw, (QStringList{u"r1"_s, u"9"_s}));
    QCOMPARE(attachmentList(data->attachments), QStringList{u"1→5"_s});

    // The new columns work after the migration.
    Journey toBe = loaded->journeys.items().first();
    toBe.variant = JourneyVariant::ToBe;
    Touchpoint card = loaded->touchpoints.items().first();
    card.keywords = {u"suche"_s};
    card.targets = {{u"nps"_s, 30.0}};
    QVERIFY((*store)->upsert(toBe, 0));
    QVERIFY((*store)->upsert(card, 0));
    // Version 5: a stage's width and a lane's height, 0 (automatic) after the migration.
    Stage stage = loaded->stages.items().first();
    Lane lane = loaded->lanes.items().first();
    QCOMPARE(stage.width, 0);
    QCOMPARE(lane.height, 0);
    stage.width = 420;
    lane.height = 260;
    // Version 7: a stage hidden on the canvas, shown after the migration.
    QVERIFY(!stage.hidden);
    stage.hidden = true;
    QVERIFY((*store)->upsert(stage, 0));
    QVERIFY((*store)->upsert(lane, 0));
    store->reset();

    auto reopened = WorkspaceStore::open(file, WorkspaceStore::Access::ReadWrite);
    QVERIFY(reopened);
    QCOMPARE(SchemaMigrator((*reopened)->database()).version().value(), SchemaMigrator::currentVersion);
    auto again = (*reopened)->loadWorkspace();
    QVERIFY(again);
    QCOMPARE(again->journeys.items().first().variant, JourneyVariant::ToBe);
    QCOMPARE(again->touchpoints.items().first(), card);
    QCOMPARE(again->stages.items().first(), stage);
    QCOMPARE(again->lanes.items().first(), lane);
}

// Version 6 rebuilds the feedback table: every row keeps its id and values, rows without
// a response id get their 64-bit row hash (of the cells kept in `raw`), every comment its
// sentiment, and the three lookup indexes re-import no longer needs are gone.
void StoreTest::migratesVersion5FeedbackToLeanVersion6()
{
    const QString file = path(u"version5.waymark"_s);
    {
        RawDb raw(file);
        QVERIFY(raw.isOpen());
        QVERIFY(SchemaMigrator(raw.db()).migrate(5));
        const char *rows[] = {
            "INSERT INTO feedback_source VALUES(1, 'Survey', 'generic', 'a.csv', '2025-01-01T00:00:00Z', '[\"A\",\"B\"]', '{}')",
            "INSERT INTO feedback_item(id, source_id, response_id, date, channel, segment, respondent_id, touchpoint,"
            " stage, nps, csat, csat_scale, ces, ces_scale, comment, raw, row_hash) VALUES"
            " (7, 1, 'r1', '2025-01-02', 'web', 'Pro', '', 'Checkout', 'Buy', 9, NULL, 5, NULL, 7,"
            "  'Great service, thank you!', '[\"r1\",\"9\"]', 'aaaa'),"
            " (9, 1, '', '2025-01-03', 'app', '', '', '', '', NULL, 2, 5, 6, 7, 'terrible, slow and broken',"
            "  '[\"\",\"2\"]', 'bbbb'),"
            " (12, 1, '', '', '', '', '', '', '', 3, NULL, 5, NULL, 7, '', '[\"\",\"3\"]', 'cccc')",
            "INSERT INTO attachment VALUES(7, 5), (9, 5)",
        };
        for (const char *sql : rows)
            QVERIFY2(raw.exec(QString::fromUtf8(sql)), sql);
    }
    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadWrite);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
    QCOMPARE(SchemaMigrator((*store)->database()).version().value(), SchemaMigrator::currentVersion);
    store->reset();

    RawDb raw(file, true);
    QCOMPARE(raw.scalar(u"SELECT group_concat(id) FROM feedback_item"_s), u"7,9,12"_s);
    QCOMPARE(raw.scalar(u"SELECT group_concat(raw, '|') FROM feedback_item"_s),
             u"[\"r1\",\"9\"]|[\"\",\"2\"]|[\"\",\"3\"]"_s);
    QCOMPARE(raw.scalar(u"SELECT group_concat(comment || '/' || csat || '/' || ces) FROM feedback_item WHERE id = 9"_s),
             u"terrible, slow and broken/2/6"_s);
    // The row hash: only for rows without a response id, an integer of the cells as JSON.
    QCOMPARE(raw.scalar(u"SELECT typeof(row_hash) FROM feedback_item WHERE id = 7"_s), u"null"_s);
    QCOMPARE(raw.scalar(u"SELECT typeof(row_hash) FROM feedback_item WHERE id = 9"_s), u"integer"_s);
    QCOMPARE(raw.scalar(u"SELECT row_hash FROM feedback_item WHERE id = 9"_s).toLongLong(),
             rowHash(QByteArrayView("[\"\",\"2\"]")));
    QVERIFY(raw.scalar(u"SELECT row_hash FROM feedback_item WHERE id = 12"_s).toLongLong()
            != raw.scalar(u"SELECT row_hash FROM feedback_item WHERE id = 9"_s).toLongLong());
    // The sentiment of each comment; NULL without one.
    QVERIFY(raw.scalar(u"SELECT sentiment FROM feedback_item WHERE id = 7"_s).toDouble() > 0.3);
    QVERIFY(raw.scalar(u"SELECT sentiment FROM feedback_item WHERE id = 9"_s).toDouble() < -0.3);
    QCOMPARE(raw.scalar(u"SELECT typeof(sentiment) FROM feedback_item WHERE id = 12"_s), u"null"_s);
    QCOMPARE(raw.scalar(u"SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"_s),
             u"feedback_by_source"_s);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM attachment"_s), u"2"_s);
    // Version 8: the attachments by touchpoint are a table of their own, filled from them.
    QCOMPARE(raw.scalar(u"SELECT group_concat(touchpoint_id || ':' || feedback_id) FROM attachment_by_touchpoint"_s),
             u"5:7,5:9"_s);
}

void StoreTest::opensOlderFileReadOnlyWithoutChangingIt_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << u"delete"_s;
    QTest::newRow("write-ahead log") << u"wal"_s;
}

void StoreTest::opensOlderFileReadOnlyWithoutChangingIt()
{
    // A colleague's old file on a read-only share, or one that is open elsewhere:
    // it must open read-only, and read-only must not upgrade it.
    QFETCH(QString, journalMode);
    const QString file = writeVersion1File(u"version1-readonly-%1.waymark"_s.arg(journalMode));
    QVERIFY(!file.isEmpty());
    {
        RawDb raw(file);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode = "_s + journalMode), journalMode);
    }
    const QByteArray before = fileHash(file);

    auto store = WorkspaceStore::open(file, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().text()));
    auto loaded = (*store)->loadWorkspace();
    QVERIFY2(loaded, qPrintable(u"a version-1 file opened read-only cannot be read: "_s
                                + (loaded ? QString() : loaded.error().text())));
    WM_COMPARE_WORKSPACE(*loaded, version1Workspace(), u"the version-1 file, read-only"_s);
    auto data = WorkspaceData::fromStore(**store);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().text()));
    QCOMPARE(data->feedback.size(), 1);
    store->reset();

    auto doc = Document::open(file, Document::OpenMode::ReadOnly);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().text()));
    WM_COMPARE_WORKSPACE((*doc)->workspace(), version1Workspace(), u"the version-1 document, read-only"_s);
    doc->reset();

    QCOMPARE(fileHash(file), before);
    RawDb raw(file, true);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s), u"1"_s);
}

// Snapshots ------------------------------------------------------------------------------

void StoreTest::snapshotIsACompleteStandaloneFile()
{
    WorkspaceData data = loadTemplate(u"insurance-claim"_s);
    addSampleFeedback(data, 200);
    const QString source = writeFile(u"source.waymark"_s, data);
    QVERIFY(!source.isEmpty());
    QTemporaryDir out;
    const QString target = out.filePath(u"Schadensfall – Kopie.waymark"_s);
    {
        auto store = WorkspaceStore::open(source, WorkspaceStore::Access::ReadWrite); // WAL mode, like a working copy
        QVERIFY(store);
        Persona p = data.workspace.personas.items().first();
        p.name = u"Uncommitted? No: written before the snapshot"_s;
        QVERIFY((*store)->upsert(p, 0));
        data.workspace.personas.replace(p);
        auto r = (*store)->snapshotTo(target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    } // closed here: the copy must stand on its own

    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(target).fileName()});
    {
        RawDb raw(target, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s), u"delete"_s);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(0x57594D4B));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), SchemaMigrator::currentVersion);
    }
    QFile header(target);
    QVERIFY(header.open(QIODevice::ReadOnly));
    const QByteArray h = header.read(100);
    QCOMPARE(int(h[18]), 1); // rollback journal, so it opens read-only anywhere
    QCOMPARE(int(h[19]), 1);

    auto copy = WorkspaceStore::open(target, WorkspaceStore::Access::ReadOnly);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().text()));
    auto back = WorkspaceData::fromStore(**copy);
    QVERIFY(back);
    WM_COMPARE_WORKSPACE(back->workspace, data.workspace, u"the snapshot"_s);
    QVERIFY(back->sources == data.sources);
    const QString diff = firstDifference(back->feedback, data.feedback);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(attachmentList(back->attachments), attachmentList(data.attachments));
}

void StoreTest::snapshotReplacesTheTargetAtomically()
{
    const QString target = writeFile(u"target.waymark"_s, loadTemplate(u"saas-onboarding"_s));
    QVERIFY(!target.isEmpty());
    const WorkspaceData newer = loadTemplate(u"ecommerce-purchase"_s);
    const QString source = writeFile(u"newer.waymark"_s, newer);
    QVERIFY(!source.isEmpty());

    // A reader that has the old file open keeps a consistent view of the old content.
    auto oldReader = WorkspaceStore::open(target, WorkspaceStore::Access::ReadOnly);
    QVERIFY(oldReader);
    const Workspace oldContent = (*oldReader)->loadWorkspace().value();
    {
        auto store = WorkspaceStore::open(source, WorkspaceStore::Access::ReadOnly);
        QVERIFY(store);
        auto r = (*store)->snapshotTo(target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text()));
    }
    WM_COMPARE_WORKSPACE((*oldReader)->loadWorkspace().value(), oldContent, u"the old file, still open"_s);
    auto fresh = WorkspaceStore::open(target, WorkspaceStore::Access::ReadOnly);
    QVERIFY(fresh);
    WM_COMPARE_WORKSPACE((*fresh)->loadWorkspace().value(), newer.workspace, u"the replaced file"_s);
    const QStringList temps = QDir(m_dir.path()).entryList({u".*.tmp*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(temps.isEmpty(), qPrintable(u"temporary files left behind: "_s + temps.join(u", "_s)));
}

void StoreTest::snapshotIntoMissingFolderFails()
{
    const QString source = writeFile(u"lonely.waymark"_s, loadTemplate());
    auto store = WorkspaceStore::open(source, WorkspaceStore::Access::ReadOnly);
    QVERIFY(store);
    const QString folder = path(u"no/such/folder"_s);
    auto r = (*store)->snapshotTo(folder + u"/x.waymark"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QCOMPARE(r.error().message, u"The folder %1 does not exist."_s.arg(quoted(folder)));
}

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
