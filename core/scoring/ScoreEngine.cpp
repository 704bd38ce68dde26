// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreEngine.h"

#include "DriverAnalysis.h"
#include "JourneyGraph.h"
#include "ScoreAccumulator.h"
#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;
using stats::Histogram;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark::ScoreEngine", text);
}

/// A number for people: one decimal (two when one would show a non-zero value as 0.0),
/// a real minus sign and an explicit plus.
QString signedNumber(double v, int decimals = 1)
{
    if (decimals == 1 && v != 0 && std::abs(v) < 0.05)
        decimals = 2;
    QString text = QString::number(std::abs(v), 'f', decimals);
    if (text.toDouble() == 0)
        return text;
    return (v < 0 ? u"−"_s : u"+"_s) + text;
}

/// An assumed emotion: an integer as set in the workshop, a mean with one decimal.
QString assumedText(double v)
{
    return v == std::round(v) ? signedNumber(v, 0) : signedNumber(v);
}

} // namespace

QString metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Csat: return u"csat"_s;
    case Metric::Nps: return u"nps"_s;
    case Metric::Ces: return u"ces"_s;
    case Metric::Sentiment: return u"sentiment"_s;
    }
    return {};
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::Csat: return u"CSAT"_s;
    case Metric::Nps: return u"NPS"_s;
    case Metric::Ces: return u"CES"_s;
    case Metric::Sentiment: return tr("sentiment");
    }
    return {};
}

QString scoreLevelKey(ScoreLevel level)
{
    switch (level) {
    case ScoreLevel::Touchpoint: return u"touchpoint"_s;
    case ScoreLevel::Stage: return u"stage"_s;
    case ScoreLevel::Journey: return u"journey"_s;
    case ScoreLevel::Segment: return u"segment"_s;
    }
    return {};
}

std::optional<ScoreLevel> scoreLevelFromKey(const QString &key)
{
    for (ScoreLevel l : {ScoreLevel::Touchpoint, ScoreLevel::Stage, ScoreLevel::Journey, ScoreLevel::Segment})
        if (scoreLevelKey(l) == key)
            return l;
    return std::nullopt;
}

Result<void> ScoreFilter::validate() const
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    for (const auto &[name, value] : {std::pair{u"--from"_s, from}, std::pair{u"--to"_s, to}}) {
        if (value.isEmpty())
            continue;
        if (!pattern.match(value).hasMatch() || !QDate::fromString(value, Qt::ISODate).isValid())
            return makeError(Error::Code::InvalidInput,
                             tr("%1 “%2” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.").arg(name, value));
    }
    if (!from.isEmpty() && !to.isEmpty() && from > to)
        return makeError(Error::Code::InvalidInput,
                         tr("--from %1 is after --to %2: no feedback can match.").arg(from, to));
    return {};
}

QString ScoreFilter::sqlCondition(const QString &a, QVariantList &binds) const
{
    QStringList where;
    if (!from.isEmpty() || !to.isEmpty())
        where << u"length(%1.date) >= 10"_s.arg(a); // an item without a date is outside any date range
    if (!from.isEmpty()) {
        where << u"substr(%1.date, 1, 10) >= ?"_s.arg(a);
        binds << from;
    }
    if (!to.isEmpty()) {
        where << u"substr(%1.date, 1, 10) <= ?"_s.arg(a);
        binds << to;
    }
    if (!channel.isEmpty()) {
        where << u"%1.channel = ? COLLATE NOCASE"_s.arg(a);
        binds << channel;
    }
    if (!segment.isEmpty()) {
        where << u"%1.segment = ? COLLATE NOCASE"_s.arg(a);
        binds << segment;
    }
    if (source) {
        where << u"%1.source_id = ?"_s.arg(a);
        binds << source->value;
    }
    return where.join(u" AND "_s);
}

void JourneyCounts::applyAttachment(TouchpointId touchpoint, const stats::ResponseValues &values, int sign)
{
    const auto it = touchpoints.find(touchpoint.value);
    if (it != touchpoints.end())
        it->add(values, sign < 0 ? -1 : 1);
}

QList<ScoreRow> JourneyScores::rows(ScoreLevel level) const
{
    switch (level) {
    case ScoreLevel::Touchpoint: return touchpoints;
    case ScoreLevel::Stage: return stages;
    case ScoreLevel::Segment: return segments;
    case ScoreLevel::Journey: break;
    }
    return {journey};
}

