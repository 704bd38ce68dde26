// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace waymark {

class FeedbackImportWizard;
class SuggestionsDialog;
struct ImportReport;

/// Runs the import on a worker thread with a progress bar (the wizard's Cancel stops
/// it), then shows what happened: rows read, imported, duplicates, attached,
/// unattached and the problems, which also go to the Issues dock.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(FeedbackImportWizard *wizard);

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *problemTable() const { return m_problems; }
    /// Shown when the import left feedback unattached: opens the suggestions for it.
    QPushButton *suggestButton() const { return m_suggest; }
    /// Opens SuggestionsDialog for the imported journey; returns it (it deletes itself on close).
    SuggestionsDialog *openSuggestions();
    bool isRunning() const;

    void initializePage() override;
    bool isComplete() const override;

    /// Problems listed on the page and sent to the Issues dock, at most.
    static constexpr int maxListedProblems = 500;

private:
    void showProgress(qint64 done, qint64 total);
    void finished();
    void showReport(const ImportReport &report);
    void sendIssues(QStringList messages);

    FeedbackImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_counts;
    QTableWidget *m_problems;
    QPushButton *m_suggest;
    QString m_journey;
    bool m_done = false;
};

} // namespace waymark
