// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include "document/Document.h"

#include <QPointer>

#include <optional>

namespace waymark {

class Document;

/// Problems worth keeping in view: storage and open warnings now, import issues later.
/// Any code can add to it; an issue can point at an entity, which a click then opens.
class IssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)
    enum Column { MessageColumn, ObjectColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, KindRole, IdRole };

    struct Issue
    {
        Severity severity = Severity::Info;
        QString message;
        std::optional<EntityKind> kind;
        qint64 id = 0;
        QDateTime time;
    };

    explicit IssuesModel(QObject *parent = nullptr);

    /// Used to name the objects issues point at.
    void setDocument(Document *document);

    void addIssue(Severity severity, const QString &message);
    void addIssue(Severity severity, const QString &message, EntityKind kind, qint64 id);
    void clear();
    const Issue &issue(int row) const { return m_issues.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void issueAdded(waymark::IssuesModel::Severity severity, const QString &message);

private:
    void append(Issue issue);

    QPointer<Document> m_document;
    QList<Issue> m_issues;
};

} // namespace waymark