QList<ScoreRow> JourneyScores::priorities() const
{
    QList<ScoreRow> ranked = touchpoints;
    std::stable_sort(ranked.begin(), ranked.end(), [](const ScoreRow &a, const ScoreRow &b) {
        if (a.priority.has_value() != b.priority.has_value())
            return a.priority.has_value();
        if (a.priority && *a.priority != *b.priority)
            return *a.priority > *b.priority;
        return a.measuredN > b.measuredN;
    });
    return ranked;
}

// Loading ---------------------------------------------------------------------------

QString foldSegment(const QString &segment)
{
    // SQLite's NOCASE: ASCII letters only.
    QString key = segment;
    for (QChar &c : key)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return key;
}

Result<JourneyCounts> ScoreEngine::loadCounts(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                              const ScoreFilter &filter)
{
    if (auto r = filter.validate(); !r)
        return r.error();
    JourneyCounts counts;
    counts.journey = journey;
    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, journey);
    for (const Stage &s : workspace.stages.children(journey.value))
        counts.stages.insert(s.id.value, Histogram());
    QStringList values;
    for (const Touchpoint &t : tps) {
        counts.touchpoints.insert(t.id.value, Histogram());
        values << u"(%1,%2)"_s.arg(t.id.value).arg(t.stageId.value);
    }
    if (tps.isEmpty())
        return counts;

    // The touchpoint → stage map comes from the model (ids are integers from the model,
    // not user text). One statement: the touchpoints' histograms, then per stage, for the
    // journey and per segment the histograms of the DISTINCT items attached anywhere in them.
    QVariantList binds;
    const QString where = filter.sqlCondition(u"f"_s, binds);
    const QString answers = u"f.nps, f.csat, f.csat_scale, f.ces, f.ces_scale"_s;
    const QString sql =
        u"WITH tp(tid, sid) AS (VALUES %1),"
        " hit AS (SELECT a.feedback_id AS fid, tp.tid AS tid, tp.sid AS sid FROM attachment_by_touchpoint a"
        " JOIN tp ON tp.tid = a.touchpoint_id JOIN feedback_item f ON f.id = a.feedback_id%2)"
        " SELECT 0, h.tid, %3, count(*) FROM hit h JOIN feedback_item f ON f.id = h.fid GROUP BY h.tid, %3"
        " UNION ALL"
        " SELECT 1, d.sid, %3, count(*) FROM (SELECT DISTINCT fid, sid FROM hit) d"
        " JOIN feedback_item f ON f.id = d.fid GROUP BY d.sid, %3"
        " UNION ALL"
        " SELECT 2, 0, %3, count(*) FROM (SELECT DISTINCT fid FROM hit) d"
        " JOIN feedback_item f ON f.id = d.fid GROUP BY %3"
        " UNION ALL"
        " SELECT 3, min(f.segment), %3, count(*) FROM (SELECT DISTINCT fid FROM hit) d"
        " JOIN feedback_item f ON f.id = d.fid GROUP BY f.segment COLLATE NOCASE, %3"_s.arg(
            values.join(u','), where.isEmpty() ? QString() : u" WHERE "_s + where, answers);

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(tr("Could not read the feedback of the journey"), q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(tr("Could not read the feedback of the journey"), q.lastError());
    while (q.next()) {
        const int level = q.value(0).toInt();
        const stats::ResponseValues v{optionalInt(q.value(2)), optionalInt(q.value(3)), q.value(4).toInt(),
                                      optionalInt(q.value(5)), q.value(6).toInt(), std::nullopt};
        const qint64 n = q.value(7).toLongLong();
        if (level == 0) {
            counts.touchpoints[q.value(1).toLongLong()].add(v, n);
        } else if (level == 1) {
            counts.stages[q.value(1).toLongLong()].add(v, n);
        } else if (level == 2) {
            counts.journeyTotal.add(v, n);
        } else {
            const QString segment = q.value(1).toString();
            const QString key = foldSegment(segment);
            counts.segments[key].add(v, n);
            // Shown: the smallest spelling (binary order) of the segment.
            if (!counts.segmentNames.contains(key) || segment < counts.segmentNames.value(key))
                counts.segmentNames.insert(key, segment);
        }
    }
    return counts;
}

// Evaluating ------------------------------------------------------------------------

