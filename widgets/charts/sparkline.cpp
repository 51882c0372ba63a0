// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/sparkline.h"

#include "widgets/charts/charts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace siyu {

void paintSparkline(QPainter *painter, const QRectF &rect, const SparkValues &values,
                    const QColor &color, qreal lineWidth)
{
    double low = 0, high = 0;
    bool any = false;
    for (const auto &v : values) {
        if (!v)
            continue;
        low = any ? std::min(low, *v) : *v;
        high = any ? std::max(high, *v) : *v;
        any = true;
    }
    if (!any || values.size() < 2)
        return;
    const double span = high > low ? high - low : 1.0;
    const QRectF area = rect.adjusted(lineWidth * 2, lineWidth * 2, -lineWidth * 2, -lineWidth * 2);
    const auto pointAt = [&](size_t i) {
        const double x = area.left() + area.width() * double(i) / double(values.size() - 1);
        const double y = high > low ? area.bottom() - area.height() * (*values[i] - low) / span
                                    : area.center().y();
        return QPointF(x, y);
    };
    QPainterPath path;
    bool pen = false;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            pen = false;
            continue;
        }
        if (pen)
            path.lineTo(pointAt(i));
        else
            path.moveTo(pointAt(i));
        pen = true;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    if (values.back()) {
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(pointAt(values.size() - 1), lineWidth * 1.6, lineWidth * 1.6);
    }
    painter->restore();
}

Sparkline::Sparkline(QWidget *parent) : QWidget(parent), m_color(chartcolor::primary)
{
    setMinimumHeight(22);
}

void Sparkline::setValues(SparkValues values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintSparkline(&painter, rect(), m_values, m_color, 1.5);
}

} // namespace siyu
