// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace waymark {

/// A problem a reader found in the data, with its place (row as the user sees it,
/// 1-based column, 0 when it concerns the whole row).
struct RowIssue
{
    qint64 row = 0;
    int column = 0;
    QString message;
};

/// How to open a data file. Everything left empty is detected.
struct RowSourceOptions
{
    enum class Format { Auto, Csv, Json, Xlsx };
    Format format = Format::Auto;
    std::optional<CsvDialect> dialect; ///< CSV only
    QString sheet;                     ///< XLSX only: a sheet name or 1-based number; empty: the first sheet
};

/// The records of a data file, whatever its format: the header row(s) first, then one
/// list of cells per response. The importer, the layout detection, the mapping and the
/// duplicate check see every format the same way.
class RowSource
{
public:
    /// Receives each record; return false to stop reading.
    using RowSink = std::function<bool(const QStringList &fields)>;
    /// Receives each record as UTF-8 cells; return false to stop reading.
    using Utf8Sink = std::function<bool(const Utf8Row &row)>;

    virtual ~RowSource() = default;

    /// Reads the records from the start (each call starts over). Fails when the file
    /// cannot be read at all; problems inside the data are collected in `issues()`.
    virtual Result<void> read(const RowSink &sink) = 0;
    /// The same records as UTF-8 cells (delimited text is read as bytes; other formats
    /// are encoded from their strings).
    virtual Result<void> readUtf8(const Utf8Sink &sink)
    {
        Utf8Row row;
        return read([&](const QStringList &fields) {
            row.assign(fields);
            return sink(row);
        });
    }
    /// Where the record being delivered is, as the user finds it: the spreadsheet row
    /// (CSV, XLSX), the line (one JSON object per line) or the object's number (JSON array).
    virtual qint64 currentRow() const = 0;
    /// Progress of the current read, in units of `total()` (bytes of the file or of the sheet).
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    virtual QList<RowIssue> issues() const = 0;

    /// "CSV", "JSON", "NDJSON" or "XLSX", for the report.
    virtual QString format() const = 0;
    /// The text encoding and delimiter (CSV), empty where they do not apply.
    virtual QString encoding() const { return {}; }
    virtual QString delimiter() const { return {}; }
    /// The sheet read (XLSX).
    virtual QString sheet() const { return {}; }
    /// Question texts per column where the file carries them apart from the header
    /// (a Typeform webhook's form definition); empty otherwise.
    virtual QStringList questions() const { return {}; }
    /// Whether CSV numbers use a decimal comma.
    virtual bool decimalComma() const { return false; }

    /// Opens `path`, choosing the reader by its content (a zip → XLSX, `[`/`{` → JSON,
    /// else delimited text) and, where the content is ambiguous, its extension.
    static Result<std::unique_ptr<RowSource>> open(const QString &path, const RowSourceOptions &options = {});
    /// The format `head` (the first bytes of a file named `fileName`) is in.
    static RowSourceOptions::Format sniff(const QByteArray &head, const QString &fileName);
    /// "auto", "csv", "json", "xlsx" as given to `--format`; nothing for another word.
    static std::optional<RowSourceOptions::Format> formatNamed(const QString &name);
};

} // namespace waymark
