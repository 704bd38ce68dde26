// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace waymark {

class FeedbackImportWizard;

/// How the file is read: the detected encoding, delimiter, preset and header rows, each
/// overridable, and the first records as a table (header rows shaded, updated as the
/// settings change).
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(FeedbackImportWizard *wizard);

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *presetBox() const { return m_preset; }
    /// The header rows: detected, or as the user sets them.
    QSpinBox *headerRowsBox() const { return m_headerRowsBox; }
    QLabel *headerRowsLabel() const { return m_headerRows; }
    QTableWidget *table() const { return m_table; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void dialectEdited();
    void presetEdited();
    void headerRowsEdited();
    void refresh();

    FeedbackImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_preset;
    QSpinBox *m_headerRowsBox;
    QLabel *m_headerRows;
    QLabel *m_message;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace waymark
