// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace waymark {

class Document;

/// Every field of the selected card: title, description, channel, assumed emotion, moment
/// of truth, owner (free text or a stakeholder), notes, colour, severity, keywords and a
/// target per metric. Each change is one undo command; the panel follows the document.
class CardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CardPanel(Document *document, QWidget *parent = nullptr);

    void setCard(TouchpointId card);
    TouchpointId card() const { return m_card; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *emotionBox() const { return m_emotion; }
    QCheckBox *momentOfTruthBox() const { return m_mot; }
    QDoubleSpinBox *targetBox(const QString &metric) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void apply(const QString &text, const std::function<void(struct Touchpoint &)> &change);

    QPointer<Document> m_document;
    TouchpointId m_card;
    bool m_updating = false;
    QWidget *m_form;
    QWidget *m_empty = nullptr;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_channel;
    QComboBox *m_emotion;
    QCheckBox *m_mot;
    QLineEdit *m_owner;
    QComboBox *m_stakeholder;
    QPlainTextEdit *m_notes;
    QComboBox *m_color;
    QSpinBox *m_severity;
    QLineEdit *m_keywords;
    QList<std::pair<QString, std::pair<QCheckBox *, QDoubleSpinBox *>>> m_targets;
};

} // namespace waymark
