// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreAccumulator.h"

#include "DefaultScoreOptions.h"

#include "JourneyGraph.h"
#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {

using namespace Qt::StringLiterals;
using stats::Histogram;

namespace {

/// YYYYMMDD of a text starting with YYYY-MM-DD; 0 when shorter than 10 characters; −1
/// for any other text (compared as text, as SQL does).
qint32 dateKey(QStringView date)
{
    if (date.size() < 10)
        return 0;
    auto digit = [&date](qsizetype i) { return date[i] >= u'0' && date[i] <= u'9'; };
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!digit(i))
            return -1;
    if (date[4] != u'-' || date[7] != u'-')
        return -1;
    auto number = [&date](qsizetype at, qsizetype length) {
        qint32 v = 0;
        for (qsizetype i = at; i < at + length; ++i)
            v = v * 10 + (date[i].unicode() - u'0');
        return v;
    };
    return number(0, 4) * 10000 + number(5, 2) * 100 + number(8, 2);
}

qint8 small(const std::optional<int> &v, bool &has)
{
    has = v.has_value();
    // Values beyond a qint8 are outside every scale; −128 keeps them invalid.
    return v ? qint8(*v >= -127 && *v <= 127 ? *v : -128) : qint8(-1);
}

} // namespace

ScoreAccumulator::ScoreAccumulator(const Workspace &workspace, JourneyId journey)
{
    m_counts.journey = journey;
    for (const Stage &s : workspace.stages.children(journey.value))
        m_counts.stages.insert(s.id.value, Histogram());
    for (const Touchpoint &t : JourneyGraph::scoredTouchpoints(workspace, journey)) {
        m_slotOfTouchpoint.insert(t.id.value, qint32(m_touchpointOfSlot.size()));
        m_touchpointOfSlot.push_back(t.id.value);
        m_stageOfSlot.push_back(t.stageId.value);
        m_counts.touchpoints.insert(t.id.value, Histogram());
    }
    intern(QString()); // id 0: no channel / no segment
}

qint32 ScoreAccumulator::intern(const QString &text)
{
    const QString key = foldSegment(text);
    const auto it = m_nameIds.constFind(key);
    if (it != m_nameIds.cend()) {
        if (text < m_names[size_t(*it)]) // shown: the smallest spelling, as loadCounts shows it
            m_names[size_t(*it)] = text;
        return *it;
    }
    const qint32 id = qint32(m_names.size());
    m_nameIds.insert(key, id);
    m_names.push_back(text);
    return id;
}

void ScoreAccumulator::addItem(const FeedbackItem &f, std::optional<double> sentiment)
{
    if (m_itemIndex.contains(f.id.value))
        return;
    Item item;
    item.id = f.id.value;
    item.source = f.sourceId.value;
    item.date = dateKey(f.date);
    item.channel = intern(f.channel);
    item.segment = intern(f.segment);
    item.nps = small(f.nps, item.hasNps);
    item.csat = small(f.csat, item.hasCsat);
    item.csatScale = qint8(qBound(-128, f.csatScale, 127));
    item.ces = small(f.ces, item.hasCes);
    item.cesScale = qint8(qBound(-128, f.cesScale, 127));
    item.hasSentiment = sentiment.has_value();
    item.sentiment = sentiment.value_or(0);
    const qint32 index = qint32(m_items.size());
    if (item.date < 0)
        m_oddDates.insert(index, f.date.left(10));
    m_itemIndex.insert(item.id, index);
    m_items.push_back(std::move(item));
}

stats::ResponseValues ScoreAccumulator::valuesOf(const Item &i) const
{
    stats::ResponseValues v;
    if (i.hasNps)
        v.nps = i.nps;
    if (i.hasCsat)
        v.csat = i.csat;
    v.csatScale = i.csatScale;
    if (i.hasCes)
        v.ces = i.ces;
    v.cesScale = i.cesScale;
    if (i.hasSentiment)
        v.sentiment = i.sentiment;
    return v;
}

