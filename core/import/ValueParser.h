// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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

/// A date format the user chose: where day, month and year stand and what separates them.
/// A time (and zone) may follow the date as in `date()`.
struct DateFormat
{
    enum class Order { YearMonthDay, DayMonthYear, MonthDayYear };
    Order order = Order::YearMonthDay;
    QChar separator = u'-';
    QString text; ///< as the user wrote it ("d.M.yyyy")
};
/// Reads a format such as "yyyy-MM-dd" (also "ISO"), "d.M.yyyy", "dd.MM.yyyy HH:mm",
/// "M/d/yyyy" or "d/M/yyyy"; `error` says what is wrong with any other.
std::optional<DateFormat> dateFormat(const QString &format, QString *error);
/// A date written in `format`; a cell in another format is an error naming the format.
std::optional<QString> date(const QString &text, const DateFormat &format, QString *error);
/// The format the non-empty `samples` are written in: "yyyy-MM-dd", "yyyy/MM/dd",
/// "d.M.yyyy", "M/d/yyyy", or "d/M/yyyy" when a first number above 12 shows the day
/// comes first; empty when no sample is a date.
QString detectDateFormat(const QStringList &samples);

} // namespace ValueParser
} // namespace waymark
