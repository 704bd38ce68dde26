// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"
#include "ScoreTrend.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

#include <vector>

namespace waymark {

/// The feedback of one journey held in memory with the sufficient statistics of every
/// level, so that attaching or detaching one item updates the touchpoint, its stage, the
/// journey and the item's segment exactly and in O(attachments of that item), and a
/// full or filtered recompute is one pass over the items without SQL.
///
/// Count-once rule: the stage and journey histograms hold each distinct item once. An
/// item enters a stage's histogram when its first touchpoint in that stage is attached
/// and leaves it when its last one there is detached (each item knows its attachments).
class ScoreAccumulator
{
public:
    /// The journey's structure: which touchpoints are scored and their stages.
    ScoreAccumulator(const Workspace &workspace, JourneyId journey);

    /// Reads every feedback item attached to a scored touchpoint of `journey` (one query)
    /// and scores each comment once with `sentiment`, if given.
    static Result<ScoreAccumulator> load(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                         const SentimentHook &sentiment = {});
    /// The same over any connection to a workspace database (e.g. a read connection of
    /// a worker thread).
    static Result<ScoreAccumulator> load(const QSqlDatabase &database, const Workspace &workspace, JourneyId journey,
                                         const SentimentHook &sentiment = {});

    /// Makes an item known, not yet attached; `sentiment` is its comment's compound score.
    /// An id already known keeps its first values.
    void addItem(const FeedbackItem &item, std::optional<double> sentiment = std::nullopt);
    /// Attaches a known item to a touchpoint. False (and nothing changes) when the item is
    /// unknown, the card is not a scored touchpoint of the journey, or it is attached already.
    bool attach(FeedbackItemId item, TouchpointId touchpoint);
    bool detach(FeedbackItemId item, TouchpointId touchpoint);

    /// Counts only items that pass `filter` from now on; recomputes every histogram.
    /// `filter` must be valid (ScoreFilter::validate).
    void setFilter(const ScoreFilter &filter);
    const ScoreFilter &filter() const { return m_filter; }
    /// Rebuilds every histogram from the items and their attachments.
    void recompute();

    /// The current histograms of every level.
    const JourneyCounts &counts() const { return m_counts; }
    /// Whether the item is known (addItem or load).
    bool contains(FeedbackItemId item) const { return m_itemIndex.contains(item.value); }
    /// Whether `touchpoint` is one of the journey's scored touchpoints.
    bool scores(TouchpointId touchpoint) const { return m_slotOfTouchpoint.contains(touchpoint.value); }
    /// Per scored touchpoint, the ids of the items attached to it (filtered or not), ascending.
    QHash<qint64, std::vector<qint64>> attachedItems() const;
    /// The trend of the journey's rows at `level` from the items in memory under the
    /// current filter: the figures of ScoreTrend::load, with the items' sentiment. One
    /// pass over the items, no SQL. `workspace` names the rows.
    ScoreTrend trend(const Workspace &workspace, ScoreLevel level, TrendBucket bucket) const;
    JourneyId journey() const { return m_counts.journey; }
    qsizetype itemCount() const { return qsizetype(m_items.size()); }
    qint64 attachmentCount() const { return m_attachments; }

private:
    struct Item
    {
        qint64 id = 0;
        qint64 source = 0;
        double sentiment = 0;
        qint32 date = 0;    ///< YYYYMMDD; 0 no date (shorter than 10 characters); −1 see m_oddDates
        qint32 channel = 0; ///< index into m_names (case-folded)
        qint32 segment = 0;
        qint8 nps = -1, csat = -1, csatScale = 5, ces = -1, cesScale = 7;
        bool hasSentiment = false;
        bool hasNps = false, hasCsat = false, hasCes = false;
        QVarLengthArray<qint32, 2> attached; ///< touchpoint slots
    };

    /// Compiled filter: ids instead of strings.
    struct Compiled
    {
        bool any = false;
        bool dates = false;
        qint32 from = 0, to = 99999999;
        QString fromText, toText;
        qint32 channel = -1, segment = -1; ///< −1: not filtered; −2: matches nothing
        std::optional<qint64> source;
    };

    stats::ResponseValues valuesOf(const Item &item) const;
    bool passes(const Item &item) const;
    qint32 intern(const QString &text);
    void apply(Item &item, qint32 slot, int sign);

    JourneyCounts m_counts;
    QHash<qint64, qint32> m_slotOfTouchpoint; ///< touchpoint id → slot
    std::vector<qint64> m_touchpointOfSlot;
    std::vector<qint64> m_stageOfSlot;
    std::vector<Item> m_items;
    QHash<qint64, qint32> m_itemIndex;
    QHash<QString, qint32> m_nameIds; ///< case-folded channel and segment texts
    std::vector<QString> m_names;     ///< first spelling per id
    QHash<qint32, QString> m_oddDates; ///< item index → first 10 characters of a non-ISO date
    qint64 m_attachments = 0;
    ScoreFilter m_filter;
    Compiled m_compiled;
};

} // namespace waymark
