// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmpathyMapOverviewPage.h"

#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"

#include <QFrame>
#include <QGridLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {
namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QString promptFor(Quadrant q)
{
    switch (q) {
    case Quadrant::Think: return EmpathyMapOverviewPage::tr("What occupies their mind?");
    case Quadrant::Feel: return EmpathyMapOverviewPage::tr("What worries or excites them?");
    case Quadrant::Say: return EmpathyMapOverviewPage::tr("What do they say to others?");
    case Quadrant::Do: return EmpathyMapOverviewPage::tr("What do they actually do?");
    case Quadrant::Pains: return EmpathyMapOverviewPage::tr("Fears, frustrations, obstacles");
    case Quadrant::Gains: return EmpathyMapOverviewPage::tr("Wants, needs, measures of success");
    }
    return {};
}

QWidget *quadrantBox(Quadrant quadrant, const QList<EmpathyNote> &notes, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("quadrant-") + Vocabulary<Quadrant>::key(quadrant));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(new PlainLabel(DisplayText::quadrant(quadrant), PlainLabel::Role::Heading, frame));
    layout->addWidget(new PlainLabel(promptFor(quadrant), PlainLabel::Role::Secondary, frame));
    layout->addSpacing(4);
    const QColor base = frame->palette().color(QPalette::Base);
    for (const EmpathyNote &note : notes) {
        auto *label = new PlainLabel(note.text, frame);
        label->setWordWrap(true);
        label->setMargin(8);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAutoFillBackground(true);
        QPalette pal = label->palette();
        const QColor color = QColor::fromString(note.color);
        // The note's own colour, mixed into the palette's base so text stays readable in dark themes.
        const qreal tint = base.lightnessF() < 0.5 ? 0.3 : 0.55;
        pal.setColor(QPalette::Window, color.isValid() ? blend(base, color, tint) : blend(base, pal.color(QPalette::Text), 0.06));
        label->setPalette(pal);
        layout->addWidget(label);
    }
    if (notes.isEmpty())
        layout->addWidget(new PlainLabel(EmpathyMapOverviewPage::tr("No notes yet."), PlainLabel::Role::Secondary, frame));
    layout->addStretch();
    return frame;
}

} // namespace

EmpathyMapOverviewPage::EmpathyMapOverviewPage(Document *document, qint64 mapId, QWidget *parent)
    : OverviewPage(document, EntityKind::EmpathyMap, mapId, parent), m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("empathyMapOverviewPage"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void EmpathyMapOverviewPage::rebuild()
{
    const Workspace &w = document()->workspace();
    const EmpathyMap *map = w.empathyMaps.find(EmpathyMapId(entityId()));
    if (!map)
        return;
    const int scrollPosition = m_scroll->verticalScrollBar()->value();
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(24, 20, 24, 24);
    outer->setSpacing(4);
    auto *title = new PlainLabel(map->name, PlainLabel::Role::Title, content);
    title->setWordWrap(true);
    outer->addWidget(title);
    const Persona *persona = w.personas.find(map->personaId);
    outer->addWidget(new PlainLabel(persona ? tr("Persona: %1").arg(persona->name) : tr("No persona"),
                                    PlainLabel::Role::Secondary, content));
    outer->addSpacing(14);

    const QList<EmpathyNote> notes = w.empathyNotes.children(map->id.value);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const Quadrant order[] = {Quadrant::Think, Quadrant::Feel, Quadrant::Say, Quadrant::Do, Quadrant::Pains, Quadrant::Gains};
    for (int i = 0; i < 6; ++i) {
        QList<EmpathyNote> inQuadrant;
        for (const EmpathyNote &n : notes)
            if (n.quadrant == order[i])
                inQuadrant.append(n);
        grid->addWidget(quadrantBox(order[i], inQuadrant, content), i / 2, i % 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    outer->addLayout(grid);
    outer->addStretch();

    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrollPosition] {
        scroll->verticalScrollBar()->setValue(scrollPosition);
    });
}

} // namespace waymark
