// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QAbstractItemModel>
#include "document/Document.h"

#include <QPointer>

#include <array>
#include <optional>

namespace waymark {

class Document;

/// The workspace's top-level entities as a tree: four groups (personas, empathy maps,
/// stakeholder maps, journeys), each listing its entities in workspace order. Mirrors
/// the document through its change signals with row-level inserts, removes and moves.
/// Renames and drops become undo commands.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, IsGroupRole, CountRole };
    static constexpr std::array<EntityKind, 4> groupKinds{EntityKind::Persona, EntityKind::EmpathyMap,
                                                          EntityKind::StakeholderMap, EntityKind::Journey};
    static int groupOf(EntityKind kind);

    explicit NavigatorModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    QModelIndex groupIndex(EntityKind kind) const;
    QModelIndex indexOf(EntityKind kind, qint64 id) const;
    static bool isGroup(const QModelIndex &index);
    static EntityKind kindOf(const QModelIndex &index);
    static qint64 idOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct DropTarget
    {
        EntityKind kind;
        qint64 id;
        qsizetype toIndex;
    };
    std::optional<DropTarget> dropTarget(const QMimeData *data, Qt::DropAction action, int row,
                                         const QModelIndex &parent) const;

    void rebuild();
    QList<qint64> idsInWorkspace(EntityKind kind) const;
    qsizetype workspaceIndex(EntityKind kind, qint64 id) const;
    void onEntityAdded(EntityKind kind, qint64 id);
    void onEntityRemoved(EntityKind kind, qint64 id);
    void onEntityChanged(EntityKind kind, qint64 id);
    void onEntityMoved(EntityKind kind, qint64 id);
    void groupCountChanged(int group);

    QPointer<Document> m_document;
    std::array<QList<qint64>, 4> m_ids;
};

} // namespace waymark
