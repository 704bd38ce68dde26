// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace waymark {

/// Turns the cells of real exports into values: "9 - Very likely" → 9, "good" → 2 on a
/// good/bad scale, "18.07.2017 08:28" → "2017-07-18T08:28:00". Each parser returns
/// nothing for a cell it cannot read; an empty cell is not an error.
namespace ValueParser {

std::optional<int> leadingInteger(const QString &text);
/// An integer in lo..hi; `error` receives the reason when the cell is not empty but unusable.
std::optional<int> score(const QString &text, int lo, int hi, QString *error);
/// CSAT on `scale` (2 = good/bad: bad → 1, good → 2).
std::optional<int> csat(const QString &text, int scale, QString *error);
/// An ISO 8601 date or date-time from the formats survey tools write.
std::optional<QString> date(const QString &text, QString *error);

} // namespace ValueParser
} // namespace waymark
