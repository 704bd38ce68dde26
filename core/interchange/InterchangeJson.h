// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace waymark {

/// The interchange JSON (docs/interchange-format.md): the whole workspace as one
/// versioned, diffable document with stable ordering.
class InterchangeJson
{
public:
    static constexpr int formatVersion = 1;

    static QByteArray write(const WorkspaceData &data);
    /// Parses and checks a document; errors name `fileName` and the JSON path at fault.
    static Result<WorkspaceData> read(const QByteArray &json, const QString &fileName);

    /// One entity as a JSON object, as it appears in the document (also used for the clipboard).
    template <class T>
    static QJsonObject toJson(const T &entity);
};

} // namespace waymark
