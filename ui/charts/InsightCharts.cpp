// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightCharts.h"

#include "ChartPalette.h"
#include "ChartStyle.h"
#include "ScoreCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSolidSample = 30;

QColor quadrantColor(IpaQuadrant q)
{
    switch (q) {
    case IpaQuadrant::ConcentrateHere: return ChartPalette::vermillion();
    case IpaQuadrant::KeepUpTheGoodWork: return ChartPalette::green();
    case IpaQuadrant::LowPriority: return ChartPalette::grey();
    case IpaQuadrant::PossibleOverkill: return ChartPalette::skyBlue();
    }
    return ChartPalette::black();
}

QString quadrantName(IpaQuadrant q)
{
    switch (q) {
    case IpaQuadrant::ConcentrateHere: return InsightCharts::tr("Concentrate here");
    case IpaQuadrant::KeepUpTheGoodWork: return InsightCharts::tr("Keep up the good work");
    case IpaQuadrant::LowPriority: return InsightCharts::tr("Low priority");
    case IpaQuadrant::PossibleOverkill: return InsightCharts::tr("Possible overkill");
    }
    return {};
}

} // namespace

std::optional<InsightCharts::Value> InsightCharts::metricValue(const stats::Histogram &counts, Metric metric)
{
    switch (metric) {
    case Metric::Nps: {
        const stats::NpsScore s = stats::npsScore(counts);
        if (s.value)
            return Value{*s.value, s.interval, s.n};
        break;
    }
    case Metric::Csat: {
        const stats::CsatScore s = stats::csatScore(counts);
        if (s.top2)
            return Value{*s.top2, s.interval, s.n};
        break;
    }
    case Metric::Ces: {
        const stats::CesScore s = stats::cesScore(counts);
        if (s.mean)
            return Value{*s.mean, s.interval, s.n};
        break;
    }
    case Metric::Sentiment: {
        const stats::SentimentScore s = stats::sentimentScore(counts);
        if (s.mean)
            return Value{*s.mean, s.interval, s.n};
        break;
    }
    }
    return std::nullopt;
}

QChart *InsightCharts::trend(const TrendSeries &series, TrendBucket bucket, Metric metric, const QFont &baseFont)
{
    const QFont font = ChartStyle::font(baseFont, 9);
    struct Point
    {
        QString label;
        std::optional<Value> v;
        qint64 items = 0;
    };
    QList<Point> points;
    bool any = false;
    for (const TrendPoint &p : series.points) {
        const auto v = metricValue(p.counts, metric);
        any = any || v.has_value();
        const qint64 n = v ? v->n : 0;
        QString label = ScoreTrend::bucketLabel(p.start, bucket) + u"\n"_s + tr("n = %1").arg(n);
        if (const QString flag = stats::sampleFlagKey(stats::sampleFlag(n)); !flag.isEmpty() && n > 0)
            label += u"\n"_s + (flag == u"anecdotal"_s ? tr("anecdotal") : tr("tentative"));
        points.append(Point{label, v, n});
    }
    if (!any)
        return nullptr;

    QChart *chart = ChartStyle::newChart(tr("%1 over time: %2 (per %3)")
                                 .arg(ScoreCharts::metricTitle(metric), series.name,
                                      bucket == TrendBucket::Week ? tr("week") : tr("month")),
                             font);
    // Answers per period: light bars on the right axis, so the sample size is always in view.
    auto *answers = new QBarSet(tr("Answers (right axis)"));
    answers->setColor(QColor(0xE4, 0xE4, 0xE4));
    answers->setBorderColor(QColor(0xC8, 0xC8, 0xC8));
    auto *bars = new QBarSeries;
    bars->append(answers);
    bars->setBarWidth(0.5);
    qint64 maxN = 1;
    QStringList categories;
    for (const Point &p : points) {
        *answers << double(p.items);
        maxN = qMax(maxN, p.items);
        categories << p.label;
    }
    chart->addSeries(bars);

    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *line = new QLineSeries;
    line->setName(ScoreCharts::metricTitle(metric));
    line->setPen(QPen(ChartPalette::blue(), 2.4));
    auto *solid = new QScatterSeries;
    solid->setName(tr("30 answers or more"));
    solid->setColor(ChartPalette::blue());
    solid->setBorderColor(ChartPalette::blue());
    solid->setMarkerSize(10);
    auto *light = new QScatterSeries;
    light->setName(tr("under 30 answers"));
    light->setColor(Qt::white);
    light->setBorderColor(ChartPalette::blue());
    light->setMarkerSize(10);
    double lo = 0, hi = 0;
    bool first = true;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (!points[i].v)
            continue;
        const Value &v = *points[i].v;
        line->append(double(i), v.value);
        (v.n >= kSolidSample ? solid : light)->append(double(i), v.value);
        const double l = v.interval ? v.interval->low : v.value, h = v.interval ? v.interval->high : v.value;
        lower->append(double(i), l);
        upper->append(double(i), h);
        lo = first ? l : qMin(lo, l);
        hi = first ? h : qMax(hi, h);
        first = false;
    }
    auto *band = new QAreaSeries(upper, lower);
    band->setName(tr("95 % interval"));
    QColor bandColor = ChartPalette::skyBlue();
    bandColor.setAlpha(70);
    band->setBrush(bandColor);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    chart->addSeries(line);
    chart->addSeries(solid);
    chart->addSeries(light);
    ChartStyle::hideFromLegend(chart, line);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    ChartStyle::styleAxis(x, font);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    ChartStyle::styleAxis(y, font);
    y->setTitleText(ScoreCharts::metricAxisTitle(metric));
    switch (metric) {
    case Metric::Nps: y->setRange(qMax(-100.0, std::floor(lo / 20) * 20), qMin(100.0, std::ceil(hi / 20) * 20)); break;
    case Metric::Csat: y->setRange(0, 100); break;
    case Metric::Ces: y->setRange(1, std::ceil(qMax(hi, 5.0))); break;
    case Metric::Sentiment: y->setRange(-1, 1); break;
    }
    if (y->max() <= y->min())
        y->setMax(y->min() + 20);
    y->setLabelFormat(metric == Metric::Ces || metric == Metric::Sentiment ? u"%.1f"_s : u"%d"_s);
    if (metric == Metric::Sentiment)
        y->setTickCount(11);
    auto *count = new QValueAxis;
    ChartStyle::styleAxis(count, font);
    count->setGridLineVisible(false);
    count->setTitleText(tr("Answers (n)"));
    count->setRange(0, double(maxN) * 2.2); // the bars stay in the lower half, under the line
    count->applyNiceNumbers();
    count->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(count);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{band, line, solid, light}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (solid->count() == 0)
        ChartStyle::hideFromLegend(chart, solid);
    if (light->count() == 0)
        ChartStyle::hideFromLegend(chart, light);
    return chart;
}

