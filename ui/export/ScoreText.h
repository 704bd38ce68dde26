// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreEngine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace waymark {

/// Scores as printed on posters and in reports: every figure with its n and, below 30
/// answers, its sample-size flag; minus signs as “−”.
class ScoreText
{
    Q_DECLARE_TR_FUNCTIONS(waymark::ScoreText)

public:
    /// "+12", "−3", "0"; `decimals` after the point.
    static QString number(double v, int decimals = 0, bool sign = true);
    /// "NPS +12 [−3, +27] · n = 45 · tentative"; empty when the metric has no answers.
    static QString nps(const ScoreRow &row);
    static QString csat(const ScoreRow &row);
    static QString ces(const ScoreRow &row);
    /// One line per metric with answers, the primary metric first.
    static QStringList badges(const ScoreRow &row, std::optional<Metric> primary);
    /// "Assumed +1 · measured −0.4 · gap −1.4"; empty when neither is known.
    static QString emotion(const ScoreRow &row);
    /// " · tentative" / " · anecdotal" / "".
    static QString flagSuffix(qint64 n);
    /// "2026-01-03 – 2026-03-28"
    static QString period(const QString &from, const QString &to);
};

} // namespace waymark
