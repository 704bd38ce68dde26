// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The empathy map canvas driven like a user drives it: mouse events on the view's
// viewport, keys on the view, menus and dialogs as they pop up.
#include "empathy/AddEvidenceDialog.h"
#include "empathy/EmpathyLayout.h"
#include "empathy/EmpathyMapPage.h"
#include "empathy/EmpathyScene.h"
#include "empathy/EmpathyView.h"
#include "empathy/EvidenceDialog.h"
#include "empathy/NoteEdits.h"
#include "empathy/NoteEditor.h"
#include "empathy/NoteItem.h"
#include "empathy/NotePalette.h"
#include "empathy/PersonaItem.h"
#include "empathy/PromoteNoteDialog.h"
#include "empathy/QuadrantItem.h"
#include "shell/DocumentController.h"
#include "shell/EditorArea.h"
#include "shell/MainWindow.h"

#include "commands/EditCommand.h"
#include "commands/MoveCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/TemplateLibrary.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace waymark;

class TestEmpathyMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

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
    void contextMenuRecoloursSelection();
    void promoteCreatesLinkedCardAndUndoRemovesBoth();
    void evidenceBadgeListsAndAddsFeedback();
    void evidenceSearchMatchesLiterally();
    void noteTextIsPlainText();
    void zoomWithKeysAndWheel();
    void darkPaletteKeepsNoteTextReadable();
    void readOnlyWorkspaceRefusesEdits();

private:
    void openMap(bool withFeedback = false);
    Document *document() const { return m_window->controller()->document(); }
    QUndoStack *stack() const { return document()->undoStack(); }
    EmpathyScene *scene() const { return m_page->scene(); }
    EmpathyView *view() const { return m_page->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    const EmpathyNote &note(EmpathyNoteId id) const { return *document()->workspace().empathyNotes.find(id); }
    QList<EmpathyNoteId> notesIn(Quadrant q) const { return scene()->noteIds(q); }
    QRectF noteRect(EmpathyNoteId id) const;
    QRectF quadrantRect(Quadrant q) const { return scene()->quadrantItem(q)->rect(); }
    QPoint at(QPointF scenePos) const { return view()->mapFromScene(scenePos); }
    bool onNote(QPointF scenePos) const;

    void click(QPointF scenePos, Qt::KeyboardModifiers modifiers = {});
    void doubleClick(QPointF scenePos);
    /// Presses at the first point, moves through the others in small steps, releases at the last.
    void drag(const QList<QPointF> &path, Qt::KeyboardModifiers modifiers = {});
    void focusCanvas();
    /// Types `text` into the focused canvas, one key per character (QTest::keyClicks is ASCII only).
    void type(const QString &text);
    QMenu *openContextMenu(QPointF scenePos);
    static QAction *action(QMenu *menu, const QString &text);
    template <class Dialog>
    Dialog *waitForDialog();

    QTemporaryDir m_home;
    QPointer<MainWindow> m_window;
    QPointer<EmpathyMapPage> m_page;
    EmpathyMapId m_map;
};

void TestEmpathyMap::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and recovery copies go to a scratch folder, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_empathymap"));
}

void TestEmpathyMap::init()
{
    m_window = new MainWindow;
    m_window->resize(1500, 1150);
    openMap();
}

