// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/AttachmentRules.h"
#include "model/Workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace waymark {

/// Edits one attachment rule: what it looks at (channel equals, comment contains a
/// keyword, comment matches a regular expression, date range) and the touchpoint it
/// attaches to, chosen from the journey's touchpoints (or typed, for one the import
/// creates). OK stays disabled while the rule is invalid; the reason (an invalid regular
/// expression with its pattern, a range that ends before it starts) shows below.
class ImportRuleDialog : public QDialog
{
    Q_OBJECT

public:
    /// `journey` lists its touchpoints; an invalid id offers none (type a name).
    ImportRuleDialog(const Workspace &workspace, JourneyId journey, QWidget *parent = nullptr);

    void setRule(const AttachmentRule &rule);
    /// The rule as edited (valid when OK is enabled).
    AttachmentRule rule() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *valueEdit() const { return m_value; }
    QCheckBox *fromBox() const { return m_hasFrom; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_hasTo; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *touchpointBox() const { return m_touchpoint; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// "Checkout (Purchase)": how a touchpoint is listed; its data is "stage\ntitle".
    static QString touchpointLabel(const QString &title, const QString &stage);

private:
    void check();

    QComboBox *m_kind;
    QStackedWidget *m_valuePages;
    QLineEdit *m_value;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QCheckBox *m_hasTo;
    QDateEdit *m_to;
    QComboBox *m_touchpoint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace waymark
