// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraitEditor.h"

#include "widgets/PlainLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {

TraitEditor::TraitEditor(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout), m_add(new QToolButton(this)), m_menu(new QMenu(this)),
      m_empty(new PlainLabel(tr("No traits yet. Add one to place the persona on a 1–5 scale."),
                             PlainLabel::Role::Secondary, this))
{
    m_empty->setWordWrap(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth());
    m_grid->setVerticalSpacing(fontMetrics().height() / 4);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);

    m_add->setObjectName(QStringLiteral("addTrait"));
    m_add->setText(tr("Add trait"));
    m_add->setToolTip(tr("Add a trait of your own; the arrow offers common ones"));
    m_add->setIcon(QIcon(QStringLiteral(":/ui/icons/add.svg")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setAutoRaise(true);
    m_add->setPopupMode(QToolButton::MenuButtonPopup);
    m_add->setMenu(m_menu);
    connect(m_add, &QToolButton::clicked, this, [this] { addTrait(); });
    connect(m_menu, &QMenu::aboutToShow, this, &TraitEditor::fillMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 4);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

QStringList TraitEditor::commonTraits()
{
    return {tr("Tech-savvy"),   tr("Price-sensitive"), tr("Brand-loyal"),         tr("Time-pressed"),
            tr("Risk-averse"),  tr("Eco-conscious"),   tr("Convenience-seeking"), tr("Socially influenced")};
}

void TraitEditor::fillMenu()
{
    m_menu->clear();
    QStringList present;
    for (const Trait &t : m_traits)
        present << t.name.toCaseFolded();
    for (const QString &name : commonTraits()) {
        QAction *action = m_menu->addAction(name, this, [this, name] { addTrait(name); });
        action->setEnabled(!present.contains(name.toCaseFolded()));
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Custom Trait…"), this, [this] { addTrait(); });
}

TraitEditor::Row TraitEditor::makeRow(const Trait &trait, int gridRow)
{
    Row row;
    row.name = new QLineEdit(trait.name, this);
    row.name->setObjectName(QStringLiteral("traitName"));
    row.name->setPlaceholderText(tr("Trait, e.g. eco-conscious"));
    row.name->setAccessibleName(tr("Trait name"));
    row.slider = new QSlider(Qt::Horizontal, this);
    row.slider->setObjectName(QStringLiteral("traitSlider"));
    row.slider->setRange(1, 5);
    row.slider->setPageStep(1);
    row.slider->setTickPosition(QSlider::TicksBelow);
    row.slider->setTickInterval(1);
    row.slider->setValue(qBound(1, trait.value, 5));
    row.slider->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    row.slider->setAccessibleName(trait.name);
    row.value = new QLabel(QString::number(row.slider->value()), this);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("5")) * 2);
    row.remove = new QToolButton(this);
    row.remove->setObjectName(QStringLiteral("removeTrait"));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this trait"));
    row.remove->setAccessibleName(row.remove->toolTip());

    m_grid->addWidget(row.name, gridRow, 0);
    m_grid->addWidget(row.slider, gridRow, 1);
    m_grid->addWidget(row.value, gridRow, 2);
    m_grid->addWidget(row.remove, gridRow, 3);

    QLineEdit *name = row.name;
    QSlider *slider = row.slider;
    QToolButton *remove = row.remove;
    connect(name, &QLineEdit::editingFinished, this, [this, name] { nameEdited(name); });
    connect(slider, &QSlider::valueChanged, this, [this, slider](int value) { valueChanged(slider, value); });
    connect(slider, &QSlider::sliderPressed, this, [this] { m_gestureMoved = false; });
    connect(slider, &QSlider::sliderReleased, this, [this] { m_gestureMoved = false; });
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeRow(remove); });
    return row;
}

void TraitEditor::deleteRow(Row &row)
{
    for (QWidget *w : std::initializer_list<QWidget *>{row.name, row.slider, row.value, row.remove})
        if (w) {
            // Silently: hiding a focused name field would report it as edited, against
            // the new row order.
            w->blockSignals(true);
            w->hide();
            w->deleteLater();
        }
    row = {};
}

