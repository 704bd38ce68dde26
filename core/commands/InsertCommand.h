// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Adds an entity at a position of its list (-1: at the end).
template <class T>
class InsertCommand : public Command
{
public:
    InsertCommand(Document *document, const T &entity, qsizetype index, const QString &text,
                  QUndoCommand *parent = nullptr)
        : Command(document, text, parent), m_entity(entity), m_index(index)
    {
    }

    void redo() override
    {
        const qsizetype size = m_document->workspace().template list<T>().size();
        m_document->insertEntity(key(), m_index < 0 ? size : m_index, m_entity);
    }
    void undo() override { m_document->takeEntity<T>(key(), m_entity.id); }

private:
    T m_entity;
    qsizetype m_index;
};

} // namespace waymark
