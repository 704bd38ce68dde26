// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyPosterPainter.h"

#include "ScoreText.h"
#include "charts/ChartPalette.h"
#include "util/DisplayText.h"

#include <QPainter>
#include <QPainterPath>
#include <QLocale>

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

// Geometry in points.
constexpr qreal kMargin = 28;
constexpr qreal kLaneHeader = 118;
constexpr qreal kCardWidth = 150;
constexpr qreal kGap = 8;
constexpr qreal kCellPad = 8;
constexpr qreal kCardPad = 6;
constexpr qreal kEmotionRow = 120;
constexpr qreal kMinLane = 44;
constexpr int kCardsPerColumn = 3;
constexpr int kMaxColumns = 4;

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xC8, 0xC8, 0xC8);
const QColor kBand(0xEE, 0xF1, 0xF5);

QColor noteFill(LaneKind kind)
{
    switch (kind) {
    case LaneKind::PainPoints: return QColor(0xFB, 0xE3, 0xD6);
    case LaneKind::Opportunities: return QColor(0xD9, 0xF2, 0xE9);
    case LaneKind::Thoughts: return QColor(0xDD, 0xEE, 0xFA);
    case LaneKind::Emotions: return QColor(0xF6, 0xE6, 0xF0);
    case LaneKind::Backstage: return QColor(0xEC, 0xEC, 0xEC);
    case LaneKind::Owners: return QColor(0xEC, 0xEC, 0xEC);
    case LaneKind::Actions: return QColor(0xFF, 0xF6, 0xCC);
    default: return QColor(0xFF, 0xF6, 0xCC);
    }
}

QString laneKindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Actions: return JourneyPosterPainter::tr("Customer actions");
    case LaneKind::Touchpoints: return JourneyPosterPainter::tr("Touchpoints");
    case LaneKind::Thoughts: return JourneyPosterPainter::tr("Thoughts");
    case LaneKind::Emotions: return JourneyPosterPainter::tr("Emotions");
    case LaneKind::PainPoints: return JourneyPosterPainter::tr("Pain points");
    case LaneKind::Opportunities: return JourneyPosterPainter::tr("Opportunities");
    case LaneKind::Backstage: return JourneyPosterPainter::tr("Backstage");
    case LaneKind::Owners: return JourneyPosterPainter::tr("Owners");
    case LaneKind::Custom: break;
    }
    return {};
}

QPointF anchor(const QRectF &r, int side)
{
    switch (side) {
    case 0: return {r.right(), r.center().y()};
    case 1: return {r.left(), r.center().y()};
    case 2: return {r.center().x(), r.bottom()};
    default: return {r.center().x(), r.top()};
    }
}

} // namespace

namespace {

enum class LegendSymbol { None, Assumed, Measured, Transition, MomentOfTruth };

struct LegendItem
{
    LegendSymbol symbol;
    TextBlock text;
    QPointF at; ///< top-left of the symbol
};

/// The legend's items flowed into rows `width` wide; returns the height used.
qreal flowLegend(QList<LegendItem> &items, const QRectF &area)
{
    qreal x = area.left(), y = area.top(), rowHeight = 0;
    for (LegendItem &item : items) {
        const qreal symbol = item.symbol == LegendSymbol::None ? 0 : 26;
        const qreal w = symbol + item.text.naturalWidth() + 18;
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += rowHeight + 4;
            rowHeight = 0;
        }
        item.at = QPointF(x, y);
        x += w;
        rowHeight = qMax(rowHeight, item.text.height());
    }
    return y + rowHeight - area.top();
}

