// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace siyu {

// Lays blocks out on pages so that no block is ever cut: a table row, a chart or a heading
// moves to the next page whole. Measures are in device pixels; pt() converts from points.
class PageLayout
{
public:
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;

    struct Block
    {
        double height = 0;
        Paint paint;
        bool keepWithNext = false; // a heading, a table header: never alone at a page bottom
        bool space = false;        // vertical space: dropped at the top of a page
        int repeatHeader = -1;     // a table row: the header block to repeat on a new page
        QStringList text;          // what the block writes, in reading order (dump())
    };

    // Text is measured for `device`; `content` is the page area blocks go into (the
    // printable area less the footer), in device pixels.
    PageLayout(QPaintDevice *device, const QSizeF &content);

    double pt(double points) const { return points * m_dpi / 72.0; }
    double width() const { return m_content.width(); }
    double dpi() const { return m_dpi; }
    QPaintDevice *device() const { return m_device; }

    int add(Block block);
    void addSpace(double points);
    // Lays the blocks out; returns the number of pages.
    int paginate();
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based) with its origin at the top left of the content area.
    void paintPage(QPainter &painter, int index) const;

    struct Placement
    {
        int block;
        double y;
    };
    // Where the blocks of page `index` went (after paginate()).
    const std::vector<Placement> &placements(int index) const { return m_pages.at(size_t(index)); }
    const Block &block(int index) const { return m_blocks.at(size_t(index)); }
    double pageHeight() const { return m_content.height(); }
    // What page `index` writes, block by block in reading order (a repeated header too).
    QStringList pageText(int index) const;

private:
    QPaintDevice *m_device;
    double m_dpi;
    QSizeF m_content;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Placement>> m_pages;
};

// A cell of a printed table.
struct TableCell
{
    TableCell() = default;
    TableCell(QString text, QColor color = {}, bool bold = false)
        : text(std::move(text)), color(std::move(color)), bold(bold)
    {}

    QString text;
    QColor color; // invalid: the table's text colour
    bool bold = false;
    PageLayout::Paint paint; // when set, paints the cell instead of the text
};

struct TableColumn
{
    TableColumn(QString title, double weight, Qt::Alignment align = Qt::AlignLeft)
        : title(std::move(title)), weight(weight), align(align)
    {}

    QString title;
    double weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

// How many rows of a table stay with its header, and how many end it together: a table never
// starts with a lone row at a page foot, nor ends with one at the top of the next page.
inline constexpr int tableRowsKeptWithHeader = 3;
inline constexpr int tableRowsKeptAtEnd = 2;

// Adds a table to the layout: a header row repeated on every page the table continues on,
// then one block per row, zebra-striped. Text that does not fit a cell wraps, and a word that
// is wider than its cell (a number) is set smaller: nothing is ever cut off.
void addTable(PageLayout &layout, const QFont &font, const std::vector<TableColumn> &columns,
              const std::vector<std::vector<TableCell>> &rows);

// The font `text` fits `width` with: `font`, or smaller (down to 60%) when a word of it is
// wider than `width`.
QFont fittedFont(const QFont &font, QPaintDevice *device, const QString &text, double width);
// The height of `text` wrapped to `width` with fittedFont().
double wrappedHeight(const QFont &font, QPaintDevice *device, const QString &text, double width);

} // namespace siyu
