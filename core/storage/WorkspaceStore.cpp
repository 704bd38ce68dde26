// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceStore.h"

#include "EntityTable.h"
#include "SchemaMigrator.h"
#include "SqlUtil.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>
// XXH3 (https://github.com/Cyan4973/xxHash), Debian's libxxhash-dev, compiled in: the
// row hash is stored in workspaces, so it must not change with a library's version.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <fcntl.h>
#include <unistd.h>

namespace waymark {

qint64 rowHash(QByteArrayView rawJsonUtf8)
{
    return qint64(XXH3_64bits(rawJsonUtf8.data(), size_t(rawJsonUtf8.size())));
}

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("waymark-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

quint32 bigEndian32(const QByteArray &header, int offset)
{
    const auto *b = reinterpret_cast<const unsigned char *>(header.constData() + offset);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

Result<void> fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return makeError(Error::Code::Io, QObject::tr("Could not open %1 to flush it to disk").arg(quoted(path)));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0 && !directory)
        return makeError(Error::Code::Io, QObject::tr("Could not flush %1 to disk").arg(quoted(path)),
                         QString::fromLocal8Bit(strerror(errno)));
    return {};
}

template <class T>
const QString &upsertSql()
{
    static const QString sql = [] {
        const QStringList c = QStringList{QStringLiteral("id"), QStringLiteral("position")} + EntityTable<T>::columns();
        QStringList marks;
        for (qsizetype i = 0; i < c.size(); ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("INSERT OR REPLACE INTO %1(%2) VALUES(%3)")
            .arg(EntityTable<T>::name(), c.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    }();
    return sql;
}

template <class T>
Result<void> loadList(const QSqlDatabase &db, EntityList<T> &list)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id,position,%1 FROM %2 ORDER BY position, id")
                            .arg(EntityTable<T>::columns().join(QLatin1Char(',')), EntityTable<T>::name());
    if (!q.exec(sql))
        return sqlError(QObject::tr("Could not read the table “%1”").arg(EntityTable<T>::name()), q.lastError());
    while (q.next())
        list.append(EntityTable<T>::read(q));
    return {};
}

qint64 countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

WorkspaceStore::WorkspaceStore(QSqlDatabase db, QString path, Access access)
    : m_db(std::move(db)), m_path(std::move(path)), m_access(access)
{
}

WorkspaceStore::~WorkspaceStore()
{
    const QString name = m_db.connectionName();
    if (m_inTransaction)
        m_db.rollback();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> WorkspaceStore::connect(const QString &path, Access access)
{
    // No allocation statistics (https://sqlite.org/c3ref/c_config_covering_index_scan.html,
    // SQLITE_CONFIG_MEMSTATUS): they take a global mutex on every allocation, measurable on
    // an import of a million rows. Only possible before SQLite's first use; harmless after.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    const bool newFile = access != Access::ReadOnly && QFileInfo(path).size() == 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return sqlError(QObject::tr("Could not open %1").arg(quoted(path)), error);
    }
    // Files from colleagues are untrusted: no schema-level code, no writes to the schema
    // through ordinary statements (SQLite's defensive mode, https://sqlite.org/security.html).
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data())) {
            sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
            sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
            sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
            sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        }
    }
    QSqlQuery q(db);
    // New workspaces use 16 KiB pages (SQLite's default is 4 KiB): a million feedback rows
    // and their attachment index are stored in about 40 % less time, with shallower
    // B-trees (measured: docs/benchmarks.md, Import). Only possible before the first table
    // and before WAL; existing files keep their page size.
    if (newFile)
        q.exec(QStringLiteral("PRAGMA page_size=16384"));
    if (access == Access::ReadWrite) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    } else if (access == Access::Staging) {
        q.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        // 16 MiB. A bulk import only ever writes at the ends of its trees, so a small cache
        // holds all it works on; a larger one only costs memory to fill and keep in order
        // (measured: 64 MiB took 0.27 s more of the storing thread for a million rows).
        q.exec(QStringLiteral("PRAGMA cache_size=-16384"));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    return db;
}

