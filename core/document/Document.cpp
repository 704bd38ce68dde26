// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "storage/FileLock.h"
#include "storage/WorkingCopy.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace waymark {

Document::Document() : m_undoStack(new QUndoStack(this))
{
    // Each undo step (a command, a whole macro, a merged drag) ends with indexChanged:
    // that is when its writes are committed to the working copy.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        commitPending();
        updateModified();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { updateModified(); });
}

Document::~Document()
{
    commitPending();
}

Result<void> Document::adoptStore(std::unique_ptr<WorkspaceStore> store)
{
    auto workspace = store->loadWorkspace();
    if (!workspace)
        return workspace.error();
    m_store = std::move(store);
    m_workspace = std::move(*workspace);
    m_nextId = m_workspace.maxId() + 1;
    return {};
}

Result<std::unique_ptr<Document>> Document::create(const WorkspaceData *data)
{
    auto wc = WorkingCopy::create();
    if (!wc)
        return wc.error();
    auto store = WorkspaceStore::create((*wc)->databasePath());
    if (!store)
        return store.error();
    if (data) {
        if (auto r = data->writeTo(**store); !r)
            return r.error();
    }
    std::unique_ptr<Document> doc(new Document());
    if (auto r = doc->adoptStore(std::move(*store)); !r)
        return r.error();
    doc->m_workingCopy = std::move(*wc);
    doc->m_forcedModified = data != nullptr;
    doc->m_workingCopy->setOrigin({}, doc->displayName());
    doc->updateModified();
    return doc;
}

Result<std::unique_ptr<Document>> Document::open(const QString &path, OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto r = WorkspaceStore::validate(absolute); !r)
        return r.error();
    std::unique_ptr<Document> doc(new Document());
    doc->m_filePath = absolute;
    if (mode == OpenMode::ReadOnly) {
        auto store = WorkspaceStore::open(absolute, WorkspaceStore::Access::ReadOnly);
        if (!store)
            return store.error();
        if (auto r = doc->adoptStore(std::move(*store)); !r)
            return r.error();
        doc->m_readOnly = true;
        return doc;
    }
    auto lock = FileLock::acquire(absolute);
    if (!lock)
        return lock.error();
    auto wc = WorkingCopy::create();
    if (!wc)
        return wc.error();
    QFile::remove((*wc)->databasePath());
    if (!QFile::copy(absolute, (*wc)->databasePath())) {
        (*wc)->remove();
        return makeError(Error::Code::Io,
                         QObject::tr("Could not make a working copy of “%1”. Check that your home folder is not full.")
                             .arg(QFileInfo(absolute).fileName()));
    }
    QFile((*wc)->databasePath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    auto store = WorkspaceStore::open((*wc)->databasePath(), WorkspaceStore::Access::ReadWrite);
    if (!store) {
        (*wc)->remove();
        return store.error();
    }
    if (auto r = doc->adoptStore(std::move(*store)); !r) {
        doc->m_store.reset();
        (*wc)->remove();
        return r.error();
    }
    doc->m_lock = std::move(*lock);
    doc->m_workingCopy = std::move(*wc);
    doc->m_workingCopy->setOrigin(absolute, doc->displayName());
    return doc;
}

Result<std::unique_ptr<Document>> Document::recover(const RecoverableCopy &copy)
{
    auto wc = WorkingCopy::adopt(copy);
    if (!wc)
        return wc.error();
    std::unique_ptr<Document> doc(new Document());
    if (!copy.origin.isEmpty()) {
        // If another Waymark has the original open, saving over it would overwrite that
        // editor's work: the recovered workspace then has no file and Save asks for a name.
        auto lock = FileLock::acquire(copy.origin);
        if (lock) {
            doc->m_lock = std::move(*lock);
            doc->m_filePath = copy.origin;
        }
    }
    auto store = WorkspaceStore::open(copy.databasePath, WorkspaceStore::Access::ReadWrite);
    if (!store)
        return store.error();
    if (auto r = doc->adoptStore(std::move(*store)); !r)
        return r.error();
    doc->m_workingCopy = std::move(*wc);
    doc->m_forcedModified = true;
    doc->updateModified();
    return doc;
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_workspace.name.isEmpty())
        return m_workspace.name;
    return tr("Untitled");
}

