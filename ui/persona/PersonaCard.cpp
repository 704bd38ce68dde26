// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaCard.h"

#include "widgets/Avatar.h"
#include "widgets/PlainLabel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QVBoxLayout>

namespace waymark {
namespace {
constexpr int kQuoteChars = 150;
}

PersonaCard::PersonaCard(const Persona &persona, int journeyCount, QWidget *parent)
    : QAbstractButton(parent), m_id(persona.id), m_avatar(new QLabel(this)),
      m_name(new PlainLabel(persona.name, PlainLabel::Role::Heading, this)),
      m_segment(new PlainLabel(persona.segment, PlainLabel::Role::Secondary, this)),
      m_quote(new PlainLabel(QString(), this)),
      m_journeys(new PlainLabel(journeyCount == 0   ? tr("No journeys yet")
                                : journeyCount == 1 ? tr("1 journey")
                                                    : tr("%1 journeys").arg(journeyCount),
                                PlainLabel::Role::Secondary, this))
{
    setObjectName(QStringLiteral("personaCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(persona.name);
    setAccessibleDescription(persona.segment);
    setToolTip(tr("Open this persona"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setFixedWidth(cardWidth(fontMetrics()));

    const int line = fontMetrics().height();
    const int avatarSize = line * 5;
    m_avatar->setPixmap(Avatar::render(persona, avatarSize, devicePixelRatioF()));
    m_avatar->setFixedSize(avatarSize, avatarSize);
    m_name->setObjectName(QStringLiteral("cardName"));
    m_segment->setObjectName(QStringLiteral("cardSegment"));
    m_quote->setObjectName(QStringLiteral("cardQuote"));
    for (PlainLabel *label : {m_name, m_segment, m_quote, m_journeys}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    m_segment->setVisible(!persona.segment.isEmpty());
    QString quote = persona.quote;
    if (quote.size() > kQuoteChars)
        quote = quote.left(kQuoteChars).trimmed() + QStringLiteral("…");
    m_quote->setText(quote.isEmpty() ? QString() : tr("“%1”").arg(quote));
    m_quote->setVisible(!quote.isEmpty());
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line, line, line, line);
    layout->setSpacing(line / 3);
    layout->addWidget(m_avatar, 0, Qt::AlignHCenter);
    layout->addSpacing(line / 3);
    layout->addWidget(m_name);
    layout->addWidget(m_segment);
    layout->addSpacing(line / 3);
    layout->addWidget(m_quote);
    layout->addStretch(1);
    layout->addSpacing(line / 2);
    layout->addWidget(m_journeys);
}

int PersonaCard::cardWidth(const QFontMetrics &fm)
{
    return fm.averageCharWidth() * 38;
}

void PersonaCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() * 0.6;
    const bool active = m_hovered || hasFocus();
    QColor border = active ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text);
    if (!active)
        border.setAlphaF(0.16);
    p.setPen(QPen(border, active ? 2 : 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius, radius);
}

void PersonaCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void PersonaCard::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open"), this, &QAbstractButton::click);
    menu.setDefaultAction(open);
    menu.addAction(tr("D&uplicate"), this, [this] { emit duplicateRequested(m_id); });
    menu.exec(event->globalPos());
}

void PersonaCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void PersonaCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace waymark
