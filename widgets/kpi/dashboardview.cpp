// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/dashboardview.h"

#include "models/kpi/drilldown.h"
#include "models/kpi/reportdata.h"
#include "widgets/charts/charts.h"
#include "widgets/charts/chartwidget.h"
#include "widgets/kpi/kpicard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace siyu {

namespace {

enum ChartIndex
{
    TrendChart,
    RetentionChart,
    FunnelChart,
    ContentChart,
    GroupChart,
    CostChart
};

QString link(const QString &text, const QString &target)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

} // namespace

const std::vector<kpi::Metric> &DashboardView::cardMetrics()
{
    using kpi::Metric;
    static const std::vector<Metric> all{Metric::ActiveMembers,
                                         Metric::NewMembers,
                                         Metric::TotalMembers,
                                         Metric::ActivityRate,
                                         Metric::ChurnedMembers,
                                         Metric::Buyers,
                                         Metric::ConversionRate,
                                         Metric::Gmv,
                                         Metric::Aov,
                                         Metric::RepurchaseRate,
                                         Metric::InteractionRate,
                                         Metric::Roi};
    return all;
}

DashboardView::DashboardView(QWidget *parent) : QScrollArea(parent)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboard"));
    content->setStyleSheet(QStringLiteral("#dashboard { background: #f5f7fa; }"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(createCards());
    layout->addWidget(createAlerts());
    layout->addWidget(createCharts());
    layout->addStretch(1);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

QWidget *DashboardView::createCards()
{
    auto *box = new QWidget;
    m_cardGrid = new QGridLayout(box);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setSpacing(10);
    for (kpi::Metric metric : cardMetrics()) {
        auto *card = new KpiCard(metric, kpi::memberSetOf(metric).has_value() &&
                                             metric != kpi::Metric::TotalMembers &&
                                             kpi::info(metric).unit == kpi::Unit::Count);
        connect(card, &KpiCard::numberClicked, this, &DashboardView::numberClicked);
        m_cards.push_back(card);
    }
    placeCards();
    return box;
}

// Six cards a row where they fit, else four, three or two: on a laptop every card stays in
// sight instead of running off to the right.
void DashboardView::placeCards()
{
    const QMargins margins = widget() ? widget()->layout()->contentsMargins() : QMargins();
    const int available = viewport()->width() - margins.left() - margins.right();
    int cardWidth = 0;
    for (const KpiCard *card : m_cards)
        cardWidth = qMax(cardWidth, qMax(card->minimumWidth(), card->minimumSizeHint().width()));
    const int spacing = m_cardGrid->horizontalSpacing();
    int perRow = 2;
    for (int candidate : {6, 4, 3}) {
        if (candidate * cardWidth + (candidate - 1) * spacing <= available) {
            perRow = candidate;
            break;
        }
    }
    if (perRow == m_cardsPerRow)
        return;
    m_cardsPerRow = perRow;
    for (KpiCard *card : m_cards)
        m_cardGrid->removeWidget(card);
    for (int i = 0; i < int(m_cards.size()); ++i)
        m_cardGrid->addWidget(m_cards[size_t(i)], i / perRow, i % perRow);
    for (int column = 0; column < 6; ++column)
        m_cardGrid->setColumnStretch(column, column < perRow ? 1 : 0);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    placeCards();
}

QWidget *DashboardView::panel(const QString &title, QWidget *content, QLabel **titleLabel)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("panel"));
    frame->setStyleSheet(QStringLiteral("#panel { background: white; border: 1px solid #e3e8ef; "
                                        "border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (titleLabel)
        *titleLabel = label;
    return frame;
}

QWidget *DashboardView::createCharts()
{
    const QStringList titles{tr("Members and active members"),
                             tr("Weekly retention cohorts"),
                             tr("Member funnel: readers to repeat buyers"),
                             tr("Top content by interaction rate"),
                             tr("Group health: the largest groups"),
                             tr("Campaign cost against GMV")};
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    for (int i = 0; i < titles.size(); ++i) {
        auto *chart = new ChartWidget;
        chart->setMinimumHeight(i == RetentionChart ? 320 : 260);
        chart->setAccessibleName(titles[i]);
        QLabel *title = nullptr;
        grid->addWidget(panel(titles[i], chart, &title), i / 2, i % 2);
        m_charts.push_back(chart);
        m_chartTitles.push_back(title);
    }
    return box;
}

QWidget *DashboardView::createAlerts()
{
    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    m_churn = new QLabel;
    m_nearCap = new QLabel;
    m_contacts = new QLabel;
    for (QLabel *label : {m_churn, m_nearCap, m_contacts}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setMinimumHeight(label->fontMetrics().lineSpacing() * 3);
        layout->addWidget(label, 1);
    }
    connect(m_churn, &QLabel::linkActivated, this, [this] { emit alertClicked(0); });
    connect(m_contacts, &QLabel::linkActivated, this, [this] { emit alertClicked(1); });
    return panel(tr("Alerts"), content);
}

KpiCard *DashboardView::card(kpi::Metric metric) const
{
    for (KpiCard *card : m_cards) {
        if (card->metric() == metric)
            return card;
    }
    return nullptr;
}

void DashboardView::clear()
{
    for (KpiCard *card : m_cards)
        card->clear();
    const ChartStyle style{font(), false};
    for (ChartWidget *chart : m_charts) {
        chart->setTooltip({});
        Charts::empty(chart, tr("No data"), style);
    }
    m_churn->clear();
    m_nearCap->clear();
    m_contacts->clear();
}

void DashboardView::setTargets(const kpi::ReportData &data)
{
    const QString previousName = timeutil::isoWeekName(data.previous.firstDay);
    const bool week = data.period.firstDay.daysTo(data.period.endDay) == 7 &&
                      data.period.firstDay.dayOfWeek() == Qt::Monday;
    for (KpiCard *card : m_cards)
        card->setRow(data.row(card->metric()), week ? previousName : tr("previous period"));
    placeCards();
}

void DashboardView::setData(const kpi::ReportData &data)
{
    setTargets(data);

    const ChartStyle style{font(), false};
    m_charts[TrendChart]->setTooltip(
        Charts::memberTrend(m_charts[TrendChart], data.scan.trend, style));
    m_charts[RetentionChart]->setTooltip(
        Charts::retention(m_charts[RetentionChart], data.scan.retention, style));
    m_charts[FunnelChart]->setTooltip(Charts::funnel(m_charts[FunnelChart], data.funnel, style));
    m_charts[ContentChart]->setTooltip(
        Charts::topContent(m_charts[ContentChart], data.topContent, style));
    m_charts[GroupChart]->setTooltip(Charts::groupHealth(m_charts[GroupChart], data.groups, style));
    m_charts[CostChart]->setTooltip(Charts::costVsGmv(m_charts[CostChart], data.scan.trend, style));
    const int weeks = int(data.scan.trend.weeks.size());
    m_chartTitles[TrendChart]->setText(
        tr("Members and active members, last %n weeks", nullptr, weeks));
    m_chartTitles[CostChart]->setText(
        tr("Campaign cost against GMV, last %n weeks", nullptr, weeks));

    const QString alertWeek = timeutil::isoWeekName(data.alertWeek.firstDay);
    const kpi::ChurnWarnings &churn = data.scan.churn;
    const QString churnCount = kpi::format(kpi::Metric::Orders, double(churn.count));
    m_churn->setText(
        tr("<b>Churn warnings: %1</b><br>Members whose activity in the last %2 "
           "weeks fell to a quarter of their earlier level.")
            .arg(churn.count > 0 ? link(churnCount, QStringLiteral("churn")) : churnCount)
            .arg(churn.recentWeeks));
    QStringList groups;
    for (const kpi::GroupHealthRow &g : data.groupsNearCap) {
        if (groups.size() == 4) {
            groups << tr("and %n more", nullptr, int(data.groupsNearCap.size()) - 4);
            break;
        }
        groups << QStringLiteral("%1 (%2/%3)")
                      .arg(g.name.toHtmlEscaped())
                      .arg(g.figures.members)
                      .arg(g.memberCap.value_or(0));
    }
    m_nearCap->setText(tr("<b>Groups near their member cap</b><br>%1")
                           .arg(groups.isEmpty() ? tr("None at 90% or more.")
                                                 : groups.join(QStringLiteral(", "))));
    const QString contactCount = kpi::format(kpi::Metric::Orders, double(data.contacts.count));
    m_contacts->setText(tr("<b>Contacted too often in %1: %2</b><br>Members reached more than "
                           "%3 times in the week.")
                            .arg(alertWeek, data.contacts.count > 0
                                                ? link(contactCount, QStringLiteral("contacts"))
                                                : contactCount)
                            .arg(data.contacts.cap));
}

} // namespace siyu
