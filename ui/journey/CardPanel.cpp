// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardPanel.h"

#include "JourneyStyle.h"
#include "util/DisplayText.h"

#include "commands/EditCommand.h"
#include "document/Document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <string_view>

namespace waymark {

CardPanel::CardPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(new QWidget(this)), m_title(new QLineEdit),
      m_description(new QPlainTextEdit), m_channel(new QComboBox), m_emotion(new QComboBox), m_mot(new QCheckBox(tr("Moment of truth"))),
      m_owner(new QLineEdit), m_stakeholder(new QComboBox), m_notes(new QPlainTextEdit), m_color(new QComboBox),
      m_severity(new QSpinBox), m_keywords(new QLineEdit)
{
    setObjectName(QStringLiteral("journeyCardPanel"));
    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Card</b>"));
    outer->addWidget(heading);
    auto *empty = new QLabel(tr("Select one card to see and edit all of its fields."));
    empty->setWordWrap(true);
    empty->setObjectName(QStringLiteral("emptyHint"));
    outer->addWidget(empty);
    outer->addWidget(m_form);
    outer->addStretch(1);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_description->setFixedHeight(70);
    m_notes->setFixedHeight(70);
    for (int c = 0; c <= int(Channel::Other); ++c)
        m_channel->addItem(c == 0 ? tr("None") : DisplayText::channel(Channel(c)), c);
    m_emotion->addItem(tr("Not set"), QVariant());
    for (int v = 2; v >= -2; --v)
        m_emotion->addItem(DisplayText::emotion(v), v);
    m_color->addItem(tr("Lane default"), QString());
    for (const auto &[value, name] : JourneyStyle::palette())
        m_color->addItem(name, value);
    m_severity->setRange(0, 3);
    m_severity->setSpecialValueText(tr("none"));
    m_keywords->setPlaceholderText(tr("comma-separated, for matching feedback"));
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Assumed emotion"), m_emotion);
    form->addRow(QString(), m_mot);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Owner (stakeholder)"), m_stakeholder);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Colour"), m_color);
    form->addRow(tr("Pain severity"), m_severity);
    form->addRow(tr("Keywords"), m_keywords);
    const std::pair<const char *, std::pair<double, double>> metrics[] = {
        {"nps", {-100, 100}}, {"csat", {0, 100}}, {"ces", {1, 7}}, {"sentiment", {-1, 1}}};
    for (const auto &[key, range] : metrics) {
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *on = new QCheckBox;
        auto *value = new QDoubleSpinBox;
        value->setRange(range.first, range.second);
        value->setDecimals(key == std::string_view("sentiment") ? 2 : 1);
        h->addWidget(on);
        h->addWidget(value, 1);
        const QString k = QString::fromLatin1(key);
        form->addRow(tr("Target %1").arg(k.toUpper()), row);
        m_targets.append({k, {on, value}});
        const auto changed = [this, k, on, value] {
            apply(tr("Set %1 target of “%2”").arg(k.toUpper(), m_title->text().left(40)), [k, on, value](Touchpoint &t) {
                if (on->isChecked())
                    t.targets.insert(k, value->value());
                else
                    t.targets.remove(k);
            });
        };
        connect(on, &QCheckBox::toggled, this, changed);
        connect(value, &QDoubleSpinBox::editingFinished, this, changed);
    }
    const auto field = [this](const QString &label) { return tr("Change %1 of “%2”").arg(label, m_title->text().left(40)); };
    connect(m_title, &QLineEdit::editingFinished, this, [this, field] {
        if (!m_title->text().trimmed().isEmpty())
            apply(field(tr("title")), [this](Touchpoint &t) { t.title = m_title->text().trimmed(); });
    });
    connect(m_channel, &QComboBox::activated, this, [this, field] {
        apply(field(tr("channel")), [this](Touchpoint &t) { t.channel = Channel(m_channel->currentData().toInt()); });
    });
    connect(m_emotion, &QComboBox::activated, this, [this, field] {
        apply(field(tr("assumed emotion")), [this](Touchpoint &t) {
            const QVariant v = m_emotion->currentData();
            t.assumedEmotion = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
        });
    });
    connect(m_mot, &QCheckBox::toggled, this, [this, field] {
        apply(field(tr("moment of truth")), [this](Touchpoint &t) { t.momentOfTruth = m_mot->isChecked(); });
    });
    connect(m_owner, &QLineEdit::editingFinished, this, [this, field] {
        apply(field(tr("owner")), [this](Touchpoint &t) { t.owner = m_owner->text(); });
    });
    connect(m_stakeholder, &QComboBox::activated, this, [this, field] {
        apply(field(tr("owner")), [this](Touchpoint &t) { t.ownerStakeholder = StakeholderId(m_stakeholder->currentData().toLongLong()); });
    });
    connect(m_color, &QComboBox::activated, this, [this, field] {
        apply(field(tr("colour")), [this](Touchpoint &t) { t.color = m_color->currentData().toString(); });
    });
    connect(m_severity, &QSpinBox::valueChanged, this, [this, field] {
        apply(field(tr("severity")), [this](Touchpoint &t) { t.severity = m_severity->value(); });
    });
    connect(m_keywords, &QLineEdit::editingFinished, this, [this, field] {
        apply(field(tr("keywords")), [this](Touchpoint &t) {
            QStringList words;
            for (const QString &w : m_keywords->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!w.trimmed().isEmpty())
                    words << w.trimmed();
            t.keywords = words;
        });
    });
    if (document) {
        connect(document, &Document::entityChanged, this, [this](EntityKind k, qint64 id) {
            if ((k == EntityKind::Touchpoint && id == m_card.value) || k == EntityKind::Stakeholder)
                refresh();
        });
        connect(document, &Document::entityRemoved, this, [this](EntityKind k, qint64 id) {
            if (k == EntityKind::Touchpoint && id == m_card.value)
                setCard({});
        });
        connect(document, &Document::entitiesRemoved, this, [this](EntityKind k, const QList<qint64> &ids) {
            if (k == EntityKind::Touchpoint && ids.contains(m_card.value))
                setCard({});
        });
        connect(document, &Document::workspaceReset, this, &CardPanel::refresh);
    }
    m_form->setVisible(false);
    m_empty = empty;
    m_description->installEventFilter(this);
    m_notes->installEventFilter(this);
}

