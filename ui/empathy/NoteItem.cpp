// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteItem.h"

#include "EmpathyLayout.h"
#include "NotePalette.h"
#include "util/DisplayText.h"

#include "model/Workspace.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace waymark {
namespace {

constexpr qreal kRadius = 7;
constexpr qreal kOutline = 4;    ///< the selection outline, outside the note
constexpr qreal kPillHeight = 32;
constexpr qreal kFooterHeight = kPillHeight + 10;

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QGuiApplication::palette();
}

/// A small arrow leaving a box: "opens elsewhere".
void drawLinkIcon(QPainter *p, const QRectF &box, const QColor &color)
{
    QPen pen(color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF r = box.adjusted(3, 3, -3, -3);
    QPainterPath frame;
    frame.moveTo(r.center().x(), r.top());
    frame.lineTo(r.left(), r.top());
    frame.lineTo(r.left(), r.bottom());
    frame.lineTo(r.right(), r.bottom());
    frame.lineTo(r.right(), r.center().y());
    p->drawPath(frame);
    const QPointF tip(r.right() + 1, r.top() - 1);
    p->drawLine(QPointF(r.center().x() - 1, r.center().y() + 1), tip);
    p->drawLine(tip, tip + QPointF(-6, 0));
    p->drawLine(tip, tip + QPointF(0, 6));
}

/// A speech bubble: "what customers said".
void drawBubbleIcon(QPainter *p, const QRectF &box, const QColor &color)
{
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    const QRectF r = box.adjusted(1, 2, -1, -5);
    QPainterPath bubble;
    bubble.addRoundedRect(r, 4, 4);
    QPainterPath tail;
    tail.moveTo(r.left() + 4, r.bottom() - 1);
    tail.lineTo(r.left() + 4, r.bottom() + 5);
    tail.lineTo(r.left() + 10, r.bottom() - 1);
    tail.closeSubpath();
    p->drawPath(bubble.united(tail));
}

} // namespace

NoteItem::NoteItem(EmpathyNoteId id) : m_id(id), m_height(EmpathyLayout::minNoteHeight)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::NoButton); // the scene handles clicks and drags
}

QFont NoteItem::textFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(23);
    return font;
}

QFont NoteItem::smallFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(18);
    font.setWeight(QFont::DemiBold);
    return font;
}

void NoteItem::refresh(const Workspace &workspace)
{
    const EmpathyNote *note = workspace.empathyNotes.find(m_id);
    if (!note)
        return;
    prepareGeometryChange();
    m_fill = NotePalette::fill(note->color, note->quadrant);

    // Plain text, laid out by hand: no markup is ever interpreted. QTextLayout breaks
    // lines only at U+2028.
    QString text = note->text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(text, textFont());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const qreal width = EmpathyLayout::noteWidth - 2 * textPadding;
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
    m_textHeight = y;

    m_evidence = int(note->evidence.size());
    m_markerText.clear();
    m_markerTip.clear();
    if (const Touchpoint *card = workspace.touchpoints.find(note->linkedCard)) {
        const Journey *journey = workspace.journeys.find(card->journeyId);
        const Stage *stage = workspace.stages.find(card->stageId);
        const Lane *lane = workspace.lanes.find(card->laneId);
        m_markerText = stage ? stage->name : (journey ? journey->name : tr("Journey"));
        const QString kind = lane && lane->laneKind == LaneKind::Opportunities ? tr("Opportunity") : tr("Pain point");
        m_markerTip = tr("%1 in “%2”, stage “%3”. Click to open the journey.")
                          .arg(kind, journey ? journey->name : QString(), stage ? stage->name : QString());
    }

    const bool footer = m_evidence > 0 || !m_markerTip.isEmpty();
    m_height = qMax(EmpathyLayout::minNoteHeight, 2 * textPadding + m_textHeight + (footer ? kFooterHeight : 0));

    const QFontMetricsF metrics(smallFont());
    const qreal pillTop = m_height - textPadding / 2 - kPillHeight;
    m_badgeRect = QRectF();
    if (m_evidence > 0) {
        const qreal w = 12 + 20 + 6 + metrics.horizontalAdvance(QString::number(m_evidence)) + 12;
        m_badgeRect = QRectF(EmpathyLayout::noteWidth - textPadding / 2 - w, pillTop, w, kPillHeight);
    }
    m_markerRect = QRectF();
    if (!m_markerTip.isEmpty()) {
        const qreal right = m_badgeRect.isEmpty() ? EmpathyLayout::noteWidth - textPadding / 2 : m_badgeRect.left() - 6;
        const qreal maxWidth = right - textPadding / 2;
        const qreal w = qMin(maxWidth, 10 + 20 + 6 + metrics.horizontalAdvance(m_markerText) + 12);
        m_markerRect = QRectF(textPadding / 2, pillTop, w, kPillHeight);
    }
    update();
}

