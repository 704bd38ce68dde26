// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrator.h"

#include "SqlUtil.h"

#include "sentiment/SentimentAnalyzer.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {
namespace {

// Version 1: the first released schema. Kept verbatim: files written by it must keep opening.
constexpr const char *kVersion1[] = {
    "CREATE TABLE workspace_info(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE persona(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " quote TEXT NOT NULL, age TEXT NOT NULL, occupation TEXT NOT NULL, location TEXT NOT NULL,"
    " family TEXT NOT NULL, segment TEXT NOT NULL, goals TEXT NOT NULL, needs TEXT NOT NULL,"
    " frustrations TEXT NOT NULL, behaviours TEXT NOT NULL, channels TEXT NOT NULL,"
    " expectations TEXT NOT NULL, traits TEXT NOT NULL, color TEXT NOT NULL, avatar BLOB)",
    "CREATE TABLE empathy_map(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, persona_id INTEGER,"
    " name TEXT NOT NULL)",
    "CREATE TABLE empathy_note(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, map_id INTEGER NOT NULL,"
    " quadrant TEXT NOT NULL, text TEXT NOT NULL, color TEXT NOT NULL)",
    "CREATE TABLE stakeholder_map(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE stakeholder(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, map_id INTEGER NOT NULL,"
    " name TEXT NOT NULL, role TEXT NOT NULL, department TEXT NOT NULL, attitude TEXT NOT NULL,"
    " power REAL NOT NULL, interest REAL NOT NULL, strategy TEXT NOT NULL, notes TEXT NOT NULL)",
    "CREATE TABLE journey(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " description TEXT NOT NULL, category TEXT NOT NULL, persona_id INTEGER)",
    "CREATE TABLE stage(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, journey_id INTEGER NOT NULL,"
    " name TEXT NOT NULL, description TEXT NOT NULL, color TEXT NOT NULL)",
    "CREATE TABLE lane(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, journey_id INTEGER NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL, color TEXT NOT NULL, hidden INTEGER NOT NULL)",
    "CREATE TABLE touchpoint(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, journey_id INTEGER NOT NULL,"
    " stage_id INTEGER NOT NULL, lane_id INTEGER NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
    " channel TEXT NOT NULL, assumed_emotion INTEGER, moment_of_truth INTEGER NOT NULL, owner TEXT NOT NULL,"
    " notes TEXT NOT NULL, color TEXT NOT NULL, severity INTEGER NOT NULL)",
    "CREATE TABLE transition(id INTEGER PRIMARY KEY, position INTEGER NOT NULL, journey_id INTEGER NOT NULL,"
    " from_id INTEGER NOT NULL, to_id INTEGER NOT NULL, volume REAL)",
    "CREATE TABLE feedback_source(id INTEGER PRIMARY KEY, name TEXT NOT NULL, preset TEXT NOT NULL,"
    " file_name TEXT NOT NULL, imported_at TEXT NOT NULL, columns TEXT NOT NULL, mapping TEXT NOT NULL)",
    "CREATE TABLE feedback_item(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, response_id TEXT NOT NULL,"
    " date TEXT NOT NULL, channel TEXT NOT NULL, segment TEXT NOT NULL, respondent_id TEXT NOT NULL,"
    " touchpoint TEXT NOT NULL, stage TEXT NOT NULL, nps INTEGER, csat INTEGER, csat_scale INTEGER NOT NULL,"
    " ces INTEGER, ces_scale INTEGER NOT NULL, comment TEXT NOT NULL, raw TEXT NOT NULL)",
    "CREATE TABLE attachment(feedback_id INTEGER NOT NULL, touchpoint_id INTEGER NOT NULL,"
    " PRIMARY KEY(feedback_id, touchpoint_id)) WITHOUT ROWID",
    "CREATE INDEX attachment_by_touchpoint ON attachment(touchpoint_id, feedback_id)",
};

// Version 2: to-be journeys, touchpoint keywords and targets, response-id lookup for re-import.
constexpr const char *kVersion2[] = {
    "ALTER TABLE journey ADD COLUMN variant TEXT NOT NULL DEFAULT 'as-is'",
    "ALTER TABLE touchpoint ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE touchpoint ADD COLUMN targets TEXT NOT NULL DEFAULT '{}'",
    "CREATE INDEX feedback_by_response ON feedback_item(source_id, response_id)",
};

