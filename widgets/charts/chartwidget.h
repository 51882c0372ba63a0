// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/charts.h"

#include "widgets/charts/qcp.h"

namespace siyu {

// A QCustomPlot on screen: shows the tooltip of the data point under the pointer.
class ChartWidget : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setTooltip(ChartTooltip tooltip) { m_tooltip = std::move(tooltip); }
    // The tooltip text at a position in widget coordinates; empty when nothing is there.
    QString tooltipAt(const QPointF &pos) const;

    QSize sizeHint() const override { return {420, 260}; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    ChartTooltip m_tooltip;
};

} // namespace siyu
