// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JourneyGridDelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace waymark {
namespace {
constexpr int kCellMargin = 6;
constexpr int kCardPadding = 6;
constexpr int kCardGap = 6;
constexpr int kStripe = 3;
const QString kStar = QStringLiteral("★ ");

QFont metaFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

QList<JourneyGridDelegate::CardLayout> JourneyGridDelegate::layout(const QStyleOptionViewItem &option,
                                                                   const QList<JourneyCard> &cards) const
{
    QList<CardLayout> out;
    const int width = qMax(60, option.rect.width() - 2 * kCellMargin);
    const int textWidth = width - 2 * kCardPadding - kStripe;
    const QFontMetrics fm(option.font);
    const QFontMetrics mfm(metaFont(option.font));
    int y = option.rect.top() + kCellMargin;
    for (const JourneyCard &card : cards) {
        const QString title = card.momentOfTruth ? kStar + card.title : card.title;
        const int titleHeight = fm.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, title).height();
        const int metaHeight = card.meta.isEmpty() ? 0 : mfm.height() + 2;
        const int ownerHeight = card.owner.isEmpty() ? 0 : mfm.height() + 2;
        CardLayout l;
        l.box = QRect(option.rect.left() + kCellMargin, y, width,
                      titleHeight + metaHeight + ownerHeight + 2 * kCardPadding);
        l.title = QRect(l.box.left() + kStripe + kCardPadding, y + kCardPadding, textWidth, titleHeight);
        l.meta = QRect(l.title.left(), l.title.bottom() + 3, textWidth, metaHeight - 2);
        l.owner = QRect(l.title.left(), l.title.bottom() + 1 + metaHeight + 2, textWidth, ownerHeight - 2);
        out.append(l);
        y = l.box.bottom() + 1 + kCardGap;
    }
    return out;
}

QSize JourneyGridDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto cards = index.data(CardsRole).value<QList<JourneyCard>>();
    const auto boxes = layout(option, cards);
    const int height = boxes.isEmpty() ? option.fontMetrics.height() + 2 * kCellMargin
                                       : boxes.last().box.bottom() + 1 - option.rect.top() + kCellMargin;
    return {option.rect.width(), height};
}

int JourneyGridDelegate::cardAt(const QStyleOptionViewItem &option, const QList<JourneyCard> &cards, QPoint pos) const
{
    const auto boxes = layout(option, cards);
    for (qsizetype i = 0; i < boxes.size(); ++i)
        if (boxes[i].box.contains(pos))
            return int(i);
    return -1;
}

void JourneyGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto cards = index.data(CardsRole).value<QList<JourneyCard>>();
    const auto boxes = layout(option, cards);
    const QPalette &pal = option.palette;
    const QColor base = pal.color(QPalette::Base);
    const QColor neutral = blend(base, pal.color(QPalette::Text), 0.06);
    QColor secondary = pal.color(QPalette::Text);
    secondary.setAlphaF(0.65);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const JourneyCard &card = cards[i];
        const CardLayout &l = boxes[i];
        QPainterPath path;
        path.addRoundedRect(QRectF(l.box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        // Tinted with the card's colour but drawn on the palette's base, so light and dark themes both work.
        painter->fillPath(path, card.color.isValid() ? blend(base, card.color, 0.28) : neutral);
        painter->setPen(blend(base, pal.color(QPalette::Text), 0.18));
        painter->drawPath(path);
        if (card.color.isValid() || card.momentOfTruth) {
            painter->save();
            painter->setClipPath(path);
            painter->fillRect(QRect(l.box.left(), l.box.top(), kStripe, l.box.height()),
                              card.momentOfTruth ? QColor(0xe0, 0xa8, 0x00) : card.color);
            painter->restore();
        }
        painter->setFont(option.font);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(l.title, Qt::TextWordWrap, card.momentOfTruth ? kStar + card.title : card.title);
        if (!card.meta.isEmpty()) {
            painter->setFont(metaFont(option.font));
            painter->setPen(secondary);
            painter->drawText(l.meta, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(painter->font()).elidedText(card.meta, Qt::ElideRight, l.meta.width()));
        }
        if (!card.owner.isEmpty()) {
            painter->setFont(metaFont(option.font));
            painter->setPen(secondary);
            painter->drawText(l.owner, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(painter->font()).elidedText(card.owner, Qt::ElideRight, l.owner.width()));
        }
    }
    painter->restore();
}

} // namespace waymark
