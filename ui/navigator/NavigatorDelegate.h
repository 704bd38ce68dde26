// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QStyledItemDelegate>

namespace waymark {

/// Draws the navigator's group rows with their item count and a "+" button that adds an
/// entity to the group; entity rows are drawn as usual.
class NavigatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Where the "+" of a group row whose visual rect is `rowRect` is drawn and clicked.
    static QRect addButtonRect(const QRect &rowRect);
    void setAddEnabled(bool enabled) { m_addEnabled = enabled; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    void addRequested(waymark::EntityKind kind);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    bool m_addEnabled = true;
};

} // namespace waymark
