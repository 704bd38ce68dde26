// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace waymark {

/// An ordered list of entities with O(1) lookup by id. The order is the order the
/// user sees (navigator order, column order, order inside a cell).
template <class T>
class EntityList
{
public:
    using IdType = typename T::IdType;

    const QList<T> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    auto begin() const { return m_items.cbegin(); }
    auto end() const { return m_items.cend(); }

    const T *find(IdType id) const
    {
        const auto it = m_index.constFind(id.value);
        return it == m_index.cend() ? nullptr : &m_items[*it];
    }
    bool contains(IdType id) const { return m_index.contains(id.value); }
    qsizetype indexOf(IdType id) const { return m_index.value(id.value, -1); }

    /// The entities whose parent (journey, map) is `parentKey`, in order.
    QList<T> children(qint64 parentKey) const
    {
        QList<T> out;
        for (const T &item : m_items)
            if (item.parentKey() == parentKey)
                out.append(item);
        return out;
    }
    QList<T> filtered(const std::function<bool(const T &)> &pred) const
    {
        QList<T> out;
        for (const T &item : m_items)
            if (pred(item))
                out.append(item);
        return out;
    }

    void insert(qsizetype index, const T &item)
    {
        m_items.insert(qBound<qsizetype>(0, index, m_items.size()), item);
        reindex();
    }
    void append(const T &item)
    {
        m_index.insert(item.id.value, m_items.size());
        m_items.append(item);
    }
    T take(IdType id)
    {
        T item = m_items.takeAt(m_index.value(id.value));
        reindex();
        return item;
    }
    void replace(const T &item) { m_items[m_index.value(item.id.value)] = item; }
    void move(qsizetype from, qsizetype to)
    {
        m_items.move(from, to);
        reindex();
    }
    void clear()
    {
        m_items.clear();
        m_index.clear();
    }

    bool operator==(const EntityList &other) const { return m_items == other.m_items; }

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_items.size());
        for (qsizetype i = 0; i < m_items.size(); ++i)
            m_index.insert(m_items[i].id.value, i);
    }

    QList<T> m_items;
    QHash<qint64, qsizetype> m_index;
};

} // namespace waymark
