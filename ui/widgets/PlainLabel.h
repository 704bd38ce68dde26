// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace waymark {

/// A label that always shows its text literally: workspace content never becomes rich
/// text, so a persona named `<b>x</b>` shows those characters.
class PlainLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Role { Body, Title, Heading, Secondary };

    explicit PlainLabel(const QString &text = {}, QWidget *parent = nullptr);
    PlainLabel(const QString &text, Role role, QWidget *parent = nullptr);

    /// Applies the font and colour of `role` relative to the application font and palette.
    void setRole(Role role);

    static QFont fontFor(Role role, const QFont &base);

protected:
    void changeEvent(QEvent *event) override;

private:
    Role m_role = Role::Body;
};

} // namespace waymark
