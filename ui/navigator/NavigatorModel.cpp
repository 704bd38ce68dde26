// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorModel.h"

#include "util/DisplayText.h"
#include "widgets/Avatar.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>

namespace waymark {
namespace {
// Top-level (group) indexes carry internal id 0; entity indexes carry their group + 1.
constexpr quintptr kGroupNode = 0;
const QString kMimeType = QStringLiteral("application/x-waymark-navigator-item");

template <class T>
QList<qint64> idsOf(const EntityList<T> &list)
{
    QList<qint64> out;
    out.reserve(list.size());
    for (const T &e : list)
        out.append(e.id.value);
    return out;
}
} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractItemModel(parent) {}

int NavigatorModel::groupOf(EntityKind kind)
{
    for (int g = 0; g < int(groupKinds.size()); ++g)
        if (groupKinds[g] == kind)
            return g;
    return -1;
}

void NavigatorModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    beginResetModel();
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::entityAdded, this, &NavigatorModel::onEntityAdded);
        connect(m_document, &Document::entityRemoved, this, &NavigatorModel::onEntityRemoved);
        connect(m_document, &Document::entityChanged, this, &NavigatorModel::onEntityChanged);
        connect(m_document, &Document::entityMoved, this, &NavigatorModel::onEntityMoved);
        connect(m_document, &Document::entitiesAdded, this, [this](EntityKind kind, const QList<qint64> &ids) {
            for (qint64 id : ids)
                onEntityAdded(kind, id);
        });
        connect(m_document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
            for (qint64 id : ids)
                onEntityRemoved(kind, id);
        });
        connect(m_document, &Document::workspaceReset, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

void NavigatorModel::rebuild()
{
    for (int g = 0; g < int(groupKinds.size()); ++g)
        m_ids[g] = m_document ? idsInWorkspace(groupKinds[g]) : QList<qint64>();
}

QList<qint64> NavigatorModel::idsInWorkspace(EntityKind kind) const
{
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::Persona: return idsOf(w.personas);
    case EntityKind::EmpathyMap: return idsOf(w.empathyMaps);
    case EntityKind::StakeholderMap: return idsOf(w.stakeholderMaps);
    case EntityKind::Journey: return idsOf(w.journeys);
    default: return {};
    }
}

qsizetype NavigatorModel::workspaceIndex(EntityKind kind, qint64 id) const
{
    const Workspace &w = m_document->workspace();
    switch (kind) {
    case EntityKind::Persona: return w.personas.indexOf(PersonaId(id));
    case EntityKind::EmpathyMap: return w.empathyMaps.indexOf(EmpathyMapId(id));
    case EntityKind::StakeholderMap: return w.stakeholderMaps.indexOf(StakeholderMapId(id));
    case EntityKind::Journey: return w.journeys.indexOf(JourneyId(id));
    default: return -1;
    }
}

void NavigatorModel::onEntityAdded(EntityKind kind, qint64 id)
{
    const int g = groupOf(kind);
    if (g < 0 || m_ids[g].contains(id))
        return;
    const int row = int(qBound<qsizetype>(0, workspaceIndex(kind, id), m_ids[g].size()));
    beginInsertRows(index(g, 0), row, row);
    m_ids[g].insert(row, id);
    endInsertRows();
    groupCountChanged(g);
}

void NavigatorModel::onEntityRemoved(EntityKind kind, qint64 id)
{
    const int g = groupOf(kind);
    const int row = g < 0 ? -1 : int(m_ids[g].indexOf(id));
    if (row < 0)
        return;
    beginRemoveRows(index(g, 0), row, row);
    m_ids[g].removeAt(row);
    endRemoveRows();
    groupCountChanged(g);
}

void NavigatorModel::onEntityChanged(EntityKind kind, qint64 id)
{
    const QModelIndex changed = indexOf(kind, id);
    if (changed.isValid())
        emit dataChanged(changed, changed);
}

void NavigatorModel::onEntityMoved(EntityKind kind, qint64 id)
{
    const int g = groupOf(kind);
    const int from = g < 0 ? -1 : int(m_ids[g].indexOf(id));
    const int to = from < 0 ? -1 : int(workspaceIndex(kind, id));
    if (from < 0 || to < 0 || from == to)
        return;
    const QModelIndex parent = index(g, 0);
    // beginMoveRows wants the row the item goes before, counted before the move.
    if (!beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to))
        return;
    m_ids[g].move(from, to);
    endMoveRows();
}

void NavigatorModel::groupCountChanged(int group)
{
    const QModelIndex groupIdx = index(group, 0);
    emit dataChanged(groupIdx, groupIdx, {CountRole});
}

QModelIndex NavigatorModel::groupIndex(EntityKind kind) const
{
    const int g = groupOf(kind);
    return g < 0 ? QModelIndex() : index(g, 0);
}