Result<void> WorkspaceStore::validate(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(Error::Code::NotFound,
                         QObject::tr("%1 does not exist. Check the path, or create it with “waymark-cli new”.").arg(quoted(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QObject::tr("%1 cannot be read: %2. Check its permissions.")
                                              .arg(quoted(path), file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return makeError(Error::Code::NotWaymark,
                         QObject::tr("%1 is not a Waymark workspace: it is not an SQLite database.").arg(quoted(path)));
    const quint32 userVersion = bigEndian32(header, 60);
    const quint32 appId = bigEndian32(header, 68);
    if (appId != quint32(SchemaMigrator::applicationId))
        return makeError(Error::Code::NotWaymark,
                         QObject::tr("%1 is an SQLite database but not a Waymark workspace (application id 0x%2).")
                             .arg(quoted(path), QString::number(appId, 16)));
    if (userVersion > quint32(SchemaMigrator::currentVersion))
        return makeError(Error::Code::NewerVersion,
                         QObject::tr("%1 was saved by a newer version of Waymark (file format %2; this version reads "
                                     "up to %3). Update Waymark to open it.")
                             .arg(quoted(path))
                             .arg(userVersion)
                             .arg(SchemaMigrator::currentVersion));
    auto db = connect(path, Access::ReadOnly);
    if (!db)
        return db.error();
    Result<void> result;
    {
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('view','trigger') LIMIT 1")))
            result = makeError(Error::Code::Corrupt,
                               QObject::tr("%1 is damaged: its schema cannot be read.").arg(quoted(path)),
                               q.lastError().text());
        else if (q.next())
            result = makeError(Error::Code::NotWaymark,
                               QObject::tr("%1 contains a %2 named “%3”. Waymark workspaces never do, so the file was "
                                           "changed outside Waymark and is not opened. Ask the sender for the original.")
                                   .arg(quoted(path), q.value(0).toString(), q.value(1).toString()));
    }
    const QString name = db->connectionName();
    db->close();
    *db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<std::unique_ptr<WorkspaceStore>> WorkspaceStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(Error::Code::InvalidInput, QObject::tr("%1 already exists.").arg(quoted(path)));
    auto db = connect(path, Access::ReadWrite);
    if (!db)
        return db.error();
    std::unique_ptr<WorkspaceStore> store(new WorkspaceStore(*db, path, Access::ReadWrite));
    if (auto r = SchemaMigrator(*db).migrate(); !r) {
        store.reset();
        QFile::remove(path);
        return r.error();
    }
    return store;
}

Result<std::unique_ptr<WorkspaceStore>> WorkspaceStore::open(const QString &path, Access access)
{
    if (auto r = validate(path); !r)
        return r.error();
    auto db = connect(path, access);
    if (!db)
        return db.error();
    std::unique_ptr<WorkspaceStore> store(new WorkspaceStore(*db, path, access));
    if (access != Access::ReadOnly) {
        if (auto r = SchemaMigrator(*db).migrate(); !r)
            return r.error();
    }
    if (access == Access::ReadOnly) {
        // Reading a file from an older Waymark must not upgrade it, and the current code
        // cannot read the old schema: read an upgraded in-memory copy instead.
        auto version = SchemaMigrator(*db).version();
        if (!version)
            return version.error();
        if (*version < SchemaMigrator::currentVersion) {
            sqlite3_int64 size = 0;
            sqlite3 *file = rawHandle(*db);
            unsigned char *bytes = file ? sqlite3_serialize(file, "main", &size, 0) : nullptr;
            *db = QSqlDatabase();
            store.reset();
            if (!bytes)
                return makeError(Error::Code::Io, QObject::tr("Could not read %1").arg(quoted(path)));
            if (size > 19 && bytes[18] == 2)
                bytes[18] = bytes[19] = 1; // an in-memory database has no write-ahead log
            auto memory = connect(QStringLiteral(":memory:"), Access::ReadWrite);
            if (!memory) {
                sqlite3_free(bytes);
                return memory.error();
            }
            store.reset(new WorkspaceStore(*memory, path, Access::ReadOnly));
            sqlite3 *copy = rawHandle(*memory);
            if (!copy
                || sqlite3_deserialize(copy, "main", bytes, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
                    != SQLITE_OK)
                return makeError(Error::Code::Io, QObject::tr("Could not read %1").arg(quoted(path)));
            if (auto r = SchemaMigrator(*memory).migrate(); !r)
                return r.error();
        }
    }
    return store;
}

Result<Workspace> WorkspaceStore::loadWorkspace() const
{
    Workspace w;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM workspace_info")))
            return sqlError(QObject::tr("Could not read %1").arg(quoted(m_path)), q.lastError());
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("name"))
                w.name = q.value(1).toString();
            else if (q.value(0).toString() == QLatin1String("description"))
                w.description = q.value(1).toString();
        }
    }
    Result<void> r;
    auto load = [&](auto &list) {
        if (r)
            r = loadList(m_db, list);
    };
    load(w.personas);
    load(w.empathyMaps);
    load(w.empathyNotes);
    load(w.stakeholderMaps);
    load(w.stakeholders);
    load(w.journeys);
    load(w.stages);
    load(w.lanes);
    load(w.touchpoints);
    load(w.transitions);
    if (!r)
        return r.error();
    return w;
}

Result<void> WorkspaceStore::setWorkspaceInfo(const QString &name, const QString &description)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_info(key, value) VALUES(?, ?)"));
    for (const auto &[key, value] : {std::pair{QStringLiteral("name"), name}, std::pair{QStringLiteral("description"), description}}) {
        q.addBindValue(key);
        q.addBindValue(textValue(value));
        if (!q.exec())
            return sqlError(QObject::tr("Could not store the workspace name"), q.lastError());
    }
    return {};
}

Result<void> WorkspaceStore::writeWorkspace(const Workspace &w)
{
    if (auto r = begin(); !r)
        return r;
    Result<void> r = setWorkspaceInfo(w.name, w.description);
    w.forEachList([&](const auto &list) {
        qsizetype position = 0;
        for (const auto &entity : list) {
            if (!r)
                return;
            r = upsert(entity, position++);
        }
    });
    if (!r) {
        rollback();
        return r;
    }
    return commit();
}

template <class T>
Result<void> WorkspaceStore::upsert(const T &entity, qsizetype position)
{
    QSqlQuery q(m_db);
    q.prepare(upsertSql<T>());
    q.addBindValue(entity.id.value);
    q.addBindValue(position);
    for (const QVariant &v : EntityTable<T>::values(entity))
        q.addBindValue(textValue(v));
    if (!q.exec())
        return sqlError(QObject::tr("Could not store a change in %1").arg(quoted(m_path)), q.lastError());
    return {};
}

template <class T>
Result<void> WorkspaceStore::remove(typename T::IdType id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(EntityTable<T>::name()));
    q.addBindValue(id.value);
    if (!q.exec())
        return sqlError(QObject::tr("Could not store a removal in %1").arg(quoted(m_path)), q.lastError());
    return {};
}

