// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The journey canvas driven like a facilitator drives it: mouse events on the view's
// viewport, keys on the view, the clipboard, and the document's undo stack.
#include "journey/CardEditor.h"
#include "journey/CardItem.h"
#include "journey/CardPanel.h"
#include "journey/EmotionCurveItem.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "journey/JourneyStyle.h"
#include "journey/JourneyView.h"
#include "journey/TransitionItem.h"

#include "commands/EditCommand.h"
#include "commands/InsertCommand.h"
#include "commands/JourneyEdits.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/ClipboardFragment.h"
#include "interchange/TemplateLibrary.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <memory>

using namespace waymark;

class TestJourneyScene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sceneMirrorsDocument();
    void itemsFollowCommandsAndUndo();
    void dragBetweenCellsIsOneUndoStep();
    void multiSelectDragIsOneUndoStep();
    void typingIntoSelectedCellCreatesCard();
    void enterEditsInPlaceAndTabMovesOn();
    void deleteDuplicateAndArrowKeys();
    void copyPasteRoundTripsThroughInterchangeJson();
    void pasteIntoAnotherWorkspace();
    void stageAndLaneReorderUndo();
    void laneHideResizeAndRecolourUndo();
    void stageHideAndShowUndo();
    void transitionDrawnFromHandle();
    void emotionPointDragIsOneUndoStep();
    void feedbackDropAttachesAsOneStep();
    void propertyPanelEditsEveryField();
    void toBeVersionSideBySide();

private:
    Document *doc() const { return m_doc.get(); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    JourneyScene *scene() const { return m_page->scene(); }
    JourneyView *view() const { return m_page->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    const Touchpoint &card(TouchpointId id) const { return *m_doc->workspace().touchpoints.find(id); }
    TouchpointId cardTitled(const QString &title) const;
    QPoint at(QPointF scenePos) const { return view()->mapFromScene(scenePos); }
    QPointF centerOf(TouchpointId id) const { return scene()->cardRect(id).center(); }
    QPointF cellCenter(int column, int row) const;
    void drag(const QList<QPointF> &path, Qt::KeyboardModifiers modifiers = {});
    void type(const QString &text);
    void showAll();

    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<JourneyEditorPage> m_page;
    JourneyId m_journey;
};

void TestJourneyScene::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
}

void TestJourneyScene::init()
{
    auto data = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
    QVERIFY(data.ok());
    FeedbackSource source;
    source.id = FeedbackSourceId(9001);
    source.name = QStringLiteral("Spring survey");
    source.preset = QStringLiteral("generic");
    source.fileName = QStringLiteral("survey.csv");
    source.importedAt = QStringLiteral("2024-05-01T10:00:00Z");
    data->sources.append(source);
    for (qint64 id : {9101, 9102}) {
        FeedbackItem f;
        f.id = FeedbackItemId(id);
        f.sourceId = source.id;
        f.responseId = QStringLiteral("r%1").arg(id);
        f.date = QStringLiteral("2024-04-02");
        f.comment = QStringLiteral("Zahlung abgelehnt");
        f.nps = 3;
        data->feedback.append(f);
    }
    auto created = Document::create(&*data);
    QVERIFY(created.ok());
    m_doc = std::move(*created);
    m_journey = m_doc->workspace().journeys.items().first().id;
    m_page = std::make_unique<JourneyEditorPage>(m_doc.get(), m_journey.value);
    m_page->refreshNow();
    m_page->resize(1600, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    showAll();
}

void TestJourneyScene::showAll()
{
    scene()->relayoutNow();
    view()->setZoom(0.4);
    QTRY_VERIFY(view()->mapToScene(viewport()->rect()).boundingRect().contains(scene()->journeyLayout().gridRect()));
}

void TestJourneyScene::cleanup()
{
    if (auto *popup = QApplication::activePopupWidget())
        popup->close();
    m_page.reset();
    m_doc.reset();
}

TouchpointId TestJourneyScene::cardTitled(const QString &title) const
{
    for (const Touchpoint &t : m_doc->workspace().touchpoints)
        if (t.journeyId == m_journey && t.title == title)
            return t.id;
    return {};
}

QPointF TestJourneyScene::cellCenter(int column, int row) const
{
    return scene()->journeyLayout().cellRect(column, row).center();
}

void TestJourneyScene::drag(const QList<QPointF> &path, Qt::KeyboardModifiers modifiers)
{
    QPoint last = at(path.first());
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, last);
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QPoint next = at(path[i]);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(viewport(), last + (next - last) * step / 8);
        last = next;
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, last);
}

