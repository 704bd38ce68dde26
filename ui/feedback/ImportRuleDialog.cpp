// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRuleDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace waymark {
namespace {

using Kind = AttachmentRule::Kind;

/// The touchpoint combo's data for a title in a stage.
QString targetData(const QString &title, const QString &stage)
{
    return stage + u'\n' + title;
}

} // namespace

QString ImportRuleDialog::touchpointLabel(const QString &title, const QString &stage)
{
    return stage.isEmpty() ? title : tr("%1 (%2)").arg(title, stage);
}

ImportRuleDialog::ImportRuleDialog(const Workspace &workspace, JourneyId journey, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_valuePages(new QStackedWidget), m_value(new QLineEdit),
      m_hasFrom(new QCheckBox(tr("&From"))), m_from(new QDateEdit), m_hasTo(new QCheckBox(tr("&to"))), m_to(new QDateEdit),
      m_touchpoint(new QComboBox), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Attachment Rule"));
    m_kind->addItem(tr("Channel equals"), int(Kind::ChannelEquals));
    m_kind->addItem(tr("Comment contains the keyword"), int(Kind::CommentContains));
    m_kind->addItem(tr("Comment matches the regular expression"), int(Kind::CommentMatches));
    m_kind->addItem(tr("Date lies in the range"), int(Kind::DateRange));

    auto *dates = new QWidget;
    auto *dateRow = new QHBoxLayout(dates);
    dateRow->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(QDate::currentDate());
    }
    m_hasFrom->setChecked(true);
    m_hasTo->setChecked(true);
    dateRow->addWidget(m_hasFrom);
    dateRow->addWidget(m_from);
    dateRow->addWidget(m_hasTo);
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);
    m_valuePages->addWidget(m_value);
    m_valuePages->addWidget(dates);
    m_value->setClearButtonEnabled(true);

    m_touchpoint->setEditable(true);
    m_touchpoint->setInsertPolicy(QComboBox::NoInsert);
    m_touchpoint->setMinimumContentsLength(28);
    m_touchpoint->lineEdit()->setPlaceholderText(tr("Touchpoint"));
    for (const Touchpoint &t : workspace.touchpoints.children(journey.value)) {
        const Lane *lane = workspace.lanes.find(t.laneId);
        if (lane && lane->laneKind != LaneKind::Touchpoints)
            continue;
        const Stage *stage = workspace.stages.find(t.stageId);
        const QString stageName = stage ? stage->name : QString();
        m_touchpoint->addItem(touchpointLabel(t.title, stageName), targetData(t.title, stageName));
    }
    m_touchpoint->setCurrentIndex(-1);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_kind);
    form->addRow(tr("&Value:"), m_valuePages);
    form->addRow(tr("&Attach to:"), m_touchpoint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportRuleDialog::check);
    connect(m_value, &QLineEdit::textChanged, this, &ImportRuleDialog::check);
    connect(m_touchpoint, &QComboBox::currentTextChanged, this, &ImportRuleDialog::check);
    for (QCheckBox *b : {m_hasFrom, m_hasTo})
        connect(b, &QCheckBox::toggled, this, &ImportRuleDialog::check);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &ImportRuleDialog::check);
    check();
}

void ImportRuleDialog::setRule(const AttachmentRule &rule)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(rule.kind))));
    m_value->setText(rule.value);
    m_hasFrom->setChecked(rule.kind != Kind::DateRange || rule.from.isValid());
    m_hasTo->setChecked(rule.kind != Kind::DateRange || rule.to.isValid());
    if (rule.from.isValid())
        m_from->setDate(rule.from);
    if (rule.to.isValid())
        m_to->setDate(rule.to);
    // The listed touchpoint with this title (and stage), else the text as written.
    int index = m_touchpoint->findData(targetData(rule.touchpoint, rule.stage));
    for (int i = 0; index < 0 && rule.stage.isEmpty() && i < m_touchpoint->count(); ++i)
        if (m_touchpoint->itemData(i).toString().section(u'\n', 1).compare(rule.touchpoint, Qt::CaseInsensitive) == 0)
            index = i;
    m_touchpoint->setCurrentIndex(index);
    if (index < 0)
        m_touchpoint->setEditText(rule.stage.isEmpty() ? rule.touchpoint : rule.stage + u'/' + rule.touchpoint);
    check();
}

AttachmentRule ImportRuleDialog::rule() const
{
    AttachmentRule r;
    r.kind = Kind(m_kind->currentData().toInt());
    if (r.kind == Kind::DateRange) {
        r.from = m_hasFrom->isChecked() ? m_from->date() : QDate();
        r.to = m_hasTo->isChecked() ? m_to->date() : QDate();
    } else {
        r.value = r.kind == Kind::CommentMatches ? m_value->text() : m_value->text().trimmed();
    }
    const int index = m_touchpoint->findText(m_touchpoint->currentText());
    if (index >= 0) {
        const QString data = m_touchpoint->itemData(index).toString();
        r.stage = data.section(u'\n', 0, 0);
        r.touchpoint = data.section(u'\n', 1);
    } else {
        // Typed: "Stage/Touchpoint" as on the command line, or a title alone.
        const QString typed = m_touchpoint->currentText().trimmed();
        const qsizetype slash = typed.indexOf(u'/');
        r.stage = slash > 0 ? typed.left(slash).trimmed() : QString();
        r.touchpoint = slash > 0 ? typed.mid(slash + 1).trimmed() : typed;
    }
    return r;
}

void ImportRuleDialog::check()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_valuePages->setCurrentIndex(kind == Kind::DateRange ? 1 : 0);
    m_from->setEnabled(m_hasFrom->isChecked());
    m_to->setEnabled(m_hasTo->isChecked());
    m_value->setPlaceholderText(kind == Kind::ChannelEquals     ? tr("e.g. Email")
                                : kind == Kind::CommentContains ? tr("e.g. refund")
                                                                : tr("e.g. deliver(y|ed)"));
    QString problem;
    const AttachmentRule r = rule();
    if (kind != Kind::DateRange && r.value.trimmed().isEmpty())
        problem = tr("Enter what to look for.");
    else if (kind == Kind::DateRange && !r.from.isValid() && !r.to.isValid())
        problem = tr("Give the range a start, an end or both.");
    else if (const QRegularExpression re(r.value); kind == Kind::CommentMatches && !re.isValid())
        problem = tr("“%1” is not a valid regular expression: %2 at character %3.")
                      .arg(r.value, re.errorString())
                      .arg(re.patternErrorOffset() + 1);
    else if (r.touchpoint.isEmpty())
        problem = tr("Choose the touchpoint to attach to.");
    else if (auto v = r.validate(); !v)
        problem = v.error().message;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace waymark
