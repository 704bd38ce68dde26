// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The persona editor driven like a user drives it: clicks, typing and keys on the real
// widgets; every edit must be one undo step that restores the persona exactly.
#include "PersonaFixture.h"

using namespace waymark;
using namespace waymark::test;

class TestPersona : public QObject, public PersonaFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { PersonaFixture::initTestCase(); }
    void init() { PersonaFixture::init(); }
    void cleanup() { PersonaFixture::cleanup(); }

    void pageShowsPersonaInEditors();
    void lineFieldIsOneUndoStep_data();
    void lineFieldIsOneUndoStep();
    void typingDoesNotCommitUntilEditingFinishes();
    void emptyNameIsRefused();
    void listAddEditReorderRemoveInPlace();
    void everyListFieldEdits_data();
    void everyListFieldEdits();
    void traitSliderKeysAreStepsAndDragIsOneStep();
    void traitsAddCustomRenameAndRemove();
    void avatarDropIsScaledAndStoredAsPng();
    void badAvatarGivesClearMessage();
    void textIsPlainEverywhere();
    void editsReachFileAndInterchange();
    void readOnlyWorkspaceOffersNoEdits();
};

void TestPersona::pageShowsPersonaInEditors()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    const Persona &p = persona(0);
    QCOMPARE(tabs()->tabText(tabs()->currentIndex()), u"Mark Jensen"_s);
    PersonaForm *form = page->form();
    QCOMPARE(form->lineEdit(Field::Name)->text(), p.name);
    QCOMPARE(form->lineEdit(Field::Segment)->text(), p.segment);
    QCOMPARE(form->lineEdit(Field::Quote)->text(), p.quote);
    QCOMPARE(form->lineEdit(Field::Age)->text(), p.age);
    QCOMPARE(form->lineEdit(Field::Occupation)->text(), p.occupation);
    QCOMPARE(form->lineEdit(Field::Location)->text(), p.location);
    QCOMPARE(form->lineEdit(Field::Family)->text(), p.family);
    QCOMPARE(form->listEditor(Region::Goals)->items(), p.goals);
    QCOMPARE(form->listEditor(Region::Needs)->items(), p.needs);
    QCOMPARE(form->listEditor(Region::Frustrations)->items(), p.frustrations);
    QCOMPARE(form->listEditor(Region::Behaviours)->items(), p.behaviours);
    QCOMPARE(form->listEditor(Region::Channels)->items(), p.channels);
    QCOMPARE(form->listEditor(Region::Expectations)->items(), p.expectations);
    QCOMPARE(form->traitEditor()->traits(), p.traits);
    QCOMPARE(form->traitEditor()->rowCount(), p.traits.size());
    QCOMPARE(form->traitEditor()->slider(1)->value(), p.traits[1].value);
    QCOMPARE(page->sheetView()->persona(), p);
    QVERIFY(page->sheetView()->isVisible());
    QVERIFY(form->isVisible());
}

void TestPersona::lineFieldIsOneUndoStep_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("role") << Field::Segment << u"Hobbygärtner am Wochenende"_s << u"Edit role of Mark Jensen"_s;
    QTest::newRow("quote") << Field::Quote << u"Wenn ich nicht weiß, wann die Erde kommt, bestelle ich nicht 🌱"_s
                           << u"Edit quote of Mark Jensen"_s;
    QTest::newRow("age") << Field::Age << u"42"_s << u"Edit age of Mark Jensen"_s;
    QTest::newRow("occupation") << Field::Occupation << u"Projektleiter"_s << u"Edit occupation of Mark Jensen"_s;
    QTest::newRow("location") << Field::Location << u"Köln"_s << u"Edit location of Mark Jensen"_s;
    QTest::newRow("family") << Field::Family << u"Verheiratet, zwei Kinder"_s << u"Edit family of Mark Jensen"_s;
    QTest::newRow("name") << Field::Name << u"Jürgen Groß"_s
                          << u"Rename persona “Mark Jensen” to “Jürgen Groß”"_s;
}

void TestPersona::lineFieldIsOneUndoStep()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QString, undoText);
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    const Workspace before = document()->workspace();
    QLineEdit *edit = page->form()->lineEdit(field);
    page->form()->window()->activateWindow();
    replaceText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);

    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), undoText);
    Persona expected = before.personas.items().first();
    fieldOf(expected, field) = text;
    QCOMPARE(persona(0), expected);
    // The sheet follows.
    QTRY_COMPARE(page->sheetView()->persona(), expected);

    stack()->undo();
    QVERIFY(document()->workspace() == before);
    Persona original = before.personas.items().first();
    QTRY_COMPARE(edit->text(), fieldOf(original, field));
    stack()->redo();
    QCOMPARE(persona(0), expected);
}

