// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "model/Stakeholder.h"

#include <QList>
#include <QUndoCommand>

namespace waymark {

/// Moves one or several stakeholders of a grid together: one `EditCommand<Stakeholder>`
/// per stakeholder under one step. A drag pushes one per mouse move; the later moves of
/// a gesture (`continuesGesture`) merge into the first, so the whole drag is one undo
/// step, and a drag that ends where it started is dropped.
class StakeholderMoveCommand : public QUndoCommand
{
public:
    /// Where a stakeholder goes: power and interest, each 0..1.
    struct Target
    {
        StakeholderId id;
        double power = 0.5;
        double interest = 0.5;
    };

    /// `targets` must name existing stakeholders, each once.
    StakeholderMoveCommand(Document *document, const QList<Target> &targets, bool continuesGesture,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateObsolete();

    QList<StakeholderId> m_ids;
    QList<EditCommand<Stakeholder> *> m_edits; ///< children, owned by QUndoCommand
    bool m_continues;
};

} // namespace waymark
