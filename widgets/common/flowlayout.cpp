// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/flowlayout.h"

#include <QSpacerItem>
#include <QWidget>

namespace siyu {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_hSpace(horizontalSpacing), m_vSpace(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::addFixedSpacing(int width)
{
    addItem(new QSpacerItem(width, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

// One row: every item side by side.
QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    bool first = true;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (first ? 0 : m_hSpace);
        height = qMax(height, hint.height());
        first = false;
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

// One item a row: as narrow as the widest item.
QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.adjusted(margins.left(), margins.top(), -margins.right(), 0);
    // Rows first, then each row is placed: a stretching spacer takes the rest of its row.
    struct Row
    {
        QList<QLayoutItem *> items;
        int width = 0;
        int height = 0;
    };
    QList<Row> rows(1);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const bool spacer = item->spacerItem() != nullptr;
        const int w = spacer ? item->minimumSize().width() : item->sizeHint().width();
        Row &row = rows.last();
        const int needed = row.items.isEmpty() ? w : row.width + m_hSpace + w;
        if (!row.items.isEmpty() && needed > area.width() && !spacer) {
            rows.append(Row());
            rows.last().items.append(item);
            rows.last().width = w;
            rows.last().height = item->sizeHint().height();
            continue;
        }
        if (spacer && row.items.isEmpty() && rows.size() > 1)
            continue; // a gap never starts a row
        row.items.append(item);
        row.width = needed;
        row.height = qMax(row.height, spacer ? 0 : item->sizeHint().height());
    }
    int y = area.y();
    for (const Row &row : std::as_const(rows)) {
        if (row.items.isEmpty())
            continue;
        int stretchers = 0;
        for (QLayoutItem *item : row.items) {
            if (item->spacerItem() && (item->expandingDirections() & Qt::Horizontal))
                ++stretchers;
        }
        const int spare = qMax(0, area.width() - row.width);
        int x = area.x();
        for (QLayoutItem *item : row.items) {
            const bool stretch =
                item->spacerItem() && (item->expandingDirections() & Qt::Horizontal);
            int w = item->spacerItem() ? item->minimumSize().width() : item->sizeHint().width();
            if (stretch)
                w += spare / stretchers;
            w = qMin(w, area.width()); // an item wider than the row shrinks to it
            if (!testOnly) {
                const int h = qMin(row.height, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (row.height - h) / 2, w, h));
            }
            x += w + m_hSpace;
        }
        y += row.height + m_vSpace;
    }
    return y - m_vSpace - rect.y() + margins.bottom();
}

} // namespace siyu
