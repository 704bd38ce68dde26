// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAttachPage.h"

#include "FeedbackImportWizard.h"

#include "document/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
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
      m_match(new QLabel), m_rules(new QVBoxLayout)
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
    layout->addLayout(m_rules);
    layout->addSpacing(12);
    layout->addWidget(m_dryRun);
    layout->addStretch(1);
    connect(m_journey, &QComboBox::currentIndexChanged, this, &ImportAttachPage::refresh);
    connect(m_create, &QCheckBox::toggled, this, &ImportAttachPage::refresh);
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
    emit completeChanged();
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
