// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groups/grouphealthchart.h"

#include "models/common/units.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace siyu {

namespace {

const QColor joinColor{0x14, 0xa3, 0x8b};
const QColor leaveColor{0xe5, 0x48, 0x4d};
const QColor rateColor{0x2f, 0x6f, 0xeb};
const QColor gridColor{0xe6, 0xe9, 0xee};
const QColor axisColor{0x8b, 0x95, 0xa1};
const QColor textColor{0x2b, 0x33, 0x3d};

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// A light band behind the week still under way.
QCPItemRect *band(QCustomPlot *plot, QCPAxisRect *rect)
{
    auto *item = new QCPItemRect(plot);
    item->setLayer(QStringLiteral("grid"));
    item->setClipAxisRect(rect);
    for (QCPItemPosition *corner : {item->topLeft, item->bottomRight}) {
        corner->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        corner->setAxisRect(rect);
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    item->setPen(Qt::NoPen);
    item->setBrush(QColor(0xf1, 0xf4, 0xf9));
    item->setVisible(false);
    return item;
}

QCPItemText *note(QCustomPlot *plot, QCPAxisRect *rect)
{
    auto *text = new QCPItemText(plot);
    text->setClipAxisRect(rect);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setAxisRect(rect);
    text->position->setCoords(0.5, 0.45);
    text->setPositionAlignment(Qt::AlignCenter);
    text->setColor(axisColor);
    text->setVisible(false);
    return text;
}

// "W47" under each week; the ISO year too on the first week and where a new year begins.
QString tickLabel(const kpi::GroupHealthFigures &week, bool first)
{
    const QStringList parts = week.label.split(QStringLiteral("-W"));
    if (parts.size() != 2)
        return week.label;
    const QString shortName = QLatin1Char('W') + parts[1];
    return first || parts[1] == QLatin1String("01") ? shortName + QLatin1Char('\n') + parts[0]
                                                    : shortName;
}

bool isPartial(const kpi::GroupHealthFigures &week)
{
    return week.end < week.period.to;
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

GroupHealthChart::GroupHealthChart(QWidget *parent) : QCustomPlot(parent)
{
    setMouseTracking(true);
    setBackground(palette().brush(QPalette::Base));
    buildLayout();
    clearSeries();
}

void GroupHealthChart::styleAxis(QCPAxis *axis) const
{
    axis->setTickLabelFont(scaled(font(), 0.9));
    axis->setLabelFont(scaled(font(), 0.9));
    axis->setTickLabelColor(textColor);
    axis->setLabelColor(textColor);
    axis->setBasePen(QPen(axisColor, 0));
    axis->setTickPen(QPen(axisColor, 0));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(3);
    axis->grid()->setPen(QPen(gridColor, 0));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void GroupHealthChart::buildLayout()
{
    plotLayout()->clear();
    m_flowRect = new QCPAxisRect(this);
    m_rateRect = new QCPAxisRect(this);
    plotLayout()->addElement(0, 0, m_flowRect);
    plotLayout()->addElement(1, 0, m_rateRect);
    plotLayout()->setRowStretchFactors({1.15, 1.0});
    plotLayout()->setRowSpacing(2);
    auto *margins = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_flowRect, m_rateRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
        rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    }
    m_flowRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_flowRect->axis(QCPAxis::atLeft)->setLabel(tr("Joins / leaves"));
    m_rateRect->axis(QCPAxis::atLeft)->setLabel(tr("Messages per\nmember per day"));
    auto integers = QSharedPointer<QCPAxisTickerFixed>::create();
    integers->setTickStep(1.0);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    integers->setTickCount(4);
    m_flowRect->axis(QCPAxis::atLeft)->setTicker(integers);
    m_rateRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);

    QCPAxis *flowKeys = m_flowRect->axis(QCPAxis::atBottom);
    QCPAxis *flowValues = m_flowRect->axis(QCPAxis::atLeft);
    m_joins = new QCPBars(flowKeys, flowValues);
    m_leaves = new QCPBars(flowKeys, flowValues);
    auto *barsGroup = new QCPBarsGroup(this);
    barsGroup->setSpacing(1);
    for (auto [bars, color, name] : {std::tuple{m_joins, joinColor, tr("Joins")},
                                     std::tuple{m_leaves, leaveColor, tr("Leaves")}}) {
        bars->setName(name);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
        bars->setWidth(0.36);
        bars->setBarsGroup(barsGroup);
    }
    m_rate = addGraph(m_rateRect->axis(QCPAxis::atBottom), m_rateRect->axis(QCPAxis::atLeft));
    m_rate->setName(tr("Messages per member per day"));
    m_rate->setPen(QPen(rateColor, 2));
    m_rate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, rateColor, Qt::white, 6));
    // The week under way continues the line dashed: its rate is of the days so far.
    m_ratePartial =
        addGraph(m_rateRect->axis(QCPAxis::atBottom), m_rateRect->axis(QCPAxis::atLeft));
    m_ratePartial->setPen(QPen(rateColor, 1.5, Qt::DashLine));
    m_ratePartial->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(rateColor, 1.5), Qt::white, 6));

    auto *legend = new QCPLegend;
    m_flowRect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(QColor(255, 255, 255, 210));
    legend->setFont(scaled(font(), 0.85));
    legend->setIconSize(10, 10);
    m_joins->addToLegend(legend);
    m_leaves->addToLegend(legend);

    m_flowNote = note(this, m_flowRect);
    m_rateNote = note(this, m_rateRect);
    m_flowBand = band(this, m_flowRect);
    m_rateBand = band(this, m_rateRect);
}