void TestPersona::typingDoesNotCommitUntilEditingFinishes()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    QLineEdit *edit = page->form()->lineEdit(Field::Location);
    replaceText(edit, u"Hamburg"_s);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(persona(0).location, u"Manchester, UK"_s);
    // Leaving the field finishes the edit, like Enter.
    QTest::mouseClick(page->form()->lineEdit(Field::Age), Qt::LeftButton);
    QTRY_COMPARE(persona(0).location, u"Hamburg"_s);
    QCOMPARE(stack()->count(), 1);
    // Unchanged text commits nothing.
    QTest::keyClick(page->form()->lineEdit(Field::Age), Qt::Key_Return);
    QCOMPARE(stack()->count(), 1);
}

void TestPersona::emptyNameIsRefused()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    QLineEdit *edit = page->form()->lineEdit(Field::Name);
    replaceText(edit, u"   "_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(persona(0).name, u"Mark Jensen"_s);
    QCOMPARE(edit->text(), u"Mark Jensen"_s);
}

void TestPersona::listAddEditReorderRemoveInPlace()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    StringListEditor *goals = page->form()->listEditor(Region::Goals);
    QListWidget *list = goals->list();
    const Persona start = persona(0);
    QStringList expected = start.goals;
    QCOMPARE(list->count(), expected.size());

    // Add: the button opens an editor for a new last item; Enter commits it.
    page->form()->window()->activateWindow();
    QTest::mouseClick(goals->addButton(), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = focusedLineEdit()) && list->isAncestorOf(editor));
    typeText(editor, u"Tomaten pflanzen 🍅"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    expected << u"Tomaten pflanzen 🍅"_s;
    QTRY_COMPARE(persona(0).goals, expected); // the view commits an item's editor after Enter returns
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Edit goals of Mark Jensen"_s);
    // Enter started the next item, as in a bulleted list; Escape leaves it without a trace.
    QTRY_VERIFY((editor = focusedLineEdit()) && list->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_COMPARE(list->count(), expected.size());
    QCOMPARE(stack()->count(), 1);

    // Edit in place: double-click an item, type, Enter.
    QRect rect = list->visualItemRect(list->item(1));
    doubleClick(list->viewport(), rect.center());
    QTRY_VERIFY((editor = focusedLineEdit()) && list->isAncestorOf(editor));
    QCOMPARE(editor->text(), expected[1]);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, u"Schwere Sachen liefern lassen"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    expected[1] = u"Schwere Sachen liefern lassen"_s;
    QTRY_COMPARE(persona(0).goals, expected);
    QCOMPARE(stack()->count(), 2);
    QTRY_VERIFY((editor = focusedLineEdit()) == nullptr || !list->isAncestorOf(editor));

    // Reorder: select with a click, move up with the button, back down with Alt+Down.
    rect = list->visualItemRect(list->item(2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(list->currentRow(), 2);
    QTest::mouseClick(goals->upButton(), Qt::LeftButton);
    expected.swapItemsAt(1, 2);
    QCOMPARE(persona(0).goals, expected);
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    expected.swapItemsAt(1, 2);
    QCOMPARE(persona(0).goals, expected);
    QCOMPARE(stack()->count(), 4);

    // Remove: the Delete key, then the ✕ button.
    rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Delete);
    expected.removeAt(0);
    QCOMPARE(persona(0).goals, expected);
    QCOMPARE(stack()->count(), 5);
    QTRY_COMPARE(list->count(), expected.size());
    QCOMPARE(list->currentRow(), 0);
    QTest::mouseClick(goals->removeButton(), Qt::LeftButton);
    expected.removeAt(0);
    QCOMPARE(persona(0).goals, expected);
    QCOMPARE(stack()->count(), 6);
    QTRY_COMPARE(page->sheetView()->persona().goals, expected);

    // Every step undoes to the exact start.
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(persona(0), start);
    QTRY_COMPARE(goals->items(), start.goals);
}

void TestPersona::everyListFieldEdits_data()
{
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("goals") << Region::Goals << u"Edit goals of Petra Schneider"_s;
    QTest::newRow("needs") << Region::Needs << u"Edit needs of Petra Schneider"_s;
    QTest::newRow("frustrations") << Region::Frustrations << u"Edit frustrations of Petra Schneider"_s;
    QTest::newRow("behaviours") << Region::Behaviours << u"Edit behaviours of Petra Schneider"_s;
    QTest::newRow("channels") << Region::Channels << u"Edit channels of Petra Schneider"_s;
    QTest::newRow("expectations") << Region::Expectations << u"Edit expectations of Petra Schneider"_s;
}

void TestPersona::everyListFieldEdits()
{
    QFETCH(Region, region);
    QFETCH(QString, undoText);
    PersonaEditorPage *page = openPersona(1);
    QVERIFY(page);
    const Persona start = persona(1);
    StringListEditor *editor = page->form()->listEditor(region);
    QVERIFY(editor);
    page->form()->window()->activateWindow();
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = focusedLineEdit()) && editor->list()->isAncestorOf(line));
    typeText(line, u"Übersichtliche Rücksendung"_s);
    QTest::keyClick(line, Qt::Key_Enter);
    QTRY_COMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), undoText);
    const auto member = region == Region::Goals          ? &Persona::goals
                        : region == Region::Needs        ? &Persona::needs
                        : region == Region::Frustrations ? &Persona::frustrations
                        : region == Region::Behaviours   ? &Persona::behaviours
                        : region == Region::Channels     ? &Persona::channels
                                                         : &Persona::expectations;
    QCOMPARE((persona(1).*member).last(), u"Übersichtliche Rücksendung"_s);
    QCOMPARE((persona(1).*member).size(), (start.*member).size() + 1);
    Persona other = persona(1);
    other.*member = start.*member;
    QCOMPARE(other, start); // nothing else changed
    stack()->undo();
    QCOMPARE(persona(1), start);
}

