// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include "document/Document.h"

#include <QPointer>
#include <QStackedWidget>

class QTabWidget;

namespace waymark {

class Document;
class OverviewPage;
class WelcomePage;

/// The central area: a tab per open persona, map or journey, or the welcome page when
/// no tab is open.
class EditorArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);

    /// Closes every tab; pages of the new document open on request.
    void setDocument(Document *document);
    /// Shows the page of an entity, opening a tab if it has none. Id 0 of the persona
    /// kind is the persona gallery.
    OverviewPage *open(EntityKind kind, qint64 id);
    OverviewPage *pageFor(EntityKind kind, qint64 id) const;
    OverviewPage *currentPage() const;

    QTabWidget *tabs() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }

signals:
    /// A journey page asked to show the feedback attached to one of its touchpoints.
    void feedbackRequested(waymark::TouchpointId touchpoint);

private:
    OverviewPage *createPage(EntityKind kind, qint64 id);
    void closeTab(int index);
    void closeAll();
    void updateVisiblePage();

    QPointer<Document> m_document;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
};

} // namespace waymark
