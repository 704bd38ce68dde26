// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackLookup.h"

#include "document/Document.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace waymark {
namespace {

const QString kColumns = QStringLiteral("id, comment, date, channel, nps, csat, csat_scale, ces, ces_scale");

FeedbackLookup::Item read(const QSqlQuery &q)
{
    FeedbackLookup::Item item;
    item.id = q.value(0).toLongLong();
    item.exists = true;
    item.comment = q.value(1).toString();
    item.date = q.value(2).toString();
    item.channel = q.value(3).toString();
    if (!q.value(4).isNull())
        item.nps = q.value(4).toInt();
    if (!q.value(5).isNull())
        item.csat = q.value(5).toInt();
    item.csatScale = q.value(6).toInt();
    if (!q.value(7).isNull())
        item.ces = q.value(7).toInt();
    item.cesScale = q.value(8).toInt();
    return item;
}

/// A LIKE pattern that matches `word` literally anywhere.
QString containsPattern(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

bool FeedbackLookup::hasFeedback() const
{
    if (!m_document)
        return false;
    QSqlQuery q(m_document->store().database());
    return q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM feedback_item)")) && q.next() && q.value(0).toBool();
}

QList<FeedbackLookup::Item> FeedbackLookup::search(const QString &text, int limit, bool *more) const
{
    QList<Item> out;
    if (more)
        *more = false;
    if (!m_document)
        return out;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions << QStringLiteral("comment LIKE ? ESCAPE '\\'");
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM feedback_item");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id LIMIT %1").arg(limit + 1);
    QSqlQuery q(m_document->store().database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return out;
    for (const QString &word : words)
        q.addBindValue(containsPattern(word));
    if (!q.exec())
        return out;
    while (q.next()) {
        if (out.size() == limit) {
            if (more)
                *more = true;
            break;
        }
        out.append(read(q));
    }
    return out;
}

QList<FeedbackLookup::Item> FeedbackLookup::items(const QList<qint64> &ids) const
{
    QHash<qint64, Item> found;
    if (m_document) {
        for (qsizetype start = 0; start < ids.size(); start += 500) {
            const QList<qint64> chunk = ids.mid(start, 500);
            QStringList marks;
            for (qsizetype i = 0; i < chunk.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery q(m_document->store().database());
            q.setForwardOnly(true);
            if (!q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM feedback_item WHERE id IN (")
                           + marks.join(QLatin1Char(',')) + QLatin1Char(')')))
                continue;
            for (qint64 id : chunk)
                q.addBindValue(id);
            if (!q.exec())
                continue;
            while (q.next()) {
                const Item item = read(q);
                found.insert(item.id, item);
            }
        }
    }
    QList<Item> out;
    for (qint64 id : ids) {
        Item item = found.value(id);
        item.id = id;
        out.append(item);
    }
    return out;
}

QString FeedbackLookup::details(const Item &item)
{
    QStringList parts;
    if (item.nps)
        parts << tr("NPS %1").arg(*item.nps);
    if (item.csat)
        parts << tr("CSAT %1/%2").arg(*item.csat).arg(item.csatScale);
    if (item.ces)
        parts << tr("CES %1/%2").arg(*item.ces).arg(item.cesScale);
    if (!item.date.isEmpty())
        parts << item.date;
    if (!item.channel.isEmpty())
        parts << item.channel;
    return parts.join(QStringLiteral(" · "));
}

} // namespace waymark
