// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreEngine.h"

#include "JourneyGraph.h"
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
    }
    return {};
}

std::optional<ScoreLevel> scoreLevelFromKey(const QString &key)
{
    for (ScoreLevel l : {ScoreLevel::Touchpoint, ScoreLevel::Stage, ScoreLevel::Journey})
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
    // not user text). One statement: the touchpoints' histograms, then per stage and for
    // the journey the histograms of the DISTINCT items attached anywhere in them.
    QStringList where;
    QVariantList binds;
    if (!filter.from.isEmpty() || !filter.to.isEmpty())
        where << u"length(f.date) >= 10"_s; // an item without a date is outside any date range
    if (!filter.from.isEmpty()) {
        where << u"substr(f.date, 1, 10) >= ?"_s;
        binds << filter.from;
    }
    if (!filter.to.isEmpty()) {
        where << u"substr(f.date, 1, 10) <= ?"_s;
        binds << filter.to;
    }
    if (!filter.channel.isEmpty()) {
        where << u"f.channel = ? COLLATE NOCASE"_s;
        binds << filter.channel;
    }
    if (!filter.segment.isEmpty()) {
        where << u"f.segment = ? COLLATE NOCASE"_s;
        binds << filter.segment;
    }
    if (filter.source) {
        where << u"f.source_id = ?"_s;
        binds << filter.source->value;
    }
    const QString answers = u"f.nps, f.csat, f.csat_scale, f.ces, f.ces_scale"_s;
    const QString sql =
        u"WITH tp(tid, sid) AS (VALUES %1),"
        " hit AS (SELECT a.feedback_id AS fid, tp.tid AS tid, tp.sid AS sid FROM attachment a"
        " JOIN tp ON tp.tid = a.touchpoint_id JOIN feedback_item f ON f.id = a.feedback_id%2)"
        " SELECT 0, h.tid, %3, count(*) FROM hit h JOIN feedback_item f ON f.id = h.fid GROUP BY h.tid, %3"
        " UNION ALL"
        " SELECT 1, d.sid, %3, count(*) FROM (SELECT DISTINCT fid, sid FROM hit) d"
        " JOIN feedback_item f ON f.id = d.fid GROUP BY d.sid, %3"
        " UNION ALL"
        " SELECT 2, 0, %3, count(*) FROM (SELECT DISTINCT fid FROM hit) d"
        " JOIN feedback_item f ON f.id = d.fid GROUP BY %3"_s.arg(
            values.join(u','), where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s), answers);

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
        const qint64 key = q.value(1).toLongLong();
        const stats::ResponseValues v{optionalInt(q.value(2)), optionalInt(q.value(3)), q.value(4).toInt(),
                                      optionalInt(q.value(5)), q.value(6).toInt()};
        const qint64 n = q.value(7).toLongLong();
        if (level == 0)
            counts.touchpoints[key].add(v, n);
        else if (level == 1)
            counts.stages[key].add(v, n);
        else
            counts.journeyTotal.add(v, n);
    }
    return counts;
}

// Evaluating ------------------------------------------------------------------------

namespace {

/// Scores of one histogram; the measured emotion from `metric`.
ScoreRow scoreRow(const Histogram &h, std::optional<Metric> metric)
{
    ScoreRow row;
    row.n = h.items();
    row.nps = stats::npsScore(h);
    row.csat = stats::csatScore(h);
    row.ces = stats::cesScore(h);
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
            // Hook: filled once core/scoring/Sentiment computes row.sentiment.
            if (row.sentiment) {
                row.measured = 2 * row.sentiment->mean;
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
        return tr("%1: no %2 answers attached, so there is no measured emotion to compare").arg(name, label);
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

JourneyScores ScoreEngine::evaluate(const Workspace &workspace, JourneyId journey, const JourneyCounts &counts,
                                    const ScoreFilter &filter, const ScoreOptions &options)
{
    JourneyScores out;
    out.journeyId = journey;
    if (const Journey *j = workspace.journeys.find(journey))
        out.journeyName = j->name;
    out.filter = filter;

    // The journey's primary metric: one metric for every touchpoint so the emotion curve
    // compares like with like.
    out.primaryMetric = options.primaryMetric;
    if (!out.primaryMetric) {
        if (stats::csatScore(counts.journeyTotal).n > 0)
            out.primaryMetric = Metric::Csat;
        else if (stats::npsScore(counts.journeyTotal).n > 0)
            out.primaryMetric = Metric::Nps;
        else if (stats::cesScore(counts.journeyTotal).n > 0)
            out.primaryMetric = Metric::Ces;
        // Sentiment comes last, once core/scoring/Sentiment exists.
    }

    const ReachResult reach = JourneyGraph::reach(workspace, journey);
    out.volumesKnown = reach.volumesKnown;
    if (!reach.problem.isEmpty())
        out.issues << reach.problem;

    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, journey);
    for (const Touchpoint &t : tps) {
        ScoreRow row = scoreRow(counts.touchpoints.value(t.id.value), out.primaryMetric);
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
        row.reach = reach.reachOf(t.id);
        if (!row.reach)
            row.flags << u"reach-unknown"_s;
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
        row.reason = reasonFor(row, out.primaryMetric, reach);
        out.touchpoints.append(row);
    }

    for (const Stage &s : workspace.stages.children(journey.value)) {
        ScoreRow row = scoreRow(counts.stages.value(s.id.value), out.primaryMetric);
        row.level = ScoreLevel::Stage;
        row.stageId = s.id;
        row.stage = s.name;
        QList<Touchpoint> inStage;
        for (const Touchpoint &t : tps)
            if (t.stageId == s.id)
                inStage.append(t);
        setAssumed(row, meanAssumed(inStage));
        out.stages.append(row);
    }

    out.journey = scoreRow(counts.journeyTotal, out.primaryMetric);
    out.journey.level = ScoreLevel::Journey;
    setAssumed(out.journey, meanAssumed(tps));
    return out;
}

Result<JourneyScores> ScoreEngine::score(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                         const ScoreFilter &filter, const ScoreOptions &options)
{
    auto counts = loadCounts(store, workspace, journey, filter);
    if (!counts)
        return counts.error();
    return evaluate(workspace, journey, *counts, filter, options);
}

} // namespace waymark
