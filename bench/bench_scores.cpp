// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmarks for scoring (not run by ctest):
//   build/bench/bench/bench_scores [--benchmark_filter=...]
// WAYMARK_BENCH_ITEMS sets the number of attached items (default 1,000,000).
//  - Graph/Analyse: JourneyGraph::analyse of 400 touchpoints and 1,500 transitions with
//    volumes (reach by absorbing Markov chain, drop-off, betweenness, loops, backward
//    transitions, painful path). Target: < 50 ms.
//  - Scores/FullRecompute: ScoreAccumulator::recompute over every attached item: the
//    histograms of 200 touchpoints, 12 stages (count-once), the journey and 4 segments.
//  - Scores/SqliteGroupBy: the reference, SQLite (in memory) computing per touchpoint the
//    NPS/CSAT/CES counts and sums with one GROUP BY over a covering index, same rows.
//    Target: FullRecompute / SqliteGroupBy ≤ 1.0.
//  - Scores/FilteredRecompute/*: ScoreAccumulator::setFilter (date range, channel,
//    segment). Target: < 100 ms.
//  - Scores/AttachUpdate: attach or detach one item and ScoreEngine::update the affected
//    rows (touchpoint, stage, journey, segments). Target: < 5 ms.
#include "Random.h"
#include "scoring/JourneyGraph.h"
#include "scoring/ScoreAccumulator.h"
#include "scoring/ScoreEngine.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdint>
#include <set>

using namespace waymark;
using waymark::bench::Random;
using namespace Qt::StringLiterals;

