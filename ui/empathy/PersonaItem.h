// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace waymark {

struct Workspace;

/// The persona in the middle of the empathy map: picture, name and role. Stores only the
/// persona's id; `refresh` re-reads it. Centred on its position.
class PersonaItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::PersonaItem)

public:
    enum { Type = UserType + 0x5045 };

    PersonaItem();

    int type() const override { return Type; }
    PersonaId personaId() const { return m_id; }
    /// The name shown (the persona's, or a placeholder when the map has none).
    QString name() const { return m_name; }
    void setPersona(PersonaId id, const Workspace &workspace);
    void refresh(const Workspace &workspace);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    PersonaId m_id;
    QString m_name;
    QString m_role;
    QPixmap m_avatar;
};

} // namespace waymark
