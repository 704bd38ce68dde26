// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Workspace.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

/// How many of the customers entering a journey pass through each touchpoint
/// (SCORING.md, "Journey graph"), from the transitions and their observed volumes.
struct ReachResult
{
    /// True when at least one transition between the journey's touchpoints has a volume.
    bool volumesKnown = false;
    /// Touchpoint id → reach in [0, 1]. A touchpoint that is missing has an unknown reach:
    /// it is not connected by any transition while other transitions carry volumes, or
    /// the flow has a loop without a way out (then `problem` says which).
    QHash<qint64, double> reach;
    QString problem;

    std::optional<double> reachOf(TouchpointId id) const;
};

/// A transition that runs from a later stage back to an earlier one: allowed (customers
/// do go back), but reported, since the map's stage order no longer reads as the flow.
struct BackwardTransition
{
    TransitionId id;
    TouchpointId from;
    TouchpointId to;
    StageId fromStage;
    StageId toStage;
};

/// The entry-to-exit path with the lowest summed measured emotion (see JourneyGraph::painfulPath).
struct PainfulPath
{
    QList<TouchpointId> touchpoints; ///< entry first
    double emotion = 0;              ///< Σ measured emotion along the path
    int unmeasured = 0;              ///< touchpoints on it without a measured emotion (counted as 0)
};

/// Everything the journey graph says about a journey (SCORING.md, "Journey graph").
struct GraphAnalysis
{
    ReachResult reach;
    /// Touchpoint id → 1 − Σ P(i → ·), for touchpoints in the flow when volumes are known.
    QHash<qint64, double> dropOff;
    /// Touchpoint id → betweenness centrality (Brandes), normalised by (n − 1)(n − 2), the
    /// number of ordered pairs of other touchpoints: the share of shortest paths between
    /// two other touchpoints that pass through it. Every scored touchpoint has a value.
    QHash<qint64, double> betweenness;
    /// A touchpoint counts as "high betweenness" when its betweenness is > 0 and at least
    /// this value: the one at rank ⌈n/4⌉ (the top quarter, ties included). Empty: none.
    std::optional<double> highBetweenness;
    /// The loops: each a strongly connected group of touchpoints (two or more, or one
    /// with a transition to itself), in journey order.
    QList<QList<TouchpointId>> cycles;
    /// Transitions that run backwards across stages, in workspace order.
    QList<BackwardTransition> backwards;
    /// Empty when the journey has no transitions.
    std::optional<PainfulPath> painfulPath;

    bool isHighBetweenness(TouchpointId id) const;
};

/// The journey as a directed graph of touchpoints (Boost.Graph inside).
class JourneyGraph
{
public:
    /// The touchpoints that are scored: the cards of lanes of kind "touchpoints", in
    /// stage order, then in the order of the workspace.
    static QList<Touchpoint> scoredTouchpoints(const Workspace &workspace, JourneyId journey);

    /// Reach of every scored touchpoint. Without any volume every touchpoint has reach 1.
    /// With volumes, P(i → j) = volume(i → j) / Σ volumes leaving i, and the reach of j is
    /// the probability that a customer starting at an entry touchpoint ever visits j in
    /// the absorbing Markov chain: reach_j = (π·N)_j / N_jj with N = (I − Q)⁻¹.
    static ReachResult reach(const Workspace &workspace, JourneyId journey);

    /// Reach, drop-off, betweenness, loops, backward transitions and the painful path.
    /// `emotion`: touchpoint id → measured emotion (−2..+2) for the painful path.
    static GraphAnalysis analyse(const Workspace &workspace, JourneyId journey,
                                 const QHash<qint64, double> &emotion = {});

    /// The painful path: among the paths that follow transitions forwards through the map
    /// (to a touchpoint later in stage order, or later in card order within a stage) from
    /// an entry (a touchpoint without incoming transitions) to an exit (one without a
    /// forward transition out), the one with the lowest Σ measured emotion. Touchpoints
    /// without a measured emotion count 0. Going forwards only makes the path simple and
    /// the search linear (a DAG); backward transitions and loops are reported separately.
    /// Ties: the path found first in journey order.
    static std::optional<PainfulPath> painfulPath(const Workspace &workspace, JourneyId journey,
                                                  const QHash<qint64, double> &emotion);

    /// Moment-of-truth candidate rule: high betweenness (GraphAnalysis::highBetweenness)
    /// and either a strong driver (Pearson r ≥ 0.3 with the overall NPS, shown only with
    /// n ≥ 30 pairs) or a large negative gap (≤ −1 on the −2..+2 scale).
    static constexpr double kStrongDriver = 0.3;
    static constexpr double kLargeNegativeGap = -1.0;
    static bool isMomentOfTruthCandidate(const GraphAnalysis &graph, TouchpointId id, std::optional<double> driverR,
                                         std::optional<double> gap);
};

} // namespace waymark
