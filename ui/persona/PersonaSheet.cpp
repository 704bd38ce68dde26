// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaSheet.h"

#include "widgets/Avatar.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace waymark {
namespace {

/// The page is laid out in units of 1/840 of its height: 16 units of body text are
/// 4 mm (11.3 pt) on A4 paper and 17 pixels on a page 900 pixels high.
constexpr qreal kPageUnits = 840.0;
/// Text and spacing shrink in these steps, down to kMinScale, until everything fits.
constexpr qreal kScaleStep = 0.05;
constexpr qreal kMinScale = 0.55;

/// What an empty section says on screen.
QString emptyHint(PersonaSheet::Region region)
{
    using Region = PersonaSheet::Region;
    switch (region) {
    case Region::Goals: return PersonaSheet::tr("Click to add goals");
    case Region::Needs: return PersonaSheet::tr("Click to add needs");
    case Region::Frustrations: return PersonaSheet::tr("Click to add frustrations and pain points");
    case Region::Behaviours: return PersonaSheet::tr("Click to add behaviours");
    case Region::Channels: return PersonaSheet::tr("Click to add the channels they prefer");
    case Region::Expectations: return PersonaSheet::tr("Click to add expectations");
    default: return {};
    }
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(alpha);
    return color;
}

/// The persona's colour, made lighter or darker until it stands out from the paper.
QColor accentOn(const QColor &accent, const QColor &paper)
{
    QColor c = accent;
    const bool darkPaper = paper.lightnessF() < 0.5;
    for (int i = 0; i < 6 && qAbs(c.lightnessF() - paper.lightnessF()) < 0.35; ++i)
        c = darkPaper ? c.lighter(130) : c.darker(130);
    return c;
}

} // namespace

/// One pass over the page: measures (painter null) or measures and draws.
class PersonaSheetLayout
{
public:
    PersonaSheetLayout(const PersonaSheet &sheet, QPaintDevice *device, QPainter *painter, const QRectF &page,
                       qreal scale)
        : m_sheet(sheet), m_device(device), m_painter(painter), m_page(page), m_unit(page.height() / kPageUnits),
          m_scale(scale), m_paper(sheet.m_palette.color(QPalette::Base)),
          m_text(sheet.m_palette.color(QPalette::Text)),
          m_secondary(sheet.m_palette.color(QPalette::PlaceholderText)),
          m_accent(accentOn(Avatar::colorOf(sheet.m_persona), m_paper))
    {
    }

    /// Lays out the page; returns by how much the content is taller than its room (<= 0: it fits).
    qreal run();

    QList<PersonaSheet::Hit> hits;

private:
    using Region = PersonaSheet::Region;

