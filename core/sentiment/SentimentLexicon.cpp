// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SentimentLexicon.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SentimentLexicon", text);
}

/// Calls `line(number, fields)` for every line of a UTF-8 tab-separated file that is
/// neither empty nor a comment ('#' first).
template <class F>
Result<void> forEachLine(const QString &path, F line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("Cannot read the sentiment word list “%1”.").arg(path),
                         file.errorString());
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString text = QString::fromUtf8(file.readLine());
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (auto r = line(number, text.split(u'\t')); !r)
            return makeError(r.error().code, u"%1:%2: "_s.arg(path).arg(number) + r.error().message);
    }
    return {};
}

Result<float> parseNumber(const QString &text, float low, float high)
{
    bool ok = false;
    const float value = text.trimmed().toFloat(&ok);
    if (!ok || value < low || value > high)
        return makeError(Error::Code::Corrupt,
                         tr("“%1” is not a number from %2 to %3.").arg(text).arg(double(low)).arg(double(high)));
    return value;
}

Result<int> parseLanguage(const QString &text)
{
    const auto l = languageFromKey(text);
    if (!l || *l == Language::Auto)
        return makeError(Error::Code::Corrupt, tr("“%1” is not a language (en or de).").arg(text));
    return SentimentLexicon::index(*l);
}

} // namespace

WordInfo &SentimentLexicon::entry(QStringView word)
{
    const int id = m_words.insert(word);
    if (std::size_t(id) >= m_info.size())
        m_info.resize(std::size_t(id) + 1);
    return m_info[std::size_t(id)];
}

const WordInfo *SentimentLexicon::findStem(QStringView word, int language) const
{
    if (m_stemInfo.empty() || word.size() < m_minStem)
        return nullptr;
    // Hash every prefix in one pass; keep the longest that is a stem of this language.
    const WordInfo *best = nullptr;
    std::uint32_t h = WordTable::kHashSeed;
    const qsizetype last = std::min<qsizetype>(word.size(), m_maxStem);
    for (qsizetype n = 0; n < last; ++n) {
        h = WordTable::hashStep(h, word[n].unicode());
        if (n + 1 < m_minStem)
            continue;
        const int id = m_stems.find(word.first(n + 1), h);
        if (id >= 0 && m_stemInfo[std::size_t(id)].valence[std::size_t(language)] != 0)
            best = &m_stemInfo[std::size_t(id)];
    }
    return best;
}

const WordInfo *SentimentLexicon::findHead(QStringView word, int language) const
{
    constexpr qsizetype kModifier = 3;
    if (m_headInfo.empty() || word.size() < m_minHead + kModifier || word.size() > 64)
        return nullptr;
    char16_t reversed[64];
    for (qsizetype k = 0; k < word.size(); ++k)
        reversed[k] = word[word.size() - 1 - k].unicode();
    const QStringView back(reversed, word.size());
    const WordInfo *best = nullptr;
    std::uint32_t h = WordTable::kHashSeed;
    const qsizetype last = std::min<qsizetype>(word.size() - kModifier, m_maxHead);
    for (qsizetype n = 0; n < last; ++n) {
        h = WordTable::hashStep(h, back[n].unicode());
        if (n + 1 < m_minHead)
            continue;
        const int id = m_heads.find(back.first(n + 1), h);
        if (id >= 0 && m_headInfo[std::size_t(id)].valence[std::size_t(language)] != 0)
            best = &m_headInfo[std::size_t(id)];
    }
    return best;
}

Result<void> SentimentLexicon::readValences(const QString &path, int language, bool bothLanguages)
{
    return forEachLine(path, [&](int, const QStringList &fields) -> Result<void> {
        if (fields.size() < 2)
            return makeError(Error::Code::Corrupt, tr("Expected WORD, a tab and a valence."));
        auto value = parseNumber(fields[1], -4.f, 4.f);
        if (!value)
            return value.error();
        const QString word = fields[0].trimmed().toLower();
        if (word.isEmpty())
            return makeError(Error::Code::Corrupt, tr("The word is empty."));
        WordInfo *info = nullptr;
        if (word.size() > 2 && word.startsWith(u'*') && word.at(1).isLetter()) {
            QString head = word.mid(1);
            std::reverse(head.begin(), head.end());
            const int id = m_heads.insert(head);
            if (std::size_t(id) >= m_headInfo.size())
                m_headInfo.resize(std::size_t(id) + 1);
            info = &m_headInfo[std::size_t(id)];
            m_minHead = m_minHead == 0 ? int(head.size()) : std::min(m_minHead, int(head.size()));
            m_maxHead = std::max(m_maxHead, int(head.size()));
        } else if (word.size() > 2 && word.endsWith(u'*') && word.at(word.size() - 2).isLetter()) { // not ":-*"
            const QStringView stem = QStringView(word).chopped(1);
            const int id = m_stems.insert(stem);
            if (std::size_t(id) >= m_stemInfo.size())
                m_stemInfo.resize(std::size_t(id) + 1);
            info = &m_stemInfo[std::size_t(id)];
            m_minStem = m_minStem == 0 ? int(stem.size()) : std::min(m_minStem, int(stem.size()));
            m_maxStem = std::max(m_maxStem, int(stem.size()));
        } else {
            info = &entry(word);
            if (const qsizetype space = word.indexOf(u' '); space > 0) {
                WordInfo &head = entry(QStringView(word).first(space));
                for (int l = 0; l < 2; ++l)
                    if (bothLanguages || l == language)
                        head.flags[std::size_t(l)] |= WordInfo::PhraseHead;
            }
        }
        // Emoticons (":-)", "<3", ":D") mean the same in every language.
        const bool symbol = !word.front().isLetter();
        for (int l = 0; l < 2; ++l)
            if (bothLanguages || symbol || l == language)
                info->valence[std::size_t(l)] = *value;
        return {};
    });
}

