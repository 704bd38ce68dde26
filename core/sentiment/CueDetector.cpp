// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CueDetector.h"

#include "SentimentText.h"

namespace waymark {

namespace {

/// A few words may stand between the words of a cue ("took so very long", "hat ewig lange gedauert").
constexpr qsizetype kMaxGap = 2;

bool wordMatches(QStringView word, const QString &pattern)
{
    if (pattern.endsWith(u'*'))
        return word.startsWith(QStringView(pattern).chopped(1));
    return word == pattern;
}

void addTo(WordTable &table, std::vector<std::vector<int>> &lists, QStringView key, int pattern)
{
    const int id = table.insert(key);
    if (std::size_t(id) >= lists.size())
        lists.resize(std::size_t(id) + 1);
    lists[std::size_t(id)].push_back(pattern);
}

} // namespace

CueDetector::CueDetector(const SentimentLexicon &lexicon)
{
    for (const CuePattern &cue : lexicon.cues()) {
        const int id = int(m_patterns.size());
        m_patterns.push_back({cue.kind, std::vector<QString>(cue.words.begin() + 1, cue.words.end())});
        const QString &head = cue.words.constFirst();
        if (head.size() > 1 && head.endsWith(u'*')) {
            const QStringView stem = QStringView(head).chopped(1);
            addTo(m_stemHeads, m_byStem, stem, id);
            m_minStem = m_minStem == 0 ? int(stem.size()) : std::min(m_minStem, int(stem.size()));
            m_maxStem = std::max(m_maxStem, int(stem.size()));
        } else {
            addTo(m_heads, m_byHead, head, id);
        }
    }
}

bool CueDetector::matchesRest(const SentimentText &text, qsizetype first, const Pattern &pattern,
                              const std::function<bool(qsizetype)> &negated) const
{
    qsizetype at = first;
    for (const QString &word : pattern.rest) {
        bool found = false;
        for (qsizetype k = at + 1; k < text.size() && k <= at + 1 + kMaxGap; ++k) {
            if (text[k - 1].sentenceEnd)
                break;
            if (wordMatches(text.word(k), word)) {
                if (negated(k))
                    return false; // "would not recommend"
                at = k;
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

Cues CueDetector::detect(const SentimentText &text, const std::function<bool(qsizetype)> &negated) const
{
    Cues cues;
    auto apply = [&](qsizetype i, const std::vector<int> &patterns) {
        for (int id : patterns) {
            const Pattern &p = m_patterns[std::size_t(id)];
            if (negated(i) || !matchesRest(text, i, p, negated))
                continue;
            switch (p.kind) {
            case CuePattern::Kind::Effort: cues.effort = true; break;
            case CuePattern::Kind::Cancel: cues.intents |= Intent::Cancel; break;
            case CuePattern::Kind::Complain: cues.intents |= Intent::Complain; break;
            case CuePattern::Kind::Recommend: cues.intents |= Intent::Recommend; break;
            }
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QStringView word = text.word(i);
        if (const int id = m_heads.find(word); id >= 0)
            apply(i, m_byHead[std::size_t(id)]);
        if (m_byStem.empty() || word.size() < m_minStem)
            continue;
        std::uint32_t h = WordTable::kHashSeed;
        const qsizetype last = std::min<qsizetype>(word.size(), m_maxStem);
        for (qsizetype n = 0; n < last; ++n) {
            h = WordTable::hashStep(h, word[n].unicode());
            if (n + 1 >= m_minStem)
                if (const int id = m_stemHeads.find(word.first(n + 1), h); id >= 0)
                    apply(i, m_byStem[std::size_t(id)]);
        }
    }
    return cues;
}

} // namespace waymark
