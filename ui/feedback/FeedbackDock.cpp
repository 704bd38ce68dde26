// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackDock.h"

#include "FeedbackBrowser.h"
#include "FeedbackFilterState.h"
#include "FeedbackImportWizard.h"
#include "SuggestionsDialog.h"

#include "document/Document.h"
#include "shell/DocumentController.h"

#include <QAction>

namespace waymark {

FeedbackDock::FeedbackDock(DocumentController *controller, IssuesModel *issues, QWidget *parent)
    : QDockWidget(tr("Feedback"), parent), m_issues(issues), m_browser(new FeedbackBrowser),
      m_import(new QAction(tr("&Import Feedback…"), this))
{
    setObjectName(QStringLiteral("feedbackDock"));
    setWidget(m_browser);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setStatusTip(tr("Import survey responses, reviews or tickets from a CSV or tab-separated file"));
    connect(m_import, &QAction::triggered, this, [this] { importFeedback(); });
    connect(controller, &DocumentController::documentChanged, this, &FeedbackDock::setDocument);
    m_suggest = new QAction(tr("&Suggest Attachments…"), this);
    m_suggest->setStatusTip(tr("Suggest touchpoints for unattached feedback by its comment; accept or reject them in bulk"));
    connect(m_suggest, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        auto *dialog = new SuggestionsDialog(m_document, {}, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    setDocument(controller->document());
}

void FeedbackDock::setDocument(Document *document)
{
    m_document = document;
    m_browser->setDocument(document);
    m_import->setEnabled(document && !document->isReadOnly());
    if (m_suggest)
        m_suggest->setEnabled(document && !document->isReadOnly());
}

void FeedbackDock::importFeedback(const QString &path)
{
    if (!m_document || m_document->isReadOnly())
        return;
    auto *wizard = new FeedbackImportWizard(m_document, m_issues, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &QWizard::finished, this, [this] {
        show();
        raise();
    });
    wizard->open();
}

void FeedbackDock::showTouchpoint(TouchpointId touchpoint)
{
    show();
    raise();
    m_browser->showTouchpoint(touchpoint);
}

FeedbackFilterState *FeedbackDock::filterState() const
{
    return m_browser->filterState();
}

void FeedbackDock::showFilter(const FeedbackFilter &filter)
{
    show();
    raise();
    m_browser->setFilter(filter);
    m_browser->refreshNow();
}

} // namespace waymark