void GroupHealthChart::clearSeries()
{
    m_weeks.clear();
    m_joins->data()->clear();
    m_leaves->data()->clear();
    m_rate->data()->clear();
    m_ratePartial->data()->clear();
    for (QCPAxisRect *rect : {m_flowRect, m_rateRect})
        rect->axis(QCPAxis::atBottom)->setRange(-0.6, 11.6);
    m_flowRect->axis(QCPAxis::atLeft)->setRange(0, 4);
    m_rateRect->axis(QCPAxis::atLeft)->setRange(0, 1);
    m_flowBand->setVisible(false);
    m_rateBand->setVisible(false);
    m_flowNote->setText(tr("No group selected"));
    m_flowNote->setVisible(true);
    m_rateNote->setVisible(false);
    replot();
}

void GroupHealthChart::setSeries(const std::vector<kpi::GroupHealthFigures> &weeks)
{
    m_weeks = weeks;
    setWeekTicks();
    fillFlows();
    fillRate();
    replot();
}

void GroupHealthChart::setWeekTicks()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t i = 0; i < m_weeks.size(); ++i) {
        QString label = tickLabel(m_weeks[i], i == 0);
        if (isPartial(m_weeks[i]))
            label += QLatin1Char('\n') + tr("so far");
        ticker->addTick(double(i), label);
    }
    const double last = std::max(0.0, double(m_weeks.size()) - 1);
    const bool partial = !m_weeks.empty() && isPartial(m_weeks.back());
    for (QCPAxisRect *rect : {m_flowRect, m_rateRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
        rect->axis(QCPAxis::atBottom)->setRange(-0.6, last + 0.6);
    }
    for (QCPItemRect *item : {m_flowBand, m_rateBand}) {
        item->topLeft->setCoords(last - 0.5, 0);
        item->bottomRight->setCoords(last + 0.5, 1);
        item->setVisible(partial);
    }
}

