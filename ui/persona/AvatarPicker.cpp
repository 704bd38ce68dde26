// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvatarPicker.h"

#include "widgets/Avatar.h"
#include "widgets/PlainLabel.h"

#include "persona/AvatarImage.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace waymark {
namespace {
const char *const kImageTypes[] = {"image/png", "image/jpeg", "image/webp"};

bool isPictureFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString path = url.toLocalFile();
    for (const char *suffix : {".png", ".jpg", ".jpeg", ".webp"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

AvatarPicker::AvatarPicker(QWidget *parent)
    : QWidget(parent), m_avatar(new QLabel(this)), m_choose(new QPushButton(tr("Choose Picture…"), this)),
      m_remove(new QPushButton(tr("Use Initials"), this)),
      m_hint(new PlainLabel(tr("PNG, JPEG or WebP. Or drop a picture here."), PlainLabel::Role::Secondary, this))
{
    setAcceptDrops(true);
    m_choose->setObjectName(QStringLiteral("chooseAvatar"));
    m_remove->setObjectName(QStringLiteral("removeAvatar"));
    m_remove->setToolTip(tr("Remove the picture and show the persona’s initials"));
    m_avatar->setFixedSize(avatarSize(), avatarSize());
    m_avatar->setAccessibleName(tr("Persona picture"));
    m_hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->addStretch();
    side->addLayout(buttons);
    side->addWidget(m_hint);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    const int pad = fontMetrics().height() / 3;
    layout->setContentsMargins(pad, pad, pad, pad);
    layout->setSpacing(fontMetrics().height());
    layout->addWidget(m_avatar, 0, Qt::AlignTop);
    layout->addLayout(side, 1);

    connect(m_choose, &QPushButton::clicked, this, &AvatarPicker::choose);
    connect(m_remove, &QPushButton::clicked, this, &AvatarPicker::removeRequested);
    m_remove->setEnabled(false);
}

int AvatarPicker::avatarSize() const
{
    return fontMetrics().height() * 5;
}

void AvatarPicker::setPersona(const Persona &persona)
{
    if (persona.avatar == m_persona.avatar && persona.name == m_persona.name && persona.color == m_persona.color)
        return;
    m_persona = persona;
    m_avatar->setPixmap(Avatar::render(persona, avatarSize(), devicePixelRatioF()));
    m_remove->setEnabled(!persona.avatar.isEmpty());
}

void AvatarPicker::choose()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Picture for %1").arg(m_persona.name), start,
                                                      tr("Pictures (*.png *.jpg *.jpeg *.webp)"));
    if (!path.isEmpty())
        pickFile(path);
}

void AvatarPicker::pickFile(const QString &path)
{
    auto png = AvatarImage::fromFile(path);
    if (png)
        emit picked(*png);
    else
        emit failed(png.error().message);
}

void AvatarPicker::pickData(const QByteArray &bytes, const QString &name)
{
    auto png = AvatarImage::fromData(bytes, name);
    if (png)
        emit picked(*png);
    else
        emit failed(png.error().message);
}

bool AvatarPicker::canTake(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (isPictureFile(url))
                return true;
    for (const char *type : kImageTypes)
        if (mime->hasFormat(QLatin1String(type)))
            return true;
    return false;
}

void AvatarPicker::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isEnabled() || !canTake(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dragOver = true;
    update();
}

void AvatarPicker::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragOver = false;
    update();
    QWidget::dragLeaveEvent(event);
}

void AvatarPicker::dropEvent(QDropEvent *event)
{
    m_dragOver = false;
    update();
    const QMimeData *mime = event->mimeData();
    if (!canTake(mime))
        return;
    event->acceptProposedAction();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            if (isPictureFile(url)) {
                pickFile(url.toLocalFile());
                return;
            }
    }
    // Bytes from another application are as untrusted as a file: the same checks apply.
    for (const char *type : kImageTypes)
        if (mime->hasFormat(QLatin1String(type))) {
            pickData(mime->data(QLatin1String(type)), tr("the dropped picture"));
            return;
        }
}

void AvatarPicker::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_dragOver)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.12);
    p.setBrush(fill);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    const int r = fontMetrics().height() / 2;
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), r, r);
}

} // namespace waymark
