// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>

namespace waymark {

/// The translated words the UI uses for the model's vocabularies and entity kinds.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(waymark::DisplayText)

public:
    /// "Personas", "Empathy maps", ... (navigator groups).
    static QString groupTitle(EntityKind kind);
    /// "persona", "journey", ... (inside sentences).
    static QString kindName(EntityKind kind);
    /// The name a newly created entity gets before the user types one.
    static QString newItemName(EntityKind kind);
    /// "New Persona", ... (menu entries).
    static QString newActionText(EntityKind kind);
    static QIcon kindIcon(EntityKind kind);

    static QString channel(Channel channel);
    static QString category(JourneyCategory category);
    static QString variant(JourneyVariant variant);
    static QString quadrant(Quadrant quadrant);
    static QString attitude(Attitude attitude);
    /// An assumed emotion on the -2..+2 scale: "+1", "0", "−2".
    static QString emotion(int value);
    /// The engagement strategy of a power/interest position (each 0..1, split at 0.5).
    static QString stakeholderStrategy(double power, double interest);
    /// Rich text that shows `text` literally (for tooltips and message boxes, which would
    /// otherwise render markup found in workspace content or file names).
    static QString literal(const QString &text);
};

} // namespace waymark
