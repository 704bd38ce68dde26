// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

class Document;

/// Feedback items as the evidence dialogs show them, read from the document's database
/// (feedback is not held in memory).
class FeedbackLookup
{
    Q_DECLARE_TR_FUNCTIONS(waymark::FeedbackLookup)

public:
    struct Item
    {
        qint64 id = 0;
        bool exists = false;
        QString comment;
        QString date;
        QString channel;
        std::optional<int> nps;
        std::optional<int> csat;
        int csatScale = 5;
        std::optional<int> ces;
        int cesScale = 7;
    };

    explicit FeedbackLookup(const Document *document) : m_document(document) {}

    bool hasFeedback() const;
    /// Items whose comment contains every word of `text` (SQL LIKE, any case for ASCII),
    /// in id order, at most `limit`; `more` tells whether there were more.
    QList<Item> search(const QString &text, int limit, bool *more = nullptr) const;
    /// The items with these ids, in this order; one that no longer exists has `exists` false.
    QList<Item> items(const QList<qint64> &ids) const;

    /// "NPS 9 · CSAT 4/5 · CES 2/7 · 2024-03-02 · Web" (what the item has).
    static QString details(const Item &item);

private:
    const Document *m_document;
};

} // namespace waymark
