// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonaForm.h"

#include "AvatarPicker.h"
#include "StringListEditor.h"
#include "TraitEditor.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainLabel.h"

#include "commands/EditCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {
namespace {
using Region = PersonaSheet::Region;

struct ListField
{
    Region region;
    QStringList Persona::*member;
};
constexpr ListField kLists[] = {
    {Region::Goals, &Persona::goals},           {Region::Needs, &Persona::needs},
    {Region::Frustrations, &Persona::frustrations}, {Region::Behaviours, &Persona::behaviours},
    {Region::Channels, &Persona::channels},     {Region::Expectations, &Persona::expectations},
};

QString addText(Region region)
{
    switch (region) {
    case Region::Goals: return PersonaForm::tr("Add goal");
    case Region::Needs: return PersonaForm::tr("Add need");
    case Region::Frustrations: return PersonaForm::tr("Add frustration");
    case Region::Behaviours: return PersonaForm::tr("Add behaviour");
    case Region::Channels: return PersonaForm::tr("Add channel");
    case Region::Expectations: return PersonaForm::tr("Add expectation");
    default: return {};
    }
}

QString listEditText(Region region)
{
    switch (region) {
    case Region::Goals: return PersonaForm::tr("Edit goals of %1");
    case Region::Needs: return PersonaForm::tr("Edit needs of %1");
    case Region::Frustrations: return PersonaForm::tr("Edit frustrations of %1");
    case Region::Behaviours: return PersonaForm::tr("Edit behaviours of %1");
    case Region::Channels: return PersonaForm::tr("Edit channels of %1");
    case Region::Expectations: return PersonaForm::tr("Edit expectations of %1");
    default: return {};
    }
}

PlainLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new PlainLabel(text, PlainLabel::Role::Heading, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

PersonaForm::PersonaForm(Document *document, PersonaId id, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(id), m_banner(new MessageBanner(this)),
      m_avatar(new AvatarPicker(this)), m_traits(new TraitEditor(this))
{
    setObjectName(QStringLiteral("personaForm"));
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line, line * 3 / 4, line, line);
    layout->setSpacing(line / 2);
    layout->addWidget(m_banner);
    layout->addWidget(m_avatar);

    // One form for identity and demographics, so their fields line up.
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fields->addRow(tr("&Name:"), addLine(Field::Name, tr("The persona’s name")));
    fields->addRow(tr("&Role:"), addLine(Field::Segment, tr("Role or segment, e.g. weekend gardener")));
    fields->addRow(tr("&Quote:"), addLine(Field::Quote, tr("In their own words")));
    fields->addItem(new QSpacerItem(0, line / 2));
    fields->addRow(sectionHeading(PersonaSheet::title(Region::About), this));
    fields->addRow(tr("&Age:"), addLine(Field::Age, tr("e.g. 41 or 35–44")));
    fields->addRow(tr("&Occupation:"), addLine(Field::Occupation, tr("Job or situation")));
    fields->addRow(tr("&Location:"), addLine(Field::Location, tr("City, region or country")));
    fields->addRow(tr("&Family:"), addLine(Field::Family, tr("Household, children, …")));
    layout->addLayout(fields);

    layout->addSpacing(line / 2);
    layout->addWidget(sectionHeading(PersonaSheet::title(Region::Traits), this));
    layout->addWidget(m_traits);

    for (const ListField &list : kLists) {
        auto *editor = new StringListEditor(PersonaSheet::title(list.region), addText(list.region), this);
        editor->setObjectName(QStringLiteral("list%1").arg(int(list.region)));
        m_lists.insert(list.region, editor);
        layout->addSpacing(line / 2);
        layout->addWidget(editor);
        const Region region = list.region;
        const auto member = list.member;
        connect(editor, &StringListEditor::edited, this, [this, region, member](const QStringList &items) {
            commit([&](Persona &p) { p.*member = items; }, listEditText(region));
        });
    }
    layout->addStretch();

    connect(m_traits, &TraitEditor::edited, this, [this](const QList<Trait> &traits, bool continues) {
        commit([&](Persona &p) { p.traits = traits; }, tr("Edit traits of %1"), true, continues);
    });
    connect(m_avatar, &AvatarPicker::picked, this, [this](const QByteArray &png) {
        m_banner->hide();
        commit([&](Persona &p) { p.avatar = png; }, tr("Change picture of %1"));
    });
    connect(m_avatar, &AvatarPicker::removeRequested, this, [this] {
        commit([](Persona &p) { p.avatar.clear(); }, tr("Remove picture of %1"));
    });
    connect(m_avatar, &AvatarPicker::failed, m_banner, &MessageBanner::showMessage);

    // A read-only workspace shows its persona without offering to change it.
    const bool writable = document && !document->isReadOnly();
    m_avatar->setEnabled(writable);
    m_traits->setEnabled(writable);
    for (QLineEdit *edit : std::as_const(m_lines))
        edit->setReadOnly(!writable);
    for (StringListEditor *editor : std::as_const(m_lists))
        editor->setEnabled(writable);
    refresh();
}

QLineEdit *PersonaForm::addLine(Field field, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    static const char *const names[] = {"personaName", "personaSegment", "personaQuote", "personaAge",
                                        "personaOccupation", "personaLocation", "personaFamily"};
    edit->setObjectName(QLatin1String(names[int(field)]));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(field != Field::Name);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { lineEdited(field); });
    return edit;
}

const Persona *PersonaForm::persona() const
{
    return m_document ? m_document->workspace().personas.find(m_id) : nullptr;
}

QString &PersonaForm::fieldOf(Persona &persona, Field field)
{
    switch (field) {
    case Field::Name: return persona.name;
    case Field::Segment: return persona.segment;
    case Field::Quote: return persona.quote;
    case Field::Age: return persona.age;
    case Field::Occupation: return persona.occupation;
    case Field::Location: return persona.location;
    case Field::Family: break;
    }
    return persona.family;
}

QString PersonaForm::editText(Field field)
{
    switch (field) {
    case Field::Name: return tr("Rename %1");
    case Field::Segment: return tr("Edit role of %1");
    case Field::Quote: return tr("Edit quote of %1");
    case Field::Age: return tr("Edit age of %1");
    case Field::Occupation: return tr("Edit occupation of %1");
    case Field::Location: return tr("Edit location of %1");
    case Field::Family: break;
    }
    return tr("Edit family of %1");
}

void PersonaForm::refresh()
{
    const Persona *p = persona();
    if (!p)
        return;
    Persona current = *p;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString &value = fieldOf(current, it.key());
        // Only fields that changed: a field being typed in keeps its text.
        if (!m_hasLoaded || value != fieldOf(m_loaded, it.key()))
            if (it.value()->text() != value) {
                it.value()->setText(value);
                it.value()->setCursorPosition(0); // long texts show their beginning
            }
    }
    for (const ListField &list : kLists)
        m_lists.value(list.region)->setItems(current.*list.member);
    m_traits->setTraits(current.traits);
    m_avatar->setPersona(current);
    m_loaded = current;
    m_hasLoaded = true;
}

