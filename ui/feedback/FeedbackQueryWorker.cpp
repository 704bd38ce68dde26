// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackQueryWorker.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace waymark {

FeedbackQueryWorker::~FeedbackQueryWorker()
{
    close();
}

void FeedbackQueryWorker::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void FeedbackQueryWorker::setDatabase(const QString &path)
{
    close();
    if (path.isEmpty())
        return;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                     QStringLiteral("feedback-browser-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
    m_db.open();
}

void FeedbackQueryWorker::run(int generation, const QString &where, const QVariantList &binds)
{
    if (generation != m_latest)
        return;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id FROM feedback_item f WHERE %1 ORDER BY f.id").arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        emit failed(generation, q.lastError().text());
        return;
    }
    QVector<qint64> ids;
    constexpr qsizetype firstRows = 2000;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        if (ids.size() == firstRows)
            emit idsReady(generation, ids, timer.elapsed(), false);
        if ((ids.size() & 0xffff) == 0 && generation != m_latest)
            return;
    }
    if (generation == m_latest)
        emit idsReady(generation, ids, timer.elapsed(), true);
}

void FeedbackQueryWorker::describe(int generation)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList channels;
    qint64 total = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM feedback_item")) && q.next())
        total = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT DISTINCT channel FROM feedback_item WHERE channel <> '' ORDER BY channel LIMIT 500")))
        while (q.next())
            channels << q.value(0).toString();
    QStringList segments;
    if (q.exec(QStringLiteral("SELECT DISTINCT segment FROM feedback_item WHERE segment <> '' ORDER BY segment LIMIT 500")))
        while (q.next())
            segments << q.value(0).toString();
    emit described(generation, channels, segments, total);
}

} // namespace waymark
