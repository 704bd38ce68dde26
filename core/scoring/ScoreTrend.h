// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScoreEngine.h"

#include <QDate>
#include <QList>
#include <QString>

namespace waymark {

/// The length of one period of a trend.
enum class TrendBucket { Week, Month };

/// One period of one row: the pooled histogram of the distinct items dated in it.
struct TrendPoint
{
    QDate start; ///< Monday of the ISO week, or the first of the month
    stats::Histogram counts;
};

/// The trend of one touchpoint, stage or the whole journey, oldest period first; periods
/// without items are left out.
struct TrendSeries
{
    ScoreLevel level = ScoreLevel::Touchpoint;
    qint64 id = 0; ///< touchpoint or stage id; 0 for the journey
    QString name;
    QList<TrendPoint> points;
};

/// Scores over time (SCORING.md's figures per period). Items are bucketed by the first
/// ten characters of their date (YYYY-MM-DD); items without a valid date are left out and
/// counted in `undated`. Stage and journey rows pool the distinct items attached anywhere
/// in them, as ScoreEngine does. Pure core: no widgets.
struct ScoreTrend
{
    TrendBucket bucket = TrendBucket::Month;
    ScoreLevel level = ScoreLevel::Touchpoint;
    QList<TrendSeries> series; ///< journey order; rows without any dated item are left out
    qint64 undated = 0;

    /// The first day of the period that holds `date`.
    static QDate bucketStart(const QDate &date, TrendBucket bucket);
    /// "2026-W03" or "2026-01".
    static QString bucketLabel(const QDate &start, TrendBucket bucket);

    /// Reads the journey's attached items under `filter`. `level` is Touchpoint, Stage or
    /// Journey (Segment is treated as Journey). With a `sentiment` hook every comment is
    /// scored once, so that the points carry the sentiment figures too.
    static Result<ScoreTrend> load(const WorkspaceStore &store, const Workspace &workspace, JourneyId journey,
                                   ScoreLevel level, TrendBucket bucket, const ScoreFilter &filter = {},
                                   const SentimentHook &sentiment = {});
};

} // namespace waymark
