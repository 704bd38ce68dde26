// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The stage and lane headers of the journey canvas, driven with real mouse and key events
// on the view: renaming in place, and what the headers show while they are edited.
#include "journey/HeaderEditor.h"
#include "JourneyPageSupport.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "journey/JourneyStyle.h"
#include "journey/JourneyView.h"

#include "document/Document.h"
#include "interchange/TemplateLibrary.h"

#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <memory>

using namespace waymark;

class TestJourneyHeaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void doubleClickRenamesStageInPlaceAsOneUndoStep();
    void clickSelectsLaneHeaderAndF2RenamesIt();
    void escapeCancelsAndEmptyNameKeepsTheOld();
    void clickElsewhereCommitsAndEditorFollowsScrolling();
    void editorIsDrawnOnItsHeader();

private:
    Document *doc() const { return m_doc.get(); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    JourneyScene *scene() const { return m_page->scene(); }
    JourneyView *view() const { return m_page->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    QString stageName(StageId id) const { return doc()->workspace().stages.find(id)->name; }
    QString laneName(LaneId id) const { return doc()->workspace().lanes.find(id)->name; }
    void type(const QString &text);

    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JourneyEditorPage> m_page;
    JourneyId m_journey;
};

void TestJourneyHeaders::initTestCase()
{
    test::isolateUserFolders(m_home);
}

void TestJourneyHeaders::init()
{
    test::openTemplateJourney(m_doc, m_page, m_journey);
    if (QTest::currentTestFailed())
        return;
    view()->setZoom(0.6);
}

void TestJourneyHeaders::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

void TestJourneyHeaders::type(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 128) {
            QTest::keyClick(view(), char(c.unicode()));
            continue;
        }
        const QString one = c.isHighSurrogate() && i + 1 < text.size() ? text.mid(i++, 2) : QString(c);
        QTest::sendKeyEvent(QTest::Click, view(), Qt::Key_unknown, one, Qt::NoModifier);
    }
}

// ---------------------------------------------------------------------------------------

void TestJourneyHeaders::doubleClickRenamesStageInPlaceAsOneUndoStep()
{
    const StageId stage = scene()->journeyLayout().columns[1].id;
    const QString before = stageName(stage);
    QCOMPARE(before, QStringLiteral("Consider"));
    const int index = stack()->index();
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->stageHeaderRect(stage).center());
    HeaderEditor *editor = view()->headerEditor();
    QVERIFY(editor);
    QCOMPARE(editor->part(), HeaderEditor::Part::Stage);
    QCOMPARE(editor->name(), before);
    QVERIFY(editor->hasFocus());
    // The whole name is selected: typing replaces it (umlauts too), Enter commits.
    QCOMPARE(editor->textCursor().selectedText(), before);
    type(QStringLiteral("Vergleichen & wählen"));
    QCOMPARE(editor->name(), QStringLiteral("Vergleichen & wählen"));
    QCOMPARE(stageName(stage), before); // nothing changes before Enter
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(!view()->headerEditor());
    QCOMPARE(stageName(stage), QStringLiteral("Vergleichen & wählen"));
    QCOMPARE(stack()->index(), index + 1);
    QVERIFY2(stack()->undoText().contains(QStringLiteral("Rename")), qPrintable(stack()->undoText()));
    // The canvas keeps the keyboard: the header is still selected.
    QVERIFY(view()->hasFocus());
    QCOMPARE(view()->selectedStage(), stage);
    stack()->undo();
    QCOMPARE(stageName(stage), before);
}

void TestJourneyHeaders::clickSelectsLaneHeaderAndF2RenamesIt()
{
    const LaneId lane = scene()->journeyLayout().rows[2].id;
    const QString before = laneName(lane);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, view()->laneHeaderRect(lane).center());
    QCOMPARE(view()->selectedLane(), lane);
    QVERIFY(!view()->selectedStage().isValid());
    QVERIFY(!view()->headerEditor());
    QTest::keyClick(view(), Qt::Key_F2);
    QVERIFY(view()->headerEditor());
    QCOMPARE(view()->headerEditor()->part(), HeaderEditor::Part::Lane);
    QCOMPARE(view()->headerEditor()->name(), before);
    // Keys that would act on the canvas edit the name: End, then more text; Space types.
    QTest::keyClick(view(), Qt::Key_End);
    type(QStringLiteral(" of the customer"));
    QTest::keyClick(view(), Qt::Key_Enter);
    QTRY_VERIFY(!view()->headerEditor());
    QCOMPARE(laneName(lane), before + QStringLiteral(" of the customer"));
    // Enter on the selected header opens it again; a click on the canvas clears the selection.
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(view()->headerEditor());
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!view()->headerEditor());
    const auto &l = scene()->journeyLayout();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, view()->mapFromScene(l.cellRect(0, 4).center()));
    QVERIFY(!view()->selectedLane().isValid());
}