void TestPersona::traitSliderKeysAreStepsAndDragIsOneStep()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    TraitEditor *traits = page->form()->traitEditor();
    page->form()->window()->activateWindow();
    const Persona start = persona(0);
    QSlider *slider = traits->slider(0); // Tech-savvy, 3
    QCOMPARE(slider->value(), 3);
    QTest::mouseClick(slider, Qt::LeftButton, {}, sliderHandle(slider).center());
    QTRY_VERIFY(slider->hasFocus());
    QCOMPARE(stack()->count(), 0); // a click on the handle moves nothing

    // Keys: each press is its own step.
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(persona(0).traits[0].value, 4);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Edit traits of Mark Jensen"_s);
    QTest::keyClick(slider, Qt::Key_Left);
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(persona(0).traits[0].value, 2);
    QCOMPARE(stack()->count(), 3);

    // A drag across the whole slider: one step however many values it passes.
    QTRY_COMPARE(slider->value(), 2);
    const QPoint from = sliderHandle(slider).center();
    sendMouse(slider, QEvent::MouseButtonPress, from, Qt::LeftButton);
    QVERIFY(slider->isSliderDown());
    const QPoint to(slider->width() - 2, from.y());
    for (int i = 1; i <= 12; ++i)
        sendMouse(slider, QEvent::MouseMove, from + (to - from) * i / 12, Qt::LeftButton);
    sendMouse(slider, QEvent::MouseButtonRelease, to, Qt::NoButton);
    QCOMPARE(slider->value(), 5);
    QCOMPARE(persona(0).traits[0].value, 5);
    QCOMPARE(stack()->count(), 4);
    stack()->undo();
    QCOMPARE(persona(0).traits[0].value, 2);
    QTRY_COMPARE(slider->value(), 2);

    // A drag that ends where it started leaves no step.
    const QPoint again = sliderHandle(slider).center();
    sendMouse(slider, QEvent::MouseButtonPress, again, Qt::LeftButton);
    sendMouse(slider, QEvent::MouseMove, QPoint(slider->width() - 2, again.y()), Qt::LeftButton);
    sendMouse(slider, QEvent::MouseMove, again, Qt::LeftButton);
    sendMouse(slider, QEvent::MouseButtonRelease, again, Qt::NoButton);
    QCOMPARE(persona(0).traits[0].value, 2);
    QCOMPARE(stack()->index(), 3);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(persona(0), start);
}

