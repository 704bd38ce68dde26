// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Attaches feedback items to touchpoints, or detaches them. Only the pairs that change
/// are undone: attaching an item that was already attached and undoing keeps it attached.
class AttachFeedbackCommand : public Command
{
public:
    enum class Mode { Attach, Detach };

    AttachFeedbackCommand(Document *document, Mode mode, QList<AttachmentPair> pairs, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Mode m_mode;
    QList<AttachmentPair> m_pairs;
    QList<AttachmentPair> m_changed; ///< the pairs the last redo() actually attached or detached
};

} // namespace waymark
