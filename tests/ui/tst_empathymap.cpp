// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The empathy map canvas driven like a user drives it: mouse events on the view's
// viewport, keys on the view, menus and dialogs as they pop up.
#include "EmpathyMapFixture.h"

using namespace waymark;
using namespace waymark::test;

class TestEmpathyMap : public QObject, public EmpathyMapFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { EmpathyMapFixture::initTestCase(); }
    void init() { EmpathyMapFixture::init(); }
    void cleanup() { EmpathyMapFixture::cleanup(); }

    void sceneMirrorsDocument();
    void layoutKeepsNotesApartAndOutOfThePersona();
    void typingIntoEmptyQuadrantCreatesNote();
    void dragToAnotherQuadrantIsOneUndoStep();
    void dragAcrossSeveralQuadrantsIsOneUndoStep();
    void dragReordersWithinQuadrant();
    void dragBeforeFirstNoteOfAnotherQuadrantIsOneStep();
    void rubberBandSelectAndDeleteIsOneUndoStep();
    void multiSelectDragIsOneUndoStep();
    void enterEditsInPlaceAndEscCancels();
    void doubleClickEditsAndEmptySpotAdds();
    void longTextWrapsInsideTheNote();
    void keyboardMovesSelectionTabsAndDuplicates();
};

void TestEmpathyMap::sceneMirrorsDocument()
{
    const Workspace &w = document()->workspace();
    const QList<EmpathyNote> notes = w.empathyNotes.children(m_map.value);
    QCOMPARE(scene()->noteItems().size(), notes.size());
    QHash<qint64, QPointF> positions;
    for (const EmpathyNote &n : notes) {
        QVERIFY(scene()->noteItem(n.id));
        QVERIFY2(quadrantRect(n.quadrant).contains(noteRect(n.id)), qPrintable(n.text));
        positions.insert(n.id.value, noteRect(n.id).topLeft());
    }
    const PersonaId persona = w.empathyMaps.find(m_map)->personaId;
    QCOMPARE(scene()->personaItem()->personaId(), persona);
    QCOMPARE(scene()->personaItem()->name(), w.personas.find(persona)->name);
    QVERIFY(document()->execute(WorkspaceEdits::rename(document(), EntityKind::Persona, persona.value, QStringLiteral("Mark J."))));
    QCOMPARE(scene()->personaItem()->name(), QStringLiteral("Mark J."));
    stack()->undo();
    QCOMPARE(scene()->personaItem()->name(), w.personas.find(persona)->name);

    // Added: appears last in its quadrant.
    EmpathyNoteId added;
    QVERIFY(document()->execute(NoteEdits::add(document(), m_map, Quadrant::Do, QStringLiteral("Reads every review twice"), &added)));
    QVERIFY(scene()->noteItem(added));
    QCOMPARE(notesIn(Quadrant::Do).last(), added);
    QVERIFY(quadrantRect(Quadrant::Do).contains(noteRect(added)));

    // Moved in the list: takes the first slot of its quadrant.
    const EmpathyNoteId firstDo = notesIn(Quadrant::Do).first();
    const QPointF firstSlot = noteRect(firstDo).topLeft();
    QVERIFY(document()->execute(new MoveCommand<EmpathyNote>(document(), added, w.empathyNotes.indexOf(firstDo), QStringLiteral("Move"))));
    QCOMPARE(notesIn(Quadrant::Do).first(), added);
    QCOMPARE(noteRect(added).topLeft(), firstSlot);

    // Edited: follows its quadrant and its text.
    EmpathyNote changed = note(added);
    changed.quadrant = Quadrant::Feel;
    changed.text = QStringLiteral("Worried the reviews are fake");
    QVERIFY(document()->execute(new EditCommand<EmpathyNote>(document(), changed, QStringLiteral("Edit"))));
    QVERIFY(quadrantRect(Quadrant::Feel).contains(noteRect(added)));
    QCOMPARE(scene()->noteItem(added)->layoutText(), changed.text);

    // Removed: gone.
    QVERIFY(document()->execute(NoteEdits::remove(document(), {added})));
    QVERIFY(!scene()->noteItem(added));
    QCOMPARE(scene()->noteItems().size(), notes.size());

    // Undo all: back in every step, and everything where it was.
    stack()->undo();
    QVERIFY(quadrantRect(Quadrant::Feel).contains(noteRect(added)));
    stack()->undo();
    QVERIFY(quadrantRect(Quadrant::Do).contains(noteRect(added)));
    stack()->undo();
    QCOMPARE(notesIn(Quadrant::Do).last(), added);
    stack()->undo();
    QVERIFY(!scene()->noteItem(added));
    for (const EmpathyNote &n : notes)
        QCOMPARE(noteRect(n.id).topLeft(), positions.value(n.id.value));

    // A note of another map never shows here.
    const EmpathyMapId other = w.empathyMaps.items().at(1).id;
    QVERIFY(document()->execute(NoteEdits::add(document(), other, Quadrant::Think, QStringLiteral("Elsewhere"), &added)));
    QVERIFY(!scene()->noteItem(added));
}

