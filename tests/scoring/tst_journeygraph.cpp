// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The journey graph on small graphs with answers known by hand: drop-off, betweenness,
// loops, backward transitions, the painful path and the moment-of-truth candidate rule.
#include "scoring/JourneyGraph.h"

#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace waymark;

namespace {

/// A journey built from a compact description: "Stage: A B C | Stage 2: D E" puts cards
/// A, B, C in the first stage and D, E in the second, all in one touchpoints lane.
struct Graph
{
    Workspace ws;
    JourneyId journey{1};
    QHash<QString, TouchpointId> ids;
    qint64 next = 10;

    explicit Graph(const QString &layout)
    {
        ws.journeys.append(Journey{journey, u"J"_s, {}, JourneyCategory::UseOwning, {}, JourneyVariant::AsIs});
        ws.lanes.append(Lane{LaneId(3), journey, u"Touchpoints"_s, LaneKind::Touchpoints, {}, false});
        ws.lanes.append(Lane{LaneId(4), journey, u"Thoughts"_s, LaneKind::Custom, {}, false});
        for (const QString &stagePart : layout.split(u'|')) {
            const QStringList parts = stagePart.split(u':');
            const StageId stage(next++);
            ws.stages.append(Stage{stage, journey, parts[0].trimmed(), {}, {}});
            for (const QString &name : parts[1].split(u' ', Qt::SkipEmptyParts)) {
                Touchpoint t;
                t.id = TouchpointId(next++);
                t.journeyId = journey;
                t.stageId = stage;
                t.laneId = LaneId(3);
                t.title = name;
                ws.touchpoints.append(t);
                ids.insert(name, t.id);
            }
        }
    }
    TransitionId edge(const QString &from, const QString &to, std::optional<double> volume = std::nullopt)
    {
        const TransitionId id(next++);
        ws.transitions.append(Transition{id, journey, ids.value(from), ids.value(to), volume});
        return id;
    }
    /// "A>B>C B>D": chains of transitions without volumes.
    void edges(const QString &chains)
    {
        for (const QString &chain : chains.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList names = chain.split(u'>');
            for (qsizetype i = 0; i + 1 < names.size(); ++i)
                edge(names[i], names[i + 1]);
        }
    }
    TouchpointId id(const QString &name) const { return ids.value(name); }
    QString names(const QList<TouchpointId> &list) const
    {
        QStringList out;
        for (TouchpointId t : list)
            out << ids.key(t);
        return out.join(u' ');
    }
    GraphAnalysis analyse(const QHash<QString, double> &emotion = {}) const
    {
        QHash<qint64, double> byId;
        for (auto it = emotion.cbegin(); it != emotion.cend(); ++it)
            byId.insert(ids.value(it.key()).value, it.value());
        return JourneyGraph::analyse(ws, journey, byId);
    }
};

} // namespace

