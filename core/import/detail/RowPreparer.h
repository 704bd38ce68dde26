// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPipeline.h"
#include "TouchpointIndex.h"
#include "import/AttachmentRules.h"
#include "import/ColumnMapping.h"
#include "import/Utf8Row.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace waymark::detail {

/// What the import knows before it reads the rows, shared by the reading thread.
struct ImportPlan
{
    QStringList columnNames;
    const ColumnMapping *mapping = nullptr;
    const QList<AttachmentRule> *ruleList = nullptr;
    const AttachmentRules *rules = nullptr;
    TouchpointIndex *touchpoints = nullptr; ///< none when the import attaches to no journey
    QString journeyName;
    /// What is already in the workspace, for skipping duplicates: response ids, and how
    /// often each row hash occurs among rows without one.
    CompactStringSet *knownResponses = nullptr;
    const QHash<qint64, int> *knownHashes = nullptr;
};

/// Turns each record of the file into a row to store, on the reading thread: the cells
/// are trimmed, parsed and checked from their UTF-8 bytes (a string is made only for a
/// cell the fast paths cannot answer for, see Utf8Cells), duplicates are recognised, and
/// the touchpoint is resolved, so the storing thread only binds values.
class RowPreparer
{
public:
    explicit RowPreparer(const ImportPlan &plan);

    /// Adds the record `cells` (found at `row`) to `batch`; false for a record that holds
    /// no response (only spaces and delimiters), which adds nothing.
    bool add(const Utf8Row &cells, qint64 row, Batch &batch);

    /// The touchpoint attachment rule `rule` names, found (or created) once; a rule that
    /// names none is reported once (at `row`) into `problems`.
    TouchpointId ruleTarget(int rule, qint64 row, std::vector<ImportProblem> &problems);

private:
    /// Appends cell `column`, trimmed as QString::trimmed does, to `texts`.
    void appendTrimmed(std::string &texts, const Utf8Row &cells, int column);
    void appendString(std::string &texts, const QString &text);
    void problem(std::vector<ImportProblem> &problems, qint64 row, int column, const Utf8Row &cells, const QString &why);
    /// The score in cell `column` (-1: none), its problem reported.
    int parseScore(const Utf8Row &cells, int column, qint64 row, std::vector<ImportProblem> &problems, int field);
    TouchpointId resolve(std::string_view touchpoint, std::string_view stage);

    ImportPlan m_plan;
    int m_response, m_channel, m_segment, m_respondent, m_touchpoint, m_stage, m_comment, m_title, m_nps, m_csat, m_ces,
        m_date;
    std::vector<bool> m_mapped; ///< per column: whether a field maps it
    bool m_allMapped = false;
    bool m_fastDates = false;
    /// XXH3 for keys of a few dozen bytes: several times std::hash's speed.
    struct BytesHash
    {
        size_t operator()(const std::string &key) const { return size_t(XXH3_64bits(key.data(), key.size())); }
    };
    QHash<qint64, int> m_seenHashes;
    /// stage, NUL, touchpoint (trimmed bytes) → touchpoint id (0: none)
    std::unordered_map<std::string, qint64, BytesHash> m_resolved;
    std::string m_key;
    QHash<int, TouchpointId> m_ruleTargets;
    QSet<int> m_unresolvedRules;
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace waymark::detail
