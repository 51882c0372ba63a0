// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/grouphealth.h"

#include "widgets/charts/qcp.h"

#include <vector>

namespace siyu {

// A group's last weeks in two stacked panels over one week axis: joins and leaves as bars on
// top, messages per member per day as a line below (a gap where it is not defined). The pointer
// resting on a week shows that week's figures. Only configures QCustomPlot: the figures come
// from kpi::GroupHealth.
class GroupHealthChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit GroupHealthChart(QWidget *parent = nullptr);

    void setSeries(const std::vector<kpi::GroupHealthFigures> &weeks);
    void clearSeries();

    // The week under a position in widget coordinates, or -1.
    int weekAt(const QPointF &pos) const;
    QString tooltipForWeek(int index) const;
    // Empty while there is something to draw, otherwise what is shown instead.
    QString emptyMessage() const;

    QSize sizeHint() const override { return {440, 300}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void buildLayout();
    void styleAxis(QCPAxis *axis) const;
    void setWeekTicks();
    void fillFlows();
    void fillRate();

    QCPAxisRect *m_flowRect = nullptr;
    QCPAxisRect *m_rateRect = nullptr;
    QCPBars *m_joins = nullptr;
    QCPBars *m_leaves = nullptr;
    QCPGraph *m_rate = nullptr;
    QCPGraph *m_ratePartial = nullptr;
    QCPItemText *m_flowNote = nullptr;
    QCPItemText *m_rateNote = nullptr;
    QCPItemRect *m_flowBand = nullptr;
    QCPItemRect *m_rateBand = nullptr;
    std::vector<kpi::GroupHealthFigures> m_weeks;
};

} // namespace siyu