    qreal u(qreal units) const { return units * m_unit; }            // fixed geometry
    qreal s(qreal units) const { return units * m_unit * m_scale; }  // geometry that shrinks with the text
    QFont font(qreal units, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    QFont labelFont() const;
    bool drawing() const { return m_painter != nullptr; }

    /// Wrapped plain text at (x, y), `width` wide; at most `maxLines` lines (0: any), the last
    /// one elided. Draws only when `draw` and painting. Returns the height.
    qreal text(const QString &string, const QFont &font, qreal x, qreal y, qreal width, const QColor &color,
               int maxLines = 0, bool draw = true);
    /// A heading with the accent underline; returns its height including the gap below.
    qreal heading(const QString &title, qreal x, qreal y, qreal width, bool draw);
    /// A titled bullet list. Draws at most `limit` high (ending with “+ N more” when cut
    /// short); returns the height it needs for everything.
    qreal listSection(Region region, const QStringList &items, qreal x, qreal y, qreal width, qreal limit, bool draw);
    qreal header(qreal left, qreal top, qreal width);
    qreal aboutColumn(qreal x, qreal y, qreal width, qreal limit, bool draw);
    void footer(qreal left, qreal top, qreal width);
    void hit(Region region, const QRectF &rect, qint64 journeyId = 0);

    const PersonaSheet &m_sheet;
    QPaintDevice *m_device;
    QPainter *m_painter;
    QRectF m_page;
    qreal m_unit;
    qreal m_scale;
    QColor m_paper, m_text, m_secondary, m_accent;
};

QFont PersonaSheetLayout::font(qreal units, QFont::Weight weight, bool italic) const
{
    QFont f = m_sheet.m_font;
    f.setPointSizeF(qMax(1.0, s(units) * 72.0 / qMax(1, m_device->logicalDpiY())));
    f.setWeight(weight);
    f.setItalic(italic);
    return f;
}

QFont PersonaSheetLayout::labelFont() const
{
    QFont f = font(13.5, QFont::DemiBold);
    f.setCapitalization(QFont::AllUppercase);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    return f;
}

qreal PersonaSheetLayout::text(const QString &string, const QFont &font, qreal x, qreal y, qreal width,
                               const QColor &color, int maxLines, bool draw)
{
    if (string.isEmpty() || width <= 0)
        return 0;
    QTextLayout layout(string, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    int elideFrom = -1;
    layout.beginLayout();
    for (int lines = 0;; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        if (maxLines > 0 && lines == maxLines - 1 && line.textStart() + line.textLength() < string.size()) {
            elideFrom = line.textStart();
            break;
        }
    }
    layout.endLayout();
    if (draw && drawing()) {
        m_painter->setPen(color);
        m_painter->setFont(font);
        const int full = elideFrom < 0 ? layout.lineCount() : layout.lineCount() - 1;
        for (int i = 0; i < full; ++i)
            layout.lineAt(i).draw(m_painter, QPointF(x, y));
        if (elideFrom >= 0) {
            const QTextLine last = layout.lineAt(layout.lineCount() - 1);
            const QFontMetricsF fm(font, m_device);
            const QString rest = fm.elidedText(string.mid(elideFrom).simplified(), Qt::ElideRight, width);
            m_painter->drawText(QPointF(x, y + last.y() + last.ascent()), rest);
        }
    }
    return height;
}

qreal PersonaSheetLayout::heading(const QString &title, qreal x, qreal y, qreal width, bool draw)
{
    const qreal h = text(title, labelFont(), x, y, width, m_text, 2, draw);
    if (draw && drawing()) {
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(m_accent);
        m_painter->drawRoundedRect(QRectF(x, y + h + s(4), s(30), s(3.5)), s(1.5), s(1.5));
    }
    return h + s(4) + s(3.5) + s(10);
}

qreal PersonaSheetLayout::listSection(Region region, const QStringList &items, qreal x, qreal y, qreal width,
                                      qreal limit, bool draw)
{
    const QFont body = font(16);
    const QFontMetricsF fm(body, m_device);
    qreal h = heading(PersonaSheet::title(region), x, y, width, draw);
    if (items.isEmpty()) {
        const QString empty = m_sheet.m_hints ? emptyHint(region) : QStringLiteral("—");
        return h + text(empty, font(16, QFont::Normal, m_sheet.m_hints), x, y + h, width, m_secondary, 2, draw);
    }
    const qreal indent = s(17);
    const qreal gap = s(7);
    const qreal moreHeight = fm.height() + gap;
    qreal needed = h;
    bool cut = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qreal itemHeight = text(items[i], body, 0, 0, width - indent, m_text, 0, false);
        const bool last = i == items.size() - 1;
        // The item and, when more follow, room for the “+ N more” line.
        const bool fits = needed + itemHeight + (last ? 0 : moreHeight) <= limit;
        if (draw && !cut && !fits && !(last && needed + itemHeight <= limit)) {
            cut = true;
            text(PersonaSheet::tr("+ %n more", nullptr, int(items.size() - i)), font(16, QFont::Normal, true), x,
                 y + needed, width, m_secondary, 1, true);
        }
        if (draw && !cut) {
            if (drawing()) {
                const qreal r = s(3.2);
                m_painter->setPen(Qt::NoPen);
                m_painter->setBrush(m_accent);
                m_painter->drawEllipse(QPointF(x + r + s(1), y + needed + fm.ascent() - fm.xHeight() / 2), r, r);
            }
            text(items[i], body, x + indent, y + needed, width - indent, m_text, 0, true);
        }
        needed += itemHeight + (last ? 0 : gap);
    }
    return needed;
}

qreal PersonaSheetLayout::header(qreal left, qreal top, qreal width)
{
    const Persona &p = m_sheet.m_persona;
    const qreal avatarSize = qMax(u(96), s(148));
    if (drawing()) {
        const qreal ratio = m_painter->device()->devicePixelRatioF() * m_painter->transform().m11();
        const QPixmap avatar = Avatar::render(p, qCeil(avatarSize), qMax(1.0, ratio));
        m_painter->drawPixmap(QRectF(left, top, avatarSize, avatarSize), avatar, QRectF(avatar.rect()));
    }
    hit(Region::Avatar, QRectF(left, top, avatarSize, avatarSize));

    const bool showQuote = !p.quote.isEmpty() || m_sheet.m_hints;
    const qreal quoteWidth = showQuote ? width * 0.42 : 0;
    const qreal textLeft = left + avatarSize + u(30);
    const qreal textWidth = left + width - textLeft - (showQuote ? quoteWidth + u(36) : 0);

    // Name, role/segment and a one-line summary of the demographics.
    qreal y = top + s(8);
    y += text(p.name, font(40, QFont::DemiBold), textLeft, y, textWidth, m_text, 2);
    y += s(6);
    if (!p.segment.isEmpty())
        y += text(p.segment, font(21, QFont::Medium), textLeft, y, textWidth, m_accent, 2);
    else if (m_sheet.m_hints)
        y += text(PersonaSheet::tr("Click to add a role or segment"), font(18, QFont::Normal, true), textLeft, y,
                  textWidth, m_secondary, 2);
    QStringList summary;
    for (const QString &part : {p.age.isEmpty() ? QString() : PersonaSheet::tr("%1 years").arg(p.age), p.occupation,
                                p.location})
        if (!part.isEmpty())
            summary << part;
    if (!summary.isEmpty()) {
        y += s(8);
        y += text(summary.join(QStringLiteral(" · ")), font(16), textLeft, y, textWidth, m_secondary, 2);
    }
    const qreal bottom = qMax(top + avatarSize, y);
    hit(Region::Name, QRectF(textLeft, top, textWidth, bottom - top));

    if (showQuote) {
        const qreal x = left + width - quoteWidth;
        const qreal pad = s(18);
        const QFont markFont = font(56, QFont::Bold);
        const qreal markWidth = s(40);
        const QString quote = p.quote.isEmpty() ? PersonaSheet::tr("Click to add a quote in the persona’s own words")
                                                : p.quote;
        const QFont quoteFont = font(p.quote.isEmpty() ? 18 : 20, QFont::Normal, true);
        const QColor quoteColor = p.quote.isEmpty() ? m_secondary : m_text;
        const qreal textHeight =
            text(quote, quoteFont, 0, 0, quoteWidth - 2 * pad - markWidth, quoteColor, 7, false);
        const QRectF box(x, top, quoteWidth, qMax(textHeight + 2 * pad, avatarSize * 0.6));
        if (drawing()) {
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(withAlpha(m_accent, 0.09));
            m_painter->drawRoundedRect(box, s(10), s(10));
            m_painter->setBrush(m_accent);
            m_painter->drawRoundedRect(QRectF(box.left(), box.top(), s(5), box.height()), s(2.5), s(2.5));
            m_painter->setPen(withAlpha(m_accent, 0.85));
            m_painter->setFont(markFont);
            m_painter->drawText(QRectF(box.left() + pad * 0.7, box.top() + pad * 0.35, markWidth + pad, box.height()),
                                Qt::AlignLeft | Qt::AlignTop, QStringLiteral("“"));
        }
        text(quote, quoteFont, box.left() + pad + markWidth, box.top() + pad, quoteWidth - 2 * pad - markWidth,
             quoteColor, 7);
        hit(Region::Quote, box);
        return qMax(bottom, box.bottom());
    }
    return bottom;
}

qreal PersonaSheetLayout::aboutColumn(qreal x, qreal y, qreal width, qreal limit, bool draw)
{
    const Persona &p = m_sheet.m_persona;
    const qreal start = y;
    y += heading(PersonaSheet::title(Region::About), x, y, width, draw);
    const std::pair<QString, QString> fields[] = {
        {PersonaSheet::tr("Age"), p.age},
        {PersonaSheet::tr("Occupation"), p.occupation},
        {PersonaSheet::tr("Location"), p.location},
        {PersonaSheet::tr("Family"), p.family},
    };
    const QFont label = font(14, QFont::Normal);
    const QFont body = font(16);
    for (const auto &[name, value] : fields) {
        y += text(name, label, x, y, width, m_secondary, 1, draw);
        y += s(1);
        y += text(value.isEmpty() ? QStringLiteral("—") : value, body, x, y, width,
                  value.isEmpty() ? m_secondary : m_text, 4, draw);
        y += s(9);
    }
    const qreal aboutBottom = y;
    if (draw)
        hit(Region::About, QRectF(x, start, width, aboutBottom - start));

    y += s(16);
    const qreal traitsTop = y;
    y += heading(PersonaSheet::title(Region::Traits), x, y, width, draw);
    if (p.traits.isEmpty()) {
        const QString empty = m_sheet.m_hints ? PersonaSheet::tr("Click to add traits such as tech-savvy")
                                              : QStringLiteral("—");
        y += text(empty, font(16, QFont::Normal, m_sheet.m_hints), x, y, width, m_secondary, 2, draw);
    }
    const QFont valueFont = font(14);
    const QFontMetricsF valueMetrics(valueFont, m_device);
    for (const Trait &trait : p.traits) {
        const QString value = PersonaSheet::tr("%1/5").arg(trait.value);
        const qreal valueWidth = valueMetrics.horizontalAdvance(value) + s(8);
        const qreal rowHeight = text(trait.name, body, 0, 0, width - valueWidth, m_text, 2, false) + s(5) + s(9);
        const bool visible = draw && y + rowHeight - start <= limit;
        text(trait.name, body, x, y, width - valueWidth, m_text, 2, visible);
        if (visible && drawing()) {
            m_painter->setFont(valueFont);
            m_painter->setPen(m_secondary);
            m_painter->drawText(QRectF(x, y, width, rowHeight - s(14)), Qt::AlignRight | Qt::AlignVCenter, value);
            const qreal gap = s(4);
            const qreal segment = (width - 4 * gap) / 5;
            const qreal barTop = y + rowHeight - s(9);
            m_painter->setPen(Qt::NoPen);
            for (int i = 0; i < 5; ++i) {
                m_painter->setBrush(i < trait.value ? m_accent : withAlpha(m_text, 0.13));
                m_painter->drawRoundedRect(QRectF(x + i * (segment + gap), barTop, segment, s(9)), s(3), s(3));
            }
        }
        y += rowHeight + s(12);
    }
    if (draw)
        hit(Region::Traits, QRectF(x, traitsTop, width, qMin(y, start + limit) - traitsTop));
    return y - start;
}

void PersonaSheetLayout::footer(qreal left, qreal top, qreal width)
{
    const QList<Journey> &journeys = m_sheet.m_journeys;
    const QFont label = labelFont();
    const QFont chipFont = font(15.5);
    const QFontMetricsF chipMetrics(chipFont, m_device);
    const qreal chipHeight = chipMetrics.height() + s(12);
    const QString title = PersonaSheet::tr("Journeys");
    const qreal titleWidth = QFontMetricsF(label, m_device).horizontalAdvance(title) + u(18);
    if (journeys.isEmpty() && !m_sheet.m_hints)
        return;
    if (drawing()) {
        m_painter->setFont(label);
        m_painter->setPen(m_text);
        m_painter->drawText(QRectF(left, top, titleWidth, chipHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    qreal x = left + titleWidth;
    if (journeys.isEmpty()) {
        text(PersonaSheet::tr("No journeys for this persona yet."),
             font(15.5, QFont::Normal, true), x, top + (chipHeight - chipMetrics.height()) / 2, left + width - x,
             m_secondary, 1);
        return;
    }
    const qreal pad = s(14);
    for (qsizetype i = 0; i < journeys.size(); ++i) {
        const qreal room = left + width - x;
        const QString more = PersonaSheet::tr("+ %n more", nullptr, int(journeys.size() - i));
        const qreal moreWidth = chipMetrics.horizontalAdvance(more) + 2 * pad;
        const bool lastOne = i == journeys.size() - 1;
        const qreal maxWidth = qMin(u(420), room - (lastOne ? 0 : moreWidth + s(10)));
        if (maxWidth < chipMetrics.averageCharWidth() * 8 + 2 * pad) {
            text(more, font(15.5, QFont::Normal, true), x, top + (chipHeight - chipMetrics.height()) / 2, room,
                 m_secondary, 1);
            return;
        }
        const QString name = chipMetrics.elidedText(journeys[i].name, Qt::ElideRight, maxWidth - 2 * pad);
        const QRectF chip(x, top, chipMetrics.horizontalAdvance(name) + 2 * pad, chipHeight);
        if (drawing()) {
            m_painter->setPen(QPen(withAlpha(m_accent, 0.9), qMax(1.0, s(1.5))));
            m_painter->setBrush(withAlpha(m_accent, 0.10));
            m_painter->drawRoundedRect(chip.adjusted(s(0.75), s(0.75), -s(0.75), -s(0.75)), chipHeight / 2,
                                       chipHeight / 2);
            m_painter->setFont(chipFont);
            m_painter->setPen(m_text);
            m_painter->drawText(chip, Qt::AlignCenter, name);
        }
        hit(Region::Journey, chip, journeys[i].id.value);
        x = chip.right() + s(10);
    }
}

void PersonaSheetLayout::hit(Region region, const QRectF &rect, qint64 journeyId)
{
    hits.append({region, rect, journeyId});
    if (drawing() && region == m_sheet.m_highlight && journeyId == m_sheet.m_highlightJourney) {
        const QColor highlight = m_sheet.m_palette.color(QPalette::Highlight);
        const qreal pad = region == Region::Journey || region == Region::Avatar ? s(3) : s(9);
        m_painter->setPen(QPen(withAlpha(highlight, 0.55), qMax(1.0, u(1.2))));
        m_painter->setBrush(withAlpha(highlight, 0.07));
        const QRectF r = rect.adjusted(-pad, -pad, pad, pad);
        const qreal radius = region == Region::Avatar    ? r.width() / 2
                             : region == Region::Journey ? r.height() / 2
                                                         : s(8);
        m_painter->drawRoundedRect(r, radius, radius);
    }
}

qreal PersonaSheetLayout::run()
{
    const Persona &p = m_sheet.m_persona;
    const qreal margin = u(40);
    const QRectF content = m_page.adjusted(margin, margin, -margin, -margin);
    if (drawing())
        m_painter->fillRect(m_page, m_paper);

    const qreal headerBottom = header(content.left(), content.top(), content.width());

    const QFontMetricsF chipMetrics(font(15.5), m_device);
    const qreal footerTop = content.bottom() - (chipMetrics.height() + s(12));
    footer(content.left(), footerTop, content.width());

    const qreal bodyTop = headerBottom + s(30);
    const qreal room = footerTop - s(24) - bodyTop;
    if (drawing()) {
        m_painter->setPen(QPen(withAlpha(m_text, 0.12), qMax(1.0, u(1))));
        const qreal lineY = headerBottom + s(15);
        m_painter->drawLine(QPointF(content.left(), lineY), QPointF(content.right(), lineY));
    }

    // Left: who the persona is. Right: what drives them, three sections a row.
    const qreal leftWidth = content.width() * 0.25;
    const qreal aboutNeeded = aboutColumn(content.left(), bodyTop, leftWidth, room, true);
    const qreal gridLeft = content.left() + leftWidth + u(40);
    if (drawing()) {
        m_painter->setPen(QPen(withAlpha(m_text, 0.12), qMax(1.0, u(1))));
        const qreal lineX = content.left() + leftWidth + u(20);
        m_painter->drawLine(QPointF(lineX, bodyTop), QPointF(lineX, bodyTop + qMin(room, aboutNeeded)));
    }
    const qreal columnGap = u(32);
    const qreal columnWidth = (content.right() - gridLeft - 2 * columnGap) / 3;
    const std::pair<Region, const QStringList *> rows[2][3] = {
        {{Region::Goals, &p.goals}, {Region::Needs, &p.needs}, {Region::Frustrations, &p.frustrations}},
        {{Region::Behaviours, &p.behaviours}, {Region::Channels, &p.channels},
         {Region::Expectations, &p.expectations}},
    };
    qreal need[2] = {0, 0};
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            need[r] = qMax(need[r], listSection(rows[r][c].first, *rows[r][c].second, 0, 0, columnWidth, 1e9, false));
    const qreal rowGap = s(30);
    const qreal gridNeeded = need[0] + rowGap + need[1];
    qreal allot[2] = {need[0], need[1]};
    if (gridNeeded > room) {
        const qreal share = qMax(0.0, room - rowGap) / qMax(1.0, need[0] + need[1]);
        allot[0] = need[0] * share;
        allot[1] = need[1] * share;
    }
    qreal y = bodyTop;
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c) {
            const qreal x = gridLeft + c * (columnWidth + columnGap);
            listSection(rows[r][c].first, *rows[r][c].second, x, y, columnWidth, allot[r], true);
            hit(rows[r][c].first, QRectF(x, y, columnWidth, allot[r]));
        }
        y += allot[r] + rowGap;
    }
    return qMax(aboutNeeded, gridNeeded) - room;
}

// PersonaSheet ---------------------------------------------------------------------------

PersonaSheet::PersonaSheet(const Persona &persona, const QList<Journey> &journeys)
    : m_persona(persona), m_journeys(journeys), m_palette(printPalette())
{
}

QRectF PersonaSheet::fitPage(const QRectF &area)
{
    const qreal width = qMin(area.width(), area.height() * kAspect);
    const QSizeF size(width, width / kAspect);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QPalette PersonaSheet::printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

QString PersonaSheet::title(Region region)
{
    switch (region) {
    case Region::Avatar: return tr("Picture");
    case Region::Name: return tr("Name and role");
    case Region::Quote: return tr("Quote");
    case Region::About: return tr("About");
    case Region::Traits: return tr("Traits");
    case Region::Goals: return tr("Goals");
    case Region::Needs: return tr("Needs");
    case Region::Frustrations: return tr("Frustrations & pain points");
    case Region::Behaviours: return tr("Behaviours");
    case Region::Channels: return tr("Preferred channels");
    case Region::Expectations: return tr("Expectations");
    case Region::Journey: return tr("Journeys");
    case Region::None: break;
    }
    return {};
}

namespace {
/// The largest text scale at which everything fits on the page.
qreal fittingScale(const PersonaSheet &sheet, QPaintDevice *device, const QRectF &page)
{
    for (qreal scale = 1.0; scale > kMinScale; scale -= kScaleStep) {
        PersonaSheetLayout layout(sheet, device, nullptr, page, scale);
        if (layout.run() <= 0)
            return scale;
    }
    return kMinScale;
}
} // namespace

void PersonaSheet::paint(QPainter *painter, const QRectF &area) const
{
    const QRectF page = fitPage(area);
    QPaintDevice *device = painter->device();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setClipRect(page, Qt::IntersectClip);
    PersonaSheetLayout layout(*this, device, painter, page, fittingScale(*this, device, page));
    layout.run();
    painter->restore();
}

QList<PersonaSheet::Hit> PersonaSheet::regions(QPaintDevice *device, const QRectF &area) const
{
    const QRectF page = fitPage(area);
    PersonaSheetLayout layout(*this, device, nullptr, page, fittingScale(*this, device, page));
    layout.run();
    return layout.hits;
}

} // namespace waymark
