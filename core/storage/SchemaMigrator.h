// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace waymark {

/// Brings a workspace database forward to the current schema, one migration per version,
/// each in its own transaction. Version 0 is an empty database.
class SchemaMigrator
{
public:
    /// `PRAGMA application_id` of every Waymark workspace: "WYMK".
    static constexpr int applicationId = 0x57594D4B;
    /// `PRAGMA user_version` this build writes.
    static constexpr int currentVersion = 8;

    explicit SchemaMigrator(QSqlDatabase db);

    Result<int> version() const;
    /// Migrates up to `target` (default: current). Never migrates backwards.
    Result<void> migrate(int target = currentVersion);

private:
    Result<void> apply(int toVersion);

    QSqlDatabase m_db;
};

} // namespace waymark
