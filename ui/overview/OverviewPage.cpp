// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QTimer>

namespace waymark {

OverviewPage::OverviewPage(Document *document, EntityKind kind, qint64 id, QWidget *parent)
    : QWidget(parent), m_document(document), m_kind(kind), m_id(id)
{
    const auto onChange = [this](EntityKind kind, qint64) {
        if (kind == m_kind || dependsOn(kind))
            scheduleRefresh();
    };
    connect(document, &Document::entityAdded, this, onChange);
    connect(document, &Document::entityChanged, this, onChange);
    connect(document, &Document::entityMoved, this, onChange);
    connect(document, &Document::entityRemoved, this, [this](EntityKind kind, qint64 id) {
        if (kind == m_kind && id == m_id)
            emit entityGone();
        else if (dependsOn(kind))
            scheduleRefresh();
    });
    connect(document, &Document::entitiesAdded, this, [onChange](EntityKind kind, const QList<qint64> &) {
        onChange(kind, 0);
    });
    connect(document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
        if (kind == m_kind && ids.contains(m_id))
            emit entityGone();
        else if (dependsOn(kind))
            scheduleRefresh();
    });
    connect(document, &Document::workspaceReset, this, &OverviewPage::scheduleRefresh);
    m_lastTitle = title();
}

QString OverviewPage::title() const
{
    return m_document ? WorkspaceEdits::nameOf(m_document, m_kind, m_id) : QString();
}

bool OverviewPage::entityExists() const
{
    if (!m_document)
        return false;
    const Workspace &w = m_document->workspace();
    switch (m_kind) {
    case EntityKind::Persona: return w.personas.contains(PersonaId(m_id));
    case EntityKind::EmpathyMap: return w.empathyMaps.contains(EmpathyMapId(m_id));
    case EntityKind::StakeholderMap: return w.stakeholderMaps.contains(StakeholderMapId(m_id));
    case EntityKind::Journey: return w.journeys.contains(JourneyId(m_id));
    default: return false;
    }
}

void OverviewPage::scheduleRefresh()
{
    // A macro (delete a journey, duplicate a map) emits many signals: rebuild once after it.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &OverviewPage::refreshNow);
}

void OverviewPage::refreshNow()
{
    m_refreshQueued = false;
    if (!entityExists()) {
        emit entityGone();
        return;
    }
    rebuild();
    const QString current = title();
    if (current != m_lastTitle) {
        m_lastTitle = current;
        emit titleChanged(current);
    }
}

} // namespace waymark
