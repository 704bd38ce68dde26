// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

#include <QList>

#include <optional>

namespace waymark {

/// The change of one row (touchpoint, stage, journey or segment) between two periods.
struct RowComparison
{
    ScoreLevel level = ScoreLevel::Touchpoint;
    StageId stageId;
    TouchpointId touchpointId;
    QString stage;
    QString touchpoint;
    QString segment;
    stats::NpsScore npsBefore, npsAfter;
    stats::CsatScore csatBefore, csatAfter;
    /// NPS after − before in points; z and p from the adjusted-Wald variances.
    std::optional<stats::DifferenceTest> nps;
    /// CSAT top-2-box after − before in percentage points; two-proportion z-test.
    std::optional<stats::DifferenceTest> csat;
};

/// A comparison of two periods (or any two filters) of one journey: is the change
/// significant? (SCORING.md leaves the test open; docs/scoring.md, "Comparing periods".)
struct PeriodComparison
{
    ScoreFilter before;
    ScoreFilter after;
    QList<RowComparison> touchpoints;
    QList<RowComparison> stages;
    RowComparison journey;
    QList<RowComparison> segments; ///< segments present in either period, by name

    QList<RowComparison> rows(ScoreLevel level) const;

    /// Pure: pairs the rows of two evaluations of the same journey.
    static PeriodComparison compare(const JourneyScores &before, const JourneyScores &after);
    /// Scores the journey under both filters and compares.
    static Result<PeriodComparison> run(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                        const ScoreFilter &before, const ScoreFilter &after);
};

} // namespace waymark
