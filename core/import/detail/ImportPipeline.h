// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import's moving parts, used only by FeedbackImporter.cpp: the rows the reading
// thread prepares, the bounded queue between the threads and the bulk writer. The
// indexes stay up to date while rows are stored: rows arrive in id order, so the
// source index grows at its end and the attachment index at a few hundred places.

#include "model/FeedbackItem.h"
#include "storage/SqlUtil.h"
#include "import/FeedbackImporter.h"
#include "TouchpointIndex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QStringEncoder>

#include <sqlite3.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark::detail {

using namespace Qt::StringLiterals;

inline QString importTr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}


/// Strings kept compactly for the duplicate check: their UTF-8 one after the other in
/// one arena, found through an open-addressing table of 64-bit hashes (16 bytes a string
/// instead of a hash node each: a million response ids take about 45 MB, and a lookup
/// touches one slot and one arena position).
class CompactStringSet
{
public:
    /// Inserts `s`; false when it was there already.
    bool insert(const QString &s)
    {
        const size_t most = size_t(s.size()) * 3;
        if (m_scratch.size() < most)
            m_scratch.resize(most);
        char *end = m_encoder.appendToBuffer(m_scratch.data(), s);
        return insert(std::string_view(m_scratch.data(), size_t(end - m_scratch.data())));
    }
    /// Inserts the UTF-8 string `key`; false when it was there already.
    bool insert(std::string_view key)
    {
        if (key.size() > kLongest) {
            // A response id of kilobytes (a column mapped by mistake) is kept as its 128-bit hash.
            const XXH128_hash_t digest = XXH3_128bits(key.data(), key.size());
            std::memcpy(m_digest, &digest, sizeof digest);
            key = std::string_view(m_digest, sizeof digest);
        }
        const quint64 hash = XXH3_64bits(key.data(), key.size());
        if ((m_size + 1) * 2 > m_slots.size())
            grow(std::max<size_t>(1024, m_slots.size() * 2));
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.length == 0) {
                slot.hash = hash;
                slot.offset = m_arena.size();
                slot.length = quint64(key.size()) + 1;
                m_arena.insert(m_arena.end(), key.begin(), key.end());
                ++m_size;
                return true;
            }
            if (slot.hash == hash && slot.length == quint64(key.size()) + 1
                && std::memcmp(m_arena.data() + slot.offset, key.data(), key.size()) == 0)
                return false;
        }
    }
    void reserve(qsizetype n)
    {
        size_t count = 1024;
        while (count < size_t(n) * 2)
            count *= 2;
        if (count > m_slots.size())
            grow(count);
    }

private:
    static constexpr size_t kLongest = 4096;
    struct Slot
    {
        quint64 hash = 0;
        quint64 offset : 40 = 0;
        quint64 length : 24 = 0; ///< bytes + 1; 0: the slot is free
    };
    void grow(size_t count)
    {
        std::vector<Slot> old(count);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.length == 0)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots[i].length != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    std::vector<char> m_scratch;
    char m_digest[16] = {};
    size_t m_size = 0;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

/// One record read, parsed and checked on the reading thread, ready to be stored. Plain
/// data, so a batch of them costs no allocation per row: its texts are UTF-8 (SQLite's
/// encoding: nothing to convert on the storing thread) in the batch's buffer, one after
/// the other, and its problems are in the batch's list.
struct RowRecord
{
    /// The text columns in the order the writer binds them, then the raw cells.
    enum Text { ResponseId, Date, Channel, Segment, RespondentId, Touchpoint, Stage, Comment, Raw, TextCount };

    size_t start = 0;                          ///< where its texts begin in Batch::texts
    std::array<quint32, TextCount> ends = {};  ///< where text i ends, counted from `start`
    qint64 row = 0;                            ///< as the user finds it: header rows included
    qint64 rowHash = 0;                        ///< of all the cells, for a row without a response id
    double sentiment = 0;                      ///< of the comment
    qint64 touchpoint = 0;                     ///< the touchpoint it attaches to; 0: none
    int nps = -1, csat = -1, ces = -1;         ///< -1: no value
    quint32 firstProblem = 0, problemCount = 0; ///< values dropped from this row, in Batch::problems
    bool hasRowHash = false;
    bool hasSentiment = false;
    bool duplicate = false;
    bool byRule = false; ///< attached by an attachment rule

