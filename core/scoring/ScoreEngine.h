// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyGraph.h"
#include "Statistics.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
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

    /// An SQL condition for the feedback_item table aliased `alias` ("f"), with its values
    /// appended to `binds`; an empty string when nothing is filtered.
    QString sqlCondition(const QString &alias, QVariantList &binds) const;

    bool isEmpty() const { return from.isEmpty() && to.isEmpty() && channel.isEmpty() && segment.isEmpty() && !source; }
    /// Checks that `from` and `to` are real dates in the form YYYY-MM-DD and in order.
    Result<void> validate() const;

    bool operator==(const ScoreFilter &) const = default;
};

/// What the driver analysis (DriverAnalysis) says about one touchpoint, carried on its row.
struct TouchpointDriver
{
    qint64 pairs = 0;        ///< respondents linking an overall NPS to a CSAT here
    std::optional<double> r; ///< Pearson r, only with ≥ 30 pairs
    QString quadrant;        ///< importance–performance quadrant (ipaQuadrantKey); empty: not in the matrix
};

/// Scores a comment: its compound sentiment score in [−1, 1] (VADER convention), or
/// nothing when it cannot be scored (empty, unknown language). Called once per item.
using SentimentHook = std::function<std::optional<double>(const QString &comment)>;

struct ScoreOptions
{
    /// The journey's primary metric; empty: the first of CSAT, NPS, CES, sentiment with
    /// any answer in the journey (after filtering).
    std::optional<Metric> primaryMetric;
    /// Per-comment sentiment. Empty (the default): rows carry no sentiment (null).
    SentimentHook sentiment;
    /// Touchpoint id → driver figures (DriverAnalysis::figures), shown on the rows and used
    /// by the moment-of-truth candidate rule. ScoreEngine::score fills it itself.
    QHash<qint64, TouchpointDriver> drivers;
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
    /// Per segment (the items' `segment`, ASCII case-folded) the pooled histogram of the
    /// distinct items attached anywhere in the journey; "" holds the items without one.
    QMap<QString, stats::Histogram> segments;
    /// The segment as shown, per case-folded key: its smallest spelling in binary order.
    QHash<QString, QString> segmentNames;
    /// True when the comments were scored by a sentiment hook.
    bool sentimentScored = false;

    /// Attaching (sign +1) or detaching (−1) one item with `values` to `touchpoint`: O(1).
    /// Only the touchpoint changes: the stage and journey roll-ups pool distinct items and
    /// need a reload (ScoreEngine::loadCounts) to stay exact, or use ScoreAccumulator, which
    /// keeps all of them exact. The caller passes only attachments that really changed and
    /// items that pass the filter.
    void applyAttachment(TouchpointId touchpoint, const stats::ResponseValues &values, int sign);
};

using SentimentScore = stats::SentimentScore;

enum class ScoreLevel { Touchpoint, Stage, Journey, Segment };
/// "touchpoint", "stage", "journey", "segment"; `fromKey` returns nothing for anything else.
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
    QString segment;      ///< segment rows: the segment ("" for items without one)
    QStringList personas; ///< segment rows: the personas whose segment this is
    qint64 n = 0; ///< distinct feedback items counted
    stats::NpsScore nps;
    stats::CsatScore csat;
    stats::CesScore ces;
    std::optional<SentimentScore> sentiment; ///< only when comments were scored (ScoreOptions::sentiment)

    std::optional<double> assumed; ///< touchpoint: as set; stage/journey: mean of its touchpoints
    std::optional<Metric> metric;  ///< the metric `measured` comes from
    qint64 measuredN = 0;          ///< that metric's n
    std::optional<double> measured;
    std::optional<double> gap;     ///< measured − assumed
    QMap<QString, double> shortfalls; ///< metric key → target − actual (touchpoints)
    std::optional<double> reach;      ///< touchpoints; empty when unknown
    std::optional<double> confidence; ///< min(1, measuredN / 30)
    std::optional<double> priority;   ///< reach × max(0, −gap) × confidence (unknown reach counts as 1)
    bool momentOfTruth = false;          ///< flagged by the team
    bool momentOfTruthCandidate = false; ///< suggested by the journey graph (see JourneyGraph)
    std::optional<double> dropOff;       ///< touchpoints, where volumes are known
    std::optional<double> betweenness;   ///< touchpoints: normalised betweenness centrality
    std::optional<TouchpointDriver> driver; ///< touchpoints with at least one linked respondent
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
    QList<ScoreRow> segments; ///< pooled per segment, by segment name
    GraphAnalysis graph;
    QStringList issues; ///< non-fatal problems, e.g. why reach is unknown

    QList<ScoreRow> rows(ScoreLevel level) const;
    /// The touchpoints, where to act first: priority descending, ties by larger n, then
    /// journey order; touchpoints without a priority last.
    QList<ScoreRow> priorities() const;
};

/// A segment as the filters and roll-ups compare it: ASCII letters folded to lower case
/// (SQLite's NOCASE), everything else as is.
QString foldSegment(const QString &segment);

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
    /// Recomputes, after `touchpoint` gained or lost an item, the rows that can change: the
    /// touchpoint, its stage, the journey and the segments; every other row is kept. When
    /// the primary metric changes with it, everything is evaluated again. `counts` must be
    /// exact at every level (ScoreAccumulator keeps them so).
    static void update(JourneyScores &scores, const Workspace &workspace, const JourneyCounts &counts,
                       TouchpointId touchpoint, const ScoreOptions &options = {});
    /// loadCounts + evaluate. With a sentiment hook the items are read one by one
    /// (ScoreAccumulator) so that every comment can be scored.
    static Result<JourneyScores> score(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                       const ScoreFilter &filter = {}, const ScoreOptions &options = {});
};

} // namespace waymark