QList<LegendItem> legendItems(qreal width)
{
    auto item = [width](LegendSymbol s, const QString &t, bool bold = false) {
        return LegendItem{s, TextBlock(t, TextBlock::printFont(8, bold), width - 30), {}};
    };
    return {item(LegendSymbol::None, JourneyPosterPainter::tr("Legend"), true),
            item(LegendSymbol::Assumed, JourneyPosterPainter::tr("Assumed emotion (team, workshop)")),
            item(LegendSymbol::Measured, JourneyPosterPainter::tr("Measured emotion (customer feedback)")),
            item(LegendSymbol::Transition, JourneyPosterPainter::tr("Transition (observed volume)")),
            item(LegendSymbol::MomentOfTruth, JourneyPosterPainter::tr("★ Moment of truth")),
            item(LegendSymbol::None, JourneyPosterPainter::tr("[low, high] 95 % interval · n = answers · tentative: n < 30 · anecdotal: n < 10"))};
}

} // namespace

JourneyPosterPainter::JourneyPosterPainter(const Workspace &workspace, JourneyId journey, const JourneyScores *scores,
                                           const PosterInfo &info)
    : m_workspace(workspace), m_scores(scores), m_info(info)
{
    if (const Journey *j = workspace.journeys.find(journey))
        m_journey = *j;
    if (m_scores)
        for (const ScoreRow &r : m_scores->touchpoints)
            m_rows.insert(r.touchpointId.value, &r);
    layout();
}

void JourneyPosterPainter::buildCard(Card &card, const ScoreRow *row, LaneKind kind)
{
    const Touchpoint &tp = card.tp;
    const qreal w = kCardWidth - 2 * kCardPad;
    card.isTouchpoint = kind == LaneKind::Touchpoints;
    const QColor custom(tp.color);
    card.fill = card.isTouchpoint ? QColor(Qt::white) : (custom.isValid() ? custom.lighter(160) : noteFill(kind));
    card.accent = tp.momentOfTruth ? ChartPalette::orange() : (card.isTouchpoint ? ChartPalette::blue() : kRule);
    auto add = [&card](const QString &text, const QFont &font, qreal width, const QColor &color, bool badge = false) {
        if (text.trimmed().isEmpty())
            return;
        card.blocks << Block{TextBlock(text, font, width), color, badge, 0};
    };
    add(tp.title.isEmpty() ? tr("(untitled)") : tp.title, TextBlock::printFont(9, true), w, kInk);
    if (card.isTouchpoint) {
        QStringList meta;
        if (tp.channel != Channel::None)
            meta << DisplayText::channel(tp.channel);
        if (!tp.owner.isEmpty())
            meta << tr("Owner: %1").arg(tp.owner);
        if (tp.momentOfTruth)
            meta << u"★ "_s + tr("Moment of truth");
        add(meta.join(u" · "_s), TextBlock::printFont(7), w, kMuted);
    } else if (kind == LaneKind::PainPoints && tp.severity > 0) {
        add(tr("Severity %1").arg(QString(tp.severity, u'●') + QString(3 - qBound(0, tp.severity, 3), u'○')),
            TextBlock::printFont(7), w, ChartPalette::vermillion().darker(130));
    }
    add(tp.description, TextBlock::printFont(8), w, kInk);
    if (row) {
        add(ScoreText::emotion(*row), TextBlock::printFont(7), w, kMuted);
        for (const QString &b : ScoreText::badges(*row, m_scores ? m_scores->primaryMetric : std::nullopt))
            add(b, TextBlock::printFont(7, true), w - 6, kInk, true);
    } else if (card.isTouchpoint && tp.assumedEmotion) {
        add(tr("Emotion: assumed %1").arg(DisplayText::emotion(*tp.assumedEmotion)), TextBlock::printFont(7), w, kMuted);
    }
    qreal y = kCardPad;
    for (Block &b : card.blocks) {
        if (b.badge)
            y += 1;
        b.top = y;
        y += b.text.height() + (b.badge ? 6 : 3);
    }
    card.contentHeight = y - 3 + kCardPad;
}

