// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into an open document: a worker thread, one undo step, and a workspace
// left exactly as it was by a failure, a cancel, an undo.
#include "AttachmentTables.h"
#include "CoreTestSupport.h"

#include "commands/AttachFeedbackCommand.h"
#include "commands/ImportFeedbackCommand.h"
#include "document/Document.h"
#include "import/FeedbackImportJob.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace waymark;
using namespace waymark::test;

namespace {

QByteArray interchange(const Document &document)
{
    auto data = WorkspaceData::fromStore(document.store());
    if (!data)
        return "cannot read: " + data.error().text().toUtf8();
    return InterchangeJson::write(*data);
}

qint64 feedbackCount(const Document &document)
{
    auto counts = document.store().counts();
    return counts ? counts->feedbackItems : -1;
}

/// Runs a job to its end; the event loop keeps running meanwhile.
bool runJob(FeedbackImportJob &job, const QString &file, const ImportOptions &options, bool cancelAtOnce = false)
{
    QSignalSpy finished(&job, &FeedbackImportJob::finished);
    if (!job.start(file, options))
        return false;
    if (cancelAtOnce)
        job.cancel();
    return finished.wait(30000);
}

const QString kSample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/ecommerce-feedback.csv");

/// Changes made on the document's own connection so far (SQLite's total_changes()).
qint64 changesOnDocumentThread(const Document &document)
{
    QSqlQuery q(document.store().database());
    return q.exec(u"SELECT total_changes()"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

/// A journey with two stages, a lane and three touchpoints, as an import creates them.
ImportedBatch newJourney(Document &document)
{
    ImportedBatch batch;
    Journey journey;
    journey.id = JourneyId(document.allocateId());
    journey.name = u"From the survey"_s;
    batch.journeys.append(journey);
    for (const QString &name : {u"Onboarding"_s, u"Usage"_s}) {
        Stage stage;
        stage.id = StageId(document.allocateId());
        stage.journeyId = journey.id;
        stage.name = name;
        batch.stages.append(stage);
    }
    Lane lane;
    lane.id = LaneId(document.allocateId());
    lane.journeyId = journey.id;
    lane.name = u"Touchpoints"_s;
    batch.lanes.append(lane);
    for (const QString &title : {u"Welcome e-mail"_s, u"Account setup"_s, u"Dashboard"_s}) {
        Touchpoint t;
        t.id = TouchpointId(document.allocateId());
        t.journeyId = journey.id;
        t.stageId = batch.stages.at(title == u"Dashboard"_s ? 1 : 0).id;
        t.laneId = lane.id;
        t.title = title;
        batch.touchpoints.append(t);
    }
    return batch;
}

/// Adds a batch's entities one by one (entityAdded for each) or each kind as one change
/// (Document::appendEntities); undo takes them away the same way.
class AddBatchCommand : public Command
{
public:
    enum class Way { OneByOne, Bulk };
    AddBatchCommand(Document *document, ImportedBatch batch, Way way)
        : Command(document, u"Add batch"_s), m_batch(std::move(batch)), m_way(way)
    {
    }
    void redo() override
    {
        add(m_batch.journeys);
        add(m_batch.stages);
        add(m_batch.lanes);
        add(m_batch.touchpoints);
    }
    void undo() override
    {
        take(m_batch.touchpoints);
        take(m_batch.lanes);
        take(m_batch.stages);
        take(m_batch.journeys);
    }

private:
    template <class T>
    void add(const QList<T> &entities)
    {
        if (m_way == Way::Bulk)
            return m_document->appendEntities(key(), entities);
        for (const T &entity : entities)
            m_document->insertEntity(key(), m_document->workspace().list<T>().size(), entity);
    }
    template <class T>
    void take(const QList<T> &entities)
    {
        QList<typename T::IdType> ids;
        for (auto it = entities.crbegin(); it != entities.crend(); ++it)
            ids.append(it->id);
        if (m_way == Way::Bulk) {
            QCOMPARE(m_document->takeEntities<T>(key(), ids), QList<T>(entities.crbegin(), entities.crend()));
            return;
        }
        for (const auto id : ids)
            m_document->takeEntity<T>(key(), id);
    }

    ImportedBatch m_batch;
    Way m_way;
};

/// Removes touchpoints from anywhere in the list, one by one or as one change.
class TakeTouchpointsCommand : public Command
{
public:
    TakeTouchpointsCommand(Document *document, QList<TouchpointId> ids, bool bulk)
        : Command(document, u"Take"_s), m_ids(std::move(ids)), m_bulk(bulk)
    {
    }
    void redo() override
    {
        if (m_bulk) {
            m_taken = m_document->takeEntities<Touchpoint>(key(), m_ids);
            return;
        }
        m_taken.clear();
        for (const TouchpointId id : std::as_const(m_ids))
            m_taken.append(m_document->takeEntity<Touchpoint>(key(), id));
    }
    void undo() override {} // not needed: the tests compare what redo left

private:
    QList<TouchpointId> m_ids;
    bool m_bulk;
    QList<Touchpoint> m_taken;
};

std::unique_ptr<Document> templateDocument()
{
    const WorkspaceData data = loadTemplate(u"ecommerce-purchase"_s);
    auto created = Document::create(&data);
    return created ? std::move(*created) : nullptr;
}

} // namespace

class TestImportFeedbackCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;

private slots:
    void initTestCase() { isolateUserFolders(m_home); }

    void init()
    {
        const WorkspaceData data = loadTemplate(u"ecommerce-purchase"_s);
        auto created = Document::create(&data);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
        m_doc = std::move(*created);
    }
    void cleanup()
    {
        if (m_doc)
            m_doc->close();
        m_doc.reset();
    }

    void importIsOneUndoStep()
    {
        const QByteArray before = interchange(*m_doc);
        const Workspace structure = m_doc->workspace();
        QSignalSpy feedbackChanged(m_doc.get(), &Document::feedbackChanged);
        QSignalSpy attachmentsChanged(m_doc.get(), &Document::attachmentsChanged);
        FeedbackImportJob job(m_doc.get());
        QVERIFY(runJob(job, kSample, {}));
        QVERIFY2(job.succeeded(), qPrintable(job.error().text()));
        QCOMPARE(job.report()->imported, 3000);
        QVERIFY(job.report()->attached > 0);
        QCOMPARE(feedbackCount(*m_doc), 3000);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->text(0), u"Import 3000 feedback item(s) from “ecommerce-feedback.csv”"_s);
        QCOMPARE(feedbackChanged.count(), 1);
        QCOMPARE(attachmentsChanged.count(), 1);
        QVERIFY(m_doc->isModified());
        const QByteArray imported = interchange(*m_doc);
        QCOMPARE(attachmentTablesDisagree(m_doc->store().database()), QString());

        m_doc->undoStack()->undo();
        QCOMPARE(feedbackCount(*m_doc), 0);
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(describeDifference(m_doc->workspace(), structure), QString());
        QCOMPARE(feedbackChanged.count(), 2);
        QCOMPARE(attachmentTablesDisagree(m_doc->store().database()), QString());

        m_doc->undoStack()->redo();
        QCOMPARE(interchange(*m_doc), imported);
        QCOMPARE(attachmentTablesDisagree(m_doc->store().database()), QString());
        m_doc->undoStack()->undo();
        QCOMPARE(interchange(*m_doc), before);
        m_doc->undoStack()->redo();
        QCOMPARE(interchange(*m_doc), imported);
    }

