// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace waymark {

QString FileLock::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    if (QFileInfo(info.absolutePath()).isWritable())
        return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/locks");
    QDir().mkpath(dir);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    const QString name = QFileInfo(path).fileName();
    if (lock->error() == QLockFile::LockFailedError)
        return makeError(Error::Code::Locked,
                         QObject::tr("“%1” is already open in Waymark (process %2 on %3). Close it there, or open it "
                                     "read-only.")
                             .arg(name)
                             .arg(pid)
                             .arg(host.isEmpty() ? QObject::tr("an unknown computer") : host));
    return makeError(Error::Code::Io, QObject::tr("Could not create the lock file for “%1”.").arg(name),
                     QDir::toNativeSeparators(lockPathFor(path)));
}

} // namespace waymark
