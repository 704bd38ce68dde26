// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "model/Journey.h"
#include "model/Lane.h"
#include "model/Stage.h"
#include "model/Touchpoint.h"

namespace waymark {

/// What one import added to a workspace: its feedback source (with the items and their
/// attachments) and the journey, stages, lane and touchpoints it created.
struct ImportedBatch
{
    FeedbackSourceId source;
    QList<Journey> journeys;
    QList<Stage> stages;
    QList<Lane> lanes;
    QList<Touchpoint> touchpoints;

    /// The entities in `after` that `before` does not have, appended by an import.
    static ImportedBatch created(const Workspace &before, const Workspace &after, FeedbackSourceId source);
};

/// One import as one undo step. The import itself ran on a worker thread and is already
/// in the working copy; the first redo makes it part of the document. Undo removes
/// exactly that batch's items, attachments, source and created entities (kept aside in
/// temporary tables); redo puts them back.
class ImportFeedbackCommand : public Command
{
public:
    ImportFeedbackCommand(Document *document, ImportedBatch batch, const QString &fileName, qint64 items,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const ImportedBatch &batch() const { return m_batch; }

private:
    ImportedBatch m_batch;
    QString m_stash;
    bool m_inStore = true; ///< the batch (feedback and entities) is in the working copy, as after the import
};

} // namespace waymark
