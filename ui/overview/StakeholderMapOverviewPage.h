// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewPage.h"

class QTableWidget;

namespace waymark {

class PlainLabel;

/// A stakeholder map as a table, with each stakeholder's power/interest quadrant.
class StakeholderMapOverviewPage : public OverviewPage
{
    Q_OBJECT

public:
    StakeholderMapOverviewPage(Document *document, qint64 mapId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Stakeholder; }

private:
    PlainLabel *m_title;
    PlainLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace waymark
