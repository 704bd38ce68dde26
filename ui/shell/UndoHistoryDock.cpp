// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoHistoryDock.h"

#include <QStyle>
#include <QUndoView>

namespace waymark {

UndoHistoryDock::UndoHistoryDock(QUndoGroup *group, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent), m_view(new QUndoView(group, this))
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    m_view->setObjectName(QStringLiteral("undoView"));
    // The state before the first undo step.
    m_view->setEmptyLabel(tr("Opened"));
    // Marks the step that matches the saved file.
    m_view->setCleanIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    setWidget(m_view);
}

} // namespace waymark
