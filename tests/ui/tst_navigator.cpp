// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator driven like a user drives it: clicks on the view's viewport and keys.
#include "issues/IssuesDock.h"
#include "issues/IssuesModel.h"
#include "navigator/NavigatorDelegate.h"
#include "navigator/NavigatorDock.h"
#include "navigator/NavigatorModel.h"
#include "journey/CardItem.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "overview/OverviewPage.h"
#include "shell/DocumentController.h"
#include "shell/EditorArea.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"
#include "widgets/PlainLabel.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "interchange/TemplateLibrary.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace waymark;

class TestNavigator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelMirrorsWorkspace();
    void titleShowsNameAndModified();
    void plusOnGroupCreatesAndEditsName();
    void keyboardRenameIsOneUndoStep();
    void emptyNameIsRefused();
    void duplicateInsertsCopyAfterOriginal();
    void deleteKeyRemovesAndUndoRestores();
    void altArrowsReorderWithinGroup();
    void dropReordersOnlyWithinItsGroup();
    void undoingEverythingRestoresTheWorkspace();
    void doubleClickOpensJourneyGrid();
    void pageClosesWhenItsEntityIsDeleted();
    void workspaceTextIsShownAsPlainText();
    void issueClickSelectsAndOpensObject();
    void readOnlyWorkspaceRefusesEdits();

private:
    QTreeView *view() const { return m_window->navigator()->view(); }
    NavigatorModel *model() const { return m_window->navigator()->model(); }
    Document *document() const { return m_window->controller()->document(); }
    QUndoStack *stack() const { return document()->undoStack(); }
    QModelIndex entity(EntityKind kind, int row) const { return model()->index(row, 0, model()->groupIndex(kind)); }
    QStringList names(EntityKind kind) const;
    void click(const QModelIndex &index);
    /// What a window system delivers for a double-click (QTest::mouseDClick on a widget
    /// sends only the MouseButtonDblClick event).
    static void doubleClick(QWidget *widget, QPoint pos);
    void select(const QModelIndex &index);
    QLineEdit *openEditor() const;
    void undoWithKeyboard();

    QTemporaryDir m_home;
    QPointer<MainWindow> m_window;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestNavigator::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and recovery copies go to a scratch folder, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_navigator"));
}

void TestNavigator::init()
{
    m_window = new MainWindow;
    auto data = TemplateLibrary::load(QStringLiteral("ecommerce-purchase"));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().text()));
    auto created = Document::create(&*data);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    m_window->controller()->setDocument(std::move(*created));
    m_tester = new QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestNavigator::cleanup()
{
    if (!m_window)
        return;
    // Drop the document first so closing asks nothing.
    m_window->controller()->setDocument(nullptr);
    delete m_window;
}

QStringList TestNavigator::names(EntityKind kind) const
{
    QStringList out;
    const QModelIndex group = model()->groupIndex(kind);
    for (int row = 0; row < model()->rowCount(group); ++row)
        out << model()->index(row, 0, group).data().toString();
    return out;
}

void TestNavigator::click(const QModelIndex &index)
{
    QVERIFY(index.isValid());
    view()->scrollTo(index);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(index).center());
}

void TestNavigator::doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void TestNavigator::select(const QModelIndex &index)
{
    click(index);
    QTRY_COMPARE(view()->currentIndex(), index);
    QTRY_VERIFY(view()->hasFocus());
}

QLineEdit *TestNavigator::openEditor() const
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void TestNavigator::undoWithKeyboard()
{
    QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
}

void TestNavigator::modelMirrorsWorkspace()
{
    const Workspace &w = document()->workspace();
    QCOMPARE(model()->rowCount(), 4);
    QCOMPARE(names(EntityKind::Persona),
             (QStringList{QStringLiteral("Mark Jensen"), QStringLiteral("Petra Schneider"), QStringLiteral("Aisha Okafor")}));
    QCOMPARE(model()->rowCount(model()->groupIndex(EntityKind::EmpathyMap)), w.empathyMaps.size());
    QCOMPARE(model()->rowCount(model()->groupIndex(EntityKind::StakeholderMap)), w.stakeholderMaps.size());
    QCOMPARE(names(EntityKind::Journey), QStringList{w.journeys.items().first().name});
    QCOMPARE(model()->groupIndex(EntityKind::Persona).data(NavigatorModel::CountRole).toInt(), 3);
}