bool Document::isModified() const
{
    return !m_readOnly && (m_forcedModified || !m_undoStack->isClean());
}

void Document::updateModified()
{
    const bool modified = isModified();
    if (m_workingCopy)
        m_workingCopy->setModified(modified);
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

bool Document::execute(QUndoCommand *command)
{
    if (m_readOnly) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

void Document::persist(const std::function<Result<void>()> &write)
{
    if (!m_store || m_readOnly || m_diverged)
        return;
    Result<void> r = m_store->begin();
    if (r)
        r = write();
    if (!r) {
        m_store->rollback();
        m_diverged = true;
        emit storageFailed(tr("An edit could not be written to the recovery copy: %1 Waymark keeps it in memory and "
                              "writes everything again with the next edit or Save.")
                               .arg(r.error().text()));
        return;
    }
    if (!m_commitQueued) {
        m_commitQueued = true;
        // Fallback for edits made outside an undo step's indexChanged (none in practice).
        QTimer::singleShot(0, this, [this] { commitPending(); });
    }
}

void Document::commitPending()
{
    m_commitQueued = false;
    if (!m_store || m_readOnly)
        return;
    if (m_diverged) {
        if (resyncStore())
            m_diverged = false;
        return;
    }
    if (auto r = m_store->commit(); !r) {
        m_diverged = true;
        emit storageFailed(r.error().text());
    }
}

Result<void> Document::resyncStore()
{
    // Rewrites the structure tables from the model after a failed write.
    m_store->rollback();
    if (auto r = m_store->begin(); !r)
        return r;
    QSqlQuery q(m_store->database());
    for (const char *table : {"persona", "empathy_map", "empathy_note", "stakeholder_map", "stakeholder", "journey",
                              "stage", "lane", "touchpoint", "transition"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
            m_store->rollback();
            return makeError(Error::Code::Sql, tr("Could not rewrite the recovery copy"));
        }
    }
    if (auto r = m_store->commit(); !r)
        return r;
    return m_store->writeWorkspace(m_workspace);
}

Result<void> Document::save()
{
    if (m_filePath.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("This workspace has no file yet. Use Save As."));
    if (m_readOnly)
        return makeError(Error::Code::InvalidInput, tr("This workspace is open read-only. Use Save As to keep a copy."));
    return saveAs(m_filePath);
}

Result<void> Document::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    commitPending();
    if (m_diverged)
        return makeError(Error::Code::Io, tr("Could not save: the recovery copy cannot be written. Free disk space and "
                                             "try again; nothing has been lost yet."));
    std::unique_ptr<FileLock> newLock;
    if (absolute != m_filePath && !m_readOnly) {
        auto lock = FileLock::acquire(absolute);
        if (!lock)
            return lock.error();
        newLock = std::move(*lock);
    }
    if (!m_readOnly)
        WorkspaceStore::removeStaleTemporaries(absolute); // left by a save that was killed; we hold the lock
    if (auto r = m_store->snapshotTo(absolute); !r)
        return r;
    if (m_readOnly)
        return {}; // a copy; this document stays as it is
    if (newLock)
        m_lock = std::move(newLock);
    const bool renamed = absolute != m_filePath;
    m_filePath = absolute;
    m_forcedModified = false;
    m_undoStack->setClean();
    if (m_workingCopy)
        m_workingCopy->setOrigin(m_filePath, displayName());
    updateModified();
    if (renamed)
        emit filePathChanged(m_filePath);
    return {};
}

Result<void> Document::revert()
{
    if (m_filePath.isEmpty() || m_readOnly)
        return makeError(Error::Code::InvalidInput, tr("There is no saved version to revert to."));
    if (auto r = WorkspaceStore::validate(m_filePath); !r)
        return r;
    auto wc = WorkingCopy::create();
    if (!wc)
        return wc.error();
    QFile::remove((*wc)->databasePath());
    if (!QFile::copy(m_filePath, (*wc)->databasePath())) {
        (*wc)->remove();
        return makeError(Error::Code::Io, tr("Could not read “%1” to revert.").arg(displayName()));
    }
    QFile((*wc)->databasePath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    auto store = WorkspaceStore::open((*wc)->databasePath(), WorkspaceStore::Access::ReadWrite);
    if (!store) {
        (*wc)->remove();
        return store.error();
    }
    auto workspace = (*store)->loadWorkspace();
    if (!workspace) {
        store->reset();
        (*wc)->remove();
        return workspace.error();
    }
    m_store.reset();
    if (m_workingCopy)
        m_workingCopy->remove();
    m_store = std::move(*store);
    m_workingCopy = std::move(*wc);
    m_workingCopy->setOrigin(m_filePath, displayName());
    m_workspace = std::move(*workspace);
    m_nextId = m_workspace.maxId() + 1;
    m_diverged = false;
    m_forcedModified = false;
    m_undoStack->clear();
    updateModified();
    emit workspaceReset();
    return {};
}

void Document::close()
{
    commitPending();
    m_store.reset();
    if (m_workingCopy)
        m_workingCopy->remove();
    m_workingCopy.reset();
    m_lock.reset();
}

// Mutators ------------------------------------------------------------------------------

template <class T>
void Document::insertEntity(EditKey, qsizetype index, const T &entity)
{
    auto &list = m_workspace.list<T>();
    list.insert(index, entity);
    m_nextId = qMax(m_nextId, entity.id.value + 1);
    const bool appended = list.indexOf(entity.id) == list.size() - 1;
    persist([&] {
        auto r = m_store->upsert(entity, list.indexOf(entity.id));
        return (r && !appended) ? m_store->writePositions(list) : r;
    });
    emit entityAdded(T::kind, entity.id.value);
}

template <class T>
T Document::takeEntity(EditKey, typename T::IdType id)
{
    auto &list = m_workspace.list<T>();
    const bool last = list.indexOf(id) == list.size() - 1;
    T entity = list.take(id);
    persist([&] {
        auto r = m_store->remove<T>(id);
        return (r && !last) ? m_store->writePositions(list) : r;
    });
    emit entityRemoved(T::kind, id.value);
    return entity;
}

template <class T>
void Document::appendEntities(EditKey, const QList<T> &entities, Stored stored)
{
    if (entities.isEmpty())
        return;
    auto &list = m_workspace.list<T>();
    const qsizetype first = list.size();
    QList<qint64> ids;
    ids.reserve(entities.size());
    for (const T &entity : entities) {
        list.append(entity);
        m_nextId = qMax(m_nextId, entity.id.value + 1);
        ids.append(entity.id.value);
    }
    if (stored == Stored::No)
        persist([&] {
            for (qsizetype i = 0; i < entities.size(); ++i)
                if (auto r = m_store->upsert(entities[i], first + i); !r)
                    return r;
            return Result<void>();
        });
    emit entitiesAdded(T::kind, ids);
}

template <class T>
QList<T> Document::takeEntities(EditKey, const QList<typename T::IdType> &ids)
{
    QList<T> taken;
    if (ids.isEmpty())
        return taken;
    auto &list = m_workspace.list<T>();
    // Positions of the rest change only when something before their end goes.
    bool fromEnd = true;
    taken.reserve(ids.size());
    for (const auto id : ids) {
        fromEnd = fromEnd && list.indexOf(id) == list.size() - 1;
        taken.append(list.take(id));
    }
    persist([&] {
        for (const auto id : ids)
            if (auto r = m_store->remove<T>(id); !r)
                return r;
        return fromEnd ? Result<void>() : m_store->writePositions(list);
    });
    QList<qint64> raw;
    raw.reserve(ids.size());
    for (const auto id : ids)
        raw.append(id.value);
    emit entitiesRemoved(T::kind, raw);
    return taken;
}

template <class T>
void Document::replaceEntity(EditKey, const T &entity)
{
    auto &list = m_workspace.list<T>();
    list.replace(entity);
    persist([&] { return m_store->upsert(entity, list.indexOf(entity.id)); });
    emit entityChanged(T::kind, entity.id.value);
}

template <class T>
void Document::moveEntity(EditKey, typename T::IdType id, qsizetype toIndex)
{
    auto &list = m_workspace.list<T>();
    list.move(list.indexOf(id), qBound<qsizetype>(0, toIndex, list.size() - 1));
    persist([&] { return m_store->writePositions(list); });
    emit entityMoved(T::kind, id.value);
}

void Document::setWorkspaceInfo(EditKey, const QString &name, const QString &description)
{
    m_workspace.name = name;
    m_workspace.description = description;
    persist([&] { return m_store->setWorkspaceInfo(name, description); });
    emit workspaceInfoChanged();
}

namespace {
QList<qint64> touchpointsOf(const QList<AttachmentPair> &pairs)
{
    QList<qint64> ids;
    for (const auto &pair : pairs)
        if (!ids.contains(pair.second.value))
            ids.append(pair.second.value);
    return ids;
}
} // namespace

void Document::attach(EditKey, const QList<AttachmentPair> &pairs)
{
    persist([&] { return m_store->attach(pairs); });
    emit attachmentsChanged(touchpointsOf(pairs));
}

void Document::detach(EditKey, const QList<AttachmentPair> &pairs)
{
    persist([&] { return m_store->detach(pairs); });
    emit attachmentsChanged(touchpointsOf(pairs));
}

namespace {
/// The touchpoints that items of `source` are attached to.
QList<qint64> touchpointsOfSource(const WorkspaceStore &store, FeedbackSourceId source)
{
    QList<qint64> ids;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT touchpoint_id FROM attachment WHERE feedback_id IN "
                             "(SELECT id FROM feedback_item WHERE source_id = ?)"));
    q.addBindValue(source.value);
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void> execAll(QSqlDatabase db, const QStringList &statements, const QList<QVariant> &bind = {})
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        q.prepare(sql);
        const int placeholders = int(sql.count(QLatin1Char('?')));
        for (int i = 0; i < placeholders; ++i)
            q.addBindValue(bind.value(i));
        if (!q.exec())
            return makeError(Error::Code::Sql, QObject::tr("Could not change the imported feedback"), q.lastError().text());
    }
    return {};
}
} // namespace

