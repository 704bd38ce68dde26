// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "document/Document.h"
#include "issues/IssuesModel.h"

#include <QDockWidget>
#include <QPointer>

class QAction;

namespace waymark {

class Document;
class DocumentController;
class FeedbackBrowser;
class FeedbackFilterState;
struct FeedbackFilter;
class IssuesModel;

/// The feedback browser as a dock, and File ▸ Import Feedback…, following the window's
/// document.
class FeedbackDock : public QDockWidget
{
    Q_OBJECT

public:
    FeedbackDock(DocumentController *controller, IssuesModel *issues, QWidget *parent = nullptr);

    FeedbackBrowser *browser() const { return m_browser; }
    /// The window's one feedback filter, which the Insights views share with the browser.
    FeedbackFilterState *filterState() const;
    QAction *importAction() const { return m_import; }
    /// Opens the attachment suggestions for the unattached feedback (SuggestionsDialog).
    QAction *suggestAction() const { return m_suggest; }

    /// Opens the import wizard (window-modal; the window keeps repainting while it imports).
    void importFeedback(const QString &path = {});

public slots:
    /// Shows the dock filtered to the feedback attached to `touchpoint`.
    void showTouchpoint(waymark::TouchpointId touchpoint);
    /// Shows the dock with `filter` (through the window's shared filter state).
    void showFilter(const waymark::FeedbackFilter &filter);

private:
    void setDocument(Document *document);

    QPointer<Document> m_document;
    QPointer<IssuesModel> m_issues;
    FeedbackBrowser *m_browser;
    QAction *m_import;
    QAction *m_suggest = nullptr;
};

} // namespace waymark
