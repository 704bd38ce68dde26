// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace waymark {

/// A persona trait on its 1–5 scale, drawn as five segments.
class TraitBar : public QWidget
{
    Q_OBJECT

public:
    explicit TraitBar(int value, QWidget *parent = nullptr);

    int value() const { return m_value; }
    static constexpr int maximum() { return 5; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value;
};

} // namespace waymark
