// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmarks for export (not run by ctest):
//   build/bench/bench/bench_export [--benchmark_filter=...]
//  - Report/SampleWorkshop: the sample workshop's report (scores of every journey, persona
//    sheets, empathy and stakeholder maps, journey map, tables, charts, appendix) to PDF,
//    from an open document. Target: < 2 s.
//  - Report/Cli: the same through `waymark-cli export --pdf` (process start, open, write).
//  - Poster/400Cards: one journey of 400 cards (10 stages × 8 lanes × 5 cards, 50
//    touchpoints with feedback and transitions) laid out and written as a one-page PDF.
//    Target: < 1 s and well under 5 MB (counter "bytes").
//  - Reference/QTextDocument400Cards: the reference, Qt's own rich-text engine typesetting
//    the same 400 cards' text (QTextDocument::print into a QPdfWriter), same run.
#include "document/Document.h"
#include "export/ExportCanvas.h"
#include "export/ExportContext.h"
#include "export/JourneyPosterPainter.h"
#include "export/PosterPdf.h"
#include "export/ReportPdf.h"
#include "interchange/WorkspaceData.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>

#include <benchmark/benchmark.h>

using namespace waymark;
using namespace Qt::StringLiterals;

namespace {

/// The benchmark's files; WAYMARK_BENCH_KEEP=1 keeps them to look at.
QTemporaryDir &workDir()
{
    static QTemporaryDir dir = [] {
        QTemporaryDir d;
        d.setAutoRemove(!qEnvironmentVariableIsSet("WAYMARK_BENCH_KEEP"));
        return d;
    }();
    return dir;
}

QString cliPath()
{
    return QCoreApplication::applicationDirPath() + u"/../app/waymark-cli"_s;
}

bool runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, workDir().filePath(u"xdg"_s));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString sampleWorkshop()
{
    static const QString path = [] {
        const QString p = workDir().filePath(u"gardenworld.waymark"_s);
        runCli({u"new"_s, p, u"--template"_s, u"ecommerce-purchase"_s});
        runCli({u"import"_s, p, QStringLiteral(WAYMARK_SOURCE_DIR) + u"/resources/samples/ecommerce-feedback.csv"_s});
        return p;
    }();
    return path;
}

/// One journey of 400 cards with feedback on its 50 touchpoints.
QString bigJourney()
{
    static const QString path = [] {
        QRandomGenerator rng(7);
        WorkspaceData d;
        d.workspace.name = u"Benchmark"_s;
        qint64 id = 1;
        const JourneyId j(id++);
        d.workspace.journeys.append(Journey{j, u"400 cards"_s, u"A large journey for the export benchmark."_s,
                                            JourneyCategory::UseOwning, {}, JourneyVariant::AsIs});
        QList<StageId> stages;
        for (int s = 0; s < 10; ++s) {
            stages << StageId(id++);
            d.workspace.stages.append(Stage{stages.back(), j, u"Stage %1"_s.arg(s + 1), {}, {}});
        }
        const LaneKind kinds[] = {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                                  LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners};
        QList<LaneId> lanes;
        for (const LaneKind k : kinds) {
            lanes << LaneId(id++);
            d.workspace.lanes.append(Lane{lanes.back(), j, u"Lane %1"_s.arg(lanes.size()), k, {}, false});
        }
        QList<TouchpointId> touchpoints;
        for (int s = 0; s < 10; ++s)
            for (int l = 0; l < 8; ++l)
                for (int c = 0; c < 5; ++c) {
                    Touchpoint t;
                    t.id = TouchpointId(id++);
                    t.journeyId = j;
                    t.stageId = stages[s];
                    t.laneId = lanes[l];
                    t.title = u"Card %1.%2.%3: what happens here"_s.arg(s + 1).arg(l + 1).arg(c + 1);
                    t.description = u"The customer compares delivery options, reads the returns policy and "
                                    "checks whether the voucher still applies before paying."_s;
                    if (kinds[l] == LaneKind::Touchpoints) {
                        t.channel = Channel::Web;
                        t.owner = u"E-Commerce"_s;
                        t.assumedEmotion = int(rng.bounded(5)) - 2;
                        touchpoints << t.id;
                    }
                    d.workspace.touchpoints.append(t);
                }
        for (qsizetype i = 0; i + 1 < touchpoints.size(); ++i)
            d.workspace.transitions.append(Transition{TransitionId(id++), j, touchpoints[i], touchpoints[i + 1],
                                                      double(10000 - 150 * i)});
        d.sources << FeedbackSource{FeedbackSourceId(id++), u"bench"_s, u"generic"_s, u"bench.csv"_s,
                                    u"2026-01-01T00:00:00Z"_s, {}, {}};
        qint64 item = 1;
        for (const TouchpointId tp : touchpoints)
            for (int k = 0; k < 40; ++k) {
                FeedbackItem f;
                f.id = FeedbackItemId(item++);
                f.sourceId = d.sources.front().id;
                f.responseId = QString::number(f.id.value);
                f.date = u"2026-03-%1"_s.arg(1 + k % 28, 2, 10, QLatin1Char('0'));
                f.nps = int(rng.bounded(11));
                f.csat = 1 + int(rng.bounded(5));
                d.feedback << f;
                d.attachments << AttachmentPair{f.id, tp};
            }
        const QString p = workDir().filePath(u"big.waymark"_s);
        auto store = WorkspaceStore::create(p);
        if (store)
            (void)d.writeTo(**store);
        return p;
    }();
    return path;
}

