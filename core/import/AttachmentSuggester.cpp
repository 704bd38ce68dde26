// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentSuggester.h"

#include "storage/SqlUtil.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace waymark {
namespace {

using namespace Qt::StringLiterals;

/// Frequent English and German words that say nothing about a touchpoint.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char16_t *list[] = {
            // English
            u"a", u"about", u"after", u"again", u"all", u"also", u"am", u"an", u"and", u"any", u"are", u"as", u"at",
            u"be", u"because", u"been", u"before", u"being", u"but", u"by", u"can", u"could", u"did", u"do", u"does",
            u"doing", u"don", u"down", u"even", u"ever", u"every", u"for", u"from", u"get", u"got", u"had", u"has",
            u"have", u"having", u"he", u"her", u"here", u"him", u"his", u"how", u"i", u"if", u"in", u"into", u"is",
            u"it", u"its", u"just", u"me", u"more", u"most", u"my", u"no", u"not", u"now", u"of", u"on", u"once",
            u"one", u"only", u"or", u"other", u"our", u"out", u"over", u"really", u"so", u"some", u"still", u"such",
            u"than", u"that", u"the", u"their", u"them", u"then", u"there", u"these", u"they", u"this", u"to", u"too",
            u"up", u"us", u"very", u"was", u"we", u"were", u"what", u"when", u"where", u"which", u"while", u"who",
            u"why", u"will", u"with", u"would", u"you", u"your", u"it's", u"i'm", u"ve", u"ll", u"re",
            // German
            u"aber", u"alle", u"als", u"also", u"am", u"an", u"auch", u"auf", u"aus", u"bei", u"bin", u"bis", u"bitte",
            u"da", u"damit", u"dann", u"das", u"dass", u"dem", u"den", u"der", u"des", u"die", u"dies", u"diese",
            u"dieser", u"doch", u"dort", u"du", u"durch", u"ein", u"eine", u"einem", u"einen", u"einer", u"eines", u"er",
            u"es", u"etwas", u"für", u"gab", u"gar", u"gibt", u"hab", u"habe", u"haben", u"hat", u"hatte", u"ich",
            u"ihr", u"im", u"in", u"ist", u"ja", u"jetzt", u"kann", u"kein", u"keine", u"man", u"mehr", u"mein",
            u"meine", u"mich", u"mir", u"mit", u"nach", u"nicht", u"noch", u"nur", u"ob", u"oder", u"schon", u"sehr",
            u"sein", u"sich", u"sie", u"sind", u"so", u"und", u"uns", u"unser", u"vom", u"von", u"vor", u"war",
            u"waren", u"was", u"weil", u"wenn", u"wie", u"wieder", u"wir", u"wird", u"wurde", u"zu", u"zum", u"zur"};
        QSet<QString> s;
        for (const char16_t *w : list)
            s.insert(QString::fromUtf16(w));
        return s;
    }();
    return words;
}

/// A light stemmer for English and German: strips common inflection and derivation
/// suffixes, at most twice, keeping at least three letters.
QString stem(QString word)
{
    static const char16_t *suffixes[] = {u"ungen", u"ation", u"ings", u"ness", u"ment", u"ies", u"ing", u"ied",
                                         u"ung",   u"ern",   u"ed",   u"es",   u"en",   u"er",  u"ly",  u"s",
                                         u"e",     u"n",     u"y"};
    for (int pass = 0; pass < 2; ++pass) {
        bool stripped = false;
        for (const char16_t *suffix : suffixes) {
            const QStringView s(suffix);
            if (word.size() - s.size() >= 3 && word.endsWith(s)) {
                // "delivery" → "deliver", but "delay" stays: -y only after a consonant.
                if (s == u"y" && QStringView(u"aeiouäöü").contains(word.at(word.size() - 2)))
                    continue;
                word.chop(s.size());
                stripped = true;
                break;
            }
        }
        if (!stripped)
            break;
    }
    return word;
}

} // namespace

QStringList AttachmentSuggester::terms(const QString &text)
{
    QStringList out;
    const QString folded = text.toCaseFolded();
    QString word;
    auto flush = [&] {
        if (word.size() >= 2 && !stopWords().contains(word))
            out.append(stem(word));
        word.clear();
    };
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else if (c == u'\'' && !word.isEmpty())
            continue; // "don't" → "dont" is dropped with the stop words' apostrophe-less forms
        else
            flush();
    }
    flush();
    return out;
}

