// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;
using stats::Interval;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark::ScoreFormat", text);
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// A metric's object, or null when no response has that metric (SCORING.md: no data is
/// shown as no data, not as zeros).
QJsonValue orNull(qint64 n, const QJsonObject &metric)
{
    return n > 0 ? QJsonValue(metric) : QJsonValue(QJsonValue::Null);
}

QJsonValue flagValue(stats::SampleFlag flag)
{
    const QString key = stats::sampleFlagKey(flag);
    return key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key);
}

QJsonValue scaleValue(int scale)
{
    if (scale < 0)
        return u"mixed"_s;
    return scale == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(scale);
}

std::optional<double> low(const std::optional<Interval> &i)
{
    return i ? std::optional<double>(i->low) : std::nullopt;
}

std::optional<double> high(const std::optional<Interval> &i)
{
    return i ? std::optional<double>(i->high) : std::nullopt;
}

/// Full precision: the shortest text that reads back as the same double.
QString full(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString quoted = s;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// For people -----------------------------------------------------------------------

QString fixed(double v, int decimals, bool sign = false)
{
    QString t = QString::number(std::abs(v), 'f', decimals);
    if (t.toDouble() == 0)
        return t;
    if (v < 0)
        return u"−"_s + t;
    return sign ? u"+"_s + t : t;
}

QString withSample(QString figure, qint64 n, stats::SampleFlag flag)
{
    figure += u" n="_s + QString::number(n);
    const QString key = stats::sampleFlagKey(flag);
    if (!key.isEmpty())
        figure += u' ' + key;
    return figure;
}

QString npsCell(const stats::NpsScore &s)
{
    if (!s.value)
        return tr("no data");
    return withSample(u"%1 [%2, %3]"_s.arg(fixed(*s.value, 1, true), fixed(s.interval->low, 0, true),
                                          fixed(s.interval->high, 0, true)),
                      s.n, s.flag);
}

QString csatCell(const stats::CsatScore &s)
{
    if (!s.top2)
        return tr("no data");
    return withSample(u"%1% [%2, %3]"_s.arg(fixed(*s.top2, 1), fixed(s.interval->low, 0), fixed(s.interval->high, 0)),
                      s.n, s.flag);
}

/// The mean with its interval; with mixed scales (no common mean) the share agreeing.
QString cesCell(const stats::CesScore &s)
{
    if (!s.agree)
        return tr("no data");
    QString t;
    if (s.mean) {
        t = fixed(*s.mean, 2);
        if (s.interval)
            t += u" [%1, %2]"_s.arg(fixed(s.interval->low, 2), fixed(s.interval->high, 2));
    } else {
        t = tr("agree %1% [%2, %3]")
                .arg(fixed(*s.agree, 1), fixed(s.agreeInterval->low, 0), fixed(s.agreeInterval->high, 0));
    }
    return withSample(t, s.n, s.flag);
}

/// Mean compound score with the share of negative comments.
QString sentimentCell(const std::optional<stats::SentimentScore> &s)
{
    if (!s || !s->mean)
        return tr("no data");
    return withSample(tr("%1 (%2% negative)").arg(fixed(*s->mean, 2, true), fixed(*s->negative, 0)), s->n, s->flag);
}

QString optionalCell(const std::optional<double> &v, int decimals, bool sign)
{
    return v ? fixed(*v, decimals, sign) : u"–"_s;
}

QString measuredCell(const ScoreRow &r)
{
    if (!r.measured || !r.metric)
        return u"–"_s;
    return withSample(fixed(*r.measured, 2, true), r.measuredN, stats::sampleFlag(r.measuredN));
}

QString derivedCell(const std::optional<double> &v, const ScoreRow &r, int decimals, bool sign)
{
    if (!v)
        return u"–"_s;
    QString t = fixed(*v, decimals, sign);
    const QString key = stats::sampleFlagKey(stats::sampleFlag(r.measuredN));
    return key.isEmpty() ? t : t + u' ' + key;
}

/// Left-aligned columns separated by two spaces; the last column is not padded.
QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line;
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            line += c + 1 < rows[r].size() ? rows[r][c].leftJustified(widths[c] + 2) : rows[r][c];
        out += line + u'\n';
        if (r == 0) {
            qsizetype total = 0;
            for (qsizetype w : widths)
                total += w + 2;
            out += QString(total - 2, u'─') + u'\n';
        }
    }
    return out;
}

