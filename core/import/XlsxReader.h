// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowSource.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace waymark {

/// Reads one sheet of an Excel workbook (.xlsx, Office Open XML) with libzip and
/// QXmlStreamReader, straight from the archive: nothing is extracted to disk. Shared and
/// inline strings, numbers (9, not 9.0), booleans (TRUE/FALSE), errors (#N/A) and dates
/// (serials in a date-formatted cell become ISO 8601, 1900 and 1904 date systems) come
/// out as the text a user sees. Missing cells are blank; blank rows keep their numbers.
///
/// A workbook is untrusted input: the archive may hold at most `maxEntries` entries, no
/// part may unpack to more than `maxPartBytes` (all parts together `maxTotalBytes`), and
/// a large part may not be compressed more than `maxRatio` : 1 (a zip bomb). Sizes are
/// checked as declared and again while reading.
class XlsxReader : public RowSource
{
public:
    /// Reads the workbook at `path`.
    explicit XlsxReader(QString path);
    /// Reads a workbook held in memory (tests, fuzzing).
    explicit XlsxReader(QByteArray bytes);
    ~XlsxReader() override;

    /// Chooses the sheet: a name (case-insensitive) or a 1-based number; empty: the first.
    void setSheet(const QString &sheet) { m_wantedSheet = sheet; }
    /// The workbook's sheet names in order.
    Result<QStringList> sheetNames();

    Result<void> read(const RowSink &sink) override;
    qint64 currentRow() const override { return m_row; }
    qint64 done() const override { return m_done; }
    qint64 total() const override { return m_total; }
    QList<RowIssue> issues() const override { return m_issues; }
    QString format() const override { return QStringLiteral("XLSX"); }
    QString sheet() const override { return m_sheetName; }

    static constexpr qint64 maxEntries = 10000;
    static constexpr qint64 maxPartBytes = qint64(1) << 30;
    static constexpr qint64 maxTotalBytes = qint64(2) << 30;
    static constexpr qint64 maxRatio = 200;
    static constexpr int maxColumns = 16384; ///< Excel's limit (column XFD)

    /// The date or date-time a spreadsheet serial stands for (1900 system unless `date1904`),
    /// as ISO 8601: a date alone when the serial has no time of day and `withTime` is false.
    static QString serialToIso(double serial, bool date1904, bool withTime);
    /// Whether a number format code shows a date or time (d, m, y, h, s outside quotes).
    static bool isDateFormat(const QString &code);

private:
    struct Archive;
    Result<void> openArchive();
    Result<QByteArray> readPart(const QString &name, bool required);
    Result<void> loadWorkbook();

    QString m_path;
    QByteArray m_bytes;
    std::unique_ptr<Archive> m_archive;
    QString m_wantedSheet;
    QString m_sheetName;
    QString m_sheetPath;
    QStringList m_sheetNames;
    QStringList m_sheetPaths;
    QStringList m_shared;
    QList<bool> m_dateStyles; ///< per cell style index: whether it shows a date
    QList<bool> m_timeStyles; ///< per cell style index: whether it shows a time of day
    bool m_date1904 = false;
    bool m_loaded = false;
    qint64 m_row = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_unpacked = 0;
    QList<RowIssue> m_issues;
};

} // namespace waymark
