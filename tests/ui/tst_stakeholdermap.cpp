// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder map driven like a user drives it: mouse and keys on the view's viewport,
// typing in the panel, the owner menu of the journey page.
#include "overview/JourneyGridDelegate.h"
#include "overview/JourneyOverviewPage.h"
#include "shell/EditorArea.h"
#include "stakeholder/StakeholderItem.h"
#include "stakeholder/StakeholderMapPage.h"
#include "stakeholder/StakeholderPanel.h"
#include "stakeholder/StakeholderScene.h"
#include "stakeholder/StakeholderView.h"
#include "widgets/PlainLabel.h"

#include "commands/InsertCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/TemplateLibrary.h"
#include "stakeholder/StakeholderGrid.h"
#include "stakeholder/StakeholderMoveCommand.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace waymark;

class TestStakeholderMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void quadrantOfPosition_data();
    void quadrantOfPosition();
    void moveCommandMergesOnlyItsOwnGesture();
    void editorAreaOpensTheGrid();
    void sceneMirrorsDocument();
    void dragIsOneUndoStepAndQuadrantFollows();
    void dragBackToStartLeavesNoStep();
    void dragOfSeveralIsOneUndoStep();
    void doubleClickOnEmptySpotCreatesStakeholder();
    void escapeCancelsCreation();
    void panelEditsAreOneUndoStepEach();
    void customStrategyOverridesDerivedOne();
    void deleteKeyRemovesAndUndoRestores();
    void arrowKeysNudgeAcrossTheSplit();
    void ownerIsSetFromJourneyPageAndClearedWithStakeholder();
    void textIsPlain();
    void colorsFollowTheSystemPalette();

private:
    Document *doc() const { return m_doc.get(); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    StakeholderView *view() const { return m_page->view(); }
    StakeholderScene *scene() const { return m_page->scene(); }
    StakeholderPanel *panel() const { return m_page->panel(); }
    const Stakeholder &person(const QString &name) const;
    const Stakeholder &person(StakeholderId id) const { return *doc()->workspace().stakeholders.find(id); }
    QPoint at(QPointF scenePos) const { return view()->mapFromScene(scenePos); }
    QPoint cardCentre(StakeholderId id) const { return at(scene()->itemFor(id)->pos()); }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {});
    void clickCard(StakeholderId id, Qt::KeyboardModifiers modifiers = {});
    static void doubleClick(QWidget *widget, QPoint pos);
    /// Types `text` into `widget` key by key, also characters beyond ASCII (ü, ß, emoji).
    static void type(QWidget *widget, const QString &text);
    /// Types `text` into `edit` (replacing what is there) and leaves the field with Tab.
    static void retype(QWidget *edit, const QString &text);

    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    StakeholderMapId m_mapId;
    StakeholderMapPage *m_page = nullptr;
};

void TestStakeholderMap::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_stakeholdermap"));
}

void TestStakeholderMap::init()
{
    auto data = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().text()));
    auto created = Document::create(&*data);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    m_doc = std::move(*created);
    QCOMPARE(doc()->workspace().stakeholderMaps.size(), 1);
    m_mapId = doc()->workspace().stakeholderMaps.items().first().id;
    m_page = new StakeholderMapPage(doc(), m_mapId.value);
    m_page->resize(1500, 950);
    m_page->refreshNow();
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QCoreApplication::processEvents(); // the fit after the first layout
}

void TestStakeholderMap::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_doc.reset();
}

const Stakeholder &TestStakeholderMap::person(const QString &name) const
{
    for (const Stakeholder &s : doc()->workspace().stakeholders)
        if (s.name == name)
            return s;
    qFatal("no stakeholder named %s", qPrintable(name));
}

void TestStakeholderMap::drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    constexpr int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

void TestStakeholderMap::clickCard(StakeholderId id, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, cardCentre(id));
}

void TestStakeholderMap::doubleClick(QWidget *widget, QPoint pos)
{
    // What a window system delivers (QTest::mouseDClick alone sends only the double-click).
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void TestStakeholderMap::type(QWidget *widget, const QString &text)
{
    // QTest::keyClicks knows only ASCII; other characters arrive as key events with text.
    for (char32_t c : text.toUcs4()) {
        const QString character = QString::fromUcs4(&c, 1);
        if (c < 0x80) {
            QTest::keyClick(widget, char(c));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, character, Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, character, Qt::NoModifier);
        }
    }
}

