// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderMapPage.h"

#include "StakeholderPanel.h"
#include "StakeholderScene.h"
#include "StakeholderView.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace waymark {
namespace {
constexpr int kMessageTimeout = 8000;
}

StakeholderMapPage::StakeholderMapPage(Document *document, qint64 mapId, QWidget *parent)
    : OverviewPage(document, EntityKind::StakeholderMap, mapId, parent),
      m_title(new PlainLabel({}, PlainLabel::Role::Title, this)),
      m_summary(new PlainLabel({}, PlainLabel::Role::Secondary, this)),
      m_message(new PlainLabel({}, PlainLabel::Role::Secondary, this)), m_messageTimer(new QTimer(this)),
      m_scene(new StakeholderScene(document, StakeholderMapId(mapId), this)), m_view(new StakeholderView(m_scene)),
      m_panel(new StakeholderPanel(document))
{
    setObjectName(QStringLiteral("stakeholderMapPage"));
    m_title->setObjectName(QStringLiteral("stakeholderMapTitle"));
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("stakeholderMapMessage"));
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(kMessageTimeout);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);

    m_add = makeAction(tr("Add stakeholder"), tr("Add a stakeholder in the middle of the grid and type the name (Ins). "
                                                 "Or double-click an empty spot on the grid."),
                       {QKeySequence(Qt::Key_Insert)});
    m_add->setIcon(QIcon(QStringLiteral(":/ui/icons/add.svg")));
    m_delete = makeAction(tr("Delete"), tr("Delete the selected stakeholders (Del)"), {});
    QAction *zoomOut = makeAction(tr("Zoom out"), tr("Zoom out (Ctrl+−, Ctrl+wheel)"), {QKeySequence::ZoomOut});
    QAction *zoomIn =
        makeAction(tr("Zoom in"), tr("Zoom in (Ctrl++, Ctrl+wheel)"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *fit = makeAction(tr("Fit"), tr("Show the whole grid (Ctrl+0)"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_add, &QAction::triggered, m_view, [this] { m_view->beginCreate(); });
    connect(m_delete, &QAction::triggered, m_view, &StakeholderView::deleteSelection);
    connect(zoomOut, &QAction::triggered, m_view, &StakeholderView::zoomOut);
    connect(zoomIn, &QAction::triggered, m_view, &StakeholderView::zoomIn);
    connect(fit, &QAction::triggered, m_view, &StakeholderView::fitGrid);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("stakeholderToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addAction(m_add);
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    toolBar->addAction(zoomOut);
    toolBar->addAction(zoomIn);
    toolBar->addAction(fit);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("stakeholderSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    m_panel->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    splitter->setSizes({1000, fontMetrics().averageCharWidth() * 42});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(toolBar);
    bar->addSpacing(12);
    bar->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_scene, &StakeholderScene::selectedStakeholdersChanged, this, [this] {
        m_panel->setStakeholders(m_scene->selectedIds());
        updateActions();
    });
    connect(m_view, &StakeholderView::statusMessage, this, &StakeholderMapPage::showMessage);
    m_view->fitGrid();
    updateActions();
}

QAction *StakeholderMapPage::makeAction(const QString &text, const QString &toolTip, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setToolTip(toolTip);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QString StakeholderMapPage::message() const
{
    return m_message->text();
}

void StakeholderMapPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageTimer->start();
}

void StakeholderMapPage::updateActions()
{
    const bool editable = document() && !document()->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !m_scene->selectedIds().isEmpty());
}

void StakeholderMapPage::rebuild()
{
    const Workspace &w = document()->workspace();
    const StakeholderMap *map = w.stakeholderMaps.find(StakeholderMapId(entityId()));
    if (!map)
        return;
    m_title->setText(map->name);
    const qsizetype count = w.stakeholders.children(map->id.value).size();
    m_summary->setText(tr("Stakeholders: %1 · drag a card to move it; double-click an empty spot to add one")
                           .arg(count));
    updateActions();
}

} // namespace waymark