void TestNavigator::titleShowsNameAndModified()
{
    QVERIFY(m_window->windowTitle().startsWith(document()->displayName() + QStringLiteral("[*]")));
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral("— Waymark")));
    QVERIFY(m_window->isWindowModified()); // created from a template, not saved yet
}

void TestNavigator::plusOnGroupCreatesAndEditsName()
{
    const QModelIndex group = model()->groupIndex(EntityKind::Journey);
    const QRect plus = NavigatorDelegate::addButtonRect(view()->visualRect(group));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, plus.center());

    QTRY_COMPARE(model()->rowCount(group), 2);
    QCOMPARE(names(EntityKind::Journey).last(), QStringLiteral("New journey"));
    QCOMPARE(document()->workspace().journeys.size(), 2);
    QCOMPARE(stack()->count(), 1);
    // The name is being edited at once: typing replaces it.
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QTest::keyClicks(editor, QStringLiteral("Returns"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(names(EntityKind::Journey).last(), QStringLiteral("Returns"));
    QCOMPARE(stack()->count(), 2);
}

void TestNavigator::keyboardRenameIsOneUndoStep()
{
    select(entity(EntityKind::Persona, 1));
    QTest::keyClick(view(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QCOMPARE(editor->text(), QStringLiteral("Petra Schneider"));
    QTest::keyClicks(editor, QStringLiteral("Sabine Vogel"));
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(names(EntityKind::Persona).at(1), QStringLiteral("Sabine Vogel"));
    QCOMPARE(document()->workspace().personas.items().at(1).name, QStringLiteral("Sabine Vogel"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY2(stack()->undoText().contains(QStringLiteral("Sabine Vogel")), qPrintable(stack()->undoText()));
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Sabine Vogel")));

    undoWithKeyboard();
    QTRY_COMPARE(names(EntityKind::Persona).at(1), QStringLiteral("Petra Schneider"));
    QCOMPARE(stack()->index(), 0);
}

void TestNavigator::emptyNameIsRefused()
{
    select(entity(EntityKind::Persona, 0));
    QTest::keyClick(view(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, QStringLiteral("   "));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor());
    QCOMPARE(names(EntityKind::Persona).at(0), QStringLiteral("Mark Jensen"));
    QCOMPARE(stack()->count(), 0);
}

void TestNavigator::duplicateInsertsCopyAfterOriginal()
{
    select(entity(EntityKind::Persona, 0));
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(names(EntityKind::Persona).size(), 4);
    QCOMPARE(names(EntityKind::Persona).at(1), QStringLiteral("Mark Jensen (copy)"));
    QCOMPARE(view()->currentIndex(), entity(EntityKind::Persona, 1));
    QCOMPARE(stack()->count(), 1);
    undoWithKeyboard();
    QTRY_COMPARE(names(EntityKind::Persona).size(), 3);
}

void TestNavigator::deleteKeyRemovesAndUndoRestores()
{
    const Workspace before = document()->workspace();
    select(entity(EntityKind::Journey, 0));
    const QString name = entity(EntityKind::Journey, 0).data().toString();
    QTest::keyClick(view(), Qt::Key_Delete);

    QTRY_COMPARE(model()->rowCount(model()->groupIndex(EntityKind::Journey)), 0);
    QVERIFY(document()->workspace().touchpoints.isEmpty()); // the journey's cards went with it
    QCOMPARE(stack()->count(), 1);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("Deleted")) && status.contains(name) && status.contains(QStringLiteral("Ctrl+Z")),
             qPrintable(status));

    undoWithKeyboard();
    QTRY_COMPARE(names(EntityKind::Journey), QStringList{name});
    QVERIFY(document()->workspace() == before);
}

void TestNavigator::altArrowsReorderWithinGroup()
{
    const QStringList start = names(EntityKind::Persona);
    select(entity(EntityKind::Persona, 0));
    QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(names(EntityKind::Persona), (QStringList{start[1], start[0], start[2]}));
    QCOMPARE(view()->currentIndex().data().toString(), start[0]); // the selection moves with the item
    QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(names(EntityKind::Persona), (QStringList{start[1], start[2], start[0]}));
    QCOMPARE(document()->workspace().personas.items().last().name, start[0]);
    QCOMPARE(stack()->count(), 2);
    QVERIFY(!m_window->navigator()->moveDownAction()->isEnabled()); // already last

    undoWithKeyboard();
    undoWithKeyboard();
    QTRY_COMPARE(names(EntityKind::Persona), start);
}

void TestNavigator::dropReordersOnlyWithinItsGroup()
{
    const QStringList start = names(EntityKind::Persona);
    std::unique_ptr<QMimeData> mime(model()->mimeData({entity(EntityKind::Persona, 0)}));
    QVERIFY(mime);
    // Onto another group: refused.
    QVERIFY(!model()->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model()->groupIndex(EntityKind::Journey)));
    // Before the third row: ends up second.
    const QModelIndex personas = model()->groupIndex(EntityKind::Persona);
    QVERIFY(model()->canDropMimeData(mime.get(), Qt::MoveAction, 2, 0, personas));
    QVERIFY(model()->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, personas));
    QCOMPARE(names(EntityKind::Persona), (QStringList{start[1], start[0], start[2]}));
    QCOMPARE(stack()->count(), 1);
    // At the end (row -1).
    QVERIFY(model()->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, personas));
    QCOMPARE(names(EntityKind::Persona), (QStringList{start[1], start[2], start[0]}));
    stack()->undo();
    stack()->undo();
    QCOMPARE(names(EntityKind::Persona), start);
}

