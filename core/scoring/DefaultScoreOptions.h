// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

namespace waymark {

/// The options every view of the scores uses: comments scored by Waymark's sentiment
/// analyser (docs/sentiment.md), everything else as ScoreOptions defaults it. The CLI,
/// the canvas, the Insights view and the exports share it so they show the same numbers.
ScoreOptions defaultScoreOptions();

/// The sentiment hook of defaultScoreOptions(): Waymark's analyser. The store keeps its
/// score of every comment in `feedback_item.sentiment` (filled by the import, by
/// insertFeedback and by the version 6 upgrade), so the loads of the score engine, the
/// live scores and the trend read that column instead of analysing every comment again
/// (a million comments take seconds to analyse, milliseconds to read).
struct StoredSentiment
{
    std::optional<double> operator()(const QString &comment) const;
};

/// True when `hook` is StoredSentiment: its scores can be read from the store.
bool readsStoredSentiment(const SentimentHook &hook);

/// The column a load selects for the items' sentiment with `hook`: the stored score, the
/// comment to analyse, or none when there is no hook. `alias` names the feedback table.
QString sentimentColumn(const SentimentHook &hook, const QString &alias);

/// The sentiment of a row whose sentiment column (see sentimentColumn) holds `value`.
std::optional<double> sentimentOfColumn(const SentimentHook &hook, const QVariant &value);

} // namespace waymark
