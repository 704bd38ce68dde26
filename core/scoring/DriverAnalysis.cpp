// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriverAnalysis.h"

#include "JourneyGraph.h"
#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <vector>

namespace waymark {

using namespace Qt::StringLiterals;

QString ipaQuadrantKey(IpaQuadrant quadrant)
{
    switch (quadrant) {
    case IpaQuadrant::ConcentrateHere: return u"concentrate-here"_s;
    case IpaQuadrant::KeepUpTheGoodWork: return u"keep-up-the-good-work"_s;
    case IpaQuadrant::LowPriority: return u"low-priority"_s;
    case IpaQuadrant::PossibleOverkill: return u"possible-overkill"_s;
    }
    return {};
}

namespace {

bool validCsat(const DriverResponse &r)
{
    return r.csat && *r.csat >= 1 && *r.csat <= r.csatScale && (r.csatScale == 2 || r.csatScale == 5 ||
                                                               r.csatScale == 7 || r.csatScale == 10);
}

} // namespace

QHash<qint64, double> DriverAnalysis::correlations() const
{
    QHash<qint64, double> out;
    for (const Driver &d : drivers)
        if (d.r)
            out.insert(d.touchpoint.value, *d.r);
    return out;
}

QHash<qint64, TouchpointDriver> DriverAnalysis::figures() const
{
    QHash<qint64, TouchpointDriver> out;
    for (const Driver &d : drivers)
        if (d.pairs > 0)
            out.insert(d.touchpoint.value, {d.pairs, d.r, d.quadrant ? ipaQuadrantKey(*d.quadrant) : QString()});
    return out;
}

DriverAnalysis DriverAnalysis::compute(const QList<DriverResponse> &responses, const QList<Touchpoint> &touchpoints)
{
    DriverAnalysis out;
    // Overall NPS per respondent: the latest unattached answer (date, then input order,
    // which load() sorts by id).
    struct Overall
    {
        QString date;
        int nps;
    };
    QHash<QString, Overall> overall;
    // Per touchpoint, per respondent: Σ mapped CSAT and count; per touchpoint all answers.
    QHash<qint64, QHash<QString, std::pair<double, int>>> ratings;
    QHash<qint64, std::pair<double, qint64>> performance;
    for (const DriverResponse &r : responses) {
        if (!r.touchpoint.isValid()) {
            if (r.respondent.isEmpty() || !r.nps || *r.nps < 0 || *r.nps > 10)
                continue;
            const auto it = overall.constFind(r.respondent);
            if (it == overall.cend() || r.date >= it->date)
                overall.insert(r.respondent, {r.date, *r.nps});
            continue;
        }
        if (!validCsat(r))
            continue;
        const double mapped = stats::toEmotionScale(*r.csat, r.csatScale);
        auto &p = performance[r.touchpoint.value];
        p.first += mapped;
        ++p.second;
        if (!r.respondent.isEmpty()) {
            auto &rating = ratings[r.touchpoint.value][r.respondent];
            rating.first += mapped;
            ++rating.second;
        }
    }
    out.respondentsWithOverall = overall.size();

    double importanceSum = 0, performanceSum = 0;
    int shown = 0;
    for (const Touchpoint &t : touchpoints) {
        Driver d;
        d.touchpoint = t.id;
        d.title = t.title;
        const auto perf = performance.value(t.id.value);
        d.performanceN = perf.second;
        if (perf.second > 0)
            d.performance = perf.first / double(perf.second);
        std::vector<double> x, y;
        const auto rs = ratings.value(t.id.value);
        // Sorted respondents: the sums do not depend on hash order.
        QStringList respondents = rs.keys();
        respondents.sort();
        for (const QString &respondent : respondents) {
            const auto o = overall.constFind(respondent);
            if (o == overall.cend())
                continue;
            const auto &rating = rs.value(respondent);
            x.push_back(rating.first / rating.second);
            y.push_back(o->nps);
        }
        d.pairs = qint64(x.size());
        if (d.pairs >= kMinimumPairs)
            d.r = stats::pearson(x.data(), y.data(), qsizetype(x.size()));
        if (d.r && d.performance) {
            importanceSum += *d.r;
            performanceSum += *d.performance;
            ++shown;
        }
        out.drivers.append(d);
    }
    if (shown > 0) {
        out.meanImportance = importanceSum / shown;
        out.meanPerformance = performanceSum / shown;
        for (Driver &d : out.drivers) {
            if (!d.r || !d.performance)
                continue;
            const bool important = *d.r >= *out.meanImportance;
            const bool performing = *d.performance >= *out.meanPerformance;
            d.quadrant = important ? (performing ? IpaQuadrant::KeepUpTheGoodWork : IpaQuadrant::ConcentrateHere)
                                   : (performing ? IpaQuadrant::PossibleOverkill : IpaQuadrant::LowPriority);
        }
    }
    return out;
}

Result<DriverAnalysis> DriverAnalysis::load(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                            const ScoreFilter &filter)
{
    const QList<Touchpoint> tps = JourneyGraph::scoredTouchpoints(workspace, journey);
    if (tps.isEmpty())
        return compute({}, tps);
    QStringList ids;
    for (const Touchpoint &t : tps)
        ids << QString::number(t.id.value);
    QVariantList binds;
    QString where = filter.sqlCondition(u"f"_s, binds);
    where = where.isEmpty() ? QString() : u" AND "_s + where;
    // Attached to a scored touchpoint with a CSAT answer, or attached to none with an NPS
    // answer; ids come from the model (integers), not from user text.
    const QString sql =
        u"SELECT f.respondent_id, a.touchpoint_id, f.date, f.nps, f.csat, f.csat_scale, f.id FROM feedback_item f"
        " JOIN attachment_by_touchpoint a ON a.feedback_id = f.id AND a.touchpoint_id IN (%1)"
        " WHERE f.respondent_id <> '' AND f.csat IS NOT NULL%2"
        " UNION ALL"
        " SELECT f.respondent_id, NULL, f.date, f.nps, NULL, 5, f.id FROM feedback_item f"
        " WHERE f.respondent_id <> '' AND f.nps IS NOT NULL%2"
        " AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.feedback_id = f.id AND a.touchpoint_id IN (%1))"
        " ORDER BY 1, 3, 7"_s.arg(ids.join(u','), where);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(QCoreApplication::translate("waymark::ScoreEngine", "Could not read the respondents"), q.lastError());
    for (int copy = 0; copy < 2; ++copy)
        for (const QVariant &b : binds)
            q.addBindValue(b);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("waymark::ScoreEngine", "Could not read the respondents"), q.lastError());
    QList<DriverResponse> responses;
    while (q.next()) {
        DriverResponse r;
        r.respondent = q.value(0).toString();
        r.touchpoint = TouchpointId(q.value(1).toLongLong());
        r.date = q.value(2).toString();
        r.nps = optionalInt(q.value(3));
        r.csat = optionalInt(q.value(4));
        r.csatScale = q.value(5).toInt();
        responses.append(r);
    }
    return compute(responses, tps);
}

} // namespace waymark
