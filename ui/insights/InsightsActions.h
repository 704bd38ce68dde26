// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace waymark {

class Document;
class DocumentController;
class EditorArea;
class FeedbackDock;
class InsightsPage;

/// View ▸ Journey Insights (Ctrl+Shift+J): opens the insights of the journey in the
/// current tab (or of the first journey) as a tab of its own; a click in its priority
/// list switches to the journey editor with that touchpoint selected.
class InsightsActions : public QObject
{
    Q_OBJECT

public:
    InsightsActions(QObject *parent, DocumentController *controller, EditorArea *area);

    QAction *insightsAction() const { return m_action; }

    /// Opens (or shows) the insights tab of `journey`.
    InsightsPage *openInsights(JourneyId journey);
    /// Switches `area` to the editor of `journey` and selects `touchpoint` on its canvas.
    static void showTouchpoint(EditorArea *area, JourneyId journey, TouchpointId touchpoint);
    /// The journey the action opens: the current tab's, else the first in the workspace.
    JourneyId currentJourney() const;
    /// The feedback dock whose filter the insights pages share and whose browser "Show
    /// These Responses" opens; by default the one in the editor area's window.
    void setFeedbackDock(FeedbackDock *dock);
    FeedbackDock *feedbackDock() const;

private:
    void setDocument(Document *document);

    DocumentController *m_controller;
    EditorArea *m_area;
    QPointer<Document> m_document;
    QPointer<FeedbackDock> m_dock;
    QAction *m_action;
};

} // namespace waymark
