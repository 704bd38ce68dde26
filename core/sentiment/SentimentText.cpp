// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentimentText.h"

namespace waymark {

namespace {

char16_t lowerUnit(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == 0x2019 || c == 0x2018 || c == 0x00B4) // typographic apostrophes
        return u'\'';
    if (QChar::isSurrogate(c))
        return c;
    return QChar::toLower(c);
}

bool isSpace(char16_t c)
{
    return c <= u' ' || (c >= 0x80 && QChar::isSpace(c));
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return !QChar::isSurrogate(c) && QChar::isLetterOrNumber(c);
}

/// Pictographs in the Basic Multilingual Plane (☺ ☹ ❤ ✔ ★ …) are tokens of their own.
bool isBmpPictograph(char16_t c)
{
    return (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2460 && c <= 0x27BF)
        || (c >= 0x2900 && c <= 0x2BFF);
}

/// Variation selectors, zero-width joiners and skin-tone modifiers decorate an emoji
/// without changing what it says.
qsizetype skipEmojiDecoration(QStringView text, qsizetype p)
{
    while (p < text.size()) {
        const char16_t c = text[p].unicode();
        if (c == 0xFE0F || c == 0xFE0E || c == 0x200D) {
            ++p;
        } else if (c == 0xD83C && p + 1 < text.size() && text[p + 1].unicode() >= 0xDFFB
                   && text[p + 1].unicode() <= 0xDFFF) {
            p += 2;
        } else {
            break;
        }
    }
    return p;
}

bool isEdgePunctuation(char16_t c)
{
    return c == u'.' || c == u',' || c == u';' || c == u'!' || c == u'?' || c == u'"';
}

} // namespace

SentimentText::SentimentText(QStringView text, const SentimentLexicon &lexicon)
{
    m_lower.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char16_t l = lowerUnit(c);
        m_lower[i] = l;
        if (c == u'!')
            ++exclamations;
        else if (c == u'?')
            ++questions;
        else if (l == 0xE4 || l == 0xF6 || l == 0xFC || l == 0xDF)
            ++germanLetters;
    }
    const QStringView lower(m_lower.constData(), m_lower.size());

    qsizetype p = 0;
    const qsizetype n = text.size();
    while (p < n) {
        while (p < n && isSpace(text[p].unicode()))
            ++p;
        if (p >= n)
            break;
        qsizetype end = p;
        while (end < n && !isSpace(text[end].unicode()))
            ++end;
        // A whole chunk that is an emoticon (":-)", "<3", ":D") is one token.
        bool hasPunctuation = false;
        for (qsizetype k = p; k < end && !hasPunctuation; ++k)
            hasPunctuation = !isWordChar(text[k].unicode());
        if (hasPunctuation && end - p <= 8) {
            const WordInfo *info = lexicon.find(lower.sliced(p, end - p));
            if (info && (info->valence[0] != 0 || info->valence[1] != 0)) {
                addToken(p, end, false, info, text);
                p = end;
                continue;
            }
        }
        while (p < end) {
            const char16_t c = text[p].unicode();
            if (isWordChar(c)) {
                qsizetype q = p + 1;
                while (q < end) {
                    const char16_t d = text[q].unicode();
                    if (isWordChar(d)) {
                        ++q;
                    } else if ((d == u'\'' || d == 0x2019 || d == u'-') && q + 1 < end
                               && isWordChar(text[q + 1].unicode())) {
                        q += 2;
                    } else {
                        break;
                    }
                }
                if (q - p >= 2) // single letters ("a", "I") carry nothing and would stretch the windows
                    addToken(p, q, true, lexicon.find(lower.sliced(p, q - p)), text);
                p = q;
            } else if (QChar::isHighSurrogate(c) && p + 1 < end) {
                const char32_t cp = QChar::surrogateToUcs4(c, text[p + 1].unicode());
                const qsizetype q = p + 2;
                if (cp >= 0x1F000) {
                    if (const WordInfo *info = lexicon.find(lower.sliced(p, 2)))
                        addToken(p, q, false, info, text);
                    p = skipEmojiDecoration(text, q);
                } else {
                    p = q;
                }
            } else if (isBmpPictograph(c)) {
                if (const WordInfo *info = lexicon.find(lower.sliced(p, 1)))
                    addToken(p, p + 1, false, info, text);
                p = skipEmojiDecoration(text, p + 1);
            } else {
                qsizetype q = p + 1;
                while (q < end) {
                    const char16_t d = text[q].unicode();
                    if (isWordChar(d) || QChar::isHighSurrogate(d) || isBmpPictograph(d))
                        break;
                    ++q;
                }
                // An emoticon glued to a word ("great:)"), perhaps with a full stop.
                qsizetype a = p, b = q;
                while (a < b && isEdgePunctuation(text[a].unicode()))
                    ++a;
                while (b > a && isEdgePunctuation(text[b - 1].unicode()))
                    --b;
                const WordInfo *info = b - a >= 2 ? lexicon.find(lower.sliced(a, b - a)) : nullptr;
                if (info && (info->valence[0] != 0 || info->valence[1] != 0)) {
                    markBoundary(text.sliced(p, a - p));
                    addToken(a, b, false, info, text);
                    markBoundary(text.sliced(b, q - b));
                } else {
                    markBoundary(text.sliced(p, q - p));
                }
                p = q;
            }
        }
    }
    if (!m_tokens.isEmpty()) {
        m_tokens.back().clauseEnd = true;
        m_tokens.back().sentenceEnd = true;
    }
    int caps = 0, words = 0;
    for (const SentimentToken &t : m_tokens) {
        words += t.isWord;
        caps += t.allCaps;
    }
    capsDifferential = caps > 0 && caps < words;
}

void SentimentText::addToken(qsizetype begin, qsizetype end, bool isWord, const WordInfo *info, QStringView original)
{
    SentimentToken t;
    t.begin = begin;
    t.length = end - begin;
    t.info = info;
    t.isWord = isWord;
    if (isWord) {
        bool anyLetter = false, allUpper = true;
        for (qsizetype k = begin; k < end && allUpper; ++k) {
            const QChar c = original[k];
            if (c.isLetter()) {
                anyLetter = true;
                allUpper = c.isUpper();
            }
        }
        t.allCaps = anyLetter && allUpper;
        t.capitalised = original[begin].isUpper();
    }
    m_tokens.append(t);
}

void SentimentText::markBoundary(QStringView punctuation)
{
    if (m_tokens.isEmpty())
        return;
    for (QChar c : punctuation) {
        switch (c.unicode()) {
        case u'.':
        case u'!':
        case u'?':
            m_tokens.back().sentenceEnd = true;
            m_tokens.back().clauseEnd = true;
            break;
        case u',':
        case u';':
        case u':':
        case u'(':
        case u')':
        case u'-':
        case 0x2013:
        case 0x2014:
            m_tokens.back().clauseEnd = true;
            break;
        default:
            break;
        }
    }
}

} // namespace waymark