QString filterText(const ScoreFilter &f)
{
    QStringList parts;
    if (!f.from.isEmpty())
        parts << tr("from %1").arg(f.from);
    if (!f.to.isEmpty())
        parts << tr("to %1").arg(f.to);
    if (!f.channel.isEmpty())
        parts << tr("channel %1").arg(f.channel);
    if (!f.segment.isEmpty())
        parts << tr("segment %1").arg(f.segment);
    if (f.source)
        parts << tr("source %1").arg(f.source->value);
    return parts.isEmpty() ? tr("all feedback") : parts.join(u", "_s);
}

QString heading(const JourneyScores &s, const QString &what)
{
    return tr("Journey “%1”: %2.\nFeedback: %3. Primary metric: %4.\n")
        .arg(s.journeyName, what, filterText(s.filter),
             s.primaryMetric ? metricLabel(*s.primaryMetric) : tr("none (no feedback)"));
}

QString footer(const JourneyScores &s)
{
    QString t = tr("95 % intervals in brackets. n = answers behind the figure; anecdotal: n < 10, tentative: n < 30.\n");
    if (!s.volumesKnown)
        t += tr("No transition volumes: every touchpoint has reach 1.\n");
    for (const QString &issue : s.issues)
        t += tr("Note: %1\n").arg(issue);
    return t;
}

} // namespace

