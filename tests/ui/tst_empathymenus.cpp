// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The empathy map's menus, dialogs and display: recolour, promote to a card, evidence,
// plain text, zoom, a dark palette and a read-only workspace, driven like a user drives them.
#include "EmpathyMapFixture.h"

using namespace waymark;
using namespace waymark::test;

class TestEmpathyMenus : public QObject, public EmpathyMapFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { EmpathyMapFixture::initTestCase(); }
    void init() { EmpathyMapFixture::init(); }
    void cleanup() { EmpathyMapFixture::cleanup(); }

    void contextMenuRecoloursSelection();
    void promoteCreatesLinkedCardAndUndoRemovesBoth();
    void evidenceBadgeListsAndAddsFeedback();
    void evidenceSearchMatchesLiterally();
    void noteTextIsPlainText();
    void zoomWithKeysAndWheel();
    void darkPaletteKeepsNoteTextReadable();
    void readOnlyWorkspaceRefusesEdits();
};

void TestEmpathyMenus::contextMenuRecoloursSelection()
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

void TestEmpathyMenus::promoteCreatesLinkedCardAndUndoRemovesBoth()
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

void TestEmpathyMenus::evidenceBadgeListsAndAddsFeedback()
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

void TestEmpathyMenus::evidenceSearchMatchesLiterally()
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

void TestEmpathyMenus::noteTextIsPlainText()
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

void TestEmpathyMenus::zoomWithKeysAndWheel()
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

void TestEmpathyMenus::darkPaletteKeepsNoteTextReadable()
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

void TestEmpathyMenus::readOnlyWorkspaceRefusesEdits()
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

QTEST_MAIN(TestEmpathyMenus)
#include "tst_empathymenus.moc"
