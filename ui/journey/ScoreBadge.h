// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreEngine.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace waymark {

/// The score of one touchpoint or stage as the canvas shows it: "CSAT 57 % · n = 69",
/// with a ⚑ for small samples, coloured on a diverging vermillion–grey–blue scale (colour-blind safe) by the
/// metric's emotion equivalent (SCORING.md), and a tool tip that explains the flag.
struct ScoreBadge
{
    Q_DECLARE_TR_FUNCTIONS(waymark::ScoreBadge)

public:
    QString text;
    QColor color;
    QString toolTip;

    /// Nothing when the row has no answers for `metric`.
    static std::optional<ScoreBadge> forRow(const ScoreRow &row, Metric metric);
};

} // namespace waymark
