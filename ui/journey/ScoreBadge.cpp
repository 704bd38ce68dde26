// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBadge.h"

#include <QLocale>

namespace waymark {

using namespace Qt::StringLiterals;

std::optional<ScoreBadge> ScoreBadge::forRow(const ScoreRow &row, Metric metric)
{
    if (row.n == 0)
        return std::nullopt;
    std::optional<double> value, emotion;
    qint64 n = 0;
    stats::SampleFlag flag = stats::SampleFlag::None;
    QString text;
    const QLocale locale;
    switch (metric) {
    case Metric::Nps:
        value = row.nps.value; emotion = row.nps.emotion(); n = row.nps.n; flag = row.nps.flag;
        if (value) text = u"NPS %1"_s.arg(qRound(*value));
        break;
    case Metric::Csat:
        value = row.csat.top2; emotion = row.csat.emotion; n = row.csat.n; flag = row.csat.flag;
        if (value) text = u"CSAT %1 %"_s.arg(qRound(*value));
        break;
    case Metric::Ces:
        value = row.ces.mean; emotion = row.ces.emotion; n = row.ces.n; flag = row.ces.flag;
        if (value) text = u"CES %1"_s.arg(locale.toString(*value, 'f', 1));
        break;
    case Metric::Sentiment:
        if (row.sentiment && row.sentiment->mean) {
            value = row.sentiment->mean; emotion = row.sentiment->emotion(); n = row.sentiment->n;
            flag = row.sentiment->flag;
            text = u"%1 %2"_s.arg(metricLabel(Metric::Sentiment), locale.toString(*value, 'f', 2));
        }
        break;
    }
    if (text.isEmpty())
        return std::nullopt;
    text += u" · n = %1"_s.arg(n);
    if (flag != stats::SampleFlag::None)
        text += u" ⚑"_s;
    // Diverging, safe for red–green colour blindness: light tints of the Okabe–Ito
    // vermillion below neutral and blue above (as the charts use), grey at zero.
    const double e = qBound(-2.0, emotion.value_or(0), 2.0) / 2;
    const QColor neg(0xf6, 0xc3, 0xa3), mid(0xe4, 0xe6, 0xea), pos(0xa9, 0xcf, 0xea);
    const QColor &to = e < 0 ? neg : pos;
    const double k = qAbs(e);
    ScoreBadge b;
    b.text = text;
    b.color = QColor::fromRgbF(float(mid.redF() + (to.redF() - mid.redF()) * k),
                               float(mid.greenF() + (to.greenF() - mid.greenF()) * k),
                               float(mid.blueF() + (to.blueF() - mid.blueF()) * k));
    b.toolTip = flag == stats::SampleFlag::Anecdotal   ? tr("Anecdotal: fewer than 10 answers")
                : flag == stats::SampleFlag::Tentative ? tr("Tentative: fewer than 30 answers")
                                                       : QString();
    return b;
}

} // namespace waymark
