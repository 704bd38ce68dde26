// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace waymark {

/// How an entity type maps onto its table. Every table has `id` and `position` first;
/// `columns()` lists the rest in the order `values()` returns them and `read()` expects.
template <class T>
struct EntityTable
{
    static QString name();
    static QStringList columns();
    static QVariantList values(const T &entity);
    /// Reads an entity from a row selected as `id, position, columns()...`.
    static T read(const QSqlQuery &row);
};

} // namespace waymark