template <class T>
Result<void> WorkspaceStore::writePositions(const EntityList<T> &list)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND position <> ?").arg(EntityTable<T>::name()));
    qsizetype position = 0;
    for (const T &entity : list) {
        q.addBindValue(position);
        q.addBindValue(entity.id.value);
        q.addBindValue(position);
        if (!q.exec())
            return sqlError(QObject::tr("Could not store the new order in %1").arg(quoted(m_path)), q.lastError());
        ++position;
    }
    return {};
}

#define WAYMARK_INSTANTIATE(T)                                                                 \
    template Result<void> WorkspaceStore::upsert<T>(const T &, qsizetype);                      \
    template Result<void> WorkspaceStore::remove<T>(T::IdType);                                 \
    template Result<void> WorkspaceStore::writePositions<T>(const EntityList<T> &);
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

Result<void> WorkspaceStore::begin()
{
    if (m_inTransaction)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QObject::tr("Could not start a transaction on %1").arg(quoted(m_path)), q.lastError());
    m_inTransaction = true;
    return {};
}

Result<void> WorkspaceStore::commit()
{
    if (!m_inTransaction)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return sqlError(QObject::tr("Could not write changes to %1").arg(quoted(m_path)), error);
    }
    m_inTransaction = false;
    return {};
}

void WorkspaceStore::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

// Feedback ---------------------------------------------------------------------------