void TestNavigator::undoingEverythingRestoresTheWorkspace()
{
    const Workspace snapshot = document()->workspace();
    const QStringList personas = names(EntityKind::Persona);

    select(entity(EntityKind::Persona, 2));
    QTest::keyClick(view(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QTest::keyClicks(editor, QStringLiteral("Aisha O."));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_COMPARE(names(EntityKind::Persona).at(2), QStringLiteral("Aisha O."));
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);            // duplicate
    QTRY_COMPARE(names(EntityKind::Persona).size(), 4);
    QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);               // move the copy up
    QTRY_COMPARE(names(EntityKind::Persona).at(2), QStringLiteral("Aisha O. (copy)"));
    select(entity(EntityKind::StakeholderMap, 0));
    QTest::keyClick(view(), Qt::Key_Delete);                            // delete a map with stakeholders
    QTRY_COMPARE(model()->rowCount(model()->groupIndex(EntityKind::StakeholderMap)), 0);
    select(entity(EntityKind::EmpathyMap, 1));
    QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);            // duplicate a map with notes
    QTRY_COMPARE(model()->rowCount(model()->groupIndex(EntityKind::EmpathyMap)), 4);
    QCOMPARE(stack()->count(), 5);
    QVERIFY(!(document()->workspace() == snapshot));

    for (int i = 0; i < 5; ++i)
        undoWithKeyboard();
    QTRY_COMPARE(stack()->index(), 0);
    QVERIFY(document()->workspace() == snapshot);
    QCOMPARE(names(EntityKind::Persona), personas);
    QCOMPARE(model()->rowCount(model()->groupIndex(EntityKind::StakeholderMap)), 1);
}

