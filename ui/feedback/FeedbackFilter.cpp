// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackFilter.h"

#include <QStringList>

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

QString FeedbackFilter::whereClause(QVariantList *binds) const
{
    QStringList terms;
    const QString attachedTo = QStringLiteral("f.id IN (SELECT feedback_id FROM attachment WHERE touchpoint_id IN (%1))")
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
    if (!channel.isEmpty()) {
        terms << QStringLiteral("f.channel = ?");
        *binds << channel;
    }
    if (from.isValid()) {
        terms << QStringLiteral("f.date >= ?");
        *binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        terms << QStringLiteral("f.date < ? AND f.date <> ''");
        *binds << to.addDays(1).toString(Qt::ISODate);
    }
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
    for (const QString &word : search.split(u' ', Qt::SkipEmptyParts)) {
        terms << QStringLiteral("f.comment LIKE ? ESCAPE '\\'");
        *binds << likePattern(word);
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

} // namespace waymark