Result<void> WorkspaceStore::insertSource(const FeedbackSource &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO feedback_source(id, name, preset, file_name, imported_at, columns, mapping)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id.isValid() ? QVariant(s.id.value) : QVariant());
    q.addBindValue(textValue(s.name));
    q.addBindValue(textValue(s.preset));
    q.addBindValue(textValue(s.fileName));
    q.addBindValue(textValue(s.importedAt));
    q.addBindValue(jsonText(s.columns));
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.mapping).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(QObject::tr("Could not store the feedback source “%1”").arg(s.name), q.lastError());
    return {};
}

Result<void> WorkspaceStore::removeSource(FeedbackSourceId id)
{
    QSqlQuery q(m_db);
    const QString items = QStringLiteral("(SELECT id FROM feedback_item WHERE source_id = %1)").arg(id.value);
    bool ok = q.exec(QStringLiteral("DELETE FROM attachment WHERE feedback_id IN %1").arg(items))
        && q.exec(QStringLiteral("DELETE FROM attachment_by_touchpoint WHERE feedback_id IN %1").arg(items))
        && q.exec(QStringLiteral("DELETE FROM feedback_item WHERE source_id = %1").arg(id.value))
        && q.exec(QStringLiteral("DELETE FROM feedback_source WHERE id = %1").arg(id.value));
    if (!ok)
        return sqlError(QObject::tr("Could not remove a feedback source"), q.lastError());
    return {};
}

Result<QList<FeedbackSource>> WorkspaceStore::sources() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, preset, file_name, imported_at, columns, mapping FROM feedback_source ORDER BY id")))
        return sqlError(QObject::tr("Could not read the feedback sources"), q.lastError());
    QList<FeedbackSource> out;
    while (q.next()) {
        FeedbackSource s;
        s.id = FeedbackSourceId(q.value(0).toLongLong());
        s.name = q.value(1).toString();
        s.preset = q.value(2).toString();
        s.fileName = q.value(3).toString();
        s.importedAt = q.value(4).toString();
        s.columns = jsonStringList(q.value(5));
        s.mapping = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out.append(s);
    }
    return out;
}

Result<void> WorkspaceStore::insertFeedback(const QList<FeedbackItem> &items)
{
    // The bulk path of every import: SQLite's own API, binding UTF-16 straight from the
    // QStrings, instead of a QVariant per value through QSqlQuery.
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *db = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!db)
        return makeError(Error::Code::Sql, QObject::tr("Could not store feedback: the database is not open"));
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "INSERT INTO feedback_item(id, source_id, response_id, date, channel, segment, respondent_id,"
                      " touchpoint, stage, nps, csat, csat_scale, ces, ces_scale, comment, raw, row_hash, sentiment)"
                      " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const auto sentiment = SentimentAnalyzer::shared();
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(Error::Code::Sql, QObject::tr("Could not store feedback"), QString::fromUtf8(sqlite3_errmsg(db)));
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    auto text = [stmt](int index, const QString &value) {
        // Never NULL: the columns are NOT NULL and an empty answer is "".
        return sqlite3_bind_text16(stmt, index, value.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(value.utf16()), int(value.size() * 2),
                                   SQLITE_STATIC);
    };
    auto optionalInt = [stmt](int index, const std::optional<int> &value) {
        return value ? sqlite3_bind_int(stmt, index, *value) : sqlite3_bind_null(stmt, index);
    };
    for (const FeedbackItem &f : items) {
        const QString raw = jsonText(f.raw);
        const std::optional<double> score = sentiment->commentScore(f.comment);
        int rc = f.id.isValid() ? sqlite3_bind_int64(stmt, 1, f.id.value) : sqlite3_bind_null(stmt, 1);
        rc |= sqlite3_bind_int64(stmt, 2, f.sourceId.value);
        rc |= text(3, f.responseId);
        rc |= text(4, f.date);
        rc |= text(5, f.channel);
        rc |= text(6, f.segment);
        rc |= text(7, f.respondentId);
        rc |= text(8, f.touchpoint);
        rc |= text(9, f.stage);
        rc |= optionalInt(10, f.nps);
        rc |= optionalInt(11, f.csat);
        rc |= sqlite3_bind_int(stmt, 12, f.csatScale);
        rc |= optionalInt(13, f.ces);
        rc |= sqlite3_bind_int(stmt, 14, f.cesScale);
        rc |= text(15, f.comment);
        rc |= text(16, raw);
        rc |= f.responseId.isEmpty() ? sqlite3_bind_int64(stmt, 17, rowHash(raw.toUtf8())) : sqlite3_bind_null(stmt, 17);
        rc |= score ? sqlite3_bind_double(stmt, 18, *score) : sqlite3_bind_null(stmt, 18);
        if (rc != SQLITE_OK || sqlite3_step(stmt) != SQLITE_DONE) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
            return makeError(Error::Code::Sql,
                             detail.contains(QLatin1String("full"))
                                 ? QObject::tr("Could not store a feedback item: the disk is full. Free some space and try again.")
                                 : QObject::tr("Could not store a feedback item"),
                             detail);
        }
        sqlite3_reset(stmt);
    }
    return {};
}

