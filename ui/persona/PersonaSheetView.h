// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSheet.h"

#include <QWidget>

namespace waymark {

/// The persona's one-page sheet on screen: the same drawing as on paper (PersonaSheet),
/// in the page colours of the current theme. A click on a section asks to edit it; a
/// click on one of the persona's journeys opens it.
class PersonaSheetView : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaSheetView(QWidget *parent = nullptr);

    void setContent(const Persona &persona, const QList<Journey> &journeys);
    const Persona &persona() const { return m_persona; }

    /// Where the page lies in the widget.
    QRectF pageRect() const;
    /// The regions as currently laid out.
    QList<PersonaSheet::Hit> regions() const;
    /// Where a region is (a journey: its chip); empty if it is not on the page.
    QRect regionRect(PersonaSheet::Region region, qint64 journeyId = 0) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void regionClicked(waymark::PersonaSheet::Region region);
    void journeyClicked(qint64 journeyId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    PersonaSheet sheet() const;
    PersonaSheet::Hit hitAt(const QPointF &pos) const;
    void setHover(const PersonaSheet::Hit &hit);
    void invalidate();

    Persona m_persona;
    QList<Journey> m_journeys;
    mutable QList<PersonaSheet::Hit> m_regions;
    mutable bool m_regionsValid = false;
    PersonaSheet::Hit m_hover;
    PersonaSheet::Hit m_pressed;
};

} // namespace waymark