void TestJourneyScene::type(const QString &text)
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

void TestJourneyScene::sceneMirrorsDocument()
{
    const Workspace &w = doc()->workspace();
    const auto &l = scene()->journeyLayout();
    QCOMPARE(l.columns.size(), w.stages.children(m_journey.value).size());
    QCOMPARE(l.rows.size(), w.lanes.children(m_journey.value).size());
    QCOMPARE(scene()->cardItems().size(), w.touchpoints.children(m_journey.value).size());
    for (const Touchpoint &t : w.touchpoints.children(m_journey.value)) {
        const QRectF cell = l.cellRect(l.columnOf(t.stageId), l.rowOf(t.laneId));
        QVERIFY2(cell.contains(scene()->cardRect(t.id)), qPrintable(t.title));
        QCOMPARE(scene()->cardItem(t.id)->isTouchpoint(), w.lanes.find(t.laneId)->laneKind == LaneKind::Touchpoints);
    }
    // Cards of one cell never overlap.
    const auto items = scene()->cardItems();
    for (int i = 0; i < items.size(); ++i)
        for (int j = i + 1; j < items.size(); ++j)
            QVERIFY(!scene()->cardRect(items[i]->id()).intersects(scene()->cardRect(items[j]->id())));
    int arrows = 0;
    for (const Transition &t : w.transitions.children(m_journey.value)) {
        QVERIFY(scene()->transitionItem(t.id));
        ++arrows;
    }
    QCOMPARE(arrows, 22);
    QCOMPARE(scene()->transitionItem(w.transitions.children(m_journey.value).first().id)->label(), QLocale().toString(6000));
    // The emotion curve has a point per touchpoint, at its assumed emotion.
    QCOMPARE(scene()->emotionCurve()->points().size(), 14);
    QCOMPARE(scene()->emotionCurve()->points().first().assumed, std::optional<double>(0));
}

void TestJourneyScene::itemsFollowCommandsAndUndo()
{
    const auto &l = scene()->journeyLayout();
    Touchpoint t;
    t.id = TouchpointId(doc()->allocateId());
    t.journeyId = m_journey;
    t.stageId = l.columns[2].id;
    t.laneId = l.rows[4].id;
    t.title = QStringLiteral("Coupon code rejected");
    doc()->execute(JourneyEdits::addCard(doc(), t));
    QVERIFY(scene()->cardItem(t.id));
    scene()->relayoutNow();
    QVERIFY(l.cellRect(2, 4).contains(scene()->cardRect(t.id)));
    // Move through a command: the item follows.
    Touchpoint moved = t;
    moved.stageId = l.columns[4].id;
    doc()->execute(new EditCommand<Touchpoint>(doc(), moved, QStringLiteral("move")));
    scene()->relayoutNow();
    QVERIFY(l.cellRect(4, 4).contains(scene()->cardRect(t.id)));
    stack()->undo();
    scene()->relayoutNow();
    QVERIFY(l.cellRect(2, 4).contains(scene()->cardRect(t.id)));
    doc()->execute(JourneyEdits::removeCards(doc(), {t.id}));
    QVERIFY(!scene()->cardItem(t.id));
    stack()->undo();
    QVERIFY(scene()->cardItem(t.id));
    stack()->undo();
    QVERIFY(!scene()->cardItem(t.id));
}

void TestJourneyScene::dragBetweenCellsIsOneUndoStep()
{
    const TouchpointId id = cardTitled(QStringLiteral("Checkout"));
    QVERIFY(id.isValid());
    const Touchpoint before = card(id);
    const auto &l = scene()->journeyLayout();
    const int startCount = stack()->count();
    // Purchase → Deliver → Use, released in Use: a whole drag across cells.
    drag({centerOf(id), cellCenter(3, 1), cellCenter(4, 1) + QPointF(0, 60)});
    QCOMPARE(stack()->count(), startCount + 1);
    QCOMPARE(card(id).stageId, l.columns[4].id);
    QCOMPARE(card(id).laneId, before.laneId);
    QVERIFY(stack()->undoText().contains(QStringLiteral("Checkout")));
    scene()->relayoutNow();
    QVERIFY(l.cellRect(4, 1).contains(scene()->cardRect(id)));
    stack()->undo();
    QCOMPARE(card(id), before);
    QCOMPARE(doc()->workspace().touchpoints.indexOf(id), doc()->workspace().touchpoints.indexOf(id));
    // A drag that ends where it started changes nothing.
    scene()->relayoutNow();
    const QPointF c = centerOf(id);
    drag({c, c + QPointF(0, 200), c});
    QCOMPARE(stack()->count(), startCount + 1);
    QCOMPARE(stack()->index(), startCount);
}

