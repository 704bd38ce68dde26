// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/OverviewPage.h"

class QGridLayout;
class QPushButton;
class QScrollArea;

namespace waymark {

class PersonaCard;

/// Every persona of the workspace as a card (picture, name, role, quote). A click opens
/// the persona; “New Persona” adds one. Opened from the navigator's Personas group. Its
/// entity id is 0: it stands for the group, not for one persona.
class PersonaGalleryPage : public OverviewPage
{
    Q_OBJECT

public:
    explicit PersonaGalleryPage(Document *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<PersonaCard *> cards() const { return m_cards; }
    QPushButton *newButton() const { return m_new; }

protected:
    void rebuild() override;
    bool dependsOn(EntityKind kind) const override
    {
        return kind == EntityKind::Persona || kind == EntityKind::Journey;
    }
    bool entityExists() const override { return document() != nullptr; }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int columnCount() const;
    void placeCards();
    void createPersona();
    void duplicate(PersonaId id);

    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QPushButton *m_new;
    QList<PersonaCard *> m_cards;
    int m_columns = 0;
};

} // namespace waymark
