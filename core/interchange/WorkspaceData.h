// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/AttachmentRules.h"
#include "model/FeedbackItem.h"
#include "model/FeedbackSource.h"
#include "model/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QList>

namespace waymark {

/// A whole workspace in memory, feedback included: what the interchange JSON holds.
struct WorkspaceData
{
    Workspace workspace;
    QList<FeedbackSource> sources;
    QList<FeedbackItem> feedback;
    QList<AttachmentPair> attachments;
    /// The attachment rules saved in the workspace (AttachmentRules), applied on every import.
    QList<AttachmentRule> attachmentRules;

    /// Reads everything from a store.
    static Result<WorkspaceData> fromStore(const WorkspaceStore &store);
    /// Writes everything into an empty store, in one transaction.
    Result<void> writeTo(WorkspaceStore &store) const;
};

} // namespace waymark
