// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JourneyScene: the scores on the cards (badges) and the emotion curve with its overlays.
#include "JourneyScene.h"

#include "CardItem.h"
#include "EmotionCurveItem.h"
#include "ScoreBadge.h"

#include "scoring/DefaultScoreOptions.h"

#include <functional>

namespace waymark {

// Scores ---------------------------------------------------------------------------------

void JourneyScene::refreshScores()
{
    if (!m_document || !m_document->workspace().journeys.contains(m_journey))
        return;
    auto scores = ScoreEngine::score(m_document->store(), m_document->workspace(), m_journey, {}, defaultScoreOptions());
    m_scores.reset();
    if (scores && scores->journey.n > 0)
        m_scores = *scores;
    refreshBadges();
    refreshCurve();
}

void JourneyScene::setScores(const JourneyScores &scores)
{
    m_scoresFromEngine = false;
    m_scores = scores;
    refreshBadges();
    refreshCurve();
    scheduleRelayout();
}

void JourneyScene::setBadgeMetric(std::optional<Metric> metric)
{
    m_badgeMetric = metric;
    refreshBadges();
    scheduleRelayout();
    emit layoutChanged();
}

std::optional<Metric> JourneyScene::shownMetric() const
{
    if (m_badgeMetric)
        return m_badgeMetric;
    return m_scores ? m_scores->primaryMetric : std::nullopt;
}

void JourneyScene::setBadgesVisible(bool visible)
{
    m_showBadges = visible;
    refreshBadges();
    emit layoutChanged();
}

void JourneyScene::setMeasuredVisible(bool visible)
{
    m_showMeasured = visible;
    refreshCurve();
}

void JourneyScene::refreshBadges()
{
    QHash<qint64, CardItem::Badge> badges;
    const std::optional<Metric> metric = shownMetric();
    if (m_scores && m_showBadges && metric)
        for (const ScoreRow &row : m_scores->touchpoints)
            if (const std::optional<ScoreBadge> b = ScoreBadge::forRow(row, *metric))
                badges.insert(row.touchpointId.value, CardItem::Badge{b->text, b->color, b->toolTip});
    for (CardItem *c : std::as_const(m_cards))
        if (c->isTouchpoint() || badges.contains(c->id().value))
            c->setBadge(badges.value(c->id().value));
    scheduleRelayout();
}

// Emotion curve ------------------------------------------------------------------------

void JourneyScene::refreshCurve()
{
    const Workspace &w = m_document->workspace();
    int emotionRow = -1;
    for (int r = 0; r < m_layout.rows.size(); ++r)
        if (m_layout.rows[r].kind == LaneKind::Emotions) {
            emotionRow = r;
            break;
        }
    m_curve->setVisible(emotionRow >= 0);
    if (emotionRow < 0)
        return;
    m_curve->setBand(m_layout.curveRect(emotionRow));
    QHash<qint64, std::optional<double>> measured;
    if (m_scores && m_showMeasured)
        for (const ScoreRow &row : m_scores->touchpoints)
            measured.insert(row.touchpointId.value, row.measured);
    // The touchpoints of a journey, spread across their stage's column in card order.
    const auto pointsOf = [&w](JourneyId journey, const std::function<qreal(int, int, int)> &xOf) {
        QList<std::pair<const Touchpoint *, qreal>> out;
        QHash<qint64, bool> touchLane;
        for (const Lane &l : w.lanes)
            if (l.journeyId == journey)
                touchLane.insert(l.id.value, l.laneKind == LaneKind::Touchpoints);
        int stageIndex = 0;
        for (const Stage &s : w.stages) {
            if (s.journeyId != journey || s.hidden) // a hidden stage has no column
                continue;
            QList<const Touchpoint *> cards;
            for (const Touchpoint &t : w.touchpoints)
                if (t.stageId == s.id && touchLane.value(t.laneId.value))
                    cards.append(&t);
            for (int i = 0; i < cards.size(); ++i)
                out.append({cards[i], xOf(stageIndex, i, int(cards.size()))});
            ++stageIndex;
        }
        return out;
    };
    const auto xOf = [this](int column, int i, int n) -> qreal {
        if (column >= m_layout.columns.size())
            return -1;
        const auto &c = m_layout.columns[column];
        return c.x + c.width * (i + 0.5) / n;
    };
    QList<EmotionCurveItem::Point> points;
    for (const auto &[t, x] : pointsOf(m_journey, xOf))
        points.append({t->id, x, t->assumedEmotion ? std::optional<double>(*t->assumedEmotion) : std::nullopt,
                       measured.value(t->id.value)});
    m_curve->setPoints(points);
    static const QColor colors[] = {QColor(0xe6, 0x7e, 0x22), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85),
                                    QColor(0xc0, 0x39, 0x2b)};
    QList<EmotionCurveItem::Overlay> overlays;
    for (int i = 0; i < m_overlayJourneys.size(); ++i) {
        const Journey *j = w.journeys.find(m_overlayJourneys[i]);
        if (!j)
            continue;
        EmotionCurveItem::Overlay o;
        const Persona *p = w.personas.find(j->personaId);
        o.name = p ? QStringLiteral("%1 · %2").arg(p->name, j->name) : j->name;
        o.color = colors[i % 4];
        for (const auto &[t, x] : pointsOf(j->id, xOf))
            if (t->assumedEmotion && x >= 0)
                o.points.append(QPointF(x, *t->assumedEmotion));
        overlays.append(o);
    }
    m_curve->setOverlays(overlays);
}

void JourneyScene::setOverlayJourneys(const QList<JourneyId> &journeys)
{
    m_overlayJourneys = journeys;
    refreshCurve();
}

} // namespace waymark
