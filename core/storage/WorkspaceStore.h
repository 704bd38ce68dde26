// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FeedbackItem.h"
#include "model/FeedbackSource.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace waymark {

/// How many of each thing a workspace holds (`waymark-cli info`).
struct WorkspaceCounts
{
    int schemaVersion = 0;
    qint64 personas = 0, empathyMaps = 0, empathyNotes = 0, stakeholderMaps = 0, stakeholders = 0;
    qint64 journeys = 0, stages = 0, lanes = 0, touchpoints = 0, cards = 0, transitions = 0;
    qint64 feedbackSources = 0, feedbackItems = 0, attachedItems = 0, attachments = 0;
};

using AttachmentPair = std::pair<FeedbackItemId, TouchpointId>;

/// One workspace database (a `.waymark` file or a working copy) behind one connection.
/// Opening validates the file as untrusted input: SQLite header, application id, schema
/// version, no views or triggers, SQLite's defensive mode on.
class WorkspaceStore
{
public:
    /// ReadWrite: a working copy (WAL, every commit synced). Staging: a private copy that
    /// replaces the user's file only when the whole operation succeeded (journal in
    /// memory, no syncs until `replaceFile`).
    enum class Access { ReadOnly, ReadWrite, Staging };

    /// Creates a new, empty workspace file at `path` (which must not exist).
    static Result<std::unique_ptr<WorkspaceStore>> create(const QString &path);
    /// Opens an existing workspace. ReadWrite migrates an older schema forward.
    static Result<std::unique_ptr<WorkspaceStore>> open(const QString &path, Access access);
    /// Checks that `path` is a workspace this build can open, without changing it.
    static Result<void> validate(const QString &path);

    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore &) = delete;
    WorkspaceStore &operator=(const WorkspaceStore &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QSqlDatabase database() const { return m_db; }

    Result<Workspace> loadWorkspace() const;
    /// Writes a whole workspace into this (empty) store, in one transaction.
    Result<void> writeWorkspace(const Workspace &workspace);
    Result<void> setWorkspaceInfo(const QString &name, const QString &description);

    template <class T>
    Result<void> upsert(const T &entity, qsizetype position);
    template <class T>
    Result<void> remove(typename T::IdType id);
    /// Stores the position of every entity in `list` (after an insert, remove or move).
    template <class T>
    Result<void> writePositions(const EntityList<T> &list);

    // Transactions: the document wraps each undo step in one.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Feedback ---------------------------------------------------------------------
    Result<void> insertSource(const FeedbackSource &source);
    Result<void> removeSource(FeedbackSourceId id);
    Result<QList<FeedbackSource>> sources() const;
    /// Inserts items; an item with an invalid id gets the next free one.
    Result<void> insertFeedback(const QList<FeedbackItem> &items);
    /// Calls `visit` for each item ordered by id until it returns false.
    Result<void> forEachFeedback(const std::function<bool(const FeedbackItem &)> &visit) const;
    Result<QList<AttachmentPair>> attachments() const;
    Result<QList<FeedbackItemId>> attachedTo(TouchpointId touchpoint) const;
    Result<void> attach(const QList<AttachmentPair> &pairs);
    Result<void> detach(const QList<AttachmentPair> &pairs);
    /// Removes every attachment of `touchpoint`, returning what was removed.
    Result<QList<AttachmentPair>> detachAll(TouchpointId touchpoint);

    Result<WorkspaceCounts> counts() const;

    /// Writes a consistent copy of this database to `target` atomically: at any instant
    /// `target` is the complete old file or the complete new one.
    Result<void> snapshotTo(const QString &target) const;
    /// Deletes the temporary files a killed `snapshotTo(target)` left beside `target`.
    /// Call only while holding the file's lock (no other save can be running).
    static void removeStaleTemporaries(const QString &target);
    /// A new unique temporary path beside `target` (same folder, so a rename is atomic).
    static QString temporaryPathFor(const QString &target);
    /// Flushes `temp` to disk and renames it over `target`, then flushes the folder.
    static Result<void> replaceFile(const QString &temp, const QString &target);

private:
    WorkspaceStore(QSqlDatabase db, QString path, Access access);
    static Result<QSqlDatabase> connect(const QString &path, Access access);
    /// Runs one statement on `attachment` and one on `attachment_by_touchpoint` per pair.
    Result<void> forBothAttachmentTables(const QString &byItemSql, const QString &byTouchpointSql,
                                         const QList<AttachmentPair> &pairs, const QString &failure);

    QSqlDatabase m_db;
    QString m_path;
    Access m_access;
    bool m_inTransaction = false;
};

} // namespace waymark
