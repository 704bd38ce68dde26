// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace waymark {

/// A table to export (a CSV file, an XLSX sheet): named columns and rows of cells. A cell
/// holding a number (int, qint64, double) is written as a number; a string as text,
/// neutralised against formula injection (SpreadsheetText); an invalid QVariant as empty.
struct DataTable
{
    QString name; ///< the sheet name (at most 31 characters, no []:*?/\)
    QStringList columns;
    QList<QList<QVariant>> rows;

    /// Whether `cell` is written as a number.
    static bool isNumber(const QVariant &cell);
};

/// Neutralises text cells against spreadsheet formula injection (OWASP, "CSV Injection"):
/// a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text and never
/// evaluate it. Numbers are never passed here; they stay numbers.
class SpreadsheetText
{
public:
    static bool needsNeutralising(const QString &text);
    static QString neutralise(const QString &text);
};

} // namespace waymark
