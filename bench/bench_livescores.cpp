// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmark of the scores the canvas and the Insights view show while feedback
// is attached (not run by ctest):
//   build/bench/bench/bench_livescores [--benchmark_filter=...]
// WAYMARK_BENCH_ITEMS sets the number of feedback items (default 1,000,000), all but a
// reserve of 10,000 attached to the 14 touchpoints of the e-commerce template's journey,
// each with a comment, in a real workspace (Document, working copy on disk).
//  - Live/AttachThenUndo: one AttachFeedbackCommand (one item onto a touchpoint) and its
//    undo, with LiveScores following both (the store's write included). Target: < 5 ms
//    per step, i.e. < 10 ms per iteration.
//  - Live/UpdateOnly: LiveScores' own time per step (lastUpdateMicros), as a counter.
//  - Reference/FullScore: what a view did before on every attachment change:
//    ScoreEngine::score with the default options (every comment scored again).
//  - Reference/FullScoreNoSentiment: ScoreEngine::score without sentiment (one SQL query).
//  - Live/Load: LiveScores reading the journey once (on a worker thread at this size;
//    gui_thread_ms: how long the constructor holds the calling thread).
//  - Live/TrendOfStagesByMonth: the trend from the items in memory (no SQL).
#include "Random.h"
#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"
#include "interchange/TemplateLibrary.h"
#include "scoring/DefaultScoreOptions.h"
#include "scoring/JourneyGraph.h"
#include "scoring/LiveScores.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <cstdint>

using namespace waymark;
using waymark::bench::Random;
using namespace Qt::StringLiterals;

namespace {

constexpr int kReserve = 10000; // unattached items that the benchmark attaches

const char *const kComments[] = {
    "Great service, very friendly staff!", "Terrible. The delivery was slow and I waited two weeks.", "ok",
    "Hidden fees at checkout, not happy at all", "Super schnelle Lieferung, sehr freundlich",
    "Die Wartezeit war nicht gut, aber der Support war hilfreich", "Love it", "Refund took forever.",
};

struct LiveData
{
    QTemporaryDir home;
    std::unique_ptr<Document> doc;
    JourneyId journey;
    QList<TouchpointId> touchpoints;
    qint64 items = 0;
};

LiveData &liveData()
{
    static LiveData *data = [] {
        auto *d = new LiveData;
        qputenv("XDG_DATA_HOME", QFile::encodeName(d->home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(d->home.filePath(u"config"_s)));
        WorkspaceData w = *TemplateLibrary::load(u"ecommerce-purchase"_s);
        d->journey = w.workspace.journeys.items().first().id;
        for (const Touchpoint &t : JourneyGraph::scoredTouchpoints(w.workspace, d->journey))
            d->touchpoints.append(t.id);
        FeedbackSource source;
        source.id = FeedbackSourceId(1);
        source.name = u"Survey"_s;
        source.preset = u"generic"_s;
        w.sources.append(source);
        const qint64 env = qEnvironmentVariableIntValue("WAYMARK_BENCH_ITEMS");
        d->items = env > 0 ? env : 1000000;
        Random random(20261122);
        w.feedback.reserve(d->items);
        for (qint64 i = 1; i <= d->items; ++i) {
            FeedbackItem f;
            f.id = FeedbackItemId(1000000 + i);
            f.sourceId = source.id;
            f.responseId = u"R%1"_s.arg(i);
            f.date = u"2026-%1-%2"_s.arg(1 + random.below(12), 2, 10, QLatin1Char('0'))
                         .arg(1 + random.below(28), 2, 10, QLatin1Char('0'));
            f.channel = random.below(2) ? u"web"_s : u"store"_s;
            const int quality = random.below(100);
            if (random.below(10))
                f.nps = std::min(10, quality / 9);
            if (random.below(10))
                f.csat = 1 + quality / 20;
            f.comment = QString::fromUtf8(kComments[random.below(8)]);
            w.feedback.append(f);
            if (i > kReserve)
                w.attachments.append({f.id, d->touchpoints[random.below(int(d->touchpoints.size()))]});
        }
        auto created = Document::create(&w);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        d->doc = std::move(*created);
        return d;
    }();
    return *data;
}

/// Runs the event loop until `live` has read the journey (a background read at this size).
void waitLoaded(LiveScores &live)
{
    while (live.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void load(benchmark::State &state)
{
    LiveData &d = liveData();
    double guiMs = 0;
    for (auto _ : state) {
        QElapsedTimer gui;
        gui.start();
        LiveScores live(d.doc.get(), d.journey, defaultScoreOptions());
        guiMs += double(gui.nsecsElapsed()) / 1e6;
        waitLoaded(live);
        benchmark::DoNotOptimize(live.scores().journey.n);
    }
    // How long the constructor holds the GUI thread; the read itself runs on a worker.
    state.counters["gui_thread_ms"] = guiMs / double(state.iterations());
}

void attachThenUndo(benchmark::State &state)
{
    LiveData &d = liveData();
    LiveScores live(d.doc.get(), d.journey, defaultScoreOptions());
    waitLoaded(live);
    Random random(7);
    qint64 updateMicros = 0, steps = 0;
    for (auto _ : state) {
        const AttachmentPair pair{FeedbackItemId(1000001 + random.below(kReserve)),
                                  d.touchpoints[random.below(int(d.touchpoints.size()))]};
        d.doc->execute(new AttachFeedbackCommand(d.doc.get(), AttachFeedbackCommand::Mode::Attach, {pair}));
        updateMicros += live.lastUpdateMicros();
        d.doc->undoStack()->undo();
        updateMicros += live.lastUpdateMicros();
        steps += 2;
        state.PauseTiming();
        QCoreApplication::processEvents(); // the document commits its steps
        state.ResumeTiming();
    }
    d.doc->undoStack()->clear();
    if (live.fullLoads() != 1)
        state.SkipWithError("LiveScores read the journey again");
    state.counters["update_ms"] = double(updateMicros) / double(std::max<qint64>(1, steps)) / 1000.0;
    state.counters["items"] = double(d.items);
}

void trend(benchmark::State &state)
{
    LiveData &d = liveData();
    LiveScores live(d.doc.get(), d.journey, defaultScoreOptions());
    waitLoaded(live);
    for (auto _ : state) {
        const ScoreTrend t = live.trend(ScoreLevel::Stage, TrendBucket::Month);
        benchmark::DoNotOptimize(t.series.size());
    }
}

void fullScore(benchmark::State &state, bool sentiment)
{
    LiveData &d = liveData();
    const ScoreOptions options = sentiment ? defaultScoreOptions() : ScoreOptions();
    for (auto _ : state) {
        auto scores = ScoreEngine::score(d.doc->store(), d.doc->workspace(), d.journey, {}, options);
        benchmark::DoNotOptimize(scores->journey.n);
    }
}

} // namespace

BENCHMARK(load)->Name("Live/Load")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(attachThenUndo)->Name("Live/AttachThenUndo")->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2);
BENCHMARK(trend)->Name("Live/TrendOfStagesByMonth")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(fullScore, WithSentiment, true)
    ->Name("Reference/FullScore")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK_CAPTURE(fullScore, NoSentiment, false)
    ->Name("Reference/FullScoreNoSentiment")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"waymark-bench"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