void TestEmpathyMap::openMap(bool withFeedback)
{
    auto data = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().text()));
    if (withFeedback) {
        FeedbackSource source;
        source.id = FeedbackSourceId(1);
        source.name = QStringLiteral("Spring survey");
        source.preset = QStringLiteral("generic");
        source.fileName = QStringLiteral("survey.csv");
        source.importedAt = QStringLiteral("2024-05-01T10:00:00Z");
        data->sources.append(source);
        const auto item = [](qint64 id, const QString &comment, std::optional<int> nps, std::optional<int> csat) {
            FeedbackItem f;
            f.id = FeedbackItemId(id);
            f.sourceId = FeedbackSourceId(1);
            f.responseId = QStringLiteral("r%1").arg(id);
            f.date = QStringLiteral("2024-04-%1").arg(id, 2, 10, QLatin1Char('0'));
            f.channel = QStringLiteral("Web");
            f.comment = comment;
            f.nps = nps;
            f.csat = csat;
            return f;
        };
        data->feedback = {
            item(1, QStringLiteral("Payment declined twice, no reason given"), 2, 1),
            item(2, QStringLiteral("Die Lieferung kam zwei Tage zu spät"), 4, 2),
            item(3, QStringLiteral("lieferung pünktlich, alles gut"), 9, 5),
            item(4, QStringLiteral("100% satisfied with the raised bed"), 10, 5),
            item(5, QStringLiteral("1000 reasons to never order again"), 0, 1),
        };
    }
    auto created = Document::create(&*data);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    m_window->controller()->setDocument(std::move(*created));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    m_map = document()->workspace().empathyMaps.items().first().id;
    m_page = qobject_cast<EmpathyMapPage *>(m_window->editorArea()->open(EntityKind::EmpathyMap, m_map.value));
    QVERIFY(m_page);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // A fixed zoom at which the whole map is in the window: every point can be clicked.
    view()->setZoom(0.5);
    QTRY_VERIFY(view()->mapToScene(viewport()->rect()).boundingRect().contains(scene()->sceneRect()));
}

void TestEmpathyMap::cleanup()
{
    if (!m_window)
        return;
    if (auto *popup = QApplication::activePopupWidget())
        popup->close();
    m_window->controller()->setDocument(nullptr);
    delete m_window;
}

QRectF TestEmpathyMap::noteRect(EmpathyNoteId id) const
{
    const NoteItem *item = scene()->noteItem(id);
    return item ? item->mapRectToScene(item->noteRect()) : QRectF();
}

bool TestEmpathyMap::onNote(QPointF scenePos) const
{
    for (NoteItem *item : scene()->noteItems())
        if (noteRect(item->id()).contains(scenePos))
            return true;
    return false;
}

void TestEmpathyMap::click(QPointF scenePos, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at(scenePos));
}

void TestEmpathyMap::doubleClick(QPointF scenePos)
{
    // What a window system delivers for a double-click.
    const QPoint pos = at(scenePos);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, pos);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, pos);
}

void TestEmpathyMap::drag(const QList<QPointF> &path, Qt::KeyboardModifiers modifiers)
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

void TestEmpathyMap::type(const QString &text)
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

void TestEmpathyMap::focusCanvas()
{
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
}

QMenu *TestEmpathyMap::openContextMenu(QPointF scenePos)
{
    const QPoint pos = at(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos));
    QApplication::sendEvent(viewport(), &event);
    QMenu *menu = nullptr;
    [&] { QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))); }();
    return menu;
}

QAction *TestEmpathyMap::action(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(QLatin1Char('&')).startsWith(text))
            return a;
    return nullptr;
}

template <class Dialog>
Dialog *TestEmpathyMap::waitForDialog()
{
    Dialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<Dialog *>()) && dialog->isVisible()); }();
    return dialog;
}

// ---------------------------------------------------------------------------------------

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

