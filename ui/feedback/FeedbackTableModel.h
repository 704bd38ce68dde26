// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Ids.h"
#include "document/Document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <optional>

namespace waymark {

class Document;

/// The feedback items matching the browser's filter, one row each. It holds only their
/// ids; the rows are read from the document's store in pages as the view shows them,
/// and a few pages are kept, so a million items cost a few megabytes.
class FeedbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, DateColumn, ChannelColumn, SegmentColumn, NpsColumn, CsatColumn, CesColumn,
                  TouchpointColumn, CommentColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, TouchpointIdsRole };

    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 40;
    static inline const QString mimeType = QStringLiteral("application/x-waymark-feedback-ids");

    explicit FeedbackTableModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    /// Shows these items (ascending ids). A long list becomes rows a slice at a time
    /// (`rowsPerTurn` per turn of the event loop): a view's header spends time on every
    /// row it is told about, and a million at once would block the window.
    void setIds(QVector<qint64> ids);
    static constexpr int rowsPerTurn = 65536;
    const QVector<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    /// The row of `id`, or -1.
    int rowOf(qint64 id) const;
    /// Forgets the cached pages (the items' attachments changed) and repaints.
    void invalidate();
    /// How many pages were read from the store (for tests and measurements).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString date, channel, segment, comment;
        std::optional<int> nps, csat, ces;
        int csatScale = 5, cesScale = 7;
        QList<qint64> touchpoints;
    };
    struct Page
    {
        QVector<Row> rows;
        quint64 lastUse = 0;
    };
    const Row *row(int index) const;
    void loadPage(int page) const;
    QString touchpointNames(const QList<qint64> &ids) const;

    void showMoreRows();

    QPointer<Document> m_document;
    QVector<qint64> m_ids;
    int m_rows = 0; ///< rows shown so far (the first m_rows of m_ids)
    int m_fill = 0; ///< counts setIds calls, so a slice for an older list is not added
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesRead = 0;
};

} // namespace waymark
