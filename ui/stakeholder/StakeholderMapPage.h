// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/OverviewPage.h"

class QAction;
class QTimer;

namespace waymark {

class PlainLabel;
class StakeholderPanel;
class StakeholderScene;
class StakeholderView;

/// The stakeholder map editor: the power/interest grid with a card per stakeholder, a
/// toolbar (add, delete, zoom, fit) and the selected stakeholder's fields beside it.
class StakeholderMapPage : public OverviewPage
{
    Q_OBJECT

public:
    StakeholderMapPage(Document *document, qint64 mapId, QWidget *parent = nullptr);

    StakeholderScene *scene() const { return m_scene; }
    StakeholderView *view() const { return m_view; }
    StakeholderPanel *panel() const { return m_panel; }
    QAction *addStakeholderAction() const { return m_add; }
    QAction *deleteStakeholdersAction() const { return m_delete; }
    /// The last note shown under the toolbar ("Deleted …").
    QString message() const;

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Stakeholder; }

private:
    QAction *makeAction(const QString &text, const QString &toolTip, const QList<QKeySequence> &shortcuts);
    void showMessage(const QString &message);
    void updateActions();

    PlainLabel *m_title;
    PlainLabel *m_summary;
    PlainLabel *m_message;
    QTimer *m_messageTimer;
    StakeholderScene *m_scene;
    StakeholderView *m_view;
    StakeholderPanel *m_panel;
    QAction *m_add;
    QAction *m_delete;
};

} // namespace waymark
