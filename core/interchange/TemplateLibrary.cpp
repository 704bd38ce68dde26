// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateLibrary.h"

#include "InterchangeJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace waymark {
namespace {

const QString kFolder = QStringLiteral(":/waymark/templates/");

} // namespace

QList<TemplateInfo> TemplateLibrary::templates()
{
    QList<TemplateInfo> out;
    const QStringList files = QDir(kFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        auto data = load(name);
        if (!data)
            continue;
        out.append({name, data->workspace.name, data->workspace.description});
    }
    return out;
}

Result<WorkspaceData> TemplateLibrary::load(const QString &name)
{
    QFile file(kFolder + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        QStringList names;
        for (const QString &f : QDir(kFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            names << f.chopped(5);
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("waymark", "There is no template “%1”. Available templates: %2.")
                             .arg(name, names.join(QStringLiteral(", "))));
    }
    return InterchangeJson::read(file.readAll(), name + QStringLiteral(".json"));
}

} // namespace waymark
