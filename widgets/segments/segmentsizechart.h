// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentrepository.h"
#include "widgets/charts/chartwidget.h"

#include <vector>

namespace siyu {

// The recorded sizes of one saved segment, one point per evaluation, in order of time.
class SegmentSizeChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit SegmentSizeChart(QWidget *parent = nullptr);

    void showSizes(const std::vector<SegmentSize> &sizes);
    void showMessage(const QString &message);
    int pointCount() const { return m_points; }

    QSize sizeHint() const override { return {300, 170}; }

private:
    int m_points = 0;
};

} // namespace siyu
