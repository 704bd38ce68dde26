// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataTable.h"

#include "model/Workspace.h"
#include "scoring/ScoreEngine.h"
#include "util/Result.h"

#include <QList>

namespace waymark {

class WorkspaceStore;

/// The tables Waymark exports as CSV and XLSX: scores (every touchpoint, stage and journey
/// row of every journey, SCORING.md), the priority list with its reasons, and the feedback
/// with the touchpoints each item is attached to.
class ExportTables
{
public:
    /// The scores of the given journeys (touchpoint, stage and journey rows), one table.
    static DataTable scores(const QList<JourneyScores> &journeys);
    /// Touchpoints ranked where to act first, with the reason, per journey.
    static DataTable priorities(const QList<JourneyScores> &journeys);
    /// Every feedback item with its answers and the touchpoints (journey ▸ stage ▸ touchpoint)
    /// it is attached to.
    static Result<DataTable> feedback(const WorkspaceStore &store, const Workspace &workspace);
    /// Scores every journey of the workspace.
    static Result<QList<JourneyScores>> scoreAll(const WorkspaceStore &store, const Workspace &workspace);
};

} // namespace waymark
