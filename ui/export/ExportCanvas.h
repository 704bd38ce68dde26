// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JourneyPosterPainter.h"

#include "model/Ids.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QGraphicsScene;
class QPainter;

namespace waymark {

class Document;
struct ExportContext;

/// Anything Waymark draws that can leave as an image or a page: a journey poster, a persona
/// sheet, an empathy map, a stakeholder map. Units are points.
class ExportCanvas
{
    Q_DECLARE_TR_FUNCTIONS(waymark::ExportCanvas)

public:
    virtual ~ExportCanvas();
    virtual QString title() const = 0;
    /// The natural size in points.
    virtual QSizeF size() const = 0;
    /// Draws the canvas scaled (aspect kept) and centred into `target`.
    virtual void paint(QPainter *painter, const QRectF &target) const = 0;

    enum class Kind { Journey, Persona, EmpathyMap, StakeholderMap };
    /// The canvas of the entity of `kind` named `name` (empty: the first). Error naming
    /// what exists when there is none.
    static Result<std::unique_ptr<ExportCanvas>> create(const ExportContext &context, Kind kind, const QString &name);
    static std::optional<Kind> kindFromKey(const QString &key); ///< journey, persona, empathy, stakeholder

    /// PNG at `dpi` (the file records it), white background.
    static Result<void> writePng(const ExportCanvas &canvas, const QString &path, int dpi);
    /// SVG with real text, sized in points.
    static Result<void> writeSvg(const ExportCanvas &canvas, const QString &path);

    /// The rectangle of `size` scaled to fit `target`, centred.
    static QRectF fitted(const QSizeF &size, const QRectF &target);
};

/// A journey poster as a canvas.
class JourneyCanvas : public ExportCanvas
{
public:
    JourneyCanvas(const ExportContext &context, JourneyId journey);
    QString title() const override { return m_title; }
    QSizeF size() const override { return m_poster.size(); }
    void paint(QPainter *painter, const QRectF &target) const override;
    const JourneyPosterPainter &poster() const { return m_poster; }

    static PosterInfo posterInfo(const ExportContext &context, JourneyId journey);

private:
    QString m_title;
    JourneyPosterPainter m_poster;
};

/// A QGraphicsScene (empathy or stakeholder map) rendered without a view.
class SceneCanvas : public ExportCanvas
{
public:
    SceneCanvas(QString title, std::unique_ptr<QGraphicsScene> scene, const QRectF &source);
    ~SceneCanvas() override;
    QString title() const override { return m_title; }
    QSizeF size() const override { return m_source.size(); }
    void paint(QPainter *painter, const QRectF &target) const override;

private:
    QString m_title;
    std::unique_ptr<QGraphicsScene> m_scene;
    QRectF m_source;
};

} // namespace waymark
