// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransitionItem.h"

#include "JourneyStyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace waymark {

TransitionItem::TransitionItem(TransitionId id) : m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1.5); // above the cards: arrows run in the gaps between them, and their labels stay readable
    // An arrow repaints from a pixmap: filling its antialiased outline is what costs, and
    // most repaints (scrolling, another card changing) leave it as it was.
    setCacheMode(DeviceCoordinateCache);
}

QPainterPath TransitionItem::route(const QRectF &from, const QRectF &to)
{
    QPainterPath path;
    if (to.left() >= from.right() - 1) { // forwards
        const QPointF a(from.right(), from.center().y()), b(to.left(), to.center().y());
        const qreal dx = qMax<qreal>(30, (b.x() - a.x()) / 2);
        path.moveTo(a);
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    } else if (to.right() <= from.left() + 1) { // backwards: a loop below
        const QPointF a(from.center().x(), from.bottom()), b(to.center().x(), to.bottom());
        const qreal low = qMax(a.y(), b.y()) + 60;
        path.moveTo(a);
        path.cubicTo(QPointF(a.x(), low), QPointF(b.x(), low), b);
    } else { // the same stage: around the right side
        const QPointF a(from.right(), from.center().y()), b(to.right(), to.center().y());
        const qreal out = qMax(a.x(), b.x()) + 40;
        path.moveTo(a);
        path.cubicTo(QPointF(out, a.y()), QPointF(out, b.y()), b);
    }
    return path;
}

QPainterPath TransitionItem::route(const QRectF &from, QPointF to)
{
    QPainterPath path;
    const QPointF a(from.right(), from.center().y());
    const qreal dx = qMax<qreal>(30, qAbs(to.x() - a.x()) / 2);
    path.moveTo(a);
    path.cubicTo(a + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void TransitionItem::setEnds(const QRectF &from, const QRectF &to)
{
    QPainterPath path = route(from, to);
    if (path == m_path)
        return; // a relayout that left both cards in place keeps the cached pixmap
    prepareGeometryChange();
    m_path = std::move(path);
    updateGeometry();
}

void TransitionItem::setVolume(std::optional<double> volume, double largest)
{
    const QString label = volume ? QLocale().toString(*volume, 'f', QLocale::FloatingPointShortest) : QString();
    const qreal width = volume && largest > 0 ? 2 + 5 * qBound(0.0, *volume / largest, 1.0) : 2.5;
    if (label == m_label && qFuzzyCompare(width, m_width))
        return;
    prepareGeometryChange();
    m_label = label;
    m_width = width;
    updateGeometry();
}

void TransitionItem::updateGeometry()
{
    m_outline = QPainterPath();
    m_hitLine = QPainterPath();
    if (!m_path.isEmpty()) {
        const QPointF tip = m_path.pointAtPercent(1);
        const qreal angle = qDegreesToRadians(m_path.angleAtPercent(0.98));
        const QPointF dir(qCos(angle), -qSin(angle));
        const QPointF normal(-dir.y(), dir.x());
        const qreal len = 10 + m_width * 1.5;
        m_head = QPolygonF{tip, tip - dir * len + normal * len * 0.55, tip - dir * len - normal * len * 0.55};
        // Stroking a curve is the expensive part of painting it: the outline of the line (as
        // the round-capped pen would draw it) and the hit shape are built once per geometry
        // change; painting fills the outline.
        QPainterPathStroker line;
        line.setWidth(m_width);
        line.setCapStyle(Qt::RoundCap);
        m_outline = line.createStroke(m_path);
        QPainterPathStroker hit;
        hit.setWidth(m_width + 10);
        m_hitLine = hit.createStroke(m_path);
    }
    updateLabel();
}

void TransitionItem::updateLabel()
{
    m_shape = QPainterPath();
    m_bounds = QRectF();
    m_labelRect = QRectF();
    if (m_path.isEmpty())
        return;
    if (!m_label.isEmpty()) {
        const QSizeF size = labelSize();
        const QPointF at = pointAt(m_labelAt) + m_labelOffset;
        m_labelRect = QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
    }
    m_shape = m_hitLine;
    m_shape.addPolygon(m_head);
    if (!m_labelRect.isEmpty())
        m_shape.addRect(m_labelRect);
    m_bounds = m_path.boundingRect().united(m_head.boundingRect()).united(m_labelRect).adjusted(-8, -8, 8, 8);
}

QPointF TransitionItem::pointAt(qreal t) const
{
    // Every route is one cubic curve: evaluated directly, as measuring its length (what
    // QPainterPath::pointAtPercent does) costs a hundred times more.
    if (m_path.elementCount() == 4 && m_path.elementAt(1).type == QPainterPath::CurveToElement) {
        const QPointF p0 = m_path.elementAt(0), p1 = m_path.elementAt(1), p2 = m_path.elementAt(2), p3 = m_path.elementAt(3);
        const qreal u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
    return m_path.isEmpty() ? QPointF() : m_path.pointAtPercent(qBound<qreal>(0, t, 1));
}

QSizeF TransitionItem::labelSize() const
{
    if (m_label.isEmpty())
        return {};
    const QFontMetricsF fm(JourneyStyle::smallFont());
    // Compact: between two stages' cards there is little room.
    return QSizeF(fm.horizontalAdvance(m_label) + 8, fm.height() + 2);
}

void TransitionItem::setLabelAt(qreal percent, QPointF offset)
{
    percent = qBound<qreal>(0, percent, 1);
    if (qFuzzyCompare(percent, m_labelAt) && offset == m_labelOffset)
        return;
    prepareGeometryChange();
    m_labelAt = percent;
    m_labelOffset = offset;
    updateLabel();
}

QRectF TransitionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TransitionItem::shape() const
{
    return m_shape;
}

void TransitionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor color = selected ? palette.color(QPalette::Highlight) : QColor(0x45, 0x5a, 0x78, 200);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(m_outline);
    painter->drawPolygon(m_head);
    if (!m_labelRect.isEmpty()) {
        painter->setBrush(Qt::white);
        painter->setPen(QPen(color, 1.2));
        painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
        painter->setPen(QColor(0x1d, 0x1f, 0x23));
        painter->setFont(JourneyStyle::smallFont());
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
}

} // namespace waymark
