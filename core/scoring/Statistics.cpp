// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace waymark::stats {

using namespace Qt::StringLiterals;

SampleFlag sampleFlag(qint64 n)
{
    if (n <= 0)
        return SampleFlag::None; // no figure to flag
    if (n < 10)
        return SampleFlag::Anecdotal;
    if (n < 30)
        return SampleFlag::Tentative;
    return SampleFlag::None;
}

QString sampleFlagKey(SampleFlag flag)
{
    switch (flag) {
    case SampleFlag::Anecdotal: return u"anecdotal"_s;
    case SampleFlag::Tentative: return u"tentative"_s;
    case SampleFlag::None: break;
    }
    return {};
}

Interval wilson(qint64 successes, qint64 n, double z)
{
    Q_ASSERT(n > 0);
    const double nn = double(n);
    const double p = double(successes) / nn;
    const double z2 = z * z;
    const double denominator = 1 + z2 / nn;
    const double centre = (p + z2 / (2 * nn)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    // Rounding can put a bound a hair outside [0, 1] when p is 0 or 1.
    return {std::clamp(centre - half, 0.0, 1.0), std::clamp(centre + half, 0.0, 1.0)};
}

double npsValue(qint64 promoters, qint64 detractors, qint64 n)
{
    Q_ASSERT(n > 0);
    return 100.0 * double(promoters - detractors) / double(n);
}

Interval npsAdjustedWald(qint64 promoters, qint64 detractors, qint64 n, double z)
{
    Q_ASSERT(n > 0);
    const double n1 = double(n) + 3;
    const double p = (double(promoters) + 0.75) / n1;
    const double d = (double(detractors) + 0.75) / n1;
    const double diff = p - d;
    const double half = z * std::sqrt((p + d - diff * diff) / n1);
    return {std::clamp(100 * (diff - half), -100.0, 100.0), std::clamp(100 * (diff + half), -100.0, 100.0)};
}

double tQuantile975(qint64 df)
{
    Q_ASSERT(df >= 1);
    const boost::math::students_t_distribution<double> t{static_cast<double>(df)};
    return boost::math::quantile(t, 0.975);
}

MeanEstimate meanWithTInterval(const qint64 *counts, int size, int firstValue)
{
    MeanEstimate e;
    double sum = 0;
    for (int i = 0; i < size; ++i) {
        e.n += counts[i];
        sum += double(counts[i]) * double(firstValue + i);
    }
    if (e.n <= 0)
        return e;
    const double mean = sum / double(e.n);
    e.mean = mean;
    if (e.n < 2)
        return e;
    // Two-pass variance over the histogram: exact for small integer answers.
    double squares = 0;
    for (int i = 0; i < size; ++i) {
        const double dev = double(firstValue + i) - mean;
        squares += double(counts[i]) * dev * dev;
    }
    const double sd = std::sqrt(squares / double(e.n - 1));
    e.sd = sd;
    const double half = tQuantile975(e.n - 1) * sd / std::sqrt(double(e.n));
    e.interval = Interval{mean - half, mean + half};
    return e;
}

double toEmotionScale(double v, int scale)
{
    Q_ASSERT(scale >= 2);
    return -2.0 + 4.0 * (v - 1.0) / double(scale - 1);
}

ResponseValues ResponseValues::from(const FeedbackItem &item)
{
    return {item.nps, item.csat, item.csatScale, item.ces, item.cesScale, std::nullopt};
}

SentimentLabel sentimentLabel(double compound)
{
    if (compound >= kSentimentThreshold)
        return SentimentLabel::Positive;
    if (compound <= -kSentimentThreshold)
        return SentimentLabel::Negative;
    return SentimentLabel::Neutral;
}

// Histogram -------------------------------------------------------------------------

int Histogram::csatSlot(int scale)
{
    const auto it = std::find(csatScales.begin(), csatScales.end(), scale);
    return it == csatScales.end() ? -1 : int(it - csatScales.begin());
}

int Histogram::cesSlot(int scale)
{
    const auto it = std::find(cesScales.begin(), cesScales.end(), scale);
    return it == cesScales.end() ? -1 : int(it - cesScales.begin());
}

void Histogram::add(const ResponseValues &v, qint64 count)
{
    m_items += count;
    if (v.nps) {
        if (*v.nps >= 0 && *v.nps <= 10)
            m_nps[size_t(*v.nps)] += count;
        else
            m_invalid += count;
    }
    if (v.csat) {
        const int slot = csatSlot(v.csatScale);
        if (slot >= 0 && *v.csat >= 1 && *v.csat <= v.csatScale)
            m_csat[size_t(slot)][size_t(*v.csat)] += count;
        else
            m_invalid += count;
    }
    if (v.ces) {
        const int slot = cesSlot(v.cesScale);
        if (slot >= 0 && *v.ces >= 1 && *v.ces <= v.cesScale)
            m_ces[size_t(slot)][size_t(*v.ces)] += count;
        else
            m_invalid += count;
    }
    if (v.sentiment) {
        if (std::isfinite(*v.sentiment) && *v.sentiment >= -1 && *v.sentiment <= 1) {
            m_sentiment[size_t(sentimentLabel(*v.sentiment))] += count;
            m_sentimentSum += count * std::llround(*v.sentiment * kSentimentUnit);
            m_sentimentSquares += count * std::llround(*v.sentiment * *v.sentiment * kSentimentUnit);
        } else {
            m_invalid += count;
        }
    }
}

namespace {
template <class Array>
void addArrays(Array &a, const Array &b, qint64 sign)
{
    for (size_t i = 0; i < a.size(); ++i) {
        if constexpr (std::is_integral_v<std::decay_t<decltype(a[i])>>)
            a[i] += sign * b[i];
        else
            addArrays(a[i], b[i], sign);
    }
}
} // namespace

Histogram &Histogram::operator+=(const Histogram &o)
{
    addArrays(m_nps, o.m_nps, 1);
    addArrays(m_csat, o.m_csat, 1);
    addArrays(m_ces, o.m_ces, 1);
    addArrays(m_sentiment, o.m_sentiment, 1);
    m_sentimentSum += o.m_sentimentSum;
    m_sentimentSquares += o.m_sentimentSquares;
    m_items += o.m_items;
    m_invalid += o.m_invalid;
    return *this;
}

Histogram &Histogram::operator-=(const Histogram &o)
{
    addArrays(m_nps, o.m_nps, -1);
    addArrays(m_csat, o.m_csat, -1);
    addArrays(m_ces, o.m_ces, -1);
    addArrays(m_sentiment, o.m_sentiment, -1);
    m_sentimentSum -= o.m_sentimentSum;
    m_sentimentSquares -= o.m_sentimentSquares;
    m_items -= o.m_items;
    m_invalid -= o.m_invalid;
    return *this;
}

qint64 Histogram::nps(int value) const
{
    return value >= 0 && value <= 10 ? m_nps[size_t(value)] : 0;
}

qint64 Histogram::csat(int scale, int value) const
{
    const int slot = csatSlot(scale);
    return slot >= 0 && value >= 1 && value <= scale ? m_csat[size_t(slot)][size_t(value)] : 0;
}

qint64 Histogram::ces(int scale, int value) const
{
    const int slot = cesSlot(scale);
    return slot >= 0 && value >= 1 && value <= scale ? m_ces[size_t(slot)][size_t(value)] : 0;
}

// Scores ----------------------------------------------------------------------------

std::optional<double> NpsScore::emotion() const
{
    if (!value)
        return std::nullopt;
    return *value / 50.0;
}

std::optional<double> SentimentScore::emotion() const
{
    if (!mean)
        return std::nullopt;
    return 2 * *mean;
}

SentimentScore sentimentScore(const Histogram &h)
{
    SentimentScore s;
    const qint64 neg = h.sentiment(SentimentLabel::Negative), neu = h.sentiment(SentimentLabel::Neutral),
                 pos = h.sentiment(SentimentLabel::Positive);
    s.n = neg + neu + pos;
    s.flag = sampleFlag(s.n);
    if (s.n > 0) {
        const double n = double(s.n);
        s.mean = double(h.sentimentSum()) / kSentimentUnit / n;
        s.positive = 100.0 * double(pos) / n;
        s.neutral = 100.0 * double(neu) / n;
        s.negative = 100.0 * double(neg) / n;
    }
    if (s.n >= 2) {
        // Sums in fixed point: Σx² − n·x̄² = (Σx² − (Σx)²/n), in units of 1/kSentimentUnit.
        const double n = double(s.n);
        const double sum = double(h.sentimentSum()) / kSentimentUnit;
        const double squares = double(h.sentimentSquares()) / kSentimentUnit;
        const double variance = std::max(0.0, (squares - sum * sum / n) / (n - 1));
        s.sd = std::sqrt(variance);
        const double half = tQuantile975(s.n - 1) * *s.sd / std::sqrt(n);
        s.interval = Interval{std::clamp(*s.mean - half, -1.0, 1.0), std::clamp(*s.mean + half, -1.0, 1.0)};
    }
    return s;
}

NpsScore npsScore(const Histogram &h)
{
    NpsScore s;
    for (int v = 0; v <= 10; ++v) {
        const qint64 c = h.nps(v);
        s.n += c;
        if (v >= 9)
            s.promoters += c;
        else if (v >= 7)
            s.passives += c;
        else
            s.detractors += c;
    }
    s.flag = sampleFlag(s.n);
    if (s.n > 0) {
        s.value = npsValue(s.promoters, s.detractors, s.n);
        s.interval = npsAdjustedWald(s.promoters, s.detractors, s.n);
    }
    return s;
}

namespace {

/// What CSAT and CES share: answers on several possible scales, a "top" set of values
/// per scale, a mean on the source scale and a mean on the emotion scale.
struct ScaledSummary
{
    qint64 n = 0;
    qint64 top = 0;
    int scale = 0;
    std::optional<MeanEstimate> mean;
    std::optional<double> emotion;
};

template <class Scales, class CountFn, class TopFn>
ScaledSummary summarize(const Scales &scales, CountFn count, TopFn isTop)
{
    ScaledSummary s;
    double emotionSum = 0;
    for (int scale : scales) {
        qint64 nScale = 0;
        std::array<qint64, 11> counts{};
        for (int v = 1; v <= scale; ++v) {
            const qint64 c = count(scale, v);
            counts[size_t(v - 1)] = c;
            nScale += c;
            if (isTop(scale, v))
                s.top += c;
            emotionSum += double(c) * toEmotionScale(v, scale);
        }
        if (nScale == 0)
            continue;
        s.scale = s.scale == 0 ? scale : -1;
        s.n += nScale;
        if (s.scale == scale) {
            s.mean = meanWithTInterval(counts.data(), scale, 1);
            // A mean of 1..scale answers cannot lie outside 1..scale; small samples would
            // otherwise show bounds such as −2.5 on a 1..7 scale.
            if (s.mean->interval)
                s.mean->interval = Interval{std::clamp(s.mean->interval->low, 1.0, double(scale)),
                                            std::clamp(s.mean->interval->high, 1.0, double(scale))};
        }
    }
    if (s.scale < 0)
        s.mean.reset(); // a mean across different scales has no unit
    if (s.n > 0)
        s.emotion = emotionSum / double(s.n);
    return s;
}

Interval percent(const Interval &i)
{
    return {100 * i.low, 100 * i.high};
}

} // namespace

CsatScore csatScore(const Histogram &h)
{
    // Top-2-box: {4,5} of 5, {6,7} of 7, {9,10} of 10, good of good/bad (2 = good).
    const auto s = summarize(
        Histogram::csatScales, [&h](int scale, int v) { return h.csat(scale, v); },
        [](int scale, int v) { return scale == 2 ? v == 2 : v >= scale - 1; });
    CsatScore c;
    c.n = s.n;
    c.top2Count = s.top;
    c.scale = s.scale;
    c.flag = sampleFlag(c.n);
    c.emotion = s.emotion;
    if (c.n > 0) {
        c.top2 = 100.0 * double(s.top) / double(s.n);
        c.interval = percent(wilson(s.top, s.n));
    }
    if (s.mean)
        c.mean = s.mean->mean;
    return c;
}

CesScore cesScore(const Histogram &h)
{
    // % agree: 5..7 of 7, 4..5 of 5.
    const auto s = summarize(
        Histogram::cesScales, [&h](int scale, int v) { return h.ces(scale, v); },
        [](int scale, int v) { return v >= (scale == 7 ? 5 : 4); });
    CesScore c;
    c.n = s.n;
    c.agreeCount = s.top;
    c.scale = s.scale;
    c.flag = sampleFlag(c.n);
    c.emotion = s.emotion;
    if (c.n > 0) {
        c.agree = 100.0 * double(s.top) / double(s.n);
        c.agreeInterval = percent(wilson(s.top, s.n));
    }
    if (s.mean) {
        c.mean = s.mean->mean;
        c.interval = s.mean->interval;
    }
    return c;
}

// Comparisons and correlation --------------------------------------------------------

double twoSidedP(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

namespace {
DifferenceTest differenceTest(double difference, double z)
{
    DifferenceTest t;
    t.difference = difference;
    t.z = z;
    t.p = twoSidedP(z);
    t.significant = std::abs(z) > kZ95;
    return t;
}
} // namespace

std::optional<DifferenceTest> npsDifference(qint64 p1, qint64 d1, qint64 n1, qint64 p2, qint64 d2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    auto adjusted = [](qint64 p, qint64 d, qint64 n) {
        const double n1 = double(n) + 3, pp = (double(p) + 0.75) / n1, dd = (double(d) + 0.75) / n1;
        const double a = pp - dd;
        return std::pair{a, (pp + dd - a * a) / n1};
    };
    const auto [a1, v1] = adjusted(p1, d1, n1);
    const auto [a2, v2] = adjusted(p2, d2, n2);
    return differenceTest(npsValue(p2, d2, n2) - npsValue(p1, d1, n1), (a2 - a1) / std::sqrt(v1 + v2));
}

std::optional<DifferenceTest> twoProportion(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    const double q1 = double(x1) / double(n1), q2 = double(x2) / double(n2);
    const double pooled = double(x1 + x2) / double(n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    return differenceTest(100 * (q2 - q1), se > 0 ? (q2 - q1) / se : 0.0);
}

std::optional<double> pearson(const double *x, const double *y, qsizetype n)
{
    if (n < 2)
        return std::nullopt;
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace waymark::stats