void TestJourneyScene::multiSelectDragIsOneUndoStep()
{
    const TouchpointId a = cardTitled(QStringLiteral("Search ad"));
    const TouchpointId b = cardTitled(QStringLiteral("Social media post"));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(centerOf(a)));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ShiftModifier, at(centerOf(b)));
    QCOMPARE(scene()->selectedCardIds(), (QList<TouchpointId>{a, b}));
    const int count = stack()->count();
    drag({centerOf(b), cellCenter(1, 1) + QPointF(0, 100), cellCenter(1, 2)});
    QCOMPARE(stack()->count(), count + 1);
    const auto &l = scene()->journeyLayout();
    QCOMPARE(card(a).stageId, l.columns[1].id);
    QCOMPARE(card(a).laneId, l.rows[2].id);
    QCOMPARE(card(b).laneId, l.rows[2].id);
    QVERIFY(stack()->undoText().contains(QStringLiteral("2 cards")));
    stack()->undo();
    QCOMPARE(card(a).laneId, l.rows[1].id);
    QCOMPARE(card(a).stageId, l.columns[0].id);

    // Rubber band from an empty spot selects several cards.
    scene()->clearSelection();
    const QRectF cell = l.cellRect(0, 1);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, at(cell.topLeft() + QPointF(3, 3)));
    QTest::mouseMove(viewport(), at(cell.center()));
    QTest::mouseMove(viewport(), at(cell.bottomRight() - QPointF(3, 3)));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(cell.bottomRight() - QPointF(3, 3)));
    QCOMPARE(scene()->selectedCardIds().size(), 2);
}

void TestJourneyScene::typingIntoSelectedCellCreatesCard()
{
    const auto &l = scene()->journeyLayout();
    // The Emotions lane of "Discover" has no cards: click it, then type.
    const int emotions = 3;
    QCOMPARE(l.rows[emotions].kind, LaneKind::Emotions);
    const QRectF cell = l.cellRect(0, 4);
    view()->setFocus();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, at(QPointF(cell.right() - 10, cell.bottom() - 10)));
    QCOMPARE(scene()->currentStage(), l.columns[0].id);
    QCOMPARE(scene()->currentLane(), l.rows[4].id);
    const int count = stack()->count();
    type(QStringLiteral("Größe unklar 🌱"));
    QVERIFY(scene()->editor());
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(stack()->count(), count + 1);
    const TouchpointId id = cardTitled(QStringLiteral("Größe unklar 🌱"));
    QVERIFY(id.isValid());
    QCOMPARE(card(id).stageId, l.columns[0].id);
    QCOMPARE(card(id).laneId, l.rows[4].id);
    QCOMPARE(scene()->selectedCardIds(), QList<TouchpointId>{id});
    stack()->undo();
    QVERIFY(!cardTitled(QStringLiteral("Größe unklar 🌱")).isValid());
}

void TestJourneyScene::enterEditsInPlaceAndTabMovesOn()
{
    const TouchpointId id = cardTitled(QStringLiteral("Payment"));
    scene()->selectCards({id});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(scene()->editor());
    QCOMPARE(scene()->editor()->cardId(), id);
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Zahlung"));
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(card(id).title, QStringLiteral("Payment")); // Esc cancels
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(scene()->editor());
    type(QStringLiteral(" (PSP)"));
    QTest::keyClick(view(), Qt::Key_Tab);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(card(id).title, QStringLiteral("Payment (PSP)"));
    QCOMPARE(stack()->undoText(), QStringLiteral("Edit card “Payment (PSP)”"));
    // Tab moved on to the next cell, right of Purchase.
    const auto &l = scene()->journeyLayout();
    QCOMPARE(scene()->currentStage(), l.columns[3].id);
    QCOMPARE(scene()->currentLane(), l.rows[1].id);
    // Double-click edits too.
    scene()->relayoutNow();
    const QPoint p = at(centerOf(id));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, p);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, p);
    QVERIFY(scene()->editor());
    QCOMPARE(scene()->editor()->cardId(), id);
    scene()->cancelEdit();
}

