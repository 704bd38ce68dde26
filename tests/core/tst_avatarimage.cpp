// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Persona pictures are untrusted input: checked before decoding, decoded under a memory
// cap, scaled and re-encoded as PNG.
#include "persona/AvatarImage.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace waymark;
using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

/// A picture with some structure, so scaling and decoding errors would show.
QImage testPicture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(x * 255 / width, y * 255 / height, (x < width / 2) ? 40 : 200);
    }
    return image;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    quint32 be = qToBigEndian(quint32(data.size()));
    chunk.append(reinterpret_cast<const char *>(&be), 4);
    const QByteArray body = QByteArray(type) + data;
    chunk.append(body);
    be = qToBigEndian(crc32(body));
    chunk.append(reinterpret_cast<const char *>(&be), 4);
    return chunk;
}

/// A PNG that claims `width` × `height` RGBA pixels: signature, a valid IHDR (with its
/// CRC), a tiny IDAT and IEND. Decoding it would need width × height × 4 bytes.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr;
    quint32 be = qToBigEndian(width);
    ihdr.append(reinterpret_cast<const char *>(&be), 4);
    be = qToBigEndian(height);
    ihdr.append(reinterpret_cast<const char *>(&be), 4);
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // colour type: RGBA
    ihdr.append(char(0)); // compression
    ihdr.append(char(0)); // filter
    ihdr.append(char(0)); // interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

QImage decodePng(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes, "PNG");
    return image;
}

} // namespace

class AvatarImageTest : public QObject
{
    Q_OBJECT

private slots:
    void largePngIsScaledAndStoredAsPng();
    void jpegIsStoredAsPng();
    void webpIsAccepted();
    void smallPictureKeepsItsSize();
    void metadataIsDropped();
    void hugeDimensionsAreRefusedBeforeDecoding_data();
    void hugeDimensionsAreRefusedBeforeDecoding();
    void brokenInputIsRefused_data();
    void brokenInputIsRefused();
    void fromFileReadsAndNamesTheFile();
    void decodeAppliesTheSameLimits();
};

void AvatarImageTest::largePngIsScaledAndStoredAsPng()
{
    const QImage source = testPicture(1600, 1000);
    auto stored = AvatarImage::fromData(encode(source, "png"), u"team.png"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().text()));
    QVERIFY(stored->startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = decodePng(*stored);
    QCOMPARE(image.size(), QSize(512, 320));
    // The picture itself survived: left half bluish-dark, right half blue-bright.
    QVERIFY(qAbs(qBlue(image.pixel(10, 160)) - 40) < 12);
    QVERIFY(qAbs(qBlue(image.pixel(500, 160)) - 200) < 12);
}

void AvatarImageTest::jpegIsStoredAsPng()
{
    const QImage source = testPicture(3000, 2000);
    auto stored = AvatarImage::fromData(encode(source, "jpeg", 90), u"holiday.jpg"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().text()));
    QVERIFY(stored->startsWith("\x89PNG"));
    const QImage image = decodePng(*stored);
    QCOMPARE(image.size(), QSize(512, 341));
    QVERIFY(qAbs(qRed(image.pixel(500, 170)) - 250) < 20);
}

void AvatarImageTest::webpIsAccepted()
{
    if (!QImageWriter::supportedImageFormats().contains("webp"))
        QSKIP("no WebP image plugin (qt6-image-formats-plugins)");
    auto stored = AvatarImage::fromData(encode(testPicture(800, 800), "webp", 90), u"face.webp"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().text()));
    QCOMPARE(decodePng(*stored).size(), QSize(512, 512));
}

void AvatarImageTest::smallPictureKeepsItsSize()
{
    auto stored = AvatarImage::fromData(encode(testPicture(200, 300), "png"), u"small.png"_s);
    QVERIFY(stored.ok());
    QCOMPARE(decodePng(*stored).size(), QSize(200, 300));
}

void AvatarImageTest::metadataIsDropped()
{
    QImage source = testPicture(64, 64);
    source.setText(u"Comment"_s, u"GPS 53.48N 2.24W, taken at home"_s);
    const QByteArray bytes = encode(source, "png");
    QVERIFY(bytes.contains("GPS 53.48N"));
    auto stored = AvatarImage::fromData(bytes, u"tagged.png"_s);
    QVERIFY(stored.ok());
    QVERIFY(!stored->contains("GPS"));
    QVERIFY(decodePng(*stored).textKeys().isEmpty());
}

