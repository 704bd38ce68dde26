// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodComparison.h"

namespace waymark {

namespace {

RowComparison compareRows(const ScoreRow &before, const ScoreRow &after)
{
    RowComparison c;
    c.level = after.level;
    c.stageId = after.stageId;
    c.touchpointId = after.touchpointId;
    c.stage = after.stage;
    c.touchpoint = after.touchpoint;
    c.segment = after.segment;
    c.npsBefore = before.nps;
    c.npsAfter = after.nps;
    c.csatBefore = before.csat;
    c.csatAfter = after.csat;
    c.nps = stats::npsDifference(before.nps.promoters, before.nps.detractors, before.nps.n, after.nps.promoters,
                                 after.nps.detractors, after.nps.n);
    c.csat = stats::twoProportion(before.csat.top2Count, before.csat.n, after.csat.top2Count, after.csat.n);
    return c;
}

QList<RowComparison> compareLists(const QList<ScoreRow> &before, const QList<ScoreRow> &after)
{
    // The same journey scored twice: the same rows in the same order.
    QList<RowComparison> out;
    for (qsizetype i = 0; i < after.size() && i < before.size(); ++i)
        out.append(compareRows(before[i], after[i]));
    return out;
}

} // namespace

QList<RowComparison> PeriodComparison::rows(ScoreLevel level) const
{
    switch (level) {
    case ScoreLevel::Touchpoint: return touchpoints;
    case ScoreLevel::Stage: return stages;
    case ScoreLevel::Segment: return segments;
    case ScoreLevel::Journey: break;
    }
    return {journey};
}

PeriodComparison PeriodComparison::compare(const JourneyScores &before, const JourneyScores &after)
{
    PeriodComparison out;
    out.before = before.filter;
    out.after = after.filter;
    out.touchpoints = compareLists(before.touchpoints, after.touchpoints);
    out.stages = compareLists(before.stages, after.stages);
    out.journey = compareRows(before.journey, after.journey);
    // Segments: by name; a segment missing in one period compares with an empty row.
    QMap<QString, std::pair<ScoreRow, ScoreRow>> bySegment;
    for (const ScoreRow &r : before.segments)
        bySegment[foldSegment(r.segment)].first = r;
    for (const ScoreRow &r : after.segments)
        bySegment[foldSegment(r.segment)].second = r;
    for (auto it = bySegment.cbegin(); it != bySegment.cend(); ++it) {
        RowComparison c = compareRows(it->first, it->second);
        c.level = ScoreLevel::Segment;
        c.segment = it->second.level == ScoreLevel::Segment ? it->second.segment : it->first.segment;
        out.segments.append(c);
    }
    return out;
}

Result<PeriodComparison> PeriodComparison::run(const WorkspaceStore &store, const Workspace &workspace,
                                               JourneyId journey, const ScoreFilter &before, const ScoreFilter &after)
{
    auto a = ScoreEngine::score(store, workspace, journey, before);
    if (!a)
        return a.error();
    auto b = ScoreEngine::score(store, workspace, journey, after);
    if (!b)
        return b.error();
    return compare(*a, *b);
}

} // namespace waymark
