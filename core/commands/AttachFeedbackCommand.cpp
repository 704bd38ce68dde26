// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachFeedbackCommand.h"

#include <QCoreApplication>
#include <QHash>

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
    // Attaching an attached pair or detaching a detached one changes nothing, and its
    // undo must not change anything either.
    QHash<qint64, QList<FeedbackItemId>> attached;
    m_changed.clear();
    for (const AttachmentPair &pair : std::as_const(m_pairs)) {
        auto it = attached.find(pair.second.value);
        if (it == attached.end()) {
            auto items = m_document->store().attachedTo(pair.second);
            it = attached.insert(pair.second.value, items ? *items : QList<FeedbackItemId>());
        }
        if (it->contains(pair.first) != (m_mode == Mode::Attach) && !m_changed.contains(pair))
            m_changed.append(pair);
    }
    if (m_mode == Mode::Attach)
        m_document->attach(key(), m_changed);
    else
        m_document->detach(key(), m_changed);
}

void AttachFeedbackCommand::undo()
{
    if (m_mode == Mode::Attach)
        m_document->detach(key(), m_changed);
    else
        m_document->attach(key(), m_changed);
}

} // namespace waymark
