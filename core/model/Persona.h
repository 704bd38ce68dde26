// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

struct Trait
{
    QString name;
    int value = 3; ///< 1..5
    bool operator==(const Trait &) const = default;
};

/// Who the customers are: one of the 1–5 most valuable segments, as a person.
struct Persona
{
    using IdType = PersonaId;
    static constexpr EntityKind kind = EntityKind::Persona;

    PersonaId id;
    QString name;
    QString quote;
    QString age;
    QString occupation;
    QString location;
    QString family;
    QString segment;
    QStringList goals;
    QStringList needs;
    QStringList frustrations;
    QStringList behaviours;
    QStringList channels;
    QStringList expectations;
    QList<Trait> traits;
    QString color;
    QByteArray avatar; ///< PNG bytes; empty: a generated initials avatar

    qint64 parentKey() const { return 0; }
    bool operator==(const Persona &) const = default;
};

} // namespace waymark
