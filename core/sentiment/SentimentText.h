// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SentimentLexicon.h"

#include <QStringView>
#include <QVarLengthArray>

namespace waymark {

/// One word, emoticon or emoji of a comment.
struct SentimentToken
{
    qsizetype begin = 0;  ///< offset in SentimentText::lower()
    qsizetype length = 0;
    const WordInfo *info = nullptr; ///< nullptr: not in the lexicon
    bool allCaps = false;     ///< a word written in capitals ("GREAT")
    bool capitalised = false; ///< starts with a capital letter (in German: usually a noun)
    bool isWord = false;      ///< letters or digits (not an emoticon or emoji)
    bool clauseEnd = false;   ///< followed by , ; : – ( ) . ! ? or the end
    bool sentenceEnd = false; ///< followed by . ! ? or the end
};

/// A comment split once into tokens, each looked up once in the lexicon. Lives on the
/// stack of one analysis: short comments need no heap allocation.
class SentimentText
{
public:
    SentimentText(QStringView text, const SentimentLexicon &lexicon);

    qsizetype size() const { return m_tokens.size(); }
    const SentimentToken &operator[](qsizetype i) const { return m_tokens[i]; }
    /// The lower-case text of token `i`.
    QStringView word(qsizetype i) const
    {
        return QStringView(m_lower.constData() + m_tokens[i].begin, m_tokens[i].length);
    }

    int exclamations = 0;     ///< '!' in the whole text
    int questions = 0;        ///< '?' in the whole text
    int germanLetters = 0;    ///< ä ö ü ß: a cue for German
    bool capsDifferential = false; ///< some words in capitals and some not: capitals are emphasis

private:
    void addToken(qsizetype begin, qsizetype end, bool isWord, const WordInfo *info, QStringView original);
    void markBoundary(QStringView punctuation);

    QVarLengthArray<char16_t, 512> m_lower;
    QVarLengthArray<SentimentToken, 64> m_tokens;
};

} // namespace waymark
