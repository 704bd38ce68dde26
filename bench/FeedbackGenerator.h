// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace waymark::bench {

/// A deterministic, realistic survey export for benchmarks: quoted comments with commas,
/// quotes, line breaks, umlauts and emoji; NPS, CSAT and CES; about 200 touchpoints in
/// 12 stages. The same `rows` and `seed` always give the same bytes.
class FeedbackGenerator
{
public:
    static constexpr int touchpointCount = 200;

    /// Writes `rows` data rows (plus a header) as UTF-8 CSV with CRLF line ends.
    static bool writeCsv(const QString &path, qint64 rows, std::uint64_t seed = 20261122);
    /// The touchpoint titles used in the file, with their stage.
    static QList<std::pair<QString, QString>> touchpoints();
};

} // namespace waymark::bench