bool ScoreAccumulator::passes(const Item &i) const
{
    const Compiled &c = m_compiled;
    if (!c.any)
        return true;
    if (c.dates) {
        if (i.date == 0)
            return false;
        if (i.date > 0) {
            if (i.date < c.from || i.date > c.to)
                return false;
        } else {
            const QString text = m_oddDates.value(qint32(&i - m_items.data()));
            if ((!c.fromText.isEmpty() && text < c.fromText) || (!c.toText.isEmpty() && text > c.toText))
                return false;
        }
    }
    if (c.channel != -1 && i.channel != c.channel)
        return false;
    if (c.segment != -1 && i.segment != c.segment)
        return false;
    if (c.source && i.source != *c.source)
        return false;
    return true;
}

void ScoreAccumulator::apply(Item &item, qint32 slot, int sign)
{
    // `item.attached` holds the other attachments (without `slot`) when this runs.
    const stats::ResponseValues v = valuesOf(item);
    m_counts.touchpoints[m_touchpointOfSlot[size_t(slot)]].add(v, sign);
    const qint64 stage = m_stageOfSlot[size_t(slot)];
    bool stageHasIt = false;
    for (qint32 other : item.attached)
        stageHasIt = stageHasIt || m_stageOfSlot[size_t(other)] == stage;
    if (!stageHasIt)
        m_counts.stages[stage].add(v, sign);
    if (item.attached.isEmpty()) {
        m_counts.journeyTotal.add(v, sign);
        const QString key = foldSegment(m_names[size_t(item.segment)]);
        Histogram &h = m_counts.segments[key];
        h.add(v, sign);
        if (sign > 0 && !m_counts.segmentNames.contains(key))
            m_counts.segmentNames.insert(key, m_names[size_t(item.segment)]);
        if (h.isEmpty()) {
            m_counts.segments.remove(key);
            m_counts.segmentNames.remove(key);
        }
    }
}

bool ScoreAccumulator::attach(FeedbackItemId id, TouchpointId touchpoint)
{
    const auto slotIt = m_slotOfTouchpoint.constFind(touchpoint.value);
    const auto itemIt = m_itemIndex.constFind(id.value);
    if (slotIt == m_slotOfTouchpoint.cend() || itemIt == m_itemIndex.cend())
        return false;
    Item &item = m_items[size_t(*itemIt)];
    if (item.attached.contains(*slotIt))
        return false;
    if (passes(item))
        apply(item, *slotIt, +1);
    item.attached.append(*slotIt);
    ++m_attachments;
    return true;
}

bool ScoreAccumulator::detach(FeedbackItemId id, TouchpointId touchpoint)
{
    const auto slotIt = m_slotOfTouchpoint.constFind(touchpoint.value);
    const auto itemIt = m_itemIndex.constFind(id.value);
    if (slotIt == m_slotOfTouchpoint.cend() || itemIt == m_itemIndex.cend())
        return false;
    Item &item = m_items[size_t(*itemIt)];
    const qsizetype at = item.attached.indexOf(*slotIt);
    if (at < 0)
        return false;
    item.attached.remove(at);
    --m_attachments;
    if (passes(item))
        apply(item, *slotIt, -1);
    return true;
}

void ScoreAccumulator::setFilter(const ScoreFilter &filter)
{
    m_filter = filter;
    Compiled c;
    c.any = !filter.isEmpty();
    c.dates = !filter.from.isEmpty() || !filter.to.isEmpty();
    if (!filter.from.isEmpty()) {
        c.fromText = filter.from;
        c.from = dateKey(filter.from);
    }
    if (!filter.to.isEmpty()) {
        c.toText = filter.to;
        c.to = dateKey(filter.to);
        if (c.to <= 0)
            c.to = 99999999;
    }
    auto lookUp = [this](const QString &text) {
        if (text.isEmpty())
            return qint32(-1);
        return m_nameIds.value(foldSegment(text), qint32(-2));
    };
    c.channel = lookUp(filter.channel);
    c.segment = lookUp(filter.segment);
    if (filter.source)
        c.source = filter.source->value;
    m_compiled = c;
    recompute();
}

