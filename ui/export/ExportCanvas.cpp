// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCanvas.h"

#include "ExportContext.h"

#include "empathy/EmpathyScene.h"
#include "persona/PersonaSheet.h"
#include "stakeholder/StakeholderScene.h"

#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace waymark {

using namespace Qt::StringLiterals;

namespace {

class PersonaCanvas : public ExportCanvas
{
public:
    PersonaCanvas(const Persona &persona, const QList<Journey> &journeys) : m_name(persona.name), m_sheet(persona, journeys)
    {
        m_sheet.setPalette(PersonaSheet::printPalette());
        QFont font(u"DejaVu Sans"_s);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures: searchable text
        m_sheet.setFont(font);
    }
    QString title() const override { return m_name; }
    QSizeF size() const override { return {842, 842 / PersonaSheet::kAspect}; }
    void paint(QPainter *painter, const QRectF &target) const override { m_sheet.paint(painter, target); }

private:
    QString m_name;
    PersonaSheet m_sheet;
};

constexpr double kPointsPerInch = 72.0;

} // namespace

ExportCanvas::~ExportCanvas() = default;

QRectF ExportCanvas::fitted(const QSizeF &size, const QRectF &target)
{
    if (size.isEmpty())
        return target;
    const qreal s = qMin(target.width() / size.width(), target.height() / size.height());
    const QSizeF scaled = size * s;
    return QRectF(target.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
}

std::optional<ExportCanvas::Kind> ExportCanvas::kindFromKey(const QString &key)
{
    if (key == u"journey"_s) return Kind::Journey;
    if (key == u"persona"_s) return Kind::Persona;
    if (key == u"empathy"_s) return Kind::EmpathyMap;
    if (key == u"stakeholder"_s) return Kind::StakeholderMap;
    return std::nullopt;
}

Result<std::unique_ptr<ExportCanvas>> ExportCanvas::create(const ExportContext &context, Kind kind, const QString &name)
{
    const Workspace &ws = *context.workspace;
    auto missing = [&name](const QString &what, const QStringList &names) {
        return makeError(Error::Code::NotFound,
                         name.isEmpty() ? tr("The workspace has no %1.").arg(what)
                                        : tr("There is no %1 “%2”. There are: %3.")
                                              .arg(what, name, names.isEmpty() ? tr("none") : names.join(u", "_s)));
    };
    switch (kind) {
    case Kind::Journey: {
        QStringList names;
        for (const Journey &j : ws.journeys) {
            names << j.name;
            if (name.isEmpty() || j.name == name)
                return std::unique_ptr<ExportCanvas>(std::make_unique<JourneyCanvas>(context, j.id));
        }
        return missing(tr("journey"), names);
    }
    case Kind::Persona: {
        QStringList names;
        for (const Persona &p : ws.personas) {
            names << p.name;
            if (name.isEmpty() || p.name == name)
                return std::unique_ptr<ExportCanvas>(std::make_unique<PersonaCanvas>(
                    p, ws.journeys.filtered([&p](const Journey &j) { return j.personaId == p.id; })));
        }
        return missing(tr("persona"), names);
    }
    case Kind::EmpathyMap: {
        QStringList names;
        for (const EmpathyMap &m : ws.empathyMaps) {
            names << m.name;
            if (name.isEmpty() || m.name == name) {
                if (!context.document)
                    break;
                auto scene = std::make_unique<EmpathyScene>(context.document, m.id);
                scene->clearSelection();
                const QRectF source = scene->itemsBoundingRect().adjusted(-12, -12, 12, 12);
                return std::unique_ptr<ExportCanvas>(std::make_unique<SceneCanvas>(m.name, std::move(scene), source));
            }
        }
        return missing(tr("empathy map"), names);
    }
    case Kind::StakeholderMap: {
        QStringList names;
        for (const StakeholderMap &m : ws.stakeholderMaps) {
            names << m.name;
            if (name.isEmpty() || m.name == name) {
                if (!context.document)
                    break;
                auto scene = std::make_unique<StakeholderScene>(context.document, m.id);
                scene->clearSelection();
                const QRectF source = scene->contentsRect().adjusted(-12, -12, 12, 12);
                return std::unique_ptr<ExportCanvas>(std::make_unique<SceneCanvas>(m.name, std::move(scene), source));
            }
        }
        return missing(tr("stakeholder map"), names);
    }
    }
    return makeError(Error::Code::Generic, tr("This canvas cannot be exported without an open document."));
}

Result<void> ExportCanvas::writePng(const ExportCanvas &canvas, const QString &path, int dpi)
{
    const QSizeF points = canvas.size();
    const double scale = dpi / kPointsPerInch;
    const QSize pixels(int(std::ceil(points.width() * scale)), int(std::ceil(points.height() * scale)));
    if (qint64(pixels.width()) * pixels.height() > 400'000'000LL)
        return makeError(Error::Code::InvalidInput,
                         tr("A %1 × %2 pixel image is too large; choose a lower resolution than %3 dpi.")
                             .arg(pixels.width())
                             .arg(pixels.height())
                             .arg(dpi));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(Error::Code::Io, tr("Not enough memory for a %1 × %2 pixel image.").arg(pixels.width()).arg(pixels.height()));
    image.fill(Qt::white);
    // Lay out at 72 dpi (one unit = one point, as on paper), then scale the drawing.
    const int dpm72 = qRound(kPointsPerInch / 0.0254);
    image.setDotsPerMeterX(dpm72);
    image.setDotsPerMeterY(dpm72);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        canvas.paint(&painter, QRectF(QPointF(0, 0), points));
    }
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("Could not write “%1”: %2.").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return makeError(Error::Code::Io, tr("Could not write “%1”: %2.").arg(path, writer.errorString()));
    return {};
}

