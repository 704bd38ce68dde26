// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace waymark {

/// A working copy left behind by a Waymark that ended without saving (crash, kill -9,
/// power cut) and that holds edits its file does not.
struct RecoverableCopy
{
    QString id;
    QString databasePath;
    QString origin; ///< the user's file it was opened from; empty for an untitled workspace
    QString title;
    QDateTime lastEdit;
};

/// The private database an open workspace edits. Every completed edit is committed to
/// it at once; the user's file is only written on Save. A sidecar JSON records where it
/// came from and whether it holds unsaved edits; a lock file marks it as in use.
class WorkingCopy
{
public:
    /// The folder holding working copies (under the user's application data).
    static QString directory();
    static Result<std::unique_ptr<WorkingCopy>> create();
    /// Working copies with unsaved edits whose Waymark is no longer running.
    static QList<RecoverableCopy> findRecoverable();
    /// Takes over a recoverable copy (locks it).
    static Result<std::unique_ptr<WorkingCopy>> adopt(const RecoverableCopy &copy);
    /// Deletes a recoverable copy the user chose not to recover.
    static void discard(const RecoverableCopy &copy);

    ~WorkingCopy();

    QString databasePath() const;
    QString origin() const { return m_origin; }
    void setOrigin(const QString &origin, const QString &title);
    void setModified(bool modified);
    /// Removes the database and its sidecar files (after a clean close).
    void remove();

private:
    WorkingCopy(QString id, std::unique_ptr<QLockFile> lock);
    void writeSidecar() const;

    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QString m_origin;
    QString m_title;
    bool m_modified = false;
    bool m_removed = false;
};

} // namespace waymark