    void createdTouchpointsUndoWithTheImport()
    {
        const QByteArray before = interchange(*m_doc);
        const Workspace structure = m_doc->workspace();
        QSignalSpy added(m_doc.get(), &Document::entityAdded);
        QSignalSpy addedInBulk(m_doc.get(), &Document::entitiesAdded);
        QSignalSpy removedInBulk(m_doc.get(), &Document::entitiesRemoved);
        FeedbackImportJob job(m_doc.get());
        ImportOptions o;
        o.journey = u"Onboarding from data"_s;
        o.createTouchpoints = true;
        QVERIFY(runJob(job, QStringLiteral(WAYMARK_TEST_DATA "/import/presets/create-touchpoints.csv"), o));
        QVERIFY2(job.succeeded(), qPrintable(job.error().text()));
        QCOMPARE(job.report()->createdTouchpoints, 3);
        QCOMPARE(job.report()->attached, 4);
        // The document's model shows what the import created, as the working copy has it.
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
        QCOMPARE(m_doc->workspace().journeys.size(), structure.journeys.size() + 1);
        QCOMPARE(m_doc->workspace().touchpoints.size(), structure.touchpoints.size() + 3);
        // One announcement per kind, parents first, with every new id in order.
        QCOMPARE(added.count(), 0);
        QCOMPARE(addedInBulk.count(), 4);
        const auto announced = [&](int i) { return addedInBulk.at(i).at(0).value<EntityKind>(); };
        QCOMPARE(announced(0), EntityKind::Journey);
        QCOMPARE(announced(1), EntityKind::Stage);
        QCOMPARE(announced(2), EntityKind::Lane);
        QCOMPARE(announced(3), EntityKind::Touchpoint);
        QCOMPARE(addedInBulk.at(0).at(1).value<QList<qint64>>(), QList<qint64>{m_doc->workspace().journeys.items().last().id.value});
        QCOMPARE(addedInBulk.at(1).at(1).value<QList<qint64>>().size(), 2);
        QCOMPARE(addedInBulk.at(3).at(1).value<QList<qint64>>().size(), 3);
        const QByteArray imported = interchange(*m_doc);

        m_doc->undoStack()->undo();
        QCOMPARE(describeDifference(m_doc->workspace(), structure), QString());
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(removedInBulk.count(), 4);
        QCOMPARE(removedInBulk.at(0).at(0).value<EntityKind>(), EntityKind::Touchpoint);
        QCOMPARE(removedInBulk.at(3).at(0).value<EntityKind>(), EntityKind::Journey);
        QCOMPARE(added.count(), 0);
        m_doc->undoStack()->redo();
        QCOMPARE(interchange(*m_doc), imported);
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
        QCOMPARE(addedInBulk.count(), 8);
    }

