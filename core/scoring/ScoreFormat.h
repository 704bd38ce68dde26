// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

#include <QJsonObject>
#include <QString>

namespace waymark {

/// Scores as text for `waymark-cli scores` / `priorities` and for scripts: JSON and CSV
/// at full precision with null (empty) where there is no data, and an aligned table for
/// people that shows n and the sample-size flag next to every figure.
class ScoreFormat
{
public:
    /// {"journey", "graph", "level", "filters", "primaryMetric", "volumesKnown", "issues", "rows": [...]}
    static QJsonObject json(const JourneyScores &scores, ScoreLevel level);
    static QString csv(const JourneyScores &scores, ScoreLevel level);
    static QString table(const JourneyScores &scores, ScoreLevel level);

    /// The ranked touchpoints; `top` < 0: all.
    static QJsonObject prioritiesJson(const JourneyScores &scores, int top = -1);
    static QString prioritiesTable(const JourneyScores &scores, int top = -1);

    /// One row as JSON (the elements of "rows").
    static QJsonObject rowJson(const ScoreRow &row);
    static QJsonObject filterJson(const ScoreFilter &filter);
    /// {"cycles", "backwardTransitions", "stageOrderHolds", "painfulPath", "highBetweenness",
    ///  "momentOfTruthCandidates"}, touchpoints by title.
    static QJsonObject graphJson(const JourneyScores &scores);
};

} // namespace waymark
