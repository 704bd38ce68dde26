// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"
#include "WordTable.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace waymark {

/// What the analyser knows about one lower-case word (or emoji, emoticon, phrase), per
/// language: index 0 English, 1 German.
struct WordInfo
{
    enum Flag : std::uint16_t {
        Negation = 1,   ///< "not", "never", "nicht", "kein": flips what follows
        Contrast = 2,   ///< "but", "aber", "jedoch": the clause after weighs more
        Stopword = 4,   ///< a frequent function word, a cue for language detection
        PhraseHead = 8, ///< first word of a multi-word entry ("hidden fees")
        Interjection = 16, ///< "lol", "haha", "danke": never negated or boosted
    };
    std::array<float, 2> valence{};  ///< −4 … +4, VADER scale; 0 = no sentiment
    std::array<float, 2> booster{};  ///< intensity added to a following sentiment word (± 0.293)
    std::array<std::uint16_t, 2> flags{};

    bool has(int language, Flag flag) const { return flags[language] & flag; }
};

/// A keyword rule for an effort or intent cue: consecutive words (a few others may stand
/// between them); a word ending in '*' matches every word that starts with it.
struct CuePattern
{
    enum class Kind { Effort, Cancel, Complain, Recommend };
    Kind kind = Kind::Effort;
    int language = 0; ///< 0 English, 1 German
    QStringList words;
};

/// The word lists behind SentimentAnalyzer, read from resources/sentiment/ (see the README
/// there for each file's source and licence). Immutable once loaded; safe to share
/// between threads.
class SentimentLexicon
{
public:
    static constexpr int kEnglish = 0;
    static constexpr int kGerman = 1;
    static int index(Language language) { return language == Language::German ? kGerman : kEnglish; }

    /// Reads the lexicon files from `folder` (default: the copies compiled into Waymark).
    /// A malformed line is an error naming the file, line and value.
    static Result<SentimentLexicon> load(const QString &folder = QStringLiteral(":/waymark/sentiment"));
    /// The built-in lexicon, loaded once on first use.
    static std::shared_ptr<const SentimentLexicon> builtIn();

    /// The entry for a lower-case word, or nullptr.
    const WordInfo *find(QStringView word) const
    {
        const int id = m_words.find(word);
        return id < 0 ? nullptr : &m_info[std::size_t(id)];
    }
    /// The entry of the longest stem ("enttäusch*") that `word` starts with and that has
    /// a valence in `language`, or nullptr.
    const WordInfo *findStem(QStringView word, int language) const;
    /// The entry of the longest compound head ("*verspätung") that `word` ends with, leaving
    /// at least three letters before it ("Lieferverspätung"), with a valence in `language`.
    const WordInfo *findHead(QStringView word, int language) const;

    const QList<CuePattern> &cues() const { return m_cues; }
    int wordCount() const { return m_words.size(); }

private:
    WordInfo &entry(QStringView word);
    Result<void> readValences(const QString &path, int language, bool bothLanguages);
    Result<void> readRules(const QString &path);
    Result<void> readCues(const QString &path);

    WordTable m_words;
    std::vector<WordInfo> m_info;
    WordTable m_stems;
    std::vector<WordInfo> m_stemInfo;
    int m_minStem = 0, m_maxStem = 0;
    WordTable m_heads; ///< compound heads, stored reversed
    std::vector<WordInfo> m_headInfo;
    int m_minHead = 0, m_maxHead = 0;
    QList<CuePattern> m_cues;
};

} // namespace waymark
