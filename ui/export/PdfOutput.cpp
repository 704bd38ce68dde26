// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfOutput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {
QByteArray tagSubsetFonts(const QByteArray &pdf);
} // namespace

PdfOutput::PdfOutput(const QString &path, const PdfMetadata &meta) : m_path(path), m_meta(meta)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(72);
    m_writer->setTitle(meta.title);
    m_writer->setCreator(u"Waymark "_s + QStringLiteral(WAYMARK_VERSION));
    m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
}

PdfOutput::~PdfOutput() = default;

QPainter *PdfOutput::beginPage(const QPageSize &size, QPageLayout::Orientation orientation)
{
    const QPageLayout layout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer->setPageLayout(layout);
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>(m_writer.get());
    } else {
        m_writer->newPage();
    }
    m_pageSize = layout.fullRectPoints().size();
    ++m_pages;
    m_painter->resetTransform();
    // QPdfWriter's device pixels at 72 dpi are points; start from a clean state.
    m_painter->setClipping(false);
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    return m_painter.get();
}

Result<void> PdfOutput::finish()
{
    if (m_painter)
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    const QByteArray pdf = withInfo(tagSubsetFonts(m_buffer.data()), m_meta);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("waymark::PdfOutput", "Could not write “%1”: %2.")
                             .arg(m_path, file.errorString()));
    return {};
}

std::optional<QPageSize> PdfOutput::pageSizeFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"a4"_s) return QPageSize(QPageSize::A4);
    if (n == u"a3"_s) return QPageSize(QPageSize::A3);
    if (n == u"a2"_s) return QPageSize(QPageSize::A2);
    if (n == u"a1"_s) return QPageSize(QPageSize::A1);
    if (n == u"a0"_s) return QPageSize(QPageSize::A0);
    if (n == u"letter"_s) return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

namespace {

/// A PDF text string: UTF-16BE with a byte-order mark, hex-encoded.
QByteArray pdfString(const QString &s)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : s) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

/// QPdfWriter embeds only the glyphs used and tags each font descriptor's /FontName with a
/// subset prefix ("QTAAAA+DejaVuSans") but not the fonts' /BaseFont, which readers and
/// pdffonts use to tell a subset. Gives /BaseFont the same prefix (PDF 1.7, 9.6.4) and moves
/// the cross-reference offsets by the bytes inserted.
QByteArray tagSubsetFonts(const QByteArray &pdf)
{
    QHash<QByteArray, QByteArray> tags;
    static const QRegularExpression fontName(u"/FontName /([A-Z]{6})\\+([^\\s/<>\\[\\]()]+)"_s);
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = fontName.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        tags.insert(m.captured(2).toLatin1(), m.captured(1).toLatin1());
    }
    if (tags.isEmpty())
        return pdf;
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (startAt < 0)
        return pdf;
    bool ok = false;
    const qsizetype xrefAt = pdf.mid(startAt + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || !pdf.mid(xrefAt).startsWith("xref\n0 "))
        return pdf;
    // Insertions: after "/BaseFont /" of every tagged font.
    QList<std::pair<qsizetype, QByteArray>> inserts;
    static const QRegularExpression baseFont(u"/BaseFont /([^\\s/<>\\[\\]()]+)"_s);
    for (auto it = baseFont.globalMatch(latin); it.hasNext();) {
        const auto m = it.next();
        const auto tag = tags.constFind(m.captured(1).toLatin1());
        if (tag != tags.cend() && m.capturedStart(0) < xrefAt)
            inserts << std::pair{qsizetype(m.capturedStart(1)), *tag + '+'};
    }
    if (inserts.isEmpty())
        return pdf;
    auto shifted = [&inserts](qsizetype offset) {
        qsizetype delta = 0;
        for (const auto &[at, text] : inserts)
            if (at < offset)
                delta += text.size();
        return offset + delta;
    };
    QByteArray out;
    out.reserve(pdf.size() + inserts.size() * 8);
    qsizetype from = 0;
    for (const auto &[at, text] : inserts) {
        out += pdf.mid(from, at - from);
        out += text;
        from = at;
    }
    out += pdf.mid(from, xrefAt - from);
    // The cross-reference table: "xref\n0 N\n" then N entries of 20 bytes.
    const qsizetype headerEnd = pdf.indexOf('\n', xrefAt + 5) + 1;
    const int count = pdf.mid(xrefAt + 7, headerEnd - xrefAt - 8).toInt();
    out += pdf.mid(xrefAt, headerEnd - xrefAt);
    for (int i = 0; i < count; ++i) {
        QByteArray entry = pdf.mid(headerEnd + i * 20, 20);
        if (entry.size() != 20)
            return pdf;
        if (entry.at(17) == 'n')
            entry.replace(0, 10, QByteArray::number(shifted(entry.left(10).toLongLong())).rightJustified(10, '0'));
        out += entry;
    }
    const qsizetype tail = headerEnd + count * 20;
    const qsizetype newStart = pdf.indexOf("startxref", tail);
    if (newStart < 0)
        return pdf;
    out += pdf.mid(tail, newStart - tail);
    out += "startxref\n" + QByteArray::number(shifted(xrefAt)) + "\n%%EOF\n";
    return out;
}

} // namespace

QByteArray PdfOutput::withInfo(const QByteArray &pdf, const PdfMetadata &meta)
{
    // The last trailer tells the object count, the catalogue and where the xref starts.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const auto size = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(trailer);
    const auto root = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(trailer);
    const auto start = QRegularExpression(u"startxref\\s+(\\d+)"_s).match(QString::fromLatin1(pdf.mid(startAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectAt = out.size();
    const QString date = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    out += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(meta.title) + "\n/Author "
           + pdfString(meta.author) + "\n/Subject " + pdfString(meta.subject) + "\n/Keywords " + pdfString(meta.keywords)
           + "\n/Creator " + pdfString(u"Waymark "_s + QStringLiteral(WAYMARK_VERSION)) + "\n/Producer "
           + pdfString(u"Waymark "_s + QStringLiteral(WAYMARK_VERSION) + u" (Qt "_s + QString::fromLatin1(qVersion())
                       + u')')
           + "\n/CreationDate (D:" + date.toLatin1() + "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n"
           + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1()
           + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1()
           + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace waymark
