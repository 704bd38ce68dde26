// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewPage.h"

class QScrollArea;

namespace waymark {

/// An empathy map's six quadrants (think, feel, say, do, pains, gains) with their notes.
class EmpathyMapOverviewPage : public OverviewPage
{
    Q_OBJECT

public:
    EmpathyMapOverviewPage(Document *document, qint64 mapId, QWidget *parent = nullptr);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override
    {
        return kind == EntityKind::EmpathyNote || kind == EntityKind::Persona;
    }

private:
    QScrollArea *m_scroll;
};

} // namespace waymark
