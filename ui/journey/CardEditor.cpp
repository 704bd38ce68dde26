// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardEditor.h"

#include "JourneyStyle.h"

#include <QGraphicsScene>
#include <QGuiApplication>
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
    InlineTextEditor::paint(painter, &plain, widget);
}

} // namespace waymark
