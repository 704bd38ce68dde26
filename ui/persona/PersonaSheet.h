// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Journey.h"
#include "model/Persona.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace waymark {

/// A persona on one page: picture, name, role and quote on top; demographics and traits on
/// the left; goals, needs, frustrations, behaviours, channels and expectations in a grid; the
/// persona's journeys at the foot. Painted with QPainter only, so the page on screen
/// (PersonaSheetView) and the printed or exported page are the same drawing: every size
/// derives from the page rectangle, text is measured on the painter's device, and content
/// that does not fit shrinks (and, at the smallest size, ends with “+ N more”).
class PersonaSheet
{
    Q_DECLARE_TR_FUNCTIONS(waymark::PersonaSheet)

public:
    enum class Region {
        None,
        Avatar,
        Name, ///< name and role/segment
        Quote,
        About, ///< age, occupation, location, family
        Traits,
        Goals,
        Needs,
        Frustrations,
        Behaviours,
        Channels,
        Expectations,
        Journey, ///< one journey of the persona; see Hit::journeyId
    };
    struct Hit
    {
        Region region = Region::None;
        QRectF rect;
        qint64 journeyId = 0;
    };

    /// Width : height of the page (A4 landscape).
    static constexpr qreal kAspect = 297.0 / 210.0;

    PersonaSheet(const Persona &persona, const QList<Journey> &journeys);

    /// Colours of the page: Base (paper), Text, PlaceholderText (secondary), Highlight.
    /// Defaults to printPalette().
    void setPalette(const QPalette &palette) { m_palette = palette; }
    /// The font family and style; sizes derive from the page.
    void setFont(const QFont &font) { m_font = font; }
    /// On screen, empty fields invite a click ("Click to add goals"); on paper they show “—”.
    void setEditingHints(bool on) { m_hints = on; }
    /// Tints one region (hover on screen).
    void setHighlight(Region region, qint64 journeyId = 0)
    {
        m_highlight = region;
        m_highlightJourney = journeyId;
    }

    /// Draws the sheet into the largest rectangle of kAspect centred in `area`.
    void paint(QPainter *painter, const QRectF &area) const;
    /// Where the regions lie when painted into `area` on `device`.
    QList<Hit> regions(QPaintDevice *device, const QRectF &area) const;

    /// The page rectangle inside `area`: kAspect, centred.
    static QRectF fitPage(const QRectF &area);
    /// Dark text on white paper, whatever the screen's theme.
    static QPalette printPalette();
    /// The heading of a region ("Goals", "Frustrations & pain points", ...).
    static QString title(Region region);

private:
    friend class PersonaSheetLayout;

    Persona m_persona;
    QList<Journey> m_journeys;
    QPalette m_palette;
    QFont m_font;
    bool m_hints = false;
    Region m_highlight = Region::None;
    qint64 m_highlightJourney = 0;
};

} // namespace waymark
