// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmotionCurveItem.h"

#include "JourneyStyle.h"

#include "charts/ChartPalette.h"

#include "commands/EditCommand.h"
#include "document/Document.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace waymark {
namespace {
constexpr qreal kPointRadius = 9;

QColor emotionColor(double v)
{
    // Diverging and colour-blind safe, as the score badges: vermillion (−2) through grey (0)
    // to blue (+2), from the Okabe–Ito palette.
    const QColor neg = ChartPalette::vermillion(), mid(0x90, 0x96, 0x9c), pos = ChartPalette::blue();
    const double t = qBound(-1.0, v / 2, 1.0);
    const QColor &a = t < 0 ? neg : pos;
    const double k = qAbs(t);
    return QColor::fromRgbF(float(mid.redF() + (a.redF() - mid.redF()) * k), float(mid.greenF() + (a.greenF() - mid.greenF()) * k),
                            float(mid.blueF() + (a.blueF() - mid.blueF()) * k));
}
} // namespace

EmotionCurveItem::EmotionCurveItem(Document *document) : m_document(document)
{
    setZValue(2);
    setAcceptedMouseButtons(Qt::LeftButton);
}

void EmotionCurveItem::setBand(const QRectF &band)
{
    if (band == m_band)
        return;
    prepareGeometryChange();
    m_band = band;
}

void EmotionCurveItem::setPoints(const QList<Point> &points)
{
    m_points = points;
    update();
}

void EmotionCurveItem::setOverlays(const QList<Overlay> &overlays)
{
    m_overlays = overlays;
    update();
}

qreal EmotionCurveItem::yOf(double emotion) const
{
    const qreal inner = m_band.height() - 2 * kPointRadius;
    return m_band.top() + kPointRadius + (2 - qBound(-2.0, emotion, 2.0)) / 4 * inner;
}

double EmotionCurveItem::emotionAt(qreal y) const
{
    const qreal inner = m_band.height() - 2 * kPointRadius;
    return qBound(-2.0, 2 - (y - m_band.top() - kPointRadius) / inner * 4, 2.0);
}

TouchpointId EmotionCurveItem::pointAt(QPointF pos) const
{
    for (const Point &p : m_points) {
        const QPointF c(p.x, yOf(p.assumed.value_or(0)));
        if (QLineF(c, pos).length() <= kPointRadius + 5)
            return p.id;
    }
    return {};
}

QRectF EmotionCurveItem::boundingRect() const
{
    return m_band.adjusted(-4, -4, 4, 4);
}

QPainterPath EmotionCurveItem::smooth(const QList<QPointF> &pts) const
{
    // Catmull–Rom through the points, as cubic Béziers; the curve never leaves the band
    // because control points are clamped to it.
    QPainterPath path;
    if (pts.isEmpty())
        return path;
    path.moveTo(pts.first());
    for (qsizetype i = 0; i + 1 < pts.size(); ++i) {
        const QPointF p0 = pts[qMax<qsizetype>(0, i - 1)], p1 = pts[i], p2 = pts[i + 1],
                      p3 = pts[qMin(pts.size() - 1, i + 2)];
        QPointF c1 = p1 + (p2 - p0) / 6, c2 = p2 - (p3 - p1) / 6;
        c1.setY(qBound(m_band.top(), c1.y(), m_band.bottom()));
        c2.setY(qBound(m_band.top(), c2.y(), m_band.bottom()));
        path.cubicTo(c1, c2, p2);
    }
    return path;
}

void EmotionCurveItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // The scale: faint lines at −2..+2, zero stronger, labels at the left. Solid hairlines
    // filled as thin rectangles: a dashed, antialiased line across the whole journey was
    // the most expensive thing on the canvas to repaint.
    painter->setFont(JourneyStyle::smallFont());
    for (int v = -2; v <= 2; ++v) {
        const qreal y = yOf(v);
        painter->fillRect(QRectF(m_band.left() + 30, y - 0.5, m_band.width() - 30, 1), QColor(0, 0, 0, v == 0 ? 70 : 18));
        painter->setPen(QColor(0, 0, 0, 140));
        painter->drawText(QRectF(m_band.left() + 2, y - 10, 26, 20), Qt::AlignCenter,
                          v > 0 ? QStringLiteral("+%1").arg(v) : v < 0 ? QStringLiteral("−%1").arg(-v) : QStringLiteral("0"));
    }
    for (const Overlay &o : m_overlays) {
        QList<QPointF> pts;
        for (const QPointF &p : o.points)
            pts.append(QPointF(p.x(), yOf(p.y())));
        painter->setPen(QPen(o.color, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(smooth(pts));
        if (!pts.isEmpty()) {
            painter->setPen(o.color.darker(120));
            painter->drawText(QRectF(pts.last().x() + 8, pts.last().y() - 10, 220, 20), Qt::AlignVCenter | Qt::AlignLeft, o.name);
        }
    }
    QList<QPointF> assumed, measured;
    for (const Point &p : m_points) {
        if (p.assumed)
            assumed.append(QPointF(p.x, yOf(*p.assumed)));
        if (p.measured)
            measured.append(QPointF(p.x, yOf(*p.measured)));
    }
    // The gap: shaded between the two curves where both exist, per neighbouring pair.
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points[i];
        if (!p.assumed || !p.measured)
            continue;
        // Colour-blind safe (Okabe–Ito): vermillion where customers feel worse than assumed,
        // blue where they feel better.
        QColor shade = *p.measured < *p.assumed ? ChartPalette::vermillion() : ChartPalette::blue();
        shade.setAlpha(*p.measured < *p.assumed ? 70 : 50);
        painter->setPen(QPen(shade.darker(130), 3, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(p.x, yOf(*p.assumed)), QPointF(p.x, yOf(*p.measured)));
        if (i + 1 < m_points.size() && m_points[i + 1].assumed && m_points[i + 1].measured) {
            const Point &q = m_points[i + 1];
            QPolygonF area{QPointF(p.x, yOf(*p.assumed)), QPointF(q.x, yOf(*q.assumed)), QPointF(q.x, yOf(*q.measured)),
                           QPointF(p.x, yOf(*p.measured))};
            painter->setPen(Qt::NoPen);
            painter->setBrush(shade);
            painter->drawPolygon(area);
        }
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0x1f, 0x4e, 0x8c), 4, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(smooth(assumed));
    if (!measured.isEmpty()) {
        painter->setPen(QPen(QColor(0x4a, 0x23, 0x5a), 3, Qt::DashLine, Qt::RoundCap));
        painter->drawPath(smooth(measured));
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(QColor(0x4a, 0x23, 0x5a));
        for (const QPointF &m : measured)
            painter->drawPolygon(QPolygonF{m + QPointF(0, -8), m + QPointF(8, 0), m + QPointF(0, 8), m + QPointF(-8, 0)});
    }
    // The legend, top right: which line is which.
    {
        const QFontMetricsF fm(JourneyStyle::smallFont());
        const QString assumedText = tr("assumed by the team");
        const QString measuredText = tr("measured in feedback");
        const qreal w = 34 + fm.horizontalAdvance(assumedText) + (measured.isEmpty() ? 0 : 46 + fm.horizontalAdvance(measuredText));
        qreal x = m_band.right() - w - 8;
        const qreal y = m_band.top() + 2;
        painter->setPen(QPen(QColor(0x1f, 0x4e, 0x8c), 4, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(x, y + 9), QPointF(x + 24, y + 9));
        painter->setPen(QColor(0, 0, 0, 170));
        painter->drawText(QRectF(x + 30, y, fm.horizontalAdvance(assumedText) + 4, 18), Qt::AlignVCenter, assumedText);
        if (!measured.isEmpty()) {
            x += 34 + fm.horizontalAdvance(assumedText) + 12;
            painter->setPen(QPen(QColor(0x4a, 0x23, 0x5a), 3, Qt::DashLine, Qt::RoundCap));
            painter->drawLine(QPointF(x, y + 9), QPointF(x + 24, y + 9));
            painter->setPen(QColor(0, 0, 0, 170));
            painter->drawText(QRectF(x + 30, y, fm.horizontalAdvance(measuredText) + 4, 18), Qt::AlignVCenter, measuredText);
        }
    }
    for (const Point &p : m_points) {
        const QPointF c(p.x, yOf(p.assumed.value_or(0)));
        if (p.assumed) {
            painter->setPen(QPen(Qt::white, 2.5));
            painter->setBrush(emotionColor(*p.assumed));
        } else {
            painter->setPen(QPen(QColor(0x80, 0x86, 0x8b), 2, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawEllipse(c, kPointRadius, kPointRadius);
    }
}

void EmotionCurveItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_drag = pointAt(event->scenePos());
    m_dragMoved = false;
    if (!m_drag.isValid() || !m_document || m_document->isReadOnly()) {
        m_drag = {};
        event->ignore();
        return;
    }
    event->accept();
}

void EmotionCurveItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.isValid())
        return;
    const Touchpoint *t = m_document->workspace().touchpoints.find(m_drag);
    if (!t)
        return;
    const int value = int(qRound(emotionAt(event->scenePos().y())));
    if (t->assumedEmotion == value)
        return;
    Touchpoint changed = *t;
    changed.assumedEmotion = value;
    auto *edit = new EditCommand<Touchpoint>(m_document, changed, tr("Set assumed emotion of “%1”").arg(t->title.left(40)), true);
    edit->setContinuesGesture(m_dragMoved);
    m_dragMoved = true;
    m_document->execute(edit);
}

void EmotionCurveItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    m_drag = {};
}

} // namespace waymark
