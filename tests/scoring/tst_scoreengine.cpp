// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The score engine on real workspaces: pooled roll-ups, filters, reach, priorities, the
// CLI's output against plain SQL, and incremental updates against a full reload.
#include "CliProcess.h"
#include "ScoringFixture.h"
#include "interchange/TemplateLibrary.h"
#include "scoring/JourneyGraph.h"
#include "scoring/ScoreAccumulator.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoreFormat.h"
#include "storage/WorkspaceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

// Cards of the template "ecommerce-purchase" beyond those ScoringFixture.h names.
constexpr qint64 kPainPointCard = 130; // a pain point in the purchase stage
constexpr int kScoredTouchpoints = 14; // cards in the lane of kind "touchpoints"

using Run = waymark::test::CliRun;
using namespace waymark::test;

const ScoreRow *rowOf(const QList<ScoreRow> &rows, qint64 touchpointOrStage)
{
    for (const ScoreRow &r : rows)
        if (r.touchpointId.value == touchpointOrStage || (!r.touchpointId.isValid() && r.stageId.value == touchpointOrStage))
            return &r;
    return nullptr;
}

/// A small hand-made journey: one stage, one touchpoints lane, cards A, B, C, ….
struct SmallJourney
{
    Workspace ws;
    JourneyId journey{1};
    QHash<QString, TouchpointId> ids;

    explicit SmallJourney(const QStringList &names)
    {
        ws.journeys.append(Journey{journey, u"Small"_s, {}, JourneyCategory::UseOwning, {}, JourneyVariant::AsIs});
        ws.stages.append(Stage{StageId(2), journey, u"Only stage"_s, {}, {}});
        ws.lanes.append(Lane{LaneId(3), journey, u"Touchpoints"_s, LaneKind::Touchpoints, {}, false});
        qint64 next = 10;
        for (const QString &name : names) {
            Touchpoint t;
            t.id = TouchpointId(next++);
            t.journeyId = journey;
            t.stageId = StageId(2);
            t.laneId = LaneId(3);
            t.title = name;
            ws.touchpoints.append(t);
            ids.insert(name, t.id);
        }
    }
    void edge(const QString &from, const QString &to, std::optional<double> volume)
    {
        static qint64 next = 1000;
        ws.transitions.append(Transition{TransitionId(next++), journey, ids.value(from), ids.value(to), volume});
    }
    std::optional<double> reach(const ReachResult &r, const QString &name) const { return r.reachOf(ids.value(name)); }
};

