// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Avatar.h"

#include "model/Persona.h"
#include "persona/AvatarImage.h"

#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace waymark {

QColor Avatar::colorOf(const Persona &persona)
{
    const QColor color = QColor::fromString(persona.color);
    if (color.isValid())
        return color;
    return QColor::fromHsv(int(qHash(persona.name) % 360), 120, 190);
}

QString Avatar::initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar first = part.at(0);
        if (first.isLetterOrNumber())
            out += first.toUpper();
        if (out.size() == 2)
            break;
    }
    return out;
}

QPixmap Avatar::render(const Persona &persona, int size, qreal devicePixelRatio)
{
    // Pages repaint often (slider drags, hover): decode each picture once per size.
    const QByteArray picture = QCryptographicHash::hash(persona.avatar, QCryptographicHash::Md5).toHex();
    const QString cacheKey = QStringLiteral("waymark-avatar:%1:%2:%3:%4:%5")
                                 .arg(QString::fromLatin1(picture))
                                 .arg(size)
                                 .arg(devicePixelRatio)
                                 .arg(colorOf(persona).name(), initials(persona.name));
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached))
        return cached;
    QPixmap pixmap = paint(persona, size, devicePixelRatio);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QPixmap Avatar::paint(const Persona &persona, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));

    // The picture may come from a colleague's file: decoded with the same limits as a new one.
    const QImage photo = AvatarImage::decode(persona.avatar);
    if (!photo.isNull()) {
        p.setClipPath(circle);
        const QImage scaled = photo.scaled(QSize(size, size) * devicePixelRatio, Qt::KeepAspectRatioByExpanding,
                                           Qt::SmoothTransformation);
        const QRectF source((scaled.width() - size * devicePixelRatio) / 2, (scaled.height() - size * devicePixelRatio) / 2,
                            size * devicePixelRatio, size * devicePixelRatio);
        p.drawImage(QRectF(0, 0, size, size), scaled, source);
        return pixmap;
    }
    const QColor color = colorOf(persona);
    p.fillPath(circle, color);
    QFont font;
    font.setPixelSize(qMax(6, size * 2 / 5));
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(color.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(persona.name));
    return pixmap;
}

} // namespace waymark
