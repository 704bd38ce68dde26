// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QStringView>

namespace waymark {

class SentimentLexicon;
class SentimentText;

/// The cues for each language found in one comment.
struct LanguageEvidence
{
    int englishFunctionWords = 0, germanFunctionWords = 0; ///< "the", "and" / "der", "und", "nicht"
    int englishOnlyWords = 0; ///< words only the English lexicon knows ("great")
    int germanOnlyWords = 0;  ///< words only German knows: entries, stems ("freundlich*"),
                              ///< compound heads ("*verspätung"), endings ("-ung", "-keit", "-lich")
    int germanLetters = 0;    ///< ä ö ü ß, at most 4

    /// 2 per function word + 1 per word of one lexicon only + 1.5 per German letter;
    /// positive: German, negative: English.
    double score() const;
};

/// Tells English from German per comment by cues that need no model: frequent function
/// words of each language, the letters ä ö ü ß, and words the lexicon knows in one language
/// only ("gut", "freundliche", "Lieferverspätung" / "great"). A tie goes to the language
/// with more such cues; with none either way (a comment of emoji, or of words both
/// lexicons share, such as "super"), English. docs/sentiment.md has the rule in full.
class LanguageDetector
{
public:
    /// The language of an already tokenised comment.
    static Language detect(const SentimentText &text, const SentimentLexicon &lexicon);
    /// The language of `text`, tokenised with `lexicon` (default: the built-in one).
    static Language detect(QStringView text);
    static Language detect(QStringView text, const SentimentLexicon &lexicon);
    /// What detect() weighs.
    static LanguageEvidence evidence(const SentimentText &text, const SentimentLexicon &lexicon);
};

} // namespace waymark
