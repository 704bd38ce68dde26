// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Scores kept current while feedback is attached: after every attach, detach, undo and
// redo (through the undo commands) the figures equal a full recompute, without one. Also
// the sentiment t-interval and the sentiment trend.
#include "../core/CoreTestSupport.h"

#include "commands/AttachFeedbackCommand.h"
#include "document/Document.h"
#include "scoring/DefaultScoreOptions.h"
#include "scoring/LiveScores.h"
#include "scoring/ScoreAccumulator.h"
#include "scoring/ScoreTrend.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::test;

namespace {

const QStringList kComments = {
    u"Great service, very friendly staff!"_s,
    u"Terrible. The delivery was slow and I waited two weeks."_s,
    u"ok"_s,
    u"Hidden fees at checkout, not happy at all"_s,
    u"Super schnelle Lieferung, sehr freundlich"_s,
    u"Die Wartezeit war nicht gut, aber der Support war hilfreich"_s,
    QString(),
    u"Love it 😍"_s,
};

QString describe(const stats::Histogram &h)
{
    return u"items %1, nps9 %2, csat5 %3, sentiment n %4 sum %5 sq %6"_s.arg(h.items())
        .arg(h.nps(9))
        .arg(h.csat(5, 5))
        .arg(h.sentiment(stats::SentimentLabel::Positive) + h.sentiment(stats::SentimentLabel::Neutral)
             + h.sentiment(stats::SentimentLabel::Negative))
        .arg(h.sentimentSum())
        .arg(h.sentimentSquares());
}

} // namespace

