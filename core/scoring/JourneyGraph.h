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
};

} // namespace waymark
