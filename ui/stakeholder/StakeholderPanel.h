// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedLayout;

namespace waymark {

class Document;
class PlainLabel;
struct Stakeholder;

/// The fields of the selected stakeholder beside the grid. Every field is one undo step:
/// text fields when editing finishes (Enter, Tab, a click elsewhere), the others when
/// their value changes. An empty strategy follows the quadrant (shown as placeholder).
class StakeholderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StakeholderPanel(Document *document, QWidget *parent = nullptr);

    /// Shows `ids`: one stakeholder's fields, a note for several, a hint for none.
    void setStakeholders(const QList<StakeholderId> &ids);
    StakeholderId current() const { return m_current; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *roleEdit() const { return m_role; }
    QLineEdit *departmentEdit() const { return m_department; }
    QComboBox *attitudeBox() const { return m_attitude; }
    QSpinBox *powerBox() const { return m_power; }
    QSpinBox *interestBox() const { return m_interest; }
    QPlainTextEdit *strategyEdit() const { return m_strategy; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    PlainLabel *quadrantLabel() const { return m_quadrant; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void edit(const QString &field, const std::function<void(Stakeholder &)> &change);
    void commitLine(QLineEdit *editor);
    void commitText(QPlainTextEdit *editor);
    void updateStrategyStyle();

    QPointer<Document> m_document;
    StakeholderId m_current;
    QStackedLayout *m_pages;
    PlainLabel *m_hint;
    PlainLabel *m_multi;
    QWidget *m_form;
    PlainLabel *m_quadrant;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_department;
    QComboBox *m_attitude;
    QSpinBox *m_power;
    QSpinBox *m_interest;
    QPlainTextEdit *m_strategy;
    QPlainTextEdit *m_notes;
};

} // namespace waymark
