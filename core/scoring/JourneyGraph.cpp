// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyGraph.h"

#include <QCoreApplication>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace waymark {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

/// Vertices reachable from `start` (breadth-first search).
template <class G>
std::vector<bool> reachableFrom(const G &g, std::size_t start)
{
    std::vector<boost::default_color_type> color(boost::num_vertices(g), boost::white_color);
    boost::breadth_first_search(
        g, boost::vertex(start, g),
        boost::color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g))));
    std::vector<bool> reached(color.size());
    for (std::size_t i = 0; i < color.size(); ++i)
        reached[i] = color[i] != boost::white_color;
    return reached;
}

/// Inverts `a` (n × n, row-major) by Gauss–Jordan elimination with partial pivoting.
/// Returns false when the matrix is singular. Dense O(n³): fine for a few hundred touchpoints.
bool invert(std::vector<double> &a, std::size_t n, std::vector<double> &inverse)
{
    inverse.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        inverse[i * n + i] = 1.0;
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < n; ++r)
            if (std::abs(a[r * n + col]) > std::abs(a[pivot * n + col]))
                pivot = r;
        if (std::abs(a[pivot * n + col]) < 1e-12)
            return false;
        if (pivot != col) {
            for (std::size_t c = 0; c < n; ++c) {
                std::swap(a[pivot * n + c], a[col * n + c]);
                std::swap(inverse[pivot * n + c], inverse[col * n + c]);
            }
        }
        const double p = a[col * n + col];
        for (std::size_t c = 0; c < n; ++c) {
            a[col * n + c] /= p;
            inverse[col * n + c] /= p;
        }
        for (std::size_t r = 0; r < n; ++r) {
            const double f = a[r * n + col];
            if (r == col || f == 0.0)
                continue;
            for (std::size_t c = 0; c < n; ++c) {
                a[r * n + c] -= f * a[col * n + c];
                inverse[r * n + c] -= f * inverse[col * n + c];
            }
        }
    }
    return true;
}

bool validVolume(const std::optional<double> &v)
{
    return v && std::isfinite(*v) && *v >= 0;
}

} // namespace

std::optional<double> ReachResult::reachOf(TouchpointId id) const
{
    const auto it = reach.constFind(id.value);
    if (it == reach.cend())
        return std::nullopt;
    return *it;
}

QList<Touchpoint> JourneyGraph::scoredTouchpoints(const Workspace &workspace, JourneyId journey)
{
    QList<Touchpoint> out;
    for (const Stage &stage : workspace.stages.children(journey.value)) {
        for (const Touchpoint &t : workspace.touchpoints) {
            if (t.journeyId != journey || t.stageId != stage.id)
                continue;
            const Lane *lane = workspace.lanes.find(t.laneId);
            if (lane && lane->laneKind == LaneKind::Touchpoints)
                out.append(t);
        }
    }
    return out;
}

