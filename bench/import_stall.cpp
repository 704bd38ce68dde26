// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long the window's event loop is blocked while the GUI imports the benchmark export
// (docs/benchmarks.md, Import). Run on demand, never by ctest:
//
//   build/bench/bench/import-stall WORKSPACE.waymark EXPORT.csv
//
// Opens WORKSPACE in the full main window (navigator, editor tabs, feedback dock, issues),
// shows the journey and the feedback browser, imports EXPORT with --create-touchpoints
// semantics through FeedbackImportJob (the wizard's path), and prints the longest gap
// between 5 ms timer ticks, from the start of the job until the document has taken the
// import and the views have refreshed, with where it happened.

#include "document/Document.h"
#include "import/FeedbackImportJob.h"
#include "shell/DocumentController.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace waymark;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: import-stall WORKSPACE.waymark EXPORT.csv\n");
        return 2;
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "could not open %s\n", argv[1]);
        return 1;
    }
    Document *doc = window.controller()->document();
    {
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
    }

    FeedbackImportJob job(doc);
    QElapsedTimer clock;
    qint64 last = 0, worst = 0, worstAt = 0, finishedAt = -1, lastCpu = 0, worstCpu = 0;
    qint64 takeWorst = 0, takeWorstCpu = 0; // from the end of the import on: the document takes it
    // CPU time of this thread: a gap with little of it was spent waiting (for the disk, a
    // lock or a core), not working.
    const auto threadCpuUs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
    };
    QList<qint64> gaps;
    QTimer tick;
    tick.setInterval(5);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuUs();
        gaps.append(now - last);
        if (now - last > worst) {
            worst = now - last;
            worstAt = now;
            worstCpu = (cpu - lastCpu) / 1000;
        }
        if (finishedAt >= 0 && now - last > takeWorst) {
            takeWorst = now - last;
            takeWorstCpu = (cpu - lastCpu) / 1000;
        }
        last = now;
        lastCpu = cpu;
    });
    QObject::connect(&job, &FeedbackImportJob::finished, [&] { finishedAt = clock.elapsed(); });
    ImportOptions options;
    options.createTouchpoints = true;
    options.journey = QStringLiteral("Benchmark");
    clock.start();
    lastCpu = threadCpuUs();
    tick.start();
    if (!job.start(QString::fromLocal8Bit(argv[2]), options)) {
        std::fprintf(stderr, "could not start: %s\n", qPrintable(job.error().text()));
        return 1;
    }
    QEventLoop loop;
    QObject::connect(&job, &FeedbackImportJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    // The views refresh after the document took the import: measured too.
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    if (!job.succeeded()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(job.error().text()));
        return 1;
    }
    std::sort(gaps.begin(), gaps.end());
    const auto at = [&](double q) { return gaps.isEmpty() ? 0 : gaps[qsizetype(double(gaps.size() - 1) * q)]; };
    std::printf("imported %lld rows in %lld ms; %lld ticks of 5 ms; longest gap %lld ms (%lld ms of it working), "
                "ending at %lld ms (%s); 99th percentile %lld ms; gaps over 50 ms: %lld\n",
                job.report()->imported, finishedAt, qint64(gaps.size()), worst, worstCpu, worstAt,
                worstAt >= finishedAt ? "after the import, while the document takes it" : "during the import",
                at(0.99), qint64(std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 50; })));
    std::printf("while the document takes the import and the views refresh: longest gap %lld ms (%lld ms of it "
                "working)\n",
                takeWorst, takeWorstCpu);
    return 0;
}
