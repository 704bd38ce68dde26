// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceData.h"

#include <QList>
#include <QString>

namespace waymark {

struct TemplateInfo
{
    QString name;        ///< the key used on the command line, e.g. "ecommerce-purchase"
    QString title;       ///< the workspace name, e.g. "E-commerce purchase"
    QString description;
};

/// The workspace templates bundled with Waymark (resources/templates, interchange JSON).
class TemplateLibrary
{
public:
    static QList<TemplateInfo> templates();
    static Result<WorkspaceData> load(const QString &name);
};

} // namespace waymark
