// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <optional>

namespace waymark {

/// One quadrant of the empathy map (THINK, FEEL, SAY, DO, PAINS, GAINS): its area,
/// heading and question, the slot where typing adds a note, and the drop slots of a drag.
/// Holds no model data; the scene gives it its geometry.
class QuadrantItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::QuadrantItem)

public:
    enum { Type = UserType + 0x5155 };

    explicit QuadrantItem(Quadrant quadrant);

    Quadrant quadrant() const { return m_quadrant; }
    int type() const override { return Type; }

    /// `rect` in scene coordinates; the item sits at its top-left corner.
    void setGeometry(const QRectF &rect, const QRectF &nextSlot, std::optional<QPointF> personaCentre);
    QRectF rect() const { return m_rect; }
    /// Where the next note goes, scene coordinates.
    QRectF nextSlot() const { return m_nextSlot; }
    void setEmpty(bool empty);
    /// The quadrant typing goes to; `active`: the canvas has keyboard focus; `offerSlot`:
    /// show where typing adds a note (not while a note is edited or dragged).
    void setCurrent(bool current, bool active, bool offerSlot);
    bool isCurrent() const { return m_current; }
    /// Dashed outlines where dragged notes will land (scene coordinates).
    void setDropSlots(const QList<QRectF> &rects);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QString title(Quadrant quadrant);
    static QString question(Quadrant quadrant);
    static QFont titleFont();

private:
    Quadrant m_quadrant;
    QRectF m_rect;
    QRectF m_nextSlot;
    std::optional<QPointF> m_persona;
    QList<QRectF> m_dropSlots;
    bool m_empty = true;
    bool m_current = false;
    bool m_active = false;
    bool m_offerSlot = false;
};

} // namespace waymark
