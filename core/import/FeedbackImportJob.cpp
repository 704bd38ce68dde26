// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackImportJob.h"

#include "commands/ImportFeedbackCommand.h"
#include "document/Document.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace waymark {
namespace {

#ifdef Q_OS_LINUX
constexpr int kImportNice = 5;
#endif

qint64 lastSourceId(const WorkspaceStore &store)
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM feedback_source")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace

FeedbackImportJob::FeedbackImportJob(Document *document, QObject *parent) : QObject(parent), m_document(document) {}

FeedbackImportJob::~FeedbackImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

Error FeedbackImportJob::error() const
{
    if (m_result && !m_result->ok())
        return m_result->error();
    return {};
}

bool FeedbackImportJob::start(const QString &dataPath, const ImportOptions &options)
{
    m_result.reset();
    if (m_thread) {
        m_result.emplace(makeError(Error::Code::InvalidInput, tr("An import is already running.")));
        return false;
    }
    if (!m_document || m_document->isReadOnly()) {
        m_result.emplace(makeError(Error::Code::InvalidInput,
                                   tr("This workspace is open read-only: nothing can be imported into it. Use Save "
                                      "As to make an editable copy.")));
        return false;
    }
    if (m_document->store().inTransaction()) {
        m_result.emplace(makeError(Error::Code::Locked, tr("The workspace is being written; try the import again.")));
        return false;
    }
    {
        // The worker's connection checks the file's header, which lives in the main file,
        // not in the write-ahead log of a fresh working copy.
        QSqlQuery q(m_document->store().database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    m_dataPath = dataPath;
    m_cancel = false;
    m_lastPermille = -1;
    m_after.reset();
    m_sourceAfter = 0;
    m_sourceBefore = lastSourceId(m_document->store());
    const QString databasePath = m_document->store().path();
    ImportOptions o = options;
    o.progress = [this](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(done * 1000 / total) : 0;
        if (m_lastPermille.exchange(permille) != permille)
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressChanged(done, total); },
                                      Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_thread = QThread::create([this, databasePath, dataPath, o] {
#ifdef Q_OS_LINUX
        // Below the window's thread, so that a turn of its event loop never waits behind the
        // import for a core (QThread::LowPriority changes nothing for Linux's default
        // scheduler). The importer's reading thread inherits it.
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), kImportNice);
#endif
        // Its own connection, made and closed on this thread, beside the document's.
        auto store = WorkspaceStore::open(databasePath, WorkspaceStore::Access::ReadWrite);
        if (!store) {
            m_result.emplace(store.error());
            return;
        }
        m_result.emplace(FeedbackImporter::run(**store, dataPath, o));
        if (!m_result->ok() || m_result->value().dryRun)
            return;
        // What the import committed, read here rather than on the window's thread: the
        // document is not edited while the job runs, so this is the working copy as the
        // document will find it.
        m_sourceAfter = lastSourceId(**store);
        auto after = (*store)->loadWorkspace();
        if (!after) {
            m_result.emplace(after.error());
            return;
        }
        m_after = std::move(*after);
    });
    m_thread->setObjectName(QStringLiteral("feedback-import"));
    connect(m_thread, &QThread::finished, this, &FeedbackImportJob::workerDone, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void FeedbackImportJob::cancel()
{
    m_cancel = true;
}

void FeedbackImportJob::workerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!m_result)
        m_result.emplace(makeError(Error::Code::Generic, tr("The import ended without a result.")));
    if (m_result->ok() && !m_result->value().dryRun && m_document && m_after) {
        if (m_sourceAfter > m_sourceBefore || !(*m_after == m_document->workspace())) {
            const FeedbackSourceId source(m_sourceAfter > m_sourceBefore ? m_sourceAfter : 0);
            m_document->execute(new ImportFeedbackCommand(
                m_document, ImportedBatch::created(m_document->workspace(), *m_after, source), m_dataPath,
                m_result->value().imported));
        }
    }
    m_after.reset();
    emit finished();
}

} // namespace waymark