void TestJourneyScene::deleteDuplicateAndArrowKeys()
{
    const TouchpointId cart = cardTitled(QStringLiteral("Shopping cart"));
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    scene()->selectCards({cart});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(scene()->selectedCardIds(), QList<TouchpointId>{checkout});
    QTest::keyClick(view(), Qt::Key_Up);
    QCOMPARE(scene()->selectedCardIds(), QList<TouchpointId>{cart});
    QTest::keyClick(view(), Qt::Key_Right);
    const TouchpointId right = scene()->selectedCardIds().value(0);
    QCOMPARE(card(right).stageId, scene()->journeyLayout().columns[3].id);

    const int cards = int(doc()->workspace().touchpoints.size());
    const int transitions = int(doc()->workspace().transitions.size());
    scene()->selectCards({checkout});
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(int(doc()->workspace().touchpoints.size()), cards + 1);
    const TouchpointId copy = scene()->selectedCardIds().value(0);
    QVERIFY(copy != checkout);
    QCOMPARE(card(copy).title, QStringLiteral("Checkout"));
    QCOMPARE(doc()->workspace().touchpoints.indexOf(copy), doc()->workspace().touchpoints.indexOf(checkout) + 1);
    stack()->undo();
    scene()->selectCards({checkout});
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(int(doc()->workspace().touchpoints.size()), cards - 1);
    QVERIFY(int(doc()->workspace().transitions.size()) < transitions);
    QCOMPARE(stack()->undoText(), QStringLiteral("Delete card “Checkout”"));
    stack()->undo();
    QCOMPARE(int(doc()->workspace().transitions.size()), transitions);
    QVERIFY(scene()->cardItem(checkout));
}

void TestJourneyScene::copyPasteRoundTripsThroughInterchangeJson()
{
    const TouchpointId cart = cardTitled(QStringLiteral("Shopping cart"));
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    scene()->selectCards({cart, checkout});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(QString::fromLatin1(ClipboardFragment::mimeType)));
    const QJsonDocument json = QJsonDocument::fromJson(mime->data(QString::fromLatin1(ClipboardFragment::mimeType)));
    QCOMPARE(json.object().value(QStringLiteral("format")).toString(), QStringLiteral("waymark-workspace"));
    QCOMPARE(mime->text(), QStringLiteral("Shopping cart\nCheckout"));

    // Paste into the Use stage: both cards, their transition, all fields.
    const auto &l = scene()->journeyLayout();
    scene()->clearSelection();
    scene()->setCurrentCell(l.columns[4].id, l.rows[1].id);
    const int transitions = int(doc()->workspace().transitions.size());
    QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
    const auto pasted = scene()->selectedCardIds();
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(int(doc()->workspace().transitions.size()), transitions + 1);
    for (int i = 0; i < 2; ++i) {
        Touchpoint expected = card(i == 0 ? cart : checkout);
        expected.id = pasted[i];
        expected.stageId = l.columns[4].id;
        expected.ownerStakeholder = {};
        Touchpoint actual = card(pasted[i]);
        actual.ownerStakeholder = {};
        QCOMPARE(actual, expected);
    }
    QCOMPARE(stack()->undoText(), QStringLiteral("Paste 2 cards"));
    stack()->undo();
    QCOMPARE(int(doc()->workspace().transitions.size()), transitions);
    QVERIFY(!scene()->cardItem(pasted[0]));
}

