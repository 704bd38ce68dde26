// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <optional>

namespace waymark {

class Document;

/// The emotion curve in the emotions lane: the team's assumed emotion (−2..+2) of each
/// touchpoint as a smooth curve with points that drag up and down (one undo step per drag),
/// the measured emotion beside it with the gap between them shaded, and the curves of
/// other journeys (other personas) as thin overlays.
class EmotionCurveItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::EmotionCurveItem)

public:
    enum { Type = UserType + 0x4a45 };

    struct Point
    {
        TouchpointId id;
        qreal x = 0;
        std::optional<double> assumed;
        std::optional<double> measured;
    };
    struct Overlay
    {
        QString name;
        QColor color;
        QList<QPointF> points; ///< x in scene units, y as an emotion −2..+2
    };

    explicit EmotionCurveItem(Document *document);

    int type() const override { return Type; }
    void setBand(const QRectF &band);
    QRectF band() const { return m_band; }
    void setPoints(const QList<Point> &points);
    const QList<Point> &points() const { return m_points; }
    void setOverlays(const QList<Overlay> &overlays);
    const QList<Overlay> &overlays() const { return m_overlays; }

    /// Scene y of an emotion value and back.
    qreal yOf(double emotion) const;
    double emotionAt(qreal y) const;
    /// The point under `pos` (item = scene coordinates), or an invalid id.
    TouchpointId pointAt(QPointF pos) const;
    bool isDragging() const { return m_drag.isValid(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QPainterPath smooth(const QList<QPointF> &points) const;

    Document *m_document;
    QRectF m_band;
    QList<Point> m_points;
    QList<Overlay> m_overlays;
    TouchpointId m_drag;
    bool m_dragMoved = false;
};

} // namespace waymark