void TestEmpathyMap::contextMenuRecoloursSelection()
{
    const QList<EmpathyNoteId> feel = notesIn(Quadrant::Feel);
    click(noteRect(feel[0]).center());
    click(noteRect(feel[1]).center(), Qt::ControlModifier);
    QMenu *menu = openContextMenu(noteRect(feel[1]).center());
    QVERIFY(menu);
    QCOMPARE(scene()->selectedNoteIds().size(), 2); // right-click on a selected note keeps the selection
    QAction *colour = action(menu, QStringLiteral("Colour"));
    QVERIFY(colour && colour->menu());
    QAction *purple = action(colour->menu(), QStringLiteral("Purple"));
    QVERIFY(purple);
    QVERIFY(!action(menu, QStringLiteral("Add Evidence"))->isEnabled()); // no feedback in this workspace
    purple->trigger();
    menu->close();
    QCOMPARE(note(feel[0]).color, QStringLiteral("#d1c4e9"));
    QCOMPARE(note(feel[1]).color, QStringLiteral("#d1c4e9"));
    QCOMPARE(note(feel[2]).color, QStringLiteral("#f8bbd0"));
    QCOMPARE(scene()->noteItem(feel[0])->fillColor(), QColor(QStringLiteral("#d1c4e9")));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(note(feel[0]).color, QStringLiteral("#f8bbd0"));
    QCOMPARE(scene()->noteItem(feel[0])->fillColor(), QColor(QStringLiteral("#f8bbd0")));
}

void TestEmpathyMap::promoteCreatesLinkedCardAndUndoRemovesBoth()
{
    const Workspace before = document()->workspace();
    const EmpathyNoteId id = notesIn(Quadrant::Pains).first();
    QMenu *menu = openContextMenu(noteRect(id).center());
    QAction *promote = action(menu, QStringLiteral("Promote to Journey"));
    QVERIFY(promote && promote->isEnabled());
    promote->trigger();
    menu->close();

    auto *dialog = waitForDialog<PromoteNoteDialog>();
    QVERIFY(dialog);
    const Journey &journey = document()->workspace().journeys.items().first();
    QCOMPARE(dialog->journeyBox()->currentText(), journey.name);
    QVERIFY(dialog->painPointButton()->isChecked()); // a note from PAINS
    const int purchase = dialog->stageBox()->findText(QStringLiteral("Purchase"));
    QVERIFY(purchase >= 0);
    dialog->stageBox()->setCurrentIndex(purchase);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY(note(id).linkedCard.isValid());
    const Workspace &w = document()->workspace();
    const Touchpoint *card = w.touchpoints.find(note(id).linkedCard);
    QVERIFY(card);
    QCOMPARE(card->title, note(id).text);
    QCOMPARE(card->journeyId, journey.id);
    QCOMPARE(w.stages.find(card->stageId)->name, QStringLiteral("Purchase"));
    QCOMPARE(w.lanes.find(card->laneId)->laneKind, LaneKind::PainPoints);
    QCOMPARE(stack()->count(), 1);
    NoteItem *item = scene()->noteItem(id);
    QVERIFY(item->hasLink());
    QCOMPARE(item->markerText(), QStringLiteral("Purchase"));
    QVERIFY(item->noteRect().contains(item->markerRect()));

    // The marker opens the journey.
    click(item->mapToScene(item->markerRect().center()));
    QTRY_VERIFY(m_window->editorArea()->currentPage() != m_page);
    QCOMPARE(m_window->editorArea()->currentPage()->kind(), EntityKind::Journey);
    QCOMPARE(m_window->editorArea()->currentPage()->entityId(), journey.id.value);

    stack()->undo();
    QVERIFY(!w.touchpoints.contains(card->id));
    QVERIFY(!note(id).linkedCard.isValid());
    QVERIFY(!item->hasLink());
    QVERIFY(document()->workspace() == before);
}