Result<void> WorkspaceStore::forEachFeedback(const std::function<bool(const FeedbackItem &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, source_id, response_id, date, channel, segment, respondent_id, touchpoint,"
                               " stage, nps, csat, csat_scale, ces, ces_scale, comment, raw FROM feedback_item ORDER BY id")))
        return sqlError(QObject::tr("Could not read the feedback"), q.lastError());
    while (q.next()) {
        FeedbackItem f;
        f.id = FeedbackItemId(q.value(0).toLongLong());
        f.sourceId = FeedbackSourceId(q.value(1).toLongLong());
        f.responseId = q.value(2).toString();
        f.date = q.value(3).toString();
        f.channel = q.value(4).toString();
        f.segment = q.value(5).toString();
        f.respondentId = q.value(6).toString();
        f.touchpoint = q.value(7).toString();
        f.stage = q.value(8).toString();
        f.nps = optionalInt(q.value(9));
        f.csat = optionalInt(q.value(10));
        f.csatScale = q.value(11).toInt();
        f.ces = optionalInt(q.value(12));
        f.cesScale = q.value(13).toInt();
        f.comment = q.value(14).toString();
        f.raw = jsonStringList(q.value(15));
        if (!visit(f))
            break;
    }
    return {};
}

Result<QList<AttachmentPair>> WorkspaceStore::attachments() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT feedback_id, touchpoint_id FROM attachment ORDER BY feedback_id, touchpoint_id")))
        return sqlError(QObject::tr("Could not read the attachments"), q.lastError());
    QList<AttachmentPair> out;
    while (q.next())
        out.append({FeedbackItemId(q.value(0).toLongLong()), TouchpointId(q.value(1).toLongLong())});
    return out;
}

Result<QList<FeedbackItemId>> WorkspaceStore::attachedTo(TouchpointId touchpoint) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT feedback_id FROM attachment_by_touchpoint WHERE touchpoint_id = ? ORDER BY feedback_id"));
    q.addBindValue(touchpoint.value);
    if (!q.exec())
        return sqlError(QObject::tr("Could not read the attachments"), q.lastError());
    QList<FeedbackItemId> out;
    while (q.next())
        out.append(FeedbackItemId(q.value(0).toLongLong()));
    return out;
}

Result<void> WorkspaceStore::attach(const QList<AttachmentPair> &pairs)
{
    return forBothAttachmentTables(
        QStringLiteral("INSERT OR IGNORE INTO attachment(feedback_id, touchpoint_id) VALUES(?, ?)"),
        QStringLiteral("INSERT OR IGNORE INTO attachment_by_touchpoint(touchpoint_id, feedback_id) VALUES(?, ?)"), pairs,
        QObject::tr("Could not attach feedback"));
}

Result<void> WorkspaceStore::detach(const QList<AttachmentPair> &pairs)
{
    return forBothAttachmentTables(
        QStringLiteral("DELETE FROM attachment WHERE feedback_id = ? AND touchpoint_id = ?"),
        QStringLiteral("DELETE FROM attachment_by_touchpoint WHERE touchpoint_id = ? AND feedback_id = ?"), pairs,
        QObject::tr("Could not detach feedback"));
}

