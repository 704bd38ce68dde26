// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTables.h"

#include "storage/WorkspaceStore.h"

#include <QHash>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

QVariant num(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant low(const std::optional<stats::Interval> &i)
{
    return i ? QVariant(i->low) : QVariant();
}

QVariant high(const std::optional<stats::Interval> &i)
{
    return i ? QVariant(i->high) : QVariant();
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant optInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

DataTable ExportTables::scores(const QList<JourneyScores> &journeys)
{
    DataTable t;
    t.name = u"Scores"_s;
    t.columns = {u"journey"_s, u"level"_s, u"stage"_s, u"touchpoint"_s, u"n"_s,
                 u"nps_n"_s, u"nps"_s, u"nps_low"_s, u"nps_high"_s, u"promoters"_s, u"passives"_s, u"detractors"_s,
                 u"nps_flag"_s, u"csat_n"_s, u"csat_top2"_s, u"csat_low"_s, u"csat_high"_s, u"csat_mean"_s,
                 u"csat_flag"_s, u"ces_n"_s, u"ces_mean"_s, u"ces_low"_s, u"ces_high"_s, u"ces_agree"_s,
                 u"ces_flag"_s, u"assumed"_s, u"metric"_s, u"measured_n"_s, u"measured"_s, u"gap"_s, u"reach"_s,
                 u"confidence"_s, u"priority"_s, u"moment_of_truth"_s, u"flags"_s};
    for (const JourneyScores &s : journeys) {
        QList<ScoreRow> rows = s.touchpoints;
        rows += s.stages;
        rows << s.journey;
        for (const ScoreRow &r : rows) {
            const bool tp = r.level == ScoreLevel::Touchpoint;
            t.rows << QList<QVariant>{
                s.journeyName, scoreLevelKey(r.level), r.level == ScoreLevel::Journey ? QVariant() : text(r.stage),
                tp ? text(r.touchpoint) : QVariant(), r.n,
                r.nps.n, num(r.nps.value), low(r.nps.interval), high(r.nps.interval), r.nps.promoters, r.nps.passives,
                r.nps.detractors, text(stats::sampleFlagKey(r.nps.flag)),
                r.csat.n, num(r.csat.top2), low(r.csat.interval), high(r.csat.interval), num(r.csat.mean),
                text(stats::sampleFlagKey(r.csat.flag)),
                r.ces.n, num(r.ces.mean), low(r.ces.interval), high(r.ces.interval), num(r.ces.agree),
                text(stats::sampleFlagKey(r.ces.flag)),
                num(r.assumed), r.metric ? QVariant(metricKey(*r.metric)) : QVariant(), r.measuredN, num(r.measured),
                num(r.gap), tp ? num(r.reach) : QVariant(), num(r.confidence), num(r.priority),
                tp ? QVariant(r.momentOfTruth ? 1 : 0) : QVariant(), text(r.flags.join(u' '))};
        }
    }
    return t;
}

DataTable ExportTables::priorities(const QList<JourneyScores> &journeys)
{
    DataTable t;
    t.name = u"Priorities"_s;
    t.columns = {u"journey"_s, u"rank"_s, u"stage"_s, u"touchpoint"_s, u"priority"_s, u"gap"_s, u"reach"_s,
                 u"confidence"_s, u"measured_n"_s, u"reason"_s};
    for (const JourneyScores &s : journeys) {
        int rank = 0;
        for (const ScoreRow &r : s.priorities())
            t.rows << QList<QVariant>{s.journeyName, ++rank, text(r.stage), text(r.touchpoint), num(r.priority),
                                      num(r.gap), num(r.reach), num(r.confidence), r.measuredN, text(r.reason)};
    }
    return t;
}

Result<DataTable> ExportTables::feedback(const WorkspaceStore &store, const Workspace &workspace)
{
    auto pairs = store.attachments();
    if (!pairs)
        return pairs.error();
    auto sources = store.sources();
    if (!sources)
        return sources.error();
    QHash<qint64, QString> sourceNames;
    for (const FeedbackSource &s : *sources)
        sourceNames.insert(s.id.value, s.name);
    QHash<qint64, QStringList> attachedTo;
    for (const auto &[item, touchpoint] : *pairs) {
        const Touchpoint *tp = workspace.touchpoints.find(touchpoint);
        if (!tp)
            continue;
        const Journey *j = workspace.journeys.find(tp->journeyId);
        const Stage *st = workspace.stages.find(tp->stageId);
        attachedTo[item.value] << (j ? j->name : QString()) + u" ▸ "_s + (st ? st->name : QString()) + u" ▸ "_s
                                      + tp->title;
    }
    DataTable t;
    t.name = u"Feedback"_s;
    t.columns = {u"id"_s, u"source"_s, u"response_id"_s, u"date"_s, u"channel"_s, u"segment"_s, u"respondent_id"_s,
                 u"touchpoint"_s, u"stage"_s, u"nps"_s, u"csat"_s, u"csat_scale"_s, u"ces"_s, u"ces_scale"_s,
                 u"comment"_s, u"attached_to"_s};
    auto r = store.forEachFeedback([&](const FeedbackItem &f) {
        t.rows << QList<QVariant>{f.id.value, text(sourceNames.value(f.sourceId.value)), text(f.responseId),
                                  text(f.date), text(f.channel), text(f.segment), text(f.respondentId),
                                  text(f.touchpoint), text(f.stage), optInt(f.nps), optInt(f.csat),
                                  f.csat ? QVariant(f.csatScale) : QVariant(), optInt(f.ces),
                                  f.ces ? QVariant(f.cesScale) : QVariant(), text(f.comment),
                                  text(attachedTo.value(f.id.value).join(u"; "_s))};
        return true;
    });
    if (!r)
        return r.error();
    return t;
}

Result<QList<JourneyScores>> ExportTables::scoreAll(const WorkspaceStore &store, const Workspace &workspace)
{
    QList<JourneyScores> all;
    for (const Journey &j : workspace.journeys) {
        auto s = ScoreEngine::score(store, workspace, j.id);
        if (!s)
            return s.error();
        all << *s;
    }
    return all;
}

} // namespace waymark
