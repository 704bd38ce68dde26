// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The promise of every import: a file that cannot be read, a cancel at any point and a
// dry run leave the workspace exactly as it was (compared as interchange JSON).
#include "ImportTestSupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace waymark;
using namespace waymark::test;

namespace {

/// The journey of the e-commerce template.
const QString kJourney = u"Buying garden products online (as-is)"_s;

} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<WorkspaceStore> newStore(bool fromTemplate = true) { return newImportStore(m_dir, m_stores, fromTemplate); }

private slots:
    void initTestCase() { prepareImportTests(m_dir); }

    void failedImportLeavesStoreUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<QString>("journey");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString tp = data(u"presets/touchpoints.csv"_s);
        QTest::newRow("--map to an unknown column")
            << tp << QStringList{u"csat=Stars"_s} << QString() << u"auto"_s << int(Error::Code::InvalidInput)
            << u"--map csat=Stars: “touchpoints.csv” has no column “Stars”. Columns: ResponseId, Touchpoint, Stage, NPS, Comment."_s;
        QTest::newRow("--map of an unknown field")
            << tp << QStringList{u"happiness=NPS"_s} << QString() << u"auto"_s << int(Error::Code::InvalidInput)
            << u"--map happiness=NPS: “happiness” is not a field. Fields: responseId, date, channel, segment, "
               "respondentId, touchpoint, stage, nps, csat, ces, comment (also rating for csat stars, persona for segment)."_s;
        QTest::newRow("missing file") << m_dir.filePath(u"nothere.csv"_s) << QStringList{} << QString() << u"auto"_s
                                      << int(Error::Code::NotFound)
                                      << u"“%1” does not exist."_s.arg(m_dir.filePath(u"nothere.csv"_s));
        QTest::newRow("unreadable file (a folder)")
            << m_dir.path() << QStringList{} << QString() << u"auto"_s << int(Error::Code::Io)
            << u"“%1” cannot be read"_s.arg(m_dir.path());
        QTest::newRow("unknown journey") << tp << QStringList{} << u"Moon landing"_s << u"auto"_s
                                         << int(Error::Code::InvalidInput)
                                         << u"There is no journey “Moon landing” in this workspace. Journeys: %1. Add "
                                            "--create-touchpoints to create it."_s.arg(kJourney);
        QTest::newRow("unknown preset") << tp << QStringList{} << QString() << u"medallia"_s
                                        << int(Error::Code::InvalidInput)
                                        << u"There is no preset “medallia”. Presets: auto, generic, qualtrics, "
                                           "surveymonkey, typeform, googleforms, zendesk, appstore, googleplay, trustpilot."_s;
        QTest::newRow("no answer columns") << data(u"csv/ragged.csv"_s) << QStringList{} << QString() << u"auto"_s
                                           << int(Error::Code::InvalidInput)
                                           << u"Nothing to import from “ragged.csv”: no NPS, CSAT, CES or comment column "
                                              "was recognised among a, b, c. Map one with --map nps=COLUMN (or csat, ces, "
                                              "comment)."_s;
        QTest::newRow("header only") << data(u"csv/header-only.csv"_s) << QStringList{} << QString() << u"auto"_s
                                     << int(Error::Code::InvalidInput)
                                     << u"“header-only.csv” has a header but no data rows: nothing was imported."_s;
        QTest::newRow("empty file") << data(u"csv/empty.csv"_s) << QStringList{} << QString() << u"auto"_s
                                    << int(Error::Code::InvalidInput)
                                    << u"“empty.csv” is empty: there are no rows to import."_s;
    }
    void failedImportLeavesStoreUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, maps);
        QFETCH(QString, journey);
        QFETCH(QString, preset);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto store = newStore();
        QVERIFY(FeedbackImporter::run(*store, data(u"presets/zendesk.csv"_s), ImportOptions()).ok());
        const QByteArray before = snapshot(*store);
        ImportOptions o;
        o.journey = journey;
        o.preset = preset;
        for (const QString &m : maps)
            o.overrides.append({m.section(u'=', 0, 0), m.section(u'=', 1)});
        auto report = FeedbackImporter::run(*store, file, o);
        QVERIFY(!report.ok());
        QCOMPARE(int(report.error().code), code);
        QVERIFY2(report.error().message.startsWith(message), qPrintable(report.error().message));
        QVERIFY(!store->inTransaction());
        QCOMPARE(snapshot(*store), before);
    }

    void cancelledImportLeavesStoreUnchanged_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::addColumn<bool>("createTouchpoints");
        QTest::newRow("at the first check") << 1 << false;
        QTest::newRow("after 5000 items were written") << 21 << false;
        // 6000 rows: 23 checks while reading, one after the last row.
        QTest::newRow("at the last check, with created touchpoints") << 24 << true;
    }
    void cancelledImportLeavesStoreUnchanged()
    {
        QFETCH(int, cancelAtCall);
        QFETCH(bool, createTouchpoints);
        // 6000 rows: items are written in batches of 5000, and progress is asked every 256.
        const QString big = m_dir.filePath(u"big.csv"_s);
        if (!QFile::exists(big)) {
            QByteArray bytes = "ResponseId,Touchpoint,Stage,NPS,Comment\n";
            for (int i = 1; i <= 6000; ++i)
                bytes += "B" + QByteArray::number(i) + (i % 2 ? ",Kiosk,In store," : ",Checkout,,") + QByteArray::number(i % 11)
                    + ",row " + QByteArray::number(i) + "\n";
            writeFile(big, bytes);
        }
        auto store = newStore();
        const QByteArray before = snapshot(*store);
        int calls = 0;
        qint64 lastTotal = 0;
        ImportOptions o;
        o.createTouchpoints = createTouchpoints;
        o.progress = [&](qint64 done, qint64 total) {
            ++calls;
            lastTotal = total;
            Q_UNUSED(done);
            return calls < cancelAtCall;
        };
        auto report = FeedbackImporter::run(*store, big, o);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(report.error().message, u"The import was cancelled; nothing was changed."_s);
        QCOMPARE(lastTotal, QFileInfo(big).size());
        QCOMPARE(calls, cancelAtCall);
        QCOMPARE(snapshot(*store), before);
        QCOMPARE(items(*store).size(), 0);
        // Not cancelled: the same import goes through.
        o.progress = [](qint64, qint64) { return true; };
        auto done = FeedbackImporter::run(*store, big, o);
        QVERIFY(done.ok());
        QCOMPARE(done->imported, 6000);
        QCOMPARE(done->createdTouchpoints, createTouchpoints ? 1 : 0);
    }

    void dryRunChangesNothing()
    {
        auto store = newStore();
        const QByteArray before = snapshot(*store);
        ImportOptions o;
        o.dryRun = true;
        o.createTouchpoints = true;
        auto report = FeedbackImporter::run(*store, sample(), o);
        QVERIFY(report.ok());
        QVERIFY(report->dryRun);
        QCOMPARE(report->imported, 3000);
        QCOMPARE(report->problemCount, 10);
        QCOMPARE(snapshot(*store), before);
        // A dry run reports what a real run does.
        o.dryRun = false;
        auto real = FeedbackImporter::run(*store, sample(), o);
        QCOMPARE(real->imported, report->imported);
        QCOMPARE(real->attached, report->attached);
        QCOMPARE(real->createdTouchpoints, report->createdTouchpoints);
        QCOMPARE(describe(real->problems), describe(report->problems));
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
