// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

namespace waymark {

/// The options every view of the scores uses: comments scored by Waymark's sentiment
/// analyser (docs/sentiment.md), everything else as ScoreOptions defaults it. The CLI,
/// the canvas, the Insights view and the exports share it so they show the same numbers.
ScoreOptions defaultScoreOptions();

} // namespace waymark
