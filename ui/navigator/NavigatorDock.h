// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QDockWidget>
#include "document/Document.h"

#include <QPointer>

#include <array>

class QAction;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace waymark {

class Document;
class NavigatorDelegate;
class NavigatorModel;

/// The left dock: the workspace's personas, maps and journeys. Creates, renames,
/// duplicates, deletes and reorders them, each as one undo step.
class NavigatorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NavigatorDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    NavigatorModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /// Selects an entity (and scrolls to it); false if it is not in the navigator.
    bool select(EntityKind kind, qint64 id);
    /// Creates an entity with a default name and starts editing its name.
    void create(EntityKind kind);

    QAction *renameAction() const { return m_rename; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *newAction(EntityKind kind) const;

signals:
    void openRequested(waymark::EntityKind kind, qint64 id);
    void statusMessage(const QString &message);

private:
    QModelIndex currentEntity() const;
    void updateActions();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void moveCurrent(int delta);
    void showContextMenu(const QPoint &pos);
    void activate(const QModelIndex &index);

    QPointer<Document> m_document;
    NavigatorModel *m_model;
    NavigatorDelegate *m_delegate;
    QTreeView *m_view;
    QStackedWidget *m_stack;
    QWidget *m_placeholder;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    std::array<QAction *, 4> m_new{};
};

} // namespace waymark
