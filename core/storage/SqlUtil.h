// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace waymark {

inline Error sqlError(const QString &message, const QSqlError &error)
{
    const bool full = error.nativeErrorCode() == QLatin1String("13") || error.databaseText().contains(QLatin1String("full"));
    QString text = message;
    if (full)
        text += QObject::tr(": the disk is full. Free some space and try again.");
    return makeError(Error::Code::Sql, text, error.text());
}

/// Binds text so that an empty string is stored as '' (the columns are NOT NULL);
/// Qt's SQLite driver would bind a null QString as NULL.
inline QVariant textValue(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString::fromLatin1("", 0));
    return v;
}

/// The identity of an imported row without a response id: XXH3-64 of its cells as a
/// compact JSON array (jsonText, UTF-8), so re-importing the same export adds nothing.
/// Stored as feedback_item.row_hash only for rows without a response id; two different
/// rows with the same 64-bit hash (odds about n²/2⁶⁵: 3·10⁻⁸ for a million rows) would
/// make a re-import skip the second as a duplicate.
qint64 rowHash(QByteArrayView rawJsonUtf8);

/// A JSON array of strings, exactly as QJsonDocument writes it compactly (row hashes of
/// stored rows depend on the text), without building a QJsonDocument: this runs once per
/// imported row.
inline QString jsonText(const QStringList &list)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    qsizetype size = 2;
    for (const QString &s : list)
        size += s.size() + 3;
    out.reserve(size + 16);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        const QString &field = list[i];
        qsizetype run = 0; // start of the characters not yet copied
        for (qsizetype k = 0; k < field.size(); ++k) {
            const char16_t u = field.at(k).unicode();
            if (QChar::isHighSurrogate(u) && k + 1 < field.size() && QChar::isLowSurrogate(field.at(k + 1).unicode())) {
                ++k; // a valid pair is written as it is
                continue;
            }
            if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
                continue;
            out += QStringView(field).sliced(run, k - run);
            run = k + 1;
            switch (u) {
            case u'"': out += QLatin1String("\\\""); break;
            case u'\\': out += QLatin1String("\\\\"); break;
            case u'\b': out += QLatin1String("\\b"); break;
            case u'\f': out += QLatin1String("\\f"); break;
            case u'\n': out += QLatin1String("\\n"); break;
            case u'\r': out += QLatin1String("\\r"); break;
            case u'\t': out += QLatin1String("\\t"); break;
            default: // other control characters and lone surrogates
                out += QLatin1String("\\u");
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += QLatin1Char(hex[(u >> shift) & 0xF]);
            }
        }
        out += QStringView(field).sliced(run);
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

inline QStringList jsonStringList(const QVariant &v)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const auto &e : a)
        out << e.toString();
    return out;
}

template <class T>
QVariant optionalValue(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

inline std::optional<int> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

inline std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace waymark
