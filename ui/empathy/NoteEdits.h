// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QList>
#include <QString>

class QUndoCommand;

namespace waymark {

class Document;

/// The empathy map's edits as undo steps for `Document::execute`: one command, or one
/// macro when an edit touches several entities. Each returns nullptr when nothing would
/// change.
namespace NoteEdits {

/// A new note at the end of `quadrant`.
QUndoCommand *add(Document *document, EmpathyMapId map, Quadrant quadrant, const QString &text,
                  EmpathyNoteId *created = nullptr);
QUndoCommand *setText(Document *document, EmpathyNoteId note, const QString &text);
QUndoCommand *remove(Document *document, const QList<EmpathyNoteId> &notes);
/// Copies placed right after their originals (without the promoted-card link).
QUndoCommand *duplicate(Document *document, const QList<EmpathyNoteId> &notes, QList<EmpathyNoteId> *created = nullptr);
QUndoCommand *recolour(Document *document, const QList<EmpathyNoteId> &notes, const QString &color);
QUndoCommand *setEvidence(Document *document, EmpathyNoteId note, const QList<qint64> &feedbackIds);

/// Puts `notes` (in this order) into `quadrant` at `index` among the quadrant's other
/// notes: their quadrant changes (EditCommand) and their order (MoveCommand).
QUndoCommand *place(Document *document, const QList<EmpathyNoteId> &notes, Quadrant quadrant, qsizetype index);
/// The quadrant's notes of `map` in order, without `except`.
QList<EmpathyNoteId> notesIn(const Document *document, EmpathyMapId map, Quadrant quadrant,
                             const QList<EmpathyNoteId> &except = {});

enum class CardKind { PainPoint, Opportunity };
/// A pain-point or opportunity card in `stage` of `journey` with the note's text, and the
/// note linked to it. Adds the lane when the journey has none of that kind.
QUndoCommand *promote(Document *document, EmpathyNoteId note, JourneyId journey, StageId stage, CardKind kind,
                      TouchpointId *created = nullptr);

/// A note's text shortened for undo texts and titles.
QString shortText(const QString &text);

} // namespace NoteEdits
} // namespace waymark
