// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <atomic>

namespace waymark {

/// Runs the browser's filter queries on its own thread and read connection, so that a
/// search over a million comments never blocks the window. Only the newest request
/// counts: an older one still running stops early and its result is dropped.
class FeedbackQueryWorker : public QObject
{
    Q_OBJECT

public:
    FeedbackQueryWorker() = default;
    ~FeedbackQueryWorker() override;

    /// Marks `generation` as the newest; callable from any thread.
    void supersede(int generation) { m_latest = generation; }

public slots:
    /// Opens a read connection to `path` (the document's working copy).
    void setDatabase(const QString &path);
    /// The ids of the matching items, ascending.
    void run(int generation, const QString &where, const QVariantList &binds);
    /// The distinct channels and segments and the number of items.
    void describe(int generation);

signals:
    /// The first ids come early (`complete` false), so that the first rows show at once.
    void idsReady(int generation, const QVector<qint64> &ids, qint64 elapsedMs, bool complete);
    void described(int generation, const QStringList &channels, const QStringList &segments, qint64 total);
    void failed(int generation, const QString &message);

private:
    void close();

    QSqlDatabase m_db;
    std::atomic<int> m_latest{0};
};

} // namespace waymark
