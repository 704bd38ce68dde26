// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyScene.h"

#include <QPointer>
#include <QWidget>

namespace waymark {

class JourneyView;

/// Presentation mode: the journey full screen without any chrome, in large type, one
/// stage in the spotlight at a time. Left/Right (or Page Up/Down, Space) step through the
/// stages, Home shows the whole journey, Esc ends the presentation.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(JourneyScene *scene, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    int stage() const { return m_stage; }
    /// Shows stage `column` (-1: the whole journey).
    void showStage(int column);
    JourneyView *view() const { return m_view; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointer<JourneyScene> m_scene; ///< may go first when the page closes
    JourneyView *m_view;
    int m_stage = -1;
};

} // namespace waymark
