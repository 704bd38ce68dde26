// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QDockWidget>

class QTreeView;

namespace waymark {

class IssuesModel;

/// The bottom dock listing the issues model; a click on an issue that points at an
/// object asks for that object to be shown.
class IssuesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit IssuesDock(IssuesModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

signals:
    void objectActivated(waymark::EntityKind kind, qint64 id);

private:
    void activate(const QModelIndex &index);

    IssuesModel *m_model;
    QTreeView *m_view;
};

} // namespace waymark
