// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/WorkspaceData.h"
#include "model/Workspace.h"
#include "storage/WorkspaceStore.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace waymark {

class FileLock;
class WorkingCopy;
struct RecoverableCopy;

/// Proof that a call comes from an undo command: the document's mutators take one, and
/// only `Command` can make it, so every edit goes through the undo stack.
class EditKey
{
    friend class Command;
    EditKey() = default;
};

/// An open workspace: the model, its undo stack, and the working copy that every
/// completed edit is committed to at once. The public API is read-only; edits are
/// undo commands (core/commands) pushed with `execute()`.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    /// A new untitled workspace, empty or filled from `data` (a template, an import).
    static Result<std::unique_ptr<Document>> create(const WorkspaceData *data = nullptr);
    /// Opens a `.waymark` file. ReadWrite locks it and edits a private working copy.
    static Result<std::unique_ptr<Document>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    /// Reopens the working copy of a Waymark that ended without saving.
    static Result<std::unique_ptr<Document>> recover(const RecoverableCopy &copy);

    ~Document() override;

    const Workspace &workspace() const { return m_workspace; }
    const WorkspaceStore &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The user's file; empty for an untitled workspace.
    QString filePath() const { return m_filePath; }
    /// The name shown in the title bar and tabs.
    QString displayName() const;
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }

    /// Pushes `command` onto the undo stack (which runs it). Refused, and the command
    /// deleted, when the document is read-only.
    bool execute(QUndoCommand *command);
    /// A new id, unique across the workspace.
    qint64 allocateId() { return m_nextId++; }

    /// Writes the user's file atomically. Fails for an untitled workspace.
    Result<void> save();
    /// Writes to `path` atomically and continues with that file.
    Result<void> saveAs(const QString &path);
    /// Discards every edit since the last save.
    Result<void> revert();
    /// Releases the working copy and locks after the user closed the workspace.
    void close();

    // Mutators: only undo commands can call them. -------------------------------------
    template <class T>
    void insertEntity(EditKey, qsizetype index, const T &entity);
    template <class T>
    T takeEntity(EditKey, typename T::IdType id);
    /// Appends `entities` (all of one kind) to the end of their list as one change: the
    /// writes go into the undo step's one transaction and the views hear one
    /// `entitiesAdded` instead of one `entityAdded` per entity. `Stored::Already`: the
    /// working copy holds exactly these rows, committed and synced (an import wrote them
    /// on its worker thread), so nothing is written again.
    enum class Stored { No, Already };
    template <class T>
    void appendEntities(EditKey, const QList<T> &entities, Stored stored = Stored::No);
    /// Removes the entities `ids` (all of one kind) as one change, with one
    /// `entitiesRemoved`; returns them in the order of `ids`.
    template <class T>
    QList<T> takeEntities(EditKey, const QList<typename T::IdType> &ids);
    template <class T>
    void replaceEntity(EditKey, const T &entity);
    template <class T>
    void moveEntity(EditKey, typename T::IdType id, qsizetype toIndex);
    void setWorkspaceInfo(EditKey, const QString &name, const QString &description);
    void attach(EditKey, const QList<AttachmentPair> &pairs);
    void detach(EditKey, const QList<AttachmentPair> &pairs);
    /// Feedback that an import wrote into the working copy beside the document (see
    /// FeedbackImportJob) becomes part of the document: views reload.
    void announceFeedbackSource(EditKey, FeedbackSourceId source);
    /// Removes a feedback source, its items and their attachments, keeping them in the
    /// connection's temporary tables named after `stash` until `restoreFeedbackSource`.
    void stashFeedbackSource(EditKey, FeedbackSourceId source, const QString &stash);
    /// Puts back what `stashFeedbackSource` removed, and drops the stash.
    void restoreFeedbackSource(EditKey, const QString &stash);

signals:
    void entityAdded(waymark::EntityKind kind, qint64 id);
    void entityChanged(waymark::EntityKind kind, qint64 id);
    void entityRemoved(waymark::EntityKind kind, qint64 id);
    void entityMoved(waymark::EntityKind kind, qint64 id);
    /// Many entities of one kind came or went in one change (an import, its undo or
    /// redo), in the order they were added or removed. Views refresh once; these are not
    /// announced through entityAdded / entityRemoved as well.
    void entitiesAdded(waymark::EntityKind kind, const QList<qint64> &ids);
    void entitiesRemoved(waymark::EntityKind kind, const QList<qint64> &ids);
    void workspaceInfoChanged();
    void attachmentsChanged(const QList<qint64> &touchpointIds);
    /// Feedback items were added or removed (an import, its undo or redo).
    void feedbackChanged();
    /// The whole model was replaced (revert): views rebuild.
    void workspaceReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    /// A completed edit could not be written to the working copy (disk full, I/O error).
    void storageFailed(const QString &message);

private:
    Document();
    Result<void> adoptStore(std::unique_ptr<WorkspaceStore> store);
    void persist(const std::function<Result<void>()> &write);
    void commitPending();
    Result<void> resyncStore();
    void updateModified();

    Workspace m_workspace;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<WorkingCopy> m_workingCopy;
    std::unique_ptr<FileLock> m_lock;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    qint64 m_nextId = 1;
    bool m_readOnly = false;
    bool m_forcedModified = false; ///< recovered or created from data: unsaved without undo steps
    bool m_lastModified = false;
    bool m_diverged = false;       ///< the working copy missed an edit; rewrite it before the next commit
    bool m_commitQueued = false;
};

} // namespace waymark
