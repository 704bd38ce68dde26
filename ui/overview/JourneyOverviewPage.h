// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewPage.h"

class QTableWidget;

namespace waymark {

class JourneyGridDelegate;
class PlainLabel;

/// A journey as a grid: stages as columns, lanes as rows, each cell listing its cards.
class JourneyOverviewPage : public OverviewPage
{
    Q_OBJECT

public:
    JourneyOverviewPage(Document *document, qint64 journeyId, QWidget *parent = nullptr);

    QTableWidget *grid() const { return m_grid; }
    /// The card under a point of the grid's viewport, if any.
    TouchpointId touchpointAt(QPoint viewportPos) const;
    /// Names `stakeholder` as the card's owner (none: invalid id), one undo step.
    void setOwner(TouchpointId touchpoint, StakeholderId stakeholder);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override;

private:
    /// The card's context menu: "Set owner ▸" with the workspace's stakeholders and "None".
    void showCardMenu(QPoint viewportPos);

    PlainLabel *m_title;
    PlainLabel *m_meta;
    PlainLabel *m_description;
    PlainLabel *m_empty;
    QTableWidget *m_grid;
    JourneyGridDelegate *m_delegate;
};

} // namespace waymark
