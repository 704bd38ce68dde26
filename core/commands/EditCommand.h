// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Replaces an entity's fields (rename, recolour, move a card to another cell, drag a
/// stakeholder). With `mergeable`, consecutive edits of the same entity that continue one
/// gesture coalesce into one undo step; a gesture that ends where it started is dropped.
template <class T>
class EditCommand : public Command
{
public:
    EditCommand(Document *document, const T &after, const QString &text, bool mergeable = false,
                QUndoCommand *parent = nullptr)
        : Command(document, text, parent), m_before(*document->workspace().template list<T>().find(after.id)),
          m_after(after), m_mergeable(mergeable)
    {
    }

    void redo() override
    {
        if (m_gesture == 0) // first run, i.e. pushed: gestures are numbered in push order
            m_gesture = m_continues ? s_lastGesture : ++s_lastGesture;
        m_document->replaceEntity(key(), m_after);
        setObsolete(m_before == m_after);
    }
    void undo() override { m_document->replaceEntity(key(), m_before); }

    int id() const override { return m_mergeable ? MergeEdit + int(T::kind) : NoMerge; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditCommand<T> *>(other);
        if (!edit || edit->m_after.id != m_after.id || !edit->m_continues || edit->m_gesture != m_gesture)
            return false;
        m_after = edit->m_after;
        setObsolete(m_before == m_after);
        return true;
    }
    /// Marks this edit as continuing the previous one of the same gesture (a drag's later
    /// moves); the first move of a gesture never merges into an earlier gesture.
    void setContinuesGesture(bool continues) { m_continues = continues; }

private:
    // Which gesture an edit belongs to. Needed because a gesture's first edit, when it
    // changes nothing, is dropped as obsolete: its later edits must then not merge into
    // the previous gesture's step.
    static inline quint64 s_lastGesture = 0;

    T m_before;
    T m_after;
    bool m_mergeable;
    bool m_continues = false;
    quint64 m_gesture = 0;
};

} // namespace waymark