void TestJourneyScene::pasteIntoAnotherWorkspace()
{
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const QByteArray json = ClipboardFragment::write(doc()->workspace(), {checkout});
    auto other = Document::create();
    QVERIFY(other.ok());
    Document *o = other->get();
    qint64 journey = 0;
    o->execute(WorkspaceEdits::create(o, EntityKind::Journey, QStringLiteral("Onboarding"), &journey));
    auto fragment = ClipboardFragment::read(json);
    QVERIFY2(fragment.ok(), qPrintable(fragment.ok() ? QString() : fragment.error().text()));
    const auto stages = JourneyEdits::stages(o, JourneyId(journey));
    const auto lanes = JourneyEdits::lanes(o, JourneyId(journey));
    QList<TouchpointId> created;
    o->execute(JourneyEdits::paste(o, *fragment, JourneyId(journey), stages[1], lanes[1], &created));
    QCOMPARE(created.size(), 1);
    const Touchpoint *t = o->workspace().touchpoints.find(created.first());
    QCOMPARE(t->title, QStringLiteral("Checkout"));
    QVERIFY(t->momentOfTruth);
    QCOMPARE(t->channel, Channel::Web);
    QCOMPARE(t->stageId, stages[1]);
    // Not a fragment: a clear error.
    auto bad = ClipboardFragment::read("{\"format\": \"nope\"}");
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().text().contains(QStringLiteral("clipboard")));
}

void TestJourneyScene::stageAndLaneReorderUndo()
{
    const auto &l = scene()->journeyLayout();
    const StageId first = l.columns[0].id, second = l.columns[1].id;
    // Drag the first stage's header past the second.
    const QRect header = view()->stageHeaderRect(first);
    const QRect next = view()->stageHeaderRect(second);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, header.center());
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport(), header.center() + (QPoint(next.right() - 5, next.center().y()) - header.center()) * i / 10);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, QPoint(next.right() - 5, next.center().y()));
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().columns[0].id, second);
    QCOMPARE(scene()->journeyLayout().columns[1].id, first);
    QVERIFY(stack()->undoText().startsWith(QStringLiteral("Move stage")));
    stack()->undo();
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().columns[0].id, first);

    // Lanes: the touchpoints lane moves to the top, cards go with it.
    const LaneId touch = l.rows[1].id;
    const QRect lane = view()->laneHeaderRect(touch);
    const QRect top = view()->laneHeaderRect(l.rows[0].id);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, lane.center());
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport(), lane.center() + (QPoint(top.center().x(), top.top() + 5) - lane.center()) * i / 10);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, QPoint(top.center().x(), top.top() + 5));
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().rows[0].id, touch);
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    QVERIFY(scene()->journeyLayout().cellRect(2, 0).contains(scene()->cardRect(checkout)));
    stack()->undo();
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().rows[1].id, touch);
}

void TestJourneyScene::laneHideResizeAndRecolourUndo()
{
    const auto &l = scene()->journeyLayout();
    const LaneId backstage = l.rows[6].id;
    const int rows = int(l.rows.size());
    doc()->execute(JourneyEdits::setLaneHidden(doc(), backstage, true));
    scene()->relayoutNow();
    QCOMPARE(int(scene()->journeyLayout().rows.size()), rows - 1);
    stack()->undo();
    scene()->relayoutNow();
    QCOMPARE(int(scene()->journeyLayout().rows.size()), rows);

    const QString colour = doc()->workspace().lanes.find(backstage)->color;
    // Resize a stage by dragging its header's right edge: one undo step.
    const StageId stage = l.columns[0].id;
    const qreal width = l.columns[0].width;
    const QRect header = view()->stageHeaderRect(stage);
    const QPoint edge(header.right() + 1, header.center().y());
    const int index = stack()->index();
    QTest::mousePress(viewport(), Qt::LeftButton, {}, edge);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport(), edge + QPoint(4 * i, 0));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, edge + QPoint(40, 0));
    QCOMPARE(stack()->index(), index + 1);
    QCOMPARE(stack()->count(), index + 1);
    scene()->relayoutNow();
    QVERIFY(scene()->journeyLayout().columns[0].width > width + 60);
    QCOMPARE(doc()->workspace().stages.find(stage)->width, int(scene()->journeyLayout().columns[0].width));
    stack()->undo();
    QCOMPARE(doc()->workspace().stages.find(stage)->width, 0);

    doc()->execute(JourneyEdits::recolourLane(doc(), backstage, QStringLiteral("#c8f0c8")));
    QCOMPARE(doc()->workspace().lanes.find(backstage)->color, QStringLiteral("#c8f0c8"));
    StageId added;
    doc()->execute(JourneyEdits::addStage(doc(), m_journey, 1, QStringLiteral("Vergleichen"), &added));
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().columns[1].id, added);
    stack()->undo();
    stack()->undo();
    QCOMPARE(doc()->workspace().lanes.find(backstage)->color, colour);
}

