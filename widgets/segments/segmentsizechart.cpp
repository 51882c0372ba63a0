// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/segmentsizechart.h"

#include "models/common/units.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace siyu {

namespace {

void styleAxis(QCPAxis *axis)
{
    axis->setTickLabelColor(chartcolor::text);
    axis->setBasePen(QPen(chartcolor::muted, 0));
    axis->setTickPen(QPen(chartcolor::muted, 0));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLengthOut(3);
    axis->setTickLengthIn(0);
    axis->grid()->setPen(QPen(chartcolor::grid, 0));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace

SegmentSizeChart::SegmentSizeChart(QWidget *parent) : ChartWidget(parent)
{
    setAccessibleName(tr("Segment size over time"));
    setMinimumHeight(140);
}

void SegmentSizeChart::showMessage(const QString &message)
{
    m_points = 0;
    setTooltip({});
    Charts::empty(this, message, ChartStyle{font(), false});
}

void SegmentSizeChart::showSizes(const std::vector<SegmentSize> &sizes)
{
    if (sizes.empty()) {
        showMessage(tr("No size recorded yet"));
        return;
    }
    Charts::empty(this, QString(), ChartStyle{font(), false}); // a clean slate
    clearItems();
    m_points = int(sizes.size());
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int every = std::max(1, int(sizes.size() + 4) / 5);
    for (size_t i = 0; i < sizes.size(); ++i) {
        keys << double(i);
        values << double(sizes[i].size);
        if (int(i) % every == 0)
            ticker->addTick(double(i),
                            units::shortDate(QDateTime::fromSecsSinceEpoch(
                                                 sizes[i].at, units::Display::current().zone)
                                                 .date()));
    }
    for (QCPAxis *axis : {xAxis, yAxis}) {
        styleAxis(axis);
        axis->setVisible(true);
    }
    xAxis->setTicker(ticker);
    const double top = *std::max_element(values.begin(), values.end());
    // Whole members: a step of 1, 2 or 5 times a power of ten, about four steps high.
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    double step = 1;
    while (top / step > 5)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    whole->setTickStep(step);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    yAxis->setTicker(whole);
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    yAxis->grid()->setVisible(true);
    xAxis->grid()->setVisible(false);
    QCPGraph *line = addGraph();
    line->setData(keys, values, true);
    line->setPen(QPen(chartcolor::primary, 2));
    line->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, chartcolor::primary, Qt::white, 5));
    xAxis->setRange(-0.5, double(sizes.size()) - 0.5);
    yAxis->setRange(0, std::max(1.0, top * 1.15));
    replot();
    setTooltip([sizes](QCPAbstractPlottable *, int i) -> QString {
        if (i < 0 || i >= int(sizes.size()))
            return {};
        return tr("%1: %2 members")
            .arg(units::dateTime(sizes[size_t(i)].at), QLocale().toString(sizes[size_t(i)].size));
    });
}

} // namespace siyu
