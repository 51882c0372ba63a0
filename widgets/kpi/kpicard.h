// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/metric.h"

#include <QFrame>

class QLabel;

namespace siyu::kpi {
struct KpiRow;
}

namespace siyu {

class Sparkline;

// One KPI on the dashboard: its value, the change against the previous period (arrow and
// colour), the target and a sparkline over the last weeks. The value of a KPI that stands for
// members is a link that lists them.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    KpiCard(kpi::Metric metric, bool clickable, QWidget *parent = nullptr);

    kpi::Metric metric() const { return m_metric; }
    void setRow(const kpi::KpiRow &row, const QString &previousName);
    void clear();
    QString valueText() const;
    QString changeText() const;

signals:
    void numberClicked(kpi::Metric metric);

private:
    kpi::Metric m_metric;
    bool m_clickable;
    QString m_value;
    QLabel *m_title = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_target = nullptr;
    Sparkline *m_spark = nullptr;
};

} // namespace siyu