// Version 3: re-import skips rows already imported, by response id or by a hash of the raw row.
constexpr const char *kVersion3[] = {
    "ALTER TABLE feedback_item ADD COLUMN row_hash TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX feedback_by_response_id ON feedback_item(response_id)",
    "CREATE INDEX feedback_by_row_hash ON feedback_item(row_hash)",
};

// Version 4: empathy notes promoted to journey cards and citing feedback; stakeholders as card owners.
constexpr const char *kVersion4[] = {
    "ALTER TABLE empathy_note ADD COLUMN linked_card INTEGER",
    "ALTER TABLE empathy_note ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE touchpoint ADD COLUMN owner_stakeholder INTEGER",
};

// Version 5: stage widths and lane heights set on the journey canvas (0: automatic).
constexpr const char *kVersion5[] = {
    "ALTER TABLE stage ADD COLUMN width INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE lane ADD COLUMN height INTEGER NOT NULL DEFAULT 0",
};

// Version 6: feedback stored lean for imports of millions of rows. The row hash is an
// 8-byte integer (XXH3-64 of the row's cells as JSON), kept only for rows without a
// response id, the only rows it identifies; `raw` of a row with a response id keeps only
// the cells no field maps (rows without one, and rows imported before, keep all cells); `sentiment` is the comment's compound score
// (NULL: no comment, or nothing in it to score). The lookups by response id and row hash
// are gone (an import loads the known ids into memory once); one on source_id stays for
// removing or undoing an import (rows arrive in id order, so it only ever grows at its end). The table is rebuilt (a
// column's type cannot change in place); every row keeps its id and values.
constexpr const char *kVersion6[] = {
    "CREATE TABLE feedback_item_v6(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, response_id TEXT NOT NULL,"
    " date TEXT NOT NULL, channel TEXT NOT NULL, segment TEXT NOT NULL, respondent_id TEXT NOT NULL,"
    " touchpoint TEXT NOT NULL, stage TEXT NOT NULL, nps INTEGER, csat INTEGER, csat_scale INTEGER NOT NULL,"
    " ces INTEGER, ces_scale INTEGER NOT NULL, comment TEXT NOT NULL, raw TEXT NOT NULL, row_hash INTEGER,"
    " sentiment REAL)",
    "INSERT INTO feedback_item_v6(id, source_id, response_id, date, channel, segment, respondent_id, touchpoint, stage,"
    " nps, csat, csat_scale, ces, ces_scale, comment, raw) SELECT id, source_id, response_id, date, channel, segment,"
    " respondent_id, touchpoint, stage, nps, csat, csat_scale, ces, ces_scale, comment, raw FROM feedback_item"
    " ORDER BY id",
    "DROP TABLE feedback_item",
    "ALTER TABLE feedback_item_v6 RENAME TO feedback_item",
    "CREATE INDEX feedback_by_source ON feedback_item(source_id)",
};

// Version 7: stages hidden on the journey canvas, as lanes have been since version 1.
constexpr const char *kVersion7[] = {
    "ALTER TABLE stage ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0",
};

// Version 8: feedback by touchpoint as a table the application keeps, instead of an index
// SQLite keeps. Each attachment is a row of both `attachment` (by item) and
// `attachment_by_touchpoint` (by touchpoint). An import adds its items in id order, so
// SQLite's index would take each new attachment at one of a few hundred places in the
// middle of its tree: half of a million-row import's time. The table takes them sorted,
// once, at the end of the import, where they only ever extend the tree.
// The table is filled while the index still exists: read in the index's order, the pairs
// need no sorting and only extend the new tree.
constexpr const char *kVersion8[] = {
    "CREATE TABLE attachment_by_touchpoint_v8(touchpoint_id INTEGER NOT NULL, feedback_id INTEGER NOT NULL,"
    " PRIMARY KEY(touchpoint_id, feedback_id)) WITHOUT ROWID",
    "INSERT INTO attachment_by_touchpoint_v8(touchpoint_id, feedback_id) SELECT touchpoint_id, feedback_id"
    " FROM attachment ORDER BY touchpoint_id, feedback_id",
    "DROP INDEX attachment_by_touchpoint",
    "ALTER TABLE attachment_by_touchpoint_v8 RENAME TO attachment_by_touchpoint",
};

