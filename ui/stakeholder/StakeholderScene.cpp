// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderScene.h"

#include "GridItem.h"
#include "StakeholderItem.h"

#include "document/Document.h"

namespace waymark {
namespace {
constexpr QRectF kGrid(0, 0, 1120, 760);
constexpr QSizeF kCard(252, 110);

/// Cards stay inside the grid: positions 0 and 1 put a card's edge on the grid's edge.
QRectF positionArea()
{
    return kGrid.adjusted(kCard.width() / 2, kCard.height() / 2, -kCard.width() / 2, -kCard.height() / 2);
}
} // namespace

StakeholderScene::StakeholderScene(Document *document, StakeholderMapId mapId, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_mapId(mapId), m_grid(new GridItem)
{
    QGraphicsScene::addItem(m_grid);
    setSceneRect(contentsRect().adjusted(-12, -12, 12, 12));
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items, all of them move
    connect(document, &Document::entityAdded, this, &StakeholderScene::onEntityAdded);
    connect(document, &Document::entityChanged, this, &StakeholderScene::onEntityChanged);
    connect(document, &Document::entityRemoved, this, &StakeholderScene::onEntityRemoved);
    connect(document, &Document::entityMoved, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::Stakeholder)
            updateStacking();
    });
    connect(document, &Document::entitiesAdded, this, [this](EntityKind kind, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntityAdded(kind, id);
    });
    connect(document, &Document::entitiesRemoved, this, [this](EntityKind kind, const QList<qint64> &ids) {
        for (qint64 id : ids)
            onEntityRemoved(kind, id);
    });
    connect(document, &Document::workspaceReset, this, &StakeholderScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<StakeholderId> now = selectedIds();
        if (now != m_lastSelection) {
            m_lastSelection = now;
            emit selectedStakeholdersChanged();
        }
    });
    rebuild();
}

StakeholderScene::~StakeholderScene()
{
    // QGraphicsScene's destructor deletes the items and reports the selection change;
    // this scene's members are gone by then.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    m_items.clear();
}

const Stakeholder *StakeholderScene::stakeholder(StakeholderId id) const
{
    return m_document ? m_document->workspace().stakeholders.find(id) : nullptr;
}

QList<StakeholderItem *> StakeholderScene::stakeholderItems() const
{
    QList<StakeholderItem *> out;
    if (!m_document)
        return out;
    for (const Stakeholder &s : m_document->workspace().stakeholders)
        if (StakeholderItem *item = m_items.value(s.id.value))
            out.append(item);
    return out;
}

QList<StakeholderId> StakeholderScene::selectedIds() const
{
    QList<StakeholderId> out;
    for (StakeholderItem *item : stakeholderItems())
        if (item->isSelected())
            out.append(item->id());
    return out;
}

void StakeholderScene::selectOnly(const QList<StakeholderId> &ids)
{
    QSignalBlocker blocker(this); // one selectionChanged below, not one per item
    for (StakeholderItem *item : std::as_const(m_items))
        item->setSelected(ids.contains(item->id()));
    blocker.unblock();
    emit selectionChanged();
}

QRectF StakeholderScene::gridRect()
{
    return kGrid;
}

QSizeF StakeholderScene::cardSize()
{
    return kCard;
}

QRectF StakeholderScene::contentsRect() const
{
    return m_grid->sceneBoundingRect();
}

QPointF StakeholderScene::toScene(double power, double interest)
{
    const QRectF area = positionArea();
    return {area.left() + interest * area.width(), area.top() + (1.0 - power) * area.height()};
}

std::pair<double, double> StakeholderScene::toPosition(QPointF point)
{
    const QRectF area = positionArea();
    return {1.0 - (point.y() - area.top()) / area.height(), (point.x() - area.left()) / area.width()};
}

QSizeF StakeholderScene::unitSize()
{
    return positionArea().size();
}

void StakeholderScene::rebuild()
{
    const QList<StakeholderId> selected = selectedIds();
    for (StakeholderItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    if (m_document)
        for (const Stakeholder &s : m_document->workspace().stakeholders.children(m_mapId.value))
            addItem(s);
    updateStacking();
    selectOnly(selected);
}

void StakeholderScene::addItem(const Stakeholder &stakeholder)
{
    auto *item = new StakeholderItem(stakeholder.id);
    QGraphicsScene::addItem(item);
    m_items.insert(stakeholder.id.value, item);
    item->sync();
}

void StakeholderScene::updateStacking()
{
    // Later in the map's order is drawn on top, as in the file and the navigator.
    qreal z = 1;
    for (StakeholderItem *item : stakeholderItems())
        item->setZValue(z++ + (item->isSelected() ? StakeholderItem::selectedZ : 0)
                        + (item->isHovered() ? StakeholderItem::hoveredZ : 0));
}

void StakeholderScene::onEntityAdded(EntityKind kind, qint64 id)
{
    if (kind != EntityKind::Stakeholder || m_items.contains(id))
        return;
    const Stakeholder *s = stakeholder(StakeholderId(id));
    if (!s || s->mapId != m_mapId)
        return;
    addItem(*s);
    updateStacking();
}

void StakeholderScene::onEntityChanged(EntityKind kind, qint64 id)
{
    if (kind == EntityKind::Stakeholder) {
        if (StakeholderItem *item = m_items.value(id))
            item->sync();
    } else if (kind == EntityKind::StakeholderMap && id == m_mapId.value) {
        m_grid->update();
    }
}

void StakeholderScene::onEntityRemoved(EntityKind kind, qint64 id)
{
    if (kind != EntityKind::Stakeholder)
        return;
    if (StakeholderItem *item = m_items.take(id)) {
        const bool wasSelected = item->isSelected();
        delete item; // emits selectionChanged itself when it was selected
        if (wasSelected)
            emit selectionChanged();
    }
}

} // namespace waymark
