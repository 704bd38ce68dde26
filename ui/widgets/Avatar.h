// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>

namespace waymark {

struct Persona;

/// A persona's picture: the stored photo cropped to a circle, or generated initials.
class Avatar
{
public:
    static QPixmap render(const Persona &persona, int size, qreal devicePixelRatio);
    /// The persona's colour, or a stable colour derived from the name.
    static QColor colorOf(const Persona &persona);
    static QString initials(const QString &name);

private:
    static QPixmap paint(const Persona &persona, int size, qreal devicePixelRatio);
};

} // namespace waymark
