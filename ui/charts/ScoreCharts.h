// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreEngine.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QChart;
class QPainter;

namespace waymark {

/// QtCharts charts of one journey's scores, built from JourneyScores so the report and an
/// insights view show the same pictures. Every category label carries its n; samples under
/// 30 are flagged (“tentative”, “anecdotal”) and drawn lighter; colours are colour-blind
/// safe (ChartPalette). The caller owns the returned chart.
class ScoreCharts
{
    Q_DECLARE_TR_FUNCTIONS(waymark::ScoreCharts)

public:
    /// The journey's primary metric per touchpoint as bars, with the 95 % interval as
    /// whiskers. Touchpoints without answers are left out. Nothing to show: nullptr.
    static QChart *scorePerTouchpoint(const JourneyScores &scores, const QFont &font = {});
    /// Promoters, passives and detractors per touchpoint as 100 % stacked bars.
    static QChart *npsComposition(const JourneyScores &scores, const QFont &font = {});
    /// The team's assumed emotion against the measured one along the journey (−2..+2).
    static QChart *emotionCurves(const JourneyScores &scores, const QFont &font = {});

    /// Draws `chart` as vectors into `target` (its layout at target's size, no animation).
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);

    /// "Checkout (n = 12, tentative)": the label of a category.
    static QString categoryLabel(const QString &name, qint64 n);
    /// The value and interval of the primary metric of `row`, or nothing.
    struct Estimate
    {
        double value = 0;
        std::optional<stats::Interval> interval;
        qint64 n = 0;
    };
    static std::optional<Estimate> primaryEstimate(const ScoreRow &row, Metric metric);
    /// "CSAT", "NPS", "CES", "Sentiment": the metric at the start of a title.
    static QString metricTitle(Metric metric);
    /// "NPS", "CSAT top-2 %", "CES mean (1–7)".
    static QString metricAxisTitle(Metric metric);
};

} // namespace waymark