class TestJourneyGraph : public QObject
{
    Q_OBJECT

private slots:
    void betweenness_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<double>>("expected");
        // Normalised by (n − 1)(n − 2), the ordered pairs of other touchpoints.
        // Path A→B→C→D: B lies on A→C and A→D (2 of 6 pairs), C on A→D and B→D.
        QTest::newRow("path of 4") << u"S: A B C D"_s << u"A>B>C>D"_s << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                                   << QList<double>{0, 2.0 / 6, 2.0 / 6, 0};
        // Path A→B→C: B lies on the only path A→C: 1 of 2 ordered pairs.
        QTest::newRow("path of 3") << u"S: A B C"_s << u"A>B>C"_s << QStringList{u"A"_s, u"B"_s, u"C"_s}
                                   << QList<double>{0, 0.5, 0};
        // Star, both directions: every path between two leaves runs through the hub:
        // 3·2 = 6 ordered pairs of leaves out of (4 − 1)(4 − 2) = 6 → 1.
        QTest::newRow("star") << u"S: H X Y Z"_s << u"X>H>X Y>H>Y Z>H>Z"_s
                              << QStringList{u"H"_s, u"X"_s, u"Y"_s, u"Z"_s} << QList<double>{1, 0, 0, 0};
        // Diamond A→B→D, A→C→D: two shortest paths A→D, half through each of B and C:
        // 0.5 of (4 − 1)(4 − 2) = 6 pairs.
        QTest::newRow("diamond") << u"S: A | T: B C | U: D"_s << u"A>B>D A>C>D"_s
                                 << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}
                                 << QList<double>{0, 0.5 / 6, 0.5 / 6, 0};
        // A transition listed twice is one edge; an isolated card has 0.
        QTest::newRow("duplicate edge") << u"S: A B C Lonely"_s << u"A>B A>B>C"_s
                                        << QStringList{u"B"_s, u"Lonely"_s} << QList<double>{1.0 / 6, 0};
    }
    void betweenness()
    {
        QFETCH(QString, layout);
        QFETCH(QString, edges);
        QFETCH(QStringList, names);
        QFETCH(QList<double>, expected);
        Graph g(layout);
        g.edges(edges);
        const GraphAnalysis a = g.analyse();
        for (qsizetype i = 0; i < names.size(); ++i)
            QVERIFY2(std::abs(a.betweenness.value(g.id(names[i]).value, -1) - expected[i]) < 1e-12,
                     qPrintable(u"%1: %2"_s.arg(names[i]).arg(a.betweenness.value(g.id(names[i]).value, -1))));
    }

    void highBetweennessIsTheTopQuarter()
    {
        // Path of 8: betweenness of the i-th card (0-based) = i·(7 − i)/42:
        // 0, 6, 10, 12, 12, 10, 6, 0 (÷ 42). Top quarter: ⌈8/4⌉ = 2 → the value at rank 2
        // is 12/42, so D and E (tied) are high, nothing else.
        Graph g(u"S: A B C D E F G H"_s);
        g.edges(u"A>B>C>D>E>F>G>H"_s);
        const GraphAnalysis a = g.analyse();
        QVERIFY(a.highBetweenness);
        QVERIFY(std::abs(*a.highBetweenness - 12.0 / 42) < 1e-12);
        for (const QString &n : {u"A"_s, u"B"_s, u"C"_s, u"F"_s, u"G"_s, u"H"_s})
            QVERIFY2(!a.isHighBetweenness(g.id(n)), qPrintable(n));
        QVERIFY(a.isHighBetweenness(g.id(u"D"_s)));
        QVERIFY(a.isHighBetweenness(g.id(u"E"_s)));
        // No transitions: nobody is high.
        QVERIFY(!Graph(u"S: A B"_s).analyse().highBetweenness);
    }

    void momentOfTruthCandidates_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<std::optional<double>>("driver");
        QTest::addColumn<std::optional<double>>("gap");
        QTest::addColumn<bool>("candidate");
        // Path of 8 as above: D is high, B is not.
        QTest::newRow("high, strong driver") << u"D"_s << std::optional<double>(0.3) << std::optional<double>() << true;
        QTest::newRow("high, weak driver") << u"D"_s << std::optional<double>(0.29) << std::optional<double>(-0.5) << false;
        QTest::newRow("high, gap −1") << u"D"_s << std::optional<double>() << std::optional<double>(-1.0) << true;
        QTest::newRow("high, nothing known") << u"D"_s << std::optional<double>() << std::optional<double>() << false;
        QTest::newRow("not high, strong driver, big gap")
            << u"B"_s << std::optional<double>(0.9) << std::optional<double>(-2.0) << false;
    }
    void momentOfTruthCandidates()
    {
        QFETCH(QString, card);
        QFETCH(std::optional<double>, driver);
        QFETCH(std::optional<double>, gap);
        QFETCH(bool, candidate);
        Graph g(u"S: A B C D E F G H"_s);
        g.edges(u"A>B>C>D>E>F>G>H"_s);
        QCOMPARE(JourneyGraph::isMomentOfTruthCandidate(g.analyse(), g.id(card), driver, gap), candidate);
    }

    void cycles()
    {
        // A → B → C → A is a loop; C → D, D → D (a self-loop) another; E, F plain.
        Graph g(u"S: A B C D E F"_s);
        g.edges(u"A>B>C>A C>D>D D>E>F"_s);
        const GraphAnalysis a = g.analyse();
        QCOMPARE(a.cycles.size(), 2);
        QCOMPARE(g.names(a.cycles[0]), u"A B C"_s);
        QCOMPARE(g.names(a.cycles[1]), u"D"_s);
        // A DAG has none.
        Graph dag(u"S: A B C"_s);
        dag.edges(u"A>B>C A>C"_s);
        QVERIFY(dag.analyse().cycles.isEmpty());
    }

    void backwardTransitionsAreReported()
    {
        // Stages Browse → Buy → Receive. Parcel → Cart runs back two stages, Payment → Cart
        // stays within Buy (not backwards across stages), Cart → Product back one.
        Graph g(u"Browse: Product | Buy: Cart Payment | Receive: Parcel"_s);
        g.edges(u"Product>Cart>Payment>Parcel"_s);
        const TransitionId back1 = g.edge(u"Parcel"_s, u"Cart"_s);
        g.edge(u"Payment"_s, u"Cart"_s);
        const TransitionId back2 = g.edge(u"Cart"_s, u"Product"_s);
        const GraphAnalysis a = g.analyse();
        QCOMPARE(a.backwards.size(), 2);
        QCOMPARE(a.backwards[0].id, back1);
        QCOMPARE(a.backwards[0].from, g.id(u"Parcel"_s));
        QCOMPARE(a.backwards[0].to, g.id(u"Cart"_s));
        QCOMPARE(a.backwards[1].id, back2);
        // Allowed: reach is still computed, and the loops are listed.
        QCOMPARE(a.cycles.size(), 1);
        QCOMPARE(g.names(a.cycles[0]), u"Product Cart Payment Parcel"_s);
        // A forward journey keeps its stage order.
        Graph forward(u"Browse: Product | Buy: Cart | Receive: Parcel"_s);
        forward.edges(u"Product>Cart>Parcel Product>Parcel"_s);
        QVERIFY(forward.analyse().backwards.isEmpty());
    }

    void dropOff()
    {
        // A → B 100, B → C 60, B → D 30 (10 of the 100 at B leave there), D → E without a
        // volume (D's only way on: everyone continues). Drop-off: A 0, B 0.1, C 1 (an
        // exit: everyone who gets there leaves the mapped journey), D 0, E 1.
        Graph g(u"S: A B C D E Lonely"_s);
        g.edge(u"A"_s, u"B"_s, 100);
        g.edge(u"B"_s, u"C"_s, 60);
        g.edge(u"B"_s, u"D"_s, 30);
        g.edge(u"D"_s, u"E"_s);
        const GraphAnalysis a = g.analyse();
        const QList<std::pair<QString, double>> expected = {
            {u"A"_s, 0.0}, {u"B"_s, 0.1}, {u"C"_s, 1.0}, {u"D"_s, 0.0}, {u"E"_s, 1.0}};
        for (const auto &[name, value] : expected)
            QVERIFY2(std::abs(a.dropOff.value(g.id(name).value, -1) - value) < 1e-12, qPrintable(name));
        QVERIFY(!a.dropOff.contains(g.id(u"Lonely"_s).value)); // not in the flow
        // Without volumes there is no drop-off to report.
        Graph noVolumes(u"S: A B"_s);
        noVolumes.edges(u"A>B"_s);
        QVERIFY(noVolumes.analyse().dropOff.isEmpty());
    }

    void painfulPath_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QString>("emotions"); // "A=-1 B=2"
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("sum");
        QTest::addColumn<int>("unmeasured");
        // Diamond: A→B→D sums 0 − 2 − 1 = −3, A→C→D sums 0 + 1 − 1 = 0.
        QTest::newRow("diamond") << u"S: A | T: B C | U: D"_s << u"A>B>D A>C>D"_s << u"A=0 B=-2 C=1 D=-1"_s
                                 << u"A B D"_s << -3.0 << 0;
        // A→B→C→E = −1 −1 −1 −1 = −4 and A→D→E = −1 −2 −1 = −4 tie: the first found in
        // journey order wins (E is reached through C before D is looked at).
        QTest::newRow("tie: journey order") << u"S: A B C D E"_s << u"A>B>C>E A>D>E"_s << u"A=-1 B=-1 C=-1 D=-2 E=-1"_s
                                            << u"A B C E"_s << -4.0 << 0;
        // A backward transition (D → A) and a loop are not followed; B has no measured
        // emotion and counts 0: A→B→D = −1 + 0 − 1 = −2 beats A→C→D = −1 + 0.5 − 1.
        QTest::newRow("loop ignored, unmeasured 0") << u"S: A | T: B C | U: D"_s << u"A>B>D A>C>D D>A"_s
                                                    << u"A=-1 C=0.5 D=-1"_s << u"A B D"_s << -2.0 << 1;
        // Two entries (X and A) and two exits (C and Y): the lowest of all four sums.
        QTest::newRow("two entries, two exits") << u"S: X A | T: B | U: C Y"_s << u"X>B A>B B>C B>Y"_s
                                                << u"X=-2 A=1 B=0 C=0.5 Y=-0.5"_s << u"X B Y"_s << -2.5 << 0;
    }
    void painfulPath()
    {
        QFETCH(QString, layout);
        QFETCH(QString, edges);
        QFETCH(QString, emotions);
        QFETCH(QString, path);
        QFETCH(double, sum);
        QFETCH(int, unmeasured);
        Graph g(layout);
        g.edges(edges);
        QHash<QString, double> e;
        for (const QString &pair : emotions.split(u' ', Qt::SkipEmptyParts))
            e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toDouble());
        const GraphAnalysis a = g.analyse(e);
        QVERIFY(a.painfulPath);
        QCOMPARE(g.names(a.painfulPath->touchpoints), path);
        QCOMPARE(a.painfulPath->emotion, sum);
        QCOMPARE(a.painfulPath->unmeasured, unmeasured);
    }

    void noTransitionsNoPath()
    {
        Graph g(u"S: A B"_s);
        const GraphAnalysis a = g.analyse({{u"A"_s, -1.0}});
        QVERIFY(!a.painfulPath);
        QVERIFY(a.cycles.isEmpty() && a.backwards.isEmpty());
        QCOMPARE(a.betweenness.size(), 2);
        QCOMPARE(a.reach.reach.size(), 2); // reach 1 everywhere without volumes
    }

    void stickyNotesAreNotVertices()
    {
        Graph g(u"S: A B"_s);
        Touchpoint note;
        note.id = TouchpointId(999);
        note.journeyId = g.journey;
        note.stageId = g.ws.stages.items().constFirst().id;
        note.laneId = LaneId(4);
        note.title = u"A thought"_s;
        g.ws.touchpoints.append(note);
        g.ids.insert(u"Note"_s, note.id);
        g.edges(u"A>Note>B"_s);
        const GraphAnalysis a = g.analyse();
        QVERIFY(!a.betweenness.contains(999));
        QVERIFY(!a.painfulPath); // no transition between two scored touchpoints
    }
};

QTEST_GUILESS_MAIN(TestJourneyGraph)
#include "tst_journeygraph.moc"
