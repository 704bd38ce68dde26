// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttachmentRules.h"
#include "CsvReader.h"
#include "storage/WorkspaceStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace waymark {

/// One value that could not be used. The row is kept; only this value is dropped.
struct ImportProblem
{
    qint64 row = 0;  ///< the record's row in the file as a spreadsheet shows it (headers count)
    QString column;  ///< the column's name
    QString value;
    QString reason;
};

struct ImportOptions
{
    QString preset = QStringLiteral("auto");
    /// field → column (name, question text, 1-based number or spreadsheet letter), from `--map`.
    QList<std::pair<QString, QString>> overrides;
    QString journey; ///< journey name; empty: the workspace's only journey
    bool createTouchpoints = false;
    bool dryRun = false;
    std::optional<CsvDialect> dialect;
    /// Called with bytes read and the file size; return false to cancel (nothing changes).
    std::function<bool(qint64 done, qint64 total)> progress;
    /// "auto" (by content and extension), "csv", "json" or "xlsx".
    QString format = QStringLiteral("auto");
    /// XLSX: the sheet to read, by name or 1-based number; empty: the first sheet.
    QString sheet;
    /// Reuse the mapping saved with an earlier import of the same survey (same columns).
    /// `overrides` still apply on top of it.
    bool useSavedMapping = true;
    /// Rules to add to the workspace's saved attachment rules (saved with the import).
    QList<AttachmentRule> addRules;
    /// Forget the saved rules before adding `addRules`.
    bool clearRules = false;
    /// Apply the rules also to unattached feedback imported before.
    bool applyRulesToExisting = true;
    /// Rows before the data (0: none, the columns are numbered), over the detected count.
    std::optional<int> headerRows;
    /// The date column's format ("d.M.yyyy", "M/d/yyyy", …, see ValueParser::dateFormat);
    /// an empty string reads each cell by itself. Cells in another format are row problems.
    std::optional<QString> dateFormat;
    /// CSAT and CES scales over the detected ones (ColumnMapping::csatScales(), cesScales());
    /// values outside are row problems.
    std::optional<int> csatScale;
    std::optional<int> cesScale;
    /// Called on the calling thread with every problem, in the order they are found (the
    /// report keeps only the first ImportReport::keptProblems); `--report` streams them.
    std::function<void(const ImportProblem &)> problemSink;
};

struct ImportReport
{
    QString file;
    QString preset;
    QString encoding;
    QString delimiter;
    int headerRows = 0;
    QString journey;
    QJsonObject mapping;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 attached = 0;
    qint64 unattached = 0;
    qint64 createdStages = 0;
    qint64 createdTouchpoints = 0;
    qint64 problemCount = 0;
    QList<ImportProblem> problems; ///< the first keptProblems (ImportOptions::problemSink gets all)
    static constexpr qsizetype keptProblems = 10'000;
    bool dryRun = false;
    QString format;  ///< "CSV", "JSON", "NDJSON", "XLSX"
    QString sheet;   ///< XLSX: the sheet read
    /// The earlier import whose saved mapping was reused ("file (date)"); empty when proposed.
    QString savedMappingFrom;
    QStringList rules;             ///< the attachment rules applied (command-line form)
    qint64 attachedByRules = 0;    ///< of `attached`: by a rule rather than the touchpoint column
    qint64 existingAttachedByRules = 0; ///< unattached items from earlier imports a rule attached now
    bool changed = false; ///< whether the workspace was changed (false for a dry run or when nothing was new)

    QJsonObject toJson() const;
    /// The summary printed after an import (rows read, imported, skipped, attached, problems).
    QString summary() const;
};

/// Imports a survey export, review or ticket file (CSV/TSV, JSON, NDJSON or XLSX, see
/// RowSource) into a workspace store in one transaction: detects the layout and preset,
/// maps columns to feedback fields (reusing the mapping saved with an earlier import of
/// the same columns), parses and checks values, skips rows imported before, attaches items
/// to touchpoints by the touchpoint/stage columns (creating them with `createTouchpoints`)
/// and then by the workspace's attachment rules, which it saves. On any error, a cancel or
/// a dry run, the store is left exactly as it was. Reading runs on a thread of its own;
/// `progress` is called on the calling thread. Details: docs/import.md.
class FeedbackImporter
{
public:
    static Result<ImportReport> run(WorkspaceStore &store, const QString &dataPath, const ImportOptions &options);
};

} // namespace waymark
