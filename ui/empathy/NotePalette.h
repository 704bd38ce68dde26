// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace waymark {

/// The sticky-note colours of the empathy map and the colours drawn on them. Notes keep
/// their own colour in light and dark themes; the text on a note is chosen for contrast.
class NotePalette
{
    Q_DECLARE_TR_FUNCTIONS(waymark::NotePalette)

public:
    struct Entry
    {
        QString value; ///< as stored in EmpathyNote::color ("#fff59d")
        QString name;  ///< translated ("Yellow")
    };

    /// The colours offered in the note's context menu.
    static QList<Entry> entries();
    /// The colour a new note gets in `quadrant`.
    static QString defaultFor(Quadrant quadrant);
    /// The colour a note is drawn with: its own, or its quadrant's when it has none.
    static QColor fill(const QString &stored, Quadrant quadrant);
    /// Black-ish or white, whichever contrasts more with `fill`.
    static QColor textOn(const QColor &fill);
    /// WCAG contrast ratio of two colours (1..21).
    static qreal contrast(const QColor &a, const QColor &b);
};

} // namespace waymark