QModelIndex NavigatorModel::indexOf(EntityKind kind, qint64 id) const
{
    const int g = groupOf(kind);
    const int row = g < 0 ? -1 : int(m_ids[g].indexOf(id));
    return row < 0 ? QModelIndex() : index(row, 0, index(g, 0));
}

bool NavigatorModel::isGroup(const QModelIndex &index)
{
    return index.isValid() && index.internalId() == kGroupNode;
}

EntityKind NavigatorModel::kindOf(const QModelIndex &index)
{
    const int g = isGroup(index) ? index.row() : int(index.internalId()) - 1;
    return groupKinds[qBound(0, g, int(groupKinds.size()) - 1)];
}

qint64 NavigatorModel::idOf(const QModelIndex &index)
{
    return index.isValid() && !isGroup(index) ? index.data(IdRole).toLongLong() : 0;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupNode);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupNode)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupNode);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return int(groupKinds.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_ids[parent.row()].size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const EntityKind kind = kindOf(index);
    if (isGroup(index)) {
        const int count = int(m_ids[index.row()].size());
        switch (role) {
        case Qt::DisplayRole: return DisplayText::groupTitle(kind);
        case Qt::FontRole: {
            QFont font = QGuiApplication::font();
            font.setWeight(QFont::DemiBold);
            return font;
        }
        case KindRole: return QVariant::fromValue(kind);
        case IsGroupRole: return true;
        case CountRole: return count;
        default: return {};
        }
    }
    const qint64 id = m_ids[index.internalId() - 1].value(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = WorkspaceEdits::nameOf(m_document, kind, id);
        return name.isEmpty() ? tr("(unnamed)") : name;
    }
    case Qt::EditRole: return WorkspaceEdits::nameOf(m_document, kind, id);
    case Qt::ToolTipRole: return DisplayText::literal(WorkspaceEdits::nameOf(m_document, kind, id));
    case Qt::DecorationRole:
        if (kind == EntityKind::Persona) {
            if (const Persona *p = m_document->workspace().personas.find(PersonaId(id)))
                return QIcon(Avatar::render(*p, 16, qApp->devicePixelRatio()));
        }
        return DisplayText::kindIcon(kind);
    case KindRole: return QVariant::fromValue(kind);
    case IdRole: return id;
    case IsGroupRole: return false;
    default: return {};
    }
}

bool NavigatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || isGroup(index) || !index.isValid())
        return false;
    const QString name = value.toString().simplified();
    if (name.isEmpty())
        return false;
    QUndoCommand *command = WorkspaceEdits::rename(m_document, kindOf(index), idOf(index), name);
    return command && m_document->execute(command);
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool writable = m_document && !m_document->isReadOnly();
    if (isGroup(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (writable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (writable)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return f;
}

QStringList NavigatorModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *NavigatorModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || isGroup(index))
            continue;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << int(kindOf(index)) << idOf(index);
        auto *mime = new QMimeData;
        mime->setData(kMimeType, bytes);
        return mime; // one entity per drag: a reorder moves one item
    }
    return nullptr;
}

Qt::DropActions NavigatorModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions NavigatorModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

std::optional<NavigatorModel::DropTarget> NavigatorModel::dropTarget(const QMimeData *data, Qt::DropAction action,
                                                                     int row, const QModelIndex &parent) const
{
    if (!m_document || m_document->isReadOnly() || action != Qt::MoveAction || !data || !data->hasFormat(kMimeType)
        || !isGroup(parent))
        return std::nullopt;
    QDataStream stream(data->data(kMimeType));
    int kindValue = -1;
    qint64 id = 0;
    stream >> kindValue >> id;
    const int g = groupOf(EntityKind(kindValue));
    if (stream.status() != QDataStream::Ok || g != parent.row())
        return std::nullopt; // only within its own group
    const qsizetype from = m_ids[g].indexOf(id);
    if (from < 0)
        return std::nullopt;
    // `row` is the row the item is dropped before (-1: at the end); after taking the item
    // out, the rows below it shift up by one.
    qsizetype to = row < 0 ? m_ids[g].size() : row;
    if (to > from)
        --to;
    return DropTarget{EntityKind(kindValue), id, qBound<qsizetype>(0, to, m_ids[g].size() - 1)};
}

bool NavigatorModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent) const
{
    return dropTarget(data, action, row, parent).has_value();
}

bool NavigatorModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    const auto target = dropTarget(data, action, row, parent);
    if (!target)
        return false;
    if (QUndoCommand *command = WorkspaceEdits::reorder(m_document, target->kind, target->id, target->toIndex))
        m_document->execute(command);
    // The move is done by the command; the view must not remove the source rows itself
    // (removeRows is not implemented, so its clean-up after a MoveAction is a no-op).
    return true;
}

} // namespace waymark
