// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Reorders an entity within its list (navigator order, stage and lane order).
template <class T>
class MoveCommand : public Command
{
public:
    MoveCommand(Document *document, typename T::IdType id, qsizetype toIndex, const QString &text,
                QUndoCommand *parent = nullptr)
        : Command(document, text, parent), m_id(id), m_to(toIndex)
    {
    }

    void redo() override
    {
        m_from = m_document->workspace().template list<T>().indexOf(m_id);
        m_document->moveEntity<T>(key(), m_id, m_to);
    }
    void undo() override { m_document->moveEntity<T>(key(), m_id, m_from); }

private:
    typename T::IdType m_id;
    qsizetype m_to;
    qsizetype m_from = -1;
};

} // namespace waymark
