// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/CoreTestSupport.h"

#include "document/Document.h"
#include "journey/JourneyEditorPage.h"
#include "journey/JourneyScene.h"

#include <QTest>

#include <memory>

namespace waymark::test {

/// Opens the e-commerce template's journey in an editor page as a facilitator sees it:
/// 1600 × 1000, shown, active and laid out. Callers check QTest::currentTestFailed().
inline void openTemplateJourney(std::unique_ptr<Document> &doc, std::unique_ptr<JourneyEditorPage> &page, JourneyId &journey)
{
    WorkspaceData data = loadTemplate();
    auto created = Document::create(&data);
    QVERIFY(created.ok());
    doc = std::move(*created);
    journey = doc->workspace().journeys.items().first().id;
    page = std::make_unique<JourneyEditorPage>(doc.get(), journey.value);
    page->refreshNow();
    page->resize(1600, 1000);
    page->show();
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->scene()->relayoutNow();
}

} // namespace waymark::test
