// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderEditor.h"

#include "JourneyStyle.h"

#include <QGraphicsScene>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {

namespace {
constexpr qreal kInset = 14; ///< as the view paints header names
constexpr qreal kLaneTop = 10;
constexpr qreal kFrame = 3;
} // namespace

HeaderEditor::HeaderEditor(Part part, qint64 id, const QString &name, const QFont &font, const QColor &fill)
    : m_part(part), m_id(id), m_fill(fill)
{
    setFlag(ItemIsFocusable);
    setAcceptDrops(false);
    setZValue(30);
    setFont(font);
    document()->setDocumentMargin(0);
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(part == Part::Stage ? Qt::AlignHCenter : Qt::AlignLeft);
    document()->setDefaultTextOption(option);
    setPlainText(name);
    setDefaultTextColor(JourneyStyle::textOn(fill));
    setTextInteractionFlags(Qt::TextEditorInteraction);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document); // typing replaces the name, as in a file manager
    setTextCursor(cursor);
    connect(document(), &QTextDocument::contentsChanged, this, &HeaderEditor::place);
}

QString HeaderEditor::name() const
{
    return toPlainText().simplified();
}

void HeaderEditor::setCell(const QRectF &cell)
{
    if (cell == m_cell)
        return;
    prepareGeometryChange();
    m_cell = cell;
    setTextWidth(qMax<qreal>(20, cell.width() - 2 * kInset));
    place();
}

void HeaderEditor::place()
{
    prepareGeometryChange();
    if (m_part == Part::Stage)
        setPos(m_cell.left() + kInset, m_cell.center().y() - document()->size().height() / 2);
    else
        setPos(m_cell.left() + kInset, m_cell.top() + kLaneTop);
    update();
}

QRectF HeaderEditor::boundingRect() const
{
    const QRectF text(QPointF(0, 0), document()->size());
    return text.united(m_cell.translated(-pos())).adjusted(-kFrame, -kFrame, kFrame, kFrame);
}

void HeaderEditor::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
}

void HeaderEditor::paintOver(QPainter *painter, QWidget *widget)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette palette = scene() ? scene()->palette() : QGuiApplication::palette();
    painter->fillRect(m_cell, m_fill);
    painter->setPen(QPen(palette.color(QPalette::Highlight), kFrame));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_cell.adjusted(kFrame / 2, kFrame / 2, -kFrame / 2, -kFrame / 2));
    painter->translate(pos());
    // The text may run below a short lane's cell while it is typed: never outside the cell.
    painter->setClipRect(m_cell.translated(-pos()));
    QStyleOptionGraphicsItem option;
    option.exposedRect = QRectF(QPointF(0, 0), document()->size());
    InlineTextEditor::paint(painter, &option, widget);
    painter->restore();
}

void HeaderEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit commitRequested();
        return;
    }
    InlineTextEditor::keyPressEvent(event);
}

} // namespace waymark