void GroupHealthChart::fillFlows()
{
    QVector<double> keys, joins, leaves;
    int top = 0;
    for (size_t i = 0; i < m_weeks.size(); ++i) {
        keys << double(i);
        joins << m_weeks[i].joins;
        leaves << m_weeks[i].leaves;
        top = std::max({top, m_weeks[i].joins, m_weeks[i].leaves});
    }
    m_joins->setData(keys, joins, true);
    m_leaves->setData(keys, leaves, true);
    m_flowRect->axis(QCPAxis::atLeft)->setRange(0, std::max(4.0, std::ceil(top * 1.3)));
    m_flowNote->setText(tr("Nobody joined or left in these weeks"));
    m_flowNote->setVisible(top == 0);
}

void GroupHealthChart::fillRate()
{
    QVector<double> keys, rates;
    double top = 0;
    bool anyDefined = false;
    for (size_t i = 0; i < m_weeks.size(); ++i) {
        const auto rate = m_weeks[i].messagesPerMemberPerDay();
        keys << double(i);
        rates << (rate ? *rate : qQNaN());
        anyDefined = anyDefined || rate.has_value();
        top = std::max(top, rate.value_or(0));
    }
    const bool partial = !m_weeks.empty() && isPartial(m_weeks.back());
    if (partial && keys.size() >= 2) {
        m_ratePartial->setData(keys.mid(keys.size() - 2), rates.mid(rates.size() - 2), true);
        rates.last() = qQNaN();
    } else {
        m_ratePartial->data()->clear();
    }
    m_rate->setData(keys, rates, true);
    QCPAxis *values = m_rateRect->axis(QCPAxis::atLeft);
    values->setRange(0, top > 0 ? top * 1.25 : 1.0);
    // Enough significant digits that small rates (0.005, 0.01, 0.015) get distinct labels.
    values->setNumberFormat(QStringLiteral("g"));
    values->setNumberPrecision(3);
    m_rateNote->setText(anyDefined ? tr("No messages in these weeks")
                                   : tr("Not defined: the group had no members"));
    m_rateNote->setVisible(top == 0);
}

QString GroupHealthChart::emptyMessage() const
{
    QStringList messages;
    for (const QCPItemText *text : {m_flowNote, m_rateNote}) {
        if (text->visible())
            messages << text->text();
    }
    return messages.join(QLatin1Char('\n'));
}

int GroupHealthChart::weekAt(const QPointF &pos) const
{
    for (const QCPAxisRect *rect : {m_flowRect, m_rateRect}) {
        if (!rect->rect().contains(pos.toPoint()))
            continue;
        const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
        const int index = int(std::lround(key));
        return index >= 0 && index < int(m_weeks.size()) ? index : -1;
    }
    return -1;
}

QString GroupHealthChart::tooltipForWeek(int index) const
{
    if (index < 0 || index >= int(m_weeks.size()))
        return {};
    const kpi::GroupHealthFigures &w = m_weeks[size_t(index)];
    const bool partial = isPartial(w);
    const QDate first = w.period.firstDay;
    const QDate last = w.period.endDay.addDays(-1);
    QStringList lines;
    lines << tr("%1 (%2 – %3)").arg(w.label, units::date(first), units::date(last));
    if (partial)
        lines << tr("This week so far: %1 of 7 days").arg(w.days);
    lines << tr("Joins: %1   Leaves: %2").arg(number(w.joins), number(w.leaves));
    lines
        << (partial ? tr("Members now: %1") : tr("Members at week end: %1")).arg(number(w.members));
    lines << tr("Messages: %1").arg(number(double(w.messages)));
    const auto rate = w.messagesPerMemberPerDay();
    lines
        << tr("Messages per member per day: %1").arg(rate ? number(*rate, 2) : QStringLiteral("—"));
    const auto share = w.activeShare();
    lines << tr("Members active: %1")
                 .arg(share ? number(*share * 100, 0) + QLatin1Char('%') : QStringLiteral("—"));
    return lines.join(QLatin1Char('\n'));
}

void GroupHealthChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = tooltipForWeek(weekAt(event->position()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void GroupHealthChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    QToolTip::hideText();
}

} // namespace siyu
