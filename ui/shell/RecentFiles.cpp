// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace waymark {
namespace {
const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}
} // namespace

QStringList RecentFiles::list()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    if (existing.size() > maximum)
        existing.resize(maximum);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace waymark
