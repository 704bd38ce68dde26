// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PresentationWindow.h"
#include "overview/OverviewPage.h"

#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QToolButton;

namespace waymark {

class CardPanel;
class JourneyScene;
class JourneyView;

/// The editor of one journey: the canvas with its toolbar (add stage or lane, zoom,
/// emotion overlays of other personas, the to-be version side by side, presentation)
/// and the property panel of the selected card.
class JourneyEditorPage : public OverviewPage
{
    Q_OBJECT

public:
    JourneyEditorPage(Document *document, qint64 journeyId, QWidget *parent = nullptr);

    JourneyScene *scene() const { return m_scene; }
    JourneyView *view() const { return m_view; }
    CardPanel *cardPanel() const { return m_panel; }
    /// The other journey shown beside this one (nullptr when none).
    JourneyView *sideView() const { return m_sideView; }
    PresentationWindow *presentation() const { return m_presentation; }

    /// Duplicates this journey as its "to-be" version (one undo step) and shows both.
    JourneyId createToBe();
    /// Shows `other` beside this journey; an invalid id closes the side view.
    void showSideBySide(JourneyId other);
    /// The as-is/to-be counterpart of this journey, if there is one.
    JourneyId counterpart() const;
    void startPresentation();

signals:
    /// "Show feedback…" on a touchpoint card.
    void feedbackRequested(waymark::TouchpointId touchpoint);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Journey; }

private:
    void fillCompareMenu();
    /// Fills the toolbar's Scores button: badge and measured-curve toggles, the badge metric.
    QToolButton *scoresButton(QToolButton *button);

    JourneyScene *m_scene;
    JourneyView *m_view;
    CardPanel *m_panel;
    QSplitter *m_splitter;
    QSplitter *m_canvases;
    JourneyScene *m_sideScene = nullptr;
    JourneyView *m_sideView = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QLabel *m_zoomLabel;
    QMenu *m_compareMenu = nullptr;
};

} // namespace waymark
