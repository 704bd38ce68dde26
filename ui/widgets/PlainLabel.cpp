// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainLabel.h"

#include <QApplication>
#include <QEvent>

namespace waymark {

PlainLabel::PlainLabel(const QString &text, QWidget *parent) : PlainLabel(text, Role::Body, parent) {}

PlainLabel::PlainLabel(const QString &text, Role role, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setText(text);
    setRole(role);
}

QFont PlainLabel::fontFor(Role role, const QFont &base)
{
    QFont font = base;
    switch (role) {
    case Role::Body:
        break;
    case Role::Title:
        font.setPointSizeF(base.pointSizeF() * 1.9);
        font.setWeight(QFont::DemiBold);
        break;
    case Role::Heading:
        font.setPointSizeF(base.pointSizeF() * 1.15);
        font.setWeight(QFont::DemiBold);
        break;
    case Role::Secondary:
        break;
    }
    return font;
}

void PlainLabel::setRole(Role role)
{
    m_role = role;
    setFont(fontFor(role, QApplication::font(this)));
    if (role == Role::Secondary) {
        // A quieter text colour derived from the palette, so it works in light and dark themes.
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, QApplication::palette(this).color(QPalette::PlaceholderText));
        setPalette(pal);
    } else {
        setPalette(QPalette());
    }
}

void PlainLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange && m_role == Role::Secondary)
        setRole(m_role);
}

} // namespace waymark
