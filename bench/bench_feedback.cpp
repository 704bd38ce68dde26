// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmarks for feedback at scale (not run by ctest):
//   build/release/bench/bench_feedback [--benchmark_filter=...]
// WAYMARK_BENCH_ROWS sets the size of the generated export (default 1,000,000).
//  - Import/WaymarkCli: `waymark-cli import --create-touchpoints` of the export into a new
//    workspace (parse, map, normalise, deduplicate, attach, store, atomic save).
//  - Import/Sqlite3Cli: the reference, `sqlite3 NEW.db ".import --csv FILE t"`, same file.
//  - Open/DocumentOpen: Document::open of the imported workspace (working copy + model).
#include "BenchExport.h"
#include "document/Document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace waymark;
using waymark::bench::BenchExport;

namespace {

QString cliPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../app/waymark-cli");
}

bool runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString importedWorkspace()
{
    static const QString path = [] {
        const QString p = BenchExport::workDir().filePath(QStringLiteral("imported.waymark"));
        runProcess(cliPath(), {QStringLiteral("new"), p, QStringLiteral("--force")});
        runProcess(cliPath(), {QStringLiteral("import"), p, BenchExport::file(), QStringLiteral("--create-touchpoints"),
                               QStringLiteral("--journey"), QStringLiteral("Benchmark")});
        return p;
    }();
    return path;
}

void importWaymark(benchmark::State &state)
{
    const QString csv = BenchExport::file();
    const QString target = BenchExport::workDir().filePath(QStringLiteral("bench.waymark"));
    for (auto _ : state) {
        state.PauseTiming();
        runProcess(cliPath(), {QStringLiteral("new"), target, QStringLiteral("--force")});
        state.ResumeTiming();
        if (!runProcess(cliPath(), {QStringLiteral("import"), target, csv, QStringLiteral("--create-touchpoints"),
                                    QStringLiteral("--journey"), QStringLiteral("Benchmark")}))
            state.SkipWithError("waymark-cli import failed");
    }
    state.counters["rows"] = double(BenchExport::rows());
}

void importSqlite3(benchmark::State &state)
{
    const QString csv = BenchExport::file();
    const QString target = BenchExport::workDir().filePath(QStringLiteral("reference.db"));
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(target);
        state.ResumeTiming();
        if (!runProcess(QStringLiteral("sqlite3"), {target, QStringLiteral(".import --csv %1 t").arg(csv)}))
            state.SkipWithError("sqlite3 .import failed");
    }
    state.counters["rows"] = double(BenchExport::rows());
}

void openDocument(benchmark::State &state)
{
    const QString path = importedWorkspace();
    for (auto _ : state) {
        auto doc = Document::open(path);
        if (!doc) {
            state.SkipWithError(qPrintable(doc.error().text()));
            break;
        }
        benchmark::DoNotOptimize((*doc)->workspace().touchpoints.size());
        state.PauseTiming();
        (*doc)->close();
        doc->reset();
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(importWaymark)->Name("Import/WaymarkCli")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(importSqlite3)->Name("Import/Sqlite3Cli")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(openDocument)->Name("Open/DocumentOpen")->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    qputenv("XDG_DATA_HOME", BenchExport::workDir().filePath(QStringLiteral("xdg")).toUtf8());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