void TestEmpathyMap::layoutKeepsNotesApartAndOutOfThePersona()
{
    // Make THINK crowded so its notes run past the persona.
    for (int i = 0; i < 9; ++i)
        QVERIFY(document()->execute(NoteEdits::add(document(), m_map, Quadrant::Think, QStringLiteral("Thought %1").arg(i))));
    const QList<NoteItem *> items = scene()->noteItems();
    const QPointF centre = scene()->personaItem()->pos();
    for (NoteItem *a : items) {
        const QRectF ra = noteRect(a->id());
        for (NoteItem *b : items)
            if (a != b)
                QVERIFY2(!ra.intersects(noteRect(b->id())), qPrintable(a->layoutText() + QStringLiteral(" / ") + b->layoutText()));
        const QPointF nearest(qBound(ra.left(), centre.x(), ra.right()), qBound(ra.top(), centre.y(), ra.bottom()));
        QVERIFY2(QLineF(nearest, centre).length() >= EmpathyLayout::personaRadius, qPrintable(a->layoutText()));
    }
    // The quadrants below moved down to make room.
    QVERIFY(quadrantRect(Quadrant::Think).bottom() < quadrantRect(Quadrant::Say).top());
    QCOMPARE(quadrantRect(Quadrant::Think).height(), quadrantRect(Quadrant::Feel).height());
}

void TestEmpathyMap::typingIntoEmptyQuadrantCreatesNote()
{
    QVERIFY(document()->execute(NoteEdits::remove(document(), notesIn(Quadrant::Gains))));
    QVERIFY(notesIn(Quadrant::Gains).isEmpty());
    const int steps = stack()->count();

    click(quadrantRect(Quadrant::Gains).center());
    QTRY_VERIFY(view()->hasFocus());
    QCOMPARE(scene()->currentQuadrant(), Quadrant::Gains);
    type(QStringLiteral("Lieferung am Samstag, schön 🚚"));
    QVERIFY(scene()->editor());
    QCOMPARE(stack()->count(), steps); // nothing is added while typing
    QTest::keyClick(view(), Qt::Key_Return);

    QTRY_COMPARE(notesIn(Quadrant::Gains).size(), 1);
    const EmpathyNoteId id = notesIn(Quadrant::Gains).first();
    QCOMPARE(note(id).text, QStringLiteral("Lieferung am Samstag, schön 🚚"));
    QCOMPARE(note(id).color, NotePalette::defaultFor(Quadrant::Gains));
    QCOMPARE(stack()->count(), steps + 1);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{id});
    QVERIFY(!scene()->editor());
    QCOMPARE(scene()->noteItem(id)->laidOutLength(), note(id).text.size());

    // Typing on goes on adding notes to the same quadrant.
    type(QStringLiteral("Free returns"));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_COMPARE(notesIn(Quadrant::Gains).size(), 2);
    QCOMPARE(note(notesIn(Quadrant::Gains).last()).text, QStringLiteral("Free returns"));

    // Esc drops a note being typed; blank text adds nothing.
    type(QStringLiteral("Never mind"));
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(notesIn(Quadrant::Gains).size(), 2);
    QCOMPARE(stack()->count(), steps + 2);

    stack()->undo();
    stack()->undo();
    QVERIFY(notesIn(Quadrant::Gains).isEmpty());
}