void TestNavigator::doubleClickOpensJourneyGrid()
{
    const QModelIndex journey = entity(EntityKind::Journey, 0);
    view()->scrollTo(journey);
    doubleClick(view()->viewport(), view()->visualRect(journey).center());

    QTabWidget *tabs = m_window->editorArea()->tabs();
    QTRY_COMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), journey.data().toString());
    QVERIFY(!openEditor()); // a double-click opens, it does not rename
    auto *page = qobject_cast<JourneyEditorPage *>(tabs->currentWidget());
    QVERIFY(page);
    const Workspace &w = document()->workspace();
    const JourneyId id = w.journeys.items().first().id;
    page->scene()->relayoutNow();
    QCOMPARE(page->scene()->journeyLayout().columns.size(), w.stages.children(id.value).size());
    bool found = false;
    for (CardItem *card : page->scene()->cardItems())
        if (card->text() == QStringLiteral("Checkout") && card->isTouchpoint()
            && card->toolTip().contains(QStringLiteral("Moment of truth")))
            found = true;
    QVERIFY2(found, "the touchpoint “Checkout”, a moment of truth, is on the canvas");

    // Opening it again shows the same tab.
    const QModelIndex again = entity(EntityKind::Journey, 0);
    doubleClick(view()->viewport(), view()->visualRect(again).center());
    QCOMPARE(tabs->count(), 1);

    // The page follows the document: a card renamed by any editor, the journey renamed here.
    qint64 checkout = 0;
    for (const Touchpoint &t : w.touchpoints)
        if (t.title == QStringLiteral("Checkout"))
            checkout = t.id.value;
    QVERIFY(checkout);
    QVERIFY(document()->execute(WorkspaceEdits::rename(document(), EntityKind::Touchpoint, checkout, QStringLiteral("Kasse"))));
    const auto canvasHas = [page](const QString &text) {
        for (CardItem *card : page->scene()->cardItems())
            if (card->text() == text)
                return true;
        return false;
    };
    QTRY_VERIFY(canvasHas(QStringLiteral("Kasse")));
    QVERIFY(!canvasHas(QStringLiteral("Checkout")));

    select(entity(EntityKind::Journey, 0));
    QTest::keyClick(view(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QTest::keyClicks(editor, QStringLiteral("Garden shop"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Garden shop"));
}

void TestNavigator::pageClosesWhenItsEntityIsDeleted()
{
    select(entity(EntityKind::Persona, 0));
    QTest::keyClick(view(), Qt::Key_Return);
    QTabWidget *tabs = m_window->editorArea()->tabs();
    QTRY_COMPARE(tabs->count(), 1);
    QCOMPARE(m_window->editorArea()->currentWidget(), tabs);

    QTest::keyClick(view(), Qt::Key_Delete);
    QTRY_COMPARE(tabs->count(), 0);
    QCOMPARE(m_window->editorArea()->currentWidget(), static_cast<QWidget *>(m_window->editorArea()->welcomePage()));
}

void TestNavigator::workspaceTextIsShownAsPlainText()
{
    select(entity(EntityKind::Persona, 0));
    QTest::keyClick(view(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = openEditor()));
    QTest::keyClicks(editor, QStringLiteral("<b>x</b>"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(names(EntityKind::Persona).at(0), QStringLiteral("<b>x</b>"));

    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Return);
    QTabWidget *tabs = m_window->editorArea()->tabs();
    QTRY_COMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("<b>x</b>"));
    // The persona editor's name field (tst_persona checks the sheet and gallery too).
    auto *name = tabs->currentWidget()->findChild<QLineEdit *>(QStringLiteral("personaName"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("<b>x</b>"));
}

void TestNavigator::issueClickSelectsAndOpensObject()
{
    const qint64 journeyId = document()->workspace().journeys.items().first().id.value;
    m_window->issues()->addIssue(IssuesModel::Severity::Warning, QStringLiteral("Unknown touchpoint in row 4"),
                                 EntityKind::Journey, journeyId);
    auto *dock = m_window->findChild<IssuesDock *>();
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible()); // a warning brings the dock up
    QTreeView *issues = dock->view();
    const QModelIndex first = issues->model()->index(0, 0);
    QCOMPARE(issues->model()->index(0, IssuesModel::ObjectColumn).data().toString(),
             document()->workspace().journeys.items().first().name);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualRect(first).center());

    QTRY_COMPARE(m_window->editorArea()->tabs()->count(), 1);
    QCOMPARE(NavigatorModel::idOf(view()->currentIndex()), journeyId);
    QVERIFY(qobject_cast<JourneyEditorPage *>(m_window->editorArea()->currentPage()));
}

void TestNavigator::readOnlyWorkspaceRefusesEdits()
{
    const QString path = m_home.filePath(QStringLiteral("shop.waymark"));
    QVERIFY(document()->saveAs(path).ok());
    auto opened = Document::open(path, Document::OpenMode::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_window->controller()->setDocument(std::move(*opened));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));

    select(entity(EntityKind::Persona, 0));
    QVERIFY(!(model()->flags(entity(EntityKind::Persona, 0)) & Qt::ItemIsEditable));
    QTest::keyClick(view(), Qt::Key_F2);
    QVERIFY(!openEditor());
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(names(EntityKind::Persona).size(), 3);
    QCOMPARE(stack()->count(), 0);
}

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"
