// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotePalette.h"

#include <QtMath>

namespace waymark {
namespace {

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

QList<NotePalette::Entry> NotePalette::entries()
{
    return {
        {QStringLiteral("#fff59d"), tr("Yellow")}, {QStringLiteral("#ffccbc"), tr("Orange")},
        {QStringLiteral("#f8bbd0"), tr("Pink")},   {QStringLiteral("#d1c4e9"), tr("Purple")},
        {QStringLiteral("#b3e5fc"), tr("Blue")},   {QStringLiteral("#c8e6c9"), tr("Green")},
        {QStringLiteral("#dcedc8"), tr("Lime")},   {QStringLiteral("#e0e0e0"), tr("Grey")},
    };
}

QString NotePalette::defaultFor(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::Think: return QStringLiteral("#fff59d");
    case Quadrant::Feel: return QStringLiteral("#f8bbd0");
    case Quadrant::Say: return QStringLiteral("#b3e5fc");
    case Quadrant::Do: return QStringLiteral("#c8e6c9");
    case Quadrant::Pains: return QStringLiteral("#ffccbc");
    case Quadrant::Gains: return QStringLiteral("#dcedc8");
    }
    return QStringLiteral("#fff59d");
}

QColor NotePalette::fill(const QString &stored, Quadrant quadrant)
{
    const QColor color = QColor::fromString(stored);
    return color.isValid() ? color : QColor::fromString(defaultFor(quadrant));
}

qreal NotePalette::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor NotePalette::textOn(const QColor &fill)
{
    const QColor dark(0x1d, 0x1d, 0x1f);
    const QColor light(Qt::white);
    return contrast(fill, dark) >= contrast(fill, light) ? dark : light;
}

} // namespace waymark
