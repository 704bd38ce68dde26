// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// On-demand benchmarks of the journey canvas (not run by ctest):
//   QT_QPA_PLATFORM=offscreen build/bench/bench/bench_canvas
// A journey of 12 stages × 8 lanes × 400 cards with 150 transitions:
//  - Canvas/Open: JourneyEditorPage built, laid out and shown (target < 300 ms).
//  - Canvas/Repaint: a full repaint of the visible view at 1920×1080 (target < 8 ms).
//  - Canvas/ScrollStep: one step of scrolling (40 px) and the repaint it causes.
//  - Canvas/ZoomStep: one zoom step (Ctrl+wheel) and its repaint, where every card and
//    arrow on screen is drawn anew into its cache.
//  - Canvas/DragMove: the cost of one pointer move while dragging a card (display rate:
//    well under 16 ms).
//  - Reference/QWidgetRepaint: a plain QWidget filling 1920×1080, the floor of a repaint
//    on this machine.
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "journey/JourneyView.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>
#include <QWidget>

#include <benchmark/benchmark.h>

using namespace waymark;

namespace {

/// A workspace with one large journey, built directly as data.
std::unique_ptr<Document> largeJourney(JourneyId *journeyId)
{
    WorkspaceData data;
    Workspace &w = data.workspace;
    qint64 next = 1;
    Journey j;
    j.id = JourneyId(next++);
    j.name = QStringLiteral("Large journey");
    w.journeys.append(j);
    QList<StageId> stages;
    QList<LaneId> lanes;
    for (int s = 0; s < 12; ++s) {
        Stage st;
        st.id = StageId(next++);
        st.journeyId = j.id;
        st.name = QStringLiteral("Stage %1").arg(s + 1);
        w.stages.append(st);
        stages << st.id;
    }
    const LaneKind kinds[] = {LaneKind::Actions, LaneKind::Touchpoints, LaneKind::Thoughts, LaneKind::Emotions,
                              LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Backstage, LaneKind::Owners};
    for (LaneKind k : kinds) {
        Lane l;
        l.id = LaneId(next++);
        l.journeyId = j.id;
        l.laneKind = k;
        l.name = QStringLiteral("Lane");
        w.lanes.append(l);
        lanes << l.id;
    }
    QRandomGenerator rng(42);
    QList<QList<TouchpointId>> byStage(12);
    for (int i = 0; i < 400; ++i) {
        Touchpoint t;
        t.id = TouchpointId(next++);
        t.journeyId = j.id;
        t.stageId = stages[i % 12];
        t.laneId = lanes[(i / 12) % 8];
        t.title = QStringLiteral("Card %1: customers compare delivery options and read the reviews before they decide").arg(i);
        t.channel = Channel(1 + i % 9);
        t.owner = QStringLiteral("Team %1").arg(i % 7);
        t.severity = i % 4;
        t.momentOfTruth = i % 13 == 0;
        t.assumedEmotion = int(rng.bounded(5)) - 2;
        w.touchpoints.append(t);
        if (t.laneId == lanes[1])
            byStage[i % 12] << t.id;
    }
    const int transitions = qEnvironmentVariableIsSet("WAYMARK_BENCH_TRANSITIONS") ? qEnvironmentVariableIntValue("WAYMARK_BENCH_TRANSITIONS") : 150;
    for (int i = 0; i < transitions; ++i) {
        Transition tr;
        tr.id = TransitionId(next++);
        tr.journeyId = j.id;
        // As journeys do: mostly on to the same or the next stage, some loops back.
        const int s = int(rng.bounded(11));
        const int step = rng.bounded(10) < 8 ? int(rng.bounded(2)) : -int(rng.bounded(1, 3));
        const int t = qBound(0, s + step, 11);
        tr.from = byStage[s][int(rng.bounded(byStage[s].size()))];
        tr.to = byStage[t][int(rng.bounded(byStage[t].size()))];
        tr.volume = rng.bounded(5000);
        w.transitions.append(tr);
    }
    *journeyId = j.id;
    auto doc = Document::create(&data);
    return doc ? std::move(*doc) : nullptr;
}

void openCanvas(benchmark::State &state)
{
    JourneyId id;
    auto doc = largeJourney(&id);
    for (auto _ : state) {
        JourneyEditorPage page(doc.get(), id.value);
        page.refreshNow();
        page.resize(1920, 1080);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        page.view()->viewport()->repaint();
        benchmark::DoNotOptimize(page.scene()->items().size());
    }
}
BENCHMARK(openCanvas)->Name("Canvas/Open")->Unit(benchmark::kMillisecond)->Iterations(5);

void repaintCanvas(benchmark::State &state)
{
    JourneyId id;
    auto doc = largeJourney(&id);
    JourneyScene scene(doc.get(), id);
    JourneyView view(&scene);
    view.resize(1920, 1080);
    view.show();
    view.setZoom(state.range(0) / 100.0);
    scene.relayoutNow();
    QCoreApplication::processEvents();
    // The viewport's paint event into an image: items, their caches, background and the
    // headers, without the platform's flush (which the reference pays just the same).
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        view.viewport()->render(&target);
}
BENCHMARK(repaintCanvas)->Name("Canvas/Repaint")->Arg(100)->Arg(50)->Arg(25)->Unit(benchmark::kMillisecond);

void scrollStep(benchmark::State &state)
{
    JourneyId id;
    auto doc = largeJourney(&id);
    JourneyScene scene(doc.get(), id);
    JourneyView view(&scene);
    view.resize(1920, 1080);
    view.show();
    view.setZoom(1.0);
    scene.relayoutNow();
    QCoreApplication::processEvents();
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = view.horizontalScrollBar();
    int step = 40;
    for (auto _ : state) {
        if (bar->value() + step > bar->maximum() || bar->value() + step < bar->minimum())
            step = -step;
        bar->setValue(bar->value() + step);
        view.viewport()->render(&target);
    }
}
BENCHMARK(scrollStep)->Name("Canvas/ScrollStep")->Unit(benchmark::kMillisecond);

void zoomStep(benchmark::State &state)
{
    JourneyId id;
    auto doc = largeJourney(&id);
    JourneyScene scene(doc.get(), id);
    JourneyView view(&scene);
    view.resize(1920, 1080);
    view.show();
    scene.relayoutNow();
    QCoreApplication::processEvents();
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    bool in = true;
    for (auto _ : state) {
        view.setZoom(in ? 1.15 : 1.0);
        in = !in;
        view.viewport()->render(&target);
    }
}
BENCHMARK(zoomStep)->Name("Canvas/ZoomStep")->Unit(benchmark::kMillisecond);

void dragMove(benchmark::State &state)
{
    JourneyId id;
    auto doc = largeJourney(&id);
    JourneyEditorPage page(doc.get(), id.value);
    page.refreshNow();
    page.resize(1920, 1080);
    page.show();
    (void)QTest::qWaitForWindowExposed(&page);
    JourneyView *view = page.view();
    view->setZoom(0.5);
    JourneyScene *scene = page.scene();
    scene->relayoutNow();
    const Touchpoint &t = doc->workspace().touchpoints.items().at(13);
    const QPoint start = view->mapFromScene(scene->cardRect(t.id).center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view->viewport(), start + QPoint(20, 20));
    QImage target(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        // Each iteration: one pointer move and the repaint it causes.
        const QPoint p = start + QPoint(20 + (step % 400), 20 + (step % 300));
        ++step;
        QTest::mouseMove(view->viewport(), p);
        view->viewport()->render(&target);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + QPoint(20, 20));
}
BENCHMARK(dragMove)->Name("Canvas/DragMove")->Unit(benchmark::kMillisecond);

/// The floor: a plain widget of the same size painting 60 wrapped sticky notes.
class PlainCards : public QWidget
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), Qt::white);
        for (int i = 0; i < 60; ++i) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0xf5, 0x9d));
            p.drawRoundedRect(QRectF(20 + (i % 10) * 190, 20 + (i / 10) * 170, 170, 150), 8, 8);
            p.setPen(Qt::black);
            p.drawText(QRectF(30 + (i % 10) * 190, 30 + (i / 10) * 170, 150, 130), Qt::TextWordWrap,
                       QStringLiteral("Customers compare delivery options and read the reviews"));
        }
    }
};

void referenceRepaint(benchmark::State &state)
{
    PlainCards widget;
    widget.resize(1920, 1080);
    widget.show();
    QCoreApplication::processEvents();
    QImage target(widget.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        widget.render(&target);
}
BENCHMARK(referenceRepaint)->Name("Reference/PlainWidget60Cards")->Unit(benchmark::kMillisecond);

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
