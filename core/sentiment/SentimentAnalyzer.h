// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CueDetector.h"
#include "Language.h"
#include "SentimentLexicon.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

namespace waymark {

/// SCORING.md's labels: compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral.
enum class SentimentLabel { Negative, Neutral, Positive };
/// "negative", "neutral", "positive".
QString sentimentLabelKey(SentimentLabel label);

/// The sentiment of one comment.
struct SentimentResult
{
    Language language = Language::English; ///< detected, or the hint when one was given
    double compound = 0;                   ///< −1 … +1
    double positive = 0, neutral = 1, negative = 0; ///< shares of the text's weight, summing to 1
    bool effort = false;                   ///< the customer reports effort (waiting, chasing, hassle)
    Intents intents;                       ///< cancel, complain, recommend
    qsizetype tokens = 0;                  ///< words, emoticons and emoji read; 0: nothing to score

    SentimentLabel label() const;
};

/// Lexicon-and-rules sentiment for English and German customer comments, in the VADER
/// tradition (C. J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM 2014): word valences on −4 … +4,
/// negation (×−0.74), boosters and dampeners (±0.293), capitals (+0.733), exclamation
/// marks, a contrast word that halves what precedes it and weighs what follows ×1.5, and
/// the compound x/√(x² + 15). Method, sources and measured quality: docs/sentiment.md.
///
/// Const after construction and safe to call from many threads at once; one call tokenises
/// the comment once and allocates nothing on the heap for comments under ~500 characters.
class SentimentAnalyzer
{
public:
    static constexpr double kPositiveThreshold = 0.05;
    static constexpr double kNegativeThreshold = -0.05;

    explicit SentimentAnalyzer(std::shared_ptr<const SentimentLexicon> lexicon = SentimentLexicon::builtIn());

    /// Everything about one comment: language, compound, shares, effort and intents.
    /// `hint` other than Auto skips language detection.
    SentimentResult analyze(QStringView text, Language hint = Language::Auto) const;
    /// The compound score alone (no effort or intent cues): the fast path for scoring.
    double compound(QStringView text, Language hint = Language::Auto) const;

    /// The compound score of a feedback comment, or nothing when the comment has no word,
    /// emoticon or emoji to score (so it does not count towards a sentiment n).
    std::optional<double> commentScore(const QString &comment) const;

    /// One analyser with the built-in lexicon, shared by everyone.
    static std::shared_ptr<const SentimentAnalyzer> shared();
    /// `shared()->commentScore` as a function, e.g. for a per-item sentiment hook of the
    /// score engine.
    static std::function<std::optional<double>(const QString &comment)> commentScorer();

    static SentimentLabel labelFor(double compound);

private:
    SentimentResult run(QStringView text, Language hint, bool withCues) const;

    std::shared_ptr<const SentimentLexicon> m_lexicon;
    CueDetector m_cues;
};

} // namespace waymark
