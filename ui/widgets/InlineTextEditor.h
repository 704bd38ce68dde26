// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsTextItem>

namespace waymark {

/// Plain-text editing in place on a canvas (an empathy note, a journey card): Enter
/// commits, Shift+Enter breaks the line, Escape cancels, Tab and Shift+Tab move on, and
/// losing focus commits unless a popup or another window takes it for a moment. Paste and
/// the context menu are plain text; the keys it handles are claimed before window
/// shortcuts (Delete, Ctrl+D, Ctrl+C) can fire.
class InlineTextEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    InlineTextEditor() = default;

signals:
    void commitRequested();
    void cancelRequested();
    /// Tab (true) or Shift+Tab (false): commit and go to the next or previous place.
    void tabRequested(bool forward);

protected:
    /// Called before a key changes the text, e.g. to announce a geometry change.
    virtual void aboutToEdit() {}

    bool sceneEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void pastePlain();
};

} // namespace waymark