void TestEmpathyMap::dragToAnotherQuadrantIsOneUndoStep()
{
    const Workspace before = document()->workspace();
    const EmpathyNoteId id = notesIn(Quadrant::Think).first();
    const QPointF start = noteRect(id).topLeft();
    const QPointF target = scene()->quadrantItem(Quadrant::Feel)->nextSlot().center();
    drag({noteRect(id).center(), target});

    QTRY_COMPARE(note(id).quadrant, Quadrant::Feel);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(notesIn(Quadrant::Feel).last(), id);
    QVERIFY(quadrantRect(Quadrant::Feel).contains(noteRect(id)));
    QVERIFY(!scene()->isDragging());
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{id});

    stack()->undo();
    QVERIFY(document()->workspace() == before);
    QCOMPARE(noteRect(id).topLeft(), start);
}

void TestEmpathyMap::dragAcrossSeveralQuadrantsIsOneUndoStep()
{
    const Workspace before = document()->workspace();
    const EmpathyNoteId id = notesIn(Quadrant::Think).at(1);
    // Through SAY and DO, back through FEEL, dropped in GAINS.
    drag({noteRect(id).center(), quadrantRect(Quadrant::Say).center(), quadrantRect(Quadrant::Do).center(),
          quadrantRect(Quadrant::Feel).center(), scene()->quadrantItem(Quadrant::Gains)->nextSlot().center()});
    QTRY_COMPARE(note(id).quadrant, Quadrant::Gains);
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QVERIFY(document()->workspace() == before);

    // Out to another quadrant and back: the quadrant edits merge away, the move stays one step.
    const QPointF below(quadrantRect(Quadrant::Think).left() + 60, quadrantRect(Quadrant::Think).bottom() - 8);
    drag({noteRect(id).center(), quadrantRect(Quadrant::Feel).center(), below});
    QTRY_VERIFY(!scene()->isDragging());
    QCOMPARE(note(id).quadrant, Quadrant::Think);
    QCOMPARE(notesIn(Quadrant::Think).last(), id);
    QCOMPARE(stack()->index(), 1);
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QVERIFY(document()->workspace() == before);

    // A drag that ends where it started leaves no undo step at all.
    const QPointF centre = noteRect(id).center();
    drag({centre, centre + QPointF(40, 25), centre});
    QTRY_VERIFY(!scene()->isDragging());
    QCOMPARE(stack()->index(), 0);
    QVERIFY(document()->workspace() == before);
}

void TestEmpathyMap::dragReordersWithinQuadrant()
{
    const QList<EmpathyNoteId> start = notesIn(Quadrant::Think);
    QCOMPARE(start.size(), 4);
    // The first note dropped on the left half of the third lands before it.
    const QRectF third = noteRect(start[2]);
    drag({noteRect(start[0]).center(), QPointF(third.left() + 12, third.center().y())});
    QTRY_COMPARE(notesIn(Quadrant::Think), (QList<EmpathyNoteId>{start[1], start[0], start[2], start[3]}));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(note(start[0]).quadrant, Quadrant::Think);
    stack()->undo();
    QCOMPARE(notesIn(Quadrant::Think), start);
}