class TestLiveScores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<Document> m_doc;
    JourneyId m_journey;
    QList<qint64> m_touchpoints; // scored touchpoints of the journey
    qint64 m_otherCard = 0;      // a card outside the journey's scored touchpoints
    int m_items = 0;

    /// The live counts equal a fresh load under the same filter, level by level, and the
    /// live rows equal ScoreEngine::score's.
    void checkEqualsFullRecompute(const LiveScores &live, const char *step)
    {
        auto fresh = ScoreAccumulator::load(m_doc->store(), m_doc->workspace(), m_journey,
                                            defaultScoreOptions().sentiment);
        QVERIFY(fresh);
        fresh->setFilter(live.filter());
        const JourneyCounts &a = live.accumulator()->counts();
        const JourneyCounts &b = fresh->counts();
        for (auto it = b.touchpoints.cbegin(); it != b.touchpoints.cend(); ++it)
            QVERIFY2(a.touchpoints.value(it.key()) == it.value(),
                     qPrintable(u"%1: touchpoint %2: live %3, full %4"_s.arg(QLatin1StringView(step))
                                    .arg(it.key())
                                    .arg(describe(a.touchpoints.value(it.key())), describe(it.value()))));
        for (auto it = b.stages.cbegin(); it != b.stages.cend(); ++it)
            QVERIFY2(a.stages.value(it.key()) == it.value(),
                     qPrintable(u"%1: stage %2"_s.arg(QLatin1StringView(step)).arg(it.key())));
        QVERIFY2(a.journeyTotal == b.journeyTotal, step);
        QCOMPARE(a.segments.keys(), b.segments.keys());
        for (auto it = b.segments.cbegin(); it != b.segments.cend(); ++it)
            QVERIFY2(a.segments.value(it.key()) == it.value(), step);

        ScoreOptions options = defaultScoreOptions();
        auto full = ScoreEngine::score(m_doc->store(), m_doc->workspace(), m_journey, live.filter(), options);
        QVERIFY(full);
        const JourneyScores &s = live.scores();
        QCOMPARE(s.primaryMetric, full->primaryMetric);
        QCOMPARE(s.touchpoints.size(), full->touchpoints.size());
        for (qsizetype i = 0; i < s.touchpoints.size(); ++i) {
            const ScoreRow &x = s.touchpoints[i], &y = full->touchpoints[i];
            QCOMPARE(x.touchpointId, y.touchpointId);
            QCOMPARE(x.n, y.n);
            QCOMPARE(x.nps.value, y.nps.value);
            QCOMPARE(x.csat.top2, y.csat.top2);
            QCOMPARE(x.ces.mean, y.ces.mean);
            QVERIFY(x.sentiment && y.sentiment);
            QCOMPARE(x.sentiment->n, y.sentiment->n);
            QCOMPARE(x.sentiment->mean, y.sentiment->mean);
            QCOMPARE(x.measured, y.measured);
            QCOMPARE(x.priority, y.priority);
        }
        for (qsizetype i = 0; i < s.stages.size(); ++i) {
            QCOMPARE(s.stages[i].n, full->stages[i].n);
            QCOMPARE(s.stages[i].nps.value, full->stages[i].nps.value);
            QCOMPARE(s.stages[i].csat.top2, full->stages[i].csat.top2);
        }
        QCOMPARE(s.journey.n, full->journey.n);
        QCOMPARE(s.journey.csat.interval, full->journey.csat.interval);
        QCOMPARE(s.journey.sentiment->mean, full->journey.sentiment->mean);
        QCOMPARE(live.fullLoads(), 1); // never read in full again
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders(m_home);
        WorkspaceData data = loadTemplate(u"ecommerce-purchase"_s);
        m_journey = data.workspace.journeys.items().first().id;
        FeedbackSource source;
        source.id = FeedbackSourceId(1);
        source.name = u"Survey"_s;
        source.preset = u"generic"_s;
        data.sources.append(source);
        m_items = 600;
        for (int i = 1; i <= m_items; ++i) {
            FeedbackItem f;
            f.id = FeedbackItemId(100000 + i);
            f.sourceId = source.id;
            f.responseId = u"R%1"_s.arg(i);
            f.date = u"2026-%1-%2"_s.arg(1 + i % 6, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            f.channel = i % 3 ? u"web"_s : u"Store"_s;
            f.segment = i % 4 ? u"new"_s : u"Returning"_s;
            if (i % 5)
                f.nps = i % 11;
            if (i % 4)
                f.csat = 1 + i % 5;
            if (i % 3 == 0)
                f.ces = 1 + i % 7;
            f.comment = kComments[i % kComments.size()];
            data.feedback.append(f);
        }
        auto created = Document::create(&data);
        QVERIFY(created);
        m_doc = std::move(*created);
        for (const Touchpoint &t : JourneyGraph::scoredTouchpoints(m_doc->workspace(), m_journey))
            m_touchpoints << t.id.value;
        QVERIFY(m_touchpoints.size() > 5);
        for (const Touchpoint &t : m_doc->workspace().touchpoints)
            if (!m_touchpoints.contains(t.id.value))
                m_otherCard = t.id.value;
        QVERIFY(m_otherCard);
        // A start: every second item attached somewhere, some twice in one stage.
        QList<AttachmentPair> pairs;
        for (int i = 1; i <= m_items; i += 2) {
            pairs.append({FeedbackItemId(100000 + i), TouchpointId(m_touchpoints[i % m_touchpoints.size()])});
            if (i % 7 == 0)
                pairs.append({FeedbackItemId(100000 + i), TouchpointId(m_touchpoints[(i + 1) % m_touchpoints.size()])});
        }
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Attach, pairs)));
        m_doc->undoStack()->clear();
    }
    void cleanupTestCase()
    {
        m_doc->close();
        m_doc.reset();
    }

    void attachThenDetachEqualsAFullRecompute()
    {
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        QVERIFY(live.error().isEmpty());
        // The change log: two temporary triggers on this connection, nothing in the file.
        QSqlQuery q(m_doc->store().database());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name LIKE 'waymark_live%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        checkEqualsFullRecompute(live, "loaded");
        const qint64 before = live.scores().journey.n;
        // An unattached item (odd ids are attached) onto a touchpoint, then away again.
        const AttachmentPair pair{FeedbackItemId(100002), TouchpointId(m_touchpoints[2])};
        QSignalSpy changed(&live, &LiveScores::scoresChanged);
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Attach, {pair})));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(live.scores().journey.n, before + 1);
        checkEqualsFullRecompute(live, "attached");
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Detach, {pair})));
        QCOMPARE(live.scores().journey.n, before);
        checkEqualsFullRecompute(live, "detached");
        m_doc->undoStack()->undo(); // attached again
        QCOMPARE(live.scores().journey.n, before + 1);
        checkEqualsFullRecompute(live, "undo detach");
        m_doc->undoStack()->undo(); // as loaded
        QCOMPARE(live.scores().journey.n, before);
        checkEqualsFullRecompute(live, "undo attach");
        m_doc->undoStack()->clear();
    }

    void randomSequenceEqualsAFullRecompute_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("log");
        QTest::newRow("no filter") << QString() << true;
        QTest::newRow("channel store") << u"store"_s << true; // case-insensitive, as SQL's NOCASE
        // Without the connection's change log, what changed is found by comparing id ranges.
        QTest::newRow("no filter, no log") << QString() << false;
        QTest::newRow("channel store, no log") << u"store"_s << false;
    }
    void randomSequenceEqualsAFullRecompute()
    {
        QFETCH(QString, channel);
        QFETCH(bool, log);
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        if (!log) {
            QSqlQuery q(m_doc->store().database());
            QStringList triggers;
            QVERIFY(q.exec(u"SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'waymark_live_scores%'"_s));
            while (q.next())
                triggers << q.value(0).toString();
            QCOMPARE(triggers.size(), 2);
            for (const QString &t : std::as_const(triggers))
                QVERIFY(q.exec(u"DROP TRIGGER temp.%1"_s.arg(t)));
        }
        ScoreFilter filter;
        filter.channel = channel;
        filter.from = u"2026-02-01"_s;
        if (!channel.isEmpty())
            live.setFilter(filter);
        QRandomGenerator random(20261122);
        for (int step = 0; step < 40; ++step) {
            const int action = random.bounded(10);
            if (action < 3 && m_doc->undoStack()->canUndo()) {
                m_doc->undoStack()->undo();
            } else if (action < 4 && m_doc->undoStack()->canRedo()) {
                m_doc->undoStack()->redo();
            } else {
                QList<AttachmentPair> pairs;
                const int count = 1 + random.bounded(4);
                for (int k = 0; k < count; ++k) {
                    const qint64 item = 100001 + random.bounded(m_items);
                    // Now and then a card that is not a scored touchpoint of the journey.
                    const qint64 card = random.bounded(12) == 0 ? m_otherCard
                                                                : m_touchpoints[random.bounded(int(m_touchpoints.size()))];
                    pairs.append({FeedbackItemId(item), TouchpointId(card)});
                }
                const auto mode = random.bounded(2) ? AttachFeedbackCommand::Mode::Attach : AttachFeedbackCommand::Mode::Detach;
                QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), mode, pairs)));
            }
            checkEqualsFullRecompute(live, qPrintable(u"step %1"_s.arg(step)));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(live.lastUpdateMicros() >= 0);
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        checkEqualsFullRecompute(live, "all undone");
        m_doc->undoStack()->clear();
    }

    void largeJourneysAreReadInTheBackground()
    {
        // A low threshold stands in for a million attachments: the journey is read on a
        // worker thread, and what changes meanwhile is applied when the read is in.
        const qint64 threshold = LiveScores::backgroundThreshold();
        LiveScores::setBackgroundThreshold(10);
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        LiveScores::setBackgroundThreshold(threshold);
        QVERIFY(live.isLoading());
        QVERIFY(!live.accumulator());
        QSignalSpy changed(&live, &LiveScores::scoresChanged);
        // Meanwhile: one item attached and one detached (odd ids are attached, even are not).
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Attach,
                                                         {{FeedbackItemId(100004), TouchpointId(m_touchpoints[1])}})));
        QVERIFY(m_doc->execute(new AttachFeedbackCommand(m_doc.get(), AttachFeedbackCommand::Mode::Detach,
                                                         {{FeedbackItemId(100003), TouchpointId(m_touchpoints[3])}})));
        QTRY_VERIFY_WITH_TIMEOUT(!live.isLoading(), 10000);
        QVERIFY2(live.error().isEmpty(), qPrintable(live.error()));
        QVERIFY(live.accumulator());
        QVERIFY(changed.count() >= 1);
        checkEqualsFullRecompute(live, "read in the background");
        // And live from then on.
        m_doc->undoStack()->undo();
        checkEqualsFullRecompute(live, "undo after the background read");
        m_doc->undoStack()->undo();
        checkEqualsFullRecompute(live, "all undone");
        m_doc->undoStack()->clear();
    }

    void trendInMemoryEqualsTheQuery_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("bucket");
        QTest::newRow("touchpoints by month") << int(ScoreLevel::Touchpoint) << int(TrendBucket::Month);
        QTest::newRow("stages by week") << int(ScoreLevel::Stage) << int(TrendBucket::Week);
        QTest::newRow("journey by month") << int(ScoreLevel::Journey) << int(TrendBucket::Month);
    }
    void trendInMemoryEqualsTheQuery()
    {
        QFETCH(int, level);
        QFETCH(int, bucket);
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        ScoreFilter filter;
        filter.segment = u"NEW"_s;
        live.setFilter(filter);
        const ScoreTrend memory = live.trend(ScoreLevel(level), TrendBucket(bucket));
        auto query = ScoreTrend::load(m_doc->store(), m_doc->workspace(), m_journey, ScoreLevel(level),
                                      TrendBucket(bucket), filter, defaultScoreOptions().sentiment);
        QVERIFY(query);
        QCOMPARE(memory.undated, query->undated);
        QCOMPARE(memory.series.size(), query->series.size());
        QVERIFY(!memory.series.isEmpty());
        bool anySentiment = false;
        for (qsizetype i = 0; i < memory.series.size(); ++i) {
            QCOMPARE(memory.series[i].id, query->series[i].id);
            QCOMPARE(memory.series[i].name, query->series[i].name);
            QCOMPARE(memory.series[i].points.size(), query->series[i].points.size());
            for (qsizetype p = 0; p < memory.series[i].points.size(); ++p) {
                QCOMPARE(memory.series[i].points[p].start, query->series[i].points[p].start);
                QVERIFY(memory.series[i].points[p].counts == query->series[i].points[p].counts);
                anySentiment = anySentiment || stats::sentimentScore(memory.series[i].points[p].counts).n > 0;
            }
        }
        QVERIFY(anySentiment); // the trend carries the comments' sentiment
    }

    void sentimentIsAMetric()
    {
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        live.setPrimaryMetric(Metric::Sentiment);
        QCOMPARE(live.scores().primaryMetric, std::optional<Metric>(Metric::Sentiment));
        const ScoreRow &j = live.scores().journey;
        QVERIFY(j.sentiment && j.sentiment->mean && j.sentiment->interval);
        QCOMPARE(j.metric, std::optional<Metric>(Metric::Sentiment));
        QCOMPARE(*j.measured, 2 * *j.sentiment->mean); // SCORING.md: 2·mean
        QVERIFY(j.sentiment->interval->low <= *j.sentiment->mean && *j.sentiment->mean <= j.sentiment->interval->high);
    }

    void invalidFilterKeepsTheFigures()
    {
        LiveScores live(m_doc.get(), m_journey, defaultScoreOptions());
        const qint64 n = live.scores().journey.n;
        ScoreFilter bad;
        bad.from = u"2026-13-01"_s;
        live.setFilter(bad);
        QVERIFY(live.error().contains(u"2026-13-01"_s));
        QCOMPARE(live.scores().journey.n, n);
    }
};

QTEST_GUILESS_MAIN(TestLiveScores)
#include "tst_livescores.moc"
