// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkCard.h"

#include "util/DisplayText.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

namespace waymark {
namespace {
constexpr int kPadding = 14;
constexpr int kGap = 4;
constexpr int kIconSize = 24;
} // namespace

LinkCard::LinkCard(const QString &title, const QString &description, QWidget *parent)
    : QAbstractButton(parent), m_title(title), m_description(description)
{
    setText(title);
    setAccessibleName(title);
    setAccessibleDescription(description);
    setToolTip(DisplayText::literal(description));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    // Cards in a row share its height; the minimum follows the wrapped text (see resizeEvent).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void LinkCard::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateGeometry();
    update();
}

QFont LinkCard::titleFont() const
{
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    return f;
}

int LinkCard::textLeft() const
{
    return kPadding + (m_icon.isNull() ? 0 : kIconSize + kPadding - 4);
}

QRect LinkCard::descriptionRect(int width) const
{
    const int textWidth = qMax(40, width - textLeft() - kPadding);
    const QRect bounds = fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, m_description);
    const int top = kPadding + QFontMetrics(titleFont()).height() + kGap;
    return QRect(textLeft(), top, textWidth, m_description.isEmpty() ? 0 : bounds.height());
}

int LinkCard::heightForWidth(int width) const
{
    return descriptionRect(width).bottom() + 1 + kPadding;
}

QSize LinkCard::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 48;
    return {width, heightForWidth(width)};
}

QSize LinkCard::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 20;
    return {width, QFontMetrics(titleFont()).height() + 2 * kPadding};
}

void LinkCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    // The focus frame only after keyboard navigation, so a card is not mistaken for a selection.
    const bool keyboardFocus = hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange);
    const bool emphasised = m_hovered || isDown() || keyboardFocus;

    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (isDown())
        fill = pal.color(QPalette::AlternateBase);
    p.fillPath(path, fill);
    p.setPen(QPen(emphasised ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), emphasised ? 1.5 : 1.0));
    p.drawPath(path);

    if (!m_icon.isNull())
        m_icon.paint(&p, QRect(kPadding, kPadding, kIconSize, kIconSize));

    const int textWidth = width() - textLeft() - kPadding;
    p.setFont(titleFont());
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont());
    p.drawText(QRect(textLeft(), kPadding, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               titleMetrics.elidedText(m_title, Qt::ElideMiddle, textWidth));

    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(descriptionRect(width()), Qt::TextWordWrap, m_description);
}

void LinkCard::resizeEvent(QResizeEvent *event)
{
    QAbstractButton::resizeEvent(event);
    // Grid layouts do not ask each cell for its height at its final width; tell them.
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void LinkCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void LinkCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace waymark
