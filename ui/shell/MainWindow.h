// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QMainWindow>
#include "document/Document.h"

#include <QPointer>

class QUndoGroup;

namespace waymark {

class Document;
class DocumentController;
class EditorArea;
class FeedbackDock;
class IssuesDock;
class IssuesModel;
class MessageBanner;
class NavigatorDock;
class UndoHistoryDock;

/// The window: docks (navigator, issues, undo history), the central tabs, menus, title.
/// The File actions and the document live in DocumentController, the item actions in
/// the navigator.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// At start: offers unsaved work left by an earlier run, then opens `file` (if any).
    void startUp(const QString &file);
    bool openFile(const QString &path);
    /// Shows an entity: selects it in the navigator and opens its tab.
    void showEntity(EntityKind kind, qint64 id);

    DocumentController *controller() const { return m_controller; }
    NavigatorDock *navigator() const { return m_navigator; }
    EditorArea *editorArea() const { return m_editorArea; }
    IssuesModel *issues() const { return m_issues; }
    MessageBanner *banner() const { return m_banner; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    FeedbackDock *feedbackDock() const { return m_feedbackDock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void documentChanged(Document *document);
    void updateTitle();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    QUndoGroup *m_undoGroup;
    IssuesModel *m_issues;
    DocumentController *m_controller;
    MessageBanner *m_banner;
    EditorArea *m_editorArea;
    NavigatorDock *m_navigator;
    IssuesDock *m_issuesDock;
    UndoHistoryDock *m_undoDock;
    FeedbackDock *m_feedbackDock;
    QAction *m_undo;
    QAction *m_redo;
    QPointer<Document> m_document;
};

} // namespace waymark
