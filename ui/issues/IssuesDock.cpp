// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuesDock.h"

#include "IssuesModel.h"

#include <QHeaderView>
#include <QTreeView>

namespace waymark {

IssuesDock::IssuesDock(IssuesModel *model, QWidget *parent)
    : QDockWidget(tr("Issues"), parent), m_model(model), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("issuesDock"));
    m_view->setObjectName(QStringLiteral("issuesView"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(IssuesModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(IssuesModel::ObjectColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(IssuesModel::ObjectColumn, fontMetrics().averageCharWidth() * 30);
    setWidget(m_view);
    connect(m_view, &QTreeView::clicked, this, &IssuesDock::activate);
    connect(m_view, &QTreeView::activated, this, &IssuesDock::activate);
    connect(model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &, int, int last) {
        m_view->scrollTo(m_model->index(last, 0));
    });
}

void IssuesDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto &issue = m_model->issue(index.row());
    if (issue.kind)
        emit objectActivated(*issue.kind, issue.id);
}

} // namespace waymark