void TestJourneyScene::stageHideAndShowUndo()
{
    // The checkout card's stage leaves the canvas with its cards; the stages after it close up.
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    const StageId stage = doc()->workspace().touchpoints.find(checkout)->stageId;
    const QString name = doc()->workspace().stages.find(stage)->name;
    const JourneyLayout before = scene()->journeyLayout();
    const int columns = int(before.columns.size());
    const int column = before.columnOf(stage);
    QVERIFY(column >= 0 && column + 1 < columns);
    const StageId next = before.columns[column + 1].id;
    const QRectF rect = scene()->cardRect(checkout);
    QVERIFY(scene()->cardItem(checkout)->isVisible());

    doc()->execute(JourneyEdits::setStageHidden(doc(), stage, true));
    QCOMPARE(stack()->undoText(), QStringLiteral("Hide stage “%1”").arg(name));
    QVERIFY(doc()->workspace().stages.find(stage)->hidden);
    QVERIFY(!JourneyEdits::setStageHidden(doc(), stage, true)); // already hidden: nothing to do
    scene()->relayoutNow();
    QCOMPARE(int(scene()->journeyLayout().columns.size()), columns - 1);
    QCOMPARE(scene()->journeyLayout().columnOf(stage), -1);
    QVERIFY(!scene()->journeyLayout().cardPos.contains(checkout.value));
    QVERIFY(!scene()->cardItem(checkout)->isVisible());
    QCOMPARE(scene()->journeyLayout().columns[column].id, next);
    QCOMPARE(scene()->journeyLayout().columns[column].x, before.columns[column].x);
    // Still part of the journey: its position among all stages is kept.
    QVERIFY(JourneyEdits::stages(doc(), m_journey).contains(stage));

    stack()->undo();
    scene()->relayoutNow();
    QVERIFY(!doc()->workspace().stages.find(stage)->hidden);
    QCOMPARE(int(scene()->journeyLayout().columns.size()), columns);
    QCOMPARE(scene()->journeyLayout().columnOf(stage), column);
    QVERIFY(scene()->cardItem(checkout)->isVisible());
    QCOMPARE(scene()->cardRect(checkout), rect);

    // Shown again through its own command, one undo step with a readable text.
    stack()->redo();
    doc()->execute(JourneyEdits::setStageHidden(doc(), stage, false));
    QCOMPARE(stack()->undoText(), QStringLiteral("Show stage “%1”").arg(name));
    scene()->relayoutNow();
    QCOMPARE(scene()->journeyLayout().columnOf(stage), column);
    QVERIFY(scene()->cardItem(checkout)->isVisible());
}

void TestJourneyScene::transitionDrawnFromHandle()
{
    const TouchpointId from = cardTitled(QStringLiteral("Search ad"));
    const TouchpointId to = cardTitled(QStringLiteral("Payment"));
    scene()->selectCards({from});
    CardItem *item = scene()->cardItem(from);
    QVERIFY(item->showsHandle());
    const QPointF handle = item->mapToScene(item->handleRect().center());
    const int transitions = int(doc()->workspace().transitions.size());
    drag({handle, centerOf(to)});
    QCOMPARE(int(doc()->workspace().transitions.size()), transitions + 1);
    const Transition &t = doc()->workspace().transitions.items().last();
    QCOMPARE(t.from, from);
    QCOMPARE(t.to, to);
    QVERIFY(scene()->transitionItem(t.id));
    QCOMPARE(stack()->undoText(), QStringLiteral("Connect “Search ad” → “Payment”"));
    stack()->undo();
    QCOMPARE(int(doc()->workspace().transitions.size()), transitions);
}

void TestJourneyScene::emotionPointDragIsOneUndoStep()
{
    EmotionCurveItem *curve = scene()->emotionCurve();
    const EmotionCurveItem::Point p = curve->points().first(); // Search ad, 0
    const QPointF start(p.x, curve->yOf(*p.assumed));
    const int count = stack()->count();
    drag({start, QPointF(p.x, curve->yOf(2)), QPointF(p.x, curve->yOf(-2)), QPointF(p.x, curve->yOf(-1))});
    QCOMPARE(stack()->count(), count + 1);
    QCOMPARE(card(p.id).assumedEmotion, std::optional<int>(-1));
    scene()->relayoutNow();
    QCOMPARE(curve->points().first().assumed, std::optional<double>(-1));
    stack()->undo();
    QCOMPARE(card(p.id).assumedEmotion, std::optional<int>(0));
}

