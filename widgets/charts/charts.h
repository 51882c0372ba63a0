// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <functional>
#include <vector>

class QCustomPlot;
class QCPAbstractPlottable;

namespace siyu::kpi {
struct WeeklyTrend;
struct RetentionMatrix;
struct Funnel;
struct ContentRow;
struct GroupHealthRow;
} // namespace siyu::kpi

namespace siyu {

// How a chart looks: on screen it takes the widget's font; on paper the report's font (a CJK
// one for Chinese) and no background.
struct ChartStyle
{
    QFont font;
    bool print = false;
};

namespace chartcolor {
inline const QColor primary{0x2f, 0x6f, 0xeb};
inline const QColor secondary{0x14, 0xa3, 0x8b};
inline const QColor accent{0xf5, 0x9e, 0x0b};
inline const QColor danger{0xe5, 0x48, 0x4d};
inline const QColor muted{0x8b, 0x95, 0xa1};
inline const QColor grid{0xe6, 0xe9, 0xee};
inline const QColor text{0x2b, 0x33, 0x3d};
} // namespace chartcolor

// The text shown when the pointer rests on data point `index` of `plottable`; empty for none.
using ChartTooltip = std::function<QString(QCPAbstractPlottable *plottable, int index)>;

// Configures a QCustomPlot from plain series (models/kpi): each function clears the plot,
// draws the series and returns the tooltip text for its points. No data is computed here.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(siyu::Charts)

public:
    // Total members (line) and active members (bars) per week.
    static ChartTooltip memberTrend(QCustomPlot *plot, const kpi::WeeklyTrend &trend,
                                    const ChartStyle &style);
    // Weekly retention cohorts as a heatmap: cohorts down, weeks since joining across.
    static ChartTooltip retention(QCustomPlot *plot, const kpi::RetentionMatrix &matrix,
                                  const ChartStyle &style);
    // The member funnel: readers -> clicked -> bought -> bought again, each stage with its count
    // and its share of the first.
    static ChartTooltip funnel(QCustomPlot *plot, const kpi::Funnel &funnel,
                               const ChartStyle &style);
    // Content items by interaction rate, best on top.
    static ChartTooltip topContent(QCustomPlot *plot, const std::vector<kpi::ContentRow> &rows,
                                   const ChartStyle &style);
    // Active share and fill of the member cap for the largest groups.
    static ChartTooltip groupHealth(QCustomPlot *plot, const std::vector<kpi::GroupHealthRow> &rows,
                                    const ChartStyle &style);
    // Campaign cost (bars) against GMV (line) per week.
    static ChartTooltip costVsGmv(QCustomPlot *plot, const kpi::WeeklyTrend &trend,
                                  const ChartStyle &style);

    // Shows `message` in the middle of an otherwise empty plot.
    static void empty(QCustomPlot *plot, const QString &message, const ChartStyle &style);

    // How many groups the group-health chart shows at most.
    static constexpr int maxGroups = 10;
};

} // namespace siyu
