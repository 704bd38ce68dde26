// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorDock.h"

#include "NavigatorDelegate.h"
#include "NavigatorModel.h"
#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark {

NavigatorDock::NavigatorDock(QWidget *parent)
    : QDockWidget(tr("Navigator"), parent), m_model(new NavigatorModel(this)), m_delegate(new NavigatorDelegate(this)),
      m_view(new QTreeView), m_stack(new QStackedWidget(this)), m_placeholder(new QWidget)
{
    setObjectName(QStringLiteral("navigatorDock"));
    m_view->setObjectName(QStringLiteral("navigatorView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setMouseTracking(true); // hover on the groups' "+"
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click and Enter open an item; F2 or a click on the selected item renames it.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // Double-click and Enter on a group are handled in activate(): Personas opens the gallery.
    m_view->setExpandsOnDoubleClick(false);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *placeholderText = new PlainLabel(tr("No workspace is open. Create one or open a file to see its "
                                              "personas, maps and journeys here."),
                                           PlainLabel::Role::Secondary, m_placeholder);
    placeholderText->setWordWrap(true);
    placeholderText->setAlignment(Qt::AlignCenter);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->setContentsMargins(16, 16, 16, 16);
    placeholderLayout->addWidget(placeholderText, 0, Qt::AlignVCenter);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    m_stack->setCurrentWidget(m_placeholder);
    setWidget(m_stack);

    auto makeAction = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Active while the navigator has focus; editors will bind the same keys to their own selection.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_rename = makeAction(tr("&Rename"), QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    m_duplicate = makeAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateCurrent(); });
    m_delete = makeAction(tr("&Delete"), QKeySequence(QKeySequence::Delete), [this] { deleteCurrent(); });
    m_moveUp = makeAction(tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_moveDown = makeAction(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(+1); });
    for (size_t g = 0; g < NavigatorModel::groupKinds.size(); ++g) {
        const EntityKind kind = NavigatorModel::groupKinds[g];
        m_new[g] = new QAction(DisplayText::kindIcon(kind), DisplayText::newActionText(kind), this);
        connect(m_new[g], &QAction::triggered, this, [this, kind] { create(kind); });
    }

    connect(m_delegate, &NavigatorDelegate::addRequested, this, &NavigatorDock::create);
    connect(m_view, &QTreeView::activated, this, &NavigatorDock::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &NavigatorDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigatorDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &NavigatorDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NavigatorDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NavigatorDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigatorDock::updateActions);
    updateActions();
}

QAction *NavigatorDock::newAction(EntityKind kind) const
{
    const int g = NavigatorModel::groupOf(kind);
    return g < 0 ? nullptr : m_new[g];
}

void NavigatorDock::setDocument(Document *document)
{
    m_document = document;
    m_model->setDocument(document);
    m_stack->setCurrentWidget(document ? m_view : m_placeholder);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll, Qt::UniqueConnection);
    const bool writable = document && !document->isReadOnly();
    m_delegate->setAddEnabled(writable);
    m_view->setDragDropMode(writable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    updateActions();
}

QModelIndex NavigatorDock::currentEntity() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && !NavigatorModel::isGroup(current) ? current : QModelIndex();
}

void NavigatorDock::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const QModelIndex current = currentEntity();
    const bool onEntity = writable && current.isValid();
    m_rename->setEnabled(onEntity);
    m_duplicate->setEnabled(onEntity);
    m_delete->setEnabled(onEntity);
    m_moveUp->setEnabled(onEntity && current.row() > 0);
    m_moveDown->setEnabled(onEntity && current.row() < m_model->rowCount(current.parent()) - 1);
    for (QAction *action : m_new)
        action->setEnabled(writable);
}

bool NavigatorDock::select(EntityKind kind, qint64 id)
{
    const QModelIndex index = m_model->indexOf(kind, id);
    if (!index.isValid())
        return false;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void NavigatorDock::create(EntityKind kind)
{
    if (!m_document || m_document->isReadOnly())
        return;
    qint64 id = 0;
    QUndoCommand *command = WorkspaceEdits::create(m_document, kind, DisplayText::newItemName(kind), &id);
    if (!command || !m_document->execute(command))
        return;
    if (select(kind, id)) {
        m_view->setFocus();
        m_view->edit(m_view->currentIndex());
    }
}

void NavigatorDock::renameCurrent()
{
    const QModelIndex current = currentEntity();
    if (current.isValid())
        m_view->edit(current);
}

void NavigatorDock::duplicateCurrent()
{
    const QModelIndex current = currentEntity();
    if (!current.isValid() || !m_document)
        return;
    const EntityKind kind = NavigatorModel::kindOf(current);
    qint64 id = 0;
    if (QUndoCommand *command = WorkspaceEdits::duplicate(m_document, kind, NavigatorModel::idOf(current), &id))
        if (m_document->execute(command))
            select(kind, id);
}

void NavigatorDock::deleteCurrent()
{
    const QModelIndex current = currentEntity();
    if (!current.isValid() || !m_document)
        return;
    const EntityKind kind = NavigatorModel::kindOf(current);
    const QString name = current.data(Qt::DisplayRole).toString();
    const int row = current.row();
    const QPersistentModelIndex group = current.parent();
    QUndoCommand *command = WorkspaceEdits::remove(m_document, kind, NavigatorModel::idOf(current));
    if (!command || !m_document->execute(command))
        return;
    // Nothing is asked before deleting: it is one undo step away.
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    emit statusMessage(tr("Deleted %1 “%2” — %3 to undo").arg(DisplayText::kindName(kind), name, undoKey));
    const int rows = m_model->rowCount(group);
    m_view->setCurrentIndex(rows > 0 ? m_model->index(qMin(row, rows - 1), 0, group) : QModelIndex(group));
}

void NavigatorDock::moveCurrent(int delta)
{
    const QModelIndex current = currentEntity();
    if (!current.isValid() || !m_document)
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_model->rowCount(current.parent()))
        return;
    if (QUndoCommand *command =
            WorkspaceEdits::reorder(m_document, NavigatorModel::kindOf(current), NavigatorModel::idOf(current), to))
        m_document->execute(command);
    m_view->scrollTo(m_view->currentIndex());
    updateActions();
}

void NavigatorDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (!NavigatorModel::isGroup(index))
        emit openRequested(NavigatorModel::kindOf(index), NavigatorModel::idOf(index));
    else if (NavigatorModel::kindOf(index) == EntityKind::Persona)
        emit openRequested(EntityKind::Persona, 0); // the persona gallery
    else
        m_view->setExpanded(index, !m_view->isExpanded(index));
}

void NavigatorDock::showContextMenu(const QPoint &pos)
{
    if (!m_document)
        return;
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid() && !NavigatorModel::isGroup(index)) {
        QAction *open = menu.addAction(tr("&Open"), this, [this, index] { activate(index); });
        menu.setDefaultAction(open);
        menu.addSeparator();
        menu.addActions({m_rename, m_duplicate, m_delete});
        menu.addSeparator();
        menu.addActions({m_moveUp, m_moveDown});
        menu.addSeparator();
    }
    if (index.isValid() && NavigatorModel::isGroup(index) && NavigatorModel::kindOf(index) == EntityKind::Persona) {
        menu.setDefaultAction(menu.addAction(tr("Open &Gallery"), this, [this, index] { activate(index); }));
        menu.addSeparator();
    }
    if (index.isValid()) {
        menu.addAction(newAction(NavigatorModel::kindOf(index)));
    } else {
        for (QAction *action : m_new)
            menu.addAction(action);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace waymark
