// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>

namespace waymark {

struct Workspace;

/// Where everything of a journey lies on the canvas: columns for the visible stages (after the lane
/// header column), rows for the visible lanes (below the stage band), and each card's
/// top-left corner. Cards stack in their cell in order; a row is as tall as its fullest cell.
struct JourneyLayout
{
    struct Column
    {
        StageId id;
        qreal x = 0;
        qreal width = 0;
    };
    struct Row
    {
        LaneId id;
        LaneKind kind = LaneKind::Custom;
        qreal y = 0;
        qreal height = 0;
        qreal cardsTop = 0; ///< where the first card of each cell starts
    };

    QList<Column> columns;
    QList<Row> rows; ///< visible lanes only
    QHash<qint64, QPointF> cardPos;
    QHash<qint64, qreal> cardWidth;
    qreal width = 0;  ///< the whole canvas, headers included
    qreal height = 0;

    /// Lays out `journey`. `cardHeight(id, width)` lays a card out and returns its height.
    static JourneyLayout compute(const Workspace &workspace, JourneyId journey,
                                 const std::function<qreal(TouchpointId, qreal)> &cardHeight);

    int columnAt(qreal x) const;
    int rowAt(qreal y) const;
    int columnOf(StageId id) const;
    int rowOf(LaneId id) const;
    QRectF cellRect(int column, int row) const;
    QRectF gridRect() const;
    /// The emotion curve's band in the emotions lane.
    QRectF curveRect(int row) const;
};

} // namespace waymark
