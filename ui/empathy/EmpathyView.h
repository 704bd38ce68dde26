// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace waymark {

class EmpathyScene;

/// Shows an empathy map: Ctrl+wheel zooms under the pointer, a rubber band selects,
/// and until the user zooms the whole map is fitted to the window.
class EmpathyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit EmpathyView(EmpathyScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;
    /// A fixed zoom (1: one scene unit per pixel); stops fitting.
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Fits the map to the window (its width, and its height too unless the notes would
    /// become too small to read) and keeps fitting it as the window resizes.
    void fitToWindow();
    bool isFitting() const { return m_fitting; }

    static constexpr qreal minZoom = 0.2;
    static constexpr qreal maxZoom = 4.0;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFit();
    void applyZoom(qreal zoom);

    bool m_fitting = true;
};

} // namespace waymark