void TestEmpathyMap::evidenceBadgeListsAndAddsFeedback()
{
    cleanup();
    m_window = new MainWindow;
    m_window->resize(1500, 1150);
    openMap(true);
    const EmpathyNoteId id = notesIn(Quadrant::Pains).first();
    NoteItem *item = scene()->noteItem(id);
    QCOMPARE(item->evidenceCount(), 0);
    QVERIFY(item->badgeRect().isEmpty());

    QVERIFY(document()->execute(NoteEdits::setEvidence(document(), id, {1, 2})));
    QCOMPARE(item->evidenceCount(), 2);
    QVERIFY(item->noteRect().contains(item->badgeRect()));
    QVERIFY(!item->badgeRect().intersects(item->textRect()));

    // One click on the badge lists the items with their comments and scores.
    click(item->mapToScene(item->badgeRect().center()));
    auto *list = waitForDialog<EvidenceDialog>();
    QVERIFY(list);
    QCOMPARE(list->list()->count(), 2);
    QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("Payment declined twice")));
    QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("NPS 2")));
    QVERIFY(list->list()->item(1)->text().contains(QStringLiteral("Die Lieferung kam zwei Tage zu spät")));
    QVERIFY(list->list()->item(1)->text().contains(QStringLiteral("CSAT 2/5")));

    // Add more from there: search, tick, cite.
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    auto *add = waitForDialog<AddEvidenceDialog>();
    QVERIFY(add);
    QTest::keyClicks(add->searchField(), QStringLiteral("Lieferung"));
    QTRY_COMPARE(add->results()->count(), 2); // "Lieferung" and "lieferung"
    QCOMPARE(add->results()->item(0)->checkState(), Qt::Checked); // already cited
    QCOMPARE(add->results()->item(1)->checkState(), Qt::Unchecked);
    add->results()->setCurrentRow(1);
    QTest::keyClick(add->results(), Qt::Key_Space);
    QCOMPARE(add->results()->item(1)->checkState(), Qt::Checked);
    QTest::mouseClick(add->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_COMPARE(note(id).evidence, (QList<qint64>{1, 2, 3}));
    QCOMPARE(item->evidenceCount(), 3);
    QCOMPARE(stack()->count(), 2);
    QTRY_COMPARE(list->list()->count(), 3); // the open list follows the note

    // Remove one from the list.
    list->list()->setCurrentRow(0);
    QTest::mouseClick(list->removeButton(), Qt::LeftButton);
    QCOMPARE(note(id).evidence, (QList<qint64>{2, 3}));
    list->close();

    stack()->undo();
    stack()->undo();
    QCOMPARE(note(id).evidence, (QList<qint64>{1, 2}));
    QCOMPARE(item->evidenceCount(), 2);

    // With feedback in the workspace, the menu offers to add evidence.
    QMenu *menu = openContextMenu(noteRect(id).center());
    QVERIFY(action(menu, QStringLiteral("Add Evidence"))->isEnabled());
    QVERIFY(action(menu, QStringLiteral("Show Evidence (2)")));
    menu->close();
}

void TestEmpathyMap::evidenceSearchMatchesLiterally()
{
    cleanup();
    m_window = new MainWindow;
    m_window->resize(1500, 1150);
    openMap(true);
    const EmpathyNoteId id = notesIn(Quadrant::Gains).first();
    AddEvidenceDialog dialog(document(), id, m_window);
    QCOMPARE(dialog.results()->count(), 5); // no search: everything
    dialog.searchField()->setText(QStringLiteral("100%"));
    QTRY_COMPARE(dialog.results()->count(), 1); // % is a character here, not a wildcard
    QVERIFY(dialog.results()->item(0)->text().startsWith(QStringLiteral("100% satisfied")));
    dialog.searchField()->setText(QStringLiteral("zu spät"));
    QTRY_COMPARE(dialog.results()->count(), 1); // every word must occur
    dialog.searchField()->setText(QStringLiteral("_"));
    QTRY_COMPARE(dialog.results()->count(), 0);
    dialog.reject();
    QCOMPARE(stack()->count(), 0);
}

