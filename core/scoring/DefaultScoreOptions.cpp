// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultScoreOptions.h"

#include "sentiment/SentimentAnalyzer.h"

namespace waymark {

using namespace Qt::StringLiterals;

ScoreOptions defaultScoreOptions()
{
    ScoreOptions options;
    options.sentiment = StoredSentiment{};
    return options;
}

std::optional<double> StoredSentiment::operator()(const QString &comment) const
{
    return SentimentAnalyzer::shared()->commentScore(comment);
}

bool readsStoredSentiment(const SentimentHook &hook)
{
    return hook.target<StoredSentiment>() != nullptr;
}

QString sentimentColumn(const SentimentHook &hook, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    if (!hook)
        return {};
    return u", "_s + prefix + (readsStoredSentiment(hook) ? u"sentiment"_s : u"comment"_s);
}

std::optional<double> sentimentOfColumn(const SentimentHook &hook, const QVariant &value)
{
    if (!hook)
        return std::nullopt;
    if (readsStoredSentiment(hook))
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    return hook(value.toString());
}

} // namespace waymark