void TestEmpathyMap::dragBeforeFirstNoteOfAnotherQuadrantIsOneStep()
{
    const Workspace before = document()->workspace();
    const EmpathyNoteId id = notesIn(Quadrant::Say).last();
    const QList<EmpathyNoteId> feel = notesIn(Quadrant::Feel);
    const QRectF first = noteRect(feel.first());
    drag({noteRect(id).center(), quadrantRect(Quadrant::Feel).center(), QPointF(first.left() + 10, first.center().y())});

    QTRY_COMPARE(notesIn(Quadrant::Feel), QList<EmpathyNoteId>{id} + feel);
    QCOMPARE(note(id).quadrant, Quadrant::Feel);
    QCOMPARE(stack()->count(), 1);
    QVERIFY2(stack()->undoText().contains(QStringLiteral("Feel")), qPrintable(stack()->undoText()));
    stack()->undo();
    QVERIFY(document()->workspace() == before);
    stack()->redo();
    QCOMPARE(notesIn(Quadrant::Feel), QList<EmpathyNoteId>{id} + feel);
}

void TestEmpathyMap::rubberBandSelectAndDeleteIsOneUndoStep()
{
    const Workspace before = document()->workspace();
    const QList<EmpathyNoteId> pains = notesIn(Quadrant::Pains);
    QCOMPARE(pains.size(), 4);
    // From the empty margin above-left of the first note to the middle of the second.
    const QPointF from = noteRect(pains[0]).topLeft() - QPointF(10, 10);
    QVERIFY(quadrantRect(Quadrant::Pains).contains(from) && !onNote(from));
    drag({from, noteRect(pains[1]).center()});
    QTRY_COMPARE(scene()->selectedNoteIds(), (QList<EmpathyNoteId>{pains[0], pains[1]}));
    QCOMPARE(stack()->count(), 0);

    QTest::keyClick(view(), Qt::Key_Delete);
    QTRY_COMPARE(notesIn(Quadrant::Pains), (QList<EmpathyNoteId>{pains[2], pains[3]}));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(scene()->selectedNoteIds().size(), 1); // the keyboard stays in the quadrant

    stack()->undo();
    QVERIFY(document()->workspace() == before);
    QCOMPARE(notesIn(Quadrant::Pains), pains);
}

void TestEmpathyMap::multiSelectDragIsOneUndoStep()
{
    const Workspace before = document()->workspace();
    const QList<EmpathyNoteId> say = notesIn(Quadrant::Say);
    click(noteRect(say[0]).center());
    click(noteRect(say[2]).center(), Qt::ControlModifier);
    click(noteRect(say[3]).center(), Qt::ShiftModifier);
    click(noteRect(say[3]).center(), Qt::ShiftModifier); // toggles off again
    QCOMPARE(scene()->selectedNoteIds(), (QList<EmpathyNoteId>{say[0], say[2]}));

    // Dropped below the last row of GAINS (as it is while the notes make room): after its notes.
    QPoint last = at(noteRect(say[2]).center());
    QTest::mousePress(viewport(), Qt::LeftButton, {}, last);
    const auto moveTo = [&](QPointF scenePos) {
        const QPoint next = at(scenePos);
        for (int step = 1; step <= 8; ++step)
            QTest::mouseMove(viewport(), last + (next - last) * step / 8);
        last = next;
    };
    moveTo(quadrantRect(Quadrant::Do).center());
    moveTo(quadrantRect(Quadrant::Gains).center());
    QVERIFY(scene()->isDragging());
    QCOMPARE(stack()->count(), 0); // several notes: nothing changes until the drop
    moveTo(QPointF(quadrantRect(Quadrant::Gains).center().x(), quadrantRect(Quadrant::Gains).bottom() + 20));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, last);
    QTRY_COMPARE(note(say[0]).quadrant, Quadrant::Gains);
    QCOMPARE(note(say[2]).quadrant, Quadrant::Gains);
    QCOMPARE(notesIn(Quadrant::Gains).mid(notesIn(Quadrant::Gains).size() - 2), (QList<EmpathyNoteId>{say[0], say[2]}));
    QCOMPARE(notesIn(Quadrant::Say), (QList<EmpathyNoteId>{say[1], say[3]}));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QVERIFY(document()->workspace() == before);
}