ReachResult JourneyGraph::reach(const Workspace &workspace, JourneyId journey)
{
    ReachResult result;
    const QList<Touchpoint> tps = scoredTouchpoints(workspace, journey);
    const std::size_t n = std::size_t(tps.size());
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.insert(tps[qsizetype(i)].id.value, i);

    struct Edge
    {
        std::size_t from, to;
        std::optional<double> volume;
    };
    std::vector<Edge> edges;
    for (const Transition &t : workspace.transitions) {
        if (t.journeyId != journey || !index.contains(t.from.value) || !index.contains(t.to.value))
            continue;
        edges.push_back({index.value(t.from.value), index.value(t.to.value), t.volume});
        result.volumesKnown = result.volumesKnown || validVolume(t.volume);
    }
    if (!result.volumesKnown) {
        for (const Touchpoint &t : tps)
            result.reach.insert(t.id.value, 1.0);
        return result;
    }

    // Transition probabilities. SCORING.md divides by the volume leaving the vertex, which
    // makes the outgoing probabilities always sum to 1 and its own drop-off formula always
    // 0. Waymark divides by the customers at the vertex: the larger of the volume arriving
    // and the volume leaving, so customers who arrive and do not continue drop off there
    // (docs/scoring.md). A vertex whose outgoing edges all lack a volume splits evenly
    // between them; otherwise edges without a volume carry nothing.
    std::vector<double> knownOut(n, 0.0), knownIn(n, 0.0);
    std::vector<int> outEdges(n, 0), knownEdges(n, 0), inEdges(n, 0);
    std::vector<bool> inFlow(n, false);
    for (const Edge &e : edges) {
        ++outEdges[e.from];
        if (e.from != e.to)
            ++inEdges[e.to];
        if (validVolume(e.volume)) {
            ++knownEdges[e.from];
            knownOut[e.from] += *e.volume;
            if (e.from != e.to)
                knownIn[e.to] += *e.volume;
        }
        inFlow[e.from] = inFlow[e.to] = true;
    }
    std::vector<double> q(n * n, 0.0); // Q[i][j]: probability of the step i → j
    for (const Edge &e : edges) {
        double p = 0;
        if (knownEdges[e.from] == 0)
            p = 1.0 / outEdges[e.from];
        else if (validVolume(e.volume) && knownOut[e.from] > 0)
            p = *e.volume / std::max(knownOut[e.from], knownIn[e.from]);
        q[e.from * n + e.to] += p;
    }

    // Entry touchpoints: no incoming transition; they share the entry volume in
    // proportion to the volume leaving them. If every touchpoint has a predecessor (the
    // flow is one big loop), the earliest stage's touchpoints in the flow are the entries.
    std::vector<std::size_t> entries;
    for (std::size_t i = 0; i < n; ++i)
        if (inFlow[i] && inEdges[i] == 0)
            entries.push_back(i);
    if (entries.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            if (inFlow[i] && (entries.empty() || tps[qsizetype(i)].stageId == tps[qsizetype(entries.front())].stageId))
                entries.push_back(i);
        }
    }
    std::vector<double> start(n, 0.0);
    double entryVolume = 0;
    for (std::size_t e : entries)
        entryVolume += knownOut[e];
    for (std::size_t e : entries)
        start[e] = entryVolume > 0 ? knownOut[e] / entryVolume : 1.0 / double(entries.size());

    // Vertex n is a virtual source before the entries, n + 1 the virtual exit after
    // every touchpoint where customers leave (outgoing probability below 1).
    const std::size_t source = n, exit = n + 1;
    Graph g(n + 2);
    for (std::size_t i = 0; i < n; ++i) {
        double leaving = 0;
        for (std::size_t j = 0; j < n; ++j) {
            if (q[i * n + j] > 0) {
                boost::add_edge(i, j, g);
                leaving += q[i * n + j];
            }
        }
        if (inFlow[i] && leaving < 1 - 1e-9)
            boost::add_edge(i, exit, g);
        if (start[i] > 0)
            boost::add_edge(source, i, g);
    }
    const std::vector<bool> reached = reachableFrom(g, source);
    const std::vector<bool> canLeave = reachableFrom(boost::make_reverse_graph(g), exit);

    QStringList trapped;
    std::vector<std::size_t> live; // reached from an entry
    for (std::size_t i = 0; i < n; ++i) {
        if (!reached[i])
            continue;
        live.push_back(i);
        if (!canLeave[i])
            trapped << u'“' + tps[qsizetype(i)].title + u'”';
    }
    if (!trapped.isEmpty()) {
        result.problem = QCoreApplication::translate(
                             "waymark::JourneyGraph",
                             "Reach can't be computed: customers who reach %1 never leave them, because no "
                             "transition with a volume leads out of that loop. Add the volume of the "
                             "transitions that leave it.")
                             .arg(trapped.join(QLatin1String(", ")));
        return result;
    }

    // Absorbing Markov chain on the live touchpoints: N = (I − Q)⁻¹ holds the expected
    // number of visits; the probability of ever visiting j from i is N_ij / N_jj, so
    // reach_j = Σ_i π_i N_ij / N_jj.
    const std::size_t m = live.size();
    std::vector<double> a(m * m, 0.0), inverse;
    for (std::size_t r = 0; r < m; ++r)
        for (std::size_t c = 0; c < m; ++c)
            a[r * m + c] = (r == c ? 1.0 : 0.0) - q[live[r] * n + live[c]];
    if (!invert(a, m, inverse)) {
        result.problem = QCoreApplication::translate("waymark::JourneyGraph",
                                                     "Reach can't be computed: the transition volumes form a "
                                                     "system without a solution.");
        return result;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (inFlow[i])
            result.reach.insert(tps[qsizetype(i)].id.value, 0.0);
    for (std::size_t c = 0; c < m; ++c) {
        double visits = 0;
        for (std::size_t r = 0; r < m; ++r)
            visits += start[live[r]] * inverse[r * m + c];
        const double r = visits / inverse[c * m + c];
        result.reach.insert(tps[qsizetype(live[c])].id.value, std::clamp(r, 0.0, 1.0));
    }
    return result;
}

} // namespace waymark
