// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The empathy map tests' fixture: a main window with a map open, and the helpers that
// drive the canvas like a user (mouse events on the viewport, keys, menus, dialogs).
#pragma once

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

namespace waymark::test {

/// Test classes derive from it and forward initTestCase, init and cleanup to it.
class EmpathyMapFixture
{
protected:
    void initTestCase();
    void init();
    void cleanup();

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

inline void EmpathyMapFixture::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and recovery copies go to a scratch folder, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_empathymap"));
}

inline void EmpathyMapFixture::init()
{
    m_window = new MainWindow;
    m_window->resize(1500, 1150);
    openMap();
}

inline void EmpathyMapFixture::openMap(bool withFeedback)
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

inline void EmpathyMapFixture::cleanup()
{
    if (!m_window)
        return;
    if (auto *popup = QApplication::activePopupWidget())
        popup->close();
    m_window->controller()->setDocument(nullptr);
    delete m_window;
}

inline QRectF EmpathyMapFixture::noteRect(EmpathyNoteId id) const
{
    const NoteItem *item = scene()->noteItem(id);
    return item ? item->mapRectToScene(item->noteRect()) : QRectF();
}

inline bool EmpathyMapFixture::onNote(QPointF scenePos) const
{
    for (NoteItem *item : scene()->noteItems())
        if (noteRect(item->id()).contains(scenePos))
            return true;
    return false;
}

inline void EmpathyMapFixture::click(QPointF scenePos, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at(scenePos));
}

inline void EmpathyMapFixture::doubleClick(QPointF scenePos)
{
    // What a window system delivers for a double-click.
    const QPoint pos = at(scenePos);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, pos);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, pos);
}

inline void EmpathyMapFixture::drag(const QList<QPointF> &path, Qt::KeyboardModifiers modifiers)
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

inline void EmpathyMapFixture::type(const QString &text)
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

inline void EmpathyMapFixture::focusCanvas()
{
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
}

inline QMenu *EmpathyMapFixture::openContextMenu(QPointF scenePos)
{
    const QPoint pos = at(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos));
    QApplication::sendEvent(viewport(), &event);
    QMenu *menu = nullptr;
    [&] { QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))); }();
    return menu;
}

inline QAction *EmpathyMapFixture::action(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(QLatin1Char('&')).startsWith(text))
            return a;
    return nullptr;
}

template <class Dialog>
inline Dialog *EmpathyMapFixture::waitForDialog()
{
    Dialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<Dialog *>()) && dialog->isVisible()); }();
    return dialog;
}

// ---------------------------------------------------------------------------------------

} // namespace waymark::test
