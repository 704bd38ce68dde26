// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The persona gallery, the persona page's journeys, duplicating, and the one-page persona
// sheet on screen, on paper and in PDF, driven like a user drives them.
#include "PersonaFixture.h"

using namespace waymark;
using namespace waymark::test;

class TestPersonaSheet : public QObject, public PersonaFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { PersonaFixture::initTestCase(); }
    void init() { PersonaFixture::init(); }
    void cleanup() { PersonaFixture::cleanup(); }

    void galleryListsEveryPersonaAndClickOpens();
    void personaPageListsJourneysAndClickOpens();
    void duplicateViaNavigatorAndPage();
    void sheetClickGoesToEditor();
    void sheetFitsOnPaperPage();
    void sheetPrintsToPdf();
};

void TestPersonaSheet::galleryListsEveryPersonaAndClickOpens()
{
    PersonaGalleryPage *gallery = openGallery();
    QVERIFY(gallery);
    QCOMPARE(tabs()->tabText(tabs()->currentIndex()), u"Personas"_s);
    QStringList names;
    for (PersonaCard *card : gallery->cards())
        names << card->nameLabel()->text();
    QCOMPARE(names, (QStringList{u"Mark Jensen"_s, u"Petra Schneider"_s, u"Aisha Okafor"_s}));
    QCOMPARE(gallery->cards().at(0)->quoteLabel()->text(), u"“%1”"_s.arg(persona(0).quote));

    // A persona added anywhere appears.
    m_window->navigator()->create(EntityKind::Persona);
    QTRY_COMPARE(gallery->cards().size(), 4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the navigator's name editor

    // One click opens a persona.
    tabs()->setCurrentWidget(gallery);
    PersonaCard *petra = gallery->cards().at(1);
    QTest::mouseClick(petra, Qt::LeftButton, {}, petra->rect().center());
    auto *page = qobject_cast<PersonaEditorPage *>(tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->entityId(), persona(1).id.value);

    // The page's “All Personas” goes back to the same gallery tab.
    QTest::mouseClick(page->galleryButton(), Qt::LeftButton);
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(gallery));

    // “New Persona” adds one and opens it.
    QTest::mouseClick(gallery->newButton(), Qt::LeftButton);
    QCOMPARE(document()->workspace().personas.size(), 5);
    page = qobject_cast<PersonaEditorPage *>(tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->entityId(), persona(4).id.value);
    // Its name is ready to be typed over.
    QLineEdit *name = page->form()->lineEdit(Field::Name);
    QTRY_VERIFY(name->hasFocus());
    typeText(name, u"Lena Wagner"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(persona(4).name, u"Lena Wagner"_s);
}

void TestPersonaSheet::personaPageListsJourneysAndClickOpens()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    const Journey journey = document()->workspace().journeys.items().first();
    QCOMPARE(journey.personaId, persona(0).id);
    QCOMPARE(page->journeys(), QList<Journey>{journey});
    QTRY_VERIFY(page->sheetView()->isVisible() && page->sheetView()->width() > 200);
    const QRect chip = page->sheetView()->regionRect(Region::Journey, journey.id.value);
    QVERIFY(!chip.isEmpty());
    QVERIFY(page->sheetView()->pageRect().contains(chip));

    QTest::mouseClick(page->sheetView(), Qt::LeftButton, {}, chip.center());
    auto *journeyPage = qobject_cast<JourneyEditorPage *>(tabs()->currentWidget());
    QVERIFY(journeyPage);
    QCOMPARE(journeyPage->entityId(), journey.id.value);

    // Petra has no journey: nothing to click.
    PersonaEditorPage *petra = openPersona(1);
    QVERIFY(petra);
    QVERIFY(petra->journeys().isEmpty());
    QTRY_VERIFY(petra->sheetView()->width() > 200);
    for (const PersonaSheet::Hit &hit : petra->sheetView()->regions())
        QVERIFY(hit.region != Region::Journey);
}

