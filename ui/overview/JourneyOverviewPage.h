// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewPage.h"

class QTableWidget;

namespace waymark {

class PlainLabel;

/// A journey as a grid: stages as columns, lanes as rows, each cell listing its cards.
class JourneyOverviewPage : public OverviewPage
{
    Q_OBJECT

public:
    JourneyOverviewPage(Document *document, qint64 journeyId, QWidget *parent = nullptr);

    QTableWidget *grid() const { return m_grid; }

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override;

private:
    PlainLabel *m_title;
    PlainLabel *m_meta;
    PlainLabel *m_description;
    PlainLabel *m_empty;
    QTableWidget *m_grid;
};

} // namespace waymark