void PersonaForm::lineEdited(Field field)
{
    QLineEdit *edit = m_lines.value(field);
    const Persona *p = persona();
    if (!p || !m_document || m_document->isReadOnly())
        return;
    const QString value = edit->text().trimmed();
    Persona copy = *p;
    if (value == fieldOf(copy, field)) {
        if (edit->text() != value)
            edit->setText(value);
        return;
    }
    if (field == Field::Name) {
        if (value.isEmpty()) { // a persona keeps a name
            edit->setText(p->name);
            return;
        }
        if (QUndoCommand *command = WorkspaceEdits::rename(m_document, EntityKind::Persona, m_id.value, value))
            m_document->execute(command);
        return;
    }
    commit([&](Persona &persona) { fieldOf(persona, field) = value; }, editText(field));
}

void PersonaForm::commit(const std::function<void(Persona &)> &change, const QString &text, bool mergeable,
                         bool continuesGesture)
{
    const Persona *p = persona();
    if (!p || !m_document || m_document->isReadOnly())
        return;
    Persona after = *p;
    change(after);
    if (after == *p)
        return;
    auto *command = new EditCommand<Persona>(m_document, after, text.arg(p->name), mergeable);
    command->setContinuesGesture(continuesGesture);
    m_document->execute(command);
}

QWidget *PersonaForm::editorFor(PersonaSheet::Region region) const
{
    switch (region) {
    case Region::Avatar: return m_avatar;
    case Region::Name: return m_lines.value(Field::Name);
    case Region::Quote: return m_lines.value(Field::Quote);
    case Region::About: return m_lines.value(Field::Age);
    case Region::Traits: return m_traits;
    case Region::Journey:
    case Region::None: return nullptr;
    default: return m_lists.value(region);
    }
}

} // namespace waymark