    std::string_view text(const std::string &texts, int t) const
    {
        const quint32 from = t == 0 ? 0 : ends[size_t(t) - 1];
        return std::string_view(texts).substr(start + from, ends[size_t(t)] - from);
    }
};

struct Batch
{
    std::string texts;
    std::vector<RowRecord> rows;
    std::vector<ImportProblem> problems;
    std::vector<TouchpointIndex::Created> created; ///< to add before the rows (they attach to them)
    qint64 rowsRead = 0;
    qint64 done = 0;

    /// Empties it for the next rows, keeping its memory.
    void clear()
    {
        texts.clear();
        rows.clear();
        problems.clear();
        created.clear();
        rowsRead = 0;
        done = 0;
    }
};

/// Batches from one thread of the import to the next (reading → sentiment → storing);
/// bounded so memory stays flat.
class BatchQueue
{
public:
    bool push(Batch &&b)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < 8 || m_cancelled; });
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(b));
        m_notEmpty.notify_one();
        return true;
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return std::nullopt;
        Batch b = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    /// Drops what is queued and wakes both sides: push fails and pop returns nothing.
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_closed = true;
        m_queue.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    /// Hands a stored batch back, so its memory is freed by the thread that allocated it.
    void recycle(Batch &&b)
    {
        std::lock_guard lock(m_mutex);
        m_used.push_back(std::move(b));
    }
    std::deque<Batch> takeRecycled()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_used, {});
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<Batch> m_queue;
    std::deque<Batch> m_used;
    bool m_closed = false;
    bool m_cancelled = false;
};

inline sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

/// The bulk insert of feedback rows and attachments through SQLite's own API. Rows are
/// bound many to one statement (`INSERT … VALUES (…), (…), …`): within one statement
/// SQLite keeps its cursors where the last row went, so a row that goes to the end of
/// the table and of its indexes (every new row does) costs no search from the root;
/// one statement per row would search all three trees from the root every time.
/// Statements are prepared once for the whole import; rows are added, then written by
/// `flush` (before their batch's texts go).
class FeedbackWriter
{
public:
    static constexpr int rowsPerStatement = 64;
    static constexpr int attachmentsPerStatement = 256;

    ~FeedbackWriter()
    {
        for (sqlite3_stmt *s : {m_item, m_items, m_attach, m_attachments})
            sqlite3_finalize(s);
    }
    Result<void> prepare(sqlite3 *db)
    {
        m_db = db;
        if (!db)
            return makeError(Error::Code::Sql, importTr("Could not store feedback: the database is not open"));
        auto repeated = [](const char *head, const char *values, int count) {
            std::string sql = head;
            for (int i = 0; i < count; ++i)
                sql += (i == 0 ? " VALUES" : ",") + std::string(values);
            return sql;
        };
        const char *item = "INSERT INTO feedback_item(id, source_id, response_id, date, channel, segment, respondent_id,"
                           " touchpoint, stage, nps, csat, csat_scale, ces, ces_scale, comment, raw, row_hash, sentiment)";
        const char *itemValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        const char *attach = "INSERT OR IGNORE INTO attachment(feedback_id, touchpoint_id)";
        const std::pair<std::string, sqlite3_stmt **> statements[] = {
            {repeated(item, itemValues, 1), &m_item},
            {repeated(item, itemValues, rowsPerStatement), &m_items},
            {repeated(attach, "(?, ?)", 1), &m_attach},
            {repeated(attach, "(?, ?)", attachmentsPerStatement), &m_attachments},
        };
        for (const auto &[sql, statement] : statements)
            if (sqlite3_prepare_v3(db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, statement, nullptr)
                != SQLITE_OK)
                return failure();
        return {};
    }
    /// What every row of this import shares.
    void setShared(qint64 sourceId, int csatScale, int cesScale)
    {
        m_sourceId = sourceId;
        m_csatScale = csatScale;
        m_cesScale = cesScale;
    }
    /// Adds row `r` of `batch` as item `id`; `batch` stays until the next flush.
    void insert(const Batch &batch, const RowRecord &r, qint64 id) { m_rows.push_back({&batch, &r, id}); }
    void attach(qint64 item, TouchpointId touchpoint) { m_attachmentsToWrite.push_back({item, touchpoint.value}); }
    /// Writes what was added.
    Result<void> flush()
    {
        const auto rows = std::exchange(m_rows, {});
        const auto attachments = std::exchange(m_attachmentsToWrite, {});
        size_t i = 0;
        for (; i + rowsPerStatement <= rows.size(); i += rowsPerStatement) {
            int rc = SQLITE_OK;
            for (int k = 0; k < rowsPerStatement; ++k)
                rc |= bindRow(m_items, k * kItemColumns, rows[i + size_t(k)]);
            if (auto r = run(m_items, rc); !r)
                return r;
        }
        for (; i < rows.size(); ++i)
            if (auto r = run(m_item, bindRow(m_item, 0, rows[i])); !r)
                return r;
        size_t a = 0;
        for (; a + attachmentsPerStatement <= attachments.size(); a += attachmentsPerStatement) {
            int rc = SQLITE_OK;
            for (int k = 0; k < attachmentsPerStatement; ++k) {
                rc |= sqlite3_bind_int64(m_attachments, 2 * k + 1, attachments[a + size_t(k)].first);
                rc |= sqlite3_bind_int64(m_attachments, 2 * k + 2, attachments[a + size_t(k)].second);
            }
            if (auto r = run(m_attachments, rc); !r)
                return r;
        }
        for (; a < attachments.size(); ++a) {
            int rc = sqlite3_bind_int64(m_attach, 1, attachments[a].first);
            rc |= sqlite3_bind_int64(m_attach, 2, attachments[a].second);
            if (auto r = run(m_attach, rc); !r)
                return r;
        }
        return {};
    }

private:
    static constexpr int kItemColumns = 18;
    struct PendingRow
    {
        const Batch *batch;
        const RowRecord *row;
        qint64 id;
    };

