// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QAbstractButton>

class QLabel;

namespace waymark {

class PlainLabel;

/// A persona in the gallery: picture, name, role, quote and how many journeys it has.
/// Clicking it (or Enter/Space) opens the persona. All text is shown literally.
class PersonaCard : public QAbstractButton
{
    Q_OBJECT

public:
    PersonaCard(const Persona &persona, int journeyCount, QWidget *parent = nullptr);

    PersonaId personaId() const { return m_id; }
    PlainLabel *nameLabel() const { return m_name; }
    PlainLabel *segmentLabel() const { return m_segment; }
    PlainLabel *quoteLabel() const { return m_quote; }

    /// The width every card has, from the font.
    static int cardWidth(const QFontMetrics &fm);

signals:
    void duplicateRequested(waymark::PersonaId id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    PersonaId m_id;
    QLabel *m_avatar;
    PlainLabel *m_name;
    PlainLabel *m_segment;
    PlainLabel *m_quote;
    PlainLabel *m_journeys;
    bool m_hovered = false;
};

} // namespace waymark
