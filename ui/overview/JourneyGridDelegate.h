// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

namespace waymark {

/// What the overview grid shows of one card.
struct JourneyCard
{
    qint64 id = 0; ///< the touchpoint
    QString title;
    QString meta;  ///< channel and assumed emotion; empty for plain notes
    QString owner; ///< "Owner: …" line; empty when the card has no owner
    QColor color;
    bool momentOfTruth = false;
};

/// Draws a journey grid cell as a stack of cards (title, then channel and emotion).
class JourneyGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { CardsRole = Qt::UserRole + 1 };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The index of the card at `pos` in a cell drawn with `option` (its rect and font), or -1.
    int cardAt(const QStyleOptionViewItem &option, const QList<JourneyCard> &cards, QPoint pos) const;

private:
    struct CardLayout
    {
        QRect box;
        QRect title;
        QRect meta;
        QRect owner;
    };
    QList<CardLayout> layout(const QStyleOptionViewItem &option, const QList<JourneyCard> &cards) const;
};

} // namespace waymark

Q_DECLARE_METATYPE(waymark::JourneyCard)
