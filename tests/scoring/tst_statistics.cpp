// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The formulas of SCORING.md pinned with worked examples computed by hand (in the comments).
#include "scoring/Statistics.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace waymark;
using namespace waymark::stats;

namespace {

constexpr double kTolerance = 1e-9;

bool near(double a, double b, double tolerance = kTolerance)
{
    return std::abs(a - b) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected, tolerance)                                                              \
    QVERIFY2(near((actual), (expected), (tolerance)),                                                           \
             qPrintable(u"%1 = %2, expected %3 ± %4"_s.arg(QString::fromLatin1(#actual))                        \
                            .arg((actual), 0, 'g', 12)                                                          \
                            .arg((expected), 0, 'g', 12)                                                        \
                            .arg((tolerance))))

Histogram npsAnswers(int promoters, int passives, int detractors)
{
    // Spread over the whole range so the 6/7 and 8/9 boundaries are exercised.
    Histogram h;
    for (int i = 0; i < promoters; ++i)
        h.add({9 + i % 2, {}, 5, {}, 7});
    for (int i = 0; i < passives; ++i)
        h.add({7 + i % 2, {}, 5, {}, 7});
    for (int i = 0; i < detractors; ++i)
        h.add({6 - i % 7, {}, 5, {}, 7});
    return h;
}

Histogram csatAnswers(int scale, const QList<int> &values)
{
    Histogram h;
    for (int v : values)
        h.add({{}, v, scale, {}, 7});
    return h;
}

Histogram cesAnswers(int scale, const QList<int> &values)
{
    Histogram h;
    for (int v : values)
        h.add({{}, {}, 5, v, scale});
    return h;
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_xdg;

private slots:
    void initTestCase()
    {
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_xdg.path()));
    }

    void sampleFlags_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("flag");
        QTest::newRow("no answers: no figure to flag") << 0 << QString();
        QTest::newRow("1") << 1 << u"anecdotal"_s;
        QTest::newRow("9") << 9 << u"anecdotal"_s;
        QTest::newRow("10") << 10 << u"tentative"_s;
        QTest::newRow("29") << 29 << u"tentative"_s;
        QTest::newRow("30") << 30 << QString();
    }
    void sampleFlags()
    {
        QFETCH(int, n);
        QFETCH(QString, flag);
        QCOMPARE(sampleFlagKey(sampleFlag(n)), flag);
    }

