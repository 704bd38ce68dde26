// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageDetector.h"

#include "SentimentLexicon.h"
#include "SentimentText.h"

#include <algorithm>
#include <array>

namespace waymark {

namespace {

constexpr auto kEn = std::size_t(SentimentLexicon::kEnglish);
constexpr auto kDe = std::size_t(SentimentLexicon::kGerman);

bool knownIn(const WordInfo &info, std::size_t language)
{
    return info.valence[language] != 0 || info.booster[language] != 0 || info.flags[language] != 0;
}

/// A word of at least seven letters with an ending English does not have: "Lieferung",
/// "Freundlichkeit", "Sicherheit", "gründlich", "Kundschaft".
bool germanShaped(QStringView word)
{
    if (word.size() < 7)
        return false;
    static constexpr std::array<std::u16string_view, 12> endings{
        u"ung", u"ungen", u"keit", u"keiten", u"heit", u"heiten", u"lich", u"liche", u"lichen",
        u"licher", u"schaft", u"schaften"};
    return std::any_of(endings.begin(), endings.end(), [&](std::u16string_view e) {
        return word.endsWith(QStringView(e.data(), qsizetype(e.size())));
    });
}

} // namespace

namespace {

/// The cues that need one lookup per word; `unknown` counts the words neither lexicon
/// knows, which only the German stems, compound heads and endings can still claim.
LanguageEvidence directEvidence(const SentimentText &text, int &unknown)
{
    LanguageEvidence e;
    e.germanLetters = std::min(text.germanLetters, 4);
    unknown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isWord)
            continue;
        const WordInfo *info = text[i].info;
        if (info && info->has(int(kEn), WordInfo::Stopword))
            ++e.englishFunctionWords;
        if (info && info->has(int(kDe), WordInfo::Stopword))
            ++e.germanFunctionWords;
        const bool inEnglish = info && knownIn(*info, kEn);
        const bool inGerman = info && knownIn(*info, kDe);
        if (inEnglish && !inGerman)
            ++e.englishOnlyWords;
        else if (inGerman && !inEnglish)
            ++e.germanOnlyWords;
        else if (!inEnglish && !inGerman)
            ++unknown;
    }
    return e;
}

/// Adds the words unknown to both lexicons that a German stem ("freundlich*" for
/// "freundliche"), compound head ("*verspätung" for "Lieferverspätung") or ending claims.
void addGermanShapes(const SentimentText &text, const SentimentLexicon &lexicon, LanguageEvidence &e)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const WordInfo *info = text[i].info;
        if (!text[i].isWord || (info && (knownIn(*info, kEn) || knownIn(*info, kDe))))
            continue;
        const QStringView word = text.word(i);
        if (lexicon.findStem(word, SentimentLexicon::kGerman) || lexicon.findHead(word, SentimentLexicon::kGerman)
            || germanShaped(word))
            ++e.germanOnlyWords;
    }
}

} // namespace

LanguageEvidence LanguageDetector::evidence(const SentimentText &text, const SentimentLexicon &lexicon)
{
    int unknown = 0;
    LanguageEvidence e = directEvidence(text, unknown);
    if (unknown > 0)
        addGermanShapes(text, lexicon, e);
    return e;
}

double LanguageEvidence::score() const
{
    return 2.0 * (germanFunctionWords - englishFunctionWords) + (germanOnlyWords - englishOnlyWords)
        + 1.5 * germanLetters;
}

Language LanguageDetector::detect(const SentimentText &text, const SentimentLexicon &lexicon)
{
    int unknown = 0;
    LanguageEvidence e = directEvidence(text, unknown);
    // The stems, heads and endings can only add German weight, at most 1 per unknown word:
    // look them up only when that could still change the answer (same result, less work).
    const double direct = e.score();
    if (unknown > 0 && direct <= 0 && unknown >= -direct)
        addGermanShapes(text, lexicon, e);
    const double score = e.score();
    if (score != 0)
        return score > 0 ? Language::German : Language::English;
    // A tie: the language that knows more of the words at all (function words and words only
    // one lexicon has) wins; with none either way, English, whose lexicon scores the shared
    // words ("super", "ok", emoji) as well.
    const int german = e.germanFunctionWords + e.germanOnlyWords + e.germanLetters;
    const int english = e.englishFunctionWords + e.englishOnlyWords;
    return german > english ? Language::German : Language::English;
}

Language LanguageDetector::detect(QStringView text)
{
    return detect(text, *SentimentLexicon::builtIn());
}

Language LanguageDetector::detect(QStringView text, const SentimentLexicon &lexicon)
{
    return detect(SentimentText(text, lexicon), lexicon);
}

} // namespace waymark
