// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackFilter.h"

#include <QStringList>

#include <algorithm>

namespace waymark {
namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    s.reserve(ids.size());
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u',');
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

bool FeedbackFilter::isEmpty() const
{
    return *this == FeedbackFilter();
}

void FeedbackFilter::resolve(const Workspace &workspace)
{
    if (journey && !workspace.journeys.contains(JourneyId(journey)))
        journey = 0;
    if (!journey)
        stage = touchpoint = 0;
    if (stage && !workspace.stages.contains(StageId(stage)))
        stage = 0;
    if (touchpoint && !workspace.touchpoints.contains(TouchpointId(touchpoint)))
        touchpoint = 0;
    touchpoints.clear();
    restricted = journey != 0;
    if (!journey)
        return;
    for (const Touchpoint &t : workspace.touchpoints.children(journey))
        if ((!stage || t.stageId.value == stage) && (!touchpoint || t.id.value == touchpoint))
            touchpoints << t.id.value;
}

ScoreFilter FeedbackFilter::scoreFilter() const
{
    ScoreFilter f;
    if (from.isValid())
        f.from = from.toString(Qt::ISODate);
    if (to.isValid())
        f.to = to.toString(Qt::ISODate);
    f.channel = channel;
    f.segment = segment;
    if (source)
        f.source = FeedbackSourceId(*source);
    return f;
}

void FeedbackFilter::setScoreFilter(const ScoreFilter &f)
{
    from = f.from.isEmpty() ? QDate() : QDate::fromString(f.from, Qt::ISODate);
    to = f.to.isEmpty() ? QDate() : QDate::fromString(f.to, Qt::ISODate);
    channel = f.channel;
    segment = f.segment;
    source = f.source ? std::optional<qint64>(f.source->value) : std::nullopt;
}

QString FeedbackFilter::sentimentCondition(stats::SentimentLabel label)
{
    // The thresholds are constants of the code, not user text; NULL (no comment) matches none.
    const QString t = QString::number(stats::kSentimentThreshold);
    switch (label) {
    case stats::SentimentLabel::Positive: return QStringLiteral("f.sentiment >= %1").arg(t);
    case stats::SentimentLabel::Negative: return QStringLiteral("f.sentiment <= -%1").arg(t);
    case stats::SentimentLabel::Neutral: return QStringLiteral("(f.sentiment > -%1 AND f.sentiment < %1)").arg(t);
    }
    return QStringLiteral("0");
}

QString FeedbackFilter::whereClause(QVariantList *binds) const
{
    QStringList terms;
    const QString attachedTo = QStringLiteral("f.id IN (SELECT feedback_id FROM attachment_by_touchpoint WHERE touchpoint_id IN (%1))")
                                   .arg(idList(touchpoints));
    if (restricted) {
        if (attachment == Attachment::Unattached)
            terms << (touchpoints.isEmpty() ? QStringLiteral("1") : QStringLiteral("NOT ") + attachedTo);
        else
            terms << (touchpoints.isEmpty() ? QStringLiteral("0") : attachedTo);
    } else if (attachment == Attachment::Attached) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM attachment a WHERE a.feedback_id = f.id)");
    } else if (attachment == Attachment::Unattached) {
        terms << QStringLiteral("NOT EXISTS (SELECT 1 FROM attachment a WHERE a.feedback_id = f.id)");
    }
    // Dates, channel, segment and source exactly as the scores count them.
    if (const QString shared = scoreFilter().sqlCondition(QStringLiteral("f"), *binds); !shared.isEmpty())
        terms << shared;
    auto range = [&](const char *column, const std::optional<int> &lo, const std::optional<int> &hi) {
        if (lo) {
            terms << QStringLiteral("f.%1 >= ?").arg(QLatin1StringView(column));
            *binds << *lo;
        }
        if (hi) {
            terms << QStringLiteral("f.%1 <= ?").arg(QLatin1StringView(column));
            *binds << *hi;
        }
    };
    range("nps", npsMin, npsMax);
    range("csat", csatMin, csatMax);
    range("ces", cesMin, cesMax);
    if (sentiment)
        terms << sentimentCondition(*sentiment);
    for (const QString &word : search.split(u' ', Qt::SkipEmptyParts)) {
        // SQLite's LIKE ignores case for ASCII letters only: "größe" must also find "Größe"
        // and "GRÖßE", so a word with other letters is looked for in its usual spellings.
        QStringList spellings{word};
        const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 128; });
        if (!ascii) {
            const QString lower = word.toLower();
            for (const QString &w : QStringList{lower, word.toUpper(), QString(lower.left(1).toUpper() + lower.mid(1))})
                if (!spellings.contains(w))
                    spellings << w;
        }
        QStringList alternatives;
        for (const QString &w : spellings) {
            alternatives << QStringLiteral("f.comment LIKE ? ESCAPE '\\'");
            *binds << likePattern(w);
        }
        terms << (alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

} // namespace waymark
