// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/pagelayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace siyu {

namespace {
const QColor ruleColor(0xd5, 0xdb, 0xe3);
const QColor headerFill(0xee, 0xf2, 0xf8);
const QColor zebraFill(0xf7, 0xf9, 0xfb);
const QColor textColor(0x2b, 0x33, 0x3d);
} // namespace

PageLayout::PageLayout(QPaintDevice *device, const QSizeF &content)
    : m_device(device), m_dpi(device->logicalDpiY()), m_content(content)
{}

int PageLayout::add(Block block)
{
    block.height = std::min(block.height, m_content.height());
    m_blocks.push_back(std::move(block));
    return int(m_blocks.size()) - 1;
}

void PageLayout::addSpace(double points)
{
    Block block;
    block.height = pt(points);
    block.space = true;
    add(std::move(block));
}

int PageLayout::paginate()
{
    m_pages.assign(1, {});
    double y = 0;
    const double bottom = m_content.height();
    for (int i = 0; i < int(m_blocks.size()); ++i) {
        const Block &block = m_blocks[size_t(i)];
        if (block.space) {
            if (y > 0)
                y += block.height;
            continue;
        }
        // A heading travels with what follows it, across any space in between.
        double needed = block.height;
        for (int j = i; j + 1 < int(m_blocks.size()) &&
                        (m_blocks[size_t(j)].keepWithNext || m_blocks[size_t(j)].space);
             ++j)
            needed += m_blocks[size_t(j + 1)].height;
        needed = std::min(needed, bottom);
        if (y > 0 && y + needed > bottom) {
            m_pages.emplace_back();
            y = 0;
            if (block.repeatHeader >= 0) {
                m_pages.back().push_back({block.repeatHeader, y});
                y += m_blocks[size_t(block.repeatHeader)].height;
            }
        }
        m_pages.back().push_back({i, y});
        y += block.height;
    }
    return pageCount();
}

void PageLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    for (const Placement &placement : m_pages[size_t(index)]) {
        const Block &block = m_blocks[size_t(placement.block)];
        if (!block.paint)
            continue;
        painter.save();
        block.paint(painter, QRectF(0, placement.y, m_content.width(), block.height));
        painter.restore();
    }
}

QStringList PageLayout::pageText(int index) const
{
    QStringList out;
    for (const Placement &placement : m_pages.at(size_t(index)))
        out << m_blocks[size_t(placement.block)].text;
    return out;
}

QFont fittedFont(const QFont &font, QPaintDevice *device, const QString &text, double width)
{
    QFont out = font;
    for (int step = 0; step < 8 && width > 0; ++step) {
        const QRectF used = QFontMetricsF(out, device)
                                .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
        if (used.width() <= width + 0.5)
            break;
        const double smaller = out.pointSizeF() * std::max(0.9, width / used.width());
        if (smaller < font.pointSizeF() * 0.6)
            break;
        out.setPointSizeF(smaller);
    }
    return out;
}

double wrappedHeight(const QFont &font, QPaintDevice *device, const QString &text, double width)
{
    return QFontMetricsF(fittedFont(font, device, text, width), device)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

namespace {

std::vector<QRectF> cellRects(const std::vector<TableColumn> &columns, const QRectF &row,
                              double padding)
{
    const double total =
        std::accumulate(columns.begin(), columns.end(), 0.0,
                        [](double sum, const TableColumn &c) { return sum + c.weight; });
    std::vector<QRectF> rects;
    double x = row.left();
    for (const TableColumn &column : columns) {
        const double w = row.width() * column.weight / total;
        rects.emplace_back(x + padding, row.top(), w - 2 * padding, row.height());
        x += w;
    }
    return rects;
}

// Wraps, and sets a word that is too wide smaller; never elides.
void drawCellText(QPainter &painter, const QRectF &rect, const QString &text, Qt::Alignment align)
{
    painter.setFont(fittedFont(painter.font(), painter.device(), text, rect.width()));
    painter.drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextWordWrap, text);
}

// The height a row needs for its cells wrapped to their columns.
double rowHeight(PageLayout &layout, const QFont &font, const std::vector<QRectF> &cells,
                 const std::vector<QString> &texts, double minimum)
{
    double height = minimum;
    for (size_t c = 0; c < cells.size() && c < texts.size(); ++c) {
        if (!texts[c].isEmpty())
            height =
                std::max(height, wrappedHeight(font, layout.device(), texts[c], cells[c].width()) +
                                     layout.pt(6));
    }
    return height;
}

} // namespace

void addTable(PageLayout &layout, const QFont &font, const std::vector<TableColumn> &columns,
              const std::vector<std::vector<TableCell>> &rows)
{
    const QFontMetricsF metrics(font, layout.device());
    const double minimumHeight = metrics.height() + layout.pt(6);
    const double padding = layout.pt(4);
    QFont bold = font;
    bold.setBold(true);
    const auto cells = cellRects(columns, QRectF(0, 0, layout.width(), 1), padding);
    const auto joined = [](const std::vector<QString> &texts) {
        // A drawn cell (a sparkline) writes nothing.
        return QStringList(texts.begin(), texts.end()).join(QStringLiteral(" | ")).trimmed();
    };

    std::vector<QString> titles;
    for (const TableColumn &column : columns)
        titles.push_back(column.title);
    PageLayout::Block header;
    header.height = rowHeight(layout, bold, cells, titles, minimumHeight);
    header.keepWithNext = true;
    header.text << joined(titles);
    header.paint = [columns, bold, padding](QPainter &painter, const QRectF &rect) {
        painter.fillRect(rect, headerFill);
        painter.setFont(bold);
        painter.setPen(textColor);
        const auto rects = cellRects(columns, rect, padding);
        for (size_t c = 0; c < columns.size(); ++c) {
            painter.setFont(bold);
            drawCellText(painter, rects[c], columns[c].title, columns[c].align);
        }
    };
    const int headerIndex = layout.add(std::move(header));

    const int count = int(rows.size());
    for (int r = 0; r < count; ++r) {
        std::vector<QString> texts;
        bool anyBold = false;
        for (const TableCell &cell : rows[size_t(r)]) {
            texts.push_back(cell.paint ? QString() : cell.text);
            anyBold = anyBold || cell.bold;
        }
        PageLayout::Block block;
        block.height = rowHeight(layout, anyBold ? bold : font, cells, texts, minimumHeight);
        block.repeatHeader = headerIndex;
        // The first rows travel with the header, the last rows with each other.
        block.keepWithNext = (r + 1 < tableRowsKeptWithHeader && r + 1 < count) ||
                             (r + tableRowsKeptAtEnd >= count && r + 1 < count);
        block.text << joined(texts);
        block.paint = [columns, cells = rows[size_t(r)], font, bold, padding, zebra = r % 2 == 1,
                       line = layout.pt(0.5)](QPainter &painter, const QRectF &rect) {
            if (zebra)
                painter.fillRect(rect, zebraFill);
            painter.setPen(QPen(ruleColor, line));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
            const auto rects = cellRects(columns, rect, padding);
            for (size_t c = 0; c < columns.size() && c < cells.size(); ++c) {
                const TableCell &cell = cells[c];
                if (cell.paint) {
                    painter.save();
                    cell.paint(painter, rects[c]);
                    painter.restore();
                    continue;
                }
                painter.setFont(cell.bold ? bold : font);
                painter.setPen(cell.color.isValid() ? cell.color : textColor);
                drawCellText(painter, rects[c], cell.text, columns[c].align);
            }
        };
        layout.add(std::move(block));
    }
}

} // namespace siyu
