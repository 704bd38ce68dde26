// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace waymark {

/// A persona's picture, made safe to keep. Pictures come from the user's disk, a drop or a
/// colleague's workspace and are untrusted: they are decoded with a memory cap after a
/// dimension check on the header, scaled down and re-encoded as a clean PNG (no metadata).
class AvatarImage
{
public:
    /// Pictures wider or taller than this are refused before decoding.
    static constexpr int kMaxSide = 8000;
    /// The most memory a decoder may allocate, in megabytes.
    static constexpr int kAllocationLimitMB = 64;
    /// Files larger than this are not read at all.
    static constexpr qint64 kMaxFileBytes = 40 * 1024 * 1024;
    /// The longest side of a stored picture, in pixels.
    static constexpr int kStoredSide = 512;

    /// Decodes a PNG, JPEG or WebP image from `bytes` and returns it as PNG bytes, scaled so
    /// that neither side exceeds kStoredSide. `name` (a file name) appears in error messages.
    static Result<QByteArray> fromData(const QByteArray &bytes, const QString &name);
    /// Reads `path` and does what fromData() does.
    static Result<QByteArray> fromFile(const QString &path);
    /// Decodes a stored picture with the same limits; a null image if it is not a usable picture.
    static QImage decode(const QByteArray &bytes);
};

} // namespace waymark
