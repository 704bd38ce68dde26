// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <array>
#include <optional>

namespace waymark {

/// Where everything on the empathy map canvas goes, as plain geometry (scene units).
/// THINK and FEEL on top, SAY and DO below them, the persona in the middle where the four
/// meet, PAINS and GAINS in a row underneath. Notes flow in reading order in rows of three
/// and never under the persona; a quadrant grows with its notes.
class EmpathyLayout
{
public:
    static constexpr qreal noteWidth = 236;
    static constexpr qreal minNoteHeight = 112;
    static constexpr qreal noteGap = 16;
    static constexpr qreal padding = 22;
    static constexpr qreal headerHeight = 96;
    static constexpr qreal margin = 40;
    static constexpr qreal gutter = 18;
    static constexpr int columns = 3;
    static constexpr qreal personaRadius = 124;
    static constexpr qreal personaClearance = 18;
    static constexpr qreal minQuadrantHeight = 330;
    static constexpr qreal minRowHeight = 250; ///< PAINS and GAINS

    /// One note (or placeholder) to place: `key` names it in the result.
    struct Entry
    {
        qint64 key = 0;
        qreal height = minNoteHeight;
    };
    using Entries = std::array<QList<Entry>, 6>; ///< by quadrant index

    struct Result
    {
        std::array<QRectF, 6> quadrants;
        std::array<QRectF, 6> nextSlot; ///< where a note appended to the quadrant would go (may lie outside it)
        QHash<qint64, QRectF> notes;    ///< by entry key
        QPointF personaCentre;
        QRectF bounds;
    };

    static Result compute(const Entries &entries);
    /// The rects `entries` would get in `quadrant` of an existing layout.
    static QList<QRectF> flowRects(const Result &layout, Quadrant quadrant, const QList<Entry> &entries);
    /// The insertion index in a quadrant for a note dropped at `point`, given the rects
    /// of the quadrant's notes in order.
    static qsizetype insertionIndex(const QList<QRectF> &rects, QPointF point);

    static qreal quadrantWidth() { return columns * noteWidth + (columns - 1) * noteGap + 2 * padding; }
    static int index(Quadrant quadrant) { return int(quadrant); }
    static Quadrant quadrantAt(int index) { return Quadrant(index); }
    /// Quadrants in reading (and Tab) order.
    static std::array<Quadrant, 6> order();
    /// Whether the quadrant's heading sits on its right (the side away from the persona).
    static bool headingOnRight(Quadrant quadrant) { return quadrant == Quadrant::Feel || quadrant == Quadrant::Do; }
    /// Whether the persona reaches into the quadrant.
    static bool touchesPersona(Quadrant quadrant) { return index(quadrant) < 4; }
    /// The circle the persona occupies, notes keep out of it.
    static qreal keepOutRadius() { return personaRadius + personaClearance; }

private:
    /// Places `entries` from the top of `content` and returns the bottom of the last row.
    static qreal flow(const QList<Entry> &entries, const QRectF &content, std::optional<QPointF> keepOut,
                      QHash<qint64, QRectF> *out, QList<QRectF> *rects);
    static QRectF content(const QRectF &quadrant);
};

} // namespace waymark
