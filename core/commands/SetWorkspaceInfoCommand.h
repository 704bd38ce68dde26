// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace waymark {

/// Renames the workspace or changes its description.
class SetWorkspaceInfoCommand : public Command
{
public:
    SetWorkspaceInfoCommand(Document *document, QString name, QString description, QUndoCommand *parent = nullptr)
        : Command(document, QCoreApplication::translate("waymark", "Rename workspace"), parent),
          m_name(std::move(name)), m_description(std::move(description)),
          m_oldName(document->workspace().name), m_oldDescription(document->workspace().description)
    {
    }
    void redo() override { m_document->setWorkspaceInfo(key(), m_name, m_description); }
    void undo() override { m_document->setWorkspaceInfo(key(), m_oldName, m_oldDescription); }

private:
    QString m_name, m_description, m_oldName, m_oldDescription;
};

} // namespace waymark
