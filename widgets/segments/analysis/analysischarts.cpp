// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/analysischarts.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/segments/lifecycle.h"
#include "models/segments/segmentstats.h"

#include <QLocale>

#include "widgets/charts/qcp.h"

#include <algorithm>
#include <cmath>

namespace siyu {

namespace {

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%')
                 : QStringLiteral("—");
}

QFont scaled(const QFont &font, double factor)
{
    QFont out = font;
    if (font.pointSizeF() > 0)
        out.setPointSizeF(font.pointSizeF() * factor);
    return out;
}

// Charts::empty() leaves the plot on the house's clean slate (no plottables, no extra layout
// elements, axes styled); from there each chart shows its axes again and draws.
void prepare(QCustomPlot *plot, const ChartStyle &style)
{
    Charts::empty(plot, QString(), style);
    plot->clearItems();
    plot->xAxis->setVisible(true);
    plot->yAxis->setVisible(true);
}

QSharedPointer<QCPAxisTickerText> textTicker(const QVector<double> &keys,
                                             const QVector<QString> &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < keys.size() && i < labels.size(); ++i)
        ticker->addTick(keys.at(i), labels.at(i));
    return ticker;
}

QCPItemText *addText(QCustomPlot *plot, double x, double y, const QString &text,
                     const ChartStyle &style, Qt::Alignment align, const QColor &color)
{
    auto *label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(x, y);
    label->setPositionAlignment(align);
    label->setTextAlignment(Qt::AlignCenter);
    label->setFont(scaled(style.font, 0.85));
    label->setColor(color);
    label->setPadding(QMargins(4, 0, 4, 0));
    label->setText(text);
    label->setClipToAxisRect(false);
    return label;
}

void legendBelow(QCustomPlot *plot)
{
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(0, 0, 0, 4));
    row->addElement(0, 0, plot->legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({0.001, 1});
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setVisible(true);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

QCPColorGradient blues()
{
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0xf1, 0xf5, 0xfd));
    gradient.setColorStopAt(0.5, QColor(0x8f, 0xb3, 0xf5));
    gradient.setColorStopAt(1, chartcolor::primary);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

QString currencySymbol()
{
    return units::currencySymbol(units::Display::current().currency).trimmed();
}

void rfmAxes(QCustomPlot *plot)
{
    const QVector<double> keys{1, 2, 3, 4, 5};
    plot->xAxis->setTicker(textTicker(keys, {AnalysisCharts::tr("1\nfewest, least"),
                                             QStringLiteral("2"), QStringLiteral("3"),
                                             QStringLiteral("4"), AnalysisCharts::tr("5\nmost")}));
    plot->yAxis->setTicker(textTicker(
        keys, {AnalysisCharts::tr("1 longest ago"), QStringLiteral("2"), QStringLiteral("3"),
               QStringLiteral("4"), AnalysisCharts::tr("5 most recent")}));
    plot->xAxis->setLabel(AnalysisCharts::tr("Frequency and monetary (FM score)"));
    plot->yAxis->setLabel(AnalysisCharts::tr("Recency (R score)"));
    plot->xAxis->setRange(0.5, 5.5);
    plot->yAxis->setRange(0.5, 5.5);
}

} // namespace