void Document::announceFeedbackSource(EditKey, FeedbackSourceId)
{
    // Every touchpoint rather than a query over a million new attachments on this thread.
    QList<qint64> touchpoints;
    for (const Touchpoint &t : m_workspace.touchpoints)
        touchpoints.append(t.id.value);
    if (!touchpoints.isEmpty())
        emit attachmentsChanged(touchpoints);
    emit feedbackChanged();
}

void Document::stashFeedbackSource(EditKey, FeedbackSourceId source, const QString &stash)
{
    const QList<qint64> touchpoints = touchpointsOfSource(*m_store, source);
    // Temporary tables live beside the connection, not in the workspace: the schema stays
    // as it is, and a million items are set aside and put back by SQLite alone.
    persist([&] {
        return execAll(m_store->database(),
                       {QStringLiteral("DROP TABLE IF EXISTS temp.%1_source").arg(stash),
                        QStringLiteral("DROP TABLE IF EXISTS temp.%1_item").arg(stash),
                        QStringLiteral("DROP TABLE IF EXISTS temp.%1_attachment").arg(stash),
                        QStringLiteral("CREATE TEMP TABLE %1_source AS SELECT * FROM main.feedback_source WHERE id = ?").arg(stash),
                        QStringLiteral("CREATE TEMP TABLE %1_item AS SELECT * FROM main.feedback_item WHERE source_id = ?").arg(stash),
                        QStringLiteral("CREATE TEMP TABLE %1_attachment AS SELECT * FROM main.attachment WHERE feedback_id IN "
                                       "(SELECT id FROM main.feedback_item WHERE source_id = ?)")
                            .arg(stash),
                        QStringLiteral("DELETE FROM main.attachment WHERE feedback_id IN "
                                       "(SELECT id FROM main.feedback_item WHERE source_id = ?)"),
                        QStringLiteral("DELETE FROM main.attachment_by_touchpoint WHERE feedback_id IN "
                                       "(SELECT id FROM main.feedback_item WHERE source_id = ?)"),
                        QStringLiteral("DELETE FROM main.feedback_item WHERE source_id = ?"),
                        QStringLiteral("DELETE FROM main.feedback_source WHERE id = ?")},
                       {source.value});
    });
    if (!touchpoints.isEmpty())
        emit attachmentsChanged(touchpoints);
    emit feedbackChanged();
}

