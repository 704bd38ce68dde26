// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace waymark {

/// Attaches feedback items to touchpoints, or detaches them.
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
};

} // namespace waymark
