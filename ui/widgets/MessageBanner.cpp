// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include "PlainLabel.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace waymark {
namespace {
const QColor kWarningAccent(0xe0, 0x9a, 0x00);

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new PlainLabel({}, this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("messageBanner"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize, QIcon::Normal, QIcon::On));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(QStringLiteral("dismissBannerButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &message)
{
    m_text->setText(message);
    show();
}

QString MessageBanner::message() const
{
    return m_text->text();
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    // Tinted from the window colour so the banner fits light and dark palettes alike.
    QPainter p(this);
    const QColor window = palette().color(QPalette::Window);
    p.fillRect(rect(), blend(window, kWarningAccent, 0.18));
    p.fillRect(QRect(0, 0, 4, height()), kWarningAccent);
    p.setPen(blend(window, kWarningAccent, 0.5));
    p.drawLine(rect().bottomLeft(), rect().bottomRight());
}

} // namespace waymark
