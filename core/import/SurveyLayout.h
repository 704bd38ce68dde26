// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

/// The header layout of a survey export: which preset made it, how many header rows
/// come before the data, and each column's name and question text.
struct SurveyLayout
{
    QString preset = QStringLiteral("generic");
    int headerRows = 1;
    QStringList names;     ///< short column names (Q1, NPS, ResponseId)
    QStringList questions; ///< question texts where the export has them (else the names)

    /// Presets Waymark knows, as used by `--preset`.
    static QStringList presets();
    /// Recognises the layout from the first records of a file. With `preset` other than
    /// "auto", that layout is used. `headerRows` overrides how many rows come before the
    /// data: the first holds the names, the second the question texts; with none, the
    /// columns are named "Column 1", "Column 2", ….
    static SurveyLayout detect(const QList<QStringList> &firstRecords, const QString &preset = QStringLiteral("auto"),
                               std::optional<int> headerRows = std::nullopt);
    /// Header rows a user may set, at most.
    static constexpr int maxHeaderRows = 20;
};

} // namespace waymark
