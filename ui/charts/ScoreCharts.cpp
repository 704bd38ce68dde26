// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreCharts.h"

#include "ChartPalette.h"
#include "ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

QString shortName(const QString &name)
{
    // QtCharts gives vertical axes at most 40 % of the chart's width and elides longer
    // labels from the end, which would cut off the n: shorten the name instead.
    return name.size() > 18 ? name.left(16).trimmed() + u"…"_s : name;
}

} // namespace

QString ScoreCharts::categoryLabel(const QString &name, qint64 n)
{
    const QString flag = stats::sampleFlagKey(stats::sampleFlag(n));
    if (flag.isEmpty())
        return tr("%1 (n = %2)").arg(shortName(name)).arg(n);
    return tr("%1 (n = %2, %3)").arg(shortName(name)).arg(n).arg(flag == u"anecdotal"_s ? tr("anecdotal") : tr("tentative"));
}

QString ScoreCharts::metricTitle(Metric metric)
{
    return metric == Metric::Sentiment ? tr("Sentiment") : metricLabel(metric);
}

QString ScoreCharts::metricAxisTitle(Metric metric)
{
    switch (metric) {
    case Metric::Nps: return tr("NPS (−100…100)");
    case Metric::Csat: return tr("CSAT top-2 box %");
    case Metric::Ces: return tr("CES mean");
    case Metric::Sentiment: return tr("Sentiment: mean compound score (−1…1)");
    }
    return {};
}

std::optional<ScoreCharts::Estimate> ScoreCharts::primaryEstimate(const ScoreRow &row, Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        if (row.nps.value)
            return Estimate{*row.nps.value, row.nps.interval, row.nps.n};
        break;
    case Metric::Csat:
        if (row.csat.top2)
            return Estimate{*row.csat.top2, row.csat.interval, row.csat.n};
        break;
    case Metric::Ces:
        if (row.ces.mean)
            return Estimate{*row.ces.mean, row.ces.interval, row.ces.n};
        break;
    case Metric::Sentiment:
        if (row.sentiment && row.sentiment->mean)
            return Estimate{*row.sentiment->mean, row.sentiment->interval, row.sentiment->n};
        break;
    }
    return std::nullopt;
}

QChart *ScoreCharts::scorePerTouchpoint(const JourneyScores &scores, const QFont &baseFont)
{
    if (!scores.primaryMetric)
        return nullptr;
    const QFont font = ChartStyle::font(baseFont, 7);
    const Metric metric = *scores.primaryMetric;
    // Horizontal bars read top-down in journey order: QtCharts puts the first category at
    // the bottom, so categories go in reversed.
    struct Item
    {
        QString label;
        Estimate e;
    };
    QList<Item> items;
    int number = 0;
    for (const ScoreRow &row : scores.touchpoints) {
        ++number;
        if (const auto e = primaryEstimate(row, metric))
            items.prepend(Item{QString::number(number) + u" · "_s + categoryLabel(row.touchpoint, e->n), *e});
    }
    if (items.isEmpty())
        return nullptr;
    QChart *chart = ChartStyle::newChart(tr("%1 per touchpoint, with 95 % interval").arg(metricTitle(metric)), font);
    auto *solid = new QBarSet(tr("30 answers or more"));
    auto *light = new QBarSet(tr("under 30 answers"));
    solid->setColor(ChartPalette::blue());
    solid->setBorderColor(ChartPalette::blue());
    light->setColor(ChartPalette::skyBlue().lighter(130));
    light->setBorderColor(ChartPalette::blue());
    QStringList categories;
    double lo = 0, hi = 0;
    for (const Item &it : items) {
        categories << it.label;
        const bool few = it.e.n < 30;
        *solid << (few ? 0 : it.e.value);
        *light << (few ? it.e.value : 0);
        lo = qMin(lo, it.e.interval ? it.e.interval->low : it.e.value);
        hi = qMax(hi, it.e.interval ? it.e.interval->high : it.e.value);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(solid);
    bars->append(light);
    bars->setBarWidth(0.62);
    chart->addSeries(bars);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    ChartStyle::styleAxis(y, font);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    ChartStyle::styleAxis(x, font);
    x->setTitleText(metricAxisTitle(metric));
    switch (metric) {
    case Metric::Nps: x->setRange(qMax(-100.0, std::floor(lo / 20) * 20), qMin(100.0, std::ceil(hi / 20) * 20)); break;
    case Metric::Csat: x->setRange(0, 100); break;
    case Metric::Sentiment: x->setRange(-1, 1); break;
    default: x->setRange(qMin(0.0, lo), hi * 1.1); break;
    }
    x->setLabelFormat(metric == Metric::Sentiment ? u"%.1f"_s : u"%d"_s);
    if (metric == Metric::Sentiment)
        x->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // Whiskers: one polyline per interval, cap – line – cap.
    bool first = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].e.interval)
            continue;
        const double l = items[i].e.interval->low, h = items[i].e.interval->high, c = double(i), cap = 0.16;
        auto *w = new QLineSeries;
        w->setName(tr("95 % interval"));
        w->setPen(QPen(Qt::black, 0.9));
        *w << QPointF(l, c - cap) << QPointF(l, c + cap) << QPointF(l, c) << QPointF(h, c) << QPointF(h, c - cap)
           << QPointF(h, c + cap);
        chart->addSeries(w);
        w->attachAxis(x);
        w->attachAxis(y);
        if (!first)
            for (QLegendMarker *m : chart->legend()->markers(w))
                m->setVisible(false);
        first = false;
    }
    return chart;
}

