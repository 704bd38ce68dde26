// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/OverviewPage.h"

class QAction;
class QLabel;

namespace waymark {

class EmpathyScene;
class EmpathyView;

/// The editor of one empathy map: the sticky-note canvas with zoom controls. Opens the
/// promote and evidence dialogs the canvas asks for.
class EmpathyMapPage : public OverviewPage
{
    Q_OBJECT

public:
    EmpathyMapPage(Document *document, qint64 mapId, QWidget *parent = nullptr);

    EmpathyScene *scene() const { return m_scene; }
    EmpathyView *view() const { return m_view; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    void promote(EmpathyNoteId note);
    void showEvidence(EmpathyNoteId note);
    void addEvidence(EmpathyNoteId note);
    void openCard(EmpathyNoteId note);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind) const override { return false; } // the scene mirrors the document itself

private:
    /// Another entity the canvas links to (a note's journey, the persona), via openRequested.
    void open(EntityKind kind, qint64 id);

    EmpathyScene *m_scene;
    EmpathyView *m_view;
    QLabel *m_zoomLabel;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
};

} // namespace waymark
