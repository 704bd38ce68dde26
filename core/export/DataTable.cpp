// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTable.h"

namespace waymark {

bool DataTable::isNumber(const QVariant &cell)
{
    switch (cell.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

bool SpreadsheetText::needsNeutralising(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString SpreadsheetText::neutralise(const QString &text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

} // namespace waymark
