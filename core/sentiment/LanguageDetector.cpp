// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageDetector.h"

#include "SentimentLexicon.h"
#include "SentimentText.h"

namespace waymark {

Language LanguageDetector::detect(const SentimentText &text)
{
    constexpr auto en = std::size_t(SentimentLexicon::kEnglish);
    constexpr auto de = std::size_t(SentimentLexicon::kGerman);
    // Function words weigh most; a sentiment word known in one language only a little less.
    double score = 1.5 * std::min(text.germanLetters, 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const WordInfo *info = text[i].info;
        if (!info || !text[i].isWord)
            continue;
        score += 2.0 * (info->has(int(de), WordInfo::Stopword) - info->has(int(en), WordInfo::Stopword));
        const bool inEnglish = info->valence[en] != 0 || info->booster[en] != 0 || info->flags[en] != 0;
        const bool inGerman = info->valence[de] != 0 || info->booster[de] != 0 || info->flags[de] != 0;
        if (inEnglish != inGerman)
            score += inGerman ? 1.0 : -1.0;
    }
    return score > 0 ? Language::German : Language::English;
}

Language LanguageDetector::detect(QStringView text)
{
    return detect(text, *SentimentLexicon::builtIn());
}

Language LanguageDetector::detect(QStringView text, const SentimentLexicon &lexicon)
{
    return detect(SentimentText(text, lexicon));
}

} // namespace waymark
