// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QTextLayout>

#include <memory>

namespace waymark {

struct Workspace;

/// A sticky note on the empathy map. Stores only its note's id; `refresh` re-reads the
/// note (text, colour, link, evidence) from the workspace and lays the text out again.
/// The text is plain, wrapped inside the note, and the note grows to show all of it.
class NoteItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(waymark::NoteItem)

public:
    enum { Type = UserType + 0x4e4f };

    explicit NoteItem(EmpathyNoteId id);

    EmpathyNoteId id() const { return m_id; }
    int type() const override { return Type; }

    void refresh(const Workspace &workspace);
    qreal height() const { return m_height; }

    /// The note in item coordinates (the bounding rect adds room for shadow and outline).
    QRectF noteRect() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The promoted-card marker and the evidence badge (item coordinates; empty when absent).
    QRectF markerRect() const { return m_markerRect; }
    QRectF badgeRect() const { return m_badgeRect; }
    int evidenceCount() const { return m_evidence; }
    bool hasLink() const { return !m_markerRect.isEmpty(); }
    QString markerText() const { return m_markerText; }

    /// What the text layout holds and where its lines lie (item coordinates).
    QString layoutText() const { return m_layout ? m_layout->text() : QString(); }
    int laidOutLength() const;
    QRectF textRect() const;
    QColor fillColor() const { return m_fill; }
    QColor textColor() const;

    /// While the note is edited in place its own text is hidden under the editor.
    void setEditing(bool editing);
    /// Being dragged: drawn lifted.
    void setFloating(bool floating);

    static QFont textFont();
    static QFont smallFont();
    static constexpr qreal textPadding = 16;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    EmpathyNoteId m_id;
    std::unique_ptr<QTextLayout> m_layout;
    QColor m_fill;
    qreal m_height;
    qreal m_textHeight = 0;
    int m_evidence = 0;
    QString m_markerText;
    QString m_markerTip;
    QRectF m_markerRect;
    QRectF m_badgeRect;
    bool m_editing = false;
    bool m_floating = false;
};

} // namespace waymark