QJsonObject ScoreFormat::filterJson(const ScoreFilter &f)
{
    auto opt = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return {{u"from"_s, opt(f.from)},
            {u"to"_s, opt(f.to)},
            {u"channel"_s, opt(f.channel)},
            {u"segment"_s, opt(f.segment)},
            {u"source"_s, f.source ? QJsonValue(f.source->value) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject ScoreFormat::rowJson(const ScoreRow &r)
{
    const bool isTouchpoint = r.level == ScoreLevel::Touchpoint;
    QJsonObject shortfalls;
    for (auto it = r.shortfalls.cbegin(); it != r.shortfalls.cend(); ++it)
        shortfalls.insert(it.key(), it.value());
    QJsonArray flags;
    for (const QString &f : r.flags)
        flags.append(f);
    QJsonObject o{
        {u"level"_s, scoreLevelKey(r.level)},
        {u"stage"_s, isTouchpoint || r.level == ScoreLevel::Stage ? text(r.stage) : QJsonValue(QJsonValue::Null)},
        {u"stageId"_s, r.stageId.isValid() ? QJsonValue(r.stageId.value) : QJsonValue(QJsonValue::Null)},
        {u"touchpoint"_s, isTouchpoint ? text(r.touchpoint) : QJsonValue(QJsonValue::Null)},
        {u"touchpointId"_s, isTouchpoint ? QJsonValue(r.touchpointId.value) : QJsonValue(QJsonValue::Null)},
        {u"n"_s, r.n},
        {u"nps"_s, orNull(r.nps.n,
         QJsonObject{{u"n"_s, r.nps.n},
                     {u"value"_s, number(r.nps.value)},
                     {u"low"_s, number(low(r.nps.interval))},
                     {u"high"_s, number(high(r.nps.interval))},
                     {u"promoters"_s, r.nps.promoters},
                     {u"passives"_s, r.nps.passives},
                     {u"detractors"_s, r.nps.detractors},
                     {u"flag"_s, flagValue(r.nps.flag)}})},
        {u"csat"_s, orNull(r.csat.n,
         QJsonObject{{u"n"_s, r.csat.n},
                     {u"scale"_s, scaleValue(r.csat.scale)},
                     {u"top2"_s, number(r.csat.top2)},
                     {u"low"_s, number(low(r.csat.interval))},
                     {u"high"_s, number(high(r.csat.interval))},
                     {u"mean"_s, number(r.csat.mean)},
                     {u"flag"_s, flagValue(r.csat.flag)}})},
        {u"ces"_s, orNull(r.ces.n,
         QJsonObject{{u"n"_s, r.ces.n},
                     {u"scale"_s, scaleValue(r.ces.scale)},
                     {u"mean"_s, number(r.ces.mean)},
                     {u"low"_s, number(low(r.ces.interval))},
                     {u"high"_s, number(high(r.ces.interval))},
                     {u"agree"_s, number(r.ces.agree)},
                     {u"agreeLow"_s, number(low(r.ces.agreeInterval))},
                     {u"agreeHigh"_s, number(high(r.ces.agreeInterval))},
                     {u"flag"_s, flagValue(r.ces.flag)}})},
        {u"sentiment"_s, r.sentiment && r.sentiment->n > 0 ? QJsonValue(QJsonObject{{u"n"_s, r.sentiment->n},
                                                               {u"mean"_s, number(r.sentiment->mean)},
                                                               {u"positive"_s, number(r.sentiment->positive)},
                                                               {u"neutral"_s, number(r.sentiment->neutral)},
                                                               {u"negative"_s, number(r.sentiment->negative)},
                                                               {u"flag"_s, flagValue(r.sentiment->flag)}})
                                     : QJsonValue(QJsonValue::Null)},
        {u"assumed"_s, number(r.assumed)},
        {u"metric"_s, r.metric ? QJsonValue(metricKey(*r.metric)) : QJsonValue(QJsonValue::Null)},
        {u"measuredN"_s, r.measuredN},
        {u"measured"_s, number(r.measured)},
        {u"gap"_s, number(r.gap)},
        {u"shortfalls"_s, shortfalls},
        {u"reach"_s, isTouchpoint ? number(r.reach) : QJsonValue(QJsonValue::Null)},
        {u"dropOff"_s, number(r.dropOff)},
        {u"betweenness"_s, number(r.betweenness)},
        {u"confidence"_s, number(r.confidence)},
        {u"priority"_s, number(r.priority)},
        {u"flags"_s, flags},
    };
    if (isTouchpoint) {
        o.insert(u"reason"_s, r.reason);
        o.insert(u"momentOfTruth"_s, r.momentOfTruth);
        o.insert(u"momentOfTruthCandidate"_s, r.momentOfTruthCandidate);
        o.insert(u"driver"_s, r.driver ? QJsonValue(QJsonObject{{u"pairs"_s, r.driver->pairs},
                                                                {u"r"_s, number(r.driver->r)},
                                                                {u"quadrant"_s, text(r.driver->quadrant.isEmpty()
                                                                                         ? QString()
                                                                                         : r.driver->quadrant)}})
                                       : QJsonValue(QJsonValue::Null));
    }
    if (r.level == ScoreLevel::Segment) {
        o.insert(u"segment"_s, r.segment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.segment));
        o.insert(u"personas"_s, QJsonArray::fromStringList(r.personas));
    }
    return o;
}

QJsonObject ScoreFormat::graphJson(const JourneyScores &s)
{
    QHash<qint64, QString> titles;
    for (const ScoreRow &r : s.touchpoints)
        titles.insert(r.touchpointId.value, r.touchpoint);
    auto names = [&titles](const QList<TouchpointId> &ids) {
        QJsonArray a;
        for (TouchpointId id : ids)
            a.append(titles.value(id.value));
        return a;
    };
    QJsonArray cycles;
    for (const QList<TouchpointId> &c : s.graph.cycles)
        cycles.append(names(c));
    QJsonArray backwards;
    for (const BackwardTransition &b : s.graph.backwards)
        backwards.append(QJsonObject{{u"from"_s, titles.value(b.from.value)},
                                     {u"to"_s, titles.value(b.to.value)},
                                     {u"transitionId"_s, b.id.value}});
    QJsonValue painful = QJsonValue::Null;
    if (s.graph.painfulPath)
        painful = QJsonObject{{u"touchpoints"_s, names(s.graph.painfulPath->touchpoints)},
                              {u"emotion"_s, s.graph.painfulPath->emotion},
                              {u"unmeasured"_s, s.graph.painfulPath->unmeasured}};
    QJsonArray candidates;
    for (const ScoreRow &r : s.touchpoints)
        if (r.momentOfTruthCandidate)
            candidates.append(r.touchpoint);
    return {{u"cycles"_s, cycles},
            {u"backwardTransitions"_s, backwards},
            {u"stageOrderHolds"_s, s.graph.backwards.isEmpty()},
            {u"painfulPath"_s, painful},
            {u"highBetweenness"_s, number(s.graph.highBetweenness)},
            {u"momentOfTruthCandidates"_s, candidates}};
}

QJsonObject ScoreFormat::json(const JourneyScores &s, ScoreLevel level)
{
    QJsonArray rows;
    for (const ScoreRow &r : s.rows(level))
        rows.append(rowJson(r));
    return {{u"journey"_s, s.journeyName},
            {u"graph"_s, graphJson(s)},
            {u"level"_s, scoreLevelKey(level)},
            {u"filters"_s, filterJson(s.filter)},
            {u"primaryMetric"_s, s.primaryMetric ? QJsonValue(metricKey(*s.primaryMetric)) : QJsonValue(QJsonValue::Null)},
            {u"volumesKnown"_s, s.volumesKnown},
            {u"issues"_s, QJsonArray::fromStringList(s.issues)},
            {u"rows"_s, rows}};
}

QString ScoreFormat::csv(const JourneyScores &s, ScoreLevel level)
{
    const QStringList header = {
        u"level"_s, u"stage"_s, u"touchpoint"_s, u"n"_s,
        u"nps_n"_s, u"nps"_s, u"nps_low"_s, u"nps_high"_s, u"promoters"_s, u"passives"_s, u"detractors"_s, u"nps_flag"_s,
        u"csat_n"_s, u"csat_scale"_s, u"csat_top2"_s, u"csat_low"_s, u"csat_high"_s, u"csat_mean"_s, u"csat_flag"_s,
        u"ces_n"_s, u"ces_scale"_s, u"ces_mean"_s, u"ces_low"_s, u"ces_high"_s, u"ces_agree"_s, u"ces_agree_low"_s,
        u"ces_agree_high"_s, u"ces_flag"_s,
        u"sentiment_n"_s, u"sentiment_mean"_s, u"sentiment_positive"_s, u"sentiment_neutral"_s,
        u"sentiment_negative"_s, u"assumed"_s, u"metric"_s, u"measured_n"_s, u"measured"_s, u"gap"_s, u"reach"_s,
        u"confidence"_s, u"priority"_s, u"flags"_s, u"segment"_s, u"drop_off"_s, u"betweenness"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    auto scale = [](int v) { return v < 0 ? u"mixed"_s : v == 0 ? QString() : QString::number(v); };
    for (const ScoreRow &r : s.rows(level)) {
        const QStringList fields = {
            scoreLevelKey(r.level), r.level == ScoreLevel::Touchpoint || r.level == ScoreLevel::Stage ? r.stage : QString(),
            r.level == ScoreLevel::Touchpoint ? r.touchpoint : QString(), QString::number(r.n),
            QString::number(r.nps.n), full(r.nps.value), full(low(r.nps.interval)), full(high(r.nps.interval)),
            QString::number(r.nps.promoters), QString::number(r.nps.passives), QString::number(r.nps.detractors),
            stats::sampleFlagKey(r.nps.flag),
            QString::number(r.csat.n), scale(r.csat.scale), full(r.csat.top2), full(low(r.csat.interval)),
            full(high(r.csat.interval)), full(r.csat.mean), stats::sampleFlagKey(r.csat.flag),
            QString::number(r.ces.n), scale(r.ces.scale), full(r.ces.mean), full(low(r.ces.interval)),
            full(high(r.ces.interval)), full(r.ces.agree), full(low(r.ces.agreeInterval)),
            full(high(r.ces.agreeInterval)), stats::sampleFlagKey(r.ces.flag),
            r.sentiment ? QString::number(r.sentiment->n) : QString(), full(r.sentiment ? r.sentiment->mean : std::nullopt),
            full(r.sentiment ? r.sentiment->positive : std::nullopt), full(r.sentiment ? r.sentiment->neutral : std::nullopt),
            full(r.sentiment ? r.sentiment->negative : std::nullopt),
            full(r.assumed), r.metric ? metricKey(*r.metric) : QString(), QString::number(r.measuredN),
            full(r.measured), full(r.gap), r.level == ScoreLevel::Touchpoint ? full(r.reach) : QString(),
            full(r.confidence), full(r.priority), r.flags.join(u' '), r.segment, full(r.dropOff), full(r.betweenness)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out;
}

QString ScoreFormat::table(const JourneyScores &s, ScoreLevel level)
{
    QList<QStringList> rows;
    QStringList header;
    if (level == ScoreLevel::Segment)
        header << tr("Segment");
    else if (level != ScoreLevel::Journey)
        header << tr("Stage");
    if (level == ScoreLevel::Touchpoint)
        header << tr("Touchpoint");
    const bool sentiment = s.journey.sentiment.has_value();
    header << tr("Items") << tr("NPS") << tr("CSAT top-2 %") << tr("CES mean");
    if (sentiment)
        header << tr("Sentiment");
    header << tr("Assumed")
           << (s.primaryMetric ? tr("Measured (%1)").arg(metricLabel(*s.primaryMetric)) : tr("Measured")) << tr("Gap");
    if (level == ScoreLevel::Touchpoint)
        header << tr("Reach") << tr("Priority");
    rows << header;
    for (const ScoreRow &r : s.rows(level)) {
        QStringList row;
        if (level == ScoreLevel::Segment)
            row << (r.segment.isEmpty() ? tr("(none)") : r.personas.isEmpty() ? r.segment
                                                         : tr("%1 (%2)").arg(r.segment, r.personas.join(u", "_s)));
        else if (level != ScoreLevel::Journey)
            row << r.stage;
        if (level == ScoreLevel::Touchpoint)
            row << r.touchpoint;
        row << u"n="_s + QString::number(r.n) << npsCell(r.nps) << csatCell(r.csat) << cesCell(r.ces);
        if (sentiment)
            row << sentimentCell(r.sentiment);
        row << (r.assumed ? (level == ScoreLevel::Touchpoint ? fixed(*r.assumed, 0, true) : fixed(*r.assumed, 2, true))
                          : u"–"_s)
            << measuredCell(r) << derivedCell(r.gap, r, 2, true);
        if (level == ScoreLevel::Touchpoint)
            row << optionalCell(r.reach, 2, false) << derivedCell(r.priority, r, 2, false);
        rows << row;
    }
    const QString what = level == ScoreLevel::Touchpoint ? tr("scores by touchpoint")
                         : level == ScoreLevel::Stage   ? tr("scores by stage, distinct items pooled")
                         : level == ScoreLevel::Segment ? tr("scores by segment, distinct items pooled")
                                                        : tr("scores of the whole journey, distinct items pooled");
    return heading(s, what) + u'\n' + alignedTable(rows) + u'\n' + footer(s);
}

QJsonObject ScoreFormat::prioritiesJson(const JourneyScores &s, int top)
{
    QJsonArray rows;
    int rank = 0;
    for (const ScoreRow &r : s.priorities()) {
        if (top >= 0 && rank >= top)
            break;
        ++rank;
        QJsonArray flags;
        for (const QString &f : r.flags)
            flags.append(f);
        rows.append(QJsonObject{{u"rank"_s, rank},
                                {u"stage"_s, r.stage},
                                {u"touchpoint"_s, r.touchpoint},
                                {u"touchpointId"_s, r.touchpointId.value},
                                {u"priority"_s, number(r.priority)},
                                {u"reach"_s, number(r.reach)},
                                {u"gap"_s, number(r.gap)},
                                {u"assumed"_s, number(r.assumed)},
                                {u"measured"_s, number(r.measured)},
                                {u"metric"_s, r.metric ? QJsonValue(metricKey(*r.metric)) : QJsonValue(QJsonValue::Null)},
                                {u"n"_s, r.measuredN},
                                {u"confidence"_s, number(r.confidence)},
                                {u"flags"_s, flags},
                                {u"reason"_s, r.reason}});
    }
    return {{u"journey"_s, s.journeyName},
            {u"filters"_s, filterJson(s.filter)},
            {u"primaryMetric"_s, s.primaryMetric ? QJsonValue(metricKey(*s.primaryMetric)) : QJsonValue(QJsonValue::Null)},
            {u"volumesKnown"_s, s.volumesKnown},
            {u"issues"_s, QJsonArray::fromStringList(s.issues)},
            {u"rows"_s, rows}};
}

QString ScoreFormat::prioritiesTable(const JourneyScores &s, int top)
{
    QList<QStringList> rows{{tr("#"), tr("Priority"), tr("Reason")}};
    int rank = 0;
    for (const ScoreRow &r : s.priorities()) {
        if (top >= 0 && rank >= top)
            break;
        ++rank;
        rows << QStringList{QString::number(rank), derivedCell(r.priority, r, 2, false), r.reason};
    }
    return heading(s, tr("where to act first: priority = reach × max(0, −gap) × min(1, n/30)")) + u'\n' +
           alignedTable(rows) + u'\n' + footer(s);
}

} // namespace waymark