void AvatarImageTest::hugeDimensionsAreRefusedBeforeDecoding_data()
{
    QTest::addColumn<quint32>("width");
    QTest::addColumn<quint32>("height");
    QTest::addColumn<QString>("message");
    QTest::newRow("50000 x 50000") << 50000u << 50000u
                                   << u"“bomb.png” is too large (50000 × 50000 pixels). Pick a picture of at most "
                                      "8000 × 8000 pixels."_s;
    QTest::newRow("one side too long") << 8001u << 10u
                                       << u"“bomb.png” is too large (8001 × 10 pixels). Pick a picture of at most "
                                          "8000 × 8000 pixels."_s;
}

void AvatarImageTest::hugeDimensionsAreRefusedBeforeDecoding()
{
    QFETCH(quint32, width);
    QFETCH(quint32, height);
    QFETCH(QString, message);
    const QByteArray bytes = pngHeader(width, height);
    // The crafted header is what a PNG decoder sees: a valid PNG of that size.
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader probe(&buffer);
    QCOMPARE(probe.size(), QSize(int(width), int(height)));

    QElapsedTimer timer;
    timer.start();
    auto stored = AvatarImage::fromData(bytes, u"bomb.png"_s);
    QVERIFY(timer.elapsed() < 500); // refused from the header, nothing decoded
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QCOMPARE(stored.error().message, message);
}

void AvatarImageTest::brokenInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QByteArray png = encode(testPicture(400, 300), "png");
    const QString damaged =
        u"“x.png” could not be read: the picture is damaged or incomplete. Pick another picture."_s;
    const QString notPicture =
        u"“x.png” is not a PNG, JPEG or WebP picture, or it is damaged. Pick a PNG, JPEG or WebP picture."_s;
    QTest::newRow("truncated PNG") << png.left(png.size() / 2) << int(Error::Code::Corrupt) << damaged;
    QTest::newRow("PNG without its pixels") << png.left(60) << int(Error::Code::Corrupt) << damaged;
    QTest::newRow("garbage") << QByteArray("this is not a picture at all, just text\n").repeated(20)
                             << int(Error::Code::InvalidInput) << notPicture;
    QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << int(Error::Code::Corrupt) << damaged;
    QTest::newRow("SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
                         << int(Error::Code::InvalidInput) << notPicture;
    QTest::newRow("GIF") << QByteArray::fromHex("47494638396101000100800000000000ffffff21f904010000000"
                                                "02c00000000010001000002024401003b")
                         << int(Error::Code::InvalidInput) << notPicture;
    QTest::newRow("empty") << QByteArray() << int(Error::Code::InvalidInput)
                           << u"“x.png” is empty. Pick a PNG, JPEG or WebP picture."_s;
}

void AvatarImageTest::brokenInputIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto stored = AvatarImage::fromData(bytes, u"x.png"_s);
    QVERIFY(!stored.ok());
    QCOMPARE(int(stored.error().code), code);
    QCOMPARE(stored.error().message, message);
}

void AvatarImageTest::fromFileReadsAndNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(u"Müller – Porträt.jpeg"_s);
    QVERIFY(testPicture(100, 80).save(good, "JPEG"));
    auto stored = AvatarImage::fromFile(good);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().text()));
    QCOMPARE(decodePng(*stored).size(), QSize(100, 80));

    const QString bad = dir.filePath(u"notes.png"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    auto refused = AvatarImage::fromFile(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith(u"“notes.png” is not a PNG, JPEG or WebP picture"_s),
             qPrintable(refused.error().message));

    auto missing = AvatarImage::fromFile(dir.filePath(u"gone.png"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Io);
    QVERIFY(missing.error().message.startsWith(u"“gone.png” could not be opened"_s));
}

void AvatarImageTest::decodeAppliesTheSameLimits()
{
    auto stored = AvatarImage::fromData(encode(testPicture(300, 300), "png"), u"a.png"_s);
    QVERIFY(stored.ok());
    QCOMPARE(AvatarImage::decode(*stored).size(), QSize(300, 300));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(AvatarImage::decode(pngHeader(50000, 50000)).isNull());
    QVERIFY(timer.elapsed() < 500);
    QVERIFY(AvatarImage::decode(QByteArray("garbage")).isNull());
    QVERIFY(AvatarImage::decode({}).isNull());
}

QTEST_GUILESS_MAIN(AvatarImageTest)
#include "tst_avatarimage.moc"