QChart *InsightCharts::importancePerformance(const DriverAnalysis &analysis, const QHash<qint64, int> &numbers,
                                             const QFont &baseFont)
{
    const QFont font = ChartStyle::font(baseFont, 9);
    QList<const Driver *> shown;
    for (const Driver &d : analysis.drivers)
        if (d.quadrant && d.r && d.performance)
            shown.append(&d);
    if (shown.isEmpty() || !analysis.meanImportance || !analysis.meanPerformance)
        return nullptr;

    QChart *chart = ChartStyle::newChart(tr("Importance–performance matrix (%1 respondents with an overall NPS)")
                                 .arg(analysis.respondentsWithOverall),
                             font);
    auto *x = new QValueAxis;
    ChartStyle::styleAxis(x, font);
    x->setTitleText(tr("Performance: CSAT mean (−2…+2)"));
    x->setRange(-2, 2);
    x->setTickCount(5);
    x->setLabelFormat(u"%+.0f"_s);
    double rLo = *analysis.meanImportance, rHi = *analysis.meanImportance;
    for (const Driver *d : shown) {
        rLo = qMin(rLo, *d->r);
        rHi = qMax(rHi, *d->r);
    }
    auto *y = new QValueAxis;
    ChartStyle::styleAxis(y, font);
    y->setTitleText(tr("Importance: r with overall NPS"));
    y->setRange(qMax(-1.0, std::floor(rLo * 10 - 1) / 10), qMin(1.0, std::ceil(rHi * 10 + 1) / 10));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The dividing lines at the means.
    auto *vertical = new QLineSeries;
    auto *horizontal = new QLineSeries;
    for (QLineSeries *l : {vertical, horizontal}) {
        l->setPen(QPen(ChartPalette::black(), 1.2, Qt::DashLine));
        chart->addSeries(l);
        l->attachAxis(x);
        l->attachAxis(y);
        ChartStyle::hideFromLegend(chart, l);
    }
    *vertical << QPointF(*analysis.meanPerformance, y->min()) << QPointF(*analysis.meanPerformance, y->max());
    *horizontal << QPointF(-2, *analysis.meanImportance) << QPointF(2, *analysis.meanImportance);

    // One legend entry per quadrant present; one series per point so each carries its label.
    QHash<int, bool> legendShown;
    QFont labelFont = font;
    labelFont.setPointSizeF(font.pointSizeF() * 0.95);
    for (const Driver *d : shown) {
        auto *p = new QScatterSeries;
        const QColor c = quadrantColor(*d->quadrant);
        p->setColor(c);
        p->setBorderColor(Qt::black);
        p->setMarkerSize(12);
        p->setName(quadrantName(*d->quadrant));
        p->append(*d->performance, *d->r);
        const int number = numbers.value(d->touchpoint.value);
        const QString name = number > 0 ? QString::number(number) + u" · "_s + d->title : d->title;
        // The format has no @ tags: the label is this text.
        p->setPointLabelsFormat(ScoreCharts::categoryLabel(name, d->pairs).replace(u'@', u'＠'));
        p->setPointLabelsVisible(true);
        p->setPointLabelsFont(labelFont);
        p->setPointLabelsColor(Qt::black);
        p->setPointLabelsClipping(false);
        chart->addSeries(p);
        p->attachAxis(x);
        p->attachAxis(y);
        const int key = int(*d->quadrant);
        if (legendShown.value(key))
            ChartStyle::hideFromLegend(chart, p);
        legendShown.insert(key, true);
    }
    return chart;
}

} // namespace waymark
