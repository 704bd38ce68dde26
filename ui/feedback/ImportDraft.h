// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/FeedbackImporter.h"
#include "import/SurveyLayout.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

/// What the import wizard's pages decide together: the file, how it is read (detected,
/// then overridden), the column mapping and where the rows attach. It reads only the
/// first records of the file for the previews; the import itself reads everything.
class ImportDraft
{
public:
    /// How many records the previews read.
    static constexpr int previewRecords = 200;

    /// Opens `path` and detects its dialect, layout and mapping. Empty on success.
    QString setFile(const QString &path);
    QString path() const { return m_path; }

    CsvDialect dialect() const { return m_dialect; }
    CsvDialect detectedDialect() const { return m_detected; }
    /// Re-reads the preview with another encoding or delimiter; the mapping is proposed again.
    QString setDialect(const CsvDialect &dialect);
    QString preset() const { return m_preset; }
    /// "auto" or one of SurveyLayout::presets(); the mapping is proposed again.
    void setPreset(const QString &preset);

    /// The header rows the user set over the detected count (nothing: as detected); the
    /// layout and the mapping are detected again.
    void setHeaderRows(std::optional<int> headerRows);
    std::optional<int> headerRowsOverride() const { return m_headerRows; }
    /// The header rows the layout alone would give.
    int detectedHeaderRows() const { return m_detectedHeaderRows; }

    const SurveyLayout &layout() const { return m_layout; }
    const QList<QStringList> &records() const { return m_records; }
    /// The spreadsheet row of each record (header rows and blank lines count).
    const QList<qint64> &rows() const { return m_rows; }
    QList<QStringList> dataRecords() const { return m_records.mid(m_layout.headerRows); }
    qint64 dataRow(int index) const { return m_rows.value(m_layout.headerRows + index); }
    const QList<CsvIssue> &readIssues() const { return m_issues; }

    ColumnMapping &mapping() { return m_mapping; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const ColumnMapping &proposedMapping() const { return m_proposed; }
    /// The date format the samples of the mapped date column are written in (empty: none).
    QString detectedDateFormat() const;
    /// "A: NPS — How likely are you…", as the pages list columns.
    QString columnLabel(int column) const;

    QString journey;          ///< empty: the workspace's only journey
    bool createTouchpoints = false;
    bool dryRun = false;
    /// The attachment rules as the attach page edits them (the workspace's saved ones to
    /// start with); with `rulesEdited` the import saves them in place of the saved ones.
    QList<AttachmentRule> rules;
    bool rulesEdited = false;

    /// The workspace the import goes into: its saved mappings are reused, as the import does.
    void setStore(const WorkspaceStore *store) { m_store = store; }
    /// Whether the mapping saved with an earlier import of the same columns is the starting
    /// point (ImportOptions::useSavedMapping); changing it detects the mapping again.
    bool useSavedMapping() const { return m_useSavedMapping; }
    void setUseSavedMapping(bool use);
    /// The earlier import whose saved mapping the draft starts from ("“FILE” (DATE)"); empty
    /// when the mapping is proposed from the file.
    QString savedMappingFrom() const { return m_savedMappingFrom; }

    /// The options for FeedbackImporter: overrides only where the user changed something.
    ImportOptions options() const;

private:
    QString readPreview();
    void detectLayout();

    QString m_path;
    CsvDialect m_dialect;
    CsvDialect m_detected;
    QString m_preset = QStringLiteral("auto");
    std::optional<int> m_headerRows;
    int m_detectedHeaderRows = 1;
    QList<QStringList> m_records;
    QList<qint64> m_rows;
    QList<CsvIssue> m_issues;
    SurveyLayout m_layout;
    ColumnMapping m_mapping;
    ColumnMapping m_proposed; ///< the saved mapping, else the proposal: what the import starts from
    const WorkspaceStore *m_store = nullptr;
    bool m_useSavedMapping = true;
    QString m_savedMappingFrom;
};

} // namespace waymark
