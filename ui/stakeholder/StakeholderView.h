// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QGraphicsView>
#include <QHash>

class QLineEdit;

namespace waymark {

class StakeholderItem;
class StakeholderScene;

/// The grid canvas: drag cards (several when selected together) to move them, one undo
/// step per drag; double-click an empty spot to add a stakeholder there and type its
/// name; double-click or F2 on a card renames it in place; Delete removes the selection;
/// arrow keys nudge it (Shift: further); Ctrl+wheel and Ctrl +/−/0 zoom and fit.
class StakeholderView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StakeholderView(StakeholderScene *scene, QWidget *parent = nullptr);

    StakeholderScene *stakeholderScene() const { return m_scene; }
    StakeholderItem *cardAt(QPoint viewportPos) const;

    /// Opens the in-place editor for a new stakeholder centred at `scenePos`.
    void beginCreate(QPointF scenePos);
    /// Opens the in-place editor for a new stakeholder on a free spot near the centre of
    /// the visible part of the grid.
    void beginCreate();
    /// Opens the in-place editor on a card's name.
    void beginRename(StakeholderId id);
    /// The in-place name editor while it is open, else nullptr.
    QLineEdit *inlineEditor() const;

    void deleteSelection();
    /// Moves the selection by whole percent of power and interest (one undo step;
    /// `continues` merges it into the previous nudge, for a held key).
    void nudgeSelection(int powerPercent, int interestPercent, bool continues = false);

    void zoomIn();
    void zoomOut();
    /// Shows the whole grid, and keeps doing so when the view is resized until the user zooms.
    void fitGrid();
    qreal zoom() const;

signals:
    /// A short note for the status bar (what a key did, why an edit was refused).
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Start
    {
        double power;
        double interest;
    };
    void setZoom(qreal factor);
    void moveSelection(double dPower, double dInterest, const QHash<qint64, Start> &from, bool continues);
    QHash<qint64, Start> selectionPositions() const;
    bool editable() const;
    void openEditor(const QString &text);
    void placeEditor();
    void commitEditor();
    void closeEditor();

    StakeholderScene *m_scene;
    bool m_fitMode = true;

    // The drag in progress.
    QHash<qint64, Start> m_dragFrom;
    QPointF m_pressScenePos;
    QPoint m_pressPos;
    bool m_dragging = false;
    bool m_dragPushed = false;

    // The in-place name editor: for a new stakeholder at m_editPosition, or a rename.
    QLineEdit *m_editor = nullptr;
    StakeholderId m_renaming;
    QPointF m_editCentre;
};

} // namespace waymark
