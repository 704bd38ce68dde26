// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/InlineTextEditor.h"

#include <QColor>

namespace waymark {

/// Renames a stage or a lane in place, on its header: the name becomes editable text in
/// the header's own font and colours. Enter commits, Escape cancels, Tab or leaving it
/// commits; a name is one line, so Shift+Enter commits too. The view paints its headers
/// over the canvas, so it paints this editor over them as well (paintOver); the item in
/// the scene takes the keys and the clicks.
class HeaderEditor : public InlineTextEditor
{
    Q_OBJECT

public:
    enum class Part { Stage, Lane };

    HeaderEditor(Part part, qint64 id, const QString &name, const QFont &font, const QColor &fill);

    Part part() const { return m_part; }
    qint64 id() const { return m_id; }
    /// The name as typed, on one line and trimmed.
    QString name() const;
    /// Places the editor on a header's cell (scene coordinates): a stage's name is
    /// centred in it, a lane's starts at its top left.
    void setCell(const QRectF &cell);
    QRectF cell() const { return m_cell; }

    QRectF boundingRect() const override;
    /// Nothing: the headers are painted over the canvas, and this editor over them.
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Paints the editor: the header's fill, a highlight frame and the text with its
    /// cursor. `painter` is in scene coordinates.
    void paintOver(QPainter *painter, QWidget *widget);

protected:
    void aboutToEdit() override { prepareGeometryChange(); }
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place();

    Part m_part;
    qint64 m_id;
    QColor m_fill;
    QRectF m_cell;
};

} // namespace waymark