ChartTooltip AnalysisCharts::rfmGrid(QCustomPlot *plot, const segmentstats::RfmGrid &grid,
                                     const ChartStyle &style)
{
    if (grid.scored == 0) {
        Charts::empty(plot, tr("Nobody placed a paid order in the window"), style);
        return {};
    }
    prepare(plot, style);
    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(5, 5);
    map->data()->setRange(QCPRange(1, 5), QCPRange(1, 5));
    double top = 0;
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const auto average = grid.averageCents(r, fm);
            map->data()->setCell(fm - 1, r - 1, average ? *average / 100.0 : qQNaN());
            top = std::max(top, average.value_or(0) / 100.0);
        }
    }
    map->setInterpolate(false);
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const double value = grid.averageCents(r, fm).value_or(0) / 100.0;
            const QColor ink = value > top * 0.6 ? QColor(Qt::white) : chartcolor::text;
            addText(plot, fm, r,
                    units::count(grid.count(r, fm)) + QLatin1Char('\n') +
                        rfm::title(rfm::cellOf(r, fm)),
                    style, Qt::AlignCenter, ink);
        }
    }
    auto *scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(12);
    // The scale lends the map its gradient and range: set them once the two are joined.
    map->setColorScale(scale);
    scale->setGradient(blues());
    scale->setDataRange(QCPRange(0, std::max(top, 1.0)));
    scale->axis()->setLabel(tr("Average spend per member (%1)").arg(currencySymbol()));
    scale->axis()->setLabelFont(style.font);
    scale->axis()->setTickLabelFont(scaled(style.font, 0.9));
    scale->axis()->setNumberFormat(QStringLiteral("f"));
    scale->axis()->setNumberPrecision(0);
    auto *margins = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    rfmAxes(plot);
    plot->replot();
    return [grid](QCPAbstractPlottable *, int index) -> QString {
        const int r = index / 5 + 1, fm = index % 5 + 1;
        if (r < 1 || r > 5)
            return {};
        const auto average = grid.averageCents(r, fm);
        return tr("R %1 · FM %2 (%3)\nMembers: %4\nMonetary total: %5\nAverage per member: %6")
            .arg(r)
            .arg(fm)
            .arg(rfm::title(rfm::cellOf(r, fm)), units::count(grid.count(r, fm)),
                 units::money(grid.monetaryCents(r, fm)),
                 average ? units::money(qint64(std::llround(*average))) : QStringLiteral("—"));
    };
}

double AnalysisCharts::funnelKey(int stage)
{
    return stage == segmentstats::churnIndex ? 4.5 : double(stage);
}

int AnalysisCharts::funnelStageAt(double key)
{
    for (int stage = 0; stage < segmentstats::stageCount; ++stage) {
        if (std::abs(key - funnelKey(stage)) <= 0.4)
            return stage;
    }
    return -1;
}

QColor AnalysisCharts::stageColor(int stage)
{
    static const QColor colors[] = {QColor(0xa9, 0xc4, 0xf5), chartcolor::secondary,
                                    chartcolor::primary, QColor(0x1d, 0x3f, 0x8f),
                                    chartcolor::danger};
    return colors[std::clamp(stage, 0, 4)];
}

ChartTooltip AnalysisCharts::lifecycleFunnel(QCustomPlot *plot,
                                             const segmentstats::LifecycleFunnel &funnel,
                                             const ChartStyle &style)
{
    if (funnel.total() == 0) {
        Charts::empty(plot, tr("No members"), style);
        return {};
    }
    prepare(plot, style);
    const QStringList stages = lifecycle::stageKeys();
    double top = 1;
    for (qint64 c : funnel.counts)
        top = std::max(top, double(c));
    QVector<double> keys;
    QVector<QString> titles;
    std::vector<QCPBars *> bars;
    for (int stage = 0; stage < segmentstats::stageCount; ++stage) {
        auto *bar = new QCPBars(plot->yAxis, plot->xAxis);
        bar->setPen(Qt::NoPen);
        bar->setBrush(stageColor(stage));
        bar->setWidth(0.62);
        const double key = funnelKey(stage);
        const double count = double(funnel.counts[size_t(stage)]);
        bar->addData(key, std::max(count, top * 0.005));
        bars.push_back(bar);
        keys << key;
        titles << lifecycle::stageTitle(stages.at(stage));
        QString text = units::count(funnel.counts[size_t(stage)]) + QStringLiteral("  (") +
                       percent(funnel.share(stage)) + QLatin1Char(')');
        if (stage > 0 && stage < segmentstats::churnIndex)
            text +=
                QStringLiteral("   ") + tr("↑ %1 converted").arg(percent(funnel.conversion(stage)));
        addText(plot, count, key, text, style, Qt::AlignLeft | Qt::AlignVCenter, chartcolor::text);
    }
    plot->yAxis->setTicker(textTicker(keys, titles));
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, 5.1);
    plot->yAxis->setBasePen(Qt::NoPen);
    plot->yAxis->setTickPen(Qt::NoPen);
    // Room on the right for the longest label.
    plot->xAxis->setRange(0, top * 1.75);
    plot->xAxis->setVisible(false);
    plot->replot();
    return [funnel, bars](QCPAbstractPlottable *p, int) -> QString {
        const auto it = std::find(bars.begin(), bars.end(), p);
        if (it == bars.end())
            return {};
        const int stage = int(it - bars.begin());
        const QString title = lifecycle::stageTitle(lifecycle::stageKeys().at(stage));
        QString text = tr("%1: %2 members (%3 of all)")
                           .arg(title, units::count(funnel.counts[size_t(stage)]),
                                percent(funnel.share(stage)));
        if (stage > 0 && stage < segmentstats::churnIndex)
            text += QLatin1Char('\n') +
                    tr("Of the %1 members who reached %2 or later, %3 reached %4 or later")
                        .arg(units::count(funnel.reached(stage - 1)),
                             lifecycle::stageTitle(lifecycle::stageKeys().at(stage - 1)),
                             percent(funnel.conversion(stage)), title);
        return text;
    };
}