void TestPersona::traitsAddCustomRenameAndRemove()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    TraitEditor *traits = page->form()->traitEditor();
    page->form()->window()->activateWindow();
    const Persona start = persona(0);
    QList<Trait> expected = start.traits;

    // A custom trait: the button opens a row whose name is typed first.
    const QRect button = traits->addButton()->rect();
    QTest::mouseClick(traits->addButton(), Qt::LeftButton, {}, QPoint(button.width() / 3, button.height() / 2));
    QTRY_VERIFY(traits->pendingNameEdit() && traits->pendingNameEdit()->hasFocus());
    QCOMPARE(stack()->count(), 0);
    typeText(traits->pendingNameEdit(), u"Öko-bewusst 🌱"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    expected << Trait{u"Öko-bewusst 🌱"_s, 3};
    QCOMPARE(persona(0).traits, expected);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Edit traits of Mark Jensen"_s);
    QTRY_COMPARE(traits->rowCount(), expected.size());

    // A common one from the menu.
    const QStringList common = TraitEditor::commonTraits();
    QVERIFY(common.contains(u"Risk-averse"_s));
    traits->addTrait(u"Risk-averse"_s);
    expected << Trait{u"Risk-averse"_s, 3};
    QCOMPARE(persona(0).traits, expected);
    QCOMPARE(stack()->count(), 2);

    // Rename in place.
    QTRY_COMPARE(traits->rowCount(), expected.size());
    replaceText(traits->nameEdit(1), u"Preisbewusst"_s);
    QTest::keyClick(traits->nameEdit(1), Qt::Key_Return);
    expected[1].name = u"Preisbewusst"_s;
    QCOMPARE(persona(0).traits, expected);
    QCOMPARE(stack()->count(), 3);

    // Remove with ✕.
    QTest::mouseClick(traits->removeButton(0), Qt::LeftButton);
    expected.removeAt(0);
    QCOMPARE(persona(0).traits, expected);
    QCOMPARE(stack()->count(), 4);
    QTRY_COMPARE(traits->rowCount(), expected.size());
    QCOMPARE(traits->nameEdit(0)->text(), u"Preisbewusst"_s);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(persona(0), start);
    QTRY_COMPARE(traits->traits(), start.traits);
    QCOMPARE(traits->rowCount(), start.traits.size());
}

void TestPersona::avatarDropIsScaledAndStoredAsPng()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    const Persona start = persona(0);
    QVERIFY(start.avatar.isEmpty());
    AvatarPicker *picker = page->form()->avatarPicker();
    QVERIFY(!picker->removeButton()->isEnabled()); // initials already

    QImage photo(1800, 1200, QImage::Format_RGB32);
    photo.fill(QColor(200, 120, 40));
    const QString path = writePicture(u"Porträt.jpg"_s, [&] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 90);
        return bytes;
    }());
    QVERIFY(!path.isEmpty());
    dropFile(picker, path);

    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->undoText(), u"Change picture of Mark Jensen"_s);
    const QByteArray stored = persona(0).avatar;
    QVERIFY(stored.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(stored, "PNG"));
    QCOMPARE(image.size(), QSize(512, 341));
    QVERIFY(qAbs(qRed(image.pixel(100, 100)) - 200) < 10);
    QVERIFY(!page->form()->banner()->isVisible());
    QTRY_VERIFY(picker->removeButton()->isEnabled());

    // Back to the initials with one click.
    QTest::mouseClick(picker->removeButton(), Qt::LeftButton);
    QVERIFY(persona(0).avatar.isEmpty());
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->undoText(), u"Remove picture of Mark Jensen"_s);
    stack()->undo();
    stack()->undo();
    QCOMPARE(persona(0), start);
}

void TestPersona::badAvatarGivesClearMessage()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    AvatarPicker *picker = page->form()->avatarPicker();
    MessageBanner *banner = page->form()->banner();

    const QString bomb = writePicture(u"bomb.png"_s, pngBomb());
    QElapsedTimer timer;
    timer.start();
    dropFile(picker, bomb);
    QVERIFY(timer.elapsed() < 1000);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->message(),
             u"“bomb.png” is too large (50000 × 50000 pixels). Pick a picture of at most 8000 × 8000 pixels."_s);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(persona(0).avatar.isEmpty());

    const QByteArray good = pngBytes(QImage(64, 64, QImage::Format_RGB32));
    const QString truncated = writePicture(u"cut.png"_s, good.left(good.size() / 2));
    picker->pickFile(truncated);
    QCOMPARE(banner->message(),
             u"“cut.png” could not be read: the picture is damaged or incomplete. Pick another picture."_s);
    const QString garbage = writePicture(u"notes.webp"_s, QByteArray("just some text, no picture"));
    dropFile(picker, garbage);
    QCOMPARE(banner->message(),
             u"“notes.webp” is not a PNG, JPEG or WebP picture, or it is damaged. "
             u"Pick a PNG, JPEG or WebP picture."_s);
    QCOMPARE(stack()->count(), 0);

    // The message shows the file name literally, and a good picture clears it.
    const QString fine = writePicture(u"ok.png"_s, good);
    dropFile(picker, fine);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!banner->isVisible());
}

