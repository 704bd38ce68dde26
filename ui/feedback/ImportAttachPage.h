// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace waymark {

class FeedbackImportWizard;

/// Where the rows attach: the journey, whether missing stages and touchpoints are
/// created, and how many of the touchpoint names in the first rows are known already.
/// `rulesArea()` is where an attachment-rules editor goes once the core offers rules.
class ImportAttachPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportAttachPage(FeedbackImportWizard *wizard);

    QComboBox *journeyBox() const { return m_journey; }
    QCheckBox *createBox() const { return m_create; }
    QCheckBox *dryRunBox() const { return m_dryRun; }
    QLabel *matchLabel() const { return m_match; }
    QVBoxLayout *rulesArea() const { return m_rules; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    FeedbackImportWizard *m_wizard;
    QComboBox *m_journey;
    QCheckBox *m_create;
    QCheckBox *m_dryRun;
    QLabel *m_match;
    QVBoxLayout *m_rules;
};

} // namespace waymark
