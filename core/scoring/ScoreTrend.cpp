// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreTrend.h"

#include "DefaultScoreOptions.h"

#include "JourneyGraph.h"
#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace waymark {

using namespace Qt::StringLiterals;

QDate ScoreTrend::bucketStart(const QDate &date, TrendBucket bucket)
{
    if (!date.isValid())
        return {};
    if (bucket == TrendBucket::Month)
        return QDate(date.year(), date.month(), 1);
    return date.addDays(1 - date.dayOfWeek());
}

QString ScoreTrend::bucketLabel(const QDate &start, TrendBucket bucket)
{
    if (bucket == TrendBucket::Month)
        return start.toString(u"yyyy-MM"_s);
    int year = 0;
    const int week = start.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<ScoreTrend> ScoreTrend::load(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                    ScoreLevel level, TrendBucket bucket, const ScoreFilter &filter,
                                    const SentimentHook &sentiment)
{
    if (auto r = filter.validate(); !r)
        return r.error();
    if (level == ScoreLevel::Segment)
        level = ScoreLevel::Journey;
    ScoreTrend trend;
    trend.bucket = bucket;
    trend.level = level;

    // Rows in journey order, and the key of each touchpoint's row.
    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, journey);
    QList<TrendSeries> rows;
    QHash<qint64, qint64> rowOf; // touchpoint id → row key
    if (level == ScoreLevel::Touchpoint) {
        for (const Touchpoint &t : tps) {
            rows.append(TrendSeries{level, t.id.value, t.title, {}});
            rowOf.insert(t.id.value, t.id.value);
        }
    } else if (level == ScoreLevel::Stage) {
        for (const Stage &s : workspace.stages.children(journey.value))
            rows.append(TrendSeries{level, s.id.value, s.name, {}});
        for (const Touchpoint &t : tps)
            rowOf.insert(t.id.value, t.stageId.value);
    } else {
        const Journey *j = workspace.journeys.find(journey);
        rows.append(TrendSeries{level, 0, j ? j->name : QString(), {}});
        for (const Touchpoint &t : tps)
            rowOf.insert(t.id.value, 0);
    }
    if (tps.isEmpty())
        return trend;

    QStringList ids;
    for (const Touchpoint &t : tps)
        ids << QString::number(t.id.value);
    QVariantList binds;
    const QString where = filter.sqlCondition(u"f"_s, binds);
    // Ids are integers from the model, not user text.
    const QString sql = u"SELECT a.touchpoint_id, f.id, substr(f.date, 1, 10), f.nps, f.csat, f.csat_scale, f.ces,"
                        " f.ces_scale%3 FROM attachment_by_touchpoint a JOIN feedback_item f ON f.id = a.feedback_id"
                        " WHERE a.touchpoint_id IN (%1)%2"_s.arg(ids.join(u','),
                                                                where.isEmpty() ? QString() : u" AND ("_s + where + u')',
                                                                sentimentColumn(sentiment, u"f"_s));
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(QCoreApplication::translate("waymark::ScoreTrend", "Could not read the feedback of the journey"),
                        q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("waymark::ScoreTrend", "Could not read the feedback of the journey"),
                        q.lastError());

    QHash<qint64, QMap<QDate, stats::Histogram>> buckets; // row key → period → counts
    QSet<QPair<qint64, qint64>> seen;                      // (row key, item): each item once per row
    QSet<qint64> undated;
    QHash<qint64, std::optional<double>> scored; // item → its comment's score, scored once
    while (q.next()) {
        const qint64 row = rowOf.value(q.value(0).toLongLong());
        const qint64 item = q.value(1).toLongLong();
        if (seen.contains({row, item}))
            continue;
        seen.insert({row, item});
        const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!date.isValid()) {
            undated.insert(item);
            continue;
        }
        std::optional<double> score;
        if (sentiment) {
            auto known = scored.constFind(item);
            if (known == scored.cend())
                known = scored.insert(item, sentimentOfColumn(sentiment, q.value(8)));
            score = *known;
        }
        const stats::ResponseValues v{optionalInt(q.value(3)), optionalInt(q.value(4)), q.value(5).toInt(),
                                      optionalInt(q.value(6)), q.value(7).toInt(), score};
        buckets[row][bucketStart(date, bucket)].add(v);
    }
    trend.undated = undated.size();
    for (TrendSeries &s : rows) {
        const auto found = buckets.constFind(s.id);
        if (found == buckets.cend())
            continue;
        for (auto it = found->cbegin(); it != found->cend(); ++it)
            s.points.append(TrendPoint{it.key(), it.value()});
        trend.series.append(s);
    }
    return trend;
}

} // namespace waymark
