// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FeedbackItem.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

/// The formulas of SCORING.md ("Per touchpoint") as pure functions, and the sufficient
/// statistics (value histograms) they are computed from. docs/scoring.md shows every
/// formula with a worked example and its source.
namespace waymark::stats {

/// z for a two-sided 95 % interval, as SCORING.md fixes it.
inline constexpr double kZ95 = 1.959964;

/// Sample-size warning shown next to every figure: n < 10 anecdotal, n < 30 tentative.
enum class SampleFlag { None, Tentative, Anecdotal };
SampleFlag sampleFlag(qint64 n);
/// "anecdotal", "tentative" or an empty string.
QString sampleFlagKey(SampleFlag flag);

struct Interval
{
    double low = 0;
    double high = 0;
    bool operator==(const Interval &) const = default;
};

/// Wilson score interval (Wilson 1927) for `successes` out of `n` (n > 0), as proportions
/// in [0, 1]. No continuity correction.
Interval wilson(qint64 successes, qint64 n, double z = kZ95);

/// NPS = 100·(P − D)/n (n > 0).
double npsValue(qint64 promoters, qint64 detractors, qint64 n);
/// The adjusted-Wald NPS interval of Rocks (2016) in NPS points, clipped to [−100, 100] (n > 0).
Interval npsAdjustedWald(qint64 promoters, qint64 detractors, qint64 n, double z = kZ95);

/// The 0.975 quantile of Student's t with `df` ≥ 1 degrees of freedom (Boost.Math).
double tQuantile975(qint64 df);

/// Mean, sample standard deviation and t-interval x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n of integer
/// values given as counts per value (counts[i] = how many answered firstValue + i).
struct MeanEstimate
{
    qint64 n = 0;
    std::optional<double> mean;
    std::optional<double> sd;       ///< needs n ≥ 2
    std::optional<Interval> interval; ///< needs n ≥ 2
};
MeanEstimate meanWithTInterval(const qint64 *counts, int size, int firstValue);

/// Maps value `v` of a 1..`scale` answer linearly onto the emotion scale −2..+2
/// (1 → −2, scale → +2). On 1..5: v − 3; on 1..7: (v − 4)·2/3.
double toEmotionScale(double v, int scale);

/// The answers of one feedback item that the scores use.
struct ResponseValues
{
    // A constructor rather than an aggregate, so that {nps, csat, scale, ces, scale}
    // still reads without naming the sentiment.
    ResponseValues(std::optional<int> nps_ = std::nullopt, std::optional<int> csat_ = std::nullopt, int csatScale_ = 5,
                   std::optional<int> ces_ = std::nullopt, int cesScale_ = 7,
                   std::optional<double> sentiment_ = std::nullopt)
        : nps(nps_), csat(csat_), csatScale(csatScale_), ces(ces_), cesScale(cesScale_), sentiment(sentiment_)
    {
    }

    std::optional<int> nps;
    std::optional<int> csat;
    int csatScale = 5; ///< 2 (good/bad: 1 = bad, 2 = good), 5, 7 or 10
    std::optional<int> ces;
    int cesScale = 7;  ///< 5 or 7
    /// The comment's compound sentiment score in [−1, 1], when a sentiment hook scored it.
    std::optional<double> sentiment;

    /// The answers of `item`; `sentiment` stays empty (the caller scores the comment).
    static ResponseValues from(const FeedbackItem &item);
    bool operator==(const ResponseValues &) const = default;
};

/// VADER's convention: compound ≥ 0.05 positive, ≤ −0.05 negative, else neutral.
inline constexpr double kSentimentThreshold = 0.05;
enum class SentimentLabel { Negative = 0, Neutral = 1, Positive = 2 };
SentimentLabel sentimentLabel(double compound);
/// Compound scores are summed in fixed point, rounded to 1e−9, so that sums are exact
/// integers and removing an item undoes adding it bit for bit.
inline constexpr double kSentimentUnit = 1e9;

/// Sufficient statistics of a set of feedback items: counts per answer value of each
/// metric and scale. Adding or removing one item is O(1), so attaching or detaching an
/// item updates a touchpoint without a query. Values outside their scale (or on a scale
/// Waymark does not know) are not counted; `invalidValues` says how many were dropped.
class Histogram
{
public:
    static constexpr std::array<int, 4> csatScales{2, 5, 7, 10};
    static constexpr std::array<int, 2> cesScales{5, 7};

    /// Adds `count` items with these answers; a negative count removes them.
    void add(const ResponseValues &values, qint64 count = 1);
    void remove(const ResponseValues &values) { add(values, -1); }

    Histogram &operator+=(const Histogram &other);
    Histogram &operator-=(const Histogram &other);
    bool operator==(const Histogram &) const = default;

