// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QUndoCommand>

namespace waymark {

/// Base of every undo command: the only holder of the document's EditKey.
class Command : public QUndoCommand
{
public:
    /// Merge ids for commands that coalesce (one drag is one undo step).
    enum MergeId { NoMerge = -1, MergeEdit = 1000 };

protected:
    Command(Document *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document)
    {
    }
    static EditKey key() { return EditKey(); }

    Document *m_document;
};

} // namespace waymark
