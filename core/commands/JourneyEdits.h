// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/ClipboardFragment.h"
#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QList>
#include <QString>

class QUndoCommand;

namespace waymark {

class Document;
struct Touchpoint;

/// Builders for the edits of the journey canvas. Each returns one undo step with a
/// readable text for `Document::execute`, or nullptr when nothing would change.
namespace JourneyEdits {

/// The stages or lanes of a journey in order; hidden ones are included.
QList<StageId> stages(const Document *document, JourneyId journey);
QList<LaneId> lanes(const Document *document, JourneyId journey);
/// The cards of one cell in order.
QList<TouchpointId> cell(const Document *document, StageId stage, LaneId lane);

/// A new card in a cell, before `before` (invalid: at the end of the cell).
QUndoCommand *addCard(Document *document, const Touchpoint &card, TouchpointId before = {});
/// Moves cards (in the given order) into a cell, before `before` (invalid: at its end).
QUndoCommand *moveCards(Document *document, const QList<TouchpointId> &ids, StageId stage, LaneId lane,
                        TouchpointId before = {});
/// Copies of the cards right after each original, with the transitions among them.
QUndoCommand *duplicateCards(Document *document, const QList<TouchpointId> &ids, QList<TouchpointId> *created = nullptr);
QUndoCommand *removeCards(Document *document, const QList<TouchpointId> &ids);
/// Inserts a clipboard fragment with its top-left card at (stage, lane); offsets beyond
/// the journey's last stage or lane land in the last one.
QUndoCommand *paste(Document *document, const ClipboardFragment &fragment, JourneyId journey, StageId stage,
                    LaneId lane, QList<TouchpointId> *created = nullptr);

/// A new stage or lane at a position within its journey (-1: at the end).
QUndoCommand *addStage(Document *document, JourneyId journey, int position, const QString &name,
                       StageId *created = nullptr);
QUndoCommand *addLane(Document *document, JourneyId journey, int position, const QString &name, LaneKind kind,
                      LaneId *created = nullptr);
/// Moves a stage or lane to a position within its journey.
QUndoCommand *reorderStage(Document *document, StageId stage, int position);
QUndoCommand *reorderLane(Document *document, LaneId lane, int position);
QUndoCommand *setLaneHidden(Document *document, LaneId lane, bool hidden);
QUndoCommand *setStageHidden(Document *document, StageId stage, bool hidden);
QUndoCommand *recolourStage(Document *document, StageId stage, const QString &color);
QUndoCommand *recolourLane(Document *document, LaneId lane, const QString &color);
QUndoCommand *recolourCards(Document *document, const QList<TouchpointId> &ids, const QString &color);
/// A transition between two cards of one journey.
QUndoCommand *connect(Document *document, TouchpointId from, TouchpointId to, TransitionId *created = nullptr);

/// The default name of a lane kind ("Pain points").
QString laneKindName(LaneKind kind);

} // namespace JourneyEdits
} // namespace waymark
