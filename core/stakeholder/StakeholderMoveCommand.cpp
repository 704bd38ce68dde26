// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderMoveCommand.h"

#include <QCoreApplication>

namespace waymark {

StakeholderMoveCommand::StakeholderMoveCommand(Document *document, const QList<Target> &targets,
                                               bool continuesGesture, QUndoCommand *parent)
    : QUndoCommand(parent), m_continues(continuesGesture)
{
    const auto &people = document->workspace().stakeholders;
    for (const Target &target : targets) {
        const Stakeholder *current = people.find(target.id);
        if (!current)
            continue;
        Stakeholder moved = *current;
        moved.power = target.power;
        moved.interest = target.interest;
        auto *edit = new EditCommand<Stakeholder>(document, moved, {}, true, this);
        // The first edit opens (or continues) the gesture; the others join it, so that
        // all edits of one push share its gesture number.
        edit->setContinuesGesture(m_edits.isEmpty() ? continuesGesture : true);
        m_ids.append(target.id);
        m_edits.append(edit);
    }
    if (m_edits.isEmpty()) {
        setObsolete(true);
    } else if (m_edits.size() == 1) {
        setText(QCoreApplication::translate("waymark::StakeholderMoveCommand", "Move stakeholder “%1”")
                    .arg(people.find(m_ids.first())->name));
    } else {
        setText(QCoreApplication::translate("waymark::StakeholderMoveCommand", "Move %n stakeholders", nullptr,
                                            int(m_edits.size())));
    }
}

void StakeholderMoveCommand::redo()
{
    QUndoCommand::redo();
    updateObsolete();
}

int StakeholderMoveCommand::id() const
{
    // Distinct from EditCommand's ids (MergeEdit + kind).
    return Command::MergeEdit + 100 + int(EntityKind::Stakeholder);
}

bool StakeholderMoveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const StakeholderMoveCommand *>(other);
    if (!move || !move->m_continues || move->m_ids != m_ids || m_edits.isEmpty())
        return false;
    // The edits of one push share a gesture, so either the first merges and all do, or none.
    if (!m_edits.first()->mergeWith(move->m_edits.first()))
        return false;
    for (qsizetype i = 1; i < m_edits.size(); ++i)
        m_edits[i]->mergeWith(move->m_edits[i]);
    updateObsolete();
    return true;
}

void StakeholderMoveCommand::updateObsolete()
{
    bool obsolete = true;
    for (const EditCommand<Stakeholder> *edit : std::as_const(m_edits))
        obsolete = obsolete && edit->isObsolete();
    setObsolete(obsolete);
}

} // namespace waymark
