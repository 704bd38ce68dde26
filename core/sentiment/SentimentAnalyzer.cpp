// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentimentAnalyzer.h"

#include "LanguageDetector.h"
#include "SentimentText.h"

#include <QVarLengthArray>

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

// Hutto & Gilbert (2014), empirically derived constants.
constexpr float kNegationScalar = -0.74f; ///< a negated word keeps 74 % of its strength, reversed
constexpr float kCapsIncrement = 0.733f;  ///< a word in capitals among words that are not
constexpr float kExclamation = 0.292f;    ///< per '!', up to 4
constexpr float kQuestion = 0.18f;        ///< per '?' from the second on, up to 0.96 in all
constexpr double kNormalisation = 15.0;   ///< compound = x / √(x² + α)
constexpr float kBeforeContrast = 0.5f, kAfterContrast = 1.5f;
constexpr qsizetype kWindow = 3; ///< how far back a booster or negation reaches

float signOf(float v)
{
    return v < 0 ? -1.f : 1.f;
}

} // namespace

QString sentimentLabelKey(SentimentLabel label)
{
    switch (label) {
    case SentimentLabel::Negative: return u"negative"_s;
    case SentimentLabel::Positive: return u"positive"_s;
    case SentimentLabel::Neutral: break;
    }
    return u"neutral"_s;
}

SentimentLabel SentimentResult::label() const
{
    return SentimentAnalyzer::labelFor(compound);
}

SentimentLabel SentimentAnalyzer::labelFor(double compound)
{
    if (compound >= kPositiveThreshold)
        return SentimentLabel::Positive;
    if (compound <= kNegativeThreshold)
        return SentimentLabel::Negative;
    return SentimentLabel::Neutral;
}

SentimentAnalyzer::SentimentAnalyzer(std::shared_ptr<const SentimentLexicon> lexicon)
    : m_lexicon(std::move(lexicon)), m_cues(*m_lexicon)
{
}

SentimentResult SentimentAnalyzer::analyze(QStringView text, Language hint) const
{
    return run(text, hint, true);
}

double SentimentAnalyzer::compound(QStringView text, Language hint) const
{
    return run(text, hint, false).compound;
}

std::optional<double> SentimentAnalyzer::commentScore(const QString &comment) const
{
    const SentimentResult r = run(comment, Language::Auto, false);
    if (r.tokens == 0)
        return std::nullopt;
    return r.compound;
}

std::shared_ptr<const SentimentAnalyzer> SentimentAnalyzer::shared()
{
    static const auto analyzer = std::make_shared<const SentimentAnalyzer>();
    return analyzer;
}

std::function<std::optional<double>(const QString &)> SentimentAnalyzer::commentScorer()
{
    return [analyzer = shared()](const QString &comment) { return analyzer->commentScore(comment); };
}

