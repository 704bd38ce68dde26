// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

/// Martilla & James (1977): where a touchpoint sits in the importance–performance matrix.
enum class IpaQuadrant { ConcentrateHere, KeepUpTheGoodWork, LowPriority, PossibleOverkill };
/// "concentrate-here", "keep-up-the-good-work", "low-priority", "possible-overkill".
QString ipaQuadrantKey(IpaQuadrant quadrant);

/// One respondent's answers as the driver analysis reads them.
struct DriverResponse
{
    QString respondent;
    /// The scored touchpoint the item is attached to; invalid for an overall answer (an
    /// item attached to no scored touchpoint of the journey).
    TouchpointId touchpoint;
    QString date;
    std::optional<int> nps;
    std::optional<int> csat;
    int csatScale = 5;
};

/// The driver of one touchpoint.
struct Driver
{
    TouchpointId touchpoint;
    QString title;
    qint64 pairs = 0;            ///< respondents with both an overall NPS and a CSAT here
    std::optional<double> r;     ///< Pearson r; only with pairs ≥ kMinimumPairs
    std::optional<double> performance; ///< the touchpoint's CSAT mean on −2..+2 (all its answers)
    qint64 performanceN = 0;
    std::optional<IpaQuadrant> quadrant; ///< needs r and performance
};

/// Driver analysis (SCORING.md, "Driver analysis"): which touchpoints move the overall NPS.
///
/// Linking: a respondent's **overall NPS** is the NPS of their latest item (by date, then
/// by id; compute() takes the last of equal dates in input order) that is not attached to any scored touchpoint of the journey (a relationship
/// survey). Their **rating** of a touchpoint is the mean of their CSAT answers on items
/// attached to it, each mapped onto −2..+2 so that scales mix. Pearson r between rating
/// and overall NPS over the respondents who have both; shown only with ≥ 30 pairs.
///
/// Importance–performance matrix: importance = r, performance = the touchpoint's CSAT
/// mean on −2..+2 over all its answers (the figure the map shows). The dividing lines are
/// the means of importance and of performance over the touchpoints shown; on a line counts
/// as high. High importance + low performance: concentrate here; high + high: keep up the
/// good work; low + low: low priority; low importance + high performance: possible overkill.
class DriverAnalysis
{
public:
    static constexpr qint64 kMinimumPairs = 30;

    /// Pure: from the responses and the journey's scored touchpoints (in journey order).
    static DriverAnalysis compute(const QList<DriverResponse> &responses, const QList<Touchpoint> &touchpoints);
    /// Reads the responses with a respondent id (filtered) and computes.
    static Result<DriverAnalysis> load(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                       const ScoreFilter &filter = {});

    /// Every scored touchpoint, in journey order.
    QList<Driver> drivers;
    qint64 respondentsWithOverall = 0;
    std::optional<double> meanImportance;  ///< over the drivers with a quadrant
    std::optional<double> meanPerformance;

    /// Touchpoint id → r, for the drivers shown.
    QHash<qint64, double> correlations() const;
    /// Touchpoint id → pairs, r and quadrant, for every touchpoint with at least one pair.
    QHash<qint64, TouchpointDriver> figures() const;
};

} // namespace waymark
