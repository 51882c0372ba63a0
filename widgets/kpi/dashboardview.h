// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/metric.h"

#include <QScrollArea>

#include <vector>

class QGridLayout;
class QLabel;

namespace siyu::kpi {
struct ReportData;
}

namespace siyu {

class ChartWidget;
class KpiCard;

// The dashboard: KPI cards, the charts and the alerts of one period, drawn from ReportData.
class DashboardView : public QScrollArea
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setData(const kpi::ReportData &data);
    // Only the targets changed: updates the cards.
    void setTargets(const kpi::ReportData &data);
    void clear();

    KpiCard *card(kpi::Metric metric) const;
    ChartWidget *chart(int index) const { return m_charts.at(size_t(index)); }
    int chartCount() const { return int(m_charts.size()); }

    // The metrics shown as cards, in order.
    static const std::vector<kpi::Metric> &cardMetrics();

signals:
    void numberClicked(kpi::Metric metric);
    // An alert's members: 0 churn warnings, 1 members contacted too often.
    void alertClicked(int alert);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createCards();
    void placeCards();
    QWidget *createCharts();
    QWidget *createAlerts();
    QWidget *panel(const QString &title, QWidget *content, QLabel **titleLabel = nullptr);

    std::vector<KpiCard *> m_cards;
    QGridLayout *m_cardGrid = nullptr;
    int m_cardsPerRow = 0;
    std::vector<ChartWidget *> m_charts;
    std::vector<QLabel *> m_chartTitles;
    QLabel *m_churn = nullptr;
    QLabel *m_nearCap = nullptr;
    QLabel *m_contacts = nullptr;
};

} // namespace siyu