Result<void> ExportCanvas::writeSvg(const ExportCanvas &canvas, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("Could not write “%1”: %2.").arg(path, file.errorString()));
    const QSizeF points = canvas.size();
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(int(kPointsPerInch));
        svg.setSize(points.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), points));
        svg.setTitle(canvas.title());
        svg.setDescription(tr("Exported from Waymark %1").arg(QStringLiteral(WAYMARK_VERSION)));
        QPainter painter(&svg);
        canvas.paint(&painter, QRectF(QPointF(0, 0), points));
    }
    if (!file.commit())
        return makeError(Error::Code::Io, tr("Could not write “%1”: %2.").arg(path, file.errorString()));
    return {};
}

PosterInfo JourneyCanvas::posterInfo(const ExportContext &context, JourneyId journey)
{
    return PosterInfo{context.workspace->name, context.personaName(journey), QLocale(QLocale::English).toString(context.date, u"d MMMM yyyy"_s),
                      context.dataPeriod()};
}

JourneyCanvas::JourneyCanvas(const ExportContext &context, JourneyId journey)
    : m_poster(*context.workspace, journey, context.scoresOf(journey), posterInfo(context, journey))
{
    const Journey *j = context.workspace->journeys.find(journey);
    m_title = j ? j->name : QString();
}

void JourneyCanvas::paint(QPainter *painter, const QRectF &target) const
{
    const QRectF r = fitted(m_poster.size(), target);
    painter->save();
    painter->translate(r.topLeft());
    painter->scale(r.width() / m_poster.size().width(), r.height() / m_poster.size().height());
    m_poster.paint(painter);
    painter->restore();
}

SceneCanvas::SceneCanvas(QString title, std::unique_ptr<QGraphicsScene> scene, const QRectF &source)
    : m_title(std::move(title)), m_scene(std::move(scene)), m_source(source)
{
}

SceneCanvas::~SceneCanvas() = default;

void SceneCanvas::paint(QPainter *painter, const QRectF &target) const
{
    m_scene->render(painter, fitted(m_source.size(), target), m_source, Qt::KeepAspectRatio);
}

} // namespace waymark