Result<void> WorkspaceStore::forBothAttachmentTables(const QString &byItemSql, const QString &byTouchpointSql,
                                                     const QList<AttachmentPair> &pairs, const QString &failure)
{
    // Each attachment is a row of both tables (schema version 8): `byItemSql` binds
    // (item, touchpoint), `byTouchpointSql` (touchpoint, item).
    QSqlQuery byItem(m_db), byTouchpoint(m_db);
    if (!byItem.prepare(byItemSql))
        return sqlError(failure, byItem.lastError());
    if (!byTouchpoint.prepare(byTouchpointSql))
        return sqlError(failure, byTouchpoint.lastError());
    for (const auto &[feedback, touchpoint] : pairs) {
        byItem.addBindValue(feedback.value);
        byItem.addBindValue(touchpoint.value);
        byTouchpoint.addBindValue(touchpoint.value);
        byTouchpoint.addBindValue(feedback.value);
        if (!byItem.exec())
            return sqlError(failure, byItem.lastError());
        if (!byTouchpoint.exec())
            return sqlError(failure, byTouchpoint.lastError());
    }
    return {};
}

Result<QList<AttachmentPair>> WorkspaceStore::detachAll(TouchpointId touchpoint)
{
    auto items = attachedTo(touchpoint);
    if (!items)
        return items.error();
    QList<AttachmentPair> pairs;
    for (FeedbackItemId f : *items)
        pairs.append({f, touchpoint});
    if (auto r = detach(pairs); !r)
        return r.error();
    return pairs;
}

Result<WorkspaceCounts> WorkspaceStore::counts() const
{
    WorkspaceCounts c;
    auto v = SchemaMigrator(m_db).version();
    if (!v)
        return v.error();
    c.schemaVersion = *v;
    const auto count = [this](const char *table) {
        return countOf(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    };
    c.personas = count("persona");
    c.empathyMaps = count("empathy_map");
    c.empathyNotes = count("empathy_note");
    c.stakeholderMaps = count("stakeholder_map");
    c.stakeholders = count("stakeholder");
    c.journeys = count("journey");
    c.stages = count("stage");
    c.lanes = count("lane");
    c.cards = count("touchpoint");
    c.touchpoints = countOf(m_db, QStringLiteral("SELECT count(*) FROM touchpoint t JOIN lane l ON l.id = t.lane_id"
                                                 " WHERE l.kind = 'touchpoints'"));
    c.transitions = count("transition");
    c.feedbackSources = count("feedback_source");
    c.feedbackItems = count("feedback_item");
    c.attachments = count("attachment");
    c.attachedItems = countOf(m_db, QStringLiteral("SELECT count(DISTINCT feedback_id) FROM attachment"));
    return c;
}

void WorkspaceStore::removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    QDir dir(info.absolutePath());
    const QString pattern = QLatin1Char('.') + info.fileName() + QStringLiteral(".*.tmp*");
    for (const QString &name : dir.entryList({pattern}, QDir::Files | QDir::Hidden))
        dir.remove(name);
}

Result<void> WorkspaceStore::snapshotTo(const QString &target) const
{
    const QFileInfo info(target);
    const QString dir = info.absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(Error::Code::NotFound, QObject::tr("The folder %1 does not exist.").arg(quoted(dir)));
    if (!QFileInfo(dir).isWritable()) // the new file is made beside the target, then renamed over it
        return makeError(Error::Code::Io, QObject::tr("Could not save %1: the folder %2 is read-only. Save to another "
                                                      "folder, or ask for write access to this one.")
                                              .arg(quoted(info.fileName()), quoted(dir)));
    const QString temp = temporaryPathFor(target);
    auto fail = [&](Error e) {
        QFile::remove(temp);
        return e;
    };
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec())
            return fail(sqlError(QObject::tr("Could not write %1").arg(quoted(target)), q.lastError()));
    }
    {
        // The copy is written in rollback-journal mode so that it opens read-only anywhere.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
        db.setDatabaseName(temp);
        bool ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return fail(makeError(Error::Code::Io, QObject::tr("Could not finish writing %1").arg(quoted(target))));
    }
    if (auto r = replaceFile(temp, target); !r)
        return fail(r.error());
    return {};
}

QString WorkspaceStore::temporaryPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".tmp");
}

Result<void> WorkspaceStore::replaceFile(const QString &temp, const QString &target)
{
    if (auto r = fsyncPath(temp, false); !r)
        return r;
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return makeError(Error::Code::Io, QObject::tr("Could not replace %1").arg(quoted(target)),
                         QString::fromLocal8Bit(strerror(errno)));
    fsyncPath(QFileInfo(target).absolutePath(), true);
    return {};
}

} // namespace waymark
