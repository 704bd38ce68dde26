// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GridItem.h"

#include "StakeholderScene.h"

#include <QPainter>
#include <QPalette>

namespace waymark {
namespace {
constexpr qreal kAxisLeft = 64;   // room for the vertical axis label
constexpr qreal kAxisBottom = 58; // room for the horizontal axis label
constexpr qreal kLabelInset = 16;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

constexpr StakeholderQuadrant kQuadrants[] = {StakeholderQuadrant::Gatekeepers, StakeholderQuadrant::Champions,
                                              StakeholderQuadrant::Spectators, StakeholderQuadrant::Supporters};
} // namespace

GridItem::GridItem()
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF GridItem::boundingRect() const
{
    return StakeholderScene::gridRect().adjusted(-kAxisLeft, -2, 2, kAxisBottom);
}

QRectF GridItem::quadrantRect(StakeholderQuadrant quadrant)
{
    const QRectF g = StakeholderScene::gridRect();
    const QSizeF half = g.size() / 2;
    switch (quadrant) {
    case StakeholderQuadrant::Gatekeepers: return {g.topLeft(), half};
    case StakeholderQuadrant::Champions: return {QPointF(g.center().x(), g.top()), half};
    case StakeholderQuadrant::Spectators: return {QPointF(g.left(), g.center().y()), half};
    case StakeholderQuadrant::Supporters: return {g.center(), half};
    }
    return {};
}

QColor GridItem::quadrantColor(StakeholderQuadrant quadrant, const QColor &base)
{
    // Okabe–Ito hues (colour-blind safe), only a tint of them: the cards carry the colour.
    const bool dark = base.lightnessF() < 0.5;
    const qreal t = dark ? 0.16 : 0.11;
    switch (quadrant) {
    case StakeholderQuadrant::Champions: return blend(base, QColor(0x00, 0x9e, 0x73), t);
    case StakeholderQuadrant::Gatekeepers: return blend(base, QColor(0xe6, 0x9f, 0x00), t);
    case StakeholderQuadrant::Supporters: return blend(base, QColor(0x56, 0xb4, 0xe9), t);
    case StakeholderQuadrant::Spectators: return blend(base, QColor(0x99, 0x99, 0x99), t * 0.8);
    }
    return base;
}

void GridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QFont base = scene() ? scene()->font() : QFont();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = blend(pal.color(QPalette::Base), text, 0.62);
    const QRectF g = StakeholderScene::gridRect();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (StakeholderQuadrant q : kQuadrants)
        painter->fillRect(quadrantRect(q), quadrantColor(q, pal.color(QPalette::Base)));

    // The quadrant names sit in the outer corners, away from the centre where cards crowd.
    const QFont nameFont = scaled(base, 1.7, QFont::DemiBold);
    const QFont strategyFont = scaled(base, 1.25);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF strategyMetrics(strategyFont);
    for (StakeholderQuadrant q : kQuadrants) {
        const QRectF r = quadrantRect(q).adjusted(kLabelInset, kLabelInset * 0.7, -kLabelInset, -kLabelInset * 0.7);
        const bool right = q == StakeholderQuadrant::Champions || q == StakeholderQuadrant::Supporters;
        const bool bottom = q == StakeholderQuadrant::Spectators || q == StakeholderQuadrant::Supporters;
        const Qt::Alignment h = right ? Qt::AlignRight : Qt::AlignLeft;
        const qreal blockHeight = nameMetrics.height() + strategyMetrics.height();
        const qreal top = bottom ? r.bottom() - blockHeight : r.top();
        painter->setFont(nameFont);
        painter->setPen(blend(pal.color(QPalette::Base), text, 0.78));
        painter->drawText(QRectF(r.left(), top, r.width(), nameMetrics.height()), h | Qt::AlignVCenter,
                          StakeholderGrid::quadrantName(q));
        painter->setFont(strategyFont);
        painter->setPen(quiet);
        painter->drawText(QRectF(r.left(), top + nameMetrics.height(), r.width(), strategyMetrics.height()),
                          h | Qt::AlignVCenter, StakeholderGrid::derivedStrategy(q));
    }

    // The 50 % lines and the frame.
    QPen split(blend(pal.color(QPalette::Base), text, 0.45), 2, Qt::DashLine);
    split.setCosmetic(true);
    painter->setPen(split);
    painter->drawLine(QPointF(g.center().x(), g.top()), QPointF(g.center().x(), g.bottom()));
    painter->drawLine(QPointF(g.left(), g.center().y()), QPointF(g.right(), g.center().y()));
    QPen frame(blend(pal.color(QPalette::Base), text, 0.35), 1);
    frame.setCosmetic(true);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(g);

    // Axes: interest along the bottom, power up the left side, with low and high at the ends.
    const QFont axisFont = scaled(base, 1.2, QFont::DemiBold);
    const QFont endFont = scaled(base, 1.05);
    const qreal axisHeight = QFontMetricsF(axisFont).height();
    painter->setPen(text);
    painter->setFont(axisFont);
    const QRectF bottomBand(g.left(), g.bottom() + 8, g.width(), kAxisBottom - 10);
    painter->drawText(bottomBand, Qt::AlignHCenter | Qt::AlignTop, tr("Interest →"));
    painter->setFont(endFont);
    painter->setPen(quiet);
    painter->drawText(bottomBand, Qt::AlignLeft | Qt::AlignTop, tr("low"));
    painter->drawText(bottomBand, Qt::AlignRight | Qt::AlignTop, tr("high"));

    painter->translate(g.left() - 8, g.bottom());
    painter->rotate(-90);
    const QRectF leftBand(0, -(kAxisLeft - 10), g.height(), kAxisLeft - 10);
    painter->setFont(axisFont);
    painter->setPen(text);
    painter->drawText(leftBand, Qt::AlignHCenter | Qt::AlignBottom, tr("Power / influence →"));
    painter->setFont(endFont);
    painter->setPen(quiet);
    const QRectF endBand(leftBand.left(), leftBand.bottom() - axisHeight, leftBand.width(), axisHeight);
    painter->drawText(endBand, Qt::AlignLeft | Qt::AlignVCenter, tr("low"));
    painter->drawText(endBand, Qt::AlignRight | Qt::AlignVCenter, tr("high"));
    painter->restore();
}

} // namespace waymark
