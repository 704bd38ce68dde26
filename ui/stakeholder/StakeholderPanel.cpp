// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderPanel.h"

#include "StakeholderItem.h"
#include "util/DisplayText.h"
#include "widgets/PlainLabel.h"

#include "commands/EditCommand.h"
#include "commands/WorkspaceEdits.h"
#include "document/Document.h"
#include "stakeholder/StakeholderGrid.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace waymark {
namespace {
constexpr Attitude kAttitudes[] = {Attitude::Champion, Attitude::Supporter, Attitude::Neutral, Attitude::Critic,
                                   Attitude::Blocker};

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}
} // namespace

StakeholderPanel::StakeholderPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_pages(new QStackedLayout),
      m_hint(new PlainLabel(tr("Select a stakeholder to see and edit the details.\n\n"
                               "Double-click an empty spot on the grid to add a stakeholder there; "
                               "drag a card to move it between the quadrants."),
                            PlainLabel::Role::Secondary)),
      m_multi(new PlainLabel({}, PlainLabel::Role::Secondary)), m_form(new QWidget),
      m_quadrant(new PlainLabel({}, PlainLabel::Role::Heading)), m_name(new QLineEdit), m_role(new QLineEdit),
      m_department(new QLineEdit), m_attitude(new QComboBox), m_power(new QSpinBox), m_interest(new QSpinBox),
      m_strategy(new QPlainTextEdit), m_notes(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("stakeholderPanel"));
    m_name->setObjectName(QStringLiteral("stakeholderName"));
    m_role->setObjectName(QStringLiteral("stakeholderRole"));
    m_department->setObjectName(QStringLiteral("stakeholderDepartment"));
    m_attitude->setObjectName(QStringLiteral("stakeholderAttitude"));
    m_power->setObjectName(QStringLiteral("stakeholderPower"));
    m_interest->setObjectName(QStringLiteral("stakeholderInterest"));
    m_strategy->setObjectName(QStringLiteral("stakeholderStrategy"));
    m_notes->setObjectName(QStringLiteral("stakeholderNotes"));
    m_quadrant->setObjectName(QStringLiteral("stakeholderQuadrant"));
    m_multi->setObjectName(QStringLiteral("stakeholderSelectionNote"));
    m_quadrant->setWordWrap(true);

    for (PlainLabel *label : {m_hint, m_multi}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setContentsMargins(4, 8, 4, 4);
    }
    for (Attitude a : kAttitudes)
        m_attitude->addItem(StakeholderItem::attitudeIcon(a), DisplayText::attitude(a), int(a));
    m_attitude->setIconSize(QSize(20, 20));
    for (QSpinBox *box : {m_power, m_interest}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
        box->setKeyboardTracking(false); // typed digits count when finished, arrows at once
        box->setAccelerated(true);
    }
    m_power->setToolTip(tr("Power or influence over the project: 0 % (none) to 100 % (decides). Up on the grid."));
    m_interest->setToolTip(tr("How much the project concerns them: 0 % to 100 %. Right on the grid."));
    for (QPlainTextEdit *edit : {m_strategy, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    }
    m_strategy->setToolTip(tr("Leave empty to follow the quadrant's classic strategy."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Department"), m_department);
    form->addRow(tr("&Attitude"), m_attitude);
    form->addRow(tr("&Influence"), m_power);
    form->addRow(tr("In&terest"), m_interest);
    form->addRow(tr("&Strategy"), m_strategy);
    form->addRow(tr("N&otes"), m_notes);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(4, 8, 4, 4);
    formLayout->setSpacing(10);
    formLayout->addWidget(m_quadrant);
    formLayout->addLayout(form);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_multi);
    m_pages->addWidget(scroll);
    // The attitude legend: what the markers on the cards mean, for everyone in the room.
    auto *legend = new QWidget;
    legend->setObjectName(QStringLiteral("attitudeLegend"));
    auto *legendLayout = new QVBoxLayout(legend);
    legendLayout->setContentsMargins(4, 8, 4, 4);
    legendLayout->setSpacing(4);
    legendLayout->addWidget(new PlainLabel(tr("Attitude"), PlainLabel::Role::Heading));
    const int iconSize = fontMetrics().height() + 4;
    for (Attitude a : kAttitudes) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *icon = new QLabel;
        icon->setPixmap(StakeholderItem::attitudeIcon(a).pixmap(iconSize, iconSize));
        row->addWidget(icon);
        row->addWidget(new PlainLabel(DisplayText::attitude(a)), 1);
        legendLayout->addLayout(row);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_pages, 1);
    layout->addWidget(legend);

    for (QLineEdit *edit : {m_name, m_role, m_department})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commitLine(edit); });
    connect(m_attitude, &QComboBox::activated, this, [this](int index) {
        const auto attitude = Attitude(m_attitude->itemData(index).toInt());
        edit(tr("attitude"), [attitude](Stakeholder &s) { s.attitude = attitude; });
    });
    connect(m_power, &QSpinBox::valueChanged, this, [this](int value) {
        edit(tr("influence"), [value](Stakeholder &s) { s.power = value / 100.0; });
    });
    connect(m_interest, &QSpinBox::valueChanged, this, [this](int value) {
        edit(tr("interest"), [value](Stakeholder &s) { s.interest = value / 100.0; });
    });
    connect(m_strategy, &QPlainTextEdit::textChanged, this, &StakeholderPanel::updateStrategyStyle);

    connect(document, &Document::entityChanged, this, [this](EntityKind kind, qint64 id) {
        if (kind == EntityKind::Stakeholder && id == m_current.value)
            load();
    });
    connect(document, &Document::workspaceReset, this, &StakeholderPanel::load);
    setStakeholders({});
}

