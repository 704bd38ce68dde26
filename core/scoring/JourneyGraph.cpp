// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyGraph.h"

#include <QCoreApplication>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

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

/// What the reach needs from N = A⁻¹ (A = I − Q, m × m, row-major): x = πᵀN (expected
/// visits from the start distribution) and the diagonal of N, without forming N.
///
/// A = LU without pivoting: I − Q of a substochastic Q is a row diagonally dominant
/// M-matrix, for which elimination without pivoting is stable and every pivot stays
/// positive unless A is singular (a loop without a way out, caught before). Elimination
/// skips zeros, so a journey whose transitions mostly run forwards (A almost upper
/// triangular in journey order) factors in far fewer than m³/3 steps. Then
/// x solves Aᵀx = π (two triangular solves) and N_jj = (row j of U⁻¹)·(column j of L⁻¹),
/// at most m³/3 multiply-adds, vectorised (a full inverse by Gauss–Jordan takes m³).
bool visitsAndDiagonal(std::vector<double> &a, std::size_t m, const std::vector<double> &pi, std::vector<double> &x,
                       std::vector<double> &diagonal)
{
    // LU in place: U on and above the diagonal, L (unit diagonal) below.
    for (std::size_t k = 0; k < m; ++k) {
        const double *rowK = a.data() + k * m;
        const double pivot = rowK[k];
        if (!(std::abs(pivot) > 1e-12))
            return false;
        for (std::size_t i = k + 1; i < m; ++i) {
            double *row = a.data() + i * m;
            if (row[k] == 0.0)
                continue;
            const double l = row[k] / pivot;
            row[k] = l;
            for (std::size_t c = k + 1; c < m; ++c)
                row[c] -= l * rowK[c];
        }
    }
    // Every solve below runs by axpy over contiguous rows (vectorised, no dependency chain
    // through a running sum), and skips the zeros of sparse right-hand sides.
    // Lᵀ holds the columns of L as rows.
    thread_local std::vector<double> lt; // scratch, see computeReach
    lt.assign(m * m, 0.0);
    for (std::size_t r = 1; r < m; ++r)
        for (std::size_t c = 0; c < r; ++c)
            lt[c * m + r] = a[r * m + c];
    auto solveUt = [&a, m](std::vector<double> &v, std::size_t from) { // Uᵀv = v, v[< from] = 0
        for (std::size_t i = from; i < m; ++i) {
            const double *row = a.data() + i * m;
            v[i] /= row[i];
            const double vi = v[i];
            if (vi == 0.0)
                continue;
            for (std::size_t k = i + 1; k < m; ++k)
                v[k] -= row[k] * vi;
        }
    };
    auto solveL = [m](std::vector<double> &v, std::size_t from) { // Lv = v, v[< from] = 0
        for (std::size_t i = from; i < m; ++i) {
            const double vi = v[i];
            if (vi == 0.0)
                continue;
            const double *col = lt.data() + i * m;
            for (std::size_t k = i + 1; k < m; ++k)
                v[k] -= col[k] * vi;
        }
    };

    // x: Uᵀz = π, then Lᵀx = z (backward by rows of L).
    x = pi;
    solveUt(x, 0);
    for (std::size_t k = m; k-- > 0;) {
        const double *row = a.data() + k * m;
        const double xk = x[k];
        if (xk == 0.0)
            continue;
        for (std::size_t i = 0; i < k; ++i)
            x[i] -= row[i] * xk;
    }

    // diag(N): N_jj = (row j of U⁻¹)·(column j of L⁻¹) = r·y with Uᵀr = e_j, Ly = e_j.
    diagonal.assign(m, 0.0);
    std::vector<double> r(m), y(m);
    for (std::size_t j = 0; j < m; ++j) {
        std::fill(r.begin() + std::ptrdiff_t(j), r.end(), 0.0);
        std::fill(y.begin() + std::ptrdiff_t(j), y.end(), 0.0);
        r[j] = 1.0;
        y[j] = 1.0;
        solveUt(r, j);
        solveL(y, j);
        double d = 0;
        for (std::size_t k = j; k < m; ++k)
            d += r[k] * y[k];
        diagonal[j] = d;
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


namespace {

/// The journey's transitions between scored touchpoints, indexed 0..n−1 in journey order,
/// with the step probabilities of docs/scoring.md ("Reach").
struct Flow
{
    struct Edge
    {
        TransitionId id;
        std::size_t from, to;
        std::optional<double> volume;
    };

    QList<Touchpoint> tps;
    QHash<qint64, std::size_t> index;
    std::vector<Edge> edges;
    bool volumesKnown = false;
    std::vector<bool> inFlow;     ///< has any transition
    std::vector<int> inEdges;     ///< incoming transitions from other touchpoints
    std::vector<double> knownOut; ///< Σ known volumes leaving
    /// Per touchpoint the steps out of it: (to, probability), one entry per target
    /// (only when volumesKnown). Sparse: a dense n × n matrix costs more to allocate
    /// than the whole analysis of a few hundred touchpoints.
    std::vector<std::vector<std::pair<std::size_t, double>>> steps;

    double leaving(std::size_t i) const
    {
        double sum = 0;
        for (const auto &[to, p] : steps[i])
            sum += p;
        return sum;
    }

    std::size_t size() const { return std::size_t(tps.size()); }

    Flow(const Workspace &workspace, JourneyId journey) : tps(JourneyGraph::scoredTouchpoints(workspace, journey))
    {
        const std::size_t n = size();
        for (std::size_t i = 0; i < n; ++i)
            index.insert(tps[qsizetype(i)].id.value, i);
        for (const Transition &t : workspace.transitions) {
            if (t.journeyId != journey || !index.contains(t.from.value) || !index.contains(t.to.value))
                continue;
            edges.push_back({t.id, index.value(t.from.value), index.value(t.to.value), t.volume});
            volumesKnown = volumesKnown || validVolume(t.volume);
        }
        inFlow.assign(n, false);
        inEdges.assign(n, 0);
        knownOut.assign(n, 0.0);
        std::vector<double> knownIn(n, 0.0);
        std::vector<int> outEdges(n, 0), knownEdges(n, 0);
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
        if (!volumesKnown)
            return;
        // Waymark divides by the customers at the vertex: the larger of the volume arriving
        // and the volume leaving, so customers who arrive and do not continue drop off there
        // (docs/scoring.md). A vertex whose outgoing edges all lack a volume splits evenly
        // between them; otherwise edges without a volume carry nothing.
        steps.assign(n, {});
        for (const Edge &e : edges) {
            double p = 0;
            if (knownEdges[e.from] == 0)
                p = 1.0 / outEdges[e.from];
            else if (validVolume(e.volume) && knownOut[e.from] > 0)
                p = *e.volume / std::max(knownOut[e.from], knownIn[e.from]);
            auto &out = steps[e.from];
            const auto it = std::find_if(out.begin(), out.end(), [&e](const auto &s) { return s.first == e.to; });
            if (it == out.end())
                out.emplace_back(e.to, p);
            else
                it->second += p;
        }
    }

    /// Entry touchpoints: in the flow without an incoming transition; if every touchpoint
    /// has a predecessor (one big loop), the earliest stage's touchpoints in the flow.
    std::vector<std::size_t> entries() const
    {
        const std::size_t n = size();
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < n; ++i)
            if (inFlow[i] && inEdges[i] == 0)
                out.push_back(i);
        if (out.empty()) {
            for (std::size_t i = 0; i < n; ++i)
                if (inFlow[i] && (out.empty() || tps[qsizetype(i)].stageId == tps[qsizetype(out.front())].stageId))
                    out.push_back(i);
        }
        return out;
    }

    QString title(std::size_t i) const { return u'“' + tps[qsizetype(i)].title + u'”'; }
};

ReachResult computeReach(const Flow &flow)
{
    ReachResult result;
    result.volumesKnown = flow.volumesKnown;
    const std::size_t n = flow.size();
    if (!flow.volumesKnown) {
        for (const Touchpoint &t : flow.tps)
            result.reach.insert(t.id.value, 1.0);
        return result;
    }

    // Entries share the entry volume in proportion to the volume leaving them.
    const std::vector<std::size_t> entries = flow.entries();
    std::vector<double> start(n, 0.0);
    double entryVolume = 0;
    for (std::size_t e : entries)
        entryVolume += flow.knownOut[e];
    for (std::size_t e : entries)
        start[e] = entryVolume > 0 ? flow.knownOut[e] / entryVolume : 1.0 / double(entries.size());

    // Vertex n is a virtual source before the entries, n + 1 the virtual exit after
    // every touchpoint where customers leave (outgoing probability below 1).
    const std::size_t source = n, exit = n + 1;
    Graph g(n + 2);
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto &[j, p] : flow.steps[i])
            if (p > 0)
                boost::add_edge(i, j, g);
        if (flow.inFlow[i] && flow.leaving(i) < 1 - 1e-9)
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
            trapped << flow.title(i);
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
    // Scratch kept per thread: the matrices are large enough that fresh allocations
    // (page faults on every call) would cost more than the arithmetic.
    thread_local std::vector<double> a;
    a.assign(m * m, 0.0);
    std::vector<double> pi(m, 0.0), visits, diagonal;
    std::vector<std::ptrdiff_t> position(n, -1);
    for (std::size_t r = 0; r < m; ++r)
        position[live[r]] = std::ptrdiff_t(r);
    for (std::size_t r = 0; r < m; ++r) {
        pi[r] = start[live[r]];
        a[r * m + r] = 1.0;
        for (const auto &[to, p] : flow.steps[live[r]])
            if (position[to] >= 0)
                a[r * m + std::size_t(position[to])] -= p;
    }
    if (!visitsAndDiagonal(a, m, pi, visits, diagonal)) {
        result.problem = QCoreApplication::translate("waymark::JourneyGraph",
                                                     "Reach can't be computed: the transition volumes form a "
                                                     "system without a solution.");
        return result;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (flow.inFlow[i])
            result.reach.insert(flow.tps[qsizetype(i)].id.value, 0.0);
    for (std::size_t c = 0; c < m; ++c)
        result.reach.insert(flow.tps[qsizetype(live[c])].id.value, std::clamp(visits[c] / diagonal[c], 0.0, 1.0));
    return result;
}

std::optional<PainfulPath> computePainfulPath(const Flow &flow, const QHash<qint64, double> &emotion)
{
    const std::size_t n = flow.size();
    if (flow.edges.empty())
        return std::nullopt;
    // Forward edges only (to a later position in journey order): a DAG whose topological
    // order is the journey order itself.
    std::vector<std::vector<std::size_t>> forward(n);
    for (const Flow::Edge &e : flow.edges)
        if (e.to > e.from)
            forward[e.from].push_back(e.to);
    std::vector<double> weight(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        weight[i] = emotion.value(flow.tps[qsizetype(i)].id.value, 0.0);
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> best(n, inf);
    std::vector<std::ptrdiff_t> previous(n, -1);
    for (std::size_t e : flow.entries())
        best[e] = weight[e];
    for (std::size_t v = 0; v < n; ++v) {
        if (best[v] == inf)
            continue;
        for (std::size_t u : forward[v]) {
            if (best[v] + weight[u] < best[u]) {
                best[u] = best[v] + weight[u];
                previous[u] = std::ptrdiff_t(v);
            }
        }
    }
    std::ptrdiff_t end = -1;
    for (std::size_t v = 0; v < n; ++v)
        if (flow.inFlow[v] && forward[v].empty() && best[v] < inf && (end < 0 || best[v] < best[std::size_t(end)]))
            end = std::ptrdiff_t(v);
    if (end < 0)
        return std::nullopt;
    PainfulPath path;
    path.emotion = best[std::size_t(end)];
    for (std::ptrdiff_t v = end; v >= 0; v = previous[std::size_t(v)]) {
        const Touchpoint &t = flow.tps[qsizetype(v)];
        path.touchpoints.prepend(t.id);
        if (!emotion.contains(t.id.value))
            ++path.unmeasured;
    }
    return path;
}

} // namespace

ReachResult JourneyGraph::reach(const Workspace &workspace, JourneyId journey)
{
    return computeReach(Flow(workspace, journey));
}

std::optional<PainfulPath> JourneyGraph::painfulPath(const Workspace &workspace, JourneyId journey,
                                                     const QHash<qint64, double> &emotion)
{
    return computePainfulPath(Flow(workspace, journey), emotion);
}

bool GraphAnalysis::isHighBetweenness(TouchpointId id) const
{
    const double b = betweenness.value(id.value, 0.0);
    return highBetweenness && b > 0 && b >= *highBetweenness;
}

bool JourneyGraph::isMomentOfTruthCandidate(const GraphAnalysis &graph, TouchpointId id, std::optional<double> driverR,
                                            std::optional<double> gap)
{
    return graph.isHighBetweenness(id) && ((driverR && *driverR >= kStrongDriver) || (gap && *gap <= kLargeNegativeGap));
}

GraphAnalysis JourneyGraph::analyse(const Workspace &workspace, JourneyId journey, const QHash<qint64, double> &emotion)
{
    const Flow flow(workspace, journey);
    const std::size_t n = flow.size();
    GraphAnalysis out;
    out.reach = computeReach(flow);

    if (flow.volumesKnown) {
        for (std::size_t i = 0; i < n; ++i) {
            if (!flow.inFlow[i])
                continue;
            out.dropOff.insert(flow.tps[qsizetype(i)].id.value, std::clamp(1.0 - flow.leaving(i), 0.0, 1.0));
        }
    }

    // Betweenness (Brandes 2001) on the transitions as an unweighted directed graph; a
    // transition listed twice is one edge, a self-loop none (neither changes who lies on
    // a shortest path).
    using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Directed g(n);
    {
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (const Flow::Edge &e : flow.edges)
            if (e.from != e.to)
                pairs.emplace_back(e.from, e.to);
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        for (const auto &[a, b] : pairs)
            boost::add_edge(a, b, g);
    }
    std::vector<double> centrality(n, 0.0);
    if (!flow.edges.empty())
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g))));
    const double pairsOfOthers = n > 2 ? double(n - 1) * double(n - 2) : 1.0;
    std::vector<double> sorted;
    for (std::size_t i = 0; i < n; ++i) {
        const double b = n > 2 ? centrality[i] / pairsOfOthers : 0.0;
        out.betweenness.insert(flow.tps[qsizetype(i)].id.value, b);
        sorted.push_back(b);
    }
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    if (!sorted.empty() && sorted.front() > 0) {
        const std::size_t rank = (n + 3) / 4; // ⌈n/4⌉
        double threshold = sorted[rank - 1];
        if (threshold <= 0) // fewer than n/4 lie on any path: all of those are in the top quarter
            threshold = *std::min_element(sorted.begin(), sorted.end(), [](double a, double b) {
                return (a > 0 ? a : std::numeric_limits<double>::infinity()) < (b > 0 ? b : std::numeric_limits<double>::infinity());
            });
        out.highBetweenness = threshold;
    }

    // Loops: strongly connected components with more than one touchpoint or a self-loop.
    if (n > 0) {
        std::vector<int> component(n, 0);
        const int count = boost::strong_components(
            g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
        std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < n; ++i)
            members[std::size_t(component[i])].push_back(i);
        std::vector<bool> selfLoop(n, false);
        for (const Flow::Edge &e : flow.edges)
            if (e.from == e.to)
                selfLoop[e.from] = true;
        std::vector<std::vector<std::size_t>> loops;
        for (auto &m : members)
            if (m.size() > 1 || (m.size() == 1 && selfLoop[m.front()]))
                loops.push_back(m); // members are in journey order already
        std::sort(loops.begin(), loops.end(), [](const auto &a, const auto &b) { return a.front() < b.front(); });
        for (const auto &loop : loops) {
            QList<TouchpointId> ids;
            for (std::size_t i : loop)
                ids.append(flow.tps[qsizetype(i)].id);
            out.cycles.append(ids);
        }
    }

    // Backward transitions: the stage of `to` comes before the stage of `from`.
    QHash<qint64, int> stagePosition;
    int position = 0;
    for (const Stage &s : workspace.stages.children(journey.value))
        stagePosition.insert(s.id.value, position++);
    for (const Flow::Edge &e : flow.edges) {
        const Touchpoint &from = flow.tps[qsizetype(e.from)];
        const Touchpoint &to = flow.tps[qsizetype(e.to)];
        if (stagePosition.value(to.stageId.value) < stagePosition.value(from.stageId.value))
            out.backwards.append({e.id, from.id, to.id, from.stageId, to.stageId});
    }

    out.painfulPath = computePainfulPath(flow, emotion);
    return out;
}

} // namespace waymark
