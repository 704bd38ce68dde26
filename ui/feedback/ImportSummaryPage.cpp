// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummaryPage.h"

#include "FeedbackImportWizard.h"
#include "SuggestionsDialog.h"

#include "import/FeedbackImportJob.h"
#include "issues/IssuesModel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

ImportSummaryPage::ImportSummaryPage(FeedbackImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_progress(new QProgressBar), m_status(new QLabel), m_counts(new QLabel),
      m_problems(new QTableWidget), m_suggest(new QPushButton(tr("&Suggest Attachments…")))
{
    setTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);
    auto *suggestRow = new QHBoxLayout;
    suggestRow->addWidget(m_suggest);
    suggestRow->addStretch(1);
    layout->addLayout(suggestRow);
    m_suggest->setToolTip(tr("Suggest touchpoints for the unattached comments by their text; accept or reject in bulk"));
    m_suggest->hide();
    connect(m_suggest, &QPushButton::clicked, this, [this] { openSuggestions(); });
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(false);
    m_problems->verticalHeader()->setDefaultSectionSize(m_problems->fontMetrics().height() + 6);
    m_problems->hide();
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);
    connect(wizard->job(), &FeedbackImportJob::progressChanged, this, &ImportSummaryPage::showProgress);
    connect(wizard->job(), &FeedbackImportJob::finished, this, &ImportSummaryPage::finished);
}

bool ImportSummaryPage::isRunning() const
{
    return m_wizard->job()->isRunning();
}

void ImportSummaryPage::initializePage()
{
    m_done = false;
    // Cancel stops the running import; once it is done there is nothing left to cancel.
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_counts->clear();
    m_problems->hide();
    m_suggest->hide();
    m_progress->setValue(0);
    m_progress->show();
    const ImportDraft &draft = m_wizard->draft();
    m_status->setText(tr("Reading “%1”…").arg(QFileInfo(draft.path()).fileName()));
    if (!m_wizard->job()->start(draft.path(), draft.options()))
        finished();
}

bool ImportSummaryPage::isComplete() const
{
    return m_done;
}

void ImportSummaryPage::showProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    m_status->setText(tr("Reading “%1”: %2 of %3…")
                          .arg(QFileInfo(m_wizard->draft().path()).fileName(),
                               QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ImportSummaryPage::finished()
{
    m_done = true;
    m_progress->hide();
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
    FeedbackImportJob *job = m_wizard->job();
    if (const ImportReport *report = job->report()) {
        showReport(*report);
    } else {
        setTitle(job->wasCancelled() ? tr("Import cancelled") : tr("Nothing was imported"));
        m_status->setText(job->error().text() + u'\n' + tr("The workspace is unchanged."));
    }
    emit completeChanged();
}

void ImportSummaryPage::showReport(const ImportReport &report)
{
    const QString file = QFileInfo(report.file).fileName();
    setTitle(report.dryRun ? tr("Check finished") : tr("Import finished"));
    if (report.dryRun)
        m_status->setText(tr("“%1” was read as a check: nothing was changed.").arg(file));
    else if (report.imported == 0)
        m_status->setText(tr("Every row of “%1” was imported before: nothing was added.").arg(file));
    else
        m_status->setText(tr("“%1” was imported. Edit ▸ Undo removes it again as one step.").arg(file));
    const QLocale l;
    auto row = [&](const QString &label, qint64 n) {
        return QStringLiteral("<tr><td>%1</td><td align=right style='padding-left:24px'><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), l.toString(n));
    };
    QString html = QStringLiteral("<table cellspacing=4>");
    html += row(tr("Rows read"), report.rowsRead);
    html += row(report.dryRun ? tr("Would be imported") : tr("Imported"), report.imported);
    html += row(tr("Duplicates skipped"), report.duplicates);
    html += row(report.journey.isEmpty() ? tr("Attached") : tr("Attached to “%1”").arg(report.journey), report.attached);
    html += row(tr("Unattached"), report.unattached);
    if (report.createdStages || report.createdTouchpoints) {
        html += row(tr("Stages created"), report.createdStages);
        html += row(tr("Touchpoints created"), report.createdTouchpoints);
    }
    html += row(tr("Problems (values dropped, rows kept)"), report.problemCount);
    html += QStringLiteral("</table>");
    m_counts->setText(html);
    m_journey = report.journey;
    m_suggest->setVisible(!report.dryRun && report.unattached > 0 && m_wizard->document());

    const int listed = int(qMin<qsizetype>(report.problems.size(), maxListedProblems));
    m_problems->setRowCount(listed);
    for (int i = 0; i < listed; ++i) {
        const ImportProblem &p = report.problems[i];
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(p.row)));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.reason));
        m_problems->item(i, 3)->setToolTip(p.reason);
    }
    m_problems->setColumnWidth(0, m_problems->fontMetrics().horizontalAdvance(QStringLiteral("00000000")));
    m_problems->setVisible(listed > 0);

    if (!m_wizard->issues() || report.dryRun)
        return;
    QStringList messages;
    for (int i = 0; i < listed; ++i) {
        const ImportProblem &p = report.problems[i];
        messages << tr("%1, row %2, column “%3”: “%4” %5; the value was dropped, the row kept.")
                        .arg(file)
                        .arg(p.row)
                        .arg(p.column, p.value.left(80), p.reason);
    }
    if (report.problemCount > listed)
        messages << tr("%1: %2 more problems are not listed. Check the file with “waymark-cli import --dry-run "
                       "--report OUT.json” for the full list.")
                        .arg(file)
                        .arg(report.problemCount - listed);
    sendIssues(messages);
}

SuggestionsDialog *ImportSummaryPage::openSuggestions()
{
    Document *document = m_wizard->document();
    if (!document)
        return nullptr;
    JourneyId journey;
    for (const Journey &j : document->workspace().journeys)
        if (j.name == m_journey)
            journey = j.id;
    auto *dialog = new SuggestionsDialog(document, journey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ImportSummaryPage::sendIssues(QStringList messages)
{
    // A few at a time, so that hundreds of problems never hold up the window.
    constexpr int chunk = 50;
    IssuesModel *issues = m_wizard->issues();
    if (!issues)
        return;
    for (int i = 0; i < chunk && !messages.isEmpty(); ++i)
        issues->addIssue(IssuesModel::Severity::Warning, messages.takeFirst());
    if (!messages.isEmpty())
        QTimer::singleShot(0, this, [this, messages] { sendIssues(messages); });
}

} // namespace waymark
