// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Persona.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QSlider;
class QToolButton;

namespace waymark {

/// A persona's traits on 1–5 sliders: rename a trait in place, drag or key its slider,
/// remove it, add a common one (tech-savvy, price-sensitive, ...) or a custom one.
class TraitEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TraitEditor(QWidget *parent = nullptr);

    /// Shows `traits`; rows are kept (and a slider being dragged is left alone) when only values change.
    void setTraits(const QList<Trait> &traits);
    QList<Trait> traits() const { return m_traits; }

    /// Adds a trait named `name` at the middle of the scale; an empty name opens a new row
    /// whose name is typed first (nothing is added until it has one).
    void addTrait(const QString &name = {});
    /// The traits the add menu offers.
    static QStringList commonTraits();

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *nameEdit(int row) const { return m_rows.value(row).name; }
    QSlider *slider(int row) const { return m_rows.value(row).slider; }
    QToolButton *removeButton(int row) const { return m_rows.value(row).remove; }
    QToolButton *addButton() const { return m_add; }
    /// The row of a custom trait whose name is being typed, if any.
    QLineEdit *pendingNameEdit() const { return m_pending.name; }

signals:
    /// The traits after an edit. `continuesGesture`: a later move of one slider drag, which
    /// belongs to the same undo step as the drag's first move.
    void edited(const QList<Trait> &traits, bool continuesGesture);

private:
    struct Row
    {
        QLineEdit *name = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        QToolButton *remove = nullptr;
    };
    Row makeRow(const Trait &trait, int gridRow);
    void deleteRow(Row &row);
    void rebuild();
    void rowOf(QObject *widget, int *index, bool *pending) const;
    void nameEdited(QLineEdit *edit);
    void valueChanged(QSlider *slider, int value);
    void removeRow(QToolButton *button);
    void fillMenu();

    QList<Trait> m_traits;
    QList<Row> m_rows;
    Row m_pending;
    QGridLayout *m_grid;
    QToolButton *m_add;
    QMenu *m_menu;
    QLabel *m_empty;
    bool m_gestureMoved = false;
};

} // namespace waymark
