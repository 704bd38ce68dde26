// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace waymark {

/// The languages the sentiment analyser knows. `Auto` asks for detection per comment.
enum class Language { Auto, English, German };

/// "auto", "en", "de".
QString languageKey(Language language);
/// Reads "auto", "en", "de" (ASCII case-insensitive); nothing for anything else.
std::optional<Language> languageFromKey(QStringView key);

} // namespace waymark
