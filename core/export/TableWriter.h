// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataTable.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace waymark {

/// Metadata written into an XLSX workbook's document properties.
struct WorkbookInfo
{
    QString title;
    QString author;
    QString subject;
};

/// Writes tables as CSV (RFC 4180, UTF-8 with BOM so Excel reads umlauts, CRLF) and as
/// XLSX (libxlsxwriter). Numbers are written as numbers with full precision; text cells
/// are neutralised against formula injection. Files are replaced atomically.
class TableWriter
{
public:
    static QByteArray csv(const DataTable &table);
    static Result<void> writeCsv(const DataTable &table, const QString &path);
    /// One sheet per table, the header row bold and frozen.
    static Result<void> writeXlsx(const QList<DataTable> &tables, const QString &path, const WorkbookInfo &info = {});
};

} // namespace waymark
