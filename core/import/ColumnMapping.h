// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SurveyLayout.h"
#include "ValueParser.h"
#include "model/FeedbackSource.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

/// Which column feeds which feedback field (SCORING.md, "Inputs per feedback item").
class ColumnMapping
{
public:
    /// The fields, as written in `--map FIELD=COLUMN` and in the saved mapping.
    static QStringList fields();

    /// Proposes a mapping from the header names, question texts (English and German)
    /// and the first data rows' values.
    static ColumnMapping propose(const SurveyLayout &layout, const QList<QStringList> &sampleRows);

    /// Other names for fields, accepted wherever a field is named (`--map`, saved
    /// mappings): "rating" (a star rating, read as CSAT on 1..5) and "persona" (segment).
    static QList<std::pair<QString, QString>> aliases();
    /// The field `name` names (a field or an alias, case-insensitive); empty when none.
    static QString fieldNamed(const QString &name);

    /// The column index of `field` (or of the field an alias names), or -1.
    int column(const QString &field) const
    {
        const auto it = m_columns.constFind(field);
        return it != m_columns.cend() ? *it : m_columns.value(fieldNamed(field), -1);
    }
    /// Maps `field` (or an alias) to `column`; "rating" also sets the CSAT scale to 1..5 stars.
    void set(const QString &field, int column);
    void clear(const QString &field) { m_columns.remove(fieldNamed(field)); }
    bool isEmpty() const { return m_columns.isEmpty(); }

    /// The review title's column (App Store, Google Play, Trustpilot), or -1. The title is
    /// put before the comment, so scoring and search see it; its cell stays in the raw row.
    int titleColumn() const { return m_titleColumn; }
    void setTitleColumn(int column) { m_titleColumn = column; }
    /// A row's comment as imported: "Title — text", or whichever of the two is not empty.
    QString comment(const QStringList &row) const;
    /// "title — text" (both trimmed), or whichever of the two is not empty.
    static QString titled(const QString &title, const QString &text);

    int csatScale = 5; ///< 5, 7, 10, or 2 for good/bad ratings
    int cesScale = 7;  ///< 7 or 5

    /// The CSAT and CES scales Waymark scores (SCORING.md): values run from 1 to these.
    static QList<int> csatScales() { return {5, 7, 10, 2}; }
    static QList<int> cesScales() { return {7, 5}; }
    /// Reads a scale as `--csat-scale`/`--ces-scale` take it: "1-5", "1..7", "1–10", "5",
    /// or for CSAT "good-bad"; `option` names the option in the error.
    static Result<int> parseScale(const QString &text, bool csat, const QString &option);
    /// "1-5", or "good-bad" for 2: the scale as parseScale reads it.
    static QString scaleText(int scale);

    /// The format the date column is written in; empty: each cell as ValueParser::date reads it.
    QString dateFormat() const { return m_dateFormat ? m_dateFormat->text : QString(); }
    /// Sets the date format (empty: per cell); an error names the format and what to write.
    /// A detected format (`propose` found the day first) still reads the cells it does not
    /// match by themselves; a format the user sets makes them problems.
    Result<void> setDateFormat(const QString &format, bool detected = false);
    bool isDateFormatDetected() const { return m_dateFormatDetected; }

    /// The user's choices over what was detected: scales (checked against csatScales() and
    /// cesScales()) and the date format. Nothing changes when one is invalid.
    Result<void> applyOverrides(std::optional<int> csat, std::optional<int> ces, const std::optional<QString> &dateFormat);

    /// A cell parsed as the import parses it; `error` receives why a non-empty cell is unusable.
    std::optional<int> parseCsat(const QString &cell, QString *error) const;
    std::optional<int> parseCes(const QString &cell, QString *error) const;
    std::optional<QString> parseDate(const QString &cell, QString *error) const;

    /// field → column name, plus the scales (stored with the feedback source).
    QJsonObject toJson(const QStringList &columnNames) const;
    /// The mapping saved with the newest of `sources` that has exactly `columnNames` (an
    /// earlier import of the same survey); `from` receives “FILE” (DATE). Nothing when none.
    /// The import and the wizard both start from it.
    static std::optional<ColumnMapping> savedFor(const QList<FeedbackSource> &sources, const QStringList &columnNames,
                                                 QString *from = nullptr);
    /// A mapping saved with `toJson`, applied to a file with `columnNames`; nothing when
    /// a column it names is not there (another survey) or it maps nothing.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &saved, const QStringList &columnNames);

private:
    QHash<QString, int> m_columns;
    int m_titleColumn = -1;
    std::optional<ValueParser::DateFormat> m_dateFormat;
    bool m_dateFormatDetected = false;
};

} // namespace waymark