namespace {

/// Scores of one histogram; the measured emotion from `metric`.
ScoreRow scoreRow(const Histogram &h, std::optional<Metric> metric, bool sentimentScored)
{
    ScoreRow row;
    row.n = h.items();
    row.nps = stats::npsScore(h);
    row.csat = stats::csatScore(h);
    row.ces = stats::cesScore(h);
    if (sentimentScored)
        row.sentiment = stats::sentimentScore(h);
    row.metric = metric;
    if (metric) {
        switch (*metric) {
        case Metric::Csat:
            row.measured = row.csat.emotion;
            row.measuredN = row.csat.n;
            break;
        case Metric::Nps:
            row.measured = row.nps.emotion();
            row.measuredN = row.nps.n;
            break;
        case Metric::Ces:
            row.measured = row.ces.emotion;
            row.measuredN = row.ces.n;
            break;
        case Metric::Sentiment:
            if (row.sentiment) {
                row.measured = row.sentiment->emotion();
                row.measuredN = row.sentiment->n;
            }
            break;
        }
    }
    if (row.n == 0)
        row.flags << u"no-feedback"_s;
    if (row.measuredN > 0) {
        row.confidence = std::min(1.0, double(row.measuredN) / 30.0);
        const QString sample = stats::sampleFlagKey(stats::sampleFlag(row.measuredN));
        if (!sample.isEmpty())
            row.flags << sample;
    }
    if (row.csat.scale < 0 || row.ces.scale < 0)
        row.flags << u"mixed-scales"_s;
    if (h.invalidValues() > 0)
        row.flags << u"invalid-values"_s;
    return row;
}

void setAssumed(ScoreRow &row, std::optional<double> assumed)
{
    row.assumed = assumed;
    if (row.assumed && row.measured)
        row.gap = *row.measured - *row.assumed;
    else if (!row.assumed)
        row.flags << u"no-assumed-emotion"_s;
}

std::optional<double> meanAssumed(const QList<Touchpoint> &tps)
{
    double sum = 0;
    int n = 0;
    for (const Touchpoint &t : tps) {
        if (t.assumedEmotion) {
            sum += *t.assumedEmotion;
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

QString reasonFor(const ScoreRow &row, std::optional<Metric> primary, const ReachResult &reach)
{
    const QString name = row.touchpoint;
    if (!primary)
        return tr("%1: no feedback in this journey yet, so nothing to compare with the team's assumption").arg(name);
    const QString label = metricLabel(*primary);
    if (!row.measured)
        return *primary == Metric::Sentiment
                   ? tr("%1: no scored comments attached, so there is no measured emotion to compare").arg(name)
                   : tr("%1: no %2 answers attached, so there is no measured emotion to compare").arg(name, label);
    const QString evidence = tr("measured %1 from %2, n = %3").arg(signedNumber(*row.measured), label).arg(row.measuredN);
    if (!row.gap)
        return tr("%1: %2, but the team has not set an assumed emotion").arg(name, evidence);
    const QString facts = tr("assumed %1, %2").arg(assumedText(*row.assumed), evidence);
    QString text;
    if (*row.gap < 0)
        text = tr("%1: customers rate it %2 below what the team assumes (%3)").arg(name, signedNumber(*row.gap), facts);
    else if (*row.gap > 0)
        text = tr("%1: customers rate it %2 above what the team assumes (%3)").arg(name, signedNumber(*row.gap), facts);
    else
        text = tr("%1: customers rate it as the team assumes (%2)").arg(name, facts);
    if (row.reach)
        text += tr("; reach %1").arg(QString::number(*row.reach, 'f', 2));
    else
        text += reach.problem.isEmpty() ? tr("; reach unknown (no transition with a volume), counted as 1")
                                        : tr("; reach unknown (a loop without a way out), counted as 1");
    if (row.confidence && *row.confidence < 1)
        text += tr("; confidence %1 because n = %2 < 30 (%3)")
                    .arg(QString::number(*row.confidence, 'f', 2))
                    .arg(row.measuredN)
                    .arg(stats::sampleFlagKey(stats::sampleFlag(row.measuredN)));
    if (*row.gap >= 0)
        text += tr("; no gap to close");
    return text;
}

} // namespace

namespace {

std::optional<Metric> primaryMetricOf(const JourneyCounts &counts, const ScoreOptions &options)
{
    // One metric for every touchpoint so the emotion curve compares like with like.
    if (options.primaryMetric)
        return options.primaryMetric;
    if (stats::csatScore(counts.journeyTotal).n > 0)
        return Metric::Csat;
    if (stats::npsScore(counts.journeyTotal).n > 0)
        return Metric::Nps;
    if (stats::cesScore(counts.journeyTotal).n > 0)
        return Metric::Ces;
    if (counts.sentimentScored && stats::sentimentScore(counts.journeyTotal).n > 0)
        return Metric::Sentiment;
    return std::nullopt;
}

/// The scores of one touchpoint; reach, drop-off, betweenness and the moment-of-truth
/// candidate come from `graph` (which may be computed after the first pass).
ScoreRow touchpointRow(const Workspace &workspace, const Touchpoint &t, const JourneyCounts &counts,
                       const JourneyScores &out, const ScoreOptions &options)
{
    ScoreRow row = scoreRow(counts.touchpoints.value(t.id.value), out.primaryMetric, counts.sentimentScored);
    row.level = ScoreLevel::Touchpoint;
    row.touchpointId = t.id;
    row.stageId = t.stageId;
    row.touchpoint = t.title;
    if (const Stage *s = workspace.stages.find(t.stageId))
        row.stage = s->name;
    row.momentOfTruth = t.momentOfTruth;
    if (t.momentOfTruth)
        row.flags << u"moment-of-truth"_s;
    setAssumed(row, t.assumedEmotion ? std::optional<double>(*t.assumedEmotion) : std::nullopt);
    const GraphAnalysis &graph = out.graph;
    row.reach = graph.reach.reachOf(t.id);
    if (!row.reach)
        row.flags << u"reach-unknown"_s;
    if (graph.dropOff.contains(t.id.value))
        row.dropOff = graph.dropOff.value(t.id.value);
    if (graph.betweenness.contains(t.id.value))
        row.betweenness = graph.betweenness.value(t.id.value);
    const auto driver = options.drivers.constFind(t.id.value);
    std::optional<double> driverR;
    if (driver != options.drivers.cend()) {
        if (driver->pairs > 0)
            row.driver = *driver;
        driverR = driver->r;
    }
    row.momentOfTruthCandidate = !t.momentOfTruth && JourneyGraph::isMomentOfTruthCandidate(graph, t.id, driverR, row.gap);
    if (row.momentOfTruthCandidate)
        row.flags << u"moment-of-truth-candidate"_s;
    for (auto it = t.targets.cbegin(); it != t.targets.cend(); ++it) {
        std::optional<double> actual;
        if (it.key() == u"csat"_s)
            actual = row.csat.top2;
        else if (it.key() == u"nps"_s)
            actual = row.nps.value;
        else if (it.key() == u"ces"_s)
            actual = row.ces.mean;
        else if (it.key() == u"sentiment"_s && row.sentiment)
            actual = row.sentiment->mean;
        if (actual)
            row.shortfalls.insert(it.key(), it.value() - *actual);
    }
    if (row.gap && row.confidence)
        row.priority = row.reach.value_or(1.0) * std::max(0.0, -*row.gap) * *row.confidence;
    row.reason = reasonFor(row, out.primaryMetric, graph.reach);
    if (row.momentOfTruthCandidate) {
        const bool strongDriver = driverR && *driverR >= JourneyGraph::kStrongDriver;
        row.reason += strongDriver
                          ? tr("; a moment-of-truth candidate: many paths of the journey run through it and its "
                               "rating moves the overall NPS (r = %1)")
                                .arg(QString::number(driverR.value_or(0), 'f', 2))
                          : tr("; a moment-of-truth candidate: many paths of the journey run through it and "
                               "customers rate it far below what the team assumes");
    }
    return row;
}

ScoreRow stageRow(const Stage &s, const QList<Touchpoint> &tps, const JourneyCounts &counts, const JourneyScores &out)
{
    ScoreRow row = scoreRow(counts.stages.value(s.id.value), out.primaryMetric, counts.sentimentScored);
    row.level = ScoreLevel::Stage;
    row.stageId = s.id;
    row.stage = s.name;
    QList<Touchpoint> inStage;
    for (const Touchpoint &t : tps)
        if (t.stageId == s.id)
            inStage.append(t);
    setAssumed(row, meanAssumed(inStage));
    return row;
}

ScoreRow journeyRow(const QList<Touchpoint> &tps, const JourneyCounts &counts, const JourneyScores &out)
{
    ScoreRow row = scoreRow(counts.journeyTotal, out.primaryMetric, counts.sentimentScored);
    row.level = ScoreLevel::Journey;
    setAssumed(row, meanAssumed(tps));
    return row;
}

/// Segment rows: pooled like the journey row, with the journey's mean assumed emotion
/// (the team's curve is one for everybody) and the personas that stand for the segment.
QList<ScoreRow> segmentRows(const Workspace &workspace, const QList<Touchpoint> &tps, const JourneyCounts &counts,
                            const JourneyScores &out)
{
    QList<ScoreRow> rows;
    for (auto it = counts.segments.cbegin(); it != counts.segments.cend(); ++it) {
        ScoreRow row = scoreRow(it.value(), out.primaryMetric, counts.sentimentScored);
        row.level = ScoreLevel::Segment;
        row.segment = counts.segmentNames.value(it.key(), it.key());
        for (const Persona &p : workspace.personas)
            if (!it.key().isEmpty() && foldSegment(p.segment.trimmed()) == it.key())
                row.personas << p.name;
        setAssumed(row, meanAssumed(tps));
        rows.append(row);
    }
    return rows;
}

QHash<qint64, double> measuredEmotions(const QList<ScoreRow> &rows)
{
    QHash<qint64, double> emotion;
    for (const ScoreRow &r : rows)
        if (r.measured)
            emotion.insert(r.touchpointId.value, *r.measured);
    return emotion;
}

} // namespace

JourneyScores ScoreEngine::evaluate(const Workspace &workspace, JourneyId journey, const JourneyCounts &counts,
                                    const ScoreFilter &filter, const ScoreOptions &options)
{
    JourneyScores out;
    out.journeyId = journey;
    if (const Journey *j = workspace.journeys.find(journey))
        out.journeyName = j->name;
    out.filter = filter;
    out.primaryMetric = primaryMetricOf(counts, options);

    // The graph needs the measured emotions (painful path); the rows need the graph
    // (reach, betweenness): measure first, then analyse, then build the rows.
    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, journey);
    QHash<qint64, double> emotion;
    for (const Touchpoint &t : tps) {
        const ScoreRow r = scoreRow(counts.touchpoints.value(t.id.value), out.primaryMetric, counts.sentimentScored);
        if (r.measured)
            emotion.insert(t.id.value, *r.measured);
    }
    out.graph = JourneyGraph::analyse(workspace, journey, emotion);
    out.volumesKnown = out.graph.reach.volumesKnown;
    if (!out.graph.reach.problem.isEmpty())
        out.issues << out.graph.reach.problem;

    for (const Touchpoint &t : tps)
        out.touchpoints.append(touchpointRow(workspace, t, counts, out, options));
    for (const Stage &s : workspace.stages.children(journey.value))
        out.stages.append(stageRow(s, tps, counts, out));
    out.journey = journeyRow(tps, counts, out);
    out.segments = segmentRows(workspace, tps, counts, out);
    return out;
}

void ScoreEngine::update(JourneyScores &scores, const Workspace &workspace, const JourneyCounts &counts,
                         TouchpointId touchpoint, const ScoreOptions &options)
{
    if (primaryMetricOf(counts, options) != scores.primaryMetric) {
        scores = evaluate(workspace, scores.journeyId, counts, scores.filter, options);
        return;
    }
    const Touchpoint *t = workspace.touchpoints.find(touchpoint);
    qsizetype at = -1;
    for (qsizetype i = 0; i < scores.touchpoints.size(); ++i)
        if (scores.touchpoints[i].touchpointId == touchpoint)
            at = i;
    if (!t || at < 0)
        return; // not a scored touchpoint of this journey: nothing it carries counts
    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, scores.journeyId);
    scores.touchpoints[at] = touchpointRow(workspace, *t, counts, scores, options);
    // The painful path depends on every measured emotion; it is linear in the graph.
    scores.graph.painfulPath = JourneyGraph::painfulPath(workspace, scores.journeyId, measuredEmotions(scores.touchpoints));
    for (ScoreRow &row : scores.stages)
        if (row.stageId == t->stageId)
            if (const Stage *s = workspace.stages.find(t->stageId))
                row = stageRow(*s, tps, counts, scores);
    scores.journey = journeyRow(tps, counts, scores);
    scores.segments = segmentRows(workspace, tps, counts, scores);
}

Result<JourneyScores> ScoreEngine::score(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                         const ScoreFilter &filter, const ScoreOptions &options)
{
    if (auto r = filter.validate(); !r)
        return r.error();
    ScoreOptions withDrivers = options;
    if (withDrivers.drivers.isEmpty()) {
        auto drivers = DriverAnalysis::load(store, workspace, journey, filter);
        if (!drivers)
            return drivers.error();
        withDrivers.drivers = drivers->figures();
    }
    if (options.sentiment) {
        auto accumulator = ScoreAccumulator::load(store, workspace, journey, options.sentiment);
        if (!accumulator)
            return accumulator.error();
        accumulator->setFilter(filter);
        return evaluate(workspace, journey, accumulator->counts(), filter, withDrivers);
    }
    auto counts = loadCounts(store, workspace, journey, filter);
    if (!counts)
        return counts.error();
    return evaluate(workspace, journey, *counts, filter, withDrivers);
}

} // namespace waymark
