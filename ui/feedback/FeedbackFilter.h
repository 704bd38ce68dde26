// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/ScoreEngine.h"
#include "scoring/Statistics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace waymark {

/// What the feedback browser shows, as SQL over feedback_item (alias `f`). Its date range,
/// channel, segment and source are the ones the scores understand (scoreFilter()), so the
/// browser and the Insights view select the same items.
struct FeedbackFilter
{
    enum class Attachment { Any, Attached, Unattached };

    /// The journey, stage and touchpoint chosen (0: all); resolve() turns them into
    /// `touchpoints`.
    qint64 journey = 0, stage = 0, touchpoint = 0;
    /// Touchpoints the journey/stage/touchpoint choice stands for; empty with
    /// `restricted` means a journey or stage without touchpoints (nothing matches).
    QList<qint64> touchpoints;
    bool restricted = false;
    Attachment attachment = Attachment::Any;
    QString channel; ///< ASCII case-insensitive, as ScoreFilter
    QString segment; ///< ASCII case-insensitive, as ScoreFilter
    std::optional<qint64> source;
    QDate from, to; ///< inclusive, on the first ten characters of the item's date
    std::optional<int> npsMin, npsMax, csatMin, csatMax, cesMin, cesMax;
    /// The comment's stored compound sentiment score (column `sentiment`, NULL without a
    /// comment) on VADER's thresholds: positive ≥ 0.05, negative ≤ −0.05, else neutral.
    std::optional<stats::SentimentLabel> sentiment;
    /// Words that must all occur in the comment, ignoring case (for letters beyond ASCII:
    /// as typed, in lower case, in capitals, or capitalised).
    QString search;

    bool isEmpty() const;
    /// Fills `touchpoints` and `restricted` from the journey/stage/touchpoint choice (a
    /// choice that no longer exists widens to its parent).
    void resolve(const Workspace &workspace);
    /// The part the scores understand: dates, channel, segment, source.
    ScoreFilter scoreFilter() const;
    /// Takes the dates, channel, segment and source of `filter`; keeps everything else.
    void setScoreFilter(const ScoreFilter &filter);
    /// The SQL condition for `label` on the column `sentiment` of `f`.
    static QString sentimentCondition(stats::SentimentLabel label);
    /// The WHERE clause (without "WHERE"; "1" when empty); `binds` receives its values.
    QString whereClause(QVariantList *binds) const;

    bool operator==(const FeedbackFilter &) const = default;
};

} // namespace waymark
