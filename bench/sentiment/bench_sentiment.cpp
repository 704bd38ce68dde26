// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand throughput of the sentiment analyser (not run by ctest), in comments per second:
//   WAYMARK_SENTIMENT_COMMENTS=comments.txt build/bench/bench/bench_sentiment
// The file holds one comment per line; bench/sentiment/run.sh passes the labelled English and
// German comments it also gives the npm `sentiment` and `vader-sentiment` packages, and
// prints the ratios. Without the variable a small built-in mix is used.
//  - Sentiment/Analyze: what `waymark-cli sentiment --format json` computes per line:
//    language detection, compound, shares, effort and intent cues.
//  - Sentiment/Compound: the compound score alone (the score engine's per-comment hook).
//  - Sentiment/DetectLanguage: tokenising and language detection only.
#include "sentiment/LanguageDetector.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QFile>
#include <QStringList>

#include <benchmark/benchmark.h>

using namespace waymark;

namespace {

const QStringList &comments()
{
    static const QStringList list = [] {
        QStringList out;
        QFile f(qEnvironmentVariable("WAYMARK_SENTIMENT_COMMENTS"));
        if (!f.fileName().isEmpty() && f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    out << QString::fromUtf8(line);
        }
        if (out.isEmpty()) {
            const QStringList mix = {
                QStringLiteral("The staff were friendly but the checkout was slow."),
                QStringLiteral("Waited on hold for 40 minutes, I will cancel my subscription!!"),
                QStringLiteral("Great product, would recommend :)"),
                QStringLiteral("Die Lieferung kam schnell und gut verpackt an."),
                QStringLiteral("Der Service war nicht gut, aber die Beratung war freundlich."),
                QStringLiteral("Hat ewig gedauert 😡"),
            };
            for (int i = 0; i < 1000; ++i)
                out << mix;
        }
        return out;
    }();
    return list;
}

void analyze(benchmark::State &state)
{
    const SentimentAnalyzer analyzer;
    const QStringList &texts = comments();
    for (auto _ : state)
        for (const QString &t : texts)
            benchmark::DoNotOptimize(analyzer.analyze(t));
    state.SetItemsProcessed(state.iterations() * texts.size());
}

void compound(benchmark::State &state)
{
    const SentimentAnalyzer analyzer;
    const QStringList &texts = comments();
    for (auto _ : state)
        for (const QString &t : texts)
            benchmark::DoNotOptimize(analyzer.compound(t));
    state.SetItemsProcessed(state.iterations() * texts.size());
}

void detectLanguage(benchmark::State &state)
{
    const auto lexicon = SentimentLexicon::builtIn();
    const QStringList &texts = comments();
    for (auto _ : state)
        for (const QString &t : texts)
            benchmark::DoNotOptimize(LanguageDetector::detect(t, *lexicon));
    state.SetItemsProcessed(state.iterations() * texts.size());
}

} // namespace

BENCHMARK(analyze)->Name("Sentiment/Analyze")->Unit(benchmark::kMillisecond);
BENCHMARK(compound)->Name("Sentiment/Compound")->Unit(benchmark::kMillisecond);
BENCHMARK(detectLanguage)->Name("Sentiment/DetectLanguage")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
