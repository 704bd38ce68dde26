// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCopy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace waymark {
namespace {

QString pathFor(const QString &id, const char *suffix)
{
    return WorkingCopy::directory() + QLatin1Char('/') + id + QLatin1String(suffix);
}

void removeFiles(const QString &id)
{
    for (const char *suffix : {".waymark", ".waymark-wal", ".waymark-shm", ".waymark-journal", ".json"})
        QFile::remove(pathFor(id, suffix));
}

} // namespace

QString WorkingCopy::directory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base + QStringLiteral("/working");
}

WorkingCopy::WorkingCopy(QString id, std::unique_ptr<QLockFile> lock) : m_id(std::move(id)), m_lock(std::move(lock)) {}

WorkingCopy::~WorkingCopy() = default;

Result<std::unique_ptr<WorkingCopy>> WorkingCopy::create()
{
    if (!QDir().mkpath(directory()))
        return makeError(Error::Code::Io,
                         QObject::tr("Could not create the folder for recovery copies, “%1”. Check that your home "
                                     "folder is writable and not full.")
                             .arg(QDir::toNativeSeparators(directory())));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(pathFor(id, ".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return makeError(Error::Code::Io, QObject::tr("Could not lock a recovery copy in “%1”.")
                                              .arg(QDir::toNativeSeparators(directory())));
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy(id, std::move(lock)));
    copy->writeSidecar();
    return copy;
}

QList<RecoverableCopy> WorkingCopy::findRecoverable()
{
    QList<RecoverableCopy> out;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString id = info.completeBaseName();
        QLockFile probe(pathFor(id, ".lock"));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue; // its Waymark is still running
        QFile file(info.filePath());
        QJsonObject meta;
        if (file.open(QIODevice::ReadOnly))
            meta = QJsonDocument::fromJson(file.readAll()).object();
        const bool usable = QFileInfo::exists(pathFor(id, ".waymark"));
        if (!usable || !meta.value(QStringLiteral("modified")).toBool()) {
            removeFiles(id); // nothing unsaved in it
            probe.unlock();
            QFile::remove(pathFor(id, ".lock"));
            continue;
        }
        probe.unlock();
        RecoverableCopy copy;
        copy.id = id;
        copy.databasePath = pathFor(id, ".waymark");
        copy.origin = meta.value(QStringLiteral("origin")).toString();
        copy.title = meta.value(QStringLiteral("title")).toString();
        copy.lastEdit = QFileInfo(pathFor(id, ".waymark-wal")).exists()
            ? qMax(QFileInfo(pathFor(id, ".waymark-wal")).lastModified(), QFileInfo(copy.databasePath).lastModified())
            : QFileInfo(copy.databasePath).lastModified();
        out.append(copy);
    }
    return out;
}

Result<std::unique_ptr<WorkingCopy>> WorkingCopy::adopt(const RecoverableCopy &copy)
{
    auto lock = std::make_unique<QLockFile>(pathFor(copy.id, ".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return makeError(Error::Code::Locked, QObject::tr("This recovery copy is already being recovered by another Waymark."));
    std::unique_ptr<WorkingCopy> wc(new WorkingCopy(copy.id, std::move(lock)));
    wc->m_origin = copy.origin;
    wc->m_title = copy.title;
    wc->m_modified = true;
    wc->writeSidecar();
    return wc;
}

void WorkingCopy::discard(const RecoverableCopy &copy)
{
    QLockFile lock(pathFor(copy.id, ".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return;
    removeFiles(copy.id);
    lock.unlock();
}

QString WorkingCopy::databasePath() const
{
    return pathFor(m_id, ".waymark");
}

void WorkingCopy::setOrigin(const QString &origin, const QString &title)
{
    m_origin = origin;
    m_title = title;
    writeSidecar();
}

void WorkingCopy::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    writeSidecar();
}

void WorkingCopy::remove()
{
    removeFiles(m_id);
    m_removed = true;
    m_lock->unlock();
}

void WorkingCopy::writeSidecar() const
{
    if (m_removed)
        return;
    QSaveFile file(pathFor(m_id, ".json"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject meta{{QStringLiteral("origin"), m_origin},
                           {QStringLiteral("title"), m_title},
                           {QStringLiteral("modified"), m_modified}};
    file.write(QJsonDocument(meta).toJson());
    file.commit();
}

} // namespace waymark