    void documentTakesTheImportWithoutWriting()
    {
        // The import commits (and syncs) everything on its worker thread; taking it into
        // the document writes nothing more on the window's thread, so that thread never
        // waits for the disk. The working copy holds the import all the same.
        const qint64 changesBefore = changesOnDocumentThread(*m_doc);
        QVERIFY(changesBefore >= 0);
        FeedbackImportJob job(m_doc.get());
        ImportOptions o;
        o.journey = u"Onboarding from data"_s;
        o.createTouchpoints = true;
        QVERIFY(runJob(job, QStringLiteral(WAYMARK_TEST_DATA "/import/presets/create-touchpoints.csv"), o));
        QVERIFY2(job.succeeded(), qPrintable(job.error().text()));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(changesOnDocumentThread(*m_doc), changesBefore);
        QVERIFY(!m_doc->store().inTransaction());
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
        QCOMPARE(feedbackCount(*m_doc), 4);
        // Undo and redo do write (the store follows the document).
        m_doc->undoStack()->undo();
        QVERIFY(changesOnDocumentThread(*m_doc) > changesBefore);
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
        m_doc->undoStack()->redo();
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
        QCOMPARE(feedbackCount(*m_doc), 4);
    }

    void bulkAppendMatchesOneByOne()
    {
        auto oneByOne = templateDocument();
        auto bulk = templateDocument();
        QVERIFY(oneByOne && bulk);
        const QByteArray before = interchange(*bulk);
        QCOMPARE(interchange(*oneByOne), before);
        const ImportedBatch batch = newJourney(*bulk);
        QCOMPARE(newJourney(*oneByOne).touchpoints, batch.touchpoints); // the same ids
        QSignalSpy single(bulk.get(), &Document::entityAdded);
        QSignalSpy many(bulk.get(), &Document::entitiesAdded);
        QSignalSpy manyGone(bulk.get(), &Document::entitiesRemoved);
        oneByOne->execute(new AddBatchCommand(oneByOne.get(), batch, AddBatchCommand::Way::OneByOne));
        bulk->execute(new AddBatchCommand(bulk.get(), batch, AddBatchCommand::Way::Bulk));

        const QByteArray added = interchange(*bulk);
        QVERIFY(added != before);
        QCOMPARE(added, interchange(*oneByOne));
        QCOMPARE(describeDifference(bulk->workspace(), oneByOne->workspace()), QString());
        QCOMPARE(describeDifference(bulk->workspace(), *bulk->store().loadWorkspace()), QString());
        QVERIFY(!bulk->store().inTransaction()); // committed with the undo step
        QCOMPARE(single.count(), 0);
        QCOMPARE(many.count(), 4);
        QCOMPARE(many.at(3).at(1).value<QList<qint64>>(),
                 (QList<qint64>{batch.touchpoints[0].id.value, batch.touchpoints[1].id.value, batch.touchpoints[2].id.value}));
        QCOMPARE(bulk->allocateId(), oneByOne->allocateId()); // new ids go on after the batch

        for (Document *d : {oneByOne.get(), bulk.get()})
            d->undoStack()->undo();
        QCOMPARE(interchange(*bulk), before);
        QCOMPARE(interchange(*oneByOne), before);
        QCOMPARE(describeDifference(bulk->workspace(), oneByOne->workspace()), QString());
        QCOMPARE(manyGone.count(), 4);
        QCOMPARE(manyGone.at(0).at(1).value<QList<qint64>>(),
                 (QList<qint64>{batch.touchpoints[2].id.value, batch.touchpoints[1].id.value, batch.touchpoints[0].id.value}));

        for (Document *d : {oneByOne.get(), bulk.get()})
            d->undoStack()->redo();
        QCOMPARE(interchange(*bulk), added);
        QCOMPARE(interchange(*oneByOne), added);
        QCOMPARE(describeDifference(bulk->workspace(), *bulk->store().loadWorkspace()), QString());
        for (Document *d : {oneByOne.get(), bulk.get()})
            d->close();
    }