    int bindRow(sqlite3_stmt *s, int offset, const PendingRow &p) const
    {
        const RowRecord &r = *p.row;
        auto text = [&](int index, int t) {
            const std::string_view v = r.text(p.batch->texts, t);
            return sqlite3_bind_text(s, offset + index, v.data(), int(v.size()), SQLITE_STATIC);
        };
        auto optionalInt = [&](int index, int value) {
            return value >= 0 ? sqlite3_bind_int(s, offset + index, value) : sqlite3_bind_null(s, offset + index);
        };
        int rc = sqlite3_bind_int64(s, offset + 1, p.id);
        rc |= sqlite3_bind_int64(s, offset + 2, m_sourceId);
        for (int t = RowRecord::ResponseId; t <= RowRecord::Stage; ++t)
            rc |= text(3 + t, t);
        rc |= optionalInt(10, r.nps);
        rc |= optionalInt(11, r.csat);
        rc |= sqlite3_bind_int(s, offset + 12, m_csatScale);
        rc |= optionalInt(13, r.ces);
        rc |= sqlite3_bind_int(s, offset + 14, m_cesScale);
        rc |= text(15, RowRecord::Comment);
        rc |= text(16, RowRecord::Raw);
        rc |= r.hasRowHash ? sqlite3_bind_int64(s, offset + 17, r.rowHash) : sqlite3_bind_null(s, offset + 17);
        rc |= r.hasSentiment ? sqlite3_bind_double(s, offset + 18, r.sentiment) : sqlite3_bind_null(s, offset + 18);
        return rc;
    }
    Result<void> run(sqlite3_stmt *s, int bindResult)
    {
        const int rc = bindResult == SQLITE_OK ? sqlite3_step(s) : bindResult;
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return failure();
        return {};
    }
    Error failure() const
    {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        return makeError(Error::Code::Sql,
                         detail.contains(u"full"_s)
                             ? importTr("Could not store a feedback item: the disk is full. Free some space and try again.")
                             : importTr("Could not store a feedback item"),
                         detail);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_item = nullptr;
    sqlite3_stmt *m_items = nullptr;
    sqlite3_stmt *m_attach = nullptr;
    sqlite3_stmt *m_attachments = nullptr;
    std::vector<PendingRow> m_rows;
    std::vector<std::pair<qint64, qint64>> m_attachmentsToWrite;
    qint64 m_sourceId = 0;
    int m_csatScale = 5;
    int m_cesScale = 7;
};

} // namespace waymark::detail
