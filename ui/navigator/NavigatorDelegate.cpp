// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorDelegate.h"

#include "NavigatorModel.h"
#include "util/DisplayText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace waymark {

QRect NavigatorDelegate::addButtonRect(const QRect &rowRect)
{
    const int side = rowRect.height();
    return QRect(rowRect.right() - side - 2, rowRect.top(), side, side);
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Rows tall enough to hit comfortably, also at a projector in a workshop.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

void NavigatorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!NavigatorModel::isGroup(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QRect plus = addButtonRect(option.rect);
    const QString count = QString::number(index.data(NavigatorModel::CountRole).toInt());
    const int countWidth = option.fontMetrics.horizontalAdvance(count) + 12;

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect.setRight(plus.left() - countWidth);
    QStyledItemDelegate::paint(painter, opt, index);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    QColor secondary = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    secondary.setAlphaF(0.55);
    painter->setPen(secondary);
    painter->drawText(QRect(plus.left() - countWidth, option.rect.top(), countWidth - 6, option.rect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, count);
    if (m_addEnabled) {
        const bool hovered = (option.state & QStyle::State_MouseOver) && plus.contains(
            option.widget ? option.widget->mapFromGlobal(QCursor::pos()) : QPoint());
        if (hovered) {
            QColor hover = option.palette.color(group, QPalette::Text);
            hover.setAlphaF(0.12);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(hover);
            painter->drawRoundedRect(plus.adjusted(2, 2, -2, -2), 4, 4);
        }
        const int arm = plus.height() / 4;
        const QPoint c = plus.center();
        QColor plusColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        plusColor.setAlphaF(hovered ? 0.9 : 0.55);
        QPen pen(plusColor, 1.4);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawLine(QPointF(c.x() - arm + 0.5, c.y() + 0.5), QPointF(c.x() + arm + 0.5, c.y() + 0.5));
        painter->drawLine(QPointF(c.x() + 0.5, c.y() - arm + 0.5), QPointF(c.x() + 0.5, c.y() + arm + 0.5));
    }
    painter->restore();
}

bool NavigatorDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (m_addEnabled && NavigatorModel::isGroup(index)
        && (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::MouseButtonDblClick)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && addButtonRect(option.rect).contains(mouse->position().toPoint())) {
            if (event->type() == QEvent::MouseButtonRelease)
                emit addRequested(NavigatorModel::kindOf(index));
            return true; // the "+" neither selects nor expands the group
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool NavigatorDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (m_addEnabled && NavigatorModel::isGroup(index) && addButtonRect(option.rect).contains(event->pos())) {
        QString text = DisplayText::newActionText(NavigatorModel::kindOf(index));
        QToolTip::showText(event->globalPos(), text.remove(QLatin1Char('&')), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace waymark