    /// Items counted (with or without any valid answer).
    qint64 items() const { return m_items; }
    qint64 invalidValues() const { return m_invalid; }
    /// How many answered `value` (0..10).
    qint64 nps(int value) const;
    /// How many answered `value` on the CSAT scale 1..`scale`.
    qint64 csat(int scale, int value) const;
    qint64 ces(int scale, int value) const;
    /// How many comments scored with this label.
    qint64 sentiment(SentimentLabel label) const { return m_sentiment[size_t(label)]; }
    /// Σ compound scores in units of 1/kSentimentUnit.
    qint64 sentimentSum() const { return m_sentimentSum; }
    /// Σ squared compound scores, each square rounded to units of 1/kSentimentUnit.
    qint64 sentimentSquares() const { return m_sentimentSquares; }
    bool isEmpty() const { return *this == Histogram(); }

private:
    static int csatSlot(int scale);
    static int cesSlot(int scale);

    std::array<qint64, 11> m_nps{};
    std::array<std::array<qint64, 11>, 4> m_csat{}; ///< [scale slot][value], index 0 unused
    std::array<std::array<qint64, 8>, 2> m_ces{};   ///< [scale slot][value], index 0 unused
    std::array<qint64, 3> m_sentiment{};            ///< comments per SentimentLabel
    qint64 m_sentimentSum = 0;                      ///< fixed point, see kSentimentUnit
    qint64 m_sentimentSquares = 0;                  ///< fixed point, see kSentimentUnit
    qint64 m_items = 0;
    qint64 m_invalid = 0;
};

struct NpsScore
{
    qint64 n = 0;
    qint64 promoters = 0; ///< 9, 10
    qint64 passives = 0;  ///< 7, 8
    qint64 detractors = 0; ///< 0..6
    std::optional<double> value; ///< −100..100; empty when n = 0
    std::optional<Interval> interval;
    SampleFlag flag = SampleFlag::None;
    /// NPS / 50, on −2..+2.
    std::optional<double> emotion() const;
};

struct CsatScore
{
    qint64 n = 0;
    qint64 top2Count = 0;
    int scale = 0; ///< the scale of every answer; 0 when there are none, -1 when scales are mixed
    std::optional<double> top2;       ///< percent
    std::optional<Interval> interval; ///< Wilson, percent
    std::optional<double> mean;       ///< on the source scale; empty when scales are mixed
    std::optional<double> emotion;    ///< mean of the answers mapped onto −2..+2
    SampleFlag flag = SampleFlag::None;
};

struct CesScore
{
    qint64 n = 0;
    qint64 agreeCount = 0;
    int scale = 0; ///< as CsatScore::scale
    std::optional<double> mean;           ///< on the source scale; empty when scales are mixed
    std::optional<Interval> interval;     ///< t-interval of the mean, clipped to 1..scale
    std::optional<double> agree;          ///< percent agreeing (5..7 of 7, 4..5 of 5)
    std::optional<Interval> agreeInterval; ///< Wilson, percent
    std::optional<double> emotion;        ///< mean of the answers mapped onto −2..+2
    SampleFlag flag = SampleFlag::None;
};

/// Sentiment of the comments: n scored comments, the mean compound score and the shares
/// (percent) of positive, neutral and negative comments.
struct SentimentScore
{
    qint64 n = 0;
    std::optional<double> mean; ///< −1..1
    std::optional<double> positive, neutral, negative; ///< percent of n
    SampleFlag flag = SampleFlag::None;
    std::optional<double> sd;         ///< sample standard deviation of the compound scores (n ≥ 2)
    /// t-interval of the mean, x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n, clipped to [−1, 1] (n ≥ 2).
    std::optional<Interval> interval;
    /// 2·mean, on −2..+2.
    std::optional<double> emotion() const;
};

NpsScore npsScore(const Histogram &h);
SentimentScore sentimentScore(const Histogram &h);
CsatScore csatScore(const Histogram &h);
CesScore cesScore(const Histogram &h);

/// A test of the difference between two independent samples (period 2 − period 1).
struct DifferenceTest
{
    double difference = 0; ///< in the figure's units (NPS points, percentage points)
    double z = 0;
    double p = 1;          ///< two-sided
    bool significant = false; ///< p < 0.05, i.e. |z| > 1.959964
};

/// Two-sided p of a standard normal z: erfc(|z|/√2).
double twoSidedP(double z);

/// Is the NPS of sample 2 different from sample 1's? difference = NPS₂ − NPS₁; z uses the
/// adjusted-Wald estimates and variances of Rocks (2016): z = (a₂ − a₁)/√(v₁ + v₂) with
/// a = p' − d' and v = (p' + d' − a²)/n'. Empty when a sample has no answer.
std::optional<DifferenceTest> npsDifference(qint64 p1, qint64 d1, qint64 n1, qint64 p2, qint64 d2, qint64 n2);

/// Two-proportion z-test with the pooled proportion: difference = 100·(x₂/n₂ − x₁/n₁),
/// z = (p̂₂ − p̂₁)/√(p̄(1 − p̄)(1/n₁ + 1/n₂)). Empty when a sample is empty; z = 0, p = 1
/// when every answer of both samples is a success or every one a failure.
std::optional<DifferenceTest> twoProportion(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

/// Pearson's r of paired values; empty when n < 2 or a side has no variance.
std::optional<double> pearson(const double *x, const double *y, qsizetype n);

} // namespace waymark::stats
