// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace waymark {

class EmpathyScene;

/// The context menus of the empathy map canvas. On notes: edit, colour, promote to a
/// journey card or open it, show and add evidence, duplicate, delete (on the selection
/// where that makes sense). On an empty spot: add a note there, select all.
class NoteMenu
{
    Q_DECLARE_TR_FUNCTIONS(waymark::NoteMenu)

public:
    static QMenu *forNotes(EmpathyScene *scene, EmpathyNoteId clicked, QWidget *parent);
    static QMenu *forQuadrant(EmpathyScene *scene, Quadrant quadrant, QWidget *parent);
};

} // namespace waymark
