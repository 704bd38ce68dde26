// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightsActions.h"

#include "InsightsPage.h"
#include "feedback/FeedbackDock.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"
#include "journey/JourneyView.h"
#include "shell/DocumentController.h"
#include "shell/EditorArea.h"
#include "util/DisplayText.h"

#include "document/Document.h"

#include <QAction>
#include <QTabWidget>

namespace waymark {

InsightsActions::InsightsActions(QObject *parent, DocumentController *controller, EditorArea *area)
    : QObject(parent), m_controller(controller), m_area(area), m_action(new QAction(tr("&Journey Insights"), this))
{
    m_action->setObjectName(QStringLiteral("journeyInsights"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    m_action->setStatusTip(tr("Scores, trends and priorities of the current journey"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (const JourneyId journey = currentJourney(); journey.isValid())
            openInsights(journey);
    });
    connect(controller, &DocumentController::documentChanged, this, &InsightsActions::setDocument);
    setDocument(controller->document());
}

void InsightsActions::setDocument(Document *document)
{
    m_document = document;
    m_action->setEnabled(document != nullptr);
}

JourneyId InsightsActions::currentJourney() const
{
    if (!m_document)
        return {};
    QWidget *current = m_area->tabs()->currentWidget();
    if (auto *insights = qobject_cast<InsightsPage *>(current))
        return insights->journeyId();
    if (OverviewPage *page = m_area->currentPage(); page && page->kind() == EntityKind::Journey)
        return JourneyId(page->entityId());
    const auto &journeys = m_document->workspace().journeys.items();
    return journeys.isEmpty() ? JourneyId() : journeys.first().id;
}

InsightsPage *InsightsActions::openInsights(JourneyId journey)
{
    if (!m_document)
        return nullptr;
    QTabWidget *tabs = m_area->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *page = qobject_cast<InsightsPage *>(tabs->widget(i));
        if (page && page->journeyId() == journey) {
            tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new InsightsPage(m_document, journey);
    const int index = tabs->addTab(page, DisplayText::kindIcon(EntityKind::Journey), page->title());
    connect(page, &InsightsPage::titleChanged, tabs, [tabs, page](const QString &title) {
        tabs->setTabText(tabs->indexOf(page), title);
    });
    // Closed the way the tab's close button closes it.
    connect(page, &InsightsPage::journeyGone, tabs, [tabs, page] { emit tabs->tabCloseRequested(tabs->indexOf(page)); });
    connect(page, &InsightsPage::touchpointActivated, this,
            [this](JourneyId journey, TouchpointId touchpoint) { showTouchpoint(m_area, journey, touchpoint); });
    // The window's feedback filter: the page and the feedback browser show and set the same one.
    if (FeedbackDock *dock = feedbackDock()) {
        page->setFilterState(dock->filterState());
        connect(page, &InsightsPage::responsesRequested, dock, &FeedbackDock::showFilter);
    }
    tabs->setCurrentIndex(index);
    m_area->setCurrentWidget(tabs);
    return page;
}

void InsightsActions::setFeedbackDock(FeedbackDock *dock)
{
    m_dock = dock;
}

FeedbackDock *InsightsActions::feedbackDock() const
{
    if (m_dock)
        return m_dock;
    // The window's dock, when nobody set one.
    return m_area->window() ? m_area->window()->findChild<FeedbackDock *>() : nullptr;
}

void InsightsActions::showTouchpoint(EditorArea *area, JourneyId journey, TouchpointId touchpoint)
{
    auto *editor = qobject_cast<JourneyEditorPage *>(area->open(EntityKind::Journey, journey.value));
    if (!editor)
        return;
    editor->scene()->selectCards({touchpoint});
    editor->view()->centerOn(editor->scene()->cardRect(touchpoint).center());
    editor->view()->setFocus();
}

} // namespace waymark
