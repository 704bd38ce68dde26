// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SentimentLexicon.h"
#include "WordTable.h"

#include <QFlags>

#include <functional>
#include <vector>

namespace waymark {

class SentimentText;

/// What a customer says they will do or did.
enum class Intent : unsigned {
    Cancel = 1,    ///< "cancel my subscription", "kündigen", "switch to …"
    Complain = 2,  ///< "file a complaint", "Beschwerde", "unacceptable"
    Recommend = 4, ///< "would recommend", "weiterempfehlen" (not when negated)
};
Q_DECLARE_FLAGS(Intents, Intent)
Q_DECLARE_OPERATORS_FOR_FLAGS(Intents)

/// The effort and intent cues found in one comment.
struct Cues
{
    bool effort = false; ///< "took forever", "waited", "hat ewig gedauert", "Wartezeit", "umständlich"
    Intents intents;
};

/// Keyword rules for effort and intent (resources/sentiment/cues.tsv), in English and
/// German. A cue under a negation ("didn't have to wait", "würde ich nicht empfehlen")
/// does not count. Immutable after construction.
class CueDetector
{
public:
    explicit CueDetector(const SentimentLexicon &lexicon);

    /// `negated(i)`: whether token i stands under a negation.
    Cues detect(const SentimentText &text, const std::function<bool(qsizetype)> &negated) const;

private:
    struct Pattern
    {
        CuePattern::Kind kind;
        std::vector<QString> rest; ///< the words after the first; '*' at the end: a stem
    };
    /// Whether the rest of `pattern` follows token `first`, none of its words negated.
    bool matchesRest(const SentimentText &text, qsizetype first, const Pattern &pattern,
                     const std::function<bool(qsizetype)> &negated) const;

    WordTable m_heads;                       ///< whole first words
    std::vector<std::vector<int>> m_byHead;  ///< head id → patterns
    WordTable m_stemHeads;                   ///< first words given as a stem ("kündig*")
    std::vector<std::vector<int>> m_byStem;
    int m_minStem = 0, m_maxStem = 0;
    std::vector<Pattern> m_patterns;
};

} // namespace waymark