void TestStakeholderMap::retype(QWidget *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

// -----------------------------------------------------------------------------------------

void TestStakeholderMap::quadrantOfPosition_data()
{
    QTest::addColumn<double>("power");
    QTest::addColumn<double>("interest");
    QTest::addColumn<StakeholderQuadrant>("quadrant");
    QTest::addColumn<QString>("strategy");
    const auto row = [](const char *name, double p, double i, StakeholderQuadrant q, const char *s) {
        QTest::newRow(name) << p << i << q << QString::fromUtf8(s);
    };
    row("both high", 0.9, 0.9, StakeholderQuadrant::Champions, "Manage closely");
    row("both exactly 0.5", 0.5, 0.5, StakeholderQuadrant::Champions, "Manage closely");
    row("power 0.5, interest just below", 0.5, 0.49, StakeholderQuadrant::Gatekeepers, "Keep satisfied");
    row("power just below, interest 0.5", 0.49, 0.5, StakeholderQuadrant::Supporters, "Keep informed");
    row("both just below", 0.499, 0.499, StakeholderQuadrant::Spectators, "Monitor");
    row("corner 1/0", 1.0, 0.0, StakeholderQuadrant::Gatekeepers, "Keep satisfied");
    row("corner 0/1", 0.0, 1.0, StakeholderQuadrant::Supporters, "Keep informed");
    row("origin", 0.0, 0.0, StakeholderQuadrant::Spectators, "Monitor");
    row("out of range counts by side", 1.7, -0.3, StakeholderQuadrant::Gatekeepers, "Keep satisfied");
    row("NaN is low", std::nan(""), std::nan(""), StakeholderQuadrant::Spectators, "Monitor");
}

void TestStakeholderMap::quadrantOfPosition()
{
    QFETCH(double, power);
    QFETCH(double, interest);
    QFETCH(StakeholderQuadrant, quadrant);
    QFETCH(QString, strategy);
    QCOMPARE(StakeholderGrid::quadrantOf(power, interest), quadrant);
    QCOMPARE(StakeholderGrid::derivedStrategy(power, interest), strategy);
    QCOMPARE(StakeholderGrid::derivedStrategy(quadrant), strategy);

    Stakeholder s;
    s.power = power;
    s.interest = interest;
    QCOMPARE(StakeholderGrid::effectiveStrategy(s), strategy);
    QVERIFY(StakeholderGrid::isStrategyDerived(s));
    s.strategy = QStringLiteral("Weekly coffee");
    QCOMPARE(StakeholderGrid::effectiveStrategy(s), QStringLiteral("Weekly coffee"));
    QVERIFY(!StakeholderGrid::isStrategyDerived(s));
}

void TestStakeholderMap::moveCommandMergesOnlyItsOwnGesture()
{
    const Workspace start = doc()->workspace();
    const StakeholderId katrin = person(QStringLiteral("Katrin Vogel")).id;
    const StakeholderId stefan = person(QStringLiteral("Stefan Brandt")).id;
    using Target = StakeholderMoveCommand::Target;
    const auto move = [this](const QList<Target> &targets, bool continues) {
        QVERIFY(doc()->execute(new StakeholderMoveCommand(doc(), targets, continues)));
    };
    move({{katrin, 0.7, 0.8}}, false);
    QCOMPARE(stack()->count(), 1);
    move({{katrin, 0.6, 0.7}}, true); // the same gesture: merged
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(person(katrin).power, 0.6);
    move({{katrin, 0.5, 0.6}, {stefan, 0.5, 0.5}}, true); // other stakeholders: a step of its own
    QCOMPARE(stack()->count(), 2);
    move({{katrin, 0.4, 0.4}}, false); // a new gesture never merges into the last one
    QCOMPARE(stack()->count(), 3);
    move({{katrin, 0.5, 0.6}}, true); // back where the gesture began: dropped
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(person(katrin).power, 0.5);
    move({}, false); // nothing to move: no step
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    QCOMPARE(person(stefan).power, 0.95);
    QCOMPARE(person(katrin).power, 0.6);
    stack()->undo();
    QVERIFY(doc()->workspace() == start);
    stack()->redo();
    stack()->redo();
    QCOMPARE(person(stefan).power, 0.5);
    QCOMPARE(person(katrin).interest, 0.6);
}

void TestStakeholderMap::editorAreaOpensTheGrid()
{
    EditorArea area;
    area.setDocument(doc());
    QVERIFY(qobject_cast<StakeholderMapPage *>(area.open(EntityKind::StakeholderMap, m_mapId.value)));
    area.setDocument(nullptr);
}

void TestStakeholderMap::sceneMirrorsDocument()
{
    const QList<Stakeholder> people = doc()->workspace().stakeholders.children(m_mapId.value);
    QCOMPARE(scene()->stakeholderItems().size(), people.size());
    for (const Stakeholder &s : people) {
        StakeholderItem *item = scene()->itemFor(s.id);
        QVERIFY(item);
        QCOMPARE(item->nameText(), s.name);
        QCOMPARE(item->pos(), StakeholderScene::toScene(s.power, s.interest));
    }
    QCOMPARE(m_page->findChild<PlainLabel *>(QStringLiteral("stakeholderMapTitle"))->text(),
             doc()->workspace().stakeholderMaps.items().first().name);

    // Added by any editor: a card appears.
    Stakeholder added;
    added.id = StakeholderId(doc()->allocateId());
    added.mapId = m_mapId;
    added.name = QStringLiteral("Jana Krüger");
    added.power = 0.1;
    added.interest = 0.9;
    QVERIFY(doc()->execute(new InsertCommand<Stakeholder>(doc(), added, -1, QStringLiteral("add"))));
    QVERIFY(scene()->itemFor(added.id));
    QCOMPARE(scene()->itemFor(added.id)->pos(), StakeholderScene::toScene(0.1, 0.9));
    QCOMPARE(scene()->itemFor(added.id)->strategyText(), QStringLiteral("Keep informed"));

    // Removed: it goes; undo brings it back where it was.
    const Stakeholder &katrin = person(QStringLiteral("Katrin Vogel"));
    const StakeholderId katrinId = katrin.id;
    const QPointF katrinPos = scene()->itemFor(katrinId)->pos();
    QVERIFY(doc()->execute(WorkspaceEdits::remove(doc(), EntityKind::Stakeholder, katrinId.value)));
    QVERIFY(!scene()->itemFor(katrinId));
    QCOMPARE(scene()->stakeholderItems().size(), people.size());
    stack()->undo();
    QVERIFY(scene()->itemFor(katrinId));
    QCOMPARE(scene()->itemFor(katrinId)->pos(), katrinPos);
    stack()->undo();
    QVERIFY(!scene()->itemFor(added.id));
    QCOMPARE(scene()->stakeholderItems().size(), people.size());

    // Stakeholders of another map stay off this grid.
    QVERIFY(doc()->execute(WorkspaceEdits::duplicate(doc(), EntityKind::StakeholderMap, m_mapId.value)));
    QCOMPARE(scene()->stakeholderItems().size(), people.size());
}

void TestStakeholderMap::dragIsOneUndoStepAndQuadrantFollows()
{
    const StakeholderId id = person(QStringLiteral("Katrin Vogel")).id;
    StakeholderItem *item = scene()->itemFor(id);
    QCOMPARE(item->strategyText(), QStringLiteral("Manage closely"));
    QVERIFY(item->isStrategyDerived());
    const Stakeholder before = person(id);

    // Down into the supporters' quadrant: low power, still high interest.
    const QPoint from = cardCentre(id);
    const QPoint to = at(StakeholderScene::toScene(0.3, 0.9));
    drag(from, to);

    QCOMPARE(stack()->count(), 1);
    QVERIFY2(stack()->undoText().contains(QStringLiteral("Katrin Vogel")), qPrintable(stack()->undoText()));
    const Stakeholder &moved = person(id);
    QVERIFY2(qAbs(moved.power - 0.3) <= 0.02, qPrintable(QString::number(moved.power)));
    QVERIFY2(qAbs(moved.interest - 0.9) <= 0.02, qPrintable(QString::number(moved.interest)));
    QCOMPARE(StakeholderGrid::quadrantOf(moved.power, moved.interest), StakeholderQuadrant::Supporters);
    QCOMPARE(item->pos(), StakeholderScene::toScene(moved.power, moved.interest));
    QCOMPARE(item->strategyText(), QStringLiteral("Keep informed"));
    QVERIFY(item->isSelected());
    QCOMPARE(panel()->current(), id);
    QVERIFY(panel()->quadrantLabel()->text().contains(QStringLiteral("Supporters")));
    QVERIFY(panel()->quadrantLabel()->text().contains(QStringLiteral("Keep informed")));
    QCOMPARE(panel()->powerBox()->value(), qRound(moved.power * 100));

    stack()->undo();
    QCOMPARE(person(id), before);
    QCOMPARE(item->strategyText(), QStringLiteral("Manage closely"));
    QCOMPARE(item->pos(), StakeholderScene::toScene(0.85, 0.9));
    QVERIFY(panel()->quadrantLabel()->text().contains(QStringLiteral("Champions")));
    stack()->redo();
    QCOMPARE(StakeholderGrid::quadrantOf(person(id).power, person(id).interest), StakeholderQuadrant::Supporters);

    // A second drag is a second step.
    drag(cardCentre(id), at(StakeholderScene::toScene(0.6, 0.2)));
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(item->strategyText(), QStringLiteral("Keep satisfied"));
}

void TestStakeholderMap::dragBackToStartLeavesNoStep()
{
    const StakeholderId id = person(QStringLiteral("Katrin Vogel")).id;
    const Stakeholder before = person(id);
    QWidget *viewport = view()->viewport();
    const QPoint from = cardCentre(id);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(-60, 80));
    QTest::mouseMove(viewport, from + QPoint(-120, 160));
    QVERIFY(!(person(id) == before)); // the card follows the mouse
    QTest::mouseMove(viewport, from);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, from);
    QCOMPARE(person(id), before);
    QCOMPARE(stack()->count(), 0);

    // A click (no movement) selects without an edit.
    clickCard(id);
    QCOMPARE(scene()->selectedIds(), QList<StakeholderId>{id});
    QCOMPARE(stack()->count(), 0);
}