QDoubleSpinBox *CardPanel::targetBox(const QString &metric) const
{
    for (const auto &[k, w] : m_targets)
        if (k == metric)
            return w.second;
    return nullptr;
}

void CardPanel::setCard(TouchpointId card)
{
    m_card = card;
    refresh();
}

void CardPanel::refresh()
{
    const Touchpoint *t = m_document ? m_document->workspace().touchpoints.find(m_card) : nullptr;
    m_form->setVisible(t);
    m_empty->setVisible(!t);
    if (!t)
        return;
    m_updating = true;
    const bool editable = !m_document->isReadOnly();
    m_form->setEnabled(editable);
    if (!m_title->hasFocus())
        m_title->setText(t->title);
    if (m_description->toPlainText() != t->description)
        m_description->setPlainText(t->description);
    m_channel->setCurrentIndex(m_channel->findData(int(t->channel)));
    m_emotion->setCurrentIndex(t->assumedEmotion ? m_emotion->findData(*t->assumedEmotion) : 0);
    m_mot->setChecked(t->momentOfTruth);
    if (!m_owner->hasFocus())
        m_owner->setText(t->owner);
    m_stakeholder->clear();
    m_stakeholder->addItem(tr("None"), qint64(0));
    for (const Stakeholder &s : m_document->workspace().stakeholders)
        m_stakeholder->addItem(s.name, s.id.value);
    m_stakeholder->setCurrentIndex(qMax(0, m_stakeholder->findData(t->ownerStakeholder.value)));
    if (m_notes->toPlainText() != t->notes)
        m_notes->setPlainText(t->notes);
    m_color->setCurrentIndex(qMax(0, m_color->findData(t->color)));
    m_severity->setValue(t->severity);
    if (!m_keywords->hasFocus())
        m_keywords->setText(t->keywords.join(QStringLiteral(", ")));
    for (const auto &[k, w] : m_targets) {
        w.first->setChecked(t->targets.contains(k));
        w.second->setEnabled(t->targets.contains(k));
        if (t->targets.contains(k) && !w.second->hasFocus())
            w.second->setValue(t->targets.value(k));
    }
    m_updating = false;
}

bool CardPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Multi-line fields are one undo step each, taken when the field is left.
    if (event->type() == QEvent::FocusOut) {
        const QString title = m_title->text().left(40);
        if (watched == m_description)
            apply(tr("Change description of “%1”").arg(title), [this](Touchpoint &t) { t.description = m_description->toPlainText(); });
        else if (watched == m_notes)
            apply(tr("Change notes of “%1”").arg(title), [this](Touchpoint &t) { t.notes = m_notes->toPlainText(); });
    }
    return QWidget::eventFilter(watched, event);
}

void CardPanel::apply(const QString &text, const std::function<void(Touchpoint &)> &change)
{
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    const Touchpoint *t = m_document->workspace().touchpoints.find(m_card);
    if (!t)
        return;
    Touchpoint copy = *t;
    change(copy);
    if (copy != *t)
        m_document->execute(new EditCommand<Touchpoint>(m_document, copy, text));
}

} // namespace waymark