void StakeholderPanel::setStakeholders(const QList<StakeholderId> &ids)
{
    const StakeholderId next = ids.size() == 1 ? ids.first() : StakeholderId();
    if (next != m_current && m_current.isValid()) {
        // Typed but not yet finished: it belongs to the stakeholder it was typed for.
        for (QLineEdit *edit : {m_name, m_role, m_department})
            commitLine(edit);
        commitText(m_strategy);
        commitText(m_notes);
    }
    m_current = next;
    if (ids.size() > 1) {
        m_multi->setText(tr("%n stakeholders selected.\n\nDrag one of them or use the arrow keys to move them "
                            "together; Delete removes them.",
                            nullptr, int(ids.size())));
        m_pages->setCurrentIndex(1);
    } else {
        m_pages->setCurrentIndex(ids.isEmpty() ? 0 : 2);
    }
    load();
}

void StakeholderPanel::load()
{
    const Stakeholder *s = m_document && m_current.isValid() ? m_document->workspace().stakeholders.find(m_current)
                                                             : nullptr;
    if (!s) {
        if (m_pages->currentIndex() == 2)
            m_pages->setCurrentIndex(0);
        return;
    }
    const bool editable = !m_document->isReadOnly();
    const QSignalBlocker b1(m_attitude), b2(m_power), b3(m_interest), b4(m_strategy);
    setTextKeepingCursor(m_name, s->name);
    setTextKeepingCursor(m_role, s->role);
    setTextKeepingCursor(m_department, s->department);
    m_attitude->setCurrentIndex(m_attitude->findData(int(s->attitude)));
    m_power->setValue(qRound(s->power * 100));
    m_interest->setValue(qRound(s->interest * 100));
    setTextKeepingCursor(m_strategy, s->strategy);
    setTextKeepingCursor(m_notes, s->notes);

    const StakeholderQuadrant quadrant = StakeholderGrid::quadrantOf(s->power, s->interest);
    const QString derived = StakeholderGrid::derivedStrategy(quadrant);
    m_quadrant->setText(tr("%1 · %2").arg(StakeholderGrid::quadrantName(quadrant), derived));
    m_strategy->setPlaceholderText(tr("%1 (from the quadrant)").arg(derived));
    updateStrategyStyle();

    for (QLineEdit *edit : {m_name, m_role, m_department})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit *edit : {m_strategy, m_notes})
        edit->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_attitude, m_power, m_interest})
        w->setEnabled(editable);
}

void StakeholderPanel::edit(const QString &field, const std::function<void(Stakeholder &)> &change)
{
    const Stakeholder *s = m_document && m_current.isValid() ? m_document->workspace().stakeholders.find(m_current)
                                                             : nullptr;
    if (!s)
        return;
    Stakeholder changed = *s;
    change(changed);
    if (!(changed == *s))
        m_document->execute(new EditCommand<Stakeholder>(m_document, changed,
                                                         tr("Change %1 of “%2”").arg(field, s->name)));
    load(); // shows the stored value, also when the edit was refused (read-only)
}

void StakeholderPanel::commitLine(QLineEdit *editor)
{
    if (!editor->isModified() || !m_document)
        return;
    editor->setModified(false);
    const QString text = editor->text();
    if (editor == m_name) {
        const QString name = text.trimmed();
        QUndoCommand *command = name.isEmpty() // a stakeholder keeps a name
                                    ? nullptr
                                    : WorkspaceEdits::rename(m_document, EntityKind::Stakeholder, m_current.value, name);
        if (command)
            m_document->execute(command);
        load();
    } else if (editor == m_role) {
        edit(tr("role"), [text](Stakeholder &s) { s.role = text; });
    } else {
        edit(tr("department"), [text](Stakeholder &s) { s.department = text; });
    }
}

void StakeholderPanel::commitText(QPlainTextEdit *editor)
{
    if (!editor->document()->isModified())
        return;
    editor->document()->setModified(false);
    const QString text = editor->toPlainText();
    if (editor == m_strategy)
        edit(tr("strategy"), [text](Stakeholder &s) { s.strategy = text.trimmed().isEmpty() ? QString() : text; });
    else
        edit(tr("notes"), [text](Stakeholder &s) { s.notes = text; });
}

void StakeholderPanel::updateStrategyStyle()
{
    // The derived strategy shows as an italic placeholder; typed text is upright.
    QFont f = font();
    f.setItalic(m_strategy->toPlainText().isEmpty());
    m_strategy->setFont(f);
}

bool StakeholderPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_strategy || watched == m_notes))
        commitText(static_cast<QPlainTextEdit *>(watched));
    return QWidget::eventFilter(watched, event);
}

void StakeholderPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateStrategyStyle();
}

} // namespace waymark
