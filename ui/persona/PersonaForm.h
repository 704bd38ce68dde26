// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PersonaSheet.h"

#include "model/Persona.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLineEdit;

namespace waymark {

class AvatarPicker;
class Document;
class MessageBanner;
class StringListEditor;
class TraitEditor;

/// Every field of one persona as editors. Each completed edit is one undo step
/// (EditCommand<Persona>, "Edit goals of Mark Jensen"): a line edit commits when editing
/// finishes, a list when an item is added, changed, moved or removed, a slider drag once.
class PersonaForm : public QWidget
{
    Q_OBJECT

public:
    enum class Field { Name, Segment, Quote, Age, Occupation, Location, Family };

    PersonaForm(Document *document, PersonaId id, QWidget *parent = nullptr);

    /// Shows the persona as the document has it; editors whose field did not change keep
    /// their state (focus, typing in progress).
    void refresh();
    /// Moves the keyboard focus to the editor of a sheet region.
    QWidget *editorFor(PersonaSheet::Region region) const;

    QLineEdit *lineEdit(Field field) const { return m_lines.value(field); }
    StringListEditor *listEditor(PersonaSheet::Region region) const { return m_lists.value(region); }
    TraitEditor *traitEditor() const { return m_traits; }
    AvatarPicker *avatarPicker() const { return m_avatar; }
    MessageBanner *banner() const { return m_banner; }

private:
    const Persona *persona() const;
    /// Pushes one edit of the persona with `text` ("Edit goals of %1").
    void commit(const std::function<void(Persona &)> &change, const QString &text, bool mergeable = false,
                bool continuesGesture = false);
    QLineEdit *addLine(Field field, const QString &placeholder);
    void lineEdited(Field field);
    static QString &fieldOf(Persona &persona, Field field);
    static QString editText(Field field);

    QPointer<Document> m_document;
    PersonaId m_id;
    MessageBanner *m_banner;
    AvatarPicker *m_avatar;
    TraitEditor *m_traits;
    QMap<Field, QLineEdit *> m_lines;
    QMap<PersonaSheet::Region, StringListEditor *> m_lists;
    Persona m_loaded;
    bool m_hasLoaded = false;
};

} // namespace waymark
