// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace waymark {

/// Marks a workspace file as open for editing, so a second Waymark (this user's or a
/// colleague's on a shared folder) is told and can open it read-only instead.
class FileLock
{
public:
    /// Locks `path`; fails with Error::Code::Locked naming who holds it.
    static Result<std::unique_ptr<FileLock>> acquire(const QString &path);
    /// The lock file used for `path` (beside it; in the user's data folder if that folder is read-only).
    static QString lockPathFor(const QString &path);

private:
    explicit FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace waymark