void TestStakeholderMap::dragOfSeveralIsOneUndoStep()
{
    const StakeholderId katrin = person(QStringLiteral("Katrin Vogel")).id;
    const StakeholderId stefan = person(QStringLiteral("Stefan Brandt")).id;
    const Workspace before = doc()->workspace();
    clickCard(katrin);
    clickCard(stefan, Qt::ControlModifier);
    QCOMPARE(scene()->selectedIds().size(), 2);
    auto *note = panel()->findChild<PlainLabel *>(QStringLiteral("stakeholderSelectionNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("2")));
    QVERIFY(!panel()->current().isValid());

    // Down by 30 % of power, left by 10 % of interest: both move by the same amount.
    const QSizeF unit = StakeholderScene::unitSize();
    const QPoint from = cardCentre(katrin);
    const QPoint to = at(scene()->itemFor(katrin)->pos() + QPointF(-0.1 * unit.width(), 0.3 * unit.height()));
    drag(from, to);

    QCOMPARE(stack()->count(), 1);
    QVERIFY2(stack()->undoText().contains(QStringLiteral("2")), qPrintable(stack()->undoText()));
    QVERIFY(qAbs(person(katrin).power - 0.55) <= 0.02);
    QVERIFY(qAbs(person(katrin).interest - 0.8) <= 0.02);
    QVERIFY(qAbs((person(stefan).power - 0.95) - (person(katrin).power - 0.85)) < 0.011);
    QVERIFY(qAbs((person(stefan).interest - 0.35) - (person(katrin).interest - 0.9)) < 0.011);
    QCOMPARE(scene()->itemFor(stefan)->pos(), StakeholderScene::toScene(person(stefan).power, person(stefan).interest));

    stack()->undo();
    QVERIFY(doc()->workspace() == before);
}

void TestStakeholderMap::doubleClickOnEmptySpotCreatesStakeholder()
{
    const qsizetype count = doc()->workspace().stakeholders.size();
    const QPoint spot = at(StakeholderScene::toScene(0.1, 0.95)); // low power, high interest: empty
    QVERIFY(!view()->cardAt(spot));
    doubleClick(view()->viewport(), spot);

    QLineEdit *editor = view()->inlineEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(stack()->count(), 0); // nothing exists until the name is typed
    type(editor, QStringLiteral("Jürgen Groß 🌱"));
    QTest::keyClick(editor, Qt::Key_Return);

    QCOMPARE(doc()->workspace().stakeholders.size(), count + 1);
    QCOMPARE(stack()->count(), 1);
    const Stakeholder &created = doc()->workspace().stakeholders.items().last();
    QCOMPARE(created.name, QStringLiteral("Jürgen Groß 🌱"));
    QCOMPARE(created.mapId, m_mapId);
    QVERIFY2(qAbs(created.power - 0.1) <= 0.02 && qAbs(created.interest - 0.95) <= 0.02,
             qPrintable(QStringLiteral("%1 %2").arg(created.power).arg(created.interest)));
    StakeholderItem *item = scene()->itemFor(created.id);
    QVERIFY(item);
    QCOMPARE(item->nameText(), created.name);
    QCOMPARE(item->strategyText(), QStringLiteral("Keep informed"));
    QCOMPARE(scene()->selectedIds(), QList<StakeholderId>{created.id});
    QCOMPARE(panel()->nameEdit()->text(), created.name);
    QVERIFY(!view()->inlineEditor());
    QTRY_VERIFY(view()->hasFocus()); // ready for arrows and Delete

    stack()->undo();
    QCOMPARE(doc()->workspace().stakeholders.size(), count);
    QVERIFY(!scene()->itemFor(created.id));

    // The toolbar button: the same editor on a free spot.
    m_page->addStakeholderAction()->trigger();
    QVERIFY(view()->inlineEditor());
    QTest::keyClicks(view()->inlineEditor(), QStringLiteral("Ada"));
    QTest::keyClick(view()->inlineEditor(), Qt::Key_Enter);
    QCOMPARE(doc()->workspace().stakeholders.items().last().name, QStringLiteral("Ada"));
}

void TestStakeholderMap::escapeCancelsCreation()
{
    const qsizetype count = doc()->workspace().stakeholders.size();
    doubleClick(view()->viewport(), at(StakeholderScene::toScene(0.05, 0.05)));
    QLineEdit *editor = view()->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Nobody"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!view()->inlineEditor());
    QCOMPARE(doc()->workspace().stakeholders.size(), count);
    QCOMPARE(stack()->count(), 0);
}

void TestStakeholderMap::panelEditsAreOneUndoStepEach()
{
    const StakeholderId id = person(QStringLiteral("Katrin Vogel")).id;
    clickCard(id);
    QCOMPARE(panel()->current(), id);
    QCOMPARE(panel()->roleEdit()->text(), QStringLiteral("Head of E-Commerce"));
    const Stakeholder start = person(id);

    retype(panel()->roleEdit(), QStringLiteral("Chief Digital Officer"));
    QCOMPARE(person(id).role, QStringLiteral("Chief Digital Officer"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(scene()->itemFor(id)->detailText().contains(QStringLiteral("Chief Digital Officer")));

    retype(panel()->departmentEdit(), QStringLiteral("Digital"));
    QCOMPARE(person(id).department, QStringLiteral("Digital"));
    QCOMPARE(stack()->count(), 2);

    panel()->attitudeBox()->setFocus();
    QTest::keyClick(panel()->attitudeBox(), Qt::Key_Down); // Champion → Supporter
    QCOMPARE(person(id).attitude, Attitude::Supporter);
    QCOMPARE(stack()->count(), 3);
    QVERIFY(scene()->itemFor(id)->attitudeText().startsWith(QStringLiteral("Supporter")));

    retype(panel()->powerBox(), QStringLiteral("30"));
    QCOMPARE(person(id).power, 0.3);
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Keep informed"));
    QCOMPARE(scene()->itemFor(id)->pos(), StakeholderScene::toScene(0.3, 0.9));

    retype(panel()->interestBox(), QStringLiteral("20"));
    QCOMPARE(person(id).interest, 0.2);
    QCOMPARE(stack()->count(), 5);
    QVERIFY(panel()->quadrantLabel()->text().contains(QStringLiteral("Spectators")));

    retype(panel()->notesEdit(), QStringLiteral("Moved to the holding company."));
    QCOMPARE(person(id).notes, QStringLiteral("Moved to the holding company."));
    QCOMPARE(stack()->count(), 6);

    retype(panel()->nameEdit(), QStringLiteral("Katrin Vogel-Schmidt"));
    QCOMPARE(person(id).name, QStringLiteral("Katrin Vogel-Schmidt"));
    QCOMPARE(stack()->count(), 7);
    QCOMPARE(scene()->itemFor(id)->nameText(), QStringLiteral("Katrin Vogel-Schmidt"));

    // An empty name is refused and the field shows the name again.
    retype(panel()->nameEdit(), QString());
    QCOMPARE(stack()->count(), 7);
    QCOMPARE(panel()->nameEdit()->text(), QStringLiteral("Katrin Vogel-Schmidt"));

    // Leaving a field unchanged is no edit.
    panel()->roleEdit()->setFocus();
    QTest::keyClick(panel()->roleEdit(), Qt::Key_Tab);
    QCOMPARE(stack()->count(), 7);

    for (int i = 0; i < 7; ++i)
        stack()->undo();
    QCOMPARE(person(id), start);
    QCOMPARE(panel()->roleEdit()->text(), start.role); // the panel follows undo
    QCOMPARE(panel()->powerBox()->value(), 85);
}

void TestStakeholderMap::customStrategyOverridesDerivedOne()
{
    const StakeholderId id = person(QStringLiteral("Katrin Vogel")).id;
    clickCard(id);
    QPlainTextEdit *strategy = panel()->strategyEdit();
    QVERIFY(strategy->toPlainText().isEmpty());
    QVERIFY(strategy->placeholderText().contains(QStringLiteral("Manage closely")));
    QVERIFY(strategy->font().italic());

    retype(strategy, QStringLiteral("Weekly 1:1 before the steering committee"));
    QCOMPARE(person(id).strategy, QStringLiteral("Weekly 1:1 before the steering committee"));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Weekly 1:1 before the steering committee"));
    QVERIFY(!scene()->itemFor(id)->isStrategyDerived());
    QVERIFY(!strategy->font().italic());

    // Cleared: the quadrant's strategy again, and it follows a move.
    retype(strategy, QString());
    QCOMPARE(person(id).strategy, QString());
    QCOMPARE(stack()->count(), 2);
    QVERIFY(scene()->itemFor(id)->isStrategyDerived());
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Manage closely"));
    QVERIFY(strategy->font().italic());
    drag(cardCentre(id), at(StakeholderScene::toScene(0.9, 0.1)));
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Keep satisfied"));
    QVERIFY(strategy->placeholderText().contains(QStringLiteral("Keep satisfied")));
}

void TestStakeholderMap::deleteKeyRemovesAndUndoRestores()
{
    const Workspace before = doc()->workspace();
    const Stakeholder julia = person(QStringLiteral("Julia Neumann"));
    const StakeholderId id = julia.id;
    clickCard(id);
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!doc()->workspace().stakeholders.contains(id));
    QVERIFY(!scene()->itemFor(id));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!panel()->current().isValid());
    QVERIFY2(m_page->message().contains(QStringLiteral("Julia Neumann")), qPrintable(m_page->message()));

    stack()->undo();
    QVERIFY(doc()->workspace() == before);
    QVERIFY(scene()->itemFor(id));
    QCOMPARE(scene()->itemFor(id)->pos(), StakeholderScene::toScene(julia.power, julia.interest));

    // Everything selected: one step for all.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(scene()->selectedIds().size(), before.stakeholders.size());
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(scene()->stakeholderItems().isEmpty());
    QVERIFY(doc()->workspace().stakeholders.isEmpty());
    QCOMPARE(stack()->index(), 1); // one step (it replaced the undone one)
    QVERIFY2(stack()->undoText().contains(QString::number(before.stakeholders.size())), qPrintable(stack()->undoText()));
    stack()->undo();
    QVERIFY(doc()->workspace() == before);
    QCOMPARE(scene()->stakeholderItems().size(), before.stakeholders.size());
}

void TestStakeholderMap::arrowKeysNudgeAcrossTheSplit()
{
    const StakeholderId id = person(QStringLiteral("Oliver Hartmann")).id; // power 0.65, interest exactly 0.5
    clickCard(id);
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Manage closely"));
    QTest::keyClick(view(), Qt::Key_Left);
    QCOMPARE(person(id).interest, 0.49);
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Keep satisfied"));
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(person(id).power, 0.7);
    QCOMPARE(stack()->count(), 2);
    QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(person(id).interest, 0.51);
    QCOMPARE(scene()->itemFor(id)->strategyText(), QStringLiteral("Manage closely"));
    stack()->setIndex(0);
    QCOMPARE(person(id).power, 0.65);
    QCOMPARE(person(id).interest, 0.5);
}

void TestStakeholderMap::ownerIsSetFromJourneyPageAndClearedWithStakeholder()
{
    const Workspace &w = doc()->workspace();
    const JourneyId journeyId = w.journeys.items().first().id;
    TouchpointId checkout;
    for (const Touchpoint &t : w.touchpoints)
        if (t.title == QStringLiteral("Checkout"))
            checkout = t.id;
    QVERIFY(checkout.isValid());
    const StakeholderId katrin = person(QStringLiteral("Katrin Vogel")).id;

    JourneyOverviewPage journey(doc(), journeyId.value);
    journey.resize(1500, 950);
    journey.refreshNow();
    journey.show();
    QVERIFY(QTest::qWaitForWindowExposed(&journey));
    QTableWidget *grid = journey.grid();

    // Find the card on the screen: the cell that holds it, then a point on the card.
    QPoint onCard;
    for (int r = 0; r < grid->rowCount() && onCard.isNull(); ++r)
        for (int c = 0; c < grid->columnCount() && onCard.isNull(); ++c) {
            const auto cards = grid->item(r, c)->data(JourneyGridDelegate::CardsRole).value<QList<JourneyCard>>();
            if (std::none_of(cards.begin(), cards.end(), [&](const JourneyCard &k) { return k.id == checkout.value; }))
                continue;
            grid->scrollToItem(grid->item(r, c));
            const QRect cell = grid->visualItemRect(grid->item(r, c));
            for (int y = cell.top(); y < cell.bottom() && onCard.isNull(); y += 2)
                if (journey.touchpointAt(QPoint(cell.center().x(), y)) == checkout)
                    onCard = QPoint(cell.center().x(), y);
        }
    QVERIFY(!onCard.isNull());

    // Right-click the card: "Set owner ▸ Katrin Vogel".
    const auto chooseOwner = [&](const QString &name) {
        bool chosen = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto *owners = menu->findChild<QMenu *>(QStringLiteral("ownerMenu"));
            QVERIFY(owners);
            for (QAction *action : owners->actions())
                if (action->text() == name && action->isEnabled()) {
                    action->trigger();
                    chosen = true;
                }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, onCard, grid->viewport()->mapToGlobal(onCard));
        QApplication::sendEvent(grid->viewport(), &event);
        QVERIFY2(chosen, qPrintable(name));
    };
    chooseOwner(QStringLiteral("Katrin Vogel"));
    QCOMPARE(w.touchpoints.find(checkout)->ownerStakeholder, katrin);
    QCOMPARE(w.touchpoints.find(checkout)->owner, QStringLiteral("Katrin Vogel"));
    QCOMPARE(stack()->count(), 1);
    const auto gridHas = [grid](const QString &text) {
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                if (grid->item(r, c) && grid->item(r, c)->text().contains(text))
                    return true;
        return false;
    };
    QTRY_VERIFY(gridHas(QStringLiteral("Checkout (Web · assumed +1) ★ — Owner: Katrin Vogel")));

    // Renamed on the map: the card shows the new name.
    QVERIFY(doc()->execute(WorkspaceEdits::rename(doc(), EntityKind::Stakeholder, katrin.value, QStringLiteral("K. Vogel"))));
    QTRY_VERIFY(gridHas(QStringLiteral("Owner: K. Vogel")));
    stack()->undo();

    // Deleted on the map (Delete key): the card has no owner; undo names her again.
    clickCard(katrin);
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!w.stakeholders.contains(katrin));
    QVERIFY(!w.touchpoints.find(checkout)->ownerStakeholder.isValid());
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(w.touchpoints.find(checkout)->ownerStakeholder, katrin);
    QTRY_VERIFY(gridHas(QStringLiteral("Owner: Katrin Vogel")));

    // "None" clears it in one step.
    chooseOwner(QStringLiteral("None"));
    QVERIFY(!w.touchpoints.find(checkout)->ownerStakeholder.isValid());
    QVERIFY(w.touchpoints.find(checkout)->owner.isEmpty());
    QCOMPARE(stack()->count(), 2);
    QTRY_VERIFY(!gridHas(QStringLiteral("Checkout (Web · assumed +1) ★ — Owner")));
}