void Document::restoreFeedbackSource(EditKey, const QString &stash)
{
    QList<qint64> touchpoints;
    persist([&] {
        auto r = execAll(m_store->database(),
                         {QStringLiteral("INSERT INTO main.feedback_source SELECT * FROM temp.%1_source").arg(stash),
                          QStringLiteral("INSERT INTO main.feedback_item SELECT * FROM temp.%1_item").arg(stash),
                          QStringLiteral("INSERT INTO main.attachment SELECT * FROM temp.%1_attachment").arg(stash),
                          QStringLiteral("INSERT INTO main.attachment_by_touchpoint(touchpoint_id, feedback_id)"
                                         " SELECT touchpoint_id, feedback_id FROM temp.%1_attachment"
                                         " ORDER BY touchpoint_id, feedback_id")
                              .arg(stash)});
        if (!r)
            return r;
        QSqlQuery q(m_store->database());
        if (q.exec(QStringLiteral("SELECT DISTINCT touchpoint_id FROM temp.%1_attachment").arg(stash)))
            while (q.next())
                touchpoints.append(q.value(0).toLongLong());
        return execAll(m_store->database(), {QStringLiteral("DROP TABLE temp.%1_source").arg(stash),
                                             QStringLiteral("DROP TABLE temp.%1_item").arg(stash),
                                             QStringLiteral("DROP TABLE temp.%1_attachment").arg(stash)});
    });
    if (!touchpoints.isEmpty())
        emit attachmentsChanged(touchpoints);
    emit feedbackChanged();
}

#define WAYMARK_INSTANTIATE(T)                                                                 \
    template void Document::insertEntity<T>(EditKey, qsizetype, const T &);                    \
    template T Document::takeEntity<T>(EditKey, T::IdType);                                     \
    template void Document::appendEntities<T>(EditKey, const QList<T> &, Stored);              \
    template QList<T> Document::takeEntities<T>(EditKey, const QList<T::IdType> &);             \
    template void Document::replaceEntity<T>(EditKey, const T &);                               \
    template void Document::moveEntity<T>(EditKey, T::IdType, qsizetype);
WAYMARK_INSTANTIATE(Persona)
WAYMARK_INSTANTIATE(EmpathyMap)
WAYMARK_INSTANTIATE(EmpathyNote)
WAYMARK_INSTANTIATE(StakeholderMap)
WAYMARK_INSTANTIATE(Stakeholder)
WAYMARK_INSTANTIATE(Journey)
WAYMARK_INSTANTIATE(Stage)
WAYMARK_INSTANTIATE(Lane)
WAYMARK_INSTANTIATE(Touchpoint)
WAYMARK_INSTANTIATE(Transition)
#undef WAYMARK_INSTANTIATE

} // namespace waymark
