// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace waymark {

class FeedbackImportWizard;

/// Chooses the export to import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(FeedbackImportWizard *wizard);

    void setPath(const QString &path);
    QLineEdit *pathEdit() const { return m_path; }
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    FeedbackImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace waymark
