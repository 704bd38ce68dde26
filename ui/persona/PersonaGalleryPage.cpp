// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaGalleryPage.h"

#include "PersonaCard.h"
#include "PersonaEditorPage.h"
#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QGridLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace waymark {

PersonaGalleryPage::PersonaGalleryPage(Document *document, QWidget *parent)
    : OverviewPage(document, EntityKind::Persona, 0, parent), m_scroll(new QScrollArea(this)), m_grid(new QWidget),
      m_gridLayout(new QGridLayout(m_grid)), m_new(new QPushButton(DisplayText::newActionText(EntityKind::Persona)))
{
    setObjectName(QStringLiteral("personaGalleryPage"));
    const int line = fontMetrics().height();
    m_new->setObjectName(QStringLiteral("newPersona"));
    m_new->setIcon(QIcon(QStringLiteral(":/ui/icons/add.svg")));
    m_new->setEnabled(!document->isReadOnly());

    auto *content = new QWidget;
    auto *title = new PlainLabel(DisplayText::groupTitle(EntityKind::Persona), PlainLabel::Role::Title, content);
    auto *intro = new PlainLabel(tr("The customers you design for: one to five of the most valuable segments, "
                                    "each as a person. Click a card to open it."),
                                 PlainLabel::Role::Secondary, content);
    intro->setWordWrap(true);
    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(line / 4);
    headerText->addWidget(title);
    headerText->addWidget(intro);
    header->addLayout(headerText, 1);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(line);
    m_gridLayout->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(line * 2, line * 3 / 2, line * 2, line * 2);
    layout->setSpacing(line * 3 / 2);
    layout->addLayout(header);
    layout->addWidget(m_grid);
    layout->addStretch();

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_new, &QPushButton::clicked, this, &PersonaGalleryPage::createPersona);
    m_scroll->viewport()->installEventFilter(this);
}

bool PersonaGalleryPage::eventFilter(QObject *watched, QEvent *event)
{
    // The number of columns follows the room the scroll area has for the cards.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        placeCards();
    return OverviewPage::eventFilter(watched, event);
}

QString PersonaGalleryPage::title() const
{
    return DisplayText::groupTitle(EntityKind::Persona);
}

void PersonaGalleryPage::rebuild()
{
    const Workspace &w = document()->workspace();
    const int scroll = m_scroll->verticalScrollBar()->value();
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const Persona &persona : w.personas) {
        const auto journeys = w.journeys.filtered([&](const Journey &j) { return j.personaId == persona.id; });
        auto *card = new PersonaCard(persona, int(journeys.size()), m_grid);
        const PersonaId id = persona.id;
        connect(card, &PersonaCard::clicked, this, [this, id] { emit openRequested(EntityKind::Persona, id.value); });
        connect(card, &PersonaCard::duplicateRequested, this, &PersonaGalleryPage::duplicate);
        m_cards.append(card);
    }
    m_columns = 0;
    placeCards();
    m_scroll->verticalScrollBar()->setValue(scroll);
}

int PersonaGalleryPage::columnCount() const
{
    const int spacing = m_gridLayout->horizontalSpacing();
    const int card = PersonaCard::cardWidth(fontMetrics());
    const int room = m_scroll->viewport()->width() - fontMetrics().height() * 4;
    return qMax(1, (room + spacing) / (card + spacing));
}

void PersonaGalleryPage::placeCards()
{
    const int columns = columnCount();
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (PersonaCard *card : std::as_const(m_cards))
        m_gridLayout->removeWidget(card);
    // Cards of one height, that of the fullest card.
    int height = 0;
    for (PersonaCard *card : std::as_const(m_cards))
        height = qMax(height, card->heightForWidth(PersonaCard::cardWidth(fontMetrics())));
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards[i]->setFixedHeight(height);
        m_gridLayout->addWidget(m_cards[i], i / columns, i % columns);
        m_cards[i]->show();
    }
    // Tab order follows reading order.
    for (int i = 1; i < m_cards.size(); ++i)
        setTabOrder(m_cards[i - 1], m_cards[i]);
}

void PersonaGalleryPage::createPersona()
{
    qint64 id = 0;
    QUndoCommand *command =
        WorkspaceEdits::create(document(), EntityKind::Persona, DisplayText::newItemName(EntityKind::Persona), &id);
    if (!command || !document()->execute(command))
        return;
    emit openRequested(EntityKind::Persona, id);
    // The new persona's page is open now: its name is ready to be typed over.
    for (auto *page : window()->findChildren<PersonaEditorPage *>())
        if (page->entityId() == id)
            page->editRegion(PersonaSheet::Region::Name);
}

void PersonaGalleryPage::duplicate(PersonaId id)
{
    qint64 copy = 0;
    if (QUndoCommand *command = WorkspaceEdits::duplicate(document(), EntityKind::Persona, id.value, &copy))
        document()->execute(command);
}

} // namespace waymark
