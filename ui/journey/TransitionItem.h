// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QGraphicsPathItem>

#include <optional>

namespace waymark {

/// An arrow from one card to another: forwards as an S-curve, within a stage around the
/// cards' right side, backwards (a loop) as an arc below them. Carries the observed volume
/// as a label; its width grows with the share of the journey's largest volume.
class TransitionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x4a54 };

    explicit TransitionItem(TransitionId id);

    TransitionId id() const { return m_id; }
    int type() const override { return Type; }

    /// Routes the arrow between two card rectangles (scene coordinates).
    void setEnds(const QRectF &from, const QRectF &to);
    void setVolume(std::optional<double> volume, double largest);
    QString label() const { return m_label; }
    QPainterPath path() const { return m_path; }
    QRectF labelRect() const { return m_labelRect; }
    /// The size of the volume's label; empty without a volume.
    QSizeF labelSize() const;
    /// Where the label sits: centred on the arrow at `percent` of its length (0.5, the
    /// middle, unless the scene moves it off cards and other labels), moved by `offset`.
    void setLabelAt(qreal percent, QPointF offset = {});
    /// The point of the arrow at `t` (0: its start, 1: its tip) along its curve.
    QPointF pointAt(qreal t) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The same routing, for the arrow drawn while connecting.
    static QPainterPath route(const QRectF &from, const QRectF &to);
    static QPainterPath route(const QRectF &from, QPointF to);

private:
    void updateGeometry();
    void updateLabel();

    TransitionId m_id;
    QPainterPath m_path;
    QPainterPath m_outline; ///< the line as filled area (stroked once per geometry change)
    QPainterPath m_hitLine; ///< the line, widened for hit tests
    QPainterPath m_shape;   ///< for hit tests and rubber-band selection: line, head and label
    QRectF m_bounds;
    QPolygonF m_head;
    QString m_label;
    QRectF m_labelRect;
    qreal m_labelAt = 0.5;
    QPointF m_labelOffset;
    qreal m_width = 2.5;
};

} // namespace waymark