void TraitEditor::rebuild()
{
    for (Row &row : m_rows)
        deleteRow(row);
    m_rows.clear();
    deleteRow(m_pending);
    for (qsizetype i = 0; i < m_traits.size(); ++i)
        m_rows.append(makeRow(m_traits[i], int(i)));
    m_empty->setVisible(m_traits.isEmpty());
}

void TraitEditor::setTraits(const QList<Trait> &traits)
{
    if (traits == m_traits)
        return;
    bool sameNames = traits.size() == m_traits.size() && traits.size() == m_rows.size();
    for (qsizetype i = 0; sameNames && i < traits.size(); ++i)
        sameNames = traits[i].name == m_traits[i].name;
    m_traits = traits;
    if (!sameNames) {
        rebuild();
        return;
    }
    for (qsizetype i = 0; i < traits.size(); ++i) {
        Row &row = m_rows[i];
        if (row.slider->isSliderDown())
            continue; // the drag in progress wins; its next move brings the model along
        const QSignalBlocker blocker(row.slider);
        row.slider->setValue(traits[i].value);
        row.value->setText(QString::number(traits[i].value));
    }
}

void TraitEditor::addTrait(const QString &name)
{
    if (!name.isEmpty()) {
        m_traits.append(Trait{name, 3});
        rebuild();
        emit edited(m_traits, false);
        return;
    }
    if (!m_pending.name) {
        m_pending = makeRow(Trait{QString(), 3}, int(m_rows.size()));
        m_pending.remove->setToolTip(tr("Cancel this trait"));
        m_empty->hide();
    }
    m_pending.name->setFocus();
}

void TraitEditor::rowOf(QObject *widget, int *index, bool *pending) const
{
    *pending = widget == m_pending.name || widget == m_pending.slider || widget == m_pending.remove;
    *index = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (widget == r.name || widget == r.slider || widget == r.remove)
            *index = i;
    }
}

void TraitEditor::nameEdited(QLineEdit *edit)
{
    int index;
    bool pending;
    rowOf(edit, &index, &pending);
    const QString name = edit->text().trimmed();
    if (pending) {
        if (name.isEmpty()) {
            // Nothing typed: the new row goes away once focus has left it.
            QTimer::singleShot(0, this, [this] {
                if (m_pending.name && m_pending.name->text().trimmed().isEmpty() && !m_pending.name->hasFocus() &&
                    !m_pending.slider->hasFocus()) {
                    deleteRow(m_pending);
                    m_empty->setVisible(m_traits.isEmpty());
                }
            });
            return;
        }
        m_traits.append(Trait{name, m_pending.slider->value()});
        m_rows.append(m_pending);
        m_pending = {};
        m_rows.last().remove->setToolTip(tr("Remove this trait"));
        m_rows.last().slider->setAccessibleName(name);
        edit->setText(name);
        emit edited(m_traits, false);
        return;
    }
    if (index < 0)
        return;
    if (name.isEmpty()) {
        edit->setText(m_traits[index].name); // a trait keeps a name; ✕ removes it
        return;
    }
    edit->setText(name);
    if (name == m_traits[index].name)
        return;
    m_traits[index].name = name;
    m_rows[index].slider->setAccessibleName(name);
    emit edited(m_traits, false);
}

void TraitEditor::valueChanged(QSlider *slider, int value)
{
    int index;
    bool pending;
    rowOf(slider, &index, &pending);
    if (pending) {
        m_pending.value->setText(QString::number(value));
        return;
    }
    if (index < 0 || m_traits[index].value == value)
        return;
    m_rows[index].value->setText(QString::number(value));
    m_traits[index].value = value;
    // One drag is one undo step: its first move opens the step, later moves merge into it.
    const bool continues = slider->isSliderDown() && m_gestureMoved;
    if (slider->isSliderDown())
        m_gestureMoved = true;
    emit edited(m_traits, continues);
}

void TraitEditor::removeRow(QToolButton *button)
{
    int index;
    bool pending;
    rowOf(button, &index, &pending);
    if (pending) {
        deleteRow(m_pending);
        m_empty->setVisible(m_traits.isEmpty());
        return;
    }
    if (index < 0)
        return;
    m_traits.removeAt(index);
    rebuild();
    emit edited(m_traits, false);
}

} // namespace waymark
