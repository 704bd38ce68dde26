// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QStringView>

namespace waymark {

class SentimentLexicon;
class SentimentText;

/// Tells English from German per comment by cues that need no model: frequent function
/// words of each language ("the", "and" / "der", "und", "nicht"), the letters ä ö ü ß, and
/// words the lexicon knows in one language only ("gut", "sehr", "great"). A tie, or a
/// comment with no cue at all, is English.
class LanguageDetector
{
public:
    /// The language of an already tokenised comment.
    static Language detect(const SentimentText &text);
    /// The language of `text`, tokenised with `lexicon` (default: the built-in one).
    static Language detect(QStringView text);
    static Language detect(QStringView text, const SentimentLexicon &lexicon);
};

} // namespace waymark
