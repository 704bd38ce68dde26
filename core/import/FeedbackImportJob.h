// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FeedbackImporter.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace waymark {

class Document;

/// Imports a file into an open document without blocking its thread: FeedbackImporter
/// runs on a worker thread with its own connection to the document's working copy, in
/// one transaction; on success the document gets one undoable ImportFeedbackCommand.
/// A failed or cancelled import leaves the workspace exactly as it was. The document
/// must not be edited while the job runs (the import wizard is modal).
class FeedbackImportJob : public QObject
{
    Q_OBJECT

public:
    explicit FeedbackImportJob(Document *document, QObject *parent = nullptr);
    /// Cancels a running import and waits for it to roll back.
    ~FeedbackImportJob() override;

    /// Starts the import; false (with `error()` set) when it cannot start.
    bool start(const QString &dataPath, const ImportOptions &options);
    /// Asks the import to stop; it rolls back and `finished` reports a Cancelled error.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    /// After `finished`: the report, or why nothing was imported.
    bool succeeded() const { return m_result && m_result->ok(); }
    const ImportReport *report() const { return succeeded() ? &m_result->value() : nullptr; }
    Error error() const;
    bool wasCancelled() const { return !succeeded() && m_result && m_result->error().code == Error::Code::Cancelled; }

signals:
    /// Bytes read of the file's size; emitted at most once per permille.
    void progressChanged(qint64 done, qint64 total);
    /// The import ended: committed and on the undo stack, failed, cancelled or a dry run.
    void finished();

private:
    void workerDone();

    QPointer<Document> m_document;
    QThread *m_thread = nullptr;
    QString m_dataPath;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_lastPermille{-1};
    std::optional<Result<ImportReport>> m_result;
    qint64 m_sourceBefore = 0;
    // Written by the worker thread before it ends, read after: the working copy's
    // workspace and last feedback source as the import committed them.
    std::optional<Workspace> m_after;
    qint64 m_sourceAfter = 0;
};

} // namespace waymark
