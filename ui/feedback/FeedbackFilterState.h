// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FeedbackFilter.h"

#include <QObject>

namespace waymark {

/// The one feedback filter of a workspace window, which the feedback browser and the
/// Insights views observe and set: a date range, channel, segment or source chosen in one
/// shows in the other's filter bar and selects the same items in both. The browser's own
/// filters (journey, stage, touchpoint, attachment, score ranges, sentiment, search) live
/// here too; the Insights view shows them and leaves them to the browser.
class FeedbackFilterState : public QObject
{
    Q_OBJECT

public:
    explicit FeedbackFilterState(QObject *parent = nullptr);

    /// The filter as chosen (`touchpoints` unresolved: see FeedbackFilter::resolve).
    const FeedbackFilter &filter() const { return m_filter; }
    /// Sets everything; `changed` when anything differs.
    void setFilter(FeedbackFilter filter);
    /// The dates, channel, segment and source.
    ScoreFilter scoreFilter() const { return m_filter.scoreFilter(); }
    /// Sets the dates, channel, segment and source; keeps the browser's own filters.
    void setScoreFilter(const ScoreFilter &filter);
    /// The browser's own filters as short text ("NPS 0–6", "negative comments", …); empty
    /// when it has none beyond the shared ones.
    QStringList browserOnlyDescription() const;

signals:
    void changed(const waymark::FeedbackFilter &filter);

private:
    FeedbackFilter m_filter;
};

} // namespace waymark
