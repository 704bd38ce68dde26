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
        std::string_view key(m_scratch.data(), size_t(end - m_scratch.data()));
        if (key.size() > kLongest) {
            // A response id of kilobytes (a column mapped by mistake) is kept as its 128-bit hash.
            const XXH128_hash_t digest = XXH3_128bits(key.data(), key.size());
            std::memcpy(m_scratch.data(), &digest, sizeof digest);
            key = std::string_view(m_scratch.data(), sizeof digest);
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
    size_t m_size = 0;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

/// One record read, parsed and checked on the reading thread, ready to be stored.
struct ParsedRow
{
    /// The text columns in the order the writer binds them, then the raw cells.
    enum Text { ResponseId, Date, Channel, Segment, RespondentId, Touchpoint, Stage, Comment, Raw, TextCount };

    FeedbackItem item; ///< without an id yet; of its texts only touchpoint and stage are kept
    /// The texts as UTF-8 (SQLite's encoding: nothing to convert on the writing thread),
    /// one after the other in one buffer; `ends[i]` is where text i ends.
    QByteArray texts;
    int ends[TextCount] = {};
    std::optional<qint64> rowHash; ///< of all the cells, for a row without a response id
    std::optional<double> sentiment; ///< of the comment
    QString touchpointKey, stageKey;
    int rule = -1;     ///< the first attachment rule the row matches
    qint64 row = 0;
    QList<ImportProblem> problems; ///< values dropped from this row
    bool duplicate = false;
};

struct Batch
{
    QList<ParsedRow> rows;
    qint64 rowsRead = 0;
    qint64 done = 0;
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

/// The bulk insert of feedback rows and attachments through SQLite's own API, with two
/// statements prepared once for the whole import.
class FeedbackWriter
{
public:
    ~FeedbackWriter()
    {
        sqlite3_finalize(m_item);
        sqlite3_finalize(m_attach);
    }
    Result<void> prepare(sqlite3 *db)
    {
        m_db = db;
        if (!db)
            return makeError(Error::Code::Sql, importTr("Could not store feedback: the database is not open"));
        const char *item = "INSERT INTO feedback_item(id, source_id, response_id, date, channel, segment, respondent_id,"
                           " touchpoint, stage, nps, csat, csat_scale, ces, ces_scale, comment, raw, row_hash, sentiment)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        const char *attach = "INSERT OR IGNORE INTO attachment(feedback_id, touchpoint_id) VALUES(?, ?)";
        if (sqlite3_prepare_v3(db, item, -1, SQLITE_PREPARE_PERSISTENT, &m_item, nullptr) != SQLITE_OK
            || sqlite3_prepare_v3(db, attach, -1, SQLITE_PREPARE_PERSISTENT, &m_attach, nullptr) != SQLITE_OK)
            return failure();
        return {};
    }
    Result<void> insert(const ParsedRow &p, qint64 id)
    {
        const FeedbackItem &f = p.item;
        auto text = [this, &p](int index, int t) {
            const int start = t == 0 ? 0 : p.ends[t - 1];
            return sqlite3_bind_text(m_item, index, p.texts.constData() + start, p.ends[t] - start, SQLITE_STATIC);
        };
        auto optionalInt = [this](int index, const std::optional<int> &value) {
            return value ? sqlite3_bind_int(m_item, index, *value) : sqlite3_bind_null(m_item, index);
        };
        int rc = sqlite3_bind_int64(m_item, 1, id);
        rc |= sqlite3_bind_int64(m_item, 2, f.sourceId.value);
        for (int t = ParsedRow::ResponseId; t <= ParsedRow::Stage; ++t)
            rc |= text(3 + t, t);
        rc |= optionalInt(10, f.nps);
        rc |= optionalInt(11, f.csat);
        rc |= sqlite3_bind_int(m_item, 12, f.csatScale);
        rc |= optionalInt(13, f.ces);
        rc |= sqlite3_bind_int(m_item, 14, f.cesScale);
        rc |= text(15, ParsedRow::Comment);
        rc |= text(16, ParsedRow::Raw);
        rc |= p.rowHash ? sqlite3_bind_int64(m_item, 17, *p.rowHash) : sqlite3_bind_null(m_item, 17);
        rc |= p.sentiment ? sqlite3_bind_double(m_item, 18, *p.sentiment) : sqlite3_bind_null(m_item, 18);
        if (rc != SQLITE_OK || sqlite3_step(m_item) != SQLITE_DONE) {
            sqlite3_reset(m_item);
            return failure();
        }
        sqlite3_reset(m_item);
        return {};
    }
    Result<void> attach(qint64 item, TouchpointId touchpoint)
    {
        sqlite3_bind_int64(m_attach, 1, item);
        sqlite3_bind_int64(m_attach, 2, touchpoint.value);
        const int rc = sqlite3_step(m_attach);
        sqlite3_reset(m_attach);
        if (rc != SQLITE_DONE)
            return failure();
        return {};
    }

private:
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
    sqlite3_stmt *m_attach = nullptr;
};

} // namespace waymark::detail
