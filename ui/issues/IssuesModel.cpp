// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuesModel.h"

#include "util/DisplayText.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace waymark {

IssuesModel::IssuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void IssuesModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Object names follow renames and removals.
        auto refresh = [this] {
            if (!m_issues.isEmpty())
                emit dataChanged(index(0, ObjectColumn), index(rowCount() - 1, ObjectColumn));
        };
        connect(m_document, &Document::entityChanged, this, refresh);
        connect(m_document, &Document::entityRemoved, this, refresh);
        connect(m_document, &Document::entityAdded, this, refresh);
        connect(m_document, &Document::entitiesAdded, this, refresh);
        connect(m_document, &Document::entitiesRemoved, this, refresh);
        connect(m_document, &Document::workspaceReset, this, refresh);
    }
}

void IssuesModel::addIssue(Severity severity, const QString &message)
{
    append({severity, message, std::nullopt, 0, QDateTime::currentDateTime()});
}

void IssuesModel::addIssue(Severity severity, const QString &message, EntityKind kind, qint64 id)
{
    append({severity, message, kind, id, QDateTime::currentDateTime()});
}

void IssuesModel::append(Issue issue)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_issues.append(std::move(issue));
    endInsertRows();
    emit issueAdded(m_issues.last().severity, m_issues.last().message);
}

void IssuesModel::clear()
{
    if (m_issues.isEmpty())
        return;
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

int IssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    switch (role) {
    case SeverityRole: return int(issue.severity);
    case KindRole: return issue.kind ? QVariant::fromValue(*issue.kind) : QVariant();
    case IdRole: return issue.id;
    default: break;
    }
    if (index.column() == MessageColumn) {
        switch (role) {
        case Qt::DisplayRole: return issue.message;
        case Qt::ToolTipRole:
            return QString(QLocale().toString(issue.time, QLocale::ShortFormat) + QLatin1Char('\n') + issue.message);
        case Qt::DecorationRole: {
            const QStyle::StandardPixmap icon = issue.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                                : issue.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                      : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        default: return {};
        }
    }
    if (!issue.kind)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = m_document ? WorkspaceEdits::nameOf(m_document, *issue.kind, issue.id) : QString();
        return name.isEmpty() ? tr("(deleted %1)").arg(DisplayText::kindName(*issue.kind)) : name;
    }
    case Qt::DecorationRole: return DisplayText::kindIcon(*issue.kind);
    default: return {};
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Message") : tr("Object");
}

} // namespace waymark
