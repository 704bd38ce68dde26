// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresentationWindow.h"

#include "JourneyScene.h"
#include "JourneyStyle.h"
#include "JourneyView.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace waymark {

PresentationWindow::PresentationWindow(JourneyScene *scene, QWidget *parent)
    : QWidget(parent, Qt::Window), m_scene(scene), m_view(new JourneyView(scene, this))
{
    setObjectName(QStringLiteral("journeyPresentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presentation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setPresentation(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setInteractive(false);
    setFocusPolicy(Qt::StrongFocus);
    m_view->setFocusProxy(this);
}

PresentationWindow::~PresentationWindow()
{
    if (m_scene)
        m_scene->setSpotlight(-1);
}

void PresentationWindow::showStage(int column)
{
    if (!m_scene)
        return;
    m_scene->relayoutNow();
    const auto &l = m_scene->journeyLayout();
    m_stage = qBound(-1, column, int(l.columns.size()) - 1);
    m_scene->setSpotlight(m_stage);
    if (m_stage < 0) {
        m_view->fitToWindow();
        return;
    }
    // Large type: the lane column and about two and a half stages fill the width.
    const qreal width = JourneyStyle::laneHeaderWidth + 2.5 * JourneyStyle::defaultStageWidth;
    m_view->setZoom(m_view->viewport()->width() / width);
    const auto &c = l.columns[m_stage];
    const qreal visibleWidth = m_view->viewport()->width() / m_view->zoom();
    // Centre the stage in the space right of the lane column.
    const qreal left = c.x + c.width / 2 - JourneyStyle::laneHeaderWidth
                       - (visibleWidth - JourneyStyle::laneHeaderWidth) / 2;
    m_view->horizontalScrollBar()->setValue(int(qMax<qreal>(0, left) * m_view->zoom()));
    m_view->verticalScrollBar()->setValue(0);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_scene) {
        close();
        return;
    }
    const int n = int(m_scene->journeyLayout().columns.size());
    switch (event->key()) {
    case Qt::Key_Escape: close(); return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space: showStage(qMin(m_stage + 1, n - 1)); return;
    case Qt::Key_Left:
    case Qt::Key_PageUp: showStage(qMax(m_stage - 1, 0)); return;
    case Qt::Key_Home: showStage(-1); return;
    case Qt::Key_Up: m_view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); return;
    case Qt::Key_Down: m_view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showStage(m_stage);
}

} // namespace waymark
