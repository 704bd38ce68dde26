// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <utility>

class QPainter;

namespace waymark {

/// Sizes, fonts and colours of the journey canvas, chosen to read on a projector.
namespace JourneyStyle {

constexpr qreal headerHeight = 76;     ///< the stage band
constexpr qreal laneHeaderWidth = 220; ///< the lane column
constexpr qreal defaultStageWidth = 300;
constexpr qreal minStageWidth = 180;
constexpr qreal minLaneHeight = 100;
constexpr qreal cellPadding = 12;
constexpr qreal cardGap = 10;
constexpr qreal emotionCurveHeight = 220; ///< the curve's band at the top of the emotions lane
constexpr qreal cardPadding = 12;
constexpr qreal cardRadius = 8;

QFont titleFont();
QFont noteFont();
QFont smallFont();
QFont headerFont();

/// The fill of a card without its own colour, by lane kind.
QColor cardFill(LaneKind kind, const QString &stored);
/// The tint of a lane's row and header.
QColor laneTint(LaneKind kind, const QString &stored);
/// The accent of a channel (icon and strip).
QColor channelColor(Channel channel);
/// Draws a small icon of the channel into `box`.
void drawChannelIcon(QPainter *painter, const QRectF &box, Channel channel, const QColor &color);
/// A five-pointed star (moment of truth) into `box`.
void drawStar(QPainter *painter, const QRectF &box, const QColor &fill);
/// Black-ish or white for text on `fill`.
QColor textOn(const QColor &fill);
/// The colours offered for cards, lanes and stages: value ("#fff59d") and translated name.
QList<std::pair<QString, QString>> palette();

/// `below` seen through black of opacity `alpha` (0..255), as one opaque colour.
QColor shaded(const QColor &below, int alpha);
/// `below` seen through `over` of opacity `opacity` (0..1), as one opaque colour.
QColor veiled(const QColor &below, const QColor &over, qreal opacity);

/// Paints the canvas' large axis-aligned areas (lane bands, grid lines, header fills) as
/// opaque rectangles in whole device pixels, without antialiasing. Qt fills such a
/// rectangle in place; an antialiased or translucent fill of the same size goes through
/// span blending, which hands every area taller than about a hundred pixels to its
/// drawing thread pool, and the waking of those threads was most of a repaint's time.
/// Edges are rounded, so neighbouring areas share their edge without gap or overlap;
/// a hairline stays at least one pixel wide at every zoom. Restores the painter when done.
class PixelFill
{
public:
    explicit PixelFill(QPainter *painter);
    ~PixelFill();
    PixelFill(const PixelFill &) = delete;
    PixelFill &operator=(const PixelFill &) = delete;

    /// Device pixel of a scene coordinate.
    int x(qreal sceneX) const;
    int y(qreal sceneY) const;
    /// The width of a one-unit scene line in device pixels, at least 1.
    int hairline() const { return m_hairline; }
    /// Fills the device rectangle [x0, x1) × [y0, y1).
    void fill(int x0, int y0, int x1, int y1, const QColor &color);
    /// Fills a scene rectangle, its edges rounded to device pixels.
    void fill(const QRectF &scene, const QColor &color);

private:
    QPainter *m_painter;
    QTransform m_transform;
    int m_hairline = 1;
};

} // namespace JourneyStyle
} // namespace waymark
