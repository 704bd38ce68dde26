// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriverAnalysis.h"
#include "ScoreAccumulator.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <optional>
#include <tuple>
#include <vector>

namespace waymark {

class Document;

/// The scores of one journey kept current while feedback is attached and detached, for
/// the canvas badges, the stage totals and the Insights view. The journey's feedback is
/// read once into a ScoreAccumulator; after that every attachment change the document
/// announces is applied incrementally (only the items that changed are read, and only
/// the touchpoint, its stage, the journey and the segments are evaluated again), so that
/// the figures equal a full recompute without one. Which items changed comes from a
/// temporary change log on the document's connection (two TEMP triggers on `attachment`,
/// never written to the file), else from comparing id ranges with the store. A filter or
/// metric change recomputes
/// in memory; an import, a structural change of the journey or a revert reloads.
class LiveScores : public QObject
{
    Q_OBJECT

public:
    /// Loads at once. `options` as ScoreEngine takes them (defaultScoreOptions() for the
    /// views); its drivers are filled here.
    LiveScores(Document *document, JourneyId journey, const ScoreOptions &options, QObject *parent = nullptr);
    ~LiveScores() override;

    JourneyId journey() const { return m_journey; }
    const JourneyScores &scores() const { return m_scores; }
    const DriverAnalysis &drivers() const { return m_drivers; }
    /// The journey's feedback in memory; nullptr when it could not be read (see error()).
    const ScoreAccumulator *accumulator() const { return m_accumulator ? &*m_accumulator : nullptr; }
    /// Why the scores could not be computed; empty when they could.
    QString error() const { return m_error; }

    /// Counts only the items that pass `filter` (recomputed in memory). An invalid filter
    /// sets error() and keeps the figures as they were.
    void setFilter(const ScoreFilter &filter);
    const ScoreFilter &filter() const { return m_filter; }
    /// The metric the measured emotion comes from; empty: the journey's primary metric.
    void setPrimaryMetric(std::optional<Metric> metric);
    /// The trend of `level` from the items in memory, under the filter.
    ScoreTrend trend(ScoreLevel level, TrendBucket bucket) const;

    /// Reads the journey's feedback again (normally only after an import or a revert).
    /// A journey with more attachments than backgroundThreshold() is read on a worker
    /// thread with its own read connection: isLoading() until scoresChanged(); changes made
    /// meanwhile are logged and applied when it is in.
    void reload();
    bool isLoading() const { return m_loading; }
    /// Attachments from which a journey is read in the background (default 100,000).
    static qint64 backgroundThreshold();
    static void setBackgroundThreshold(qint64 attachments);

    /// How often the feedback was read in full (for tests and measurements).
    int fullLoads() const { return m_fullLoads; }
    /// How long the last incremental update took, in microseconds.
    qint64 lastUpdateMicros() const { return m_lastUpdateMicros; }

signals:
    /// The figures changed (an attachment, a filter, a reload).
    void scoresChanged();

private:
    void onAttachmentsChanged(const QList<qint64> &touchpoints);
    void onStructureChanged();
    /// Applies logged attachment changes to the accumulator; the touchpoints that changed.
    bool applyLog(const QList<std::tuple<qint64, qint64, int>> &log, QList<qint64> &changed);
    /// The background read is in: adopt it, apply what changed meanwhile.
    void adopt(Result<ScoreAccumulator> loaded);
    void startBackgroundLoad(int generation, int attempt);
    /// Without a change log: finds what changed by comparing id ranges (difference()).
    void applyDifferences(const QList<qint64> &touchpoints, QList<qint64> &changed);
    void scheduleReload();
    void evaluate();
    /// The items now attached to `touchpoint` that `known` lacks, and the reverse. Empty
    /// when the change is too large to apply item by item (reload instead).
    struct Difference
    {
        std::vector<qint64> added, removed;
    };
    std::optional<Difference> difference(qint64 touchpoint, const std::vector<qint64> &known) const;
    bool readItems(const std::vector<qint64> &ids);
    /// The connection's change log of `attachment` (temporary triggers): installs it if
    /// missing and empties it. False when it cannot be kept (the item-range comparison
    /// of difference() is used then).
    bool resetLog();
    /// The changes logged since the last read, in order; empty optional when the log is gone.
    std::optional<QList<std::tuple<qint64, qint64, int>>> takeLog();
    void dropLog();
    QList<QPair<qint64, qint64>> structure() const;

    QPointer<Document> m_document;
    JourneyId m_journey;
    ScoreOptions m_options;
    ScoreFilter m_filter;
    std::optional<ScoreAccumulator> m_accumulator;
    QHash<qint64, std::vector<qint64>> m_attached; ///< scored touchpoint → its items, ascending
    QList<QPair<qint64, qint64>> m_structure;      ///< (touchpoint, stage) at the last load
    JourneyScores m_scores;
    DriverAnalysis m_drivers;
    QString m_error;
    QString m_log; ///< name of this instance's temporary change log; empty: none
    bool m_reloadQueued = false;
    bool m_loading = false;
    int m_loadGeneration = 0;
    QPointer<QThread> m_loader;
    bool m_evaluateQueued = false;
    int m_fullLoads = 0;
    qint64 m_lastUpdateMicros = 0;
};

} // namespace waymark