SentimentResult SentimentAnalyzer::run(QStringView input, Language hint, bool withCues) const
{
    const SentimentText text(input, *m_lexicon);
    SentimentResult result;
    result.tokens = text.size();
    result.language = hint == Language::Auto ? LanguageDetector::detect(text, *m_lexicon) : hint;
    if (text.size() == 0)
        return result;
    const int language = SentimentLexicon::index(result.language);
    const auto l = std::size_t(language);
    const bool german = language == SentimentLexicon::kGerman;
    const qsizetype n = text.size();

    // What each token means in this language: valence, booster, flags.
    QVarLengthArray<float, 64> valence(n), booster(n);
    QVarLengthArray<std::uint16_t, 64> flags(n);
    for (qsizetype i = 0; i < n; ++i) {
        const WordInfo *info = text[i].info;
        valence[i] = info ? info->valence[l] : 0.f;
        booster[i] = info ? info->booster[l] : 0.f;
        flags[i] = info ? info->flags[l] : 0;
        const QStringView word = text.word(i);
        if (!german && word.endsWith(u"n't"_s))
            flags[i] |= WordInfo::Negation;
        // German inflects: "enttäuschend", "enttäuschte" share the stem "enttäusch*".
        if (german && valence[i] == 0 && booster[i] == 0 && flags[i] == 0 && text[i].isWord) {
            if (const WordInfo *stem = m_lexicon->findStem(word, language))
                valence[i] = stem->valence[l];
            else if (const WordInfo *head = m_lexicon->findHead(word, language))
                valence[i] = head->valence[l]; // "Lieferverspätung", "Bahnstreik"
        }
    }
    // Multi-word entries ("hidden fees", "can't stand", "hat ewig gedauert") replace their words.
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!(flags[i] & WordInfo::PhraseHead))
            continue;
        QVarLengthArray<char16_t, 64> key;
        const auto append = [&key](QStringView w) { key.append(w.utf16(), w.size()); };
        append(text.word(i));
        for (qsizetype len = 2; len <= 3 && i + len - 1 < n; ++len) {
            key.append(u' ');
            append(text.word(i + len - 1));
            const WordInfo *phrase = m_lexicon->find(QStringView(key.constData(), key.size()));
            if (phrase && (phrase->valence[l] != 0 || phrase->booster[l] != 0)) {
                valence[i] = phrase->valence[l];
                booster[i] = phrase->booster[l];
                flags[i] &= std::uint16_t(~WordInfo::Negation);
                for (qsizetype k = i + 1; k < i + len; ++k) {
                    valence[k] = booster[k] = 0;
                    flags[k] = 0;
                }
            }
        }
    }

    const auto negatedBefore = [&](qsizetype i) {
        for (qsizetype j = i - 1; j >= 0 && j >= i - kWindow; --j) {
            if (text[j].clauseEnd)
                return false;
            if (flags[j] & WordInfo::Negation)
                return true;
        }
        return false;
    };
    // German puts "nicht" after the verb: "Das gefällt mir nicht.", "Ich empfehle es nicht weiter."
    // Not after a noun (capitalised mid-sentence): "Problem nicht gelöst" is about "gelöst".
    const auto negatedAfter = [&](qsizetype i) {
        if (!german || text[i].clauseEnd || (text[i].capitalised && i > 0 && !text[i - 1].sentenceEnd))
            return false;
        for (qsizetype m = i + 1; m < n && m <= i + 4; ++m) {
            const QStringView w = text.word(m);
            if (w == u"und"_s || w == u"oder"_s || (flags[m] & WordInfo::Contrast))
                return false;
            if (valence[m] != 0 && !(flags[m] & WordInfo::Negation))
                return false;
            if (w == u"nicht"_s || w == u"nie"_s || w == u"niemals"_s) {
                for (qsizetype r = m + 1; r < n && !text[r - 1].clauseEnd; ++r)
                    if (valence[r] != 0)
                        return false; // "nicht" belongs to what follows it
                return true;
            }
            if (text[m].clauseEnd)
                return false;
        }
        return false;
    };

    QVarLengthArray<float, 64> sentiment(n);
    for (qsizetype i = 0; i < n; ++i) {
        float v = valence[i];
        sentiment[i] = 0;
        if (v == 0)
            continue;
        // Boosters only modify ("very"); a word that is both ("super", "schrecklich") modifies
        // when a sentiment word follows in its clause and speaks for itself otherwise.
        if (booster[i] != 0 && (i + 1 < n && !text[i].clauseEnd && valence[i + 1] != 0))
            continue;
        // "no" / "kein" before a sentiment word is its negation, not a sentiment of its own.
        if ((flags[i] & WordInfo::Negation) && i + 1 < n && valence[i + 1] != 0 && !text[i].clauseEnd)
            continue;
        if (text[i].allCaps && text.capsDifferential)
            v += signOf(v) * kCapsIncrement;
        if (!text[i].isWord || (flags[i] & WordInfo::Interjection)) {
            sentiment[i] = v; // an emoji or "lol" says what it says: "not" does not flip 😡
            continue;
        }
        for (qsizetype k = 1; k <= kWindow && i - k >= 0; ++k) {
            const qsizetype j = i - k;
            if (text[j].clauseEnd)
                break; // "no laptop, internet troubles": a negation does not cross a comma
            const bool isNegation = flags[j] & WordInfo::Negation;
            if (valence[j] != 0 && !isNegation && booster[j] == 0)
                break; // another sentiment word ends the reach of what stands before it
            if (booster[j] != 0) {
                float s = booster[j] * signOf(v);
                if (text[j].allCaps && text.capsDifferential)
                    s += signOf(v) * kCapsIncrement;
                v += s * (k == 1 ? 1.f : k == 2 ? 0.95f : 0.9f);
            }
            // VADER: "never so good", and a negation three words back with "so"/"this" right
            // before the word ("never slept so well"), are emphasis, not negation.
            const auto soOrThis = [&](qsizetype t) { return text.word(t) == u"so"_s || text.word(t) == u"this"_s; };
            if (isNegation && !german
                && ((k >= 2 && text.word(j) == u"never"_s && soOrThis(j + 1)) || (k == 3 && soOrThis(i - 1))))
                v *= 1.25f;
            else if (isNegation)
                v *= kNegationScalar;
            else if (!german && k == 1 && text.word(j) == u"least"_s
                     && !(j > 0 && (text.word(j - 1) == u"at"_s || text.word(j - 1) == u"very"_s)))
                v *= kNegationScalar;
        }
        if (!negatedBefore(i) && negatedAfter(i))
            v *= kNegationScalar;
        sentiment[i] = v;
    }

    // Contrast: "good food but slow service" is about the service.
    for (qsizetype c = 0; c < n; ++c) {
        if (!(flags[c] & WordInfo::Contrast))
            continue;
        for (qsizetype i = 0; i < n; ++i)
            sentiment[i] *= i < c ? kBeforeContrast : i > c ? kAfterContrast : 1.f;
        break;
    }

    double sum = 0, positive = 0, negative = 0;
    int neutral = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double s = sentiment[i];
        sum += s;
        if (s > 0)
            positive += s + 1;
        else if (s < 0)
            negative += s - 1;
        else
            ++neutral;
    }
    double emphasis = std::min(text.exclamations, 4) * kExclamation;
    if (text.questions > 1)
        emphasis += std::min(text.questions * kQuestion, 0.96f);
    if (sum > 0)
        sum += emphasis;
    else if (sum < 0)
        sum -= emphasis;
    result.compound = std::clamp(sum / std::sqrt(sum * sum + kNormalisation), -1.0, 1.0);
    if (positive > -negative)
        positive += emphasis;
    else if (positive < -negative)
        negative -= emphasis;
    const double total = positive - negative + neutral;
    if (total > 0) {
        result.positive = positive / total;
        result.negative = -negative / total;
        result.neutral = neutral / total;
    }

    if (withCues) {
        const Cues cues = m_cues.detect(text, [&](qsizetype i) { return negatedBefore(i) || negatedAfter(i); });
        result.effort = cues.effort;
        result.intents = cues.intents;
    }
    return result;
}

} // namespace waymark