AttachmentSuggester::AttachmentSuggester(const Workspace &w, JourneyId journey)
{
    QSet<LaneId> touchpointLanes;
    for (const Lane &l : w.lanes.children(journey.value))
        if (l.laneKind == LaneKind::Touchpoints)
            touchpointLanes.insert(l.id);
    QList<std::pair<TouchpointId, QStringList>> docs;
    for (const Touchpoint &t : w.touchpoints.children(journey.value)) {
        if (!touchpointLanes.contains(t.laneId))
            continue;
        QStringList d = terms(t.title);
        d += d; // the title counts twice
        const QStringList keywords = terms(t.keywords.join(u' '));
        d += keywords;
        d += keywords;
        d += terms(t.description);
        docs.append({t.id, d});
    }
    QHash<QString, int> df;
    for (const auto &[id, d] : docs)
        for (const QString &term : QSet<QString>(d.cbegin(), d.cend()))
            ++df[term];
    const double n = double(docs.size());
    for (auto it = df.cbegin(); it != df.cend(); ++it)
        m_idf.insert(it.key(), std::log((1.0 + n) / (1.0 + it.value())) + 1.0);
    for (const auto &[id, d] : docs) {
        const Vector v = vectorOf(d);
        if (!v.isEmpty())
            m_vectors.append({id, v});
    }
}

AttachmentSuggester::Vector AttachmentSuggester::vectorOf(const QStringList &terms) const
{
    Vector v;
    for (const QString &t : terms)
        if (auto it = m_idf.constFind(t); it != m_idf.cend())
            v[t] += *it;
    double norm = 0;
    for (double x : std::as_const(v))
        norm += x * x;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (double &x : v)
            x /= norm;
    return v;
}

QList<TouchpointSuggestion> AttachmentSuggester::rank(const QString &text, int limit, double minScore) const
{
    const Vector q = vectorOf(terms(text));
    QList<TouchpointSuggestion> out;
    if (q.isEmpty())
        return out;
    for (const auto &[id, v] : m_vectors) {
        double dot = 0;
        for (auto it = q.cbegin(); it != q.cend(); ++it)
            if (auto found = v.constFind(it.key()); found != v.cend())
                dot += it.value() * *found;
        if (dot >= minScore && dot > 0)
            out.append({id, dot});
    }
    // Best first; ties keep the map's order (the touchpoints' order in the journey).
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<std::pair<FeedbackItemId, QString>>> AttachmentSuggester::unattachedComments(const WorkspaceStore &store,
                                                                                         qint64 maxItems)
{
    QList<std::pair<FeedbackItemId, QString>> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, comment FROM feedback_item WHERE comment <> '' AND NOT EXISTS "
              "(SELECT 1 FROM attachment a WHERE a.feedback_id = feedback_item.id) ORDER BY id LIMIT ?"_s);
    q.addBindValue(maxItems);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("waymark", "Could not read the unattached feedback"), q.lastError());
    while (q.next())
        out.append({FeedbackItemId(q.value(0).toLongLong()), q.value(1).toString()});
    return out;
}

Result<QList<ItemSuggestions>> AttachmentSuggester::forUnattached(const WorkspaceStore &store, int limit, double minScore,
                                                                  qint64 maxItems) const
{
    QList<ItemSuggestions> out;
    if (m_vectors.isEmpty())
        return out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, comment FROM feedback_item WHERE comment <> '' AND NOT EXISTS "
              "(SELECT 1 FROM attachment a WHERE a.feedback_id = feedback_item.id) ORDER BY id LIMIT ?"_s);
    q.addBindValue(maxItems);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("waymark", "Could not read the unattached feedback"), q.lastError());
    while (q.next()) {
        ItemSuggestions s;
        s.item = FeedbackItemId(q.value(0).toLongLong());
        s.comment = q.value(1).toString();
        s.ranked = rank(s.comment, limit, minScore);
        if (!s.ranked.isEmpty())
            out.append(std::move(s));
    }
    return out;
}

} // namespace waymark
