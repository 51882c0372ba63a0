// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

#include <optional>
#include <vector>

namespace siyu {

using SparkValues = std::vector<std::optional<double>>;

// Draws a small trend line into `rect`: values not defined leave a gap, the last point is
// marked. Shared by the dashboard's cards and the printed report.
void paintSparkline(QPainter *painter, const QRectF &rect, const SparkValues &values,
                    const QColor &color, qreal lineWidth);

// A KPI card's sparkline.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(SparkValues values);
    const SparkValues &values() const { return m_values; }
    void setColor(const QColor &color);
    QSize sizeHint() const override { return {120, 28}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SparkValues m_values;
    QColor m_color;
};

} // namespace siyu
