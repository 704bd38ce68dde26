// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardEditor.h"

#include "JourneyStyle.h"

#include <QClipboard>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {

CardEditor::CardEditor(TouchpointId cardId, StageId stage, LaneId lane, const QColor &fill, const QFont &font,
                       qreal width, const QString &text)
    : m_cardId(cardId), m_stage(stage), m_lane(lane), m_fill(fill), m_width(width)
{
    setFlag(ItemIsFocusable);
    setAcceptDrops(false);
    setZValue(20);
    setFont(font);
    document()->setDocumentMargin(0);
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    setTextWidth(width - 2 * JourneyStyle::cardPadding);
    setPlainText(text);
    setDefaultTextColor(JourneyStyle::textOn(fill));
    setTextInteractionFlags(Qt::TextEditorInteraction);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
}

void CardEditor::setCardPos(QPointF pos, QPointF textOffset)
{
    prepareGeometryChange();
    m_textOffset = textOffset;
    setPos(pos + textOffset);
}

QRectF CardEditor::boundingRect() const
{
    const qreal h = document()->size().height() + m_textOffset.y() + JourneyStyle::cardPadding;
    return QRectF(-m_textOffset.x() - 6, -m_textOffset.y() - 6, m_width + 12, qMax<qreal>(h, 64) + 14);
}

void CardEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal h = qMax<qreal>(document()->size().height() + m_textOffset.y() + JourneyStyle::cardPadding, 64);
    const QRectF card(-m_textOffset.x(), -m_textOffset.y(), m_width, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 50));
    painter->drawRoundedRect(card.translated(0, 3), JourneyStyle::cardRadius, JourneyStyle::cardRadius);
    painter->setBrush(m_fill);
    painter->drawRoundedRect(card, JourneyStyle::cardRadius, JourneyStyle::cardRadius);
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 3.5));
    painter->drawRoundedRect(card.adjusted(-2, -2, 2, 2), JourneyStyle::cardRadius + 2, JourneyStyle::cardRadius + 2);
    painter->restore();
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

bool CardEditor::sceneEvent(QEvent *event)
{
    // Items only see Tab when they are panels: take it here, before the base class drops it.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            emit tabRequested(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
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

void CardEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit commitRequested();
        return;
    }
    if (enter) {
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
        if (const QMimeData *mime = QGuiApplication::clipboard()->mimeData(); mime && mime->hasText()) {
            QTextCursor cursor = textCursor();
            cursor.insertText(mime->text());
            setTextCursor(cursor);
        }
        return;
    }
    prepareGeometryChange();
    QGraphicsTextItem::keyPressEvent(event);
}

void CardEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        emit commitRequested();
}

} // namespace waymark
