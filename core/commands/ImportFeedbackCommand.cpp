// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFeedbackCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <climits>

namespace waymark {
namespace {

template <class T>
QList<T> added(const EntityList<T> &before, const EntityList<T> &after)
{
    QList<T> list;
    for (const T &entity : after)
        if (!before.find(entity.id))
            list.append(entity);
    return list;
}

template <class T>
QList<typename T::IdType> idsLastFirst(const QList<T> &entities)
{
    QList<typename T::IdType> ids;
    ids.reserve(entities.size());
    for (auto it = entities.crbegin(); it != entities.crend(); ++it)
        ids.append(it->id);
    return ids;
}

QString stashName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("waymark_undone_import_%1").arg(++counter);
}

} // namespace

ImportedBatch ImportedBatch::created(const Workspace &before, const Workspace &after, FeedbackSourceId source)
{
    ImportedBatch batch;
    batch.source = source;
    batch.journeys = added(before.journeys, after.journeys);
    batch.stages = added(before.stages, after.stages);
    batch.lanes = added(before.lanes, after.lanes);
    batch.touchpoints = added(before.touchpoints, after.touchpoints);
    return batch;
}

ImportFeedbackCommand::ImportFeedbackCommand(Document *document, ImportedBatch batch, const QString &fileName,
                                             qint64 items, QUndoCommand *parent)
    : Command(document,
              QCoreApplication::translate("waymark", "Import %n feedback item(s) from “%1”", nullptr, int(qMin<qint64>(items, INT_MAX)))
                  .arg(QFileInfo(fileName).fileName()),
              parent),
      m_batch(std::move(batch)), m_stash(stashName())
{
}

void ImportFeedbackCommand::redo()
{
    // Each kind as one change, parents before children, so that views find a
    // touchpoint's stage and lane. The first time, the import has already committed (and
    // synced) all of it to the working copy on its worker thread: this thread writes
    // nothing, and the undo step has no commit to wait for.
    const auto stored = m_inStore ? Document::Stored::Already : Document::Stored::No;
    m_document->appendEntities(key(), m_batch.journeys, stored);
    m_document->appendEntities(key(), m_batch.stages, stored);
    m_document->appendEntities(key(), m_batch.lanes, stored);
    m_document->appendEntities(key(), m_batch.touchpoints, stored);
    if (m_batch.source.isValid()) {
        if (m_inStore)
            m_document->announceFeedbackSource(key(), m_batch.source);
        else
            m_document->restoreFeedbackSource(key(), m_stash);
    }
    m_inStore = true;
}

void ImportFeedbackCommand::undo()
{
    if (m_batch.source.isValid())
        m_document->stashFeedbackSource(key(), m_batch.source, m_stash);
    m_document->takeEntities<Touchpoint>(key(), idsLastFirst(m_batch.touchpoints));
    m_document->takeEntities<Lane>(key(), idsLastFirst(m_batch.lanes));
    m_document->takeEntities<Stage>(key(), idsLastFirst(m_batch.stages));
    m_document->takeEntities<Journey>(key(), idsLastFirst(m_batch.journeys));
    m_inStore = false;
}

} // namespace waymark
