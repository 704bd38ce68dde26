// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/DriverAnalysis.h"
#include "scoring/ScoreTrend.h"

#include <QCoreApplication>
#include <QFont>

class QChart;

namespace waymark {

/// Charts of the insights view next to ScoreCharts: a row's trend over time and the
/// importance–performance matrix. Same conventions: n on every label, samples under 30
/// flagged and drawn lighter, Okabe–Ito colours (ChartPalette). The caller owns the chart.
class InsightCharts
{
    Q_DECLARE_TR_FUNCTIONS(waymark::InsightCharts)

public:
    /// `metric` of one row per period as a line with its 95 % interval as a band, and the
    /// answers per period as light bars on a second axis. Nothing to show: nullptr.
    static QChart *trend(const TrendSeries &series, TrendBucket bucket, Metric metric, const QFont &font = {});
    /// Importance (Pearson r with the overall NPS) against performance (CSAT mean on
    /// −2..+2), the dividing lines at the means, each touchpoint a labelled point coloured
    /// by its quadrant. `numbers`: touchpoint id → its number in the other charts.
    /// No touchpoint with a quadrant: nullptr.
    static QChart *importancePerformance(const DriverAnalysis &drivers, const QHash<qint64, int> &numbers,
                                         const QFont &font = {});

    /// The value and interval of `metric` for a histogram, if it has answers for it.
    struct Value
    {
        double value = 0;
        std::optional<stats::Interval> interval;
        qint64 n = 0;
    };
    static std::optional<Value> metricValue(const stats::Histogram &counts, Metric metric);
};

} // namespace waymark