void TestStakeholderMap::textIsPlain()
{
    const StakeholderId id = person(QStringLiteral("Tim Schulz")).id;
    clickCard(id);
    QTest::keyClick(view(), Qt::Key_F2); // rename in place
    QLineEdit *editor = view()->inlineEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Tim Schulz"));
    QTest::keyClicks(editor, QStringLiteral("<b>x</b> & <i>y</i>"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QString markup = QStringLiteral("<b>x</b> & <i>y</i>");
    QCOMPARE(person(id).name, markup);
    QCOMPARE(stack()->count(), 1);

    StakeholderItem *item = scene()->itemFor(id);
    QCOMPARE(item->nameText(), markup);
    QVERIFY2(item->toolTip().contains(markup.toHtmlEscaped()), qPrintable(item->toolTip()));
    QCOMPARE(panel()->nameEdit()->text(), markup);

    // The journey page shows the owner's name as written.
    const TouchpointId card = doc()->workspace().touchpoints.items().first().id;
    JourneyOverviewPage journey(doc(), doc()->workspace().journeys.items().first().id.value);
    journey.setOwner(card, id);
    QCOMPARE(doc()->workspace().touchpoints.find(card)->owner, markup);
    journey.refreshNow();
    bool shown = false;
    for (int r = 0; r < journey.grid()->rowCount(); ++r)
        for (int c = 0; c < journey.grid()->columnCount(); ++c)
            shown = shown || journey.grid()->item(r, c)->text().contains(QStringLiteral("Owner: ") + markup);
    QVERIFY(shown);

    // A quadrant's cards in German and with emoji keep their characters.
    retype(panel()->roleEdit(), QStringLiteral("Leiterin Größenplanung 🚚"));
    QCOMPARE(item->detailText(), QStringLiteral("Leiterin Größenplanung 🚚 · Marketing"));
}

void TestStakeholderMap::colorsFollowTheSystemPalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    QApplication::setPalette(dark);
    clickCard(person(QStringLiteral("Katrin Vogel")).id);
    QCoreApplication::processEvents();

    const QImage image = view()->viewport()->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const auto pixel = [&](QPointF scenePos) { return image.pixelColor(at(scenePos) * dpr); };
    // A card's empty corner is the palette's base; an empty spot of the grid is a dark tint of it.
    StakeholderItem *card = scene()->itemFor(person(QStringLiteral("Stefan Brandt")).id);
    const QSizeF size = StakeholderScene::cardSize();
    const QColor cardColor = pixel(card->mapToScene(QPointF(size.width() / 2 - 10, size.height() / 2 - 6)));
    QVERIFY2(cardColor.lightnessF() < 0.2, qPrintable(cardColor.name()));
    const QColor gridColor = pixel(StakeholderScene::toScene(0.02, 0.98));
    QVERIFY2(gridColor.lightnessF() < 0.3, qPrintable(gridColor.name()));
    if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOT_DIR"))
        m_page->grab().save(QDir(qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR")).filePath(QStringLiteral("stakeholders-dark.png")));

    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    const QImage lightImage = view()->viewport()->grab().toImage();
    QVERIFY(lightImage.pixelColor(at(StakeholderScene::toScene(0.02, 0.98)) * dpr).lightnessF() > 0.7);
}

QTEST_MAIN(TestStakeholderMap)
#include "tst_stakeholdermap.moc"