void ScoreAccumulator::recompute()
{
    // One pass into flat arrays, then into the hashes of JourneyCounts.
    const size_t slotCount = m_touchpointOfSlot.size();
    std::vector<Histogram> touchpoints(slotCount);
    QHash<qint64, qint32> stageSlot;
    std::vector<qint32> stageOfSlot(slotCount);
    std::vector<qint64> stageIds;
    for (size_t s = 0; s < slotCount; ++s) {
        const qint64 stage = m_stageOfSlot[s];
        auto it = stageSlot.constFind(stage);
        if (it == stageSlot.cend()) {
            it = stageSlot.insert(stage, qint32(stageIds.size()));
            stageIds.push_back(stage);
        }
        stageOfSlot[s] = *it;
    }
    std::vector<Histogram> stages(stageIds.size());
    std::vector<Histogram> segments(m_names.size());
    Histogram journey;
    for (const Item &item : m_items) {
        if (item.attached.isEmpty() || !passes(item))
            continue;
        const stats::ResponseValues v = valuesOf(item);
        const qsizetype k = item.attached.size();
        for (qsizetype a = 0; a < k; ++a) {
            const qint32 slot = item.attached[a];
            touchpoints[size_t(slot)].add(v);
            const qint32 stage = stageOfSlot[size_t(slot)];
            bool seen = false;
            for (qsizetype b = 0; b < a && !seen; ++b)
                seen = stageOfSlot[size_t(item.attached[b])] == stage;
            if (!seen)
                stages[size_t(stage)].add(v);
        }
        journey.add(v);
        segments[size_t(item.segment)].add(v);
    }
    for (size_t s = 0; s < slotCount; ++s)
        m_counts.touchpoints[m_touchpointOfSlot[s]] = touchpoints[s];
    for (auto it = m_counts.stages.begin(); it != m_counts.stages.end(); ++it)
        *it = Histogram();
    for (size_t s = 0; s < stageIds.size(); ++s)
        m_counts.stages[stageIds[s]] = stages[s];
    m_counts.journeyTotal = journey;
    m_counts.segments.clear();
    m_counts.segmentNames.clear();
    for (size_t s = 0; s < segments.size(); ++s) {
        if (segments[s].isEmpty())
            continue;
        const QString key = foldSegment(m_names[s]);
        m_counts.segments.insert(key, segments[s]);
        m_counts.segmentNames.insert(key, m_names[s]);
    }
}

QHash<qint64, std::vector<qint64>> ScoreAccumulator::attachedItems() const
{
    std::vector<std::vector<qint64>> bySlot(m_touchpointOfSlot.size());
    for (const Item &item : m_items)
        for (qint32 slot : item.attached)
            bySlot[size_t(slot)].push_back(item.id);
    QHash<qint64, std::vector<qint64>> out;
    for (size_t s = 0; s < bySlot.size(); ++s) {
        std::sort(bySlot[s].begin(), bySlot[s].end());
        out.insert(m_touchpointOfSlot[s], std::move(bySlot[s]));
    }
    return out;
}

