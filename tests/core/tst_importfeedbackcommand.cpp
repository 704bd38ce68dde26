// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into an open document: a worker thread, one undo step, and a workspace
// left exactly as it was by a failure, a cancel, an undo.
#include "CoreTestSupport.h"

#include "commands/AttachFeedbackCommand.h"
#include "commands/ImportFeedbackCommand.h"
#include "document/Document.h"
#include "import/FeedbackImportJob.h"

#include <QSignalSpy>

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

        m_doc->undoStack()->undo();
        QCOMPARE(feedbackCount(*m_doc), 0);
        QCOMPARE(interchange(*m_doc), before);
        QCOMPARE(describeDifference(m_doc->workspace(), structure), QString());
        QCOMPARE(feedbackChanged.count(), 2);

        m_doc->undoStack()->redo();
        QCOMPARE(interchange(*m_doc), imported);
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
        QVERIFY(added.count() >= 1 + 2 + 1 + 3); // journey, stages, lane, touchpoints
        const QByteArray imported = interchange(*m_doc);

        m_doc->undoStack()->undo();
        QCOMPARE(describeDifference(m_doc->workspace(), structure), QString());
        QCOMPARE(interchange(*m_doc), before);
        m_doc->undoStack()->redo();
        QCOMPARE(interchange(*m_doc), imported);
        QCOMPARE(describeDifference(m_doc->workspace(), *m_doc->store().loadWorkspace()), QString());
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
