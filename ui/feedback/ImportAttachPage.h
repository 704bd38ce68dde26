// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace waymark {

class FeedbackImportWizard;
class ImportRuleDialog;

/// Where the rows attach: the journey, whether missing stages and touchpoints are
/// created, how many of the touchpoint names in the first rows are known already, and
/// the attachment rules (the workspace's saved ones, added to, edited or removed here),
/// which attach what the touchpoint column does not. The import saves the rules; every
/// later import applies them again.
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
    QTableWidget *ruleTable() const { return m_ruleTable; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QPushButton *editRuleButton() const { return m_editRule; }
    QPushButton *removeRuleButton() const { return m_removeRule; }

    /// The dialog for a new rule (`row` < 0) or the rule in `row`, before it opens: tests
    /// fill it and accept it. The page adds or replaces the rule when it is accepted.
    ImportRuleDialog *ruleDialog(int row);
    /// Opens the rule dialog (Add…/Edit…) and applies it when accepted.
    void editRule(int row);
    void removeRule(int row);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();
    void refreshRules();
    void ruleDialogAccepted(ImportRuleDialog *dialog, int row);

    FeedbackImportWizard *m_wizard;
    QComboBox *m_journey;
    QCheckBox *m_create;
    QCheckBox *m_dryRun;
    QLabel *m_match;
    QVBoxLayout *m_rules;
    QTableWidget *m_ruleTable;
    QPushButton *m_addRule;
    QPushButton *m_editRule;
    QPushButton *m_removeRule;
    QLabel *m_rulesNote;
};

} // namespace waymark