void TestEmpathyMap::enterEditsInPlaceAndEscCancels()
{
    const EmpathyNoteId id = notesIn(Quadrant::Say).first();
    const QString original = note(id).text;
    click(noteRect(id).center());
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(scene()->editor());
    QCOMPARE(scene()->editor()->noteId(), id);
    QCOMPARE(scene()->editor()->toPlainText(), original);
    type(QStringLiteral(" – sagt er"));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(note(id).text, original + QStringLiteral(" – sagt er"));
    QCOMPARE(stack()->count(), 1);

    QTest::keyClick(view(), Qt::Key_F2);
    QVERIFY(scene()->editor());
    type(QStringLiteral(" und noch mehr"));
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!scene()->editor());
    QCOMPARE(note(id).text, original + QStringLiteral(" – sagt er"));
    QCOMPARE(stack()->count(), 1);

    // Shift+Enter starts a new line inside the note.
    QTest::keyClick(view(), Qt::Key_Return);
    QTest::keyClick(view(), Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("(oft)"));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_COMPARE(note(id).text, original + QStringLiteral(" – sagt er\n(oft)"));
    stack()->undo();
    stack()->undo();
    QCOMPARE(note(id).text, original);
}

void TestEmpathyMap::doubleClickEditsAndEmptySpotAdds()
{
    const EmpathyNoteId id = notesIn(Quadrant::Do).last();
    doubleClick(noteRect(id).center());
    QTRY_VERIFY(scene()->editor());
    QCOMPARE(scene()->editor()->noteId(), id);
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!scene()->editor());

    // Clicking elsewhere while editing keeps the edit.
    doubleClick(noteRect(id).center());
    QTRY_VERIFY(scene()->editor());
    type(QStringLiteral("!"));
    click(quadrantRect(Quadrant::Pains).bottomRight() - QPointF(20, 20));
    QTRY_VERIFY(!scene()->editor());
    QVERIFY(note(id).text.endsWith(QLatin1Char('!')));
    QCOMPARE(stack()->count(), 1);

    // A double-click on an empty spot starts a note there.
    const QPointF empty = scene()->quadrantItem(Quadrant::Think)->nextSlot().center();
    QVERIFY(!onNote(empty));
    doubleClick(empty);
    QTRY_VERIFY(scene()->editor());
    QVERIFY(!scene()->editor()->noteId().isValid());
    QCOMPARE(scene()->editor()->quadrant(), Quadrant::Think);
    type(QStringLiteral("Will it rain on Saturday?"));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_COMPARE(note(notesIn(Quadrant::Think).last()).text, QStringLiteral("Will it rain on Saturday?"));
    QCOMPARE(stack()->count(), 2);
}