    void nps_data()
    {
        QTest::addColumn<int>("promoters");
        QTest::addColumn<int>("passives");
        QTest::addColumn<int>("detractors");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Adjusted Wald (Rocks 2016): n' = n + 3, p' = (P + 0.75)/n', d' = (D + 0.75)/n',
        // CI = 100·[(p' − d') ± z·sqrt((p' + d' − (p' − d')²)/n')], clipped to [−100, 100].

        // P = 5, passives 3, D = 2, n = 10: NPS = 100·(5 − 2)/10 = 30.
        // n' = 13, p' = 5.75/13 = 0.4423077, d' = 2.75/13 = 0.2115385, p' − d' = 3/13 = 0.2307692.
        // (0.6538462 − 0.0532544)/13 = 0.0461994; sqrt = 0.2149404; × 1.959964 = 0.4212754.
        // CI = 100·[0.2307692 ∓ 0.4212754] = [−19.05062, 65.20446].
        QTest::newRow("P5 D2 n10") << 5 << 3 << 2 << 30.0 << -19.0506157087 << 65.2044618625;
        // All promoters, n = 10: NPS 100. p' = 10.75/13 = 0.8269231, d' = 0.75/13 = 0.0576923,
        // p' − d' = 10/13 = 0.7692308; (0.8846154 − 0.5917160)/13 = 0.0225307; sqrt = 0.1501024;
        // × z = 0.2941953 → [47.50355, 106.34260], the upper bound clipped to 100.
        QTest::newRow("all promoters") << 10 << 0 << 0 << 100.0 << 47.5035513127 << 100.0;
        // All detractors: the mirror image.
        QTest::newRow("all detractors") << 0 << 0 << 10 << -100.0 << -100.0 << -47.5035513127;
        // One promoter: NPS 100; n' = 4, p' = 1.75/4 = 0.4375, d' = 0.1875, p' − d' = 0.25;
        // (0.625 − 0.0625)/4 = 0.140625; sqrt = 0.375; × z = 0.7349865 → [−48.49865, 98.49865].
        QTest::newRow("one promoter") << 1 << 0 << 0 << 100.0 << -48.49865 << 98.49865;
        // One passive: NPS 0; p' = d' = 0.1875; 0.375/4 = 0.09375; sqrt = 0.3061862;
        // × z = 0.6001140 → [−60.01140, 60.01140].
        QTest::newRow("one passive") << 0 << 1 << 0 << 0.0 << -60.0113964278 << 60.0113964278;
        // One detractor: NPS −100 → [−98.49865, 48.49865].
        QTest::newRow("one detractor") << 0 << 0 << 1 << -100.0 << -98.49865 << 48.49865;
        // P = 25, passives 15, D = 10, n = 50: NPS 30. n' = 53, p' = 25.75/53 = 0.4858491,
        // d' = 10.75/53 = 0.2028302, p' − d' = 0.2830189; (0.6886792 − 0.0801000)/53 = 0.0114826;
        // sqrt = 0.1071570; × z = 0.2100240 → [7.29949, 49.30428].
        QTest::newRow("P25 D10 n50") << 25 << 15 << 10 << 30.0 << 7.2994908035 << 49.3042827814;
    }
    void nps()
    {
        QFETCH(int, promoters);
        QFETCH(int, passives);
        QFETCH(int, detractors);
        QFETCH(double, value);
        QFETCH(double, low);
        QFETCH(double, high);
        const NpsScore s = npsScore(npsAnswers(promoters, passives, detractors));
        QCOMPARE(s.n, promoters + passives + detractors);
        QCOMPARE(s.promoters, promoters);
        QCOMPARE(s.passives, passives);
        QCOMPARE(s.detractors, detractors);
        QVERIFY(s.value && s.interval);
        QCOMPARE_NEAR(*s.value, value, kTolerance);
        QCOMPARE_NEAR(s.interval->low, low, 1e-7);
        QCOMPARE_NEAR(s.interval->high, high, 1e-7);
        QCOMPARE_NEAR(*s.emotion(), value / 50, kTolerance);
        QCOMPARE(s.flag, sampleFlag(s.n));
    }

    void npsBoundaries()
    {
        // 0..6 detractors, 7..8 passives, 9..10 promoters: one answer of each value.
        Histogram h;
        for (int v = 0; v <= 10; ++v)
            h.add({v, {}, 5, {}, 7});
        const NpsScore s = npsScore(h);
        QCOMPARE(s.detractors, 7);
        QCOMPARE(s.passives, 2);
        QCOMPARE(s.promoters, 2);
        QCOMPARE_NEAR(*s.value, 100.0 * (2 - 7) / 11, kTolerance);
        QCOMPARE(s.flag, SampleFlag::Tentative);
    }

    void emptyHasNoFigures()
    {
        const Histogram h;
        const NpsScore n = npsScore(h);
        QCOMPARE(n.n, 0);
        QVERIFY(!n.value && !n.interval && !n.emotion());
        const CsatScore c = csatScore(h);
        QCOMPARE(c.n, 0);
        QVERIFY(!c.top2 && !c.interval && !c.mean && !c.emotion);
        QCOMPARE(c.scale, 0);
        const CesScore e = cesScore(h);
        QVERIFY(!e.mean && !e.interval && !e.agree && !e.agreeInterval && !e.emotion);
        QCOMPARE(n.flag, SampleFlag::None);
    }

