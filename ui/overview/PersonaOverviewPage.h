// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewPage.h"

class QScrollArea;

namespace waymark {

/// A persona's fields: picture, quote, demographics, goals to expectations, traits as bars.
class PersonaOverviewPage : public OverviewPage
{
    Q_OBJECT

public:
    PersonaOverviewPage(Document *document, qint64 personaId, QWidget *parent = nullptr);

protected:
    void rebuild() override;
    bool dependsOn(EntityKind) const override { return false; }

private:
    QScrollArea *m_scroll;
};

} // namespace waymark
