// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issues/IssuesModel.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace waymark {

class Document;
struct Error;

/// Owns the window's document and the File actions: new, open (locks, read-only
/// fallback), recent files, save, save as, revert, close, and startup recovery. One
/// document per window: replacing it asks to save unsaved changes first.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(QWidget *window, IssuesModel *issues);
    ~DocumentController() override;

    Document *document() const { return m_document.get(); }
    /// Installs `document` in the window without asking (the caller asked).
    void setDocument(std::unique_ptr<Document> document);

    /// Opens a workspace file in this window (asks to save the current one first).
    bool openFile(const QString &path);
    /// Offers the recovery copies a previous run left; true if one was recovered.
    bool offerRecovery();
    /// Save / Discard / Cancel for unsaved changes; true if the window may move on.
    bool maybeSave();
    /// Closes the document after asking; true if there is no document any more.
    bool closeDocument();

    void newWorkspace();
    /// `name` empty: asks which template.
    void newFromTemplate(const QString &name = {});
    void open();
    bool save();
    bool saveAs();
    void revert();

    QAction *newAction() const { return m_new; }
    QAction *newFromTemplateAction() const { return m_newFromTemplate; }
    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *revertAction() const { return m_revert; }
    QAction *closeAction() const { return m_close; }
    QAction *quitAction() const { return m_quit; }

signals:
    /// The window shows another document (or none); the previous one is closed after this.
    void documentChanged(waymark::Document *document);
    void statusMessage(const QString &message);

private:
    void warn(const QString &title, const QString &message, const Error &error);
    void rebuildRecentMenu();
    void updateActions();
    void fileSaved();

    QWidget *m_window;
    IssuesModel *m_issues;
    std::unique_ptr<Document> m_document;
    QAction *m_new;
    QAction *m_newFromTemplate;
    QAction *m_open;
    QMenu *m_recentMenu;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_revert;
    QAction *m_close;
    QAction *m_quit;
};

} // namespace waymark
