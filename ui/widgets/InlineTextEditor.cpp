// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineTextEditor.h"

#include <QClipboard>
#include <QGraphicsSceneContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {

namespace {

bool isTab(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
}

bool isForwardTab(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
}

QString selectedPlainText(const QTextCursor &cursor)
{
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

} // namespace

bool InlineTextEditor::sceneEvent(QEvent *event)
{
    // Items only see Tab when they are panels: take it here, before the base class drops it.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isTab(key)) {
            emit tabRequested(isForwardTab(key));
            event->accept();
            return true;
        }
    }
    // Claim the keys the editor handles so window shortcuts (Delete, Ctrl+D) do not fire.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)
            || key->matches(QKeySequence::SelectAll) || key->key() == Qt::Key_Escape || key->key() == Qt::Key_Delete
            || key->key() == Qt::Key_Backspace
            || (!key->text().isEmpty() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))) {
            event->accept();
            return true;
        }
    }
    return QGraphicsTextItem::sceneEvent(event);
}

void InlineTextEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit commitRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        emit cancelRequested();
        return;
    }
    if (isTab(event)) {
        emit tabRequested(isForwardTab(event));
        return;
    }
    aboutToEdit();
    if (enter) { // Shift+Enter: a new line
        QTextCursor cursor = textCursor();
        cursor.insertText(QStringLiteral("\n"));
        setTextCursor(cursor);
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pastePlain();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineTextEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking focus for a moment does not end the edit.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        emit commitRequested();
}

void InlineTextEditor::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The standard menu would paste rich text: offer the edits, plain.
    QMenu menu(event->widget());
    const bool hasSelection = textCursor().hasSelection();
    menu.addAction(tr("Undo"), this, [this] { document()->undo(); })->setEnabled(document()->isUndoAvailable());
    menu.addAction(tr("Redo"), this, [this] { document()->redo(); })->setEnabled(document()->isRedoAvailable());
    menu.addSeparator();
    menu.addAction(tr("Cut"), this, [this] {
        aboutToEdit();
        QTextCursor c = textCursor();
        QGuiApplication::clipboard()->setText(selectedPlainText(c));
        c.removeSelectedText();
        setTextCursor(c);
    })->setEnabled(hasSelection);
    menu.addAction(tr("Copy"), this, [this] { QGuiApplication::clipboard()->setText(selectedPlainText(textCursor())); })
        ->setEnabled(hasSelection);
    menu.addAction(tr("Paste"), this, [this] {
        aboutToEdit();
        pastePlain();
    });
    menu.addSeparator();
    menu.addAction(tr("Select All"), this, [this] {
        QTextCursor c(document());
        c.select(QTextCursor::Document);
        setTextCursor(c);
    });
    menu.exec(event->screenPos());
    event->accept();
}

void InlineTextEditor::pastePlain()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasText()) {
        QTextCursor cursor = textCursor();
        cursor.insertText(mime->text());
        setTextCursor(cursor);
    }
}

} // namespace waymark
