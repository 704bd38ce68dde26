// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Removes one entity, keeping a snapshot and its position to restore on undo.
/// Dependents (a journey's stages, a touchpoint's transitions) are removed by sibling
/// commands built by `makeRemoveCommand`.
template <class T>
class RemoveCommand : public Command
{
public:
    RemoveCommand(Document *document, typename T::IdType id, const QString &text, QUndoCommand *parent = nullptr)
        : Command(document, text, parent), m_id(id)
    {
    }

    void redo() override
    {
        // The position is taken now, not at construction: earlier siblings may have
        // removed entities before this one.
        m_index = m_document->workspace().template list<T>().indexOf(m_id);
        m_snapshot = m_document->takeEntity<T>(key(), m_id);
    }
    void undo() override { m_document->insertEntity(key(), m_index, m_snapshot); }

private:
    typename T::IdType m_id;
    T m_snapshot;
    qsizetype m_index = -1;
};

} // namespace waymark