QRectF NoteItem::noteRect() const
{
    return QRectF(0, 0, EmpathyLayout::noteWidth, m_height);
}

QRectF NoteItem::boundingRect() const
{
    return noteRect().adjusted(-kOutline - 4, -kOutline - 4, kOutline + 6, kOutline + 10);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath path;
    path.addRect(noteRect());
    return path;
}

int NoteItem::laidOutLength() const
{
    int length = 0;
    if (m_layout)
        for (int i = 0; i < m_layout->lineCount(); ++i)
            length += m_layout->lineAt(i).textLength();
    return length;
}

QRectF NoteItem::textRect() const
{
    QRectF rect;
    if (m_layout)
        for (int i = 0; i < m_layout->lineCount(); ++i)
            rect = rect.united(m_layout->lineAt(i).naturalTextRect());
    return rect.translated(textPadding, textPadding);
}

QColor NoteItem::textColor() const
{
    return NotePalette::textOn(m_fill);
}

void NoteItem::setEditing(bool editing)
{
    m_editing = editing;
    update();
}

void NoteItem::setFloating(bool floating)
{
    m_floating = floating;
    setZValue(floating ? 10 : 0);
    setOpacity(floating ? 0.92 : 1.0);
    update();
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = noteRect();
    const QPalette palette = paletteOf(this);
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;

    // A soft shadow lifts the note off the quadrant (stronger while dragged).
    painter->setPen(Qt::NoPen);
    const int alpha = (dark ? 90 : 34) * (m_floating ? 2 : 1);
    painter->setBrush(QColor(0, 0, 0, alpha / 2));
    painter->drawRoundedRect(r.translated(0, m_floating ? 7 : 3).adjusted(-1, 0, 1, 1), kRadius + 1, kRadius + 1);
    painter->setBrush(QColor(0, 0, 0, alpha));
    painter->drawRoundedRect(r.translated(0, m_floating ? 3 : 1.5), kRadius, kRadius);

    painter->setBrush(m_fill);
    painter->setPen(QPen(m_fill.darker(115), 1));
    painter->drawRoundedRect(r, kRadius, kRadius);

    if (option->state & QStyle::State_Selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Highlight), kOutline));
        painter->drawRoundedRect(r.adjusted(-kOutline / 2 - 1, -kOutline / 2 - 1, kOutline / 2 + 1, kOutline / 2 + 1),
                                 kRadius + 2, kRadius + 2);
    }

    const QColor ink = textColor();
    if (!m_editing && m_layout) {
        painter->setPen(ink);
        m_layout->draw(painter, QPointF(textPadding, textPadding));
    }

    QColor pill = ink;
    pill.setAlphaF(0.13);
    const QFont small = smallFont();
    painter->setFont(small);
    if (!m_markerRect.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pill);
        painter->drawRoundedRect(m_markerRect, kPillHeight / 2, kPillHeight / 2);
        drawLinkIcon(painter, QRectF(m_markerRect.left() + 9, m_markerRect.top() + 7, 18, 18), ink);
        const QRectF textBox = m_markerRect.adjusted(10 + 20 + 4, 0, -10, 0);
        painter->setPen(ink);
        painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(small).elidedText(m_markerText, Qt::ElideRight, textBox.width()));
    }
    if (!m_badgeRect.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pill);
        painter->drawRoundedRect(m_badgeRect, kPillHeight / 2, kPillHeight / 2);
        drawBubbleIcon(painter, QRectF(m_badgeRect.left() + 11, m_badgeRect.top() + 8, 19, 18), ink);
        painter->setPen(ink);
        painter->drawText(m_badgeRect.adjusted(12 + 20 + 4, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QString::number(m_evidence));
    }
}

void NoteItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_markerRect.contains(event->pos())) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(DisplayText::literal(m_markerTip));
    } else if (m_badgeRect.contains(event->pos())) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(m_evidence == 1 ? tr("Cites one feedback item. Click to read it.")
                                   : tr("Cites %n feedback items. Click to read them.", nullptr, m_evidence));
    } else {
        unsetCursor();
        setToolTip(QString());
    }
}

void NoteItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    unsetCursor();
}

} // namespace waymark
