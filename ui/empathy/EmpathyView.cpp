// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmpathyView.h"

#include "EmpathyScene.h"

#include <QWheelEvent>
#include <QtMath>

namespace waymark {

EmpathyView::EmpathyView(EmpathyScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("empathyView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAlignment(Qt::AlignCenter);
    connect(scene, &EmpathyScene::ensureVisibleRequested, this, [this](const QRectF &rect) { ensureVisible(rect, 24, 24); });
}

qreal EmpathyView::zoom() const
{
    return transform().m11();
}

void EmpathyView::setZoom(qreal zoom)
{
    m_fitting = false;
    applyZoom(zoom);
}

void EmpathyView::applyZoom(qreal zoom)
{
    zoom = qBound(minZoom, zoom, maxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
}

void EmpathyView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * 1.2);
    setTransformationAnchor(anchor);
}

void EmpathyView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() / 1.2);
    setTransformationAnchor(anchor);
}

void EmpathyView::fitToWindow()
{
    m_fitting = true;
    applyFit();
}

void EmpathyView::applyFit()
{
    const QRectF rect = sceneRect();
    if (rect.isEmpty() || viewport()->width() <= 0)
        return;
    // Fit the width; for a map taller than the window, fit it whole unless that would
    // make the notes too small to read, then scroll.
    const qreal byWidth = viewport()->width() / rect.width();
    const qreal byHeight = viewport()->height() / rect.height();
    const qreal fit = qMin(byWidth, qMax(byHeight, qMin(byWidth, 0.62)));
    applyZoom(fit);
    // Start at the top of the map (THINK and FEEL) when it does not fit whole.
    centerOn(rect.center().x(), rect.top() + viewport()->height() / zoom() / 2);
}

void EmpathyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * qPow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void EmpathyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        applyFit();
}

void EmpathyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitting)
        applyFit();
}

void EmpathyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && scene())
        scene()->setPalette(palette());
}

} // namespace waymark
