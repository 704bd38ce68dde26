// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QList>
#include <QString>

class QUndoCommand;

namespace waymark {

class Document;

/// Builders for the edits the navigator and editors offer. Each returns one undo step
/// (a command or a macro with a readable text) for `Document::execute`, or nullptr
/// when the edit does not apply (unknown id, nothing to change).
namespace WorkspaceEdits {

/// A new persona, empathy map, stakeholder map or journey named `name`, appended.
/// A new journey gets the default lanes and five stages. `createdId` receives the id.
QUndoCommand *create(Document *document, EntityKind kind, const QString &name, qint64 *createdId = nullptr);
/// Removes an entity and everything that depends on it (a journey's stages, lanes,
/// cards and transitions; a touchpoint's transitions and attachments; ...).
QUndoCommand *remove(Document *document, EntityKind kind, qint64 id);
/// A copy of a persona, empathy map (with notes), stakeholder map (with stakeholders)
/// or journey (with stages, lanes, cards and transitions; feedback is not copied).
QUndoCommand *duplicate(Document *document, EntityKind kind, qint64 id, qint64 *createdId = nullptr);
QUndoCommand *rename(Document *document, EntityKind kind, qint64 id, const QString &name);
/// Moves a top-level entity to `toIndex` among those of its kind.
QUndoCommand *reorder(Document *document, EntityKind kind, qint64 id, qsizetype toIndex);

/// Removes several entities of one kind (and their dependents) as one step titled `text`.
QUndoCommand *removeAll(Document *document, EntityKind kind, const QList<qint64> &ids, const QString &text);

/// The entity's display name (persona name, journey name, card title, ...).
QString nameOf(const Document *document, EntityKind kind, qint64 id);

} // namespace WorkspaceEdits
} // namespace waymark