Result<void> SentimentLexicon::readRules(const QString &path)
{
    return forEachLine(path, [&](int, const QStringList &fields) -> Result<void> {
        if (fields.size() < 3)
            return makeError(Error::Code::Corrupt, tr("Expected LANGUAGE, KIND and WORD separated by tabs."));
        auto language = parseLanguage(fields[0]);
        if (!language)
            return language.error();
        const auto l = std::size_t(*language);
        const QString &kind = fields[1];
        const QString word = fields[2].trimmed().toLower();
        WordInfo &info = entry(word);
        if (const qsizetype space = word.indexOf(u' '); space > 0)
            entry(QStringView(word).first(space)).flags[l] |= WordInfo::PhraseHead;
        if (kind == u"negation"_s) {
            info.flags[l] |= WordInfo::Negation;
        } else if (kind == u"contrast"_s) {
            info.flags[l] |= WordInfo::Contrast;
        } else if (kind == u"interjection"_s) {
            info.flags[l] |= WordInfo::Interjection;
        } else if (kind == u"stopword"_s) {
            info.flags[l] |= WordInfo::Stopword;
        } else if (kind == u"booster"_s) {
            if (fields.size() < 4)
                return makeError(Error::Code::Corrupt, tr("A booster needs a value in the fourth column."));
            auto value = parseNumber(fields[3], -1.f, 1.f);
            if (!value)
                return value.error();
            info.booster[l] = *value;
        } else {
            return makeError(Error::Code::Corrupt,
                             tr("“%1” is not a rule kind (negation, contrast, booster, stopword, interjection).").arg(kind));
        }
        return {};
    });
}

Result<void> SentimentLexicon::readCues(const QString &path)
{
    return forEachLine(path, [&](int, const QStringList &fields) -> Result<void> {
        if (fields.size() < 3)
            return makeError(Error::Code::Corrupt, tr("Expected LANGUAGE, CUE and WORDS separated by tabs."));
        auto language = parseLanguage(fields[0]);
        if (!language)
            return language.error();
        static const QList<std::pair<QString, CuePattern::Kind>> kinds = {
            {u"effort"_s, CuePattern::Kind::Effort},
            {u"cancel"_s, CuePattern::Kind::Cancel},
            {u"complain"_s, CuePattern::Kind::Complain},
            {u"recommend"_s, CuePattern::Kind::Recommend}};
        CuePattern cue;
        cue.language = *language;
        auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const auto &k) { return k.first == fields[1]; });
        if (kind == kinds.end())
            return makeError(Error::Code::Corrupt,
                             tr("“%1” is not a cue (effort, cancel, complain, recommend).").arg(fields[1]));
        cue.kind = kind->second;
        cue.words = fields[2].toLower().split(u' ', Qt::SkipEmptyParts);
        if (cue.words.isEmpty())
            return makeError(Error::Code::Corrupt, tr("The cue has no words."));
        m_cues.append(cue);
        return {};
    });
}

Result<SentimentLexicon> SentimentLexicon::load(const QString &folder)
{
    SentimentLexicon lexicon;
    const QString dir = folder.endsWith(u'/') ? folder : folder + u'/';
    // Later files override earlier ones: Waymark's CX words refine VADER's general ones.
    if (auto r = lexicon.readValences(dir + u"vader_lexicon.txt"_s, kEnglish, false); !r)
        return r.error();
    if (auto r = lexicon.readValences(dir + u"cx-en.tsv"_s, kEnglish, false); !r)
        return r.error();
    if (auto r = lexicon.readValences(dir + u"lexicon-de.tsv"_s, kGerman, false); !r)
        return r.error();
    if (auto r = lexicon.readValences(dir + u"emoji.tsv"_s, kEnglish, true); !r)
        return r.error();
    if (auto r = lexicon.readRules(dir + u"rules.tsv"_s); !r)
        return r.error();
    if (auto r = lexicon.readCues(dir + u"cues.tsv"_s); !r)
        return r.error();
    return lexicon;
}

std::shared_ptr<const SentimentLexicon> SentimentLexicon::builtIn()
{
    static const std::shared_ptr<const SentimentLexicon> lexicon = [] {
        auto loaded = load();
        if (!loaded) {
            qCritical("The built-in sentiment lexicon is broken: %s", qUtf8Printable(loaded.error().text()));
            return std::make_shared<const SentimentLexicon>();
        }
        return std::make_shared<const SentimentLexicon>(std::move(*loaded));
    }();
    return lexicon;
}

} // namespace waymark
