// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace waymark::cli {

/// Exit codes of waymark-cli: a stable contract for scripts.
enum ExitCode { Success = 0, InputError = 1, UsageError = 2 };

/// Runs `waymark-cli ARGS...` (without the program name) and returns the exit code.
int run(const QStringList &args);

} // namespace waymark::cli
