// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark {

/// The recently opened workspaces, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int maximum = 10;

    /// The list without files that no longer exist (those are pruned from the settings).
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace waymark