void TestEmpathyMap::longTextWrapsInsideTheNote()
{
    const EmpathyNoteId id = notesIn(Quadrant::Think).first();
    const EmpathyNoteId below = notesIn(Quadrant::Think).at(3); // first of the second row
    const QString text = QStringLiteral("Wants the delivery window narrowed to two hours and a message before the driver "
                                        "arrives, otherwise he cannot plan the afternoon: "
                                        "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen ✅");
    QVERIFY(document()->execute(NoteEdits::setText(document(), id, text)));
    NoteItem *item = scene()->noteItem(id);
    QVERIFY(item->height() > EmpathyLayout::minNoteHeight + 60);
    QCOMPARE(item->laidOutLength(), text.size()); // nothing elided
    const qreal pad = NoteItem::textPadding;
    QVERIFY2(item->noteRect().adjusted(pad - 1, pad - 1, -pad + 1, -pad + 1).contains(item->textRect()),
             qPrintable(QStringLiteral("text %1,%2 %3x%4").arg(item->textRect().x()).arg(item->textRect().y())
                            .arg(item->textRect().width()).arg(item->textRect().height())));
    // The note grew; the row below moved down rather than being overlapped.
    QVERIFY(noteRect(below).top() > noteRect(id).bottom());

    // On screen: the bottom padding of the note is only the note's colour (no text below it).
    QImage image(noteRect(id).size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        scene()->clearSelection();
        scene()->render(&p, QRectF(QPointF(0, 0), image.size()), noteRect(id));
    }
    const QColor fill = item->fillColor();
    int inked = 0;
    for (int y = image.height() - int(pad) + 3; y < image.height() - 3; ++y)
        for (int x = 10; x < image.width() - 10; ++x)
            if (QColor(image.pixel(x, y)) != fill)
                ++inked;
    QCOMPARE(inked, 0);
    // ... while the text area does have ink.
    int text_pixels = 0;
    for (int y = int(pad); y < int(pad) + 20; ++y)
        for (int x = int(pad); x < image.width() - int(pad); ++x)
            if (QColor(image.pixel(x, y)) != fill)
                ++text_pixels;
    QVERIFY(text_pixels > 20);

    // Editing in place wraps the same way and grows as the text does.
    click(noteRect(id).center());
    QTest::keyClick(view(), Qt::Key_Return);
    NoteEditor *editor = scene()->editor();
    QVERIFY(editor);
    const qreal start = editor->noteHeight();
    QVERIFY(qAbs(start - item->height()) < 30);
    type(QStringLiteral(" and then some more words so that it needs another line or two"));
    QTRY_VERIFY(editor->noteHeight() > start);
    QVERIFY(scene()->layoutResult().notes.value(below.value).top() > editor->mapToScene(QPointF(0, editor->noteHeight() - pad)).y());
    QTest::keyClick(view(), Qt::Key_Escape);
}

void TestEmpathyMap::keyboardMovesSelectionTabsAndDuplicates()
{
    const QList<EmpathyNoteId> think = notesIn(Quadrant::Think);
    click(noteRect(think[0]).center());
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{think[1]});
    QTest::keyClick(view(), Qt::Key_Left);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{think[0]});
    QTest::keyClick(view(), Qt::Key_Down);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{think[3]});
    QTest::keyClick(view(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(scene()->selectedNoteIds().size(), 2);

    // Tab: the next quadrant, its first note.
    QTest::keyClick(view(), Qt::Key_Tab);
    QCOMPARE(scene()->currentQuadrant(), Quadrant::Feel);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{notesIn(Quadrant::Feel).first()});
    QTest::keyClick(view(), Qt::Key_Tab);
    QCOMPARE(scene()->currentQuadrant(), Quadrant::Say);
    QTest::keyClick(view(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(scene()->currentQuadrant(), Quadrant::Feel);
    QVERIFY(view()->hasFocus()); // Tab stayed on the canvas

    // Ctrl+D: a copy right after the original, selected.
    const EmpathyNoteId original = notesIn(Quadrant::Feel).first();
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(notesIn(Quadrant::Feel).size(), 5);
    const EmpathyNoteId copy = notesIn(Quadrant::Feel).at(1);
    QCOMPARE(note(copy).text, note(original).text);
    QCOMPARE(scene()->selectedNoteIds(), QList<EmpathyNoteId>{copy});
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(notesIn(Quadrant::Feel).size(), 4);
    QCOMPARE(stack()->count(), 2);

    // Ctrl+A and Delete: every note, one step.
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(scene()->selectedNoteIds().size(), scene()->noteItems().size());
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(scene()->noteItems().isEmpty());
    QCOMPARE(stack()->count(), 3);
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(scene()->noteItems().size(), 24);
}

QTEST_MAIN(TestEmpathyMap)
#include "tst_empathymap.moc"
