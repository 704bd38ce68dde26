// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StringListEditor.h"

#include "widgets/PlainLabel.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark {
namespace {

/// Items as a bulleted list that wraps long texts (plain text, never markup).
class BulletDelegate : public QStyledItemDelegate
{
public:
    explicit BulletDelegate(QListWidget *list) : QStyledItemDelegate(list), m_list(list) {}

    static int indent(const QFontMetrics &fm) { return fm.height(); }
    static int padding(const QFontMetrics &fm) { return fm.height() / 4; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const int viewport = m_list->viewport()->width();
        const int width = qMax(fm.averageCharWidth() * 8, viewport - indent(fm) - 2 * padding(fm));
        const QRect bounds =
            fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
        return {viewport, qMax(fm.height(), bounds.height()) + 2 * padding(fm)};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QFontMetrics fm(opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const qreal r = fm.height() / 9.0;
        painter->drawEllipse(QPointF(opt.rect.left() + indent(fm) / 2.0,
                                     opt.rect.top() + padding(fm) + fm.ascent() - fm.xHeight() / 2.0),
                             r, r);
        painter->setPen(color);
        painter->setFont(opt.font);
        painter->drawText(opt.rect.adjusted(indent(fm), padding(fm), -padding(fm), -padding(fm)),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter->restore();
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        const int height = qMax(editor->sizeHint().height(), fm.height() + 2 * padding(fm));
        editor->setGeometry(QRect(option.rect.left() + indent(fm) - padding(fm), option.rect.top(),
                                  option.rect.width() - indent(fm) + padding(fm), qMax(height, option.rect.height())));
    }

private:
    QListWidget *m_list;
};

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

StringListEditor::StringListEditor(const QString &title, const QString &addText, QWidget *parent)
    : QWidget(parent), m_title(new PlainLabel(title, PlainLabel::Role::Heading, this)), m_list(new QListWidget(this)),
      m_add(toolButton(addText, addText, this)),
      m_remove(toolButton(QStringLiteral("✕"), tr("Remove the selected item (Delete)"), this)),
      m_up(toolButton(QStringLiteral("↑"), tr("Move the selected item up (Alt+Up)"), this)),
      m_down(toolButton(QStringLiteral("↓"), tr("Move the selected item down (Alt+Down)"), this))
{
    m_title->setWordWrap(true);
    m_add->setIcon(QIcon(QStringLiteral(":/ui/icons/add.svg")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setObjectName(QStringLiteral("addItem"));
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_up->setObjectName(QStringLiteral("moveItemUp"));
    m_down->setObjectName(QStringLiteral("moveItemDown"));

    m_list->setObjectName(QStringLiteral("items"));
    m_list->setAccessibleName(title);
    m_list->setItemDelegate(new BulletDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setFrameShape(QFrame::StyledPanel);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &StringListEditor::addItem);
    connect(m_remove, &QToolButton::clicked, this, &StringListEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &StringListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        const QString trimmed = item->text().trimmed();
        if (trimmed != item->text()) {
            m_loading = true;
            item->setText(trimmed);
            m_loading = false;
        }
        if (item == m_newItem) {
            if (trimmed.isEmpty())
                return; // removed when its editor closes
            m_newItem = nullptr;
            m_continueAfterNew = true;
        } else if (trimmed.isEmpty()) {
            // Erasing an item's text removes the item.
            m_loading = true;
            delete item;
            m_loading = false;
        }
        commit();
        updateHeight();
    });
    // A drag inside the list moves a row.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_loading)
            commit();
    });
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *editor, QAbstractItemDelegate::EndEditHint hint) { editorClosed(editor, int(hint)); });
    updateButtons();
    updateHeight();
}

QListWidgetItem *StringListEditor::makeItem(const QString &text) const
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
    return item;
}

void StringListEditor::setItems(const QStringList &items)
{
    if (items == this->items()) {
        m_committed = items;
        return;
    }
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    m_newItem = nullptr;
    for (const QString &text : items)
        m_list->addItem(makeItem(text));
    if (row >= 0 && !items.isEmpty())
        m_list->setCurrentRow(qMin(row, int(items.size()) - 1));
    m_loading = false;
    m_committed = items;
    updateButtons();
    updateHeight();
}

QStringList StringListEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

void StringListEditor::addItem()
{
    if (m_newItem) { // one new item at a time: go back to it
        m_list->setCurrentItem(m_newItem);
        m_list->editItem(m_newItem);
        return;
    }
    m_loading = true;
    m_newItem = makeItem(QString());
    m_list->addItem(m_newItem);
    m_loading = false;
    updateButtons();
    updateHeight();
    m_list->setCurrentItem(m_newItem);
    m_list->scrollToItem(m_newItem);
    m_list->setFocus();
    m_list->editItem(m_newItem);
}

void StringListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_loading = true;
    QListWidgetItem *item = m_list->takeItem(row);
    if (item == m_newItem)
        m_newItem = nullptr;
    delete item;
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_loading = false;
    commit();
    updateButtons();
    updateHeight();
    m_list->setFocus();
}

void StringListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_loading = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_loading = false;
    commit();
    updateButtons();
    m_list->setFocus();
}

void StringListEditor::commit()
{
    if (m_loading)
        return;
    const QStringList now = items();
    if (now == m_committed)
        return;
    m_committed = now;
    emit edited(now);
}

void StringListEditor::editorClosed(QWidget *, int hint)
{
    const bool next = m_continueAfterNew && hint == QAbstractItemDelegate::SubmitModelCache;
    m_continueAfterNew = false;
    // After the view has finished closing the editor.
    QTimer::singleShot(0, this, [this, next] {
        if (m_newItem && m_newItem->text().trimmed().isEmpty()) {
            m_loading = true;
            delete m_newItem;
            m_newItem = nullptr;
            m_loading = false;
            updateButtons();
            updateHeight();
        }
        // Enter after a new item starts the next one, as in a bulleted list.
        if (next)
            addItem();
    });
}

void StringListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    for (QToolButton *button : {m_up, m_down, m_remove})
        button->setVisible(m_list->count() > 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void StringListEditor::updateHeight()
{
    m_list->setVisible(m_list->count() > 0);
    int height = 2 * m_list->frameWidth();
    for (int i = 0; i < m_list->count(); ++i)
        height += m_list->sizeHintForRow(i) + 2 * m_list->spacing();
    m_list->setFixedHeight(qMax(height, fontMetrics().height() + 2 * m_list->frameWidth()));
}

bool StringListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &StringListEditor::updateHeight);
    } else if (watched == m_list && event->type() == QEvent::KeyPress && m_list->hasFocus()) {
        // Only keys for the list itself, not ones an item's open editor passed on.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool alt = key->modifiers() & Qt::AltModifier;
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            removeCurrent();
            return true;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (alt) {
                moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
                return true;
            }
            break;
        case Qt::Key_Insert:
            addItem();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (QListWidgetItem *item = m_list->currentItem()) {
                m_list->editItem(item);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace waymark
