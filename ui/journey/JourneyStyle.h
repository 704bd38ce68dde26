// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

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

} // namespace JourneyStyle
} // namespace waymark
