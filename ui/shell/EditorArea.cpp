// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorArea.h"

#include "WelcomePage.h"
#include "empathy/EmpathyMapPage.h"
#include "journey/JourneyEditorPage.h"
#include "stakeholder/StakeholderMapPage.h"
#include "persona/PersonaEditorPage.h"
#include "persona/PersonaGalleryPage.h"
#include "util/DisplayText.h"

#include "document/Document.h"

#include <QTabBar>
#include <QTabWidget>

namespace waymark {

EditorArea::EditorArea(QWidget *parent) : QStackedWidget(parent), m_welcome(new WelcomePage(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("editorArea"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setExpanding(false);
    addWidget(m_welcome);
    addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &EditorArea::closeTab);
    updateVisiblePage();
}

void EditorArea::setDocument(Document *document)
{
    closeAll();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        const auto updateHint = [this] { m_welcome->setOpenWorkspace(m_document->displayName()); };
        connect(m_document, &Document::filePathChanged, this, updateHint);
        connect(m_document, &Document::workspaceInfoChanged, this, updateHint);
        updateHint();
    } else {
        m_welcome->setOpenWorkspace({});
    }
    m_welcome->refresh();
    updateVisiblePage();
}

OverviewPage *EditorArea::pageFor(EntityKind kind, qint64 id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<OverviewPage *>(m_tabs->widget(i));
        if (page && page->kind() == kind && page->entityId() == id)
            return page;
    }
    return nullptr;
}

OverviewPage *EditorArea::currentPage() const
{
    return qobject_cast<OverviewPage *>(m_tabs->currentWidget());
}

OverviewPage *EditorArea::createPage(EntityKind kind, qint64 id)
{
    switch (kind) {
    case EntityKind::Persona:
        if (id == 0)
            return new PersonaGalleryPage(m_document);
        return new PersonaEditorPage(m_document, id);
    case EntityKind::EmpathyMap: return new EmpathyMapPage(m_document, id);
    case EntityKind::StakeholderMap: return new StakeholderMapPage(m_document, id);
    case EntityKind::Journey: {
        auto *page = new JourneyEditorPage(m_document, id);
        connect(page, &JourneyEditorPage::feedbackRequested, this, &EditorArea::feedbackRequested);
        return page;
    }
    default: return nullptr;
    }
}

OverviewPage *EditorArea::open(EntityKind kind, qint64 id)
{
    if (!m_document)
        return nullptr;
    OverviewPage *page = pageFor(kind, id);
    if (!page) {
        page = createPage(kind, id);
        if (!page)
            return nullptr;
        page->refreshNow();
        const int index = m_tabs->addTab(page, DisplayText::kindIcon(kind), page->title());
        m_tabs->setTabToolTip(index, DisplayText::literal(page->title()));
        connect(page, &OverviewPage::titleChanged, this, [this, page](const QString &title) {
            const int i = m_tabs->indexOf(page);
            m_tabs->setTabText(i, title);
            m_tabs->setTabToolTip(i, DisplayText::literal(title));
        });
        // Deferred: the signal may come from inside the page's own refresh.
        connect(page, &OverviewPage::entityGone, this, [this, page] { closeTab(m_tabs->indexOf(page)); },
                Qt::QueuedConnection);
        connect(page, &OverviewPage::openRequested, this, &EditorArea::open);
    }
    m_tabs->setCurrentWidget(page);
    updateVisiblePage();
    return page;
}

void EditorArea::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    m_tabs->removeTab(index);
    delete page;
    updateVisiblePage();
}

void EditorArea::closeAll()
{
    while (m_tabs->count() > 0)
        closeTab(m_tabs->count() - 1);
}

void EditorArea::updateVisiblePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

} // namespace waymark