void TestEmpathyMap::noteTextIsPlainText()
{
    const EmpathyNoteId id = notesIn(Quadrant::Say).first();
    const QString markup = QStringLiteral("<b>fett</b> &amp; <i>kursiv</i>");
    QVERIFY(document()->execute(NoteEdits::setText(document(), id, markup)));
    NoteItem *item = scene()->noteItem(id);
    QCOMPARE(item->layoutText(), markup);
    QCOMPARE(item->laidOutLength(), markup.size());

    click(noteRect(id).center());
    QTest::keyClick(view(), Qt::Key_Return);
    NoteEditor *editor = scene()->editor();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), markup);
    QTextCursor cursor(editor->document());
    cursor.setPosition(5);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Normal));

    // Pasted rich text arrives as its plain text.
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<b>Bold</b>"));
    mime->setText(QStringLiteral("<b>Bold</b>"));
    QGuiApplication::clipboard()->setMimeData(mime);
    QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), markup + QStringLiteral("<b>Bold</b>"));
    cursor.setPosition(editor->toPlainText().size() - 2);
    QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Normal));
    QTest::keyClick(view(), Qt::Key_Return);
    QTRY_COMPARE(note(id).text, markup + QStringLiteral("<b>Bold</b>"));
}

void TestEmpathyMap::zoomWithKeysAndWheel()
{
    focusCanvas();
    const qreal start = view()->zoom();
    QTest::keyClick(view(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_VERIFY(view()->zoom() > start * 1.1);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_VERIFY(view()->zoom() < start * 0.9);

    const qreal before = view()->zoom();
    const QPointF centre = viewport()->rect().center();
    QWheelEvent wheel(centre, viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    QVERIFY(view()->zoom() > before * 1.2);

    QTest::keyClick(view(), Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY(view()->isFitting());
    const QRectF visible = view()->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(visible.width() >= scene()->sceneRect().width() - 1);
}

void TestEmpathyMap::darkPaletteKeepsNoteTextReadable()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2b, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(dark);
    QTRY_COMPARE(scene()->palette().color(QPalette::Window), dark.color(QPalette::Window));

    // A note given a dark colour in a dark theme: light text.
    const EmpathyNoteId id = notesIn(Quadrant::Do).first();
    QVERIFY(document()->execute(NoteEdits::recolour(document(), {id}, QStringLiteral("#37474f"))));
    for (NoteItem *item : scene()->noteItems())
        QVERIFY2(NotePalette::contrast(item->fillColor(), item->textColor()) >= 7.0, qPrintable(item->layoutText()));
    QCOMPARE(scene()->noteItem(id)->textColor(), QColor(Qt::white));

    // The canvas draws with the palette: its background is the dark window colour.
    QImage image(40, 40, QImage::Format_ARGB32);
    {
        QPainter p(&image);
        scene()->render(&p, QRectF(0, 0, 40, 40), QRectF(2, 2, 20, 20));
    }
    QCOMPARE(QColor(image.pixel(20, 20)), dark.color(QPalette::Window));
    QApplication::setPalette(saved);
}

void TestEmpathyMap::readOnlyWorkspaceRefusesEdits()
{
    const QString path = m_home.filePath(QStringLiteral("readonly.waymark"));
    QVERIFY(document()->saveAs(path).ok());
    auto opened = Document::open(path, Document::OpenMode::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_window->controller()->setDocument(std::move(*opened));
    m_page = qobject_cast<EmpathyMapPage *>(m_window->editorArea()->open(EntityKind::EmpathyMap, m_map.value));
    QVERIFY(m_page);
    view()->setZoom(0.5);
    QVERIFY(!scene()->isEditable());
    const Workspace before = document()->workspace();

    const EmpathyNoteId id = notesIn(Quadrant::Think).first();
    click(noteRect(id).center());
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(!scene()->editor());
    type(QStringLiteral("x"));
    QVERIFY(!scene()->editor());
    QTest::keyClick(view(), Qt::Key_Delete);
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
    drag({noteRect(id).center(), quadrantRect(Quadrant::Feel).center()});
    QVERIFY(!scene()->isDragging());
    QCOMPARE(stack()->count(), 0);
    QVERIFY(document()->workspace() == before);
    QVERIFY(quadrantRect(Quadrant::Think).contains(noteRect(id)));
}

QTEST_MAIN(TestEmpathyMap)
#include "tst_empathymap.moc"
