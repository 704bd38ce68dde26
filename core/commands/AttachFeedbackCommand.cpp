// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachFeedbackCommand.h"

#include <QCoreApplication>

namespace waymark {

AttachFeedbackCommand::AttachFeedbackCommand(Document *document, Mode mode, QList<AttachmentPair> pairs,
                                             QUndoCommand *parent)
    : Command(document,
              mode == Mode::Attach ? QCoreApplication::translate("waymark", "Attach %n feedback item(s)", nullptr, int(pairs.size()))
                                   : QCoreApplication::translate("waymark", "Detach %n feedback item(s)", nullptr, int(pairs.size())),
              parent),
      m_mode(mode), m_pairs(std::move(pairs))
{
}

void AttachFeedbackCommand::redo()
{
    if (m_mode == Mode::Attach)
        m_document->attach(key(), m_pairs);
    else
        m_document->detach(key(), m_pairs);
}

void AttachFeedbackCommand::undo()
{
    if (m_mode == Mode::Attach)
        m_document->detach(key(), m_pairs);
    else
        m_document->attach(key(), m_pairs);
}

} // namespace waymark
