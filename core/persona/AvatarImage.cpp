// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvatarImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

namespace waymark {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waymark", text);
}

bool allowedFormat(const QByteArray &format)
{
    return format == "png" || format == "jpeg" || format == "jpg" || format == "webp";
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

/// Decodes untrusted bytes into an image no larger than `side` × `side`. The header is
/// checked before the decoder allocates anything; the decoder runs under a memory cap.
Result<QImage> decodeLimited(const QByteArray &bytes, const QString &name, int side)
{
    if (bytes.size() > AvatarImage::kMaxFileBytes)
        return makeError(Error::Code::InvalidInput,
                         tr("“%1” is too large (%2 MB). Pick a picture of at most %3 MB.")
                             .arg(name, megabytes(bytes.size()), megabytes(AvatarImage::kMaxFileBytes)));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(AvatarImage::kAllocationLimitMB);
    reader.setAutoTransform(true); // photos from phones carry their rotation in EXIF
    const QByteArray format = reader.format();
    if (!allowedFormat(format))
        return makeError(Error::Code::InvalidInput,
                         tr("“%1” is not a PNG, JPEG or WebP picture, or it is damaged. Pick a PNG, JPEG or "
                            "WebP picture.")
                             .arg(name),
                         format.isEmpty() ? QString() : QString::fromLatin1(format));

    // Only the header has been read so far.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return makeError(Error::Code::Corrupt,
                         tr("“%1” could not be read: the picture is damaged or incomplete. Pick another picture.")
                             .arg(name),
                         reader.errorString());
    if (size.width() > AvatarImage::kMaxSide || size.height() > AvatarImage::kMaxSide)
        return makeError(Error::Code::InvalidInput,
                         tr("“%1” is too large (%2 × %3 pixels). Pick a picture of at most %4 × %4 pixels.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height())
                             .arg(AvatarImage::kMaxSide));

    // Decoders that can scale while decoding (JPEG) then stay far below the memory cap.
    if (size.width() > side || size.height() > side)
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        const qint64 needed = qint64(size.width()) * size.height() * 4;
        if (needed > qint64(AvatarImage::kAllocationLimitMB) * 1024 * 1024)
            return makeError(Error::Code::InvalidInput,
                             tr("“%1” is too large to open (%2 × %3 pixels). Pick a smaller picture.")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height()),
                             reader.errorString());
        return makeError(Error::Code::Corrupt,
                         tr("“%1” could not be read: the picture is damaged or incomplete. Pick another picture.")
                             .arg(name),
                         reader.errorString());
    }
    if (image.width() > side || image.height() > side)
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

/// The pixels alone: no text chunks, EXIF or colour profile travel into the workspace.
QImage pixelsOnly(const QImage &image)
{
    const QImage converted =
        image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    return QImage(converted.constBits(), converted.width(), converted.height(), converted.bytesPerLine(),
                  converted.format())
        .copy();
}

} // namespace

Result<QByteArray> AvatarImage::fromData(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("“%1” is empty. Pick a PNG, JPEG or WebP picture.").arg(name));
    auto decoded = decodeLimited(bytes, name, kStoredSide);
    if (!decoded)
        return decoded.error();
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(pixelsOnly(*decoded)))
        return makeError(Error::Code::Generic, tr("The picture “%1” could not be stored.").arg(name),
                         writer.errorString());
    return png;
}

Result<QByteArray> AvatarImage::fromFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("“%1” could not be opened: %2").arg(name, file.errorString()), path);
    if (file.size() > kMaxFileBytes)
        return makeError(Error::Code::InvalidInput,
                         tr("“%1” is too large (%2 MB). Pick a picture of at most %3 MB.")
                             .arg(name, megabytes(file.size()), megabytes(kMaxFileBytes)));
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFile::NoError)
        return makeError(Error::Code::Io, tr("“%1” could not be read: %2").arg(name, file.errorString()), path);
    return fromData(bytes, name);
}

QImage AvatarImage::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    auto decoded = decodeLimited(bytes, QString(), kStoredSide * 2);
    return decoded ? *decoded : QImage();
}

} // namespace waymark
