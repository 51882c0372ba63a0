// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartwidget.h"

#include <QToolTip>

#include <cmath>

namespace siyu {

namespace {

// The data point of `plottable` under `pos`, or -1.
int indexAt(QCPAbstractPlottable *plottable, const QPointF &pos)
{
    if (auto *map = qobject_cast<QCPColorMap *>(plottable)) {
        int key = 0, value = 0;
        const double x = map->keyAxis()->pixelToCoord(pos.x());
        const double y = map->valueAxis()->pixelToCoord(pos.y());
        map->data()->coordToCell(x, y, &key, &value);
        const bool inside = key >= 0 && key < map->data()->keySize() && value >= 0 &&
                            value < map->data()->valueSize() &&
                            !qIsNaN(map->data()->cell(key, value));
        return inside ? value * map->data()->keySize() + key : -1;
    }
    if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
        // Weekly lines: the week under the pointer, at any height.
        const QCPAxis *axis = graph->keyAxis();
        const double key =
            axis->pixelToCoord(axis->orientation() == Qt::Horizontal ? pos.x() : pos.y());
        int best = -1;
        double distance = 0.5;
        for (int i = 0; i < graph->dataCount(); ++i) {
            const double d = std::abs(graph->dataMainKey(i) - key);
            if (d <= distance)
                distance = d, best = i;
        }
        return best;
    }
    QVariant details;
    if (plottable->selectTest(pos, false, &details) < 0)
        return -1;
    const auto selection = details.value<QCPDataSelection>();
    return selection.isEmpty() ? -1 : selection.dataRange().begin();
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent) : QCustomPlot(parent)
{
    setMouseTracking(true);
    setMinimumSize(280, 200);
}

QString ChartWidget::tooltipAt(const QPointF &pos) const
{
    if (!m_tooltip || !axisRect()->rect().contains(pos.toPoint()))
        return {};
    for (int i = plottableCount() - 1; i >= 0; --i) {
        QCPAbstractPlottable *p = const_cast<ChartWidget *>(this)->plottable(i);
        if (!p->visible())
            continue;
        const int index = indexAt(p, pos);
        if (index < 0)
            continue;
        const QString text = m_tooltip(p, index);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = tooltipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    QToolTip::hideText();
}

} // namespace siyu
