// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultScoreOptions.h"

#include "sentiment/SentimentAnalyzer.h"

namespace waymark {

ScoreOptions defaultScoreOptions()
{
    ScoreOptions options;
    options.sentiment = SentimentAnalyzer::commentScorer();
    return options;
}

} // namespace waymark
