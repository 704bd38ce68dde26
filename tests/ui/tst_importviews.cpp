// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What an import creates (a journey, stages, a lane, touchpoints) reaches every view in
// one change per kind, and leaves them again with the undo.
#include "JourneyPageSupport.h"

#include "feedback/FeedbackBrowser.h"
#include "import/FeedbackImportJob.h"
#include "journey/CardItem.h"
#include "navigator/NavigatorModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString kCreateTouchpoints = QStringLiteral(WAYMARK_TEST_DATA "/import/presets/create-touchpoints.csv");

QStringList cardTitles(const JourneyScene *scene, const Workspace &w)
{
    QStringList titles;
    for (const CardItem *card : scene->cardItems())
        if (const Touchpoint *t = w.touchpoints.find(card->id()))
            titles << t->title;
    return titles;
}

QStringList journeyNames(const NavigatorModel &model)
{
    QStringList names;
    const QModelIndex group = model.groupIndex(EntityKind::Journey);
    for (int row = 0; row < model.rowCount(group); ++row)
        names << model.index(row, 0, group).data().toString();
    return names;
}

QStringList items(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

} // namespace

class TestImportViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JourneyEditorPage> m_page;
    JourneyId m_journey;
    std::unique_ptr<NavigatorModel> m_navigator;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<FeedbackBrowser> m_browser;

    bool import(const QString &journey)
    {
        FeedbackImportJob job(m_doc.get());
        QSignalSpy finished(&job, &FeedbackImportJob::finished);
        ImportOptions o;
        o.journey = journey;
        o.createTouchpoints = true;
        if (!job.start(kCreateTouchpoints, o) || !finished.wait(30000))
            return false;
        return job.succeeded() && job.report()->createdTouchpoints == 3;
    }

private slots:
    void initTestCase() { isolateUserFolders(m_home); }

    void init()
    {
        openTemplateJourney(m_doc, m_page, m_journey);
        if (QTest::currentTestFailed())
            return;
        m_navigator = std::make_unique<NavigatorModel>();
        m_navigator->setDocument(m_doc.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_navigator.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_browser = std::make_unique<FeedbackBrowser>();
        m_browser->setDocument(m_doc.get());
    }

    void cleanup()
    {
        m_browser.reset();
        m_tester.reset();
        m_navigator.reset();
        m_page.reset();
        if (m_doc)
            m_doc->close();
        m_doc.reset();
    }

    void cardsOfAnOpenJourneyAppearAndGo()
    {
        const QString journeyName = m_doc->workspace().journeys.find(m_journey)->name;
        const QStringList before = cardTitles(m_page->scene(), m_doc->workspace());
        QVERIFY(!before.isEmpty());
        QVERIFY(import(journeyName));
        m_page->scene()->relayoutNow();
        const QStringList after = cardTitles(m_page->scene(), m_doc->workspace());
        QCOMPARE(after.size(), before.size() + 3);
        for (const QString &title : {u"Welcome e-mail"_s, u"Account setup"_s, u"Dashboard"_s})
            QVERIFY2(after.contains(title), qPrintable(title));
        // Every card of the journey has its place on the grid.
        for (const CardItem *card : m_page->scene()->cardItems())
            QVERIFY(!m_page->scene()->cardRect(card->id()).isEmpty());

        m_doc->undoStack()->undo();
        m_page->scene()->relayoutNow();
        QCOMPARE(cardTitles(m_page->scene(), m_doc->workspace()), before);
        m_doc->undoStack()->redo();
        m_page->scene()->relayoutNow();
        QCOMPARE(cardTitles(m_page->scene(), m_doc->workspace()), after);
    }

    void newJourneyReachesNavigatorAndFilters()
    {
        const QStringList before = journeyNames(*m_navigator);
        const QStringList boxBefore = items(m_browser->journeyBox());
        QVERIFY(import(u"Onboarding from data"_s));
        QCOMPARE(journeyNames(*m_navigator), before + QStringList{u"Onboarding from data"_s});
        QCOMPARE(items(m_browser->journeyBox()), boxBefore + QStringList{u"Onboarding from data"_s});
        // Its stages and touchpoints are offered once the journey is chosen.
        m_browser->journeyBox()->setCurrentIndex(m_browser->journeyBox()->count() - 1);
        QCOMPARE(items(m_browser->stageBox()).mid(1), (QStringList{u"Onboarding"_s, u"Usage"_s}));
        QCOMPARE(items(m_browser->touchpointBox()).size(), 1 + 3);

        m_doc->undoStack()->undo();
        QCOMPARE(journeyNames(*m_navigator), before);
        QCOMPARE(items(m_browser->journeyBox()), boxBefore);
        m_doc->undoStack()->redo();
        QCOMPARE(journeyNames(*m_navigator), before + QStringList{u"Onboarding from data"_s});
        QCOMPARE(items(m_browser->journeyBox()), boxBefore + QStringList{u"Onboarding from data"_s});
    }
};

QTEST_MAIN(TestImportViews)
#include "tst_importviews.moc"
