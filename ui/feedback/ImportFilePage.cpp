// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFilePage.h"

#include "FeedbackImportWizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waymark {
namespace {
const QString kLastFolderKey = QStringLiteral("import/lastFolder");
}

ImportFilePage::ImportFilePage(FeedbackImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit), m_error(new QLabel)
{
    setTitle(tr("Choose the export"));
    setSubTitle(tr("A survey export, review list or ticket export: CSV or tab-separated text from Qualtrics, "
                   "SurveyMonkey, Typeform, Google Forms, Zendesk, the app stores, Trustpilot or any spreadsheet."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_path->setPlaceholderText(tr("File to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *note = new QLabel(tr("Nothing changes in the workspace until you confirm the import, and an import can be "
                               "undone as one step. Rows imported before are recognised and skipped."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        emit completeChanged();
    });
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ImportFilePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString error = m_wizard->draft().setFile(m_path->text().trimmed());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    QSettings().setValue(kLastFolderKey, QFileInfo(m_path->text().trimmed()).absolutePath());
    return true;
}

void ImportFilePage::browse()
{
    const QString folder = m_path->text().isEmpty() ? QSettings().value(kLastFolderKey).toString()
                                                    : QFileInfo(m_path->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Feedback"), folder,
        tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

} // namespace waymark