void JourneyPosterPainter::layout()
{
    const qint64 jid = m_journey.id.value;
    const QList<Stage> stages = m_workspace.stages.filtered([jid](const Stage &s) { return s.journeyId.value == jid && !s.hidden; });
    QList<Lane> lanes = m_workspace.lanes.filtered([jid](const Lane &l) { return l.journeyId.value == jid && !l.hidden; });
    m_transitions = m_workspace.transitions.children(jid);
    for (const Transition &t : m_transitions)
        m_maxVolume = qMax(m_maxVolume, t.volume.value_or(0));

    // Cells: cards per (stage, lane), in the model's order.
    QHash<qint64, int> stageIdx, laneIdx;
    for (int i = 0; i < stages.size(); ++i)
        stageIdx.insert(stages[i].id.value, i);
    for (int i = 0; i < lanes.size(); ++i)
        laneIdx.insert(lanes[i].id.value, i);
    QList<QList<QList<qsizetype>>> cells(stages.size(), QList<QList<qsizetype>>(lanes.size()));
    for (const Touchpoint &tp : m_workspace.touchpoints.children(jid)) {
        const int s = stageIdx.value(tp.stageId.value, -1), l = laneIdx.value(tp.laneId.value, -1);
        if (s < 0 || l < 0)
            continue;
        Card card;
        card.tp = tp;
        buildCard(card, m_rows.value(tp.id.value), lanes[l].laneKind);
        m_cardIndex.insert(tp.id.value, m_cards.size());
        cells[s][l] << m_cards.size();
        m_cards << card;
    }

    // Title block: the journey on the left, the facts on the right.
    m_title = TextBlock(m_journey.name, TextBlock::printFont(26, true), 620);
    m_description = TextBlock(m_journey.description, TextBlock::printFont(10), 620);
    const QList<std::pair<QString, QString>> facts{
        {tr("Workspace"), m_info.workspace},
        {tr("Persona"), m_info.persona.isEmpty() ? u"—"_s : m_info.persona},
        {tr("Date"), m_info.date},
        {tr("Data period"), m_info.dataPeriod},
        {tr("Primary metric"), m_scores && m_scores->primaryMetric ? metricLabel(*m_scores->primaryMetric) : tr("none (no feedback)")}};
    m_infoLabelWidth = 0;
    for (const auto &f : facts)
        m_infoLabelWidth = qMax(m_infoLabelWidth, TextBlock(f.first, TextBlock::printFont(8, true), 400).naturalWidth());
    m_infoLabelWidth += 8;
    m_infoWidth = 300;
    qreal infoHeight = 8;
    for (const auto &f : facts) {
        m_infoRows << std::pair{TextBlock(f.first, TextBlock::printFont(8, true), m_infoLabelWidth),
                                TextBlock(f.second, TextBlock::printFont(8), m_infoWidth - m_infoLabelWidth - 16)};
        infoHeight += qMax(m_infoRows.back().first.height(), m_infoRows.back().second.height()) + 3;
    }
    infoHeight += 5;
    m_titleHeight = qMax(m_title.height() + 4 + m_description.height(), infoHeight) + 16;

    // Columns.
    qreal x = kMargin + kLaneHeader;
    m_headerHeight = 0;
    for (int s = 0; s < stages.size(); ++s) {
        Column c;
        c.stage = stages[s];
        qsizetype most = 0;
        for (const auto &cell : cells[s])
            most = qMax(most, cell.size());
        c.cols = qBound<int>(1, int(std::ceil(double(most) / kCardsPerColumn)), kMaxColumns);
        c.width = 2 * kCellPad + c.cols * kCardWidth + (c.cols - 1) * kGap;
        c.x = x;
        x += c.width;
        c.name = TextBlock(c.stage.name, TextBlock::printFont(13, true), c.width - 2 * kCellPad);
        if (m_scores)
            for (const ScoreRow &r : m_scores->stages)
                if (r.stageId == c.stage.id) {
                    const QStringList badges = ScoreText::badges(r, m_scores->primaryMetric);
                    if (!badges.isEmpty())
                        c.badge = TextBlock(badges.first(), TextBlock::printFont(7, true), c.width - 2 * kCellPad);
                }
        m_headerHeight = qMax(m_headerHeight, kCellPad + c.name.height() + 4 + c.badge.height() + kCellPad);
        m_columns << c;
    }
    const qreal gridRight = qMax(x, kMargin + kLaneHeader + 200);

    // Rows: each lane as tall as its fullest cell; the emotion curve after the touchpoints.
    qreal y = kMargin + m_titleHeight + m_headerHeight;
    bool emotionPlaced = false;
    auto addEmotionRow = [this, &y, &emotionPlaced] {
        Row r;
        r.emotion = true;
        r.y = y;
        r.height = kEmotionRow;
        r.name = TextBlock(tr("Emotion curve"), TextBlock::printFont(10, true), kLaneHeader - 2 * kCellPad);
        r.kind = TextBlock(tr("assumed vs measured, −2…+2"), TextBlock::printFont(7), kLaneHeader - 2 * kCellPad);
        m_rowsLayout << r;
        y += r.height;
        emotionPlaced = true;
    };
    for (int l = 0; l < lanes.size(); ++l) {
        Row r;
        r.lane = lanes[l];
        r.y = y;
        r.name = TextBlock(r.lane.name, TextBlock::printFont(10, true), kLaneHeader - 2 * kCellPad);
        r.kind = TextBlock(laneKindName(r.lane.laneKind) == r.lane.name ? QString() : laneKindName(r.lane.laneKind),
                           TextBlock::printFont(7), kLaneHeader - 2 * kCellPad);
        qreal height = qMax(kMinLane, 2 * kCellPad + r.name.height() + r.kind.height() + 2);
        for (int s = 0; s < m_columns.size(); ++s) {
            const QList<qsizetype> &cell = cells[s][l];
            const int cols = m_columns[s].cols;
            qreal cy = y + kCellPad;
            for (qsizetype first = 0; first < cell.size(); first += cols) {
                qreal rowHeight = 0;
                for (qsizetype i = first; i < qMin(cell.size(), first + cols); ++i)
                    rowHeight = qMax(rowHeight, m_cards[cell[i]].contentHeight);
                for (qsizetype i = first; i < qMin(cell.size(), first + cols); ++i) {
                    const qreal cx = m_columns[s].x + kCellPad + (i - first) * (kCardWidth + kGap);
                    m_cards[cell[i]].rect = QRectF(cx, cy, kCardWidth, rowHeight);
                }
                cy += rowHeight + kGap;
            }
            height = qMax(height, cy - kGap + kCellPad - y);
        }
        r.height = height;
        m_rowsLayout << r;
        y += height;
        if (!emotionPlaced && r.lane.laneKind == LaneKind::Touchpoints)
            addEmotionRow();
    }
    if (!emotionPlaced)
        addEmotionRow();

    m_grid = QRectF(kMargin, kMargin + m_titleHeight, gridRight - kMargin, y - kMargin - m_titleHeight);
    const qreal width = qMax(gridRight, kMargin + 620 + 24 + m_infoWidth) + kMargin;
    m_legend = QRectF(kMargin, y + 14, width - 2 * kMargin, 0);
    QList<LegendItem> legend = legendItems(m_legend.width());
    m_legend.setHeight(flowLegend(legend, m_legend));
    m_size = QSizeF(width, m_legend.bottom() + kMargin);
}