// The formulas of SCORING.md written out again, independently of core/scoring, for the
// comparison with the CLI.
double npsOf(double p, double d, double n)
{
    return 100 * (p - d) / n;
}
std::pair<double, double> adjustedWald(double p, double d, double n)
{
    const double n1 = n + 3, pp = (p + 0.75) / n1, dd = (d + 0.75) / n1, diff = pp - dd;
    const double half = 1.959964 * std::sqrt((pp + dd - diff * diff) / n1);
    return {std::max(-100.0, 100 * (diff - half)), std::min(100.0, 100 * (diff + half))};
}
std::pair<double, double> wilsonPercent(double x, double n)
{
    const double z = 1.959964, p = x / n, den = 1 + z * z / n;
    const double c = (p + z * z / (2 * n)) / den, h = z / den * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return {100 * std::max(0.0, c - h), 100 * std::min(1.0, c + h)};
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestScoreEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"w%1.waymark"_s.arg(++m_files)); }

    Run cli(const QStringList &args) { return waymark::test::runCli(args, m_dir.filePath(u"xdg"_s)); }

    static JourneyId journeyOf(const WorkspaceStore &store)
    {
        return store.loadWorkspace()->journeys.items().constFirst().id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"xdg"_s)));
    }

    void onlyTouchpointLanesGetRows()
    {
        auto store = makeStore(newPath(), {feedback(1, 9)}, {{1, kActionsCard}, {1, kPainPointCard}});
        const Workspace ws = *store->loadWorkspace();
        auto scores = ScoreEngine::score(*store, ws, journeyOf(*store));
        QVERIFY2(scores, qPrintable(scores.ok() ? QString() : scores.error().text()));
        QCOMPARE(scores->touchpoints.size(), kScoredTouchpoints);
        QVERIFY(!rowOf(scores->touchpoints, kActionsCard));
        QVERIFY(!rowOf(scores->touchpoints, kPainPointCard));
        // Feedback on sticky notes is not evidence for a stage either.
        QCOMPARE(rowOf(scores->stages, kStagePurchase)->n, 0);
        QCOMPARE(scores->journey.n, 0);
        QCOMPARE(scores->stages.size(), 6);
    }

    void stageRollUpPoolsDistinctItems()
    {
        // Item 1 (NPS 10) on cart and checkout, item 2 (NPS 0) on checkout, item 3 (NPS 10)
        // on checkout and on tracking (another stage), item 4 (NPS 5) on tracking only.
        // Purchase stage: distinct items 1, 2, 3 → P = 2, D = 1, n = 3 → NPS 33.3.
        // Summing the touchpoints instead would count 1 twice: cart {1}, checkout {1,2,3}
        // → P = 3, D = 1, n = 4 → NPS 50, which is wrong.
        // Journey: items 1..4 once each → P = 2, D = 2 → NPS 0.
        auto store = makeStore(newPath(), {feedback(1, 10), feedback(2, 0), feedback(3, 10), feedback(4, 5)},
                               {{1, kCart}, {1, kCheckout}, {2, kCheckout}, {3, kCheckout}, {3, kTracking}, {4, kTracking}});
        const Workspace ws = *store->loadWorkspace();
        const JourneyScores s = *ScoreEngine::score(*store, ws, journeyOf(*store));
        const ScoreRow *purchase = rowOf(s.stages, kStagePurchase);
        QCOMPARE(purchase->n, 3);
        QCOMPARE(purchase->nps.n, 3);
        QCOMPARE(purchase->nps.promoters, 2);
        QCOMPARE(purchase->nps.detractors, 1);
        QVERIFY(close(*purchase->nps.value, 100.0 / 3));
        QCOMPARE(rowOf(s.touchpoints, kCheckout)->nps.n, 3);
        QCOMPARE(rowOf(s.touchpoints, kCart)->nps.n, 1);
        const ScoreRow *deliver = rowOf(s.stages, kStageDeliver);
        QCOMPARE(deliver->nps.n, 2);
        QCOMPARE(*deliver->nps.value, 0.0);
        QCOMPARE(s.journey.n, 4);
        QCOMPARE(s.journey.nps.promoters, 2);
        QCOMPARE(s.journey.nps.detractors, 2);
        QCOMPARE(*s.journey.nps.value, 0.0);
        QCOMPARE(*s.primaryMetric, Metric::Nps); // no CSAT answers, so NPS is the first available
    }

    void filters_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<qint64>("source");
        QTest::addColumn<QList<qint64>>("expected"); // item ids counted at checkout
        QTest::newRow("none") << QString() << QString() << QString() << QString() << qint64(0)
                              << QList<qint64>{1, 2, 3, 4, 5, 6};
        // The date compares on its first 10 characters: 2026-02-28T23:59 is on the 28th.
        QTest::newRow("february") << u"2026-02-01"_s << u"2026-02-28"_s << QString() << QString() << qint64(0)
                                  << QList<qint64>{2, 3, 4};
        QTest::newRow("from only") << u"2026-02-28"_s << QString() << QString() << QString() << qint64(0)
                                   << QList<qint64>{3, 5};
        // An item without a date is outside every date range.
        QTest::newRow("to only") << QString() << u"2026-02-01"_s << QString() << QString() << qint64(0)
                                 << QList<qint64>{1, 2};
        QTest::newRow("channel, any case") << QString() << QString() << u"web"_s << QString() << qint64(0)
                                           << QList<qint64>{1, 3, 6};
        QTest::newRow("segment") << QString() << QString() << QString() << u"Gardeners"_s << qint64(0)
                                 << QList<qint64>{2, 3};
        QTest::newRow("source") << QString() << QString() << QString() << QString() << qint64(2)
                                << QList<qint64>{5, 6};
        QTest::newRow("all at once") << u"2026-02-01"_s << u"2026-03-31"_s << u"WEB"_s << u"gardeners"_s << qint64(1)
                                     << QList<qint64>{3};
    }
    void filters()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, channel);
        QFETCH(QString, segment);
        QFETCH(qint64, source);
        QFETCH(QList<qint64>, expected);
        struct Spec { const char *date, *channel, *segment; qint64 source; };
        const Spec specs[] = {{"2026-01-15T10:00:00Z", "Web", "Balcony", 1}, {"2026-02-01", "App", "Gardeners", 1},
                              {"2026-02-28T23:59:00", "web", "gardeners", 1}, {"2026-02-10", "Phone", "", 1},
                              {"2026-03-01", "Email", "Balcony", 2},       {"", "WEB", "", 2}};
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        for (qint64 i = 1; i <= 6; ++i) {
            FeedbackItem f = feedback(i, int(i)); // NPS = id, so the set of items is visible in the histogram
            f.date = QString::fromLatin1(specs[i - 1].date);
            f.channel = QString::fromLatin1(specs[i - 1].channel);
            f.segment = QString::fromLatin1(specs[i - 1].segment);
            f.sourceId = FeedbackSourceId(specs[i - 1].source);
            items << f;
            pairs << std::pair{i, kCheckout};
        }
        auto store = makeStore(newPath(), items, pairs);
        const Workspace ws = *store->loadWorkspace();
        ScoreFilter filter{from, to, channel, segment, {}};
        if (source)
            filter.source = FeedbackSourceId(source);
        auto counts = ScoreEngine::loadCounts(*store, ws, journeyOf(*store), filter);
        QVERIFY(counts);
        const stats::Histogram &h = counts->touchpoints.value(kCheckout);
        QList<qint64> got;
        for (int v = 0; v <= 10; ++v)
            if (h.nps(v))
                got << v;
        QCOMPARE(got, expected);
        QCOMPARE(counts->stages.value(kStagePurchase), h);
        QCOMPARE(counts->journeyTotal, h);
    }

    void badFilterDatesAreRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a date") << u"yesterday"_s << QString() << u"--from “yesterday” is not a date"_s;
        QTest::newRow("no such day") << QString() << u"2026-02-30"_s << u"--to “2026-02-30” is not a date"_s;
        QTest::newRow("not ISO") << u"01.02.2026"_s << QString() << u"--from “01.02.2026” is not a date"_s;
        QTest::newRow("reversed") << u"2026-03-01"_s << u"2026-02-01"_s << u"--from 2026-03-01 is after --to 2026-02-01"_s;
    }
    void badFilterDatesAreRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const auto r = ScoreFilter{from, to, {}, {}, {}}.validate();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void reachWithoutVolumesIsOne()
    {
        SmallJourney j({u"A"_s, u"B"_s, u"C"_s});
        j.edge(u"A"_s, u"B"_s, std::nullopt);
        j.edge(u"B"_s, u"C"_s, std::nullopt);
        const ReachResult r = JourneyGraph::reach(j.ws, j.journey);
        QVERIFY(!r.volumesKnown);
        for (const QString &n : {u"A"_s, u"B"_s, u"C"_s})
            QCOMPARE(*j.reach(r, n), 1.0);
    }

    void reachWithALoop()
    {
        // A → B 100; B → C 60, B → D 40; D → B 10, D → E 30 (a loop B → D → B).
        // Customers at B: max(in 100 + 10, out 100) = 110; at D: max(40, 40) = 40.
        // P: A→B 1; B→C 60/110, B→D 40/110 (10/110 drop off at B); D→B 0.25, D→E 0.75.
        // Entry: A (no predecessor). reach(B) = 1 (everyone passes A → B).
        // reach(D) = 4/11: from B one reaches D only directly (C is an exit).
        // h(C) from B: h = 6/11 + (4/11)·0.25·h → (10/11)·h = 6/11 → h = 0.6.
        // h(E) from B: h = (4/11)·(0.75 + 0.25·h) → (10/11)·h = 3/11 → h = 0.3.
        // These are the observed shares: 60 and 30 of the 100 who entered; the other 10
        // left at B (the ones who came back from D and did not go on).
        SmallJourney j({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"Lonely"_s});
        j.edge(u"A"_s, u"B"_s, 100);
        j.edge(u"B"_s, u"C"_s, 60);
        j.edge(u"B"_s, u"D"_s, 40);
        j.edge(u"D"_s, u"B"_s, 10);
        j.edge(u"D"_s, u"E"_s, 30);
        const ReachResult r = JourneyGraph::reach(j.ws, j.journey);
        QVERIFY(r.volumesKnown);
        QVERIFY(r.problem.isEmpty());
        QVERIFY(close(*j.reach(r, u"A"_s), 1.0));
        QVERIFY(close(*j.reach(r, u"B"_s), 1.0));
        QVERIFY(close(*j.reach(r, u"C"_s), 0.6));
        QVERIFY(close(*j.reach(r, u"D"_s), 4.0 / 11));
        QVERIFY(close(*j.reach(r, u"E"_s), 0.3));
        QVERIFY(!j.reach(r, u"Lonely"_s)); // no transition: reach unknown, not 0
    }

    void reachEntriesShareTheEntryVolume()
    {
        // Two entries: A → C 100, B → C 300; C → D 200 (400 arrive at C, 200 go on, so
        // P(C→D) = 0.5); A → E 100 as well. A leaves with 200: P(A→C) = 0.5, P(A→E) = 0.5.
        // reach(A) = 200/(200 + 300) = 0.4, reach(B) = 0.6, reach(E) = 0.4·0.5 = 0.2,
        // reach(C) = 0.4·0.5 + 0.6 = 0.8, reach(D) = 0.8·0.5 = 0.4 (200 of 500).
        SmallJourney j({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s});
        j.edge(u"A"_s, u"C"_s, 100);
        j.edge(u"A"_s, u"E"_s, 100);
        j.edge(u"B"_s, u"C"_s, 300);
        j.edge(u"C"_s, u"D"_s, 200);
        const ReachResult r = JourneyGraph::reach(j.ws, j.journey);
        QVERIFY(close(*j.reach(r, u"A"_s), 0.4));
        QVERIFY(close(*j.reach(r, u"B"_s), 0.6));
        QVERIFY(close(*j.reach(r, u"C"_s), 0.8));
        QVERIFY(close(*j.reach(r, u"D"_s), 0.4));
        QVERIFY(close(*j.reach(r, u"E"_s), 0.2));
    }

    void reachOfALoopWithoutExitIsUnknown()
    {
        // A → B has no volume (A's only way on, so everyone at A goes to B); B ⇄ C carry 10
        // each way and nothing leaves: whoever reaches B circles for ever.
        SmallJourney j({u"A"_s, u"B"_s, u"C"_s});
        j.edge(u"A"_s, u"B"_s, std::nullopt);
        j.edge(u"B"_s, u"C"_s, 10);
        j.edge(u"C"_s, u"B"_s, 10);
        const ReachResult r = JourneyGraph::reach(j.ws, j.journey);
        QVERIFY(r.reach.isEmpty());
        QVERIFY2(r.problem.contains(u"“B”, “C”"_s) && r.problem.contains(u"never leave"_s), qPrintable(r.problem));
    }

    void reachOfTheTemplate()
    {
        // The template's flow: entries search ad (6,000) and social post (2,500); every
        // visitor of the product page comes from them, so its reach is 1.
        const WorkspaceData data = *TemplateLibrary::load(u"ecommerce-purchase"_s);
        const JourneyId journey = data.workspace.journeys.items().constFirst().id;
        const ReachResult r = JourneyGraph::reach(data.workspace, journey);
        QVERIFY(r.volumesKnown);
        QVERIFY(r.problem.isEmpty());
        QVERIFY(close(*r.reachOf(TouchpointId(109)), 6000.0 / 8500));
        QVERIFY(close(*r.reachOf(TouchpointId(110)), 2500.0 / 8500));
        QVERIFY(close(*r.reachOf(TouchpointId(kProductPage)), 1.0));
        for (const Touchpoint &t : JourneyGraph::scoredTouchpoints(data.workspace, journey)) {
            const auto reach = r.reachOf(t.id);
            QVERIFY2(reach && *reach >= 0 && *reach <= 1, qPrintable(t.title));
        }
    }

    void prioritiesRankAndExplain()
    {
        // Without volumes every reach is 1. CSAT on 1..5, measured = mean − 3.
        // Checkout (assumed +1): 16×2, 16×3, 8×4 → mean 2.8, measured −0.2, gap −1.2,
        //   n = 40, confidence 1 → priority 1·1.2·1 = 1.2.
        // Product page (assumed +1): 30×3, 30×4 → measured +0.5, gap −0.5, n = 60 → 0.5.
        // Payment (assumed 0): 15×2 → measured −1, gap −1, confidence 15/30 → 0.5 (a tie
        //   with the product page, which ranks first because it has more answers).
        // Delivery tracking (assumed −1): 30×2 → measured −1, gap 0 → priority 0.
        // Hotline (assumed −2): 30×4 → measured +1, gap +3 → priority 0.
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        qint64 id = 0;
        auto add = [&](qint64 touchpoint, int count, int csat) {
            for (int i = 0; i < count; ++i) {
                items << feedback(++id, std::nullopt, csat);
                pairs << std::pair{id, touchpoint};
            }
        };
        add(kCheckout, 16, 2);
        add(kCheckout, 16, 3);
        add(kCheckout, 8, 4);
        add(kProductPage, 30, 3);
        add(kProductPage, 30, 4);
        add(kPayment, 15, 2);
        add(kTracking, 30, 2);
        add(kHotline, 30, 4);
        auto store = makeStore(newPath(), items, pairs, [](Workspace &ws) {
            for (const Transition &t : ws.transitions.items()) {
                Transition copy = t;
                copy.volume.reset();
                ws.transitions.replace(copy);
            }
        });
        const Workspace ws = *store->loadWorkspace();
        const JourneyScores s = *ScoreEngine::score(*store, ws, journeyOf(*store));
        QCOMPARE(*s.primaryMetric, Metric::Csat);
        const QList<ScoreRow> ranked = s.priorities();
        QCOMPARE(ranked.size(), kScoredTouchpoints);
        const QList<qint64> order = {kCheckout, kProductPage, kPayment};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(ranked[i].touchpointId.value, order[i]);
        QVERIFY(close(*ranked[0].priority, 1.2));
        QCOMPARE(*ranked[1].priority, 0.5);
        QCOMPARE(*ranked[2].priority, 0.5);
        QCOMPARE(*ranked[3].priority, 0.0);
        QCOMPARE(*ranked[4].priority, 0.0);
        QCOMPARE(ranked[3].touchpointId.value, kTracking); // ties at 0: hotline and tracking both n = 30
        for (int i = 5; i < ranked.size(); ++i)
            QVERIFY2(!ranked[i].priority, qPrintable(ranked[i].touchpoint)); // no CSAT: nothing to rank by

        QCOMPARE(ranked[0].reason, u"Checkout: customers rate it −1.2 below what the team assumes (assumed +1, "
                                   "measured −0.2 from CSAT, n = 40); reach 1.00"_s);
        QCOMPARE(ranked[2].reason, u"Payment: customers rate it −1.0 below what the team assumes (assumed 0, measured "
                                   "−1.0 from CSAT, n = 15); reach 1.00; confidence 0.50 because n = 15 < 30 (tentative); "
                                   "a moment-of-truth candidate: many paths of the journey run through it and "
                                   "customers rate it far below what the team assumes"_s);
        // Payment: every path from the cart to the confirmation runs through it (top quarter
        // of betweenness) and its gap is −1: a candidate. Checkout has a larger gap but the
        // team flagged it already, and the team's flag wins.
        QVERIFY(rowOf(s.touchpoints, kPayment)->flags.contains(u"moment-of-truth-candidate"_s));
        QVERIFY(!rowOf(s.touchpoints, kCheckout)->momentOfTruthCandidate);
        QVERIFY(rowOf(s.touchpoints, kCheckout)->momentOfTruth);
        QCOMPARE(ranked[3].reason, u"Delivery tracking: customers rate it as the team assumes (assumed −1, measured "
                                   "−1.0 from CSAT, n = 30); reach 1.00; no gap to close"_s);
        QCOMPARE(ranked[4].reason, u"Customer service hotline: customers rate it +3.0 above what the team assumes "
                                   "(assumed −2, measured +1.0 from CSAT, n = 30); reach 1.00; no gap to close"_s);
        QCOMPARE(ranked[5].reason, u"Search ad: no CSAT answers attached, so there is no measured emotion to compare"_s);

        // Shortfalls: checkout's CSAT target 80 % vs a top-2 of 8/40 = 20 % → 60 points short.
        const ScoreRow *checkout = rowOf(s.touchpoints, kCheckout);
        QVERIFY(close(checkout->shortfalls.value(u"csat"_s), 60.0));
        QVERIFY(!checkout->shortfalls.contains(u"ces"_s)); // no CES answers
        QVERIFY(close(*checkout->gap, -1.2));
        QCOMPARE(checkout->flags, QStringList{u"moment-of-truth"_s}); // the team flagged it in the template
        QVERIFY(rowOf(s.touchpoints, kPayment)->flags.contains(u"tentative"_s));
    }

    // Worked examples of SCORING.md's experience gap, target shortfall and priority on one
    // touchpoint (reach 1, no transitions), hand-computed:
    //   measured = CSAT mean − 3 (1..5) | NPS/50 | (CES mean − 4)·2/3 (1..7)
    //   gap = measured − assumed; shortfall = target − actual (CSAT top-2 %, NPS, CES mean)
    //   priority = reach × max(0, −gap) × min(1, n/30). Null (nullopt) where there is no data.
    void gapAndPriority_data()
    {
        using O = std::optional<double>;
        QTest::addColumn<QList<int>>("csat");
        QTest::addColumn<QList<int>>("nps");
        QTest::addColumn<QList<int>>("ces");
        QTest::addColumn<std::optional<int>>("assumed");
        QTest::addColumn<QString>("targetMetric");
        QTest::addColumn<double>("target");
        QTest::addColumn<O>("measured");
        QTest::addColumn<O>("gap");
        QTest::addColumn<O>("shortfall");
        QTest::addColumn<O>("confidence");
        QTest::addColumn<O>("priority");
        const QList<int> none;
        // CSAT 2 → measured −1, gap −1 − 1 = −2; confidence 1/30; priority 2/30. Top-2 0 % vs 80 %.
        QTest::newRow("one response") << QList<int>{2} << none << none << std::optional<int>(1) << u"csat"_s << 80.0
                                      << O(-1) << O(-2) << O(80) << O(1.0 / 30) << O(2.0 / 30);
        // CSAT 4, 5, 2: mean 11/3, measured 2/3, gap +2/3 (better than assumed): priority 0.
        // Top-2 2/3 = 66.67 % vs 50 %: −16.67, above the target.
        QTest::newRow("small n, better than assumed")
            << QList<int>{4, 5, 2} << none << none << std::optional<int>(0) << u"csat"_s << 50.0 << O(2.0 / 3)
            << O(2.0 / 3) << O(50 - 200.0 / 3) << O(0.1) << O(0.0);
        // NPS 0, 3, 6, 6: all detractors, NPS −100, measured −2, assumed +2, gap −4;
        // confidence 4/30, priority 4·4/30 = 0.5333. Target NPS 0: 100 short.
        QTest::newRow("all detractors") << none << QList<int>{0, 3, 6, 6} << none << std::optional<int>(2) << u"nps"_s
                                        << 0.0 << O(-2) << O(-4) << O(100) << O(4.0 / 30) << O(16.0 / 30);
        // NPS 9, 10: all promoters, NPS 100, measured +2, assumed −1, gap +3: priority 0.
        QTest::newRow("all promoters") << none << QList<int>{9, 10} << none << std::optional<int>(-1) << u"nps"_s
                                       << 50.0 << O(2) << O(3) << O(-50) << O(2.0 / 30) << O(0.0);
        // CES 1, 1 on 1..7: mean 1, measured (1 − 4)·2/3 = −2, assumed 0, gap −2; 2/30 → 4/30.
        // Target CES mean 5: 4 short.
        QTest::newRow("CES, very hard") << none << none << QList<int>{1, 1} << std::optional<int>(0) << u"ces"_s << 5.0
                                        << O(-2) << O(-2) << O(4) << O(2.0 / 30) << O(4.0 / 30);
        // 30 × CSAT 3: measured 0, assumed +2, gap −2, confidence 1 → priority 2.
        QTest::newRow("n = 30: full confidence") << QList<int>(30, 3) << none << none << std::optional<int>(2)
                                                 << u"csat"_s << 0.0 << O(0) << O(-2) << O(0) << O(1) << O(2);
        // 45 × CSAT 1: measured −2, assumed −1, gap −1; confidence stays 1 → priority 1.
        QTest::newRow("n = 45: confidence capped at 1") << QList<int>(45, 1) << none << none << std::optional<int>(-1)
                                                        << u"csat"_s << 10.0 << O(-2) << O(-1) << O(10) << O(1) << O(1);
        // The team's belief but no answers: no measured emotion, no gap, no priority, no shortfall.
        QTest::newRow("assumed only") << none << none << none << std::optional<int>(1) << u"csat"_s << 80.0 << O()
                                      << O() << O() << O() << O();
        // Answers but no assumed emotion: measured +2 (CSAT 5, 5), no gap, so no priority;
        // the shortfall needs no assumed emotion: 80 − 100 = −20.
        QTest::newRow("measured only") << QList<int>{5, 5} << none << none << std::optional<int>() << u"csat"_s
                                       << 80.0 << O(2) << O() << O(-20) << O(2.0 / 30) << O();
        QTest::newRow("empty") << none << none << none << std::optional<int>() << u"csat"_s << 80.0 << O() << O()
                               << O() << O() << O();
    }
    void gapAndPriority()
    {
        QFETCH(QList<int>, csat);
        QFETCH(QList<int>, nps);
        QFETCH(QList<int>, ces);
        QFETCH(std::optional<int>, assumed);
        QFETCH(QString, targetMetric);
        QFETCH(double, target);
        QFETCH(std::optional<double>, measured);
        QFETCH(std::optional<double>, gap);
        QFETCH(std::optional<double>, shortfall);
        QFETCH(std::optional<double>, confidence);
        QFETCH(std::optional<double>, priority);

        SmallJourney j({u"A"_s});
        Touchpoint t = j.ws.touchpoints.items().constFirst();
        t.assumedEmotion = assumed;
        t.targets.insert(targetMetric, target);
        j.ws.touchpoints.replace(t);
        ScoreAccumulator acc(j.ws, j.journey);
        qint64 id = 0;
        auto add = [&](std::optional<int> n, std::optional<int> c, std::optional<int> e) {
            acc.addItem(feedback(++id, n, c, e));
            QVERIFY(acc.attach(FeedbackItemId(id), t.id));
        };
        for (int v : csat)
            add(std::nullopt, v, std::nullopt);
        for (int v : nps)
            add(v, std::nullopt, std::nullopt);
        for (int v : ces)
            add(std::nullopt, std::nullopt, v);
        const JourneyScores s = ScoreEngine::evaluate(j.ws, j.journey, acc.counts());
        QCOMPARE(s.touchpoints.size(), 1);
        const ScoreRow &row = s.touchpoints.constFirst();
        const auto same = [](const std::optional<double> &got, const std::optional<double> &want) {
            return got.has_value() == want.has_value() && (!want || close(*got, *want));
        };
        const auto show = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : u"null"_s; };
        QVERIFY2(same(row.measured, measured), qPrintable(show(row.measured)));
        QVERIFY2(same(row.gap, gap), qPrintable(show(row.gap)));
        const std::optional<double> gotShortfall = row.shortfalls.contains(targetMetric)
            ? std::optional<double>(row.shortfalls.value(targetMetric)) : std::nullopt;
        QVERIFY2(same(gotShortfall, shortfall), qPrintable(show(gotShortfall)));
        QVERIFY2(same(row.confidence, confidence), qPrintable(show(row.confidence)));
        QVERIFY2(same(row.priority, priority), qPrintable(show(row.priority)));
        QCOMPARE(row.reach.value_or(-1), 1.0);
        // The JSON carries the same figures, null where there is none.
        const QJsonObject json = ScoreFormat::rowJson(row);
        QCOMPARE(json.value(u"gap"_s).isNull(), !gap);
        QCOMPARE(json.value(u"priority"_s).isNull(), !priority);
        QCOMPARE(json.value(u"measured"_s).isNull(), !measured);
        if (priority)
            QCOMPARE(json.value(u"priority"_s).toDouble(), *row.priority);
        QCOMPARE(json.value(u"nps"_s).isNull(), nps.isEmpty());
        QCOMPARE(json.value(u"csat"_s).isNull(), csat.isEmpty());
        QCOMPARE(json.value(u"ces"_s).isNull(), ces.isEmpty());
    }

    void cliJsonMatchesPlainSql()
    {
        // Seeded random answers on several touchpoints, some items on two cards of a stage.
        QRandomGenerator rng(42);
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        const QList<qint64> cards = {kProductPage, kReviews, kCart, kCheckout, kPayment, kTracking, kParcel};
        for (qint64 id = 1; id <= 400; ++id) {
            FeedbackItem f = feedback(id, rng.bounded(4) ? std::optional<int>(rng.bounded(11)) : std::nullopt,
                                  rng.bounded(3) ? std::optional<int>(1 + rng.bounded(5)) : std::nullopt,
                                  rng.bounded(2) ? std::optional<int>(1 + rng.bounded(7)) : std::nullopt);
            f.date = u"2026-0%1-%2"_s.arg(1 + rng.bounded(3)).arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'));
            items << f;
            const qint64 first = cards[rng.bounded(cards.size())];
            pairs << std::pair{id, first};
            if (rng.bounded(4) == 0) {
                const qint64 second = cards[rng.bounded(cards.size())];
                if (second != first)
                    pairs << std::pair{id, second};
            }
        }
        const QString file = newPath();
        {
            auto store = makeStore(file, items, pairs);
        }
        const QString from = u"2026-02-01"_s;

        for (const QString &by : {u"touchpoint"_s, u"stage"_s, u"journey"_s}) {
            const Run r = cli({u"scores"_s, file, u"--by"_s, by, u"--from"_s, from, u"--format"_s, u"json"_s});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(u"journey"_s).toString(), u"Buying garden products online (as-is)"_s);
            QCOMPARE(o.value(u"filters"_s).toObject().value(u"from"_s).toString(), from);
            QVERIFY(o.value(u"filters"_s).toObject().value(u"to"_s).isNull());
            const QJsonArray rows = o.value(u"rows"_s).toArray();
            QCOMPARE(rows.size(), by == u"touchpoint"_s ? kScoredTouchpoints : by == u"stage"_s ? 6 : 1);

            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            int nullMetrics = 0; // rows whose NPS is null
            for (const QJsonValue &v : rows) {
                const QJsonObject row = v.toObject();
                QCOMPARE(row.value(u"level"_s).toString(), by);
                // These items have no comments: sentiment has no data, so it is null.
                QVERIFY(row.value(u"sentiment"_s).isNull());
                // The items counted for this row, in plain SQL.
                QString items;
                if (by == u"touchpoint"_s)
                    items = u"SELECT feedback_id FROM attachment WHERE touchpoint_id = %1"_s.arg(
                        row.value(u"touchpointId"_s).toInteger());
                else if (by == u"stage"_s)
                    items = u"SELECT a.feedback_id FROM attachment a JOIN touchpoint t ON t.id = a.touchpoint_id"
                            " JOIN lane l ON l.id = t.lane_id WHERE l.kind = 'touchpoints' AND t.stage_id = %1"_s.arg(
                                row.value(u"stageId"_s).toInteger());
                else
                    items = u"SELECT a.feedback_id FROM attachment a JOIN touchpoint t ON t.id = a.touchpoint_id"
                            " JOIN lane l ON l.id = t.lane_id WHERE l.kind = 'touchpoints'"_s;
                const QString where = u" FROM feedback_item WHERE id IN (%1) AND substr(date, 1, 10) >= '%2'"_s.arg(items, from);
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT count(*),"
                               " count(nps), sum(nps >= 9), sum(nps <= 6),"
                               " count(csat), sum(csat >= 4), avg(csat),"
                               " count(ces), avg(ces), sum(ces >= 5), sum(ces * ces)"_s + where));
                QVERIFY(q.next());
                const double n = q.value(0).toDouble();
                QCOMPARE(row.value(u"n"_s).toDouble(), n);

                // A metric no response has is null as a whole, not an object of zeros.
                const double nN = q.value(1).toDouble(), p = q.value(2).toDouble(), d = q.value(3).toDouble();
                QCOMPARE(row.value(u"nps"_s).isNull(), nN == 0);
                nullMetrics += nN == 0;
                const QJsonObject nps = row.value(u"nps"_s).toObject();
                if (nN > 0) {
                    QCOMPARE(nps.value(u"n"_s).toDouble(), nN);
                    QCOMPARE(nps.value(u"promoters"_s).toDouble(), p);
                    QCOMPARE(nps.value(u"detractors"_s).toDouble(), d);
                    QVERIFY(close(nps.value(u"value"_s).toDouble(), npsOf(p, d, nN)));
                    const auto [lo, hi] = adjustedWald(p, d, nN);
                    QVERIFY(close(nps.value(u"low"_s).toDouble(), lo));
                    QVERIFY(close(nps.value(u"high"_s).toDouble(), hi));
                }

                const double cN = q.value(4).toDouble(), top = q.value(5).toDouble();
                QCOMPARE(row.value(u"csat"_s).isNull(), cN == 0);
                const QJsonObject csat = row.value(u"csat"_s).toObject();
                if (cN > 0) {
                    QCOMPARE(csat.value(u"n"_s).toDouble(), cN);
                    QVERIFY(close(csat.value(u"top2"_s).toDouble(), 100 * top / cN));
                    const auto [lo, hi] = wilsonPercent(top, cN);
                    QVERIFY(close(csat.value(u"low"_s).toDouble(), lo));
                    QVERIFY(close(csat.value(u"high"_s).toDouble(), hi));
                    QVERIFY(close(csat.value(u"mean"_s).toDouble(), q.value(6).toDouble()));
                    // CSAT is the journey's primary metric: measured = mean − 3.
                    QCOMPARE(row.value(u"metric"_s).toString(), u"csat"_s);
                    QVERIFY(close(row.value(u"measured"_s).toDouble(), q.value(6).toDouble() - 3));
                }

                const double eN = q.value(7).toDouble();
                QCOMPARE(row.value(u"ces"_s).isNull(), eN == 0);
                const QJsonObject ces = row.value(u"ces"_s).toObject();
                if (eN > 0)
                    QCOMPARE(ces.value(u"n"_s).toDouble(), eN);
                if (eN > 1) {
                    const double mean = q.value(8).toDouble();
                    const double sd = std::sqrt((q.value(10).toDouble() - eN * mean * mean) / (eN - 1));
                    const double half = stats::tQuantile975(qint64(eN) - 1) * sd / std::sqrt(eN);
                    QVERIFY(close(ces.value(u"mean"_s).toDouble(), mean));
                    // Clipped to the 1..7 scale.
                    QVERIFY(std::abs(ces.value(u"low"_s).toDouble() - std::max(1.0, mean - half)) < 1e-9);
                    QVERIFY(std::abs(ces.value(u"high"_s).toDouble() - std::min(7.0, mean + half)) < 1e-9);
                    QVERIFY(close(ces.value(u"agree"_s).toDouble(), 100 * q.value(9).toDouble() / eN));
                }
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"plain"_s);
            // Seven of the fourteen touchpoints have no feedback at all: their NPS is null.
            if (by == u"touchpoint"_s)
                QCOMPARE(nullMetrics, kScoredTouchpoints - cards.size());
        }
    }

    void cliTableCsvAndErrors()
    {
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        for (qint64 id = 1; id <= 23; ++id) {
            items << feedback(id, int(id % 11), int(1 + id % 5));
            pairs << std::pair{id, kCheckout};
        }
        const QString file = newPath();
        {
            auto store = makeStore(file, items, pairs);
        }
        Run r = cli({u"scores"_s, file});
        QCOMPARE(r.exitCode, 0);
        const QString table = QString::fromUtf8(r.out);
        // Every figure with its n and flag: 23 answers are tentative.
        QVERIFY2(table.contains(u"n=23 tentative"_s), qPrintable(table));
        QVERIFY(table.contains(u"Checkout"_s));
        QVERIFY(!table.contains(u"Adds soil and planters"_s)); // sticky notes get no row
        QVERIFY(table.contains(u"no data"_s));

        r = cli({u"scores"_s, file, u"--format"_s, u"csv"_s, u"--by"_s, u"stage"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7); // header + 6 stages
        QVERIFY(lines[0].startsWith("level,stage,touchpoint,n,nps_n,nps,"));
        QVERIFY(lines[3].startsWith("stage,Purchase,,23,23,"));

        r = cli({u"priorities"_s, file, u"--top"_s, u"1"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray top = QJsonDocument::fromJson(r.out).object().value(u"rows"_s).toArray();
        QCOMPARE(top.size(), 1);
        QCOMPARE(top[0].toObject().value(u"touchpoint"_s).toString(), u"Checkout"_s);
        QVERIFY(top[0].toObject().value(u"reason"_s).toString().startsWith(u"Checkout: customers rate it"_s));

        r = cli({u"priorities"_s, file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(u"Checkout: customers rate it"_s));

        // Bad dates: exit 2, the message names the value.
        r = cli({u"scores"_s, file, u"--from"_s, u"2026-13-01"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"“2026-13-01” is not a date"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = cli({u"scores"_s, file, u"--by"_s, u"persona"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--by “persona”"_s));
        r = cli({u"priorities"_s, file, u"--top"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);

        r = cli({u"scores"_s, file, u"--journey"_s, u"Nope"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"There is no journey “Nope”"_s) &&
                     r.err.contains(u"“Buying garden products online (as-is)”"_s),
                 qPrintable(r.err));

        // Two journeys and no --journey: exit 1 listing both.
        const QString two = newPath();
        {
            auto store = makeStore(two, {}, {}, [](Workspace &ws) {
                ws.journeys.append(Journey{JourneyId(5000), u"Returns"_s, {}, JourneyCategory::UseOwning, {},
                                           JourneyVariant::ToBe});
            });
        }
        r = cli({u"scores"_s, two});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"has 2 journeys; choose one with --journey NAME"_s) && r.err.contains(u"“Returns”"_s),
                 qPrintable(r.err));
        r = cli({u"scores"_s, two, u"--journey"_s, u"Returns"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"rows"_s).toArray().size(), 0);
    }

    void incrementalUpdatesEqualAReload()
    {
        QRandomGenerator rng(2026);
        QList<FeedbackItem> items;
        for (qint64 id = 1; id <= 120; ++id)
            items << feedback(id, rng.bounded(5) ? std::optional<int>(rng.bounded(11)) : std::nullopt,
                          rng.bounded(2) ? std::optional<int>(1 + rng.bounded(5)) : std::nullopt,
                          rng.bounded(2) ? std::optional<int>(1 + rng.bounded(7)) : std::nullopt);
        auto store = makeStore(newPath(), items, {});
        const Workspace ws = *store->loadWorkspace();
        const JourneyId journey = journeyOf(*store);
        const QList<Touchpoint> cards = JourneyGraph::scoredTouchpoints(ws, journey);
        auto counts = ScoreEngine::loadCounts(*store, ws, journey);
        QVERIFY(counts);

        QSet<std::pair<qint64, qint64>> attached;
        for (int step = 0; step < 600; ++step) {
            const FeedbackItem &f = items[rng.bounded(items.size())];
            // Mostly scored touchpoints, sometimes a sticky note, which must not count.
            const qint64 card = rng.bounded(10) ? cards[rng.bounded(cards.size())].id.value : kActionsCard;
            const std::pair key{f.id.value, card};
            const QList<AttachmentPair> pair{{f.id, TouchpointId(card)}};
            if (attached.contains(key)) {
                QVERIFY(store->detach(pair));
                attached.remove(key);
                counts->applyAttachment(TouchpointId(card), stats::ResponseValues::from(f), -1);
            } else {
                QVERIFY(store->attach(pair));
                attached.insert(key);
                counts->applyAttachment(TouchpointId(card), stats::ResponseValues::from(f), +1);
            }
        }
        auto reloaded = ScoreEngine::loadCounts(*store, ws, journey);
        QVERIFY(reloaded);
        QCOMPARE(counts->touchpoints.size(), kScoredTouchpoints);
        for (auto it = reloaded->touchpoints.cbegin(); it != reloaded->touchpoints.cend(); ++it)
            QVERIFY2(counts->touchpoints.value(it.key()) == it.value(), qPrintable(QString::number(it.key())));
        // The evaluated touchpoint rows agree too, once the pooled roll-ups (which decide the
        // primary metric) are reloaded, as the document does after a debounce.
        counts->stages = reloaded->stages;
        counts->journeyTotal = reloaded->journeyTotal;
        const JourneyScores a = ScoreEngine::evaluate(ws, journey, *counts);
        const JourneyScores b = ScoreEngine::evaluate(ws, journey, *reloaded);
        for (qsizetype i = 0; i < a.touchpoints.size(); ++i)
            QCOMPARE(ScoreFormat::rowJson(a.touchpoints[i]), ScoreFormat::rowJson(b.touchpoints[i]));

        // The reloaded stage roll-ups pool distinct items: compare with set logic in C++.
        QHash<qint64, qint64> stageOf;
        for (const Touchpoint &t : cards)
            stageOf.insert(t.id.value, t.stageId.value);
        QHash<qint64, QSet<qint64>> stageItems;
        for (const auto &[f, t] : attached)
            if (stageOf.contains(t))
                stageItems[stageOf.value(t)].insert(f);
        for (auto it = reloaded->stages.cbegin(); it != reloaded->stages.cend(); ++it) {
            stats::Histogram expected;
            for (qint64 f : stageItems.value(it.key()))
                expected.add(stats::ResponseValues::from(items[f - 1]));
            QVERIFY2(expected == it.value(), qPrintable(QString::number(it.key())));
        }
    }
};

QTEST_GUILESS_MAIN(TestScoreEngine)
#include "tst_scoreengine.moc"