void TestJourneyHeaders::escapeCancelsAndEmptyNameKeepsTheOld()
{
    const StageId stage = scene()->journeyLayout().columns[0].id;
    const QString before = stageName(stage);
    const int index = stack()->index();
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->stageHeaderRect(stage).center());
    QVERIFY(view()->headerEditor());
    type(QStringLiteral("Entdecken"));
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!view()->headerEditor());
    QCOMPARE(stageName(stage), before);
    QCOMPARE(stack()->index(), index);

    // Deleting the whole name and pressing Enter leaves the name as it was.
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->stageHeaderRect(stage).center());
    QVERIFY(view()->headerEditor());
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(view()->headerEditor()->name(), QString());
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(!view()->headerEditor());
    QCOMPARE(stageName(stage), before);
    QCOMPARE(stack()->index(), index);
}

void TestJourneyHeaders::clickElsewhereCommitsAndEditorFollowsScrolling()
{
    view()->setZoom(1.0);
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->minimum());
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->minimum());
    const auto &l = scene()->journeyLayout();
    const LaneId lane = l.rows[1].id;
    const StageId stage = l.columns[2].id;
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->laneHeaderRect(lane).center());
    QVERIFY(view()->headerEditor());
    type(QStringLiteral("Kontaktpunkte"));
    // Scrolling sideways: the lane column stays where it is, and so does its editor.
    const QRect onScreen = view()->mapFromScene(view()->headerEditor()->cell()).boundingRect();
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->value() + 300);
    QCOMPARE(view()->mapFromScene(view()->headerEditor()->cell()).boundingRect(), onScreen);
    QVERIFY(view()->headerEditor()->hasFocus());
    // A click on another header commits the name and selects that header.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, view()->stageHeaderRect(stage).center());
    QTRY_VERIFY(!view()->headerEditor());
    QCOMPARE(laneName(lane), QStringLiteral("Kontaktpunkte"));
    QCOMPARE(view()->selectedStage(), stage);
    QVERIFY(!view()->selectedLane().isValid());
}

void TestJourneyHeaders::editorIsDrawnOnItsHeader()
{
    const StageId stage = scene()->journeyLayout().columns[3].id;
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->stageHeaderRect(stage).center());
    QVERIFY(view()->headerEditor());
    type(QStringLiteral("Liefern"));
    QTest::qWait(20);
    const QImage shot = viewport()->grab().toImage();
    const QRect header = view()->stageHeaderRect(stage);
    const QColor highlight = view()->palette().color(QPalette::Highlight);
    const QColor fill(doc()->workspace().stages.find(stage)->color);
    const QColor ink = JourneyStyle::textOn(fill);
    int frame = 0, background = 0, text = 0;
    for (int y = header.top(); y <= header.bottom(); ++y)
        for (int x = header.left(); x <= header.right(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            const auto near = [&c](const QColor &k, int tolerance) {
                return qAbs(c.red() - k.red()) <= tolerance && qAbs(c.green() - k.green()) <= tolerance
                    && qAbs(c.blue() - k.blue()) <= tolerance;
            };
            frame += near(highlight, 10);
            background += near(fill, 4);
            text += near(ink, 40);
        }
    // The highlight frame runs around the header, the header's colour is behind the text,
    // and the typed name is drawn over the band (not hidden beneath it).
    QVERIFY2(frame > 2 * header.width(), qPrintable(QString::number(frame)));
    QVERIFY(background > header.width() * header.height() / 3);
    QVERIFY2(text > 20, qPrintable(QString::number(text)));
    if (const QByteArray dir = qgetenv("WAYMARK_SHOT_DIR"); !dir.isEmpty())
        shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/journey-header-editor.png"));
}

QTEST_MAIN(TestJourneyHeaders)
#include "tst_journeyheaders.moc"
