// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSheet.h"
#include "overview/OverviewPage.h"

class QScrollArea;
class QSplitter;
class QToolButton;

namespace waymark {

class PersonaForm;
class PersonaSheetView;

/// A persona's page: the one-page sheet (as it prints) beside the editors of every field.
/// A click on a section of the sheet takes the keyboard to its editor; a click on one of
/// the persona's journeys opens it. The editor panel hides for presenting.
class PersonaEditorPage : public OverviewPage
{
    Q_OBJECT

public:
    PersonaEditorPage(Document *document, qint64 personaId, QWidget *parent = nullptr);

    PersonaSheetView *sheetView() const { return m_sheet; }
    PersonaForm *form() const { return m_form; }
    QToolButton *galleryButton() const { return m_gallery; }
    QToolButton *duplicateButton() const { return m_duplicate; }
    QToolButton *editorButton() const { return m_editorToggle; }

    /// The journeys of this persona, in workspace order.
    QList<Journey> journeys() const;
    /// Shows the editor of a sheet region, scrolled into view and focused.
    void editRegion(PersonaSheet::Region region);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Journey; }
    void showEvent(QShowEvent *event) override;

private:
    void duplicate();

    PersonaSheetView *m_sheet;
    PersonaForm *m_form;
    QScrollArea *m_scroll;
    QSplitter *m_splitter;
    QToolButton *m_gallery;
    QToolButton *m_duplicate;
    QToolButton *m_editorToggle;
    bool m_sized = false;
};

} // namespace waymark
