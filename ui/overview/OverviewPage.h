// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include "document/Document.h"

#include <QPointer>
#include <QWidget>

class QVBoxLayout;

namespace waymark {

class Document;

/// A read-only page for one entity in the central tabs, until its editor exists.
/// Rebuilds (coalesced) when the document changes something it shows, and asks to be
/// closed when its entity is removed.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Document *document, EntityKind kind, qint64 id, QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    qint64 entityId() const { return m_id; }
    /// The entity's name for the tab.
    virtual QString title() const;

    /// Makes the page show the current state now (normally deferred to the event loop).
    void refreshNow();

signals:
    void titleChanged(const QString &title);
    /// The entity is gone (deleted, or missing after a revert).
    void entityGone();
    /// The page links to another entity (a persona's journey, a gallery's persona).
    void openRequested(waymark::EntityKind kind, qint64 id);

protected:
    /// Fills the page from the document; called after construction and after changes.
    virtual void rebuild() = 0;
    /// Whether a change to an entity of `kind` may change what the page shows.
    virtual bool dependsOn(EntityKind kind) const = 0;
    virtual bool entityExists() const;

    Document *document() const { return m_document; }

private:
    void scheduleRefresh();

    QPointer<Document> m_document;
    EntityKind m_kind;
    qint64 m_id;
    bool m_refreshQueued = false;
    QString m_lastTitle;
};

} // namespace waymark
