// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackImportWizard.h"

#include "ImportAttachPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportSummaryPage.h"

#include "document/Document.h"
#include "import/FeedbackImportJob.h"
#include "issues/IssuesModel.h"

namespace waymark {

FeedbackImportWizard::FeedbackImportWizard(Document *document, IssuesModel *issues, QWidget *parent)
    : QWizard(parent), m_document(document), m_issues(issues), m_job(new FeedbackImportJob(document, this)),
      m_filePage(new ImportFilePage(this)), m_previewPage(new ImportPreviewPage(this)),
      m_mappingPage(new ImportMappingPage(this)), m_attachPage(new ImportAttachPage(this)),
      m_summaryPage(new ImportSummaryPage(this))
{
    setWindowTitle(tr("Import Feedback"));
    if (document)
        m_draft.setStore(&document->store()); // the mapping saved with an earlier import of the same survey
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(AttachPage, m_attachPage);
    setPage(SummaryPage, m_summaryPage);
    setMinimumSize(900, 640);
    connect(m_job, &FeedbackImportJob::finished, this, [this] {
        if (m_closeWhenDone)
            QWizard::reject();
    });
}

FeedbackImportWizard::~FeedbackImportWizard() = default;

void FeedbackImportWizard::setFile(const QString &path)
{
    m_filePage->setPath(path);
    if (m_draft.setFile(path).isEmpty())
        setStartId(PreviewPage);
}

void FeedbackImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_closeWhenDone = true;
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace waymark
