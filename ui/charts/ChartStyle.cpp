// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegendMarker>

namespace waymark {

QChart *ChartStyle::newChart(const QString &title, const QFont &font)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void ChartStyle::styleAxis(QAbstractAxis *axis, const QFont &font)
{
    axis->setLabelsFont(font);
    QFont t = font;
    t.setBold(true);
    axis->setTitleFont(t);
    axis->setGridLineColor(QColor(0xDD, 0xDD, 0xDD));
    axis->setLinePenColor(QColor(0x66, 0x66, 0x66));
    axis->setLabelsColor(Qt::black);
}

QFont ChartStyle::font(const QFont &font, qreal defaultPointSize)
{
    QFont f = font;
    if (f.pointSizeF() <= 0)
        f.setPointSizeF(defaultPointSize);
    return f;
}

void ChartStyle::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

} // namespace waymark
