// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteEditor.h"

#include "EmpathyLayout.h"
#include "NoteItem.h"
#include "NotePalette.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QGraphicsScene>
#include <QGraphicsSceneContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {
namespace {
constexpr qreal kPad = NoteItem::textPadding;
}

NoteEditor::NoteEditor(EmpathyNoteId noteId, Quadrant quadrant, const QColor &fill, const QString &text)
    : m_noteId(noteId), m_quadrant(quadrant), m_fill(fill)
{
    setFlag(ItemIsFocusable);
    setAcceptDrops(false);
    setZValue(20);
    setFont(NoteItem::textFont());
    document()->setDocumentMargin(0);
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setTextWidth(EmpathyLayout::noteWidth - 2 * kPad);
    setPlainText(text);
    setDefaultTextColor(NotePalette::textOn(fill));
    setTextInteractionFlags(Qt::TextEditorInteraction);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
    m_lastHeight = noteHeight();
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] {
        const qreal h = noteHeight();
        if (!qFuzzyCompare(h, m_lastHeight)) {
            prepareGeometryChange();
            m_lastHeight = h;
            emit noteHeightChanged();
        }
    });
}

qreal NoteEditor::noteHeight() const
{
    return qMax(EmpathyLayout::minNoteHeight, document()->size().height() + 2 * kPad);
}

void NoteEditor::setFill(const QColor &fill)
{
    m_fill = fill;
    setDefaultTextColor(NotePalette::textOn(fill));
    update();
}

void NoteEditor::setNotePos(QPointF pos)
{
    setPos(pos + QPointF(kPad, kPad));
}

QRectF NoteEditor::boundingRect() const
{
    return QRectF(-kPad - 8, -kPad - 8, EmpathyLayout::noteWidth + 16, noteHeight() + 18);
}

void NoteEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF note(-kPad, -kPad, EmpathyLayout::noteWidth, noteHeight());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 50));
    painter->drawRoundedRect(note.translated(0, 3), 7, 7);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(note, 7, 7);
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    painter->setBrush(Qt::NoBrush);
    QPen pen(palette.color(QPalette::Highlight), 4);
    painter->setPen(pen);
    painter->drawRoundedRect(note.adjusted(-3, -3, 3, 3), 9, 9);
    painter->restore();
    // The note's own outline shows the focus: no dashed frame around the text.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

void NoteEditor::pastePlain()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasText()) {
        QTextCursor cursor = textCursor();
        cursor.insertText(mime->text());
        setTextCursor(cursor);
    }
}

bool NoteEditor::sceneEvent(QEvent *event)
{
    // Claim the keys the editor handles so window shortcuts (Delete, Ctrl+D) do not fire.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) || key->key() == Qt::Key_Escape || key->key() == Qt::Key_Delete
            || key->key() == Qt::Key_Backspace
            || (!key->text().isEmpty() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))) {
            event->accept();
            return true;
        }
    }
    return QGraphicsTextItem::sceneEvent(event);
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit commitRequested();
        return;
    }
    if (enter) { // Shift+Enter: a new line inside the note
        QTextCursor cursor = textCursor();
        cursor.insertText(QStringLiteral("\n"));
        setTextCursor(cursor);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        emit cancelRequested();
        return;
    }
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        emit tabRequested(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pastePlain();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking focus for a moment does not end the edit.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        emit commitRequested();
}

void NoteEditor::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The standard menu would paste rich text: offer the edits, plain.
    QMenu menu(event->widget());
    QTextCursor cursor = textCursor();
    const bool hasSelection = cursor.hasSelection();
    menu.addAction(tr("Undo"), this, [this] { document()->undo(); })->setEnabled(document()->isUndoAvailable());
    menu.addAction(tr("Redo"), this, [this] { document()->redo(); })->setEnabled(document()->isRedoAvailable());
    menu.addSeparator();
    menu.addAction(tr("Cut"), this, [this] {
        QTextCursor c = textCursor();
        QGuiApplication::clipboard()->setText(c.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
        c.removeSelectedText();
        setTextCursor(c);
    })->setEnabled(hasSelection);
    menu.addAction(tr("Copy"), this, [this] {
        QGuiApplication::clipboard()->setText(textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
    })->setEnabled(hasSelection);
    menu.addAction(tr("Paste"), this, &NoteEditor::pastePlain);
    menu.addSeparator();
    menu.addAction(tr("Select All"), this, [this] {
        QTextCursor c(document());
        c.select(QTextCursor::Document);
        setTextCursor(c);
    });
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace waymark