void TestJourneyScene::feedbackDropAttachesAsOneStep()
{
    const TouchpointId checkout = cardTitled(QStringLiteral("Checkout"));
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-waymark-feedback-ids"), "[9101, 9102]");
    const QPoint pos = at(centerOf(checkout));
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    const int count = stack()->count();
    QApplication::sendEvent(viewport(), &drop);
    QCOMPARE(stack()->count(), count + 1);
    QCOMPARE(stack()->undoText(), QStringLiteral("Attach 2 feedback item(s) to “Checkout”"));
    QCOMPARE(doc()->store().attachedTo(checkout).value(), (QList<FeedbackItemId>{FeedbackItemId(9101), FeedbackItemId(9102)}));
    // The scores follow: the card shows a badge and the curve a measured point.
    QTRY_VERIFY(!scene()->cardItem(checkout)->badge().text.isEmpty());
    QVERIFY(scene()->cardItem(checkout)->badge().text.contains(QStringLiteral("n = 2")));
    stack()->undo();
    QVERIFY(doc()->store().attachedTo(checkout).value().isEmpty());
    // "Show feedback…" is offered for the card and reports it.
    QSignalSpy spy(m_page.get(), &JourneyEditorPage::feedbackRequested);
    emit scene()->feedbackRequested(checkout);
    QCOMPARE(spy.count(), 1);
}

void TestJourneyScene::propertyPanelEditsEveryField()
{
    const TouchpointId id = cardTitled(QStringLiteral("Payment"));
    const int start = stack()->index();
    const Touchpoint original = card(id);
    scene()->selectCards({id});
    CardPanel *panel = m_page->cardPanel();
    QCOMPARE(panel->card(), id);
    QCOMPARE(panel->titleEdit()->text(), QStringLiteral("Payment"));
    panel->momentOfTruthBox()->setChecked(true);
    QVERIFY(card(id).momentOfTruth);
    QDoubleSpinBox *nps = panel->targetBox(QStringLiteral("nps"));
    QVERIFY(nps);
    auto *npsOn = nps->parentWidget()->findChild<QCheckBox *>();
    npsOn->setChecked(true);
    nps->setValue(35);
    emit nps->editingFinished();
    QCOMPARE(card(id).targets.value(QStringLiteral("nps")), 35.0);
    QComboBox *emotion = panel->emotionBox();
    emotion->setCurrentIndex(emotion->findData(-2));
    emit emotion->activated(emotion->currentIndex());
    QCOMPARE(card(id).assumedEmotion, std::optional<int>(-2));
    QCOMPARE(scene()->cardItem(id)->toolTip().contains(QStringLiteral("Moment of truth")), true);
    while (stack()->index() > start)
        stack()->undo();
    QCOMPARE(card(id), original);
}

void TestJourneyScene::toBeVersionSideBySide()
{
    const int journeys = int(doc()->workspace().journeys.size());
    const JourneyId toBe = m_page->createToBe();
    QVERIFY(toBe.isValid());
    QCOMPARE(int(doc()->workspace().journeys.size()), journeys + 1);
    const Journey *j = doc()->workspace().journeys.find(toBe);
    QCOMPARE(j->variant, JourneyVariant::ToBe);
    QVERIFY(j->name.endsWith(QStringLiteral("(to-be)")));
    QCOMPARE(m_page->counterpart(), toBe);
    QCOMPARE(doc()->workspace().touchpoints.children(toBe.value).size(),
             doc()->workspace().touchpoints.children(m_journey.value).size());
    QVERIFY(m_page->sideView());
    QVERIFY(stack()->undoText().startsWith(QStringLiteral("Create to-be version")));
    stack()->undo();
    QCOMPARE(int(doc()->workspace().journeys.size()), journeys);
    QTRY_VERIFY(!m_page->sideView());
}

QTEST_MAIN(TestJourneyScene)
#include "tst_journeyscene.moc"
