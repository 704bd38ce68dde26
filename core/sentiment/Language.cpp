// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

namespace waymark {

using namespace Qt::StringLiterals;

QString languageKey(Language language)
{
    switch (language) {
    case Language::English: return u"en"_s;
    case Language::German: return u"de"_s;
    case Language::Auto: break;
    }
    return u"auto"_s;
}

std::optional<Language> languageFromKey(QStringView key)
{
    for (Language l : {Language::Auto, Language::English, Language::German})
        if (key.compare(languageKey(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

} // namespace waymark