QList<JourneyPosterPainter::CardGeometry> JourneyPosterPainter::cards() const
{
    QList<CardGeometry> out;
    for (const Card &c : m_cards)
        out << CardGeometry{c.tp.id, c.rect, c.isTouchpoint};
    return out;
}

void JourneyPosterPainter::paint(QPainter *p) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    paintTitle(p);
    paintGrid(p);
    paintTransitions(p);
    for (const Card &c : m_cards)
        paintCard(p, c);
    for (const Row &r : m_rowsLayout)
        if (r.emotion)
            paintEmotion(p, r);
    paintLegend(p);
    p->restore();
}

void JourneyPosterPainter::paintTitle(QPainter *p) const
{
    const qreal top = kMargin;
    m_title.draw(p, QPointF(kMargin, top), kInk);
    m_description.draw(p, QPointF(kMargin, top + m_title.height() + 4), kMuted);
    // The facts, boxed at the right edge like a drawing's title block.
    const qreal left = m_size.width() - kMargin - m_infoWidth;
    qreal y = top + 8;
    qreal height = 8;
    for (const auto &[label, value] : m_infoRows)
        height += qMax(label.height(), value.height()) + 3;
    height += 5;
    p->setPen(QPen(kInk, 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(QRectF(left, top, m_infoWidth, height));
    for (const auto &[label, value] : m_infoRows) {
        label.draw(p, QPointF(left + 8, y), kMuted);
        value.draw(p, QPointF(left + 8 + m_infoLabelWidth, y), kInk);
        y += qMax(label.height(), value.height()) + 3;
    }
}

void JourneyPosterPainter::paintGrid(QPainter *p) const
{
    const qreal headerTop = m_grid.top();
    // Stage header band.
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = m_columns[i];
        const QRectF band(c.x, headerTop, c.width, m_headerHeight);
        QColor fill(c.stage.color);
        fill = fill.isValid() ? fill.lighter(170) : (i % 2 ? kBand : kBand.darker(104));
        p->fillRect(band, fill);
        c.name.draw(p, QPointF(c.x + kCellPad, headerTop + kCellPad), kInk);
        c.badge.draw(p, QPointF(c.x + kCellPad, headerTop + kCellPad + c.name.height() + 4), kInk);
        // Stage columns in alternating light tints under the lanes.
        if (i % 2)
            p->fillRect(QRectF(c.x, headerTop + m_headerHeight, c.width, m_grid.bottom() - headerTop - m_headerHeight),
                        QColor(0xF7, 0xF8, 0xFA));
    }
    // Lane headers.
    for (const Row &r : m_rowsLayout) {
        const QRectF head(kMargin, r.y, kLaneHeader, r.height);
        p->fillRect(head, r.emotion ? QColor(0xF3, 0xEC, 0xF7) : kBand);
        r.name.draw(p, QPointF(kMargin + kCellPad, r.y + kCellPad), kInk);
        r.kind.draw(p, QPointF(kMargin + kCellPad, r.y + kCellPad + r.name.height() + 2), kMuted);
    }
    // Rules.
    p->setPen(QPen(kRule, 0.6));
    for (const Row &r : m_rowsLayout)
        p->drawLine(QPointF(m_grid.left(), r.y), QPointF(m_grid.right(), r.y));
    p->drawLine(QPointF(m_grid.left(), m_grid.bottom()), QPointF(m_grid.right(), m_grid.bottom()));
    for (const Column &c : m_columns)
        p->drawLine(QPointF(c.x, headerTop), QPointF(c.x, m_grid.bottom()));
    p->drawLine(QPointF(m_grid.right(), headerTop), QPointF(m_grid.right(), m_grid.bottom()));
    p->setPen(QPen(kInk, 0.9));
    p->setBrush(Qt::NoBrush);
    p->drawRect(m_grid);
}

void JourneyPosterPainter::paintCard(QPainter *p, const Card &c) const
{
    p->setPen(QPen(c.accent, c.tp.momentOfTruth ? 1.6 : 0.7));
    p->setBrush(c.fill);
    p->drawRoundedRect(c.rect, 3, 3);
    if (c.isTouchpoint) {
        p->setPen(Qt::NoPen);
        p->setBrush(c.accent);
        p->drawRect(QRectF(c.rect.left(), c.rect.top() + 3, 2.5, c.rect.height() - 6));
    }
    for (const Block &b : c.blocks) {
        const QPointF at(c.rect.left() + kCardPad + (b.badge ? 3 : 0), c.rect.top() + b.top);
        if (b.badge) {
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0xE4, 0xEE, 0xF7));
            p->drawRoundedRect(QRectF(at.x() - 3, at.y() - 1.5, kCardWidth - 2 * kCardPad, b.text.height() + 3), 2, 2);
        }
        b.text.draw(p, at, b.color);
    }
}

