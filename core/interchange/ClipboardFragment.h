// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace waymark {

/// Journey cards on the clipboard: an interchange JSON document (docs/interchange-format.md)
/// holding one journey with the copied cards, the transitions between them, and the stages
/// and lanes they sit in. Pasting places the cards relative to a target cell, so the same
/// fragment pastes into any journey of any workspace. A card's owner travels as its
/// stakeholder's id and name: pasted into the workspace it came from, the card keeps the
/// link; elsewhere it keeps the owner's name as text.
struct ClipboardFragment
{
    static constexpr const char *mimeType = "application/x-waymark-journey-fragment+json";

    /// A copied card and where it sat relative to the fragment's top-left used cell.
    struct Card
    {
        Touchpoint card;
        int stageOffset = 0;
        int laneOffset = 0;
        LaneKind laneKind = LaneKind::Custom;
        QString ownerName; ///< the name of `card.ownerStakeholder` where it was copied
    };
    QList<Card> cards;
    QList<Transition> transitions; ///< between copied cards only (ids of the source)

    /// The interchange JSON of `ids` (cards of one journey, in workspace order).
    static QByteArray write(const Workspace &workspace, const QList<TouchpointId> &ids);
    /// Parses a fragment; errors say what is wrong with the clipboard's content.
    static Result<ClipboardFragment> read(const QByteArray &json);
};

} // namespace waymark
