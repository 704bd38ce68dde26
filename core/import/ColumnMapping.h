// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SurveyLayout.h"

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

    /// The column index of `field`, or -1.
    int column(const QString &field) const { return m_columns.value(field, -1); }
    void set(const QString &field, int column);
    void clear(const QString &field) { m_columns.remove(field); }
    bool isEmpty() const { return m_columns.isEmpty(); }

    int csatScale = 5; ///< 5, 7, 10, or 2 for good/bad ratings
    int cesScale = 7;  ///< 7 or 5

    /// field → column name, plus the scales (stored with the feedback source).
    QJsonObject toJson(const QStringList &columnNames) const;
    /// A mapping saved with `toJson`, applied to a file with `columnNames`; nothing when
    /// a column it names is not there (another survey) or it maps nothing.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &saved, const QStringList &columnNames);

private:
    QHash<QString, int> m_columns;
};

} // namespace waymark