/// Fills the version 6 columns of the rows carried over: the row hash of rows without a
/// response id (from their cells, all kept in `raw` before version 6) and the sentiment
/// of every comment.
bool fillVersion6(QSqlDatabase db, QSqlError &error)
{
    QSqlQuery rows(db);
    QSqlQuery update(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, response_id = '', raw, comment FROM feedback_item"
                                  " WHERE response_id = '' OR comment <> ''"))
        || !update.prepare(QStringLiteral("UPDATE feedback_item SET row_hash = ?, sentiment = ? WHERE id = ?"))) {
        error = rows.lastError().type() != QSqlError::NoError ? rows.lastError() : update.lastError();
        return false;
    }
    const auto sentiment = SentimentAnalyzer::shared();
    while (rows.next()) {
        const std::optional<double> score = sentiment->commentScore(rows.value(3).toString());
        update.bindValue(0, rows.value(1).toBool() ? QVariant(rowHash(rows.value(2).toString().toUtf8()))
                                                   : QVariant(QMetaType::fromType<qint64>()));
        update.bindValue(1, score ? QVariant(*score) : QVariant(QMetaType::fromType<double>()));
        update.bindValue(2, rows.value(0));
        if (!update.exec()) {
            error = update.lastError();
            return false;
        }
    }
    return true;
}

/// The row hash of versions 3 to 5: the first 32 hex digits of the SHA-1 of the raw cells
/// as JSON (replaced in version 6, which recomputes it).
QString legacyRowHash(const QString &rawJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawJson.toUtf8(), QCryptographicHash::Sha1).toHex().left(32));
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> SchemaMigrator::version() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QObject::tr("Could not read the schema version"), q.lastError());
    return q.value(0).toInt();
}

Result<void> SchemaMigrator::migrate(int target)
{
    auto current = version();
    if (!current)
        return current.error();
    for (int v = *current + 1; v <= target; ++v) {
        if (auto r = apply(v); !r)
            return r;
    }
    return {};
}

Result<void> SchemaMigrator::apply(int toVersion)
{
    QSqlQuery q(m_db);
    if (!m_db.transaction())
        return sqlError(QObject::tr("Could not start the schema migration"), m_db.lastError());
    auto run = [&](const char *sql) { return q.exec(QString::fromLatin1(sql)); };
    bool ok = true;
    QSqlError stepError;
    if (toVersion == 1) {
        for (const char *sql : kVersion1)
            ok = ok && run(sql);
        ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    } else if (toVersion == 2) {
        for (const char *sql : kVersion2)
            ok = ok && run(sql);
    } else if (toVersion == 4) {
        for (const char *sql : kVersion4)
            ok = ok && run(sql);
    } else if (toVersion == 5) {
        for (const char *sql : kVersion5)
            ok = ok && run(sql);
    } else if (toVersion == 6) {
        for (const char *sql : kVersion6)
            ok = ok && run(sql);
        ok = ok && fillVersion6(m_db, stepError);
    } else if (toVersion == 7) {
        for (const char *sql : kVersion7)
            ok = ok && run(sql);
    } else if (toVersion == 8) {
        for (const char *sql : kVersion8)
            ok = ok && run(sql);
    } else if (toVersion == 3) {
        for (const char *sql : kVersion3)
            ok = ok && run(sql);
        QSqlQuery rows(m_db);
        QSqlQuery update(m_db);
        ok = ok && rows.exec(QStringLiteral("SELECT id, raw FROM feedback_item"))
            && update.prepare(QStringLiteral("UPDATE feedback_item SET row_hash = ? WHERE id = ?"));
        while (ok && rows.next()) {
            update.addBindValue(legacyRowHash(rows.value(1).toString()));
            update.addBindValue(rows.value(0));
            ok = update.exec();
        }
        if (!ok && q.lastError().type() == QSqlError::NoError)
            stepError = update.lastError().type() != QSqlError::NoError ? update.lastError() : rows.lastError();
    }
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion));
    if (!ok) {
        const QSqlError error = stepError.type() != QSqlError::NoError ? stepError : q.lastError();
        m_db.rollback();
        return sqlError(QObject::tr("Could not upgrade the workspace to schema version %1").arg(toVersion), error);
    }
    if (!m_db.commit())
        return sqlError(QObject::tr("Could not upgrade the workspace to schema version %1").arg(toVersion),
                        m_db.lastError());
    return {};
}

} // namespace waymark
