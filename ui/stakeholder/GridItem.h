// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholder/StakeholderGrid.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace waymark {

/// The power/interest grid behind the cards: four tinted quadrants with their names and
/// classic strategies, the 50 % lines and the axis labels. Colours come from the palette.
class GridItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::GridItem)

public:
    enum { Type = UserType + 40 };

    GridItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The rectangle of a quadrant in scene coordinates.
    static QRectF quadrantRect(StakeholderQuadrant quadrant);
    /// The quadrant tint, blended into `base`.
    static QColor quadrantColor(StakeholderQuadrant quadrant, const QColor &base);
};

} // namespace waymark
