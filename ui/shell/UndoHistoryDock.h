// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QUndoGroup;
class QUndoView;

namespace waymark {

/// The undo history of the active document; clicking a step goes back or forward to it.
class UndoHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit UndoHistoryDock(QUndoGroup *group, QWidget *parent = nullptr);

    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};

} // namespace waymark
