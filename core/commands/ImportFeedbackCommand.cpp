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
void appendAll(Document *document, EditKey key, const QList<T> &entities)
{
    for (const T &entity : entities)
        document->insertEntity(key, document->workspace().list<T>().size(), entity);
}

template <class T>
void takeAll(Document *document, EditKey key, const QList<T> &entities)
{
    for (auto it = entities.crbegin(); it != entities.crend(); ++it)
        document->takeEntity<T>(key, it->id);
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
    // Parents before children, so that views find a touchpoint's stage and lane.
    appendAll(m_document, key(), m_batch.journeys);
    appendAll(m_document, key(), m_batch.stages);
    appendAll(m_document, key(), m_batch.lanes);
    appendAll(m_document, key(), m_batch.touchpoints);
    if (!m_batch.source.isValid())
        return;
    if (m_inStore)
        m_document->announceFeedbackSource(key(), m_batch.source);
    else
        m_document->restoreFeedbackSource(key(), m_stash);
    m_inStore = true;
}

void ImportFeedbackCommand::undo()
{
    if (m_batch.source.isValid()) {
        m_document->stashFeedbackSource(key(), m_batch.source, m_stash);
        m_inStore = false;
    }
    takeAll(m_document, key(), m_batch.touchpoints);
    takeAll(m_document, key(), m_batch.lanes);
    takeAll(m_document, key(), m_batch.stages);
    takeAll(m_document, key(), m_batch.journeys);
}

} // namespace waymark