ChartTooltip AnalysisCharts::stageWeeks(QCustomPlot *plot, const segmentstats::StageWeeks &weeks,
                                        const ChartStyle &style)
{
    if (weeks.counts.empty()) {
        Charts::empty(plot, tr("No weeks"), style);
        return {};
    }
    prepare(plot, style);
    const QStringList stages = lifecycle::stageKeys();
    QVector<double> keys;
    QVector<QString> labels;
    for (qsizetype w = 0; w < weeks.mondays.size(); ++w) {
        keys << double(w);
        const QString name = timeutil::isoWeekName(weeks.mondays.at(w));
        labels << (w % 2 == weeks.mondays.size() % 2
                       ? QString()
                       : name.mid(name.indexOf(QLatin1Char('W')) + 1));
    }
    QCPBars *below = nullptr;
    double top = 1;
    for (const auto &week : weeks.counts) {
        qint64 sum = 0;
        for (qint64 c : week)
            sum += c;
        top = std::max(top, double(sum));
    }
    for (int stage = 0; stage < segmentstats::stageCount; ++stage) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(lifecycle::stageTitle(stages.at(stage)));
        bars->setPen(Qt::NoPen);
        bars->setBrush(stageColor(stage));
        bars->setWidth(0.7);
        QVector<double> values;
        for (const auto &week : weeks.counts)
            values << double(week[size_t(stage)]);
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot->xAxis->setTicker(textTicker(keys, labels));
    plot->xAxis->setRange(-0.6, double(keys.size()) - 0.4);
    plot->xAxis->setLabel(tr("ISO week (members' stage at the end of each week)"));
    QSharedPointer<QCPAxisTicker> numbers(new QCPAxisTicker);
    numbers->setTickCount(5);
    plot->yAxis->setTicker(numbers);
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);
    plot->yAxis->grid()->setVisible(true);
    plot->yAxis->setRange(0, top * 1.08);
    // A history recorded only lately (a workspace older than the stage history) would read as
    // a sudden change of stages: say where it begins.
    if (!weeks.historyStart || *weeks.historyStart > weeks.ends.first()) {
        auto *note = new QCPItemText(plot);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.01, 0.02);
        note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        note->setTextAlignment(Qt::AlignLeft);
        note->setFont(scaled(style.font, 0.85));
        note->setColor(chartcolor::muted);
        note->setBrush(QColor(255, 255, 255, 220));
        note->setPadding(QMargins(4, 2, 4, 2));
        note->setText(weeks.historyStart
                          ? tr("Stage changes are recorded from %1 on; before that each member "
                               "shows the stage they had before their first recorded change.")
                                .arg(units::date(timeutil::localDate(
                                    *weeks.historyStart, units::Display::current().zone)))
                          : tr("No stage change is recorded yet: every week shows the stored "
                               "stages."));
    }
    legendBelow(plot);
    plot->replot();
    return [weeks, stages](QCPAbstractPlottable *, int i) -> QString {
        if (i < 0 || i >= int(weeks.counts.size()))
            return {};
        QString text = tr("%1 (%2)").arg(timeutil::isoWeekName(weeks.mondays.at(i)),
                                         units::date(weeks.mondays.at(i)));
        if (i == int(weeks.counts.size()) - 1 && weeks.lastSoFar)
            text += QLatin1Char(' ') + tr("so far");
        for (int stage = 0; stage < segmentstats::stageCount; ++stage)
            text += QLatin1Char('\n') +
                    tr("%1: %2").arg(lifecycle::stageTitle(stages.at(stage)),
                                     units::count(weeks.counts[size_t(i)][size_t(stage)]));
        return text;
    };
}

} // namespace siyu