    void bulkTakeFromTheMiddleKeepsPositions()
    {
        auto oneByOne = templateDocument();
        auto bulk = templateDocument();
        QVERIFY(oneByOne && bulk);
        const auto &touchpoints = bulk->workspace().touchpoints.items();
        QVERIFY(touchpoints.size() >= 5);
        // The second and the first: the rest move up, their positions are written again.
        const QList<TouchpointId> ids{touchpoints.at(1).id, touchpoints.at(0).id};
        QSignalSpy gone(bulk.get(), &Document::entitiesRemoved);
        oneByOne->execute(new TakeTouchpointsCommand(oneByOne.get(), ids, false));
        bulk->execute(new TakeTouchpointsCommand(bulk.get(), ids, true));
        QCOMPARE(interchange(*bulk), interchange(*oneByOne));
        QCOMPARE(describeDifference(bulk->workspace(), oneByOne->workspace()), QString());
        QCOMPARE(describeDifference(bulk->workspace(), *bulk->store().loadWorkspace()), QString());
        QCOMPARE(gone.count(), 1);
        QCOMPARE(gone.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{ids[0].value, ids[1].value}));
        for (Document *d : {oneByOne.get(), bulk.get()})
            d->close();
    }

    void laterEditsUndoFirst()
    {
        FeedbackImportJob job(m_doc.get());
        QVERIFY(runJob(job, kSample, {}));
        QVERIFY(job.succeeded());
        const QByteArray imported = interchange(*m_doc);
        auto pairs = m_doc->store().attachments();
        QVERIFY(pairs && !pairs->isEmpty());
        m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Detach, {pairs->first()}));
        QCOMPARE(m_doc->store().attachments()->size(), pairs->size() - 1);
        m_doc->undoStack()->undo(); // the detach
        m_doc->undoStack()->undo(); // the import
        QCOMPARE(feedbackCount(*m_doc), 0);
        QCOMPARE(m_doc->store().attachments()->size(), 0);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->store().attachments()->size(), pairs->size() - 1);
        m_doc->undoStack()->undo();
        QCOMPARE(interchange(*m_doc), imported);
    }

    void reimportAddsNothing()
    {
        FeedbackImportJob job(m_doc.get());
        QVERIFY(runJob(job, kSample, {}));
        const QByteArray imported = interchange(*m_doc);
        QVERIFY(runJob(job, kSample, {}));
        QVERIFY(job.succeeded());
        QCOMPARE(job.report()->imported, 0);
        QCOMPARE(job.report()->duplicates, 3000);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(interchange(*m_doc), imported);
    }

    void cancelledImportChangesNothing()
    {
        FeedbackImportJob first(m_doc.get());
        QVERIFY(runJob(first, QStringLiteral(WAYMARK_TEST_DATA "/import/presets/touchpoints.csv"), {}));
        const QByteArray before = interchange(*m_doc);
        const int steps = m_doc->undoStack()->count();
        FeedbackImportJob job(m_doc.get());
        ImportOptions o;
        o.createTouchpoints = true;
        QVERIFY(runJob(job, kSample, o, true));
        QVERIFY(!job.succeeded());
        QVERIFY(job.wasCancelled());
        QCOMPARE(job.error().message, u"The import was cancelled; nothing was changed."_s);
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void failedImportChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"/nonexistent/export.csv"_s << u"“/nonexistent/export.csv” does not exist."_s;
        QTest::newRow("header only") << QStringLiteral(WAYMARK_TEST_DATA "/import/csv/header-only.csv") << QString();
        QTest::newRow("empty") << QStringLiteral(WAYMARK_TEST_DATA "/import/csv/empty.csv") << QString();
    }
    void failedImportChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QByteArray before = interchange(*m_doc);
        FeedbackImportJob job(m_doc.get());
        ImportOptions o;
        o.createTouchpoints = true;
        QVERIFY(runJob(job, file, o));
        QVERIFY(!job.succeeded());
        QVERIFY(!job.wasCancelled());
        QVERIFY(!job.error().message.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(job.error().message, message);
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void dryRunChangesNothing()
    {
        const QByteArray before = interchange(*m_doc);
        FeedbackImportJob job(m_doc.get());
        ImportOptions o;
        o.dryRun = true;
        QVERIFY(runJob(job, kSample, o));
        QVERIFY(job.succeeded());
        QCOMPARE(job.report()->imported, 3000);
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportFeedbackCommand)
#include "tst_importfeedbackcommand.moc"