void JourneyPosterPainter::paintTransitions(QPainter *p) const
{
    for (const Transition &t : m_transitions) {
        const auto from = m_cardIndex.constFind(t.from.value), to = m_cardIndex.constFind(t.to.value);
        if (from == m_cardIndex.cend() || to == m_cardIndex.cend())
            continue;
        const QRectF a = m_cards[*from].rect, b = m_cards[*to].rect;
        int sa = 0, sb = 1;
        if (b.left() >= a.right()) { sa = 0; sb = 1; }
        else if (b.top() >= a.bottom()) { sa = 2; sb = 3; }
        else if (b.right() <= a.left()) { sa = 1; sb = 0; }
        else { sa = 3; sb = 2; }
        const QPointF p0 = anchor(a, sa), p3 = anchor(b, sb);
        const qreal d = qMax(20.0, QLineF(p0, p3).length() / 3);
        auto dir = [](int side) { return side == 0 ? QPointF(1, 0) : side == 1 ? QPointF(-1, 0) : side == 2 ? QPointF(0, 1) : QPointF(0, -1); };
        const QPointF p1 = p0 + dir(sa) * d, p2 = p3 + dir(sb) * d;
        QPainterPath path(p0);
        path.cubicTo(p1, p2, p3);
        const double share = m_maxVolume > 0 && t.volume ? *t.volume / m_maxVolume : 0;
        const qreal width = 0.8 + 2.6 * share;
        const QColor ink(0x44, 0x55, 0x66);
        p->setPen(QPen(ink, width, Qt::SolidLine, Qt::RoundCap));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        // Arrowhead along the end tangent.
        const QPointF tangent = p3 - p2;
        const qreal len = std::hypot(tangent.x(), tangent.y());
        const QPointF u = len > 0 ? tangent / len : QPointF(1, 0);
        const QPointF n(-u.y(), u.x());
        const qreal head = 4 + width;
        QPolygonF arrow{p3, p3 - u * head * 1.6 + n * head * 0.7, p3 - u * head * 1.6 - n * head * 0.7};
        p->setPen(Qt::NoPen);
        p->setBrush(ink);
        p->drawPolygon(arrow);
        if (t.volume) {
            const QPointF mid = path.pointAtPercent(0.5);
            const TextBlock label(QLocale(QLocale::English).toString(qRound64(*t.volume)), TextBlock::printFont(7, true), 80);
            const QRectF pill(mid.x() - label.naturalWidth() / 2 - 3, mid.y() - label.height() / 2 - 1,
                              label.naturalWidth() + 6, label.height() + 2);
            p->setPen(QPen(ink, 0.5));
            p->setBrush(Qt::white);
            p->drawRoundedRect(pill, 3, 3);
            label.draw(p, QPointF(pill.left() + 3, pill.top() + 1), ink);
        }
    }
}

