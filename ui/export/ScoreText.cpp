// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreText.h"

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

QString ScoreText::number(double v, int decimals, bool sign)
{
    QString t = QString::number(std::abs(v), 'f', decimals);
    if (t.toDouble() == 0)
        return t;
    if (v < 0)
        return u"−"_s + t;
    return sign ? u"+"_s + t : t;
}

QString ScoreText::flagSuffix(qint64 n)
{
    switch (stats::sampleFlag(n)) {
    case stats::SampleFlag::Anecdotal: return u" · "_s + tr("anecdotal");
    case stats::SampleFlag::Tentative: return u" · "_s + tr("tentative");
    case stats::SampleFlag::None: break;
    }
    return {};
}

QString ScoreText::nps(const ScoreRow &row)
{
    if (!row.nps.value)
        return {};
    QString t = u"NPS "_s + number(*row.nps.value);
    if (row.nps.interval)
        t += u" ["_s + number(row.nps.interval->low) + u", "_s + number(row.nps.interval->high) + u"]"_s;
    return t + u" · n = "_s + QString::number(row.nps.n) + flagSuffix(row.nps.n);
}

QString ScoreText::csat(const ScoreRow &row)
{
    if (!row.csat.top2)
        return {};
    QString t = u"CSAT "_s + number(*row.csat.top2, 0, false) + u" %"_s;
    if (row.csat.interval)
        t += u" ["_s + number(row.csat.interval->low, 0, false) + u", "_s + number(row.csat.interval->high, 0, false)
             + u"]"_s;
    return t + u" · n = "_s + QString::number(row.csat.n) + flagSuffix(row.csat.n);
}

QString ScoreText::ces(const ScoreRow &row)
{
    if (!row.ces.mean)
        return {};
    QString t = u"CES "_s + number(*row.ces.mean, 1, false);
    if (row.ces.interval)
        t += u" ["_s + number(row.ces.interval->low, 1, false) + u", "_s + number(row.ces.interval->high, 1, false)
             + u"]"_s;
    return t + u" · n = "_s + QString::number(row.ces.n) + flagSuffix(row.ces.n);
}

QStringList ScoreText::badges(const ScoreRow &row, std::optional<Metric> primary)
{
    QList<std::pair<Metric, QString>> all{{Metric::Nps, nps(row)}, {Metric::Csat, csat(row)}, {Metric::Ces, ces(row)}};
    QStringList out;
    for (const auto &[m, t] : all)
        if (primary && m == *primary && !t.isEmpty())
            out << t;
    for (const auto &[m, t] : all)
        if (!(primary && m == *primary) && !t.isEmpty())
            out << t;
    return out;
}

QString ScoreText::emotion(const ScoreRow &row)
{
    QStringList parts;
    if (row.assumed)
        parts << tr("assumed %1").arg(number(*row.assumed, 1));
    if (row.measured)
        parts << tr("measured %1").arg(number(*row.measured, 1));
    if (row.gap)
        parts << tr("gap %1").arg(number(*row.gap, 1));
    if (parts.isEmpty())
        return {};
    QString t = tr("Emotion: %1").arg(parts.join(u" · "_s));
    return t;
}

QString ScoreText::period(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return tr("no dated feedback");
    return from.left(10) + u" – "_s + to.left(10);
}

} // namespace waymark
