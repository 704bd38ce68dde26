// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace waymark {

class FeedbackImportWizard;

/// Which column feeds which field: Waymark's proposal, editable per field, and how the
/// values are read (CSAT and CES scales, date format: detected, overridable), with the
/// first rows parsed as the import will parse them and every unusable value listed
/// with its row, column and reason.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(FeedbackImportWizard *wizard);

    /// The combo box choosing the column of `field` (a ColumnMapping field name).
    QComboBox *fieldBox(const QString &field) const { return m_boxes.value(field); }
    QComboBox *csatScaleBox() const { return m_csatScale; }
    QComboBox *cesScaleBox() const { return m_cesScale; }
    /// The date column's format: "" (each value by itself) or a ValueParser::dateFormat.
    QComboBox *dateFormatBox() const { return m_dateFormat; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemTable() const { return m_problems; }

    /// The field's name as the user reads it ("NPS (0–10)").
    static QString fieldLabel(const QString &field);

    void initializePage() override;
    bool isComplete() const override;

private:
    void fieldEdited(const QString &field);
    void refreshPreview();
    void readingEdited();
    void fillDateFormats();

    FeedbackImportWizard *m_wizard;
    QHash<QString, QComboBox *> m_boxes;
    QComboBox *m_csatScale;
    QComboBox *m_cesScale;
    QComboBox *m_dateFormat;
    QLabel *m_message;
    QTableWidget *m_preview;
    QTableWidget *m_problems;
    bool m_filling = false;
};

} // namespace waymark