void JourneyPosterPainter::paintEmotion(QPainter *p, const Row &row) const
{
    const qreal top = row.y + 14, bottom = row.y + row.height - 14;
    auto yOf = [top, bottom](double v) { return top + (2 - qBound(-2.0, v, 2.0)) / 4 * (bottom - top); };
    // Scale.
    for (int v = -2; v <= 2; ++v) {
        p->setPen(QPen(v == 0 ? QColor(0x99, 0x99, 0x99) : QColor(0xE0, 0xE0, 0xE0), v == 0 ? 0.8 : 0.5,
                       v == 0 ? Qt::SolidLine : Qt::DotLine));
        p->drawLine(QPointF(m_grid.left() + kLaneHeader, yOf(v)), QPointF(m_grid.right(), yOf(v)));
        const TextBlock label(ScoreText::number(v), TextBlock::printFont(7), 24, Qt::AlignRight);
        label.draw(p, QPointF(m_grid.left() + kLaneHeader - 28, yOf(v) - label.height() / 2), kMuted);
    }
    // One point per touchpoint, spread evenly across its stage.
    QList<QPointF> assumed, measured;
    QList<std::pair<QPointF, double>> measuredLabels;
    for (const Column &c : m_columns) {
        QList<const Card *> tps;
        for (const Card &card : m_cards)
            if (card.isTouchpoint && card.tp.stageId == c.stage.id)
                tps << &card;
        for (qsizetype i = 0; i < tps.size(); ++i) {
            const qreal x = c.x + (i + 0.5) * c.width / tps.size();
            const ScoreRow *r = m_rows.value(tps[i]->tp.id.value);
            const std::optional<double> a = r && r->assumed ? r->assumed
                                          : tps[i]->tp.assumedEmotion ? std::optional<double>(*tps[i]->tp.assumedEmotion)
                                                                      : std::nullopt;
            if (a)
                assumed << QPointF(x, yOf(*a));
            if (r && r->measured) {
                measured << QPointF(x, yOf(*r->measured));
                measuredLabels << std::pair{QPointF(x, yOf(*r->measured)), *r->measured};
            }
        }
    }
    auto curve = [p](const QList<QPointF> &points, const QPen &pen, bool squares) {
        if (points.isEmpty())
            return;
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPolyline(points.constData(), int(points.size()));
        p->setPen(QPen(pen.color(), 0.8));
        p->setBrush(Qt::white);
        for (const QPointF &pt : points) {
            if (squares)
                p->drawRect(QRectF(pt.x() - 2.6, pt.y() - 2.6, 5.2, 5.2));
            else
                p->drawEllipse(pt, 2.8, 2.8);
        }
    };
    curve(assumed, QPen(ChartPalette::assumed(), 1.6, Qt::DashLine), false);
    curve(measured, QPen(ChartPalette::measured(), 2.0), true);
    for (const auto &[pt, v] : measuredLabels) {
        const TextBlock label(ScoreText::number(v, 1), TextBlock::printFont(7, true), 40);
        label.draw(p, QPointF(pt.x() + 4, pt.y() - label.height() - 1), ChartPalette::measured().darker(140));
    }
}


