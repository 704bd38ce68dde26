// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteEditor.h"

#include "EmpathyLayout.h"
#include "NoteItem.h"
#include "NotePalette.h"

#include <QAbstractTextDocumentLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
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
    InlineTextEditor::paint(painter, &plain, widget);
}

} // namespace waymark
