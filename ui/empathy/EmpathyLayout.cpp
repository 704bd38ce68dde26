// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmpathyLayout.h"

#include <QtMath>

#include <limits>

namespace waymark {
namespace {

bool intersectsCircle(const QRectF &rect, QPointF centre, qreal radius)
{
    const qreal x = qBound(rect.left(), centre.x(), rect.right());
    const qreal y = qBound(rect.top(), centre.y(), rect.bottom());
    const qreal dx = centre.x() - x, dy = centre.y() - y;
    return dx * dx + dy * dy < radius * radius;
}

constexpr qint64 kNextSlotKey = std::numeric_limits<qint64>::min();

} // namespace

std::array<Quadrant, 6> EmpathyLayout::order()
{
    return {Quadrant::Think, Quadrant::Feel, Quadrant::Say, Quadrant::Do, Quadrant::Pains, Quadrant::Gains};
}

QRectF EmpathyLayout::content(const QRectF &quadrant)
{
    return quadrant.adjusted(padding, headerHeight, -padding, -padding);
}

qreal EmpathyLayout::flow(const QList<Entry> &entries, const QRectF &content, std::optional<QPointF> keepOut,
                          QHash<qint64, QRectF> *out, QList<QRectF> *rects)
{
    const auto cell = [&](int column, qreal y, qreal height) {
        return QRectF(content.left() + column * (noteWidth + noteGap), y, noteWidth, height);
    };
    qreal y = content.top();
    qreal bottom = content.top();
    qsizetype i = 0;
    int emptyRows = 0;
    while (i < entries.size()) {
        qreal rowHeight = minNoteHeight;
        for (qsizetype k = i; k < qMin(i + columns, entries.size()); ++k)
            rowHeight = qMax(rowHeight, entries[k].height);
        QList<int> free;
        for (int c = 0; c < columns; ++c)
            if (!keepOut || !intersectsCircle(cell(c, y, rowHeight), *keepOut, keepOutRadius()))
                free.append(c);
        if (free.isEmpty() && emptyRows++ < 400) { // the persona blocks the whole row: go below it
            y += 12;
            continue;
        }
        if (free.isEmpty())
            free.append(0);
        const qsizetype count = qMin<qsizetype>(free.size(), entries.size() - i);
        qreal placedHeight = 0;
        for (qsizetype k = 0; k < count; ++k) {
            const Entry &entry = entries[i + k];
            const QRectF rect = cell(free[k], y, entry.height);
            if (out)
                out->insert(entry.key, rect);
            if (rects)
                rects->append(rect);
            placedHeight = qMax(placedHeight, entry.height);
        }
        bottom = y + placedHeight;
        y += placedHeight + noteGap;
        i += count;
    }
    return bottom;
}

EmpathyLayout::Result EmpathyLayout::compute(const Entries &entries)
{
    Result r;
    const qreal width = quadrantWidth();
    const qreal left = margin, right = margin + width + gutter;
    const qreal centreX = margin + width + gutter / 2;

    // Each quadrant is as tall as its notes need (at least its minimum); where the next
    // note would go is worked out afterwards, to show it when there is room.
    const auto withNext = [](const QList<Entry> &list) {
        QList<Entry> more = list;
        more.append({kNextSlotKey, minNoteHeight});
        return more;
    };

    // Top row: the persona sits at its bottom edge, which depends on its height, so grow
    // the height until the notes (kept out of the persona) fit.
    qreal topHeight = minQuadrantHeight;
    for (int pass = 0; pass < 8; ++pass) {
        const QPointF centre(centreX, margin + topHeight + gutter / 2);
        qreal needed = 0;
        for (Quadrant q : {Quadrant::Think, Quadrant::Feel}) {
            const QRectF rect(q == Quadrant::Think ? left : right, margin, width, topHeight);
            const qreal bottom = flow(entries[index(q)], content(rect), centre, nullptr, nullptr);
            needed = qMax(needed, bottom + padding - margin);
        }
        if (needed <= topHeight)
            break;
        topHeight = needed;
    }
    r.personaCentre = QPointF(centreX, margin + topHeight + gutter / 2);

    const qreal midTop = margin + topHeight + gutter;
    qreal midHeight = minQuadrantHeight;
    for (Quadrant q : {Quadrant::Say, Quadrant::Do}) {
        const QRectF rect(q == Quadrant::Say ? left : right, midTop, width, 1e6);
        const qreal bottom = flow(entries[index(q)], content(rect), r.personaCentre, nullptr, nullptr);
        midHeight = qMax(midHeight, bottom + padding - midTop);
    }

    const qreal lowTop = midTop + midHeight + 2 * gutter;
    qreal lowHeight = minRowHeight;
    for (Quadrant q : {Quadrant::Pains, Quadrant::Gains}) {
        const QRectF rect(q == Quadrant::Pains ? left : right, lowTop, width, 1e6);
        const qreal bottom = flow(entries[index(q)], content(rect), std::nullopt, nullptr, nullptr);
        lowHeight = qMax(lowHeight, bottom + padding - lowTop);
    }

    r.quadrants[index(Quadrant::Think)] = QRectF(left, margin, width, topHeight);
    r.quadrants[index(Quadrant::Feel)] = QRectF(right, margin, width, topHeight);
    r.quadrants[index(Quadrant::Say)] = QRectF(left, midTop, width, midHeight);
    r.quadrants[index(Quadrant::Do)] = QRectF(right, midTop, width, midHeight);
    r.quadrants[index(Quadrant::Pains)] = QRectF(left, lowTop, width, lowHeight);
    r.quadrants[index(Quadrant::Gains)] = QRectF(right, lowTop, width, lowHeight);

    for (Quadrant q : order()) {
        const std::optional<QPointF> keepOut = touchesPersona(q) ? std::optional(r.personaCentre) : std::nullopt;
        QHash<qint64, QRectF> placed;
        flow(withNext(entries[index(q)]), content(r.quadrants[index(q)]), keepOut, &placed, nullptr);
        r.nextSlot[index(q)] = placed.take(kNextSlotKey);
        r.notes.insert(placed);
    }
    r.bounds = QRectF(0, 0, 2 * margin + 2 * width + gutter, lowTop + lowHeight + margin);
    return r;
}

QList<QRectF> EmpathyLayout::flowRects(const Result &layout, Quadrant quadrant, const QList<Entry> &entries)
{
    QList<QRectF> rects;
    const std::optional<QPointF> keepOut = touchesPersona(quadrant) ? std::optional(layout.personaCentre) : std::nullopt;
    flow(entries, content(layout.quadrants[index(quadrant)]), keepOut, nullptr, &rects);
    return rects;
}

qsizetype EmpathyLayout::insertionIndex(const QList<QRectF> &rects, QPointF point)
{
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects[i];
        if (point.y() < r.top() - noteGap / 2)
            return i; // above this note's row
        if (point.y() <= r.bottom() + noteGap / 2 && point.x() < r.center().x())
            return i; // in its row, left of its middle
    }
    return rects.size();
}

} // namespace waymark