void JourneyPosterPainter::paintLegend(QPainter *p) const
{
    QList<LegendItem> items = legendItems(m_legend.width());
    flowLegend(items, m_legend);
    for (const LegendItem &item : items) {
        const qreal mid = item.at.y() + item.text.height() / 2;
        const qreal x = item.at.x();
        switch (item.symbol) {
        case LegendSymbol::None: break;
        case LegendSymbol::Assumed:
            p->setPen(QPen(ChartPalette::assumed(), 1.6, Qt::DashLine));
            p->drawLine(QPointF(x, mid), QPointF(x + 22, mid));
            break;
        case LegendSymbol::Measured:
            p->setPen(QPen(ChartPalette::measured(), 2.0));
            p->drawLine(QPointF(x, mid), QPointF(x + 22, mid));
            break;
        case LegendSymbol::Transition:
            p->setPen(QPen(QColor(0x44, 0x55, 0x66), 1.4));
            p->drawLine(QPointF(x, mid), QPointF(x + 20, mid));
            p->drawLine(QPointF(x + 20, mid), QPointF(x + 15, mid - 3));
            p->drawLine(QPointF(x + 20, mid), QPointF(x + 15, mid + 3));
            break;
        case LegendSymbol::MomentOfTruth:
            p->setPen(QPen(ChartPalette::orange(), 1.6));
            p->setBrush(Qt::white);
            p->drawRoundedRect(QRectF(x + 4, mid - 5, 14, 10), 2, 2);
            break;
        }
        item.text.draw(p, QPointF(x + (item.symbol == LegendSymbol::None ? 0 : 26), item.at.y()), kInk);
    }
}

} // namespace waymark
