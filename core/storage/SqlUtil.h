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

/// The identity of an imported row without a response id: a hash of its raw cells
/// (as stored in feedback_item.raw), so re-importing the same export adds nothing.
inline QString rowHash(const QString &rawJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawJson.toUtf8(), QCryptographicHash::Sha1).toHex().left(32));
}

inline QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
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