QChart *ScoreCharts::npsComposition(const JourneyScores &scores, const QFont &baseFont)
{
    const QFont font = ChartStyle::font(baseFont, 7);
    auto *det = new QBarSet(tr("Detractors (0–6)"));
    auto *pas = new QBarSet(tr("Passives (7–8)"));
    auto *pro = new QBarSet(tr("Promoters (9–10)"));
    det->setColor(ChartPalette::detractors());
    pas->setColor(ChartPalette::passives());
    pro->setColor(ChartPalette::promoters());
    for (QBarSet *set : {det, pas, pro})
        set->setBorderColor(Qt::white);
    QStringList categories;
    int number = 0;
    for (const ScoreRow &row : scores.touchpoints) {
        ++number;
        if (row.nps.n == 0)
            continue;
        // Narrow chart: the number refers to the touchpoint named in the score chart.
        categories.prepend(categoryLabel(QString::number(number), row.nps.n));
        det->insert(0, double(row.nps.detractors));
        pas->insert(0, double(row.nps.passives));
        pro->insert(0, double(row.nps.promoters));
    }
    if (categories.isEmpty()) {
        delete det;
        delete pas;
        delete pro;
        return nullptr;
    }
    QChart *chart = ChartStyle::newChart(tr("NPS composition per touchpoint"), font);
    auto *series = new QHorizontalPercentBarSeries;
    series->append(det);
    series->append(pas);
    series->append(pro);
    series->setBarWidth(0.62);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    ChartStyle::styleAxis(y, font);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    ChartStyle::styleAxis(x, font);
    x->setRange(0, 100);
    x->setTickCount(5);
    x->setLabelFormat(u"%d %"_s);
    x->setTitleText(tr("Share of answers"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *ScoreCharts::emotionCurves(const JourneyScores &scores, const QFont &baseFont)
{
    if (scores.touchpoints.isEmpty())
        return nullptr;
    const QFont font = ChartStyle::font(baseFont, 7);
    QChart *chart = ChartStyle::newChart(tr("Emotion along the journey: assumed by the team vs measured"), font);
    auto *assumed = new QLineSeries;
    assumed->setName(tr("Assumed (workshop)"));
    assumed->setPen(QPen(ChartPalette::assumed(), 1.6, Qt::DashLine));
    assumed->setPointsVisible(true);
    auto *measured = new QLineSeries;
    measured->setName(tr("Measured (feedback)"));
    measured->setPen(QPen(ChartPalette::measured(), 2.0));
    measured->setPointsVisible(true);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    int i = 0;
    for (const ScoreRow &row : scores.touchpoints) {
        ++i;
        if (row.assumed)
            assumed->append(i, *row.assumed);
        if (row.measured)
            measured->append(i, *row.measured);
        x->append(QString::number(i), i);
    }
    x->setRange(0.5, i + 0.5);
    x->setTitleText(tr("Touchpoint (numbered as in the charts above)"));
    ChartStyle::styleAxis(x, font);
    auto *y = new QValueAxis;
    ChartStyle::styleAxis(y, font);
    y->setRange(-2, 2);
    y->setTickCount(5);
    y->setLabelFormat(u"%+.0f"_s);
    y->setTitleText(tr("Emotion (−2…+2)"));
    chart->addSeries(assumed);
    chart->addSeries(measured);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {assumed, measured}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

void ScoreCharts::paint(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    // The chart lays itself out on posted layout requests, and its axes size their labels
    // from the first layout: settle it before drawing.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

} // namespace waymark