ScoreTrend ScoreAccumulator::trend(const Workspace &workspace, ScoreLevel level, TrendBucket bucket) const
{
    if (level == ScoreLevel::Segment)
        level = ScoreLevel::Journey;
    ScoreTrend trend;
    trend.bucket = bucket;
    trend.level = level;
    // Rows in journey order, and the row of each touchpoint slot (as ScoreTrend::load).
    QList<TrendSeries> rows;
    std::vector<qint32> rowOfSlot(m_touchpointOfSlot.size(), 0);
    if (level == ScoreLevel::Touchpoint) {
        for (size_t s = 0; s < m_touchpointOfSlot.size(); ++s) {
            const Touchpoint *t = workspace.touchpoints.find(TouchpointId(m_touchpointOfSlot[s]));
            rowOfSlot[s] = qint32(rows.size());
            rows.append(TrendSeries{level, m_touchpointOfSlot[s], t ? t->title : QString(), {}});
        }
    } else if (level == ScoreLevel::Stage) {
        QHash<qint64, qint32> rowOfStage;
        for (const Stage &st : workspace.stages.children(m_counts.journey.value)) {
            rowOfStage.insert(st.id.value, qint32(rows.size()));
            rows.append(TrendSeries{level, st.id.value, st.name, {}});
        }
        for (size_t s = 0; s < m_stageOfSlot.size(); ++s) {
            auto it = rowOfStage.constFind(m_stageOfSlot[s]);
            if (it == rowOfStage.cend()) { // a stage the workspace no longer has: a row of its own
                it = rowOfStage.insert(m_stageOfSlot[s], qint32(rows.size()));
                rows.append(TrendSeries{level, m_stageOfSlot[s], QString(), {}});
            }
            rowOfSlot[s] = *it;
        }
    } else {
        const Journey *j = workspace.journeys.find(m_counts.journey);
        rows.append(TrendSeries{level, 0, j ? j->name : QString(), {}});
    }
    std::vector<QMap<QDate, Histogram>> buckets(size_t(rows.size()));
    QHash<qint32, QDate> startOfDay; // YYYYMMDD → start of its period
    for (const Item &item : m_items) {
        if (item.attached.isEmpty() || !passes(item))
            continue;
        QDate start;
        if (item.date > 0) {
            auto known = startOfDay.constFind(item.date);
            if (known == startOfDay.cend())
                known = startOfDay.insert(
                    item.date, ScoreTrend::bucketStart(QDate(item.date / 10000, item.date / 100 % 100, item.date % 100), bucket));
            start = *known;
        }
        if (!start.isValid()) {
            ++trend.undated;
            continue;
        }
        const stats::ResponseValues v = valuesOf(item);
        const qsizetype k = item.attached.size();
        for (qsizetype a = 0; a < k; ++a) {
            const qint32 row = rowOfSlot[size_t(item.attached[a])];
            bool seen = false;
            for (qsizetype b = 0; b < a && !seen; ++b)
                seen = rowOfSlot[size_t(item.attached[b])] == row;
            if (!seen)
                buckets[size_t(row)][start].add(v);
        }
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QMap<QDate, Histogram> &points = buckets[size_t(r)];
        if (points.isEmpty())
            continue;
        TrendSeries series = rows[r];
        for (auto it = points.cbegin(); it != points.cend(); ++it)
            series.points.append(TrendPoint{it.key(), it.value()});
        trend.series.append(series);
    }
    return trend;
}

Result<ScoreAccumulator> ScoreAccumulator::load(const WorkspaceStore &store, const Workspace &workspace,
                                                JourneyId journey, const SentimentHook &sentiment)
{
    return load(store.database(), workspace, journey, sentiment);
}

Result<ScoreAccumulator> ScoreAccumulator::load(const QSqlDatabase &database, const Workspace &workspace,
                                                JourneyId journey, const SentimentHook &sentiment)
{
    ScoreAccumulator acc(workspace, journey);
    acc.m_counts.sentimentScored = bool(sentiment);
    if (acc.m_touchpointOfSlot.empty())
        return acc;
    QStringList ids;
    for (qint64 id : acc.m_touchpointOfSlot)
        ids << QString::number(id);
    // Ids come from the model (integers), not from user text.
    const QString sql = u"SELECT f.id, a.touchpoint_id, f.source_id, f.date, f.channel, f.segment, f.nps, f.csat,"
                        " f.csat_scale, f.ces, f.ces_scale%1 FROM attachment_by_touchpoint a JOIN feedback_item f"
                        " ON f.id = a.feedback_id WHERE a.touchpoint_id IN (%2) ORDER BY f.id"_s.arg(
                            sentimentColumn(sentiment, u"f"_s), ids.join(u','));
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(QCoreApplication::translate("waymark::ScoreEngine", "Could not read the feedback of the journey"),
                        q.lastError());
    qint64 last = 0;
    qint32 lastIndex = -1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != last || lastIndex < 0) {
            FeedbackItem f;
            f.id = FeedbackItemId(id);
            f.sourceId = FeedbackSourceId(q.value(2).toLongLong());
            f.date = q.value(3).toString();
            f.channel = q.value(4).toString();
            f.segment = q.value(5).toString();
            f.nps = optionalInt(q.value(6));
            f.csat = optionalInt(q.value(7));
            f.csatScale = q.value(8).toInt();
            f.ces = optionalInt(q.value(9));
            f.cesScale = q.value(10).toInt();
            acc.addItem(f, sentimentOfColumn(sentiment, q.value(11)));
            last = id;
            lastIndex = acc.m_itemIndex.value(id);
        }
        Item &item = acc.m_items[size_t(lastIndex)];
        const qint32 slot = acc.m_slotOfTouchpoint.value(q.value(1).toLongLong(), -1);
        if (slot >= 0 && !item.attached.contains(slot)) {
            item.attached.append(slot);
            ++acc.m_attachments;
        }
    }
    acc.recompute();
    return acc;
}

} // namespace waymark