void reportSampleWorkshop(benchmark::State &state)
{
    auto doc = Document::open(sampleWorkshop(), Document::OpenMode::ReadOnly);
    if (!doc) {
        state.SkipWithError("cannot open the sample workshop");
        return;
    }
    const QString out = workDir().filePath(u"report.pdf"_s);
    int pages = 0;
    for (auto _ : state) {
        auto context = ExportContext::build(**doc);
        auto r = ReportPdf::write(*context, out, {}, {u"Report"_s, u"bench"_s, u"bench"_s, {}});
        pages = r ? *r : 0;
    }
    state.counters["pages"] = pages;
    state.counters["bytes"] = double(QFileInfo(out).size());
}
BENCHMARK(reportSampleWorkshop)->Name("Report/SampleWorkshop")->Unit(benchmark::kMillisecond)->MinTime(3);

void reportCli(benchmark::State &state)
{
    const QString file = sampleWorkshop();
    const QString out = workDir().filePath(u"report-cli.pdf"_s);
    for (auto _ : state)
        if (!runCli({u"export"_s, file, u"--pdf"_s, out}))
            state.SkipWithError("waymark-cli export failed");
}
BENCHMARK(reportCli)->Name("Report/Cli")->Unit(benchmark::kMillisecond)->MinTime(3)->UseRealTime();

void poster400(benchmark::State &state)
{
    auto doc = Document::open(bigJourney(), Document::OpenMode::ReadOnly);
    if (!doc) {
        state.SkipWithError("cannot open the generated journey");
        return;
    }
    auto context = ExportContext::build(**doc);
    const QString out = workDir().filePath(u"poster.pdf"_s);
    for (auto _ : state) {
        const JourneyPosterPainter poster(*context->workspace, context->workspace->journeys.items().first().id,
                                          context->scoresOf(context->workspace->journeys.items().first().id),
                                          JourneyCanvas::posterInfo(*context, context->workspace->journeys.items().first().id));
        (void)PosterPdf::write(poster, out, {}, {u"Poster"_s, u"bench"_s, u"bench"_s, {}});
    }
    state.counters["cards"] = double(context->workspace->touchpoints.size());
    state.counters["bytes"] = double(QFileInfo(out).size());
}
BENCHMARK(poster400)->Name("Poster/400Cards")->Unit(benchmark::kMillisecond)->MinTime(3);

void reference400(benchmark::State &state)
{
    auto doc = Document::open(bigJourney(), Document::OpenMode::ReadOnly);
    if (!doc) {
        state.SkipWithError("cannot open the generated journey");
        return;
    }
    QString html;
    for (const Touchpoint &t : (*doc)->workspace().touchpoints)
        html += u"<p><b>"_s + t.title.toHtmlEscaped() + u"</b><br>"_s + t.description.toHtmlEscaped() + u"</p>"_s;
    const QString out = workDir().filePath(u"reference.pdf"_s);
    for (auto _ : state) {
        QTextDocument text;
        text.setDefaultFont(QFont(u"DejaVu Sans"_s, 8));
        text.setHtml(html);
        QPdfWriter writer(out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        text.print(&writer);
    }
    state.counters["bytes"] = double(QFileInfo(out).size());
}
BENCHMARK(reference400)->Name("Reference/QTextDocument400Cards")->Unit(benchmark::kMillisecond)->MinTime(3);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