void TestPersonaSheet::duplicateViaNavigatorAndPage()
{
    const Persona original = persona(0);
    const QModelIndex first = navigatorModel()->index(0, 0, navigatorModel()->groupIndex(EntityKind::Persona));
    QTest::mouseClick(navigatorView()->viewport(), Qt::LeftButton, {}, navigatorView()->visualRect(first).center());
    QTRY_VERIFY(navigatorView()->hasFocus());
    QTest::keyClick(navigatorView(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(document()->workspace().personas.size(), 4);
    QCOMPARE(stack()->count(), 1);
    Persona copy = persona(1);
    QCOMPARE(copy.name, u"Mark Jensen (copy)"_s);
    QVERIFY(copy.id != original.id);
    copy.id = original.id;
    copy.name = original.name;
    QCOMPARE(copy, original); // every field, traits and picture included

    // From the persona's page: the copy opens.
    PersonaEditorPage *page = openPersona(2);
    QVERIFY(page);
    const QString petra = persona(2).name;
    QTest::mouseClick(page->duplicateButton(), Qt::LeftButton);
    QCOMPARE(document()->workspace().personas.size(), 5);
    auto *copyPage = qobject_cast<PersonaEditorPage *>(tabs()->currentWidget());
    QVERIFY(copyPage && copyPage != page);
    QCOMPARE(copyPage->entityId(), persona(3).id.value);
    QCOMPARE(persona(3).name, u"%1 (copy)"_s.arg(petra));
    stack()->undo();
    stack()->undo();
    QCOMPARE(document()->workspace().personas.size(), 3);
    QTRY_COMPARE(tabs()->indexOf(copyPage), -1); // the copy's page closed with it
}

void TestPersonaSheet::sheetClickGoesToEditor()
{
    PersonaEditorPage *page = openPersona(0);
    QVERIFY(page);
    page->form()->window()->activateWindow();
    PersonaSheetView *sheet = page->sheetView();
    QTRY_VERIFY(sheet->width() > 200);

    const QRect needs = sheet->regionRect(Region::Needs);
    QVERIFY(!needs.isEmpty());
    QTest::mouseClick(sheet, Qt::LeftButton, {}, needs.center());
    QTRY_VERIFY(page->form()->listEditor(Region::Needs)->list()->hasFocus());

    const QRect quote = sheet->regionRect(Region::Quote);
    QTest::mouseClick(sheet, Qt::LeftButton, {}, quote.center());
    QTRY_VERIFY(page->form()->lineEdit(Field::Quote)->hasFocus());

    // With the editor hidden for presenting, a click brings it back.
    QTest::mouseClick(page->editorButton(), Qt::LeftButton);
    QVERIFY(!page->form()->isVisible());
    QTRY_VERIFY(sheet->width() > 200);
    QTest::mouseClick(sheet, Qt::LeftButton, {}, sheet->regionRect(Region::Traits).center());
    QTRY_VERIFY(page->form()->isVisible());
    QTRY_VERIFY(page->form()->traitEditor()->slider(0)->hasFocus());
    QCOMPARE(stack()->count(), 0);
}

void TestPersonaSheet::sheetFitsOnPaperPage()
{
    // Everything the persona has, with far too many items for one page.
    Persona p = persona(0);
    for (int i = 0; i < 14; ++i) {
        p.goals << u"Ziel Nummer %1 mit etwas längerem Text, der umbrechen muss 🌻"_s.arg(i);
        p.frustrations << u"Frustration %1 😤"_s.arg(i);
    }
    p.quote = u"Ein sehr langes Zitat. "_s.repeated(20);
    const QList<Journey> journeys = document()->workspace().journeys.items();

    // A4 landscape at 100 dpi, as the export would hand the sheet a page.
    QImage paper(1169, 827, QImage::Format_RGB32);
    paper.setDotsPerMeterX(3937);
    paper.setDotsPerMeterY(3937);
    paper.fill(Qt::gray);
    PersonaSheet sheet(p, journeys);
    QPainter painter(&paper);
    sheet.paint(&painter, QRectF(paper.rect()));
    painter.end();
    const QRectF page = PersonaSheet::fitPage(QRectF(paper.rect()));
    QVERIFY(qAbs(page.width() / page.height() - PersonaSheet::kAspect) < 0.01);
    // The paper is white, with ink on it.
    QCOMPARE(paper.pixelColor(page.toRect().topLeft() + QPoint(5, 5)), QColor(Qt::white));
    int ink = 0;
    for (int y = 0; y < paper.height(); y += 3)
        for (int x = 0; x < paper.width(); x += 3)
            ink += qGray(paper.pixel(x, y)) < 128;
    QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));
    // Every region lies on the page.
    const QList<PersonaSheet::Hit> regions = sheet.regions(&paper, QRectF(paper.rect()));
    QVERIFY(regions.size() >= 12);
    for (const PersonaSheet::Hit &hit : regions)
        QVERIFY2(page.contains(hit.rect), qPrintable(PersonaSheet::title(hit.region)));
}

void TestPersonaSheet::sheetPrintsToPdf()
{
    // What the export does with a persona: the same drawing on an A4 landscape PDF page.
    const QString pdf = m_home.filePath(u"persona.pdf"_s);
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter(&writer);
        Persona p = persona(1);
        p.name = u"Petra Schneider 🌻"_s;
        PersonaSheet(p, {}).paint(&painter, QRectF(writer.pageLayout().paintRectPixels(writer.resolution())));
    }
    // WAYMARK_TEST_KEEP=DIR keeps the page for a look (pdftoppm -png).
    if (const QString keep = qEnvironmentVariable("WAYMARK_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"persona-sheet.pdf"_s));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!text.waitForStarted())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(text.waitForFinished());
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected : {u"Petra Schneider"_s, u"Professional gardener"_s, u"Ärger"_s,
                                    u"Kauf auf Rechnung"_s, u"Tech-savvy"_s, u"Freiburg im Breisgau"_s,
                                    u"FRUSTRATIONS"_s})
        QVERIFY2(content.contains(expected), qPrintable(expected + u" missing in:\n"_s + content));
}

QTEST_MAIN(TestPersonaSheet)
#include "tst_personasheet.moc"
