// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDraft.h"

#include "document/Document.h"
#include "issues/IssuesModel.h"

#include <QPointer>
#include <QWizard>

namespace waymark {

class FeedbackImportJob;
class ImportFilePage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportAttachPage;
class ImportSummaryPage;

/// File → preview (encoding, delimiter, header rows, preset) → mapping with a live
/// preview of parsed values and problems → attachment → import and summary. The import
/// runs on a worker thread (FeedbackImportJob) with a progress bar and Cancel; the
/// window stays responsive, and a failed or cancelled import changes nothing.
class FeedbackImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, MappingPage, AttachPage, SummaryPage };

    /// `issues` (optional) receives the row problems of the import.
    FeedbackImportWizard(Document *document, IssuesModel *issues, QWidget *parent = nullptr);
    ~FeedbackImportWizard() override;

    /// Starts with `path` chosen (a file dropped or given); the wizard opens on the preview.
    void setFile(const QString &path);

    Document *document() const { return m_document; }
    IssuesModel *issues() const { return m_issues; }
    ImportDraft &draft() { return m_draft; }
    FeedbackImportJob *job() const { return m_job; }

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportAttachPage *attachPage() const { return m_attachPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

    /// While the import runs, Cancel stops it; the wizard closes once it has rolled back.
    void reject() override;

private:
    QPointer<Document> m_document;
    QPointer<IssuesModel> m_issues;
    ImportDraft m_draft;
    FeedbackImportJob *m_job;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportAttachPage *m_attachPage;
    ImportSummaryPage *m_summaryPage;
    bool m_closeWhenDone = false;
};

} // namespace waymark
