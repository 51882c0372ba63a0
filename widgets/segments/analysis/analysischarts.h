// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/charts.h"

#include <QCoreApplication>

class QCustomPlot;

namespace siyu::segmentstats {
struct RfmGrid;
struct LifecycleFunnel;
struct StageWeeks;
} // namespace siyu::segmentstats

namespace siyu {

// Configures a QCustomPlot for the analysis pages from the plain data of
// models/segments/segmentstats: each function clears the plot, draws the data and returns the
// tooltip of its points. Nothing is computed here.
class AnalysisCharts
{
    Q_DECLARE_TR_FUNCTIONS(siyu::AnalysisCharts)

public:
    // The R × FM grid: R 5 (most recent) on top, FM 1 to 5 across; each position with its members
    // and its named cell, shaded by the average spend per member, with a colour scale.
    static ChartTooltip rfmGrid(QCustomPlot *plot, const segmentstats::RfmGrid &grid,
                                const ChartStyle &style);
    // The stage funnel, awareness → loyalty, with churn beside it: a bar per stage (key = stage
    // index, churn a little apart) with its members and the conversion into it.
    static ChartTooltip lifecycleFunnel(QCustomPlot *plot,
                                        const segmentstats::LifecycleFunnel &funnel,
                                        const ChartStyle &style);
    // The stage of every member at the end of each week, stacked, with a legend.
    static ChartTooltip stageWeeks(QCustomPlot *plot, const segmentstats::StageWeeks &weeks,
                                   const ChartStyle &style);

    // The key of a stage's bar in the funnel chart, and the stage of a key (-1 for none).
    static double funnelKey(int stage);
    static int funnelStageAt(double key);
    // The colour each stage has in every chart.
    static QColor stageColor(int stage);
};

} // namespace siyu
