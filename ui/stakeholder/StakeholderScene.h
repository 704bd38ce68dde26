// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include "document/Document.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

namespace waymark {

class GridItem;
class StakeholderItem;
struct Stakeholder;

/// One stakeholder map as a power/interest grid with a card per stakeholder. Mirrors the
/// document (entityAdded/Changed/Removed/Moved of stakeholders); its items store only ids.
/// Interest runs left (low) to right (high), power bottom (low) to top (high); a card's
/// centre is its position.
class StakeholderScene : public QGraphicsScene
{
    Q_OBJECT

public:
    StakeholderScene(Document *document, StakeholderMapId mapId, QObject *parent = nullptr);
    ~StakeholderScene() override;

    Document *document() const { return m_document; }
    StakeholderMapId mapId() const { return m_mapId; }
    /// The stakeholder in the document, or nullptr when it is gone.
    const Stakeholder *stakeholder(StakeholderId id) const;

    StakeholderItem *itemFor(StakeholderId id) const { return m_items.value(id.value); }
    /// The cards in the map's order.
    QList<StakeholderItem *> stakeholderItems() const;
    /// The selected stakeholders in the map's order.
    QList<StakeholderId> selectedIds() const;
    void selectOnly(const QList<StakeholderId> &ids);

    /// The grid in scene coordinates; the axis labels lie outside it.
    static QRectF gridRect();
    static QSizeF cardSize();
    /// The grid with its axis labels: what "fit" shows.
    QRectF contentsRect() const;
    /// Where a card's centre lies for a position (power, interest each 0..1).
    static QPointF toScene(double power, double interest);
    /// The position of a card centre at `point`, not clamped: {power, interest}.
    static std::pair<double, double> toPosition(QPointF point);
    /// How far one unit of power and interest reaches in scene coordinates.
    static QSizeF unitSize();

signals:
    /// The set of selected stakeholders changed (not emitted while a card merely moves).
    void selectedStakeholdersChanged();

private:
    void rebuild();
    void addItem(const Stakeholder &stakeholder);
    void updateStacking();
    void onEntityAdded(EntityKind kind, qint64 id);
    void onEntityChanged(EntityKind kind, qint64 id);
    void onEntityRemoved(EntityKind kind, qint64 id);

    QPointer<Document> m_document;
    StakeholderMapId m_mapId;
    GridItem *m_grid;
    QHash<qint64, StakeholderItem *> m_items;
    QList<StakeholderId> m_lastSelection;
};

} // namespace waymark
