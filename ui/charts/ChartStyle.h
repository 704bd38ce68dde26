// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QChart;

namespace waymark {

/// The one look of every Waymark chart, on screen and in the PDF report: no animation,
/// no background or shadow, bold title, legend below, light grid lines.
class ChartStyle
{
public:
    /// A new chart with `title`, styled; the caller owns it.
    static QChart *newChart(const QString &title, const QFont &font);
    static void styleAxis(QAbstractAxis *axis, const QFont &font);
    /// `font`, or a `defaultPointSize` font when it has no point size.
    static QFont font(const QFont &font, qreal defaultPointSize);
    /// Keeps `series` out of the legend.
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);
};

} // namespace waymark
