// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyLayout.h"

#include "JourneyStyle.h"

#include "model/Workspace.h"

namespace waymark {

using namespace JourneyStyle;

JourneyLayout JourneyLayout::compute(const Workspace &w, JourneyId journey,
                                     const std::function<qreal(TouchpointId, qreal)> &cardHeight)
{
    JourneyLayout l;
    qreal x = laneHeaderWidth;
    for (const Stage &s : w.stages) {
        if (s.journeyId != journey || s.hidden)
            continue;
        const qreal width = s.width > 0 ? qMax<qreal>(minStageWidth, s.width) : defaultStageWidth;
        l.columns.append({s.id, x, width});
        x += width;
    }
    QHash<qint64, int> rowIndex;
    for (const Lane &lane : w.lanes) {
        if (lane.journeyId != journey || lane.hidden)
            continue;
        rowIndex.insert(lane.id.value, int(l.rows.size()));
        Row row;
        row.id = lane.id;
        row.kind = lane.laneKind;
        row.height = qMax<qreal>(minLaneHeight, lane.height);
        l.rows.append(row);
    }
    QHash<qint64, int> columnIndex;
    for (int i = 0; i < l.columns.size(); ++i)
        columnIndex.insert(l.columns[i].id.value, i);

    // Stack the cards of each cell: heights first, then positions once rows are known.
    const qsizetype nCols = l.columns.size();
    QList<qreal> fill(nCols * l.rows.size(), 0);
    struct Placed { TouchpointId id; int row; int col; qreal offset; };
    QList<Placed> placed;
    placed.reserve(w.touchpoints.size());
    for (const Touchpoint &t : w.touchpoints) {
        if (t.journeyId != journey)
            continue;
        const int r = rowIndex.value(t.laneId.value, -1);
        const int c = columnIndex.value(t.stageId.value, -1);
        if (r < 0 || c < 0)
            continue;
        const qreal width = l.columns[c].width - 2 * cellPadding;
        const qreal h = cardHeight(t.id, width);
        qreal &f = fill[r * nCols + c];
        placed.append({t.id, r, c, f});
        l.cardWidth.insert(t.id.value, width);
        f += h + cardGap;
    }
    qreal y = headerHeight;
    for (int r = 0; r < l.rows.size(); ++r) {
        Row &row = l.rows[r];
        row.y = y;
        row.cardsTop = y + cellPadding + (row.kind == LaneKind::Emotions ? emotionCurveHeight : 0);
        qreal fullest = 0;
        for (qsizetype c = 0; c < nCols; ++c)
            fullest = qMax(fullest, fill[r * nCols + c]);
        const qreal needed = row.cardsTop - y + fullest + cellPadding - (fullest > 0 ? cardGap : 0);
        row.height = qMax(row.height, needed);
        y += row.height;
    }
    for (const Placed &p : std::as_const(placed))
        l.cardPos.insert(p.id.value,
                         QPointF(l.columns[p.col].x + cellPadding, l.rows[p.row].cardsTop + p.offset));
    l.width = qMax(x, laneHeaderWidth + minStageWidth);
    l.height = qMax(y, headerHeight + minLaneHeight);
    return l;
}

int JourneyLayout::columnAt(qreal x) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (x >= columns[i].x && x < columns[i].x + columns[i].width)
            return i;
    return -1;
}

int JourneyLayout::rowAt(qreal y) const
{
    for (int i = 0; i < rows.size(); ++i)
        if (y >= rows[i].y && y < rows[i].y + rows[i].height)
            return i;
    return -1;
}

int JourneyLayout::columnOf(StageId id) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].id == id)
            return i;
    return -1;
}

int JourneyLayout::rowOf(LaneId id) const
{
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].id == id)
            return i;
    return -1;
}

QRectF JourneyLayout::cellRect(int column, int row) const
{
    if (column < 0 || row < 0 || column >= columns.size() || row >= rows.size())
        return {};
    return QRectF(columns[column].x, rows[row].y, columns[column].width, rows[row].height);
}

QRectF JourneyLayout::gridRect() const
{
    return QRectF(laneHeaderWidth, headerHeight, width - laneHeaderWidth, height - headerHeight);
}

QRectF JourneyLayout::curveRect(int row) const
{
    if (row < 0 || row >= rows.size())
        return {};
    const Row &r = rows[row];
    return QRectF(laneHeaderWidth, r.y + cellPadding, width - laneHeaderWidth, emotionCurveHeight - 2 * cellPadding);
}

} // namespace waymark