namespace {

qint64 itemCount()
{
    const qint64 n = qEnvironmentVariableIntValue("WAYMARK_BENCH_ITEMS");
    return n > 0 ? n : 1000000;
}

/// A journey with `stages` × `perStage` touchpoints in one touchpoints lane.
Workspace journeyWorkspace(int stages, int perStage)
{
    Workspace ws;
    const JourneyId journey(1);
    ws.journeys.append(Journey{journey, u"Benchmark"_s, {}, JourneyCategory::UseOwning, {}, JourneyVariant::AsIs});
    ws.lanes.append(Lane{LaneId(2), journey, u"Touchpoints"_s, LaneKind::Touchpoints, {}, false});
    qint64 next = 10;
    for (int s = 0; s < stages; ++s) {
        const StageId stage(next++);
        ws.stages.append(Stage{stage, journey, u"Stage %1"_s.arg(s + 1), {}, {}});
        for (int t = 0; t < perStage; ++t) {
            Touchpoint tp;
            tp.id = TouchpointId(next++);
            tp.journeyId = journey;
            tp.stageId = stage;
            tp.laneId = LaneId(2);
            tp.title = u"Touchpoint %1.%2"_s.arg(s + 1).arg(t + 1);
            tp.assumedEmotion = (s + t) % 5 - 2;
            ws.touchpoints.append(tp);
        }
    }
    return ws;
}

// Graph --------------------------------------------------------------------------------

struct GraphData
{
    Workspace ws;
    QHash<qint64, double> emotion;
};

const GraphData &graphData()
{
    static const GraphData data = [] {
        GraphData d;
        constexpr int stages = 20, perStage = 20, transitions = 1500;
        d.ws = journeyWorkspace(stages, perStage);
        const QList<Touchpoint> tps = d.ws.touchpoints.items();
        Random random(400);
        std::set<std::pair<int, int>> seen;
        qint64 next = 100000;
        while (int(seen.size()) < transitions) {
            const int from = random.below(stages * perStage);
            const int stage = from / perStage;
            int to;
            if (random.below(10) == 0) // one in ten goes back: same or previous stage
                to = std::max(0, stage - random.below(2)) * perStage + random.below(perStage);
            else // forwards: same or next stage
                to = std::min(stages - 1, stage + random.below(2)) * perStage + random.below(perStage);
            if (to == from || !seen.insert({from, to}).second)
                continue;
            d.ws.transitions.append(Transition{TransitionId(next++), JourneyId(1), tps[from].id, tps[to].id,
                                               double(1 + random.below(1000))});
        }
        for (const Touchpoint &t : tps)
            d.emotion.insert(t.id.value, random.below(401) / 100.0 - 2);
        return d;
    }();
    return data;
}

void graphAnalyse(benchmark::State &state)
{
    const GraphData &d = graphData();
    for (auto _ : state) {
        const GraphAnalysis a = JourneyGraph::analyse(d.ws, JourneyId(1), d.emotion);
        if (!a.reach.problem.isEmpty()) {
            state.SkipWithError(qPrintable(a.reach.problem));
            break;
        }
        benchmark::DoNotOptimize(a.betweenness.size());
    }
    state.counters["touchpoints"] = double(d.ws.touchpoints.size());
    state.counters["transitions"] = double(d.ws.transitions.size());
}

void graphReach(benchmark::State &state)
{
    const GraphData &d = graphData();
    for (auto _ : state)
        benchmark::DoNotOptimize(JourneyGraph::reach(d.ws, JourneyId(1)).reach.size());
}

void graphPainfulPath(benchmark::State &state)
{
    const GraphData &d = graphData();
    for (auto _ : state)
        benchmark::DoNotOptimize(JourneyGraph::painfulPath(d.ws, JourneyId(1), d.emotion));
}

// Scores -------------------------------------------------------------------------------

struct ScoreData
{
    Workspace ws;
    std::unique_ptr<ScoreAccumulator> acc;
    qint64 attachments = 0;
    sqlite3 *db = nullptr;
    QList<TouchpointId> touchpoints;
};

const char *const kChannels[] = {"web", "mobile-app", "phone", "email", "store", "chatbot"};
const char *const kSegments[] = {"Bargain hunter", "Busy parent", "Garden pro", "Newcomer"};

ScoreData &scoreData()
{
    static ScoreData data = [] {
        ScoreData d;
        d.ws = journeyWorkspace(12, 200 / 12 + 1);
        d.touchpoints.clear();
        for (const Touchpoint &t : d.ws.touchpoints)
            d.touchpoints.append(t.id);
        const int perStage = 200 / 12 + 1;
        d.acc = std::make_unique<ScoreAccumulator>(d.ws, JourneyId(1));

        sqlite3_open(":memory:", &d.db);
        sqlite3_exec(d.db,
                     "CREATE TABLE scored(touchpoint INTEGER, nps INTEGER, csat INTEGER, csat_scale INTEGER,"
                     " ces INTEGER, ces_scale INTEGER)",
                     nullptr, nullptr, nullptr);
        sqlite3_exec(d.db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(d.db, "INSERT INTO scored VALUES (?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);

        // The same distributions as bench/FeedbackGenerator: answers from one "quality".
        Random random(20261122);
        const qint64 n = itemCount();
        for (qint64 i = 1; i <= n; ++i) {
            FeedbackItem f;
            f.id = FeedbackItemId(i);
            f.sourceId = FeedbackSourceId(1 + random.below(2));
            f.date = u"2026-%1-%2"_s.arg(1 + random.below(12), 2, 10, QLatin1Char('0'))
                         .arg(1 + random.below(28), 2, 10, QLatin1Char('0'));
            f.channel = QString::fromLatin1(kChannels[random.below(6)]);
            f.segment = QString::fromLatin1(kSegments[random.below(4)]);
            const int quality = random.below(100);
            if (random.below(10))
                f.nps = std::min(10, quality / 9);
            if (random.below(10))
                f.csat = 1 + quality / 20;
            if (random.below(5))
                f.ces = 1 + quality * 7 / 100;
            d.acc->addItem(f);
            const int first = random.below(int(d.touchpoints.size()));
            QList<int> cards{first};
            if (random.below(10) == 0) { // one in ten also on another card of the same stage
                const int other = (first / perStage) * perStage + random.below(perStage);
                if (other != first && other < d.touchpoints.size())
                    cards << other;
            }
            for (int c : cards) {
                d.acc->attach(f.id, d.touchpoints[c]);
                ++d.attachments;
                sqlite3_bind_int64(insert, 1, d.touchpoints[c].value);
                f.nps ? sqlite3_bind_int(insert, 2, *f.nps) : sqlite3_bind_null(insert, 2);
                f.csat ? sqlite3_bind_int(insert, 3, *f.csat) : sqlite3_bind_null(insert, 3);
                sqlite3_bind_int(insert, 4, f.csatScale);
                f.ces ? sqlite3_bind_int(insert, 5, *f.ces) : sqlite3_bind_null(insert, 5);
                sqlite3_bind_int(insert, 6, f.cesScale);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
        }
        sqlite3_finalize(insert);
        sqlite3_exec(d.db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_exec(d.db, "CREATE INDEX scored_covering ON scored(touchpoint, nps, csat, csat_scale, ces, ces_scale)",
                     nullptr, nullptr, nullptr);
        sqlite3_exec(d.db, "ANALYZE", nullptr, nullptr, nullptr);
        return d;
    }();
    return data;
}

void fullRecompute(benchmark::State &state)
{
    ScoreData &d = scoreData();
    d.acc->setFilter({});
    for (auto _ : state) {
        d.acc->recompute();
        benchmark::DoNotOptimize(d.acc->counts().journeyTotal.items());
    }
    state.counters["items"] = double(d.acc->itemCount());
    state.counters["attachments"] = double(d.attachments);
}

void sqliteGroupBy(benchmark::State &state)
{
    ScoreData &d = scoreData();
    // Per touchpoint what the NPS, CSAT top-2-box and mean, CES mean, t-interval and
    // % agree need: counts and sums, in one statement over the covering index.
    const char *sql = "SELECT touchpoint, count(nps), sum(nps >= 9), sum(nps <= 6),"
                      " count(csat), sum(csat >= csat_scale - 1), sum(csat),"
                      " count(ces), sum(ces), sum(ces * ces), sum(ces >= 5)"
                      " FROM scored INDEXED BY scored_covering GROUP BY touchpoint";
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(d.db, sql, -1, &q, nullptr) != SQLITE_OK) {
        state.SkipWithError(sqlite3_errmsg(d.db));
        return;
    }
    for (auto _ : state) {
        qint64 rows = 0, sum = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            ++rows;
            sum += sqlite3_column_int64(q, 1);
        }
        sqlite3_reset(q);
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(rows);
    }
    sqlite3_finalize(q);
    state.counters["rows"] = double(d.attachments);
}

void filteredRecompute(benchmark::State &state, ScoreFilter filter)
{
    ScoreData &d = scoreData();
    for (auto _ : state) {
        d.acc->setFilter(filter);
        benchmark::DoNotOptimize(d.acc->counts().journeyTotal.items());
    }
    state.counters["matching"] = double(d.acc->counts().journeyTotal.items());
    d.acc->setFilter({});
}

void attachUpdate(benchmark::State &state)
{
    ScoreData &d = scoreData();
    d.acc->setFilter({});
    JourneyScores scores = ScoreEngine::evaluate(d.ws, JourneyId(1), d.acc->counts());
    Random random(5);
    for (auto _ : state) {
        const FeedbackItemId item(1 + random.below(int(d.acc->itemCount())));
        const TouchpointId card = d.touchpoints[random.below(int(d.touchpoints.size()))];
        if (!d.acc->attach(item, card))
            d.acc->detach(item, card);
        ScoreEngine::update(scores, d.ws, d.acc->counts(), card);
        benchmark::DoNotOptimize(scores.journey.n);
    }
}

ScoreFilter february()
{
    return ScoreFilter{u"2026-02-01"_s, u"2026-02-28"_s, {}, {}, {}};
}
ScoreFilter channelAndSegment()
{
    return ScoreFilter{{}, {}, u"PHONE"_s, u"garden pro"_s, {}};
}
ScoreFilter quarterAndSource()
{
    return ScoreFilter{u"2026-04-01"_s, u"2026-06-30"_s, {}, {}, FeedbackSourceId(2)};
}

} // namespace

BENCHMARK(graphAnalyse)->Name("Graph/Analyse")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(graphReach)->Name("Graph/ReachOnly")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(graphPainfulPath)->Name("Graph/PainfulPathOnly")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(fullRecompute)->Name("Scores/FullRecompute")->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);
BENCHMARK(sqliteGroupBy)->Name("Scores/SqliteGroupBy")->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);
BENCHMARK_CAPTURE(filteredRecompute, February, february())
    ->Name("Scores/FilteredRecompute/February")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(filteredRecompute, ChannelSegment, channelAndSegment())
    ->Name("Scores/FilteredRecompute/ChannelSegment")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(filteredRecompute, QuarterSource, quarterAndSource())
    ->Name("Scores/FilteredRecompute/QuarterSource")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(attachUpdate)->Name("Scores/AttachUpdate")->Unit(benchmark::kMicrosecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