    void wilsonPublished_data()
    {
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
        // comparison of seven methods", Statistics in Medicine 17:857–872, the illustrative
        // examples, method 3 (Wilson score, no continuity correction), four decimals.
        QTest::newRow("81/263") << 81 << 263 << 0.2553 << 0.3662;
        QTest::newRow("15/148") << 15 << 148 << 0.0624 << 0.1605;
        QTest::newRow("0/20") << 0 << 20 << 0.0000 << 0.1611;
        QTest::newRow("1/29") << 1 << 29 << 0.0061 << 0.1718;
    }
    void wilsonPublished()
    {
        QFETCH(int, successes);
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval i = wilson(successes, n);
        QCOMPARE_NEAR(i.low, low, 0.00005);
        QCOMPARE_NEAR(i.high, high, 0.00005);
        QVERIFY(i.low >= 0 && i.high <= 1);
    }

    void csat_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("top2");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("emotion");
        // Wilson: centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·sqrt(p(1−p)/n + z²/4n²).

        // 1..5: {4,5} are the top two. 1,2,3,3,4,4,4,5,5,5: 6 of 10 → 60 %.
        // z² = 3.8414589; 1 + z²/10 = 1.3841459; centre = (0.6 + 0.1920729)/1.3841459 = 0.5722467;
        // half = 1.959964/1.3841459·sqrt(0.024 + 0.0096036) = 1.4160110·0.1833127 = 0.2595730
        // → [31.26738, 83.18197] %. Mean = 36/10 = 3.6; emotion = 3.6 − 3 = 0.6.
        QTest::newRow("1..5") << 5 << QList<int>{1, 2, 3, 3, 4, 4, 4, 5, 5, 5} << 60.0 << 31.2673767921 << 83.1819671474
                              << 3.6 << 0.6;
        // 1..7: {6,7}. 7,6,5,2: 2 of 4 → 50 %; Wilson 2/4: centre 0.5, half
        // = 1.959964/1.9603647·sqrt(0.0625 + 0.0600228) = 0.9997956·0.3500326 = 0.3499610
        // → [15.00390, 84.99610] %. Mean 5; emotion −2 + 4·(5 − 1)/6 = 0.6666667.
        QTest::newRow("1..7") << 7 << QList<int>{7, 6, 5, 2} << 50.0 << 15.0038987744 << 84.9961012256 << 5.0
                              << 2.0 / 3.0;
        // 1..10: {9,10}. 10,9,9,1,5: 3 of 5 → 60 %; Wilson 3/5: 1 + z²/5 = 1.7682918, centre
        // = (0.6 + 0.3841459)/1.7682918 = 0.5565525, half = 1.1083916·sqrt(0.048 + 0.0384146)
        // = 0.3258275 → [23.07243, 88.23792] %. Mean 34/5 = 6.8; emotion −2 + 4·5.8/9 = 0.5777778.
        QTest::newRow("1..10") << 10 << QList<int>{10, 9, 9, 1, 5} << 60.0 << 23.0724279409 << 88.2379226859 << 6.8
                               << -2 + 4 * 5.8 / 9;
        // Good/bad (scale 2: 1 = bad, 2 = good): good/(good + bad) = 3/4 = 75 %. Wilson 3/4:
        // centre = (0.75 + 0.4801824)/1.9603647 = 0.6275273, half = 0.3268854 → [30.06418, 95.44127] %.
        // Mean 1.75 on 1..2; emotion −2 + 4·0.75 = 1.
        QTest::newRow("good/bad") << 2 << QList<int>{2, 2, 2, 1} << 75.0 << 30.0641840097 << 95.4412739705 << 1.75
                                  << 1.0;
        // One answer, 5 of 5: 100 %, Wilson 1/1 → [20.65493, 100] %.
        QTest::newRow("one answer") << 5 << QList<int>{5} << 100.0 << 20.6549311792 << 100.0 << 5.0 << 2.0;
    }
    void csat()
    {
        QFETCH(int, scale);
        QFETCH(QList<int>, values);
        QFETCH(double, top2);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, mean);
        QFETCH(double, emotion);
        const CsatScore s = csatScore(csatAnswers(scale, values));
        QCOMPARE(s.n, values.size());
        QCOMPARE(s.scale, scale);
        QCOMPARE_NEAR(*s.top2, top2, kTolerance);
        QCOMPARE_NEAR(s.interval->low, low, 1e-7);
        QCOMPARE_NEAR(s.interval->high, high, 1e-7);
        QCOMPARE_NEAR(*s.mean, mean, kTolerance);
        QCOMPARE_NEAR(*s.emotion, emotion, kTolerance);
    }

    void csatMixedScalesPoolTopBoxButNotTheMean()
    {
        // 5 of 5 (top), 2 of 5, 7 of 7 (top), 5 of 7: 2 of 4 in the top two boxes.
        Histogram h = csatAnswers(5, {5, 2});
        h += csatAnswers(7, {7, 5});
        const CsatScore s = csatScore(h);
        QCOMPARE(s.n, 4);
        QCOMPARE(s.scale, -1);
        QCOMPARE_NEAR(*s.top2, 50.0, kTolerance);
        QVERIFY(!s.mean); // 1..5 and 1..7 means have no common unit
        // Emotion: mean of (5 − 3), (2 − 3), (7 − 4)·2/3, (5 − 4)·2/3 = (2 − 1 + 2 + 0.6667)/4.
        QCOMPARE_NEAR(*s.emotion, (2.0 - 1.0 + 2.0 + 2.0 / 3.0) / 4, kTolerance);
    }

    void valuesOutsideTheScaleAreDroppedNotClamped()
    {
        Histogram h;
        h.add({11, 6, 5, 8, 7});  // NPS 11, CSAT 6 of 5, CES 8 of 7: all invalid
        h.add({-1, 3, 4, 2, 6});  // NPS −1, CSAT on an unknown 1..4 scale, CES on 1..6
        h.add({10, 5, 5, 7, 7});
        QCOMPARE(h.items(), 3);
        QCOMPARE(h.invalidValues(), 6);
        QCOMPARE(npsScore(h).n, 1);
        QCOMPARE(csatScore(h).n, 1);
        QCOMPARE(cesScore(h).n, 1);
        QCOMPARE(h.nps(10), 1);
        QCOMPARE(h.csat(5, 5), 1);
        QCOMPARE(h.ces(7, 7), 1);
    }

    void tQuantileMatchesTables_data()
    {
        QTest::addColumn<int>("df");
        QTest::addColumn<double>("t");
        // Upper 2.5 % critical values of Student's t, NIST/SEMATECH e-Handbook of Statistical
        // Methods, table 1.3.6.7.2 (three decimals there; more from the exact quantile).
        QTest::newRow("1") << 1 << 12.7062047;
        QTest::newRow("2") << 2 << 4.3026527;
        QTest::newRow("4") << 4 << 2.7764451;
        QTest::newRow("9") << 9 << 2.2621572;
        QTest::newRow("29") << 29 << 2.0452296;
        QTest::newRow("100") << 100 << 1.9839715;
    }
    void tQuantileMatchesTables()
    {
        QFETCH(int, df);
        QFETCH(double, t);
        QCOMPARE_NEAR(tQuantile975(df), t, 5e-7);
    }

    void ces_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("agree");
        QTest::addColumn<double>("emotion");
        // 3,4,5,4,6 on 1..7: x̄ = 22/5 = 4.4; Σ(x − x̄)² = 1.96 + 0.16 + 0.36 + 0.16 + 2.56 = 5.2;
        // s = sqrt(5.2/4) = 1.1401754; t₀.₉₇₅,₄ = 2.7764451; half = 2.7764451·1.1401754/√5 = 1.4157148
        // → [2.9842852, 5.8157148]. Agree #{5,6,7} = 2/5 = 40 %. Emotion (4.4 − 4)·2/3 = 0.2666667.
        QTest::newRow("1..7, n = 5") << 7 << QList<int>{3, 4, 5, 4, 6} << 4.4 << 2.9842852230 << 5.8157147770
                                     << 40.0 << 0.4 * 2 / 3;
        // 2,4 on 1..5: x̄ = 3, s = sqrt(2), t₀.₉₇₅,₁ = 12.7062047; half = 12.7062047·1.4142136/1.4142136
        // = 12.7062047 → [−9.7062047, 15.7062047], clipped to the scale: [1, 5] (a wide interval
        // is the honest answer at n = 2). Agree #{4,5} = 1/2 = 50 %. Emotion 3 − 3 = 0.
        QTest::newRow("1..5, n = 2, clipped") << 5 << QList<int>{2, 4} << 3.0 << 1.0 << 5.0 << 50.0 << 0.0;
        // 1,7,4 on 1..7: x̄ = 4, s = 3, t₀.₉₇₅,₂ = 4.3026527, half = 4.3026527·3/√3 = 7.4524 → [1, 7].
        QTest::newRow("1..7, n = 3, clipped") << 7 << QList<int>{1, 7, 4} << 4.0 << 1.0 << 7.0 << 33.333333333333336
                                              << 0.0;
        // All the same: s = 0, the interval collapses onto the mean.
        QTest::newRow("no spread") << 7 << QList<int>{6, 6, 6} << 6.0 << 6.0 << 6.0 << 100.0 << 4.0 / 3.0;
    }
    void ces()
    {
        QFETCH(int, scale);
        QFETCH(QList<int>, values);
        QFETCH(double, mean);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, agree);
        QFETCH(double, emotion);
        const CesScore s = cesScore(cesAnswers(scale, values));
        QCOMPARE(s.n, values.size());
        QCOMPARE(s.scale, scale);
        QCOMPARE_NEAR(*s.mean, mean, kTolerance);
        QCOMPARE_NEAR(s.interval->low, low, 1e-7);
        QCOMPARE_NEAR(s.interval->high, high, 1e-7);
        QCOMPARE_NEAR(*s.agree, agree, kTolerance);
        const Interval w = wilson(s.agreeCount, s.n);
        QCOMPARE_NEAR(s.agreeInterval->low, 100 * w.low, kTolerance);
        QCOMPARE_NEAR(*s.emotion, emotion, kTolerance);
    }

    void cesOneAnswerHasAMeanButNoInterval()
    {
        const CesScore s = cesScore(cesAnswers(7, {3}));
        QCOMPARE(*s.mean, 3.0);
        QVERIFY(!s.interval);
        QCOMPARE(*s.agree, 0.0);
        QCOMPARE(s.flag, SampleFlag::Anecdotal);
    }

    void emotionScaleMapping()
    {
        // SCORING.md: CSAT 1..5: mean − 3; CES 1..7: (mean − 4)·2/3; other scales linear onto −2..+2.
        for (double v : {1.0, 2.5, 3.0, 4.2, 5.0})
            QCOMPARE_NEAR(toEmotionScale(v, 5), v - 3, kTolerance);
        for (double v : {1.0, 3.3, 4.0, 7.0})
            QCOMPARE_NEAR(toEmotionScale(v, 7), (v - 4) * 2 / 3, kTolerance);
        QCOMPARE_NEAR(toEmotionScale(1, 10), -2.0, kTolerance);
        QCOMPARE_NEAR(toEmotionScale(10, 10), 2.0, kTolerance);
        QCOMPARE_NEAR(toEmotionScale(1, 2), -2.0, kTolerance);
        QCOMPARE_NEAR(toEmotionScale(2, 2), 2.0, kTolerance);
    }

    void histogramAddsAndSubtracts()
    {
        QRandomGenerator rng(7);
        Histogram a, b;
        QList<ResponseValues> added;
        for (int i = 0; i < 200; ++i) {
            ResponseValues v;
            if (rng.bounded(3))
                v.nps = rng.bounded(11);
            if (rng.bounded(2)) {
                v.csatScale = Histogram::csatScales[rng.bounded(4)];
                v.csat = 1 + rng.bounded(v.csatScale);
            }
            if (rng.bounded(2)) {
                v.cesScale = Histogram::cesScales[rng.bounded(2)];
                v.ces = 1 + rng.bounded(v.cesScale);
            }
            (i % 2 ? a : b).add(v);
            added.append(v);
        }
        Histogram sum = a;
        sum += b;
        QCOMPARE(sum.items(), 200);
        Histogram back = sum;
        back -= b;
        QVERIFY(back == a);
        for (qsizetype i = 0; i < added.size(); i += 2)
            sum.remove(added[i]); // the items that went to b
        QVERIFY(sum == a);
        for (qsizetype i = 1; i < added.size(); i += 2)
            sum.remove(added[i]);
        QVERIFY(sum.isEmpty());
    }

    void adjustedWaldCoverage()
    {
        // 2,000 samples of n = 50 from promoters 45 %, passives 30 %, detractors 25 % (true
        // NPS 20). The exact coverage of the adjusted-Wald interval here is 94.9 % (by
        // enumerating all multinomial outcomes); 2,000 samples put the observed share within
        // ±1 point of it with probability > 0.97.
        QRandomGenerator rng(20260401);
        int covered = 0;
        const int samples = 2000, n = 50;
        for (int s = 0; s < samples; ++s) {
            qint64 p = 0, d = 0;
            for (int i = 0; i < n; ++i) {
                const double u = rng.generateDouble();
                if (u < 0.45)
                    ++p;
                else if (u >= 0.75)
                    ++d;
            }
            const Interval ci = npsAdjustedWald(p, d, n);
            if (ci.low <= 20.0 && 20.0 <= ci.high)
                ++covered;
        }
        const double share = 100.0 * covered / samples;
        QVERIFY2(share >= 93 && share <= 97, qPrintable(u"coverage %1 %"_s.arg(share)));
    }

    void npsDifference_data()
    {
        // Hand computation, adjusted Wald (Rocks 2016): a = p' − d', v = (p' + d' − a²)/n',
        // z = (a₂ − a₁)/√(v₁ + v₂), p = erfc(|z|/√2).
        // Row 1: n' = 13, p' = 5.75/13, d' = 2.75/13 → a₁ = 0.230769, v₁ = 0.0461993;
        // n' = 53, p' = 25.75/53, d' = 10.75/53 → a₂ = 0.283019, v₂ = 0.0114826;
        // z = 0.0522497/√0.0576819 = 0.217552. Same NPS 30, the adjustment alone moves z.
        QTest::addColumn<QList<int>>("counts"); // P₁ D₁ n₁ P₂ D₂ n₂
        QTest::addColumn<double>("difference");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("significant");
        QTest::newRow("same NPS, small n") << QList<int>{5, 2, 10, 25, 10, 50} << 0.0 << 0.217552029205
                                           << 0.827778164325 << false;
        QTest::newRow("−20 → +50, n = 50 each") << QList<int>{10, 20, 50, 30, 5, 50} << 70.0 << 4.74881385896
                                                << 2.04613156736e-06 << true;
        QTest::newRow("one response each") << QList<int>{0, 0, 1, 1, 0, 1} << 100.0 << 0.516397779494
                                           << 0.605576616335 << false;
        QTest::newRow("+10 → +20, n = 100 each") << QList<int>{40, 30, 100, 45, 25, 100} << 10.0 << 0.850807721464
                                                 << 0.394876171698 << false;
    }
    void npsDifference()
    {
        QFETCH(QList<int>, counts);
        QFETCH(double, difference);
        QFETCH(double, z);
        QFETCH(double, p);
        QFETCH(bool, significant);
        const auto t = stats::npsDifference(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        QVERIFY(t);
        QCOMPARE_NEAR(t->difference, difference, 1e-9);
        QCOMPARE_NEAR(t->z, z, 1e-9);
        QCOMPARE_NEAR(t->p, p, 1e-9);
        QCOMPARE(t->significant, significant);
        QVERIFY(!stats::npsDifference(1, 0, 1, 0, 0, 0)); // an empty period: no test
    }

    void twoProportion_data()
    {
        // Pooled two-proportion z-test. Row 1: 30/50 = 0.6 → 40/50 = 0.8, pooled 0.7,
        // se = √(0.7·0.3·(1/50 + 1/50)) = √0.0084 = 0.0916515, z = 0.2/0.0916515 = 2.18218.
        QTest::addColumn<QList<int>>("counts"); // x₁ n₁ x₂ n₂
        QTest::addColumn<double>("difference");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("significant");
        QTest::newRow("60 % → 80 %") << QList<int>{30, 50, 40, 50} << 20.0 << 2.18217890236 << 0.0290963317413 << true;
        QTest::newRow("75 % → 50 %") << QList<int>{45, 60, 30, 60} << -25.0 << -2.82842712475 << 0.00467773498105
                                     << true;
        QTest::newRow("60 % → 70 %, n = 200") << QList<int>{120, 200, 140, 200} << 10.0 << 2.09656967344
                                               << 0.0360316862182 << true;
        QTest::newRow("none satisfied in both") << QList<int>{0, 10, 0, 12} << 0.0 << 0.0 << 1.0 << false;
    }
    void twoProportion()
    {
        QFETCH(QList<int>, counts);
        QFETCH(double, difference);
        QFETCH(double, z);
        QFETCH(double, p);
        QFETCH(bool, significant);
        const auto t = stats::twoProportion(counts[0], counts[1], counts[2], counts[3]);
        QVERIFY(t);
        QCOMPARE_NEAR(t->difference, difference, 1e-9);
        QCOMPARE_NEAR(t->z, z, 1e-9);
        QCOMPARE_NEAR(t->p, p, 1e-9);
        QCOMPARE(t->significant, significant);
        QVERIFY(!stats::twoProportion(0, 0, 1, 1));
    }

    void pearsonWorkedExample()
    {
        // x = 1..5, y = 2 4 5 4 5: means 3 and 4; Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6/√60.
        const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5};
        QCOMPARE_NEAR(*stats::pearson(x, y, 5), 6 / std::sqrt(60.0), 1e-12);
        const double flat[] = {3, 3, 3, 3, 3};
        QVERIFY(!stats::pearson(x, flat, 5)); // no variance: no correlation
        QVERIFY(!stats::pearson(x, y, 1));
        const double reversed[] = {5, 4, 3, 2, 1};
        QCOMPARE_NEAR(*stats::pearson(x, reversed, 5), -1.0, 1e-12);
    }

    void sentiment_data()
    {
        QTest::addColumn<QList<double>>("compounds");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("positive");
        QTest::addColumn<double>("neutral");
        QTest::addColumn<double>("negative");
        // VADER thresholds are inclusive: 0.05 is positive, −0.05 negative.
        // (0.5 + 0.05 + 0 − 0.05 − 0.6)/5 = −0.02; 2 positive, 1 neutral, 2 negative of 5.
        QTest::newRow("boundaries") << QList<double>{0.5, 0.05, 0.0, -0.05, -0.6} << -0.02 << 40.0 << 20.0 << 40.0;
        QTest::newRow("one comment") << QList<double>{0.8} << 0.8 << 100.0 << 0.0 << 0.0;
        QTest::newRow("just inside neutral") << QList<double>{0.0499, -0.0499} << 0.0 << 0.0 << 100.0 << 0.0;
        QTest::newRow("all negative") << QList<double>{-1.0, -0.5, -0.25} << -0.5833333333333334 << 0.0 << 0.0 << 100.0;
    }
    void sentiment()
    {
        QFETCH(QList<double>, compounds);
        QFETCH(double, mean);
        QFETCH(double, positive);
        QFETCH(double, neutral);
        QFETCH(double, negative);
        Histogram h;
        for (double c : compounds)
            h.add(ResponseValues({}, {}, 5, {}, 7, c));
        const SentimentScore s = sentimentScore(h);
        QCOMPARE(s.n, compounds.size());
        QCOMPARE_NEAR(*s.mean, mean, 1e-9);
        QCOMPARE_NEAR(*s.emotion(), 2 * mean, 1e-9);
        QCOMPARE_NEAR(*s.positive, positive, 1e-9);
        QCOMPARE_NEAR(*s.neutral, neutral, 1e-9);
        QCOMPARE_NEAR(*s.negative, negative, 1e-9);
        QCOMPARE(s.flag, SampleFlag::Anecdotal);
    }

    void sentimentInterval_data()
    {
        QTest::addColumn<QList<double>>("compounds");
        QTest::addColumn<double>("sd");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Worked by hand: x̄ ± t₀.₉₇₅,ₙ₋₁·s/√n, clipped to [−1, 1].
        // 0.2, 0.4, 0.6, 0.8: x̄ = 0.5, s = √(0.2/3) = 0.258199, t₃ = 3.182446, half 0.410852.
        QTest::newRow("four comments") << QList<double>{0.2, 0.4, 0.6, 0.8} << 0.2581988897471611 << 0.08914794864782422
                                       << 0.9108520513521758;
        // 0.5, −0.5, 0: x̄ = 0, s = 0.5, t₂ = 4.302653, half 1.242: clipped to the scale.
        QTest::newRow("wide, clipped") << QList<double>{0.5, -0.5, 0.0} << 0.5 << -1.0 << 1.0;
        QTest::newRow("no spread") << QList<double>{0.6, 0.6} << 0.0 << 0.6 << 0.6;
        // x̄ = −0.766667, s = 0.108012, t₅ = 2.570582, half 0.113352.
        QTest::newRow("all negative") << QList<double>{-0.9, -0.7, -0.8, -0.75, -0.85, -0.6} << 0.10801234497346435
                                      << -0.88001867103056 << -0.6533146623027732;
    }
    void sentimentInterval()
    {
        QFETCH(QList<double>, compounds);
        QFETCH(double, sd);
        QFETCH(double, low);
        QFETCH(double, high);
        Histogram h;
        for (double c : compounds)
            h.add(ResponseValues({}, {}, 5, {}, 7, c));
        const SentimentScore s = sentimentScore(h);
        QVERIFY(s.sd && s.interval);
        QCOMPARE_NEAR(*s.sd, sd, 1e-7);
        QCOMPARE_NEAR(s.interval->low, low, 1e-7);
        QCOMPARE_NEAR(s.interval->high, high, 1e-7);
        // One comment: a mean, but no spread and no interval.
        Histogram one;
        one.add(ResponseValues({}, {}, 5, {}, 7, compounds.first()));
        QVERIFY(sentimentScore(one).mean && !sentimentScore(one).sd && !sentimentScore(one).interval);
    }

    void sentimentEmptyAndInvalid()
    {
        Histogram h;
        h.add(ResponseValues(9));                          // an item without a scored comment
        h.add(ResponseValues({}, {}, 5, {}, 7, 1.5));      // outside [−1, 1]: dropped, counted invalid
        const SentimentScore s = sentimentScore(h);
        QCOMPARE(s.n, 0);
        QVERIFY(!s.mean && !s.positive && !s.neutral && !s.negative && !s.emotion());
        QCOMPARE(h.invalidValues(), 1);
        // Adding and removing in any order returns exactly to the start (fixed-point sums).
        Histogram a;
        QRandomGenerator rng(7);
        QList<double> values;
        for (int i = 0; i < 500; ++i) {
            values << rng.generateDouble() * 2 - 1;
            a.add(ResponseValues({}, {}, 5, {}, 7, values.last()));
        }
        for (qsizetype i = values.size() - 1; i >= 0; i -= 2)
            a.remove(ResponseValues({}, {}, 5, {}, 7, values[i]));
        for (qsizetype i = values.size() - 2; i >= 0; i -= 2)
            a.remove(ResponseValues({}, {}, 5, {}, 7, values[i]));
        QVERIFY(a.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