void TestPersona::textIsPlainEverywhere()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    const QString markup = u"<b>x</b>"_s;
    replaceText(page->form()->lineEdit(Field::Name), markup);
    QTest::keyClick(page->form()->lineEdit(Field::Name), Qt::Key_Return);
    replaceText(page->form()->lineEdit(Field::Segment), u"<img src=\"file:///etc/passwd\">"_s);
    QTest::keyClick(page->form()->lineEdit(Field::Segment), Qt::Key_Return);
    QCOMPARE(persona(0).name, markup);
    QTRY_COMPARE(tabs()->tabText(tabs()->indexOf(page)), markup);
    QTRY_COMPARE(page->sheetView()->persona().name, markup);

    PersonaGalleryPage *gallery = openGallery();
    QVERIFY(gallery);
    PersonaCard *card = gallery->cards().first();
    QCOMPARE(card->nameLabel()->text(), markup);
    QCOMPARE(card->nameLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(card->segmentLabel()->text(), u"<img src=\"file:///etc/passwd\">"_s);
    QCOMPARE(card->segmentLabel()->textFormat(), Qt::PlainText);

    // The sheet draws the characters: the name's box is as wide as the literal text needs.
    const QRect name = page->sheetView()->regionRect(Region::Name);
    QVERIFY(!name.isEmpty());
}

void TestPersona::editsReachFileAndInterchange()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    replaceText(page->form()->lineEdit(Field::Quote), u"Grüße aus Köln 🌷"_s);
    QTest::keyClick(page->form()->lineEdit(Field::Quote), Qt::Key_Return);
    dropFile(page->form()->avatarPicker(),
             writePicture(u"face.png"_s, pngBytes(QImage(40, 40, QImage::Format_ARGB32_Premultiplied))));
    page->form()->traitEditor()->addTrait(u"Brand-loyal!"_s);
    QCOMPARE(stack()->count(), 3);
    const Persona edited = persona(0);

    const QString path = m_home.filePath(u"personas.waymark"_s);
    QVERIFY(document()->saveAs(path).ok());
    auto reopened = Document::open(path, Document::OpenMode::ReadOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().text()));
    QCOMPARE((*reopened)->workspace().personas.items().first(), edited);

    // The interchange JSON of the working copy carries the same persona.
    auto data = WorkspaceData::fromStore(document()->store());
    QVERIFY(data.ok());
    const QByteArray json = InterchangeJson::write(*data);
    QVERIFY(json.contains("Grüße aus Köln 🌷"));
    auto back = InterchangeJson::read(json, u"personas.json"_s);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
    QCOMPARE(back->workspace.personas.items().first(), edited);
}

void TestPersona::readOnlyWorkspaceOffersNoEdits()
{
    const QString path = m_home.filePath(u"readonly.waymark"_s);
    QVERIFY(document()->saveAs(path).ok());
    auto opened = Document::open(path, Document::OpenMode::ReadOnly);
    QVERIFY(opened.ok());
    m_window->controller()->setDocument(std::move(*opened));
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    QVERIFY(page->form()->lineEdit(Field::Name)->isReadOnly());
    QVERIFY(!page->form()->listEditor(Region::Goals)->isEnabled());
    QVERIFY(!page->form()->traitEditor()->isEnabled());
    QVERIFY(!page->form()->avatarPicker()->isEnabled());
    QVERIFY(!page->duplicateButton()->isEnabled());
    QTest::mouseClick(page->sheetView(), Qt::LeftButton, {}, page->sheetView()->regionRect(Region::Goals).center());
    QCOMPARE(stack()->count(), 0);
}

QTEST_MAIN(TestPersona)
#include "tst_persona.moc"
