// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAttachPage.h"

#include "FeedbackImportWizard.h"
#include "ImportRuleDialog.h"

#include "document/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

ImportAttachPage::ImportAttachPage(FeedbackImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_journey(new QComboBox),
      m_create(new QCheckBox(tr("&Create the stages and touchpoints named in the file where they are missing"))),
      m_dryRun(new QCheckBox(tr("Only &check the file: read and report everything, change nothing"))),
      m_match(new QLabel), m_rules(new QVBoxLayout), m_ruleTable(new QTableWidget), m_addRule(new QPushButton(tr("&Add Rule…"))),
      m_editRule(new QPushButton(tr("&Edit…"))), m_removeRule(new QPushButton(tr("&Remove"))), m_rulesNote(new QLabel)
{
    setTitle(tr("Attach to touchpoints"));
    setSubTitle(tr("Rows attach to the touchpoint named in their touchpoint column (matched ignoring case and "
                   "spaces, and by each touchpoint's keywords), within the stage named in their stage column. "
                   "Rows without a match are imported unattached; you can attach them later by dragging them "
                   "from the feedback browser onto a touchpoint."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Journey:"), m_journey);
    layout->addLayout(form);
    layout->addWidget(m_create);
    m_match->setWordWrap(true);
    layout->addWidget(m_match);
    auto *rulesBox = new QGroupBox(tr("Attachment rules"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rulesNote->setWordWrap(true);
    rulesLayout->addWidget(m_rulesNote);
    m_ruleTable->setColumnCount(3);
    m_ruleTable->setHorizontalHeaderLabels({tr("When"), tr("Value"), tr("Attach to")});
    m_ruleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleTable->verticalHeader()->hide();
    m_ruleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ruleTable->verticalHeader()->setDefaultSectionSize(m_ruleTable->fontMetrics().height() + 8);
    rulesLayout->addWidget(m_ruleTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addRule);
    buttons->addWidget(m_editRule);
    buttons->addWidget(m_removeRule);
    buttons->addStretch(1);
    rulesLayout->addLayout(buttons);
    m_rules->addWidget(rulesBox, 1);
    layout->addLayout(m_rules, 1);
    layout->addSpacing(6);
    layout->addWidget(m_dryRun);
    connect(m_journey, &QComboBox::currentIndexChanged, this, &ImportAttachPage::refresh);
    connect(m_create, &QCheckBox::toggled, this, &ImportAttachPage::refresh);
    connect(m_addRule, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { editRule(m_ruleTable->currentRow()); });
    connect(m_removeRule, &QPushButton::clicked, this, [this] { removeRule(m_ruleTable->currentRow()); });
    connect(m_ruleTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { editRule(row); });
    connect(m_ruleTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = m_ruleTable->currentRow() >= 0 && !m_ruleTable->selectedItems().isEmpty();
        m_editRule->setEnabled(selected);
        m_removeRule->setEnabled(selected);
    });
}

void ImportAttachPage::initializePage()
{
    const Document *document = m_wizard->document();
    m_journey->blockSignals(true);
    m_journey->clear();
    if (document)
        for (const Journey &j : document->workspace().journeys)
            m_journey->addItem(j.name, j.id.value);
    const QString newName = QFileInfo(m_wizard->draft().path()).completeBaseName();
    m_journey->addItem(tr("New journey “%1”").arg(newName), qint64(0));
    m_journey->setCurrentIndex(0);
    m_journey->blockSignals(false);
    m_create->setChecked(m_journey->count() == 1);
    ImportDraft &draft = m_wizard->draft();
    if (!draft.rulesEdited) {
        draft.rules.clear();
        if (document)
            if (auto saved = AttachmentRules::load(document->store()))
                draft.rules = *saved;
    }
    refresh();
}

bool ImportAttachPage::isComplete() const
{
    // A new journey comes only with the touchpoints it is made of.
    return m_journey->currentData().toLongLong() != 0 || m_create->isChecked();
}

void ImportAttachPage::refresh()
{
    const ImportDraft &draft = m_wizard->draft();
    const Document *document = m_wizard->document();
    const qint64 journey = m_journey->currentData().toLongLong();
    const int column = draft.mapping().column(QStringLiteral("touchpoint"));
    if (column < 0) {
        m_match->setText(tr("No touchpoint column is mapped: the rows are imported unattached."));
    } else {
        QSet<QString> known;
        if (document && journey)
            for (const Touchpoint &t : document->workspace().touchpoints.children(journey)) {
                known.insert(normalized(t.title));
                for (const QString &k : t.keywords)
                    known.insert(normalized(k));
            }
        QSet<QString> names, matched;
        for (const QStringList &row : draft.dataRecords()) {
            const QString name = normalized(row.value(column));
            if (name.isEmpty())
                continue;
            names.insert(name);
            if (known.contains(name))
                matched.insert(name);
        }
        QString text = tr("In the first %n row(s), ", nullptr, int(draft.dataRecords().size()))
            + tr("%1 of %2 touchpoint names match a touchpoint of this journey.").arg(matched.size()).arg(names.size());
        if (matched.size() < names.size())
            text += u' '
                + (m_create->isChecked() ? tr("The others will be created.")
                                         : tr("Rows naming the others stay unattached and are listed as problems."));
        m_match->setText(text);
    }
    refreshRules();
    emit completeChanged();
}

void ImportAttachPage::refreshRules()
{
    const ImportDraft &draft = m_wizard->draft();
    const Document *document = m_wizard->document();
    const qint64 journey = m_journey->currentData().toLongLong();
    QSet<QString> known;
    if (document && journey)
        for (const Touchpoint &t : document->workspace().touchpoints.children(journey)) {
            known.insert(normalized(t.title));
            for (const QString &k : t.keywords)
                known.insert(normalized(k));
        }
    const int current = m_ruleTable->currentRow();
    m_ruleTable->setRowCount(int(draft.rules.size()));
    int unknown = 0;
    for (int i = 0; i < draft.rules.size(); ++i) {
        const AttachmentRule &r = draft.rules[i];
        QString when, value;
        switch (r.kind) {
        case AttachmentRule::Kind::ChannelEquals:
            when = tr("Channel equals");
            value = r.value;
            break;
        case AttachmentRule::Kind::CommentContains:
            when = tr("Comment contains");
            value = r.value;
            break;
        case AttachmentRule::Kind::CommentMatches:
            when = tr("Comment matches");
            value = r.value;
            break;
        case AttachmentRule::Kind::DateRange:
            when = tr("Date in range");
            value = (r.from.isValid() ? r.from.toString(Qt::ISODate) : tr("any")) + QStringLiteral(" – ")
                + (r.to.isValid() ? r.to.toString(Qt::ISODate) : tr("any"));
            break;
        }
        auto *target = new QTableWidgetItem(ImportRuleDialog::touchpointLabel(r.touchpoint, r.stage));
        if (!known.contains(normalized(r.touchpoint))) {
            ++unknown;
            target->setText(QStringLiteral("⚠ ") + target->text());
            target->setToolTip(m_create->isChecked() ? tr("Not a touchpoint of this journey yet: the import creates it.")
                                                     : tr("Not a touchpoint of this journey: the rule attaches nothing."));
        }
        m_ruleTable->setItem(i, 0, new QTableWidgetItem(when));
        m_ruleTable->setItem(i, 1, new QTableWidgetItem(value));
        m_ruleTable->setItem(i, 2, target);
        m_ruleTable->item(i, 0)->setToolTip(r.spec());
    }
    if (current >= 0 && current < m_ruleTable->rowCount())
        m_ruleTable->selectRow(current);
    const bool selected = m_ruleTable->currentRow() >= 0 && !m_ruleTable->selectedItems().isEmpty();
    m_editRule->setEnabled(selected);
    m_removeRule->setEnabled(selected);
    QString note = draft.rules.isEmpty()
        ? tr("Rules attach rows the touchpoint column leaves unattached, by channel, a keyword or pattern in the "
             "comment, or a date range. There are none yet.")
        : tr("The first matching rule attaches a row the touchpoint column leaves unattached. The rules are saved "
             "with the workspace and applied on every import, also to unattached feedback imported before.");
    if (unknown > 0)
        note += u' '
            + (m_create->isChecked() ? tr("%n rule(s) name a touchpoint the import will create.", nullptr, unknown)
                                     : tr("%n rule(s) name no touchpoint of this journey and attach nothing.", nullptr, unknown));
    m_rulesNote->setText(note);
}

ImportRuleDialog *ImportAttachPage::ruleDialog(int row)
{
    static const Workspace empty;
    const Document *document = m_wizard->document();
    auto *dialog = new ImportRuleDialog(document ? document->workspace() : empty,
                                        JourneyId(m_journey->currentData().toLongLong()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ImportDraft &draft = m_wizard->draft();
    if (row >= 0 && row < draft.rules.size()) {
        dialog->setWindowTitle(tr("Edit Attachment Rule"));
        dialog->setRule(draft.rules[row]);
    } else {
        dialog->setWindowTitle(tr("New Attachment Rule"));
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] { ruleDialogAccepted(dialog, row); });
    return dialog;
}

void ImportAttachPage::editRule(int row)
{
    ruleDialog(row)->open();
}

void ImportAttachPage::ruleDialogAccepted(ImportRuleDialog *dialog, int row)
{
    ImportDraft &draft = m_wizard->draft();
    const AttachmentRule rule = dialog->rule();
    if (!rule.validate())
        return;
    if (row >= 0 && row < draft.rules.size()) {
        draft.rules[row] = rule;
    } else {
        draft.rules.append(rule);
        row = int(draft.rules.size() - 1);
    }
    draft.rulesEdited = true;
    refreshRules();
    m_ruleTable->selectRow(row);
}

void ImportAttachPage::removeRule(int row)
{
    ImportDraft &draft = m_wizard->draft();
    if (row < 0 || row >= draft.rules.size())
        return;
    draft.rules.removeAt(row);
    draft.rulesEdited = true;
    refreshRules();
}

bool ImportAttachPage::validatePage()
{
    ImportDraft &draft = m_wizard->draft();
    const qint64 journey = m_journey->currentData().toLongLong();
    draft.journey = journey ? m_journey->currentText() : QFileInfo(draft.path()).completeBaseName();
    draft.createTouchpoints = m_create->isChecked();
    draft.dryRun = m_dryRun->isChecked();
    return true;
}

} // namespace waymark
