// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The analyses on top of the scores: the exact incremental accumulator against SQL, the
// sentiment hook, segment roll-ups, period comparison, driver analysis, and the CLI's
// segment rows and filters against plain SQL.
#include "CliProcess.h"
#include "ScoringFixture.h"
#include "scoring/DriverAnalysis.h"
#include "scoring/JourneyGraph.h"
#include "scoring/PeriodComparison.h"
#include "scoring/ScoreAccumulator.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoreFormat.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace waymark;
using namespace waymark::test;

namespace {

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

QString describe(const stats::Histogram &h)
{
    const auto nps = stats::npsScore(h);
    const auto csat = stats::csatScore(h);
    return u"items %1 nps n %2 P %3 D %4 csat n %5 top %6"_s.arg(h.items())
        .arg(nps.n)
        .arg(nps.promoters)
        .arg(nps.detractors)
        .arg(csat.n)
        .arg(csat.top2Count);
}

/// Every level of two JourneyCounts is equal.
bool sameCounts(const JourneyCounts &a, const JourneyCounts &b, QString *why)
{
    for (auto it = b.touchpoints.cbegin(); it != b.touchpoints.cend(); ++it)
        if (a.touchpoints.value(it.key()) != it.value()) {
            *why = u"touchpoint %1: %2 vs %3"_s.arg(it.key()).arg(describe(a.touchpoints.value(it.key())), describe(it.value()));
            return false;
        }
    for (auto it = b.stages.cbegin(); it != b.stages.cend(); ++it)
        if (a.stages.value(it.key()) != it.value()) {
            *why = u"stage %1: %2 vs %3"_s.arg(it.key()).arg(describe(a.stages.value(it.key())), describe(it.value()));
            return false;
        }
    if (a.journeyTotal != b.journeyTotal) {
        *why = u"journey: %1 vs %2"_s.arg(describe(a.journeyTotal), describe(b.journeyTotal));
        return false;
    }
    if (a.segments.keys() != b.segments.keys()) {
        *why = u"segments %1 vs %2"_s.arg(a.segments.keys().join(u','), b.segments.keys().join(u','));
        return false;
    }
    for (auto it = b.segments.cbegin(); it != b.segments.cend(); ++it)
        if (a.segments.value(it.key()) != it.value()) {
            *why = u"segment %1"_s.arg(it.key());
            return false;
        }
    return a.touchpoints.size() == b.touchpoints.size() && a.stages.size() == b.stages.size();
}

const ScoreRow *touchpointRow(const JourneyScores &s, qint64 id)
{
    for (const ScoreRow &r : s.touchpoints)
        if (r.touchpointId.value == id)
            return &r;
    return nullptr;
}

const QStringList kChannels = {u"web"_s, u"Web"_s, u"phone"_s, u"store"_s};
const QStringList kSegments = {u"Weekend gardener"_s, u"weekend GARDENER"_s, u"Professional gardener"_s, QString()};

/// Seeded random items with every context field varied.
QList<FeedbackItem> randomItems(QRandomGenerator &rng, int count)
{
    QList<FeedbackItem> items;
    for (qint64 id = 1; id <= count; ++id) {
        FeedbackItem f = feedback(id, rng.bounded(4) ? std::optional<int>(rng.bounded(11)) : std::nullopt,
                                  rng.bounded(3) ? std::optional<int>(1 + rng.bounded(5)) : std::nullopt,
                                  rng.bounded(2) ? std::optional<int>(1 + rng.bounded(7)) : std::nullopt);
        f.sourceId = FeedbackSourceId(1 + rng.bounded(2));
        f.date = rng.bounded(20) ? u"2026-0%1-%2T10:00:00"_s.arg(1 + rng.bounded(3)).arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))
                                 : QString(); // some without a date
        f.channel = kChannels[rng.bounded(kChannels.size())];
        f.segment = kSegments[rng.bounded(kSegments.size())];
        items << f;
    }
    return items;
}

} // namespace

class TestScoreAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"a%1.waymark"_s.arg(++m_files)); }
    CliRun cli(const QStringList &args) { return runCli(args, m_dir.filePath(u"xdg"_s)); }

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

    void accumulatorIsExactAfterRandomAttachesAndDetaches_data()
    {
        QTest::addColumn<ScoreFilter>("filter");
        QTest::newRow("no filter") << ScoreFilter{};
        QTest::newRow("February") << ScoreFilter{u"2026-02-01"_s, u"2026-02-28"_s, {}, {}, {}};
        QTest::newRow("channel web, any case") << ScoreFilter{{}, {}, u"WEB"_s, {}, {}};
        QTest::newRow("segment, other case") << ScoreFilter{{}, {}, {}, u"weekend gardener"_s, {}};
        QTest::newRow("source 2 from March") << ScoreFilter{u"2026-03-01"_s, {}, {}, {}, FeedbackSourceId(2)};
        QTest::newRow("unknown channel") << ScoreFilter{{}, {}, u"fax"_s, {}, {}};
    }
    void accumulatorIsExactAfterRandomAttachesAndDetaches()
    {
        // The same random sequence of attaches and detaches goes to the database and to the
        // accumulator (with the filter active all along). Afterwards the incrementally kept
        // counts equal (1) a full recompute from memory and (2) the SQL of loadCounts, at
        // every level: touchpoints, stages and journey (count-once), segments.
        QFETCH(ScoreFilter, filter);
        QRandomGenerator rng(20261122);
        const QList<FeedbackItem> items = randomItems(rng, 150);
        auto store = makeStore(newPath(), items, {});
        const Workspace ws = *store->loadWorkspace();
        const JourneyId journey = journeyOf(*store);
        const QList<Touchpoint> cards = JourneyGraph::scoredTouchpoints(ws, journey);
        ScoreAccumulator acc(ws, journey);
        for (const FeedbackItem &f : items)
            acc.addItem(f);
        acc.setFilter(filter);

        QSet<std::pair<qint64, qint64>> attached;
        QList<AttachmentPair> toAttach, toDetach;
        for (int step = 0; step < 1500; ++step) {
            const FeedbackItem &f = items[rng.bounded(items.size())];
            // Mostly scored cards of two stages (so items share stages), sometimes a sticky note.
            const qint64 card = rng.bounded(12) ? cards[rng.bounded(qsizetype(6))].id.value : kActionsCard;
            const std::pair key{f.id.value, card};
            if (attached.contains(key)) {
                QCOMPARE(acc.detach(f.id, TouchpointId(card)), card != kActionsCard);
                QVERIFY(store->detach({{f.id, TouchpointId(card)}}));
                attached.remove(key);
            } else {
                QCOMPARE(acc.attach(f.id, TouchpointId(card)), card != kActionsCard);
                QVERIFY(!acc.attach(f.id, TouchpointId(card))); // attached already
                QVERIFY(store->attach({{f.id, TouchpointId(card)}}));
                attached.insert(key);
            }
        }
        const JourneyCounts incremental = acc.counts();
        QString why;
        acc.recompute();
        QVERIFY2(sameCounts(incremental, acc.counts(), &why), qPrintable(u"incremental vs recompute: "_s + why));
        auto sql = ScoreEngine::loadCounts(*store, ws, journey, filter);
        QVERIFY(sql);
        QVERIFY2(sameCounts(acc.counts(), *sql, &why), qPrintable(u"accumulator vs SQL: "_s + why));
        // And the accumulator read back from the file agrees as well.
        auto loaded = ScoreAccumulator::load(*store, ws, journey);
        QVERIFY(loaded);
        loaded->setFilter(filter);
        QVERIFY2(sameCounts(loaded->counts(), *sql, &why), qPrintable(u"loaded vs SQL: "_s + why));
        QCOMPARE(loaded->attachmentCount(), acc.attachmentCount());
    }

    void updateEqualsAFullEvaluation()
    {
        // After each attach or detach, ScoreEngine::update (touchpoint, stage, journey,
        // segments) gives exactly the rows of a full evaluation.
        QRandomGenerator rng(99);
        const QList<FeedbackItem> items = randomItems(rng, 60);
        auto store = makeStore(newPath(), items, {});
        const Workspace ws = *store->loadWorkspace();
        const JourneyId journey = journeyOf(*store);
        const QList<Touchpoint> cards = JourneyGraph::scoredTouchpoints(ws, journey);
        ScoreAccumulator acc(ws, journey);
        for (const FeedbackItem &f : items)
            acc.addItem(f);
        JourneyScores scores = ScoreEngine::evaluate(ws, journey, acc.counts());
        for (int step = 0; step < 150; ++step) {
            const FeedbackItem &f = items[rng.bounded(items.size())];
            const TouchpointId card = cards[rng.bounded(qsizetype(5))].id;
            if (!acc.attach(f.id, card))
                QVERIFY(acc.detach(f.id, card));
            ScoreEngine::update(scores, ws, acc.counts(), card);
            const JourneyScores full = ScoreEngine::evaluate(ws, journey, acc.counts());
            for (ScoreLevel level : {ScoreLevel::Touchpoint, ScoreLevel::Stage, ScoreLevel::Journey, ScoreLevel::Segment})
                QCOMPARE(ScoreFormat::json(scores, level), ScoreFormat::json(full, level));
        }
    }

    void sentimentHook()
    {
        // A stub instead of an analyser: the hook is called once per item with its comment.
        // Checkout: "good" 0.6, "good" 0.6, "bad" −0.4, "meh" 0, "" not scored →
        // n = 4, mean = 0.8/4 = 0.2, positive 2/4 = 50 %, neutral 25 %, negative 25 %.
        // Item 1 is on cart and checkout: one call, counted once in the Purchase stage,
        // which then holds items 1..5 (cart adds nothing new): the same figures.
        QList<FeedbackItem> items;
        const QStringList comments = {u"good"_s, u"good"_s, u"bad"_s, u"meh"_s, QString()};
        for (qint64 id = 1; id <= 5; ++id) {
            items << feedback(id, std::nullopt);
            items.last().comment = comments[id - 1];
        }
        auto store = makeStore(newPath(), items, {{1, kCheckout}, {1, kCart}, {2, kCheckout}, {3, kCheckout},
                                                  {4, kCheckout}, {5, kCheckout}});
        const Workspace ws = *store->loadWorkspace();
        QHash<QString, int> calls;
        ScoreOptions options;
        options.sentiment = [&calls](const QString &comment) -> std::optional<double> {
            ++calls[comment];
            if (comment == u"good"_s)
                return 0.6;
            if (comment == u"bad"_s)
                return -0.4;
            if (comment == u"meh"_s)
                return 0.0;
            return std::nullopt;
        };
        auto scores = ScoreEngine::score(*store, ws, journeyOf(*store), {}, options);
        QVERIFY(scores);
        QCOMPARE(calls.value(u"good"_s), 2);
        QCOMPARE(calls.value(u"bad"_s), 1);
        const ScoreRow *checkout = touchpointRow(*scores, kCheckout);
        QVERIFY(checkout->sentiment);
        QCOMPARE(checkout->sentiment->n, 4);
        QVERIFY(close(*checkout->sentiment->mean, 0.2));
        QVERIFY(close(*checkout->sentiment->positive, 50));
        QVERIFY(close(*checkout->sentiment->neutral, 25));
        QVERIFY(close(*checkout->sentiment->negative, 25));
        // Sentiment is the only metric, so it is the primary one: measured = 2·mean.
        QCOMPARE(scores->primaryMetric, Metric::Sentiment);
        QVERIFY(close(*checkout->measured, 0.4));
        QCOMPARE(checkout->measuredN, 4);
        QVERIFY(close(*checkout->gap, 0.4 - 1)); // assumed +1 in the template
        const QJsonObject json = ScoreFormat::rowJson(*checkout).value(u"sentiment"_s).toObject();
        QCOMPARE(json.value(u"n"_s).toInteger(), 4);
        QVERIFY(close(json.value(u"mean"_s).toDouble(), 0.2));
        QVERIFY(close(json.value(u"positive"_s).toDouble(), 50));
        QVERIFY(close(json.value(u"neutral"_s).toDouble(), 25));
        QVERIFY(close(json.value(u"negative"_s).toDouble(), 25));
        const ScoreRow *cart = touchpointRow(*scores, kCart);
        QCOMPARE(cart->sentiment->n, 1);
        QVERIFY(close(*cart->sentiment->mean, 0.6));
        for (const ScoreRow &s : scores->stages)
            if (s.stageId.value == kStagePurchase) {
                QCOMPARE(s.sentiment->n, 4);
                QVERIFY(close(*s.sentiment->mean, 0.2));
            }
        // A touchpoint without comments: n 0 in the engine, null in the JSON.
        QCOMPARE(touchpointRow(*scores, kParcel)->sentiment->n, 0);
        QVERIFY(ScoreFormat::rowJson(*touchpointRow(*scores, kParcel)).value(u"sentiment"_s).isNull());

        // Without a hook (the default) there is no sentiment at all: null, and no primary metric.
        auto plain = ScoreEngine::score(*store, ws, journeyOf(*store));
        QVERIFY(plain);
        QVERIFY(!touchpointRow(*plain, kCheckout)->sentiment);
        QVERIFY(ScoreFormat::rowJson(*touchpointRow(*plain, kCheckout)).value(u"sentiment"_s).isNull());
        QVERIFY(!plain->primaryMetric);
    }

    void segmentRollUps()
    {
        // Segments compare ASCII case-insensitively: "Weekend gardener" and "weekend GARDENER"
        // are one segment (first spelling shown), pooled over distinct items:
        //   item 1 NPS 10 (Weekend) on checkout and parcel → counted once
        //   item 2 NPS 0 (weekend GARDENER) on cart
        //   item 3 NPS 9 (Professional) on cart;  item 4 NPS 8 (no segment) on parcel
        //   item 5 NPS 3 (Professional) not attached → not in the journey
        // Weekend gardener: n 2, P 1, D 1 → NPS 0; Professional: n 1, P 1 → 100; none: n 1, passive → 0.
        QList<FeedbackItem> items = {feedback(1, 10), feedback(2, 0), feedback(3, 9), feedback(4, 8), feedback(5, 3)};
        items[0].segment = u"Weekend gardener"_s;
        items[1].segment = u"weekend GARDENER"_s;
        items[2].segment = u"Professional gardener"_s;
        items[4].segment = u"Professional gardener"_s;
        auto store = makeStore(newPath(), items, {{1, kCheckout}, {1, kParcel}, {2, kCart}, {3, kCart}, {4, kParcel}});
        const Workspace ws = *store->loadWorkspace();
        auto scores = ScoreEngine::score(*store, ws, journeyOf(*store));
        QVERIFY(scores);
        QCOMPARE(scores->segments.size(), 3);
        const ScoreRow &none = scores->segments[0]; // "" sorts first
        const ScoreRow &pro = scores->segments[1];
        const ScoreRow &weekend = scores->segments[2];
        QCOMPARE(none.segment, QString());
        QCOMPARE(none.n, 1);
        QCOMPARE(*none.nps.value, 0.0);
        QCOMPARE(pro.segment, u"Professional gardener"_s);
        QCOMPARE(pro.personas, QStringList{u"Petra Schneider"_s});
        QCOMPARE(pro.n, 1);
        QCOMPARE(*pro.nps.value, 100.0);
        QCOMPARE(weekend.segment, u"Weekend gardener"_s);
        QCOMPARE(weekend.personas, QStringList{u"Mark Jensen"_s});
        QCOMPARE(weekend.n, 2);
        QCOMPARE(weekend.nps.promoters, 1);
        QCOMPARE(weekend.nps.detractors, 1);
        QCOMPARE(*weekend.nps.value, 0.0);
        // The accumulator agrees with the SQL.
        auto acc = ScoreAccumulator::load(*store, ws, journeyOf(*store));
        QVERIFY(acc);
        auto sql = ScoreEngine::loadCounts(*store, ws, journeyOf(*store));
        QString why;
        QVERIFY2(sameCounts(acc->counts(), *sql, &why), qPrintable(why));
        // Filtered by segment, the journey is that segment's row.
        auto filtered = ScoreEngine::score(*store, ws, journeyOf(*store), ScoreFilter{{}, {}, {}, u"WEEKEND gardener"_s, {}});
        QCOMPARE(filtered->journey.n, 2);
        QCOMPARE(filtered->segments.size(), 1);
    }

    void periodComparison()
    {
        // January on checkout: NPS P 10, D 20 of 50 (−20); CSAT 30 of 50 in the top two.
        // February: P 30, D 5 of 50 (+50); CSAT 40 of 50.
        // NPS: +70 points, z = 4.74881 (adjusted Wald, tst_statistics), significant.
        // CSAT: +20 points, z = 0.2/√(0.7·0.3·0.04) = 2.18218, p = 0.0291, significant.
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        for (qint64 i = 0; i < 100; ++i) {
            const bool feb = i >= 50;
            const qint64 k = i % 50;
            const int nps = feb ? (k < 30 ? 10 : k < 45 ? 8 : 2) : (k < 10 ? 9 : k < 30 ? 7 : 0);
            const int csat = (feb ? k < 40 : k < 30) ? 5 : 2;
            items << feedback(i + 1, nps, csat);
            items.last().date = feb ? u"2026-02-15"_s : u"2026-01-15"_s;
            pairs << std::pair{i + 1, kCheckout};
        }
        auto store = makeStore(newPath(), items, pairs);
        const Workspace ws = *store->loadWorkspace();
        const ScoreFilter jan{u"2026-01-01"_s, u"2026-01-31"_s, {}, {}, {}};
        const ScoreFilter feb{u"2026-02-01"_s, u"2026-02-28"_s, {}, {}, {}};
        auto c = PeriodComparison::run(*store, ws, journeyOf(*store), jan, feb);
        QVERIFY(c);
        const RowComparison *checkout = nullptr;
        for (const RowComparison &r : c->touchpoints)
            if (r.touchpointId.value == kCheckout)
                checkout = &r;
        QVERIFY(checkout);
        QCOMPARE(*checkout->npsBefore.value, -20.0);
        QCOMPARE(*checkout->npsAfter.value, 50.0);
        QVERIFY(close(checkout->nps->difference, 70));
        QVERIFY(close(checkout->nps->z, 4.74881385896));
        QVERIFY(checkout->nps->significant);
        QVERIFY(close(checkout->csat->difference, 20));
        QVERIFY(close(checkout->csat->z, 2.18217890236));
        QVERIFY(close(checkout->csat->p, 0.0290963317413));
        QVERIFY(checkout->csat->significant);
        // The stage and the journey hold the same items: the same test.
        QVERIFY(close(c->journey.nps->z, 4.74881385896));
        // A touchpoint without answers in either period has no test.
        for (const RowComparison &r : c->touchpoints)
            if (r.touchpointId.value == kParcel)
                QVERIFY(!r.nps && !r.csat);
        // A small change is not significant: January against itself.
        auto same = PeriodComparison::run(*store, ws, journeyOf(*store), jan, jan);
        QCOMPARE(same->journey.nps->z, 0.0);
        QVERIFY(!same->journey.nps->significant);
    }

    void driverAnalysisWorkedExample()
    {
        // 30 respondents answer the overall NPS y (2 4 5 4 5, repeated 6 times) in an
        // unattached relationship survey, and rate touchpoints with CSAT 1..5 (x, repeated
        // the same way). Repeating a block does not change r, so per block (means over 5):
        //   product page x 1 2 3 4 5: Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6/√60 = 0.774597,
        //     performance mean 3 − 3 = 0
        //   reviews      x 5 5 5 5 4: mean 4.8, Σdxdy = −1, Σdx² = 0.8 → r = −1/√4.8 = −0.456435, perf 1.8
        //   cart         x 1 1 2 1 2: mean 1.4, Σdxdy = 2, Σdx² = 1.2 → r = 2/√7.2 = 0.745356, perf −1.6
        //   checkout     x 4 5 5 5 5: mean 4.8, Σdxdy = 2, Σdx² = 0.8 → r = 2/√4.8 = 0.912871, perf 1.8
        //   payment      x 2 1 1 1 1: mean 1.2, Σdxdy = −2 → r = −0.912871, perf −1.8
        //   parcel: rated by 29 respondents only → not shown (n < 30 pairs)
        // Dividing lines: mean r = 1.063518/5 = 0.212704, mean performance 0.2/5 = 0.04.
        // Respondent P01 also answered an older overall survey with 0: the latest counts.
        const QList<int> y = {2, 4, 5, 4, 5};
        const QList<std::pair<qint64, QList<int>>> ratings = {{kProductPage, {1, 2, 3, 4, 5}},
                                                              {kReviews, {5, 5, 5, 5, 4}},
                                                              {kCart, {1, 1, 2, 1, 2}},
                                                              {kCheckout, {4, 5, 5, 5, 5}},
                                                              {kPayment, {2, 1, 1, 1, 1}},
                                                              {kParcel, {3, 4, 3, 4, 5}}};
        QList<FeedbackItem> items;
        QList<std::pair<qint64, qint64>> pairs;
        qint64 id = 0;
        for (int r = 0; r < 30; ++r) {
            const QString respondent = u"P%1"_s.arg(r + 1, 2, 10, QLatin1Char('0'));
            items << feedback(++id, y[r % 5]);
            items.last().respondentId = respondent;
            if (r == 0) {
                items << feedback(++id, 0);
                items.last().respondentId = respondent;
                items.last().date = u"2025-12-01"_s;
            }
            for (const auto &[card, xs] : ratings) {
                if (card == kParcel && r == 29)
                    continue;
                items << feedback(++id, std::nullopt, xs[r % 5]);
                items.last().respondentId = respondent;
                pairs << std::pair{id, card};
            }
        }
        auto store = makeStore(newPath(), items, pairs);
        const Workspace ws = *store->loadWorkspace();
        auto d = DriverAnalysis::load(*store, ws, journeyOf(*store));
        QVERIFY(d);
        QCOMPARE(d->respondentsWithOverall, 30);
        auto driver = [&d](qint64 card) {
            for (const Driver &x : d->drivers)
                if (x.touchpoint.value == card)
                    return x;
            return Driver();
        };
        const QList<std::tuple<qint64, double, double, IpaQuadrant>> expected = {
            {kProductPage, 6 / std::sqrt(60.0), 0.0, IpaQuadrant::ConcentrateHere},
            {kReviews, -1 / std::sqrt(4.8), 1.8, IpaQuadrant::PossibleOverkill},
            {kCart, 2 / std::sqrt(7.2), -1.6, IpaQuadrant::ConcentrateHere},
            {kCheckout, 2 / std::sqrt(4.8), 1.8, IpaQuadrant::KeepUpTheGoodWork},
            {kPayment, -2 / std::sqrt(4.8), -1.8, IpaQuadrant::LowPriority}};
        for (const auto &[card, r, performance, quadrant] : expected) {
            const Driver x = driver(card);
            QCOMPARE(x.pairs, 30);
            QVERIFY2(x.r && close(*x.r, r), qPrintable(x.title));
            QVERIFY2(close(*x.performance, performance), qPrintable(x.title));
            QCOMPARE(x.quadrant, quadrant);
        }
        const Driver parcel = driver(kParcel);
        QCOMPARE(parcel.pairs, 29);
        QVERIFY(!parcel.r && !parcel.quadrant);
        QVERIFY(parcel.performance); // performance is still known
        QVERIFY(close(*d->meanImportance, (6 / std::sqrt(60.0) - 1 / std::sqrt(4.8) + 2 / std::sqrt(7.2)) / 5)); // 0.212704
        QVERIFY(close(*d->meanPerformance, 0.04));
        QCOMPARE(d->correlations().size(), 5);
        QCOMPARE(ipaQuadrantKey(IpaQuadrant::ConcentrateHere), u"concentrate-here"_s);

        // The rows carry it: JSON "driver": {pairs, r, quadrant}.
        auto scores = ScoreEngine::score(*store, ws, journeyOf(*store));
        QVERIFY(scores);
        const QJsonObject page = ScoreFormat::rowJson(*touchpointRow(*scores, kProductPage)).value(u"driver"_s).toObject();
        QCOMPARE(page.value(u"pairs"_s).toInteger(), 30);
        QVERIFY(close(page.value(u"r"_s).toDouble(), 6 / std::sqrt(60.0)));
        QCOMPARE(page.value(u"quadrant"_s).toString(), u"concentrate-here"_s);
        const QJsonObject parcelJson = ScoreFormat::rowJson(*touchpointRow(*scores, kParcel)).value(u"driver"_s).toObject();
        QCOMPARE(parcelJson.value(u"pairs"_s).toInteger(), 29);
        QVERIFY(parcelJson.value(u"r"_s).isNull() && parcelJson.value(u"quadrant"_s).isNull());
        QVERIFY(ScoreFormat::rowJson(*touchpointRow(*scores, kTracking)).value(u"driver"_s).isNull());
    }

    void cliSegmentsAndFiltersMatchPlainSql_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("where"); // the same filter in SQL
        QTest::newRow("segment rows") << QStringList{u"--by"_s, u"segment"_s} << u"1"_s;
        QTest::newRow("segment rows, channel web") << QStringList{u"--by"_s, u"segment"_s, u"--channel"_s, u"web"_s}
                                                   << u"channel = 'web' COLLATE NOCASE"_s;
        QTest::newRow("stages, segment") << QStringList{u"--by"_s, u"stage"_s, u"--segment"_s, u"Professional gardener"_s}
                                         << u"segment = 'Professional gardener' COLLATE NOCASE"_s;
        QTest::newRow("touchpoints, from/to") << QStringList{u"--from"_s, u"2026-01-10"_s, u"--to"_s, u"2026-02-20"_s}
                                              << u"length(date) >= 10 AND substr(date, 1, 10) BETWEEN '2026-01-10' AND '2026-02-20'"_s;
    }
    void cliSegmentsAndFiltersMatchPlainSql()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, where);
        QRandomGenerator rng(4711);
        const QList<FeedbackItem> items = randomItems(rng, 300);
        QList<std::pair<qint64, qint64>> pairs;
        const QList<qint64> cards = {kProductPage, kReviews, kCart, kCheckout, kPayment, kTracking};
        for (const FeedbackItem &f : items) {
            const qint64 first = cards[rng.bounded(cards.size())];
            pairs << std::pair{f.id.value, first};
            const qint64 second = cards[rng.bounded(cards.size())];
            if (rng.bounded(3) == 0 && second != first)
                pairs << std::pair{f.id.value, second};
        }
        const QString file = newPath();
        {
            auto store = makeStore(file, items, pairs);
        }
        const CliRun r = cli(QStringList{u"scores"_s, file, u"--format"_s, u"json"_s} + options);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.contains(u"journey"_s) && o.contains(u"filters"_s) && o.contains(u"graph"_s));
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        QVERIFY(!rows.isEmpty());

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            // Every key of the documented row is there.
            for (const QString &key : {u"level"_s, u"stage"_s, u"touchpoint"_s, u"n"_s, u"nps"_s, u"csat"_s, u"ces"_s,
                                       u"sentiment"_s, u"assumed"_s, u"measured"_s, u"gap"_s, u"reach"_s,
                                       u"priority"_s, u"flags"_s})
                QVERIFY2(row.contains(key), qPrintable(key));
            const QString level = row.value(u"level"_s).toString();
            QString scope = u"SELECT a.feedback_id FROM attachment a JOIN touchpoint t ON t.id = a.touchpoint_id"
                            " JOIN lane l ON l.id = t.lane_id WHERE l.kind = 'touchpoints'"_s;
            QString extra;
            if (level == u"touchpoint"_s)
                scope += u" AND t.id = %1"_s.arg(row.value(u"touchpointId"_s).toInteger());
            else if (level == u"stage"_s)
                scope += u" AND t.stage_id = %1"_s.arg(row.value(u"stageId"_s).toInteger());
            else if (level == u"segment"_s)
                extra = row.value(u"segment"_s).isNull()
                            ? u" AND segment = ''"_s
                            : u" AND segment = '%1' COLLATE NOCASE"_s.arg(row.value(u"segment"_s).toString());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*), count(nps), sum(nps >= 9), sum(nps BETWEEN 7 AND 8), sum(nps <= 6),"
                           " count(csat), sum(csat >= 4), avg(csat), count(ces), avg(ces), sum(ces >= 5)"
                           " FROM feedback_item WHERE id IN (%1) AND %2%3"_s.arg(scope, where, extra)));
            QVERIFY(q.next());
            const QString label = level + u' ' + row.value(level == u"segment"_s ? u"segment"_s : level).toString();
            QCOMPARE(row.value(u"n"_s).toInteger(), q.value(0).toLongLong());
            const QJsonObject nps = row.value(u"nps"_s).toObject();
            QCOMPARE(nps.value(u"n"_s).toInteger(), q.value(1).toLongLong());
            QCOMPARE(nps.value(u"promoters"_s).toInteger(), q.value(2).toLongLong());
            QCOMPARE(nps.value(u"passives"_s).toInteger(), q.value(3).toLongLong());
            QCOMPARE(nps.value(u"detractors"_s).toInteger(), q.value(4).toLongLong());
            if (q.value(1).toLongLong() > 0)
                QVERIFY2(close(nps.value(u"value"_s).toDouble(),
                               100.0 * (q.value(2).toDouble() - q.value(4).toDouble()) / q.value(1).toDouble()),
                         qPrintable(label));
            // A metric without answers is null as a whole (an empty object reads n = 0 above).
            QCOMPARE(row.value(u"nps"_s).isNull(), q.value(1).toLongLong() == 0);
            QCOMPARE(row.value(u"csat"_s).isNull(), q.value(5).toLongLong() == 0);
            QCOMPARE(row.value(u"ces"_s).isNull(), q.value(8).toLongLong() == 0);
            const QJsonObject csat = row.value(u"csat"_s).toObject();
            QCOMPARE(csat.value(u"n"_s).toInteger(), q.value(5).toLongLong());
            if (q.value(5).toLongLong() > 0) {
                QVERIFY(close(csat.value(u"top2"_s).toDouble(), 100.0 * q.value(6).toDouble() / q.value(5).toDouble()));
                QVERIFY(close(csat.value(u"mean"_s).toDouble(), q.value(7).toDouble()));
            }
            const QJsonObject ces = row.value(u"ces"_s).toObject();
            QCOMPARE(ces.value(u"n"_s).toInteger(), q.value(8).toLongLong());
            if (q.value(8).toLongLong() > 0) {
                QVERIFY(close(ces.value(u"mean"_s).toDouble(), q.value(9).toDouble()));
                QVERIFY(close(ces.value(u"agree"_s).toDouble(), 100.0 * q.value(10).toDouble() / q.value(8).toDouble()));
            }
            // Sentiment: the CLI scores every comment with the analyser; recompute n and mean
            // from the same comments here.
            QSqlQuery comments(db);
            QVERIFY(comments.exec(u"SELECT comment FROM feedback_item WHERE id IN (%1) AND %2%3"_s.arg(scope, where, extra)));
            const auto scorer = SentimentAnalyzer::commentScorer();
            qint64 sentimentN = 0;
            double sentimentSum = 0;
            while (comments.next())
                if (const std::optional<double> c = scorer(comments.value(0).toString())) {
                    ++sentimentN;
                    sentimentSum += *c;
                }
            const QJsonObject sentiment = row.value(u"sentiment"_s).toObject();
            QCOMPARE(row.value(u"sentiment"_s).isNull(), sentimentN == 0);
            QCOMPARE(sentiment.value(u"n"_s).toInteger(), sentimentN);
            if (sentimentN > 0)
                QVERIFY2(std::abs(sentiment.value(u"mean"_s).toDouble() - sentimentSum / double(sentimentN)) < 1e-4,
                         qPrintable(label));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"plain"_s);
    }

    void cliSegmentTableAndGraph()
    {
        QList<FeedbackItem> items = {feedback(1, 10, 5), feedback(2, 0, 1), feedback(3, 9, 4)};
        items[0].segment = u"Weekend gardener"_s;
        items[1].segment = u"Weekend gardener"_s;
        items[2].segment = u"Garden centre"_s;
        const QString file = newPath();
        {
            auto store = makeStore(file, items, {{1, kCheckout}, {2, kPayment}, {3, kParcel}});
        }
        CliRun r = cli({u"scores"_s, file, u"--by"_s, u"segment"_s});
        QCOMPARE(r.exitCode, 0);
        const QString table = r.outText();
        QVERIFY2(table.contains(u"Weekend gardener (Mark Jensen)"_s) && table.contains(u"Garden centre"_s) &&
                     table.contains(u"scores by segment"_s),
                 qPrintable(table));

        // The template's flow: Payment → hotline → Checkout closes a loop and runs back
        // from the "Support" stage to "Purchase": reported, not refused.
        r = cli({u"scores"_s, file, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject graph = QJsonDocument::fromJson(r.out).object().value(u"graph"_s).toObject();
        QCOMPARE(graph.value(u"stageOrderHolds"_s).toBool(), false);
        bool found = false;
        for (const QJsonValue &b : graph.value(u"backwardTransitions"_s).toArray())
            found = found || (b.toObject().value(u"from"_s).toString() == u"Customer service hotline"_s &&
                              b.toObject().value(u"to"_s).toString() == u"Checkout"_s);
        QVERIFY2(found, qPrintable(QString::fromUtf8(QJsonDocument(graph).toJson())));
        const QJsonArray cycles = graph.value(u"cycles"_s).toArray();
        QCOMPARE(cycles.size(), 1);
        QVERIFY(cycles[0].toArray().contains(u"Checkout"_s) && cycles[0].toArray().contains(u"Payment"_s));
        // Measured CSAT: checkout +2, payment −2, parcel +1 (mean − 3); the painful path
        // runs through payment.
        const QJsonObject painful = graph.value(u"painfulPath"_s).toObject();
        QVERIFY(painful.value(u"touchpoints"_s).toArray().contains(u"Payment"_s));
        const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(u"rows"_s).toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(u"betweenness"_s).isDouble());
            QVERIFY(row.contains(u"dropOff"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestScoreAnalysis)
#include "tst_scoreanalysis.moc"
