// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Statistics.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

class WorkspaceStore;

/// The metrics a measured emotion can come from, in SCORING.md's default order.
enum class Metric { Csat, Nps, Ces, Sentiment };
/// "csat", "nps", "ces", "sentiment".
QString metricKey(Metric metric);
/// "CSAT", "NPS", "CES", "sentiment".
QString metricLabel(Metric metric);

/// Which feedback counts. Empty fields do not filter.
struct ScoreFilter
{
    QString from;    ///< YYYY-MM-DD, inclusive: the first 10 characters of the item's date ≥ from
    QString to;      ///< YYYY-MM-DD, inclusive: the first 10 characters of the item's date ≤ to
    QString channel; ///< the item's channel, ASCII case-insensitive
    QString segment; ///< the item's segment, ASCII case-insensitive
    std::optional<FeedbackSourceId> source;

    bool isEmpty() const { return from.isEmpty() && to.isEmpty() && channel.isEmpty() && segment.isEmpty() && !source; }
    /// Checks that `from` and `to` are real dates in the form YYYY-MM-DD and in order.
    Result<void> validate() const;
};

struct ScoreOptions
{
    /// The journey's primary metric; empty: the first of CSAT, NPS, CES, sentiment with
    /// any answer in the journey (after filtering).
    std::optional<Metric> primaryMetric;
};

/// The raw counts of one journey: a histogram per scored touchpoint, and per stage and
/// for the whole journey the pooled histogram of the distinct items attached anywhere
/// in it (an item attached to two touchpoints of one stage counts once).
struct JourneyCounts
{
    JourneyId journey;
    QHash<qint64, stats::Histogram> touchpoints; ///< every scored touchpoint, empty ones too
    QHash<qint64, stats::Histogram> stages;      ///< every stage of the journey
    stats::Histogram journeyTotal;

    /// Attaching (sign +1) or detaching (−1) one item with `values` to `touchpoint`: O(1).
    /// Only the touchpoint changes: the stage and journey roll-ups pool distinct items and
    /// need a reload (ScoreEngine::loadCounts) to stay exact. The caller passes only
    /// attachments that really changed and items that pass the filter.
    void applyAttachment(TouchpointId touchpoint, const stats::ResponseValues &values, int sign);
};

/// Hook for core/scoring/Sentiment (not written yet): per-comment compound scores in
/// [−1, 1], VADER convention. Rows carry no sentiment until it exists.
struct SentimentScore
{
    qint64 n = 0;
    double mean = 0;
    double positive = 0, neutral = 0, negative = 0; ///< shares of comments, 0..1
};

enum class ScoreLevel { Touchpoint, Stage, Journey };
/// "touchpoint", "stage", "journey"; `fromKey` returns nothing for anything else.
QString scoreLevelKey(ScoreLevel level);
std::optional<ScoreLevel> scoreLevelFromKey(const QString &key);

/// The scores of one touchpoint, stage or the whole journey.
struct ScoreRow
{
    ScoreLevel level = ScoreLevel::Touchpoint;
    StageId stageId;           ///< invalid for the journey row
    TouchpointId touchpointId; ///< valid for touchpoint rows only
    QString stage;
    QString touchpoint;
    qint64 n = 0; ///< distinct feedback items counted
    stats::NpsScore nps;
    stats::CsatScore csat;
    stats::CesScore ces;
    std::optional<SentimentScore> sentiment;

    std::optional<double> assumed; ///< touchpoint: as set; stage/journey: mean of its touchpoints
    std::optional<Metric> metric;  ///< the metric `measured` comes from
    qint64 measuredN = 0;          ///< that metric's n
    std::optional<double> measured;
    std::optional<double> gap;     ///< measured − assumed
    QMap<QString, double> shortfalls; ///< metric key → target − actual (touchpoints)
    std::optional<double> reach;      ///< touchpoints; empty when unknown
    std::optional<double> confidence; ///< min(1, measuredN / 30)
    std::optional<double> priority;   ///< reach × max(0, −gap) × confidence (unknown reach counts as 1)
    bool momentOfTruth = false;
    QStringList flags;
    QString reason; ///< why the touchpoint ranks where it does (touchpoints)
};

/// Everything scored for one journey.
struct JourneyScores
{
    JourneyId journeyId;
    QString journeyName;
    ScoreFilter filter;
    std::optional<Metric> primaryMetric;
    bool volumesKnown = false;
    QList<ScoreRow> touchpoints; ///< stage order, then card order
    QList<ScoreRow> stages;
    ScoreRow journey;
    QStringList issues; ///< non-fatal problems, e.g. why reach is unknown

    QList<ScoreRow> rows(ScoreLevel level) const;
    /// The touchpoints, where to act first: priority descending, ties by larger n, then
    /// journey order; touchpoints without a priority last.
    QList<ScoreRow> priorities() const;
};

/// The scoring of SCORING.md as pure functions of (journey, feedback). No QObject.
class ScoreEngine
{
public:
    /// Loads the histograms of a journey with one SQL query over attachment ⋈ feedback_item.
    static Result<JourneyCounts> loadCounts(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                            const ScoreFilter &filter = {});
    /// Turns counts into scores, gaps, reach and priorities.
    static JourneyScores evaluate(const Workspace &workspace, JourneyId journey, const JourneyCounts &counts,
                                  const ScoreFilter &filter = {}, const ScoreOptions &options = {});
    /// loadCounts + evaluate.
    static Result<JourneyScores> score(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                       const ScoreFilter &filter = {}, const ScoreOptions &options = {});
};

} // namespace waymark
