// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

namespace waymark {

/// Colours for charts and printed maps that stay distinguishable with every common form
/// of colour blindness: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design").
namespace ChartPalette {
inline QColor black() { return QColor(0x00, 0x00, 0x00); }
inline QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
inline QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
inline QColor green() { return QColor(0x00, 0x9E, 0x73); }
inline QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
inline QColor blue() { return QColor(0x00, 0x72, 0xB2); }
inline QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
inline QColor purple() { return QColor(0xCC, 0x79, 0xA7); }
inline QColor grey() { return QColor(0x99, 0x99, 0x99); }
/// The team's belief (assumed emotion) and the customers' evidence (measured).
inline QColor assumed() { return blue(); }
inline QColor measured() { return vermillion(); }
/// NPS composition.
inline QColor promoters() { return green(); }
inline QColor passives() { return QColor(0xBB, 0xBB, 0xBB); }
inline QColor detractors() { return vermillion(); }
} // namespace ChartPalette

} // namespace waymark
