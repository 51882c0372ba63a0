// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/charts.h"

#include "models/common/units.h"
#include "models/kpi/funnel.h"
#include "models/kpi/grouphealth.h"
#include "models/kpi/metric.h"
#include "models/kpi/series.h"

#include <QLocale>

#include "widgets/charts/qcp.h"

#include <algorithm>
#include <cmath>

namespace siyu {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString percent(const std::optional<double> &share)
{
    return share ? percent(*share) : QStringLiteral("—");
}

QString money(double units)
{
    return kpi::format(kpi::Metric::Gmv, units);
}

// "47" under the bars (the axis says "ISO week"), the full name in tooltips.
QString shortWeek(const QString &isoWeek)
{
    const int w = isoWeek.indexOf(QLatin1Char('W'));
    return w >= 0 ? isoWeek.mid(w + 1) : isoWeek;
}

// The day and group of each content row, the day as the window writes short days ("25 Nov",
// "11月25日"; it was "11/25/26").
std::vector<QString> contentDetails(const std::vector<kpi::ContentRow> &rows)
{
    return kpi::contentDetails(rows, [](const QDate &day) { return units::shortDate(day); });
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

// How wide a text is in Latin letters: a CJK character takes two.
int columns(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() >= 0x2e80 ? 2 : 1;
    return n;
}

// The longest start of `text` at most `length` columns wide (at least one character).
int fitting(const QString &text, int length)
{
    int n = 0;
    int used = 0;
    while (n < text.size() && used + columns(text.mid(n, 1)) <= length)
        used += columns(text.mid(n++, 1));
    return std::max(1, n);
}

// On paper nothing is cut off: a long label breaks into lines of about `length` columns, at
// spaces where it has them.
QString wrapped(const QString &text, int length)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString rest = word;
        while (!rest.isEmpty()) {
            const int room = line.isEmpty() ? length : length - columns(line) - 1;
            if (columns(rest) <= room) {
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + rest;
                rest.clear();
            } else if (!line.isEmpty()) {
                lines << line;
                line.clear();
            } else {
                const int n = fitting(rest, length);
                lines << rest.left(n);
                rest = rest.mid(n);
            }
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

// The label as the chart shows it: whole on paper, shortened on screen (the tooltip has it
// whole).
QString label(const QString &text, int length, const ChartStyle &style)
{
    return style.print ? wrapped(text, length) : elided(text, length);
}

QFont scaled(const QFont &font, double factor)
{
    QFont out = font;
    if (font.pointSizeF() > 0)
        out.setPointSizeF(font.pointSizeF() * factor);
    return out;
}

void styleAxis(QCPAxis *axis, const ChartStyle &style)
{
    axis->setTickLabelFont(scaled(style.font, 0.9));
    axis->setLabelFont(style.font);
    axis->setTickLabelColor(chartcolor::text);
    axis->setLabelColor(chartcolor::text);
    axis->setBasePen(QPen(chartcolor::muted, 0));
    axis->setTickPen(QPen(chartcolor::muted, 0));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLengthOut(3);
    axis->setTickLengthIn(0);
    axis->grid()->setPen(QPen(chartcolor::grid, 0));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

// Starts every chart from the same clean slate.
void reset(QCustomPlot *plot, const ChartStyle &style)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->clearGraphs();
    plot->setBackground(style.print ? QBrush(Qt::NoBrush) : QBrush(Qt::white));
    plot->axisRect()->setBackground(Qt::NoBrush);
    plot->setFont(style.font);
    // Axis numbers with thousands separators, the same in both languages (as kpi::format).
    QLocale numbers = QLocale::c();
    numbers.setNumberOptions(QLocale::DefaultNumberOptions);
    plot->setLocale(numbers);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        styleAxis(axis, style);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setRangeReversed(false);
        axis->setLabel(QString());
        axis->grid()->setVisible(false);
    }
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->xAxis->setVisible(true);
    plot->yAxis->setVisible(true);
    plot->legend->setVisible(false);
    plot->legend->setFont(scaled(style.font, 0.9));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(style.print ? QBrush(Qt::NoBrush) : QBrush(QColor(255, 255, 255, 200)));
    plot->setAntialiasedElements(QCP::aeAll);
    plot->axisRect()->setAutoMargins(QCP::msAll);
    // Undo legendBelow() of an earlier chart: the legend back in the axis rect, nothing else in
    // the layout but the axis rect.
    if (plot->legend->layout() != plot->axisRect()->insetLayout()) {
        plot->axisRect()->insetLayout()->addElement(plot->legend, Qt::AlignTop | Qt::AlignRight);
        plot->legend->setFillOrder(QCPLegend::foRowsFirst);
    }
    QCPLayoutGrid *layout = plot->plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        QCPLayoutElement *element = layout->elementAt(i);
        if (element && element != plot->axisRect())
            layout->removeAt(i);
    }
    layout->simplify();
}

// The legend in one row under the plot, where it hides no data.
void legendBelow(QCustomPlot *plot)
{
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    row->setMargins(QMargins(0, 0, 0, 4));
    row->addElement(0, 0, plot->legend);
    row->addElement(0, 1, new QCPLayoutElement(plot)); // keeps the legend to its own width
    row->setColumnStretchFactors({0.001, 1});
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setVisible(true);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

QSharedPointer<QCPAxisTickerText> textTicker(const QVector<QString> &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, labels.at(i));
    return ticker;
}

QSharedPointer<QCPAxisTicker> numberTicker()
{
    // Whole numbers with thousands separators, never 1e+06.
    QSharedPointer<QCPAxisTicker> ticker(new QCPAxisTicker);
    ticker->setTickCount(5);
    return ticker;
}

void formatNumbers(QCPAxis *axis)
{
    axis->setTicker(numberTicker());
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
    axis->grid()->setVisible(true);
}

QCPBars *horizontalBars(QCustomPlot *plot, const QColor &color)
{
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setWidth(0.6);
    return bars;
}

void addLabel(QCustomPlot *plot, double key, double value, const QString &text,
              const ChartStyle &style, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(value, key);
    label->setPositionAlignment(align);
    label->setFont(scaled(style.font, 0.85));
    label->setColor(chartcolor::text);
    label->setPadding(QMargins(4, 0, 4, 0));
    label->setText(text);
    label->setClipToAxisRect(false);
}

} // namespace

void Charts::empty(QCustomPlot *plot, const QString &message, const ChartStyle &style)
{
    reset(plot, style);
    plot->xAxis->setVisible(false);
    plot->yAxis->setVisible(false);
    auto *label = new QCPItemText(plot);
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.5, 0.5);
    label->setFont(style.font);
    label->setColor(chartcolor::muted);
    label->setText(message);
    plot->replot();
}

ChartTooltip Charts::memberTrend(QCustomPlot *plot, const kpi::WeeklyTrend &trend,
                                 const ChartStyle &style)
{
    reset(plot, style);
    QVector<double> keys, total, active;
    QVector<QString> labels;
    for (const kpi::WeekPoint &week : trend.weeks) {
        keys << double(keys.size());
        total << double(week.totalMembers);
        active << double(week.activeMembers);
        labels << shortWeek(week.name);
    }
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(tr("Active members"));
    bars->setData(keys, active, true);
    bars->setPen(Qt::NoPen);
    bars->setBrush(chartcolor::secondary);
    bars->setWidth(0.6);
    QCPGraph *line = plot->addGraph();
    line->setName(tr("Total members"));
    line->setData(keys, total, true);
    line->setPen(QPen(chartcolor::primary, 2));
    line->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, chartcolor::primary, Qt::white, 5));
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(-0.6, keys.size() - 0.4);
    formatNumbers(plot->yAxis);
    const double top = total.isEmpty() ? 1 : *std::max_element(total.begin(), total.end());
    plot->yAxis->setRange(0, std::max(1.0, top * 1.12));
    plot->xAxis->setLabel(tr("ISO week"));
    legendBelow(plot);
    plot->replot();
    return [trend](QCPAbstractPlottable *, int i) -> QString {
        if (i < 0 || i >= int(trend.weeks.size()))
            return {};
        const kpi::WeekPoint &w = trend.weeks[size_t(i)];
        return tr("%1 (%2)\nTotal members: %3\nActive members: %4\nNew members: %5")
            .arg(w.name, units::date(w.period.firstDay), number(double(w.totalMembers)),
                 number(double(w.activeMembers)), number(double(w.newMembers)));
    };
}

ChartTooltip Charts::retention(QCustomPlot *plot, const kpi::RetentionMatrix &matrix,
                               const ChartStyle &style)
{
    reset(plot, style);
    const int n = int(matrix.cohorts.size());
    if (n == 0) {
        empty(plot, tr("No cohorts"), style);
        return {};
    }
    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    QVector<QString> rows, columns;
    for (int c = 0; c < n; ++c) {
        rows << QStringLiteral("%1 (%2)").arg(shortWeek(matrix.cohorts[size_t(c)]),
                                              number(double(matrix.sizes[size_t(c)])));
        columns << tr("W+%1").arg(c);
        for (int k = 0; k < n; ++k) {
            const auto &row = matrix.cells[size_t(c)];
            const bool defined = k < int(row.size()) && row[size_t(k)].has_value();
            map->data()->setCell(k, c, defined ? *row[size_t(k)] : qQNaN());
            if (defined && n <= 14)
                addLabel(plot, c, k, percent(*row[size_t(k)]), style, Qt::AlignCenter);
        }
    }
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0xf1, 0xf5, 0xfd));
    gradient.setColorStopAt(0.5, QColor(0x8f, 0xb3, 0xf5));
    gradient.setColorStopAt(1, chartcolor::primary);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setInterpolate(false);
    map->setDataRange(QCPRange(0, 1));
    plot->xAxis->setTicker(textTicker(columns));
    plot->yAxis->setTicker(textTicker(rows));
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    plot->replot();
    return [matrix, map](QCPAbstractPlottable *, int index) -> QString {
        const int width = map->data()->keySize();
        const int c = index / std::max(1, width), k = index % std::max(1, width);
        if (c < 0 || c >= int(matrix.cells.size()) || k >= int(matrix.cells[size_t(c)].size()))
            return {};
        return tr("Joined in %1 (%2 members)\nActive %3 weeks later: %4")
            .arg(matrix.cohorts[size_t(c)], number(double(matrix.sizes[size_t(c)])))
            .arg(k)
            .arg(percent(matrix.cells[size_t(c)][size_t(k)]));
    };
}

ChartTooltip Charts::funnel(QCustomPlot *plot, const kpi::Funnel &funnel, const ChartStyle &style)
{
    reset(plot, style);
    using Stage = kpi::Funnel::Stage;
    const QVector<QString> stages{tr("Readers"), tr("Clickers"), tr("Buyers"), tr("Repeat buyers")};
    const QVector<QString> meanings{
        tr("Members with a read event in the period"), tr("Readers who also clicked in the period"),
        tr("Readers who clicked and bought (a paid order) in the period"),
        tr("Of those, members with two or more paid orders in the period")};
    QVector<double> values;
    QVector<std::optional<double>> shares;
    for (int i = 0; i < kpi::Funnel::stageCount; ++i) {
        values << double(funnel.count(Stage(i)));
        shares << funnel.shareOfFirst(Stage(i));
    }
    const double top = std::max(1.0, values.front());
    // A funnel: each bar centred, no stage thinner than a sliver so that small ones show.
    auto *offset = horizontalBars(plot, Qt::transparent);
    auto *bars = horizontalBars(plot, chartcolor::primary);
    bars->moveAbove(offset);
    QVector<double> keys, lengths, offsets;
    for (int i = 0; i < values.size(); ++i) {
        const double length = std::max(values[i], top * 0.03);
        keys << double(i);
        lengths << length;
        offsets << (top - length) / 2;
        const QString text = QStringLiteral("%1  (%2)").arg(number(values[i]), percent(shares[i]));
        // Inside a wide bar in white, beside a narrow one.
        const bool inside = length > top * 0.55;
        addLabel(plot, i, inside ? top / 2 : (top + length) / 2, text, style,
                 inside ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
        if (inside)
            static_cast<QCPItemText *>(plot->item(plot->itemCount() - 1))->setColor(Qt::white);
    }
    offset->setData(keys, offsets, true);
    bars->setData(keys, lengths, true);
    offset->setSelectable(QCP::stNone);
    bars->setBrush(chartcolor::primary);
    plot->yAxis->setTicker(textTicker(stages));
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, values.size() - 0.4);
    plot->xAxis->setRange(0, top);
    plot->xAxis->setVisible(false);
    plot->yAxis->setBasePen(Qt::NoPen);
    plot->yAxis->setTickPen(Qt::NoPen);
    plot->replot();
    return [values, shares, meanings, bars](QCPAbstractPlottable *p, int i) -> QString {
        if (p != bars || i < 0 || i >= values.size())
            return {};
        return tr("%1: %2\n%3 of the readers")
            .arg(meanings[i], number(values[i]), percent(shares[i]));
    };
}

ChartTooltip Charts::topContent(QCustomPlot *plot, const std::vector<kpi::ContentRow> &rows,
                                const ChartStyle &style)
{
    if (rows.empty()) {
        empty(plot, tr("No content with reads in this period"), style);
        return {};
    }
    reset(plot, style);
    auto *bars = horizontalBars(plot, chartcolor::accent);
    QVector<double> keys, rates;
    QVector<QString> titles;
    double top = 0;
    // Titles repeat (a weekly series): each bar also says its day and group.
    const std::vector<QString> details = contentDetails(rows);
    for (const kpi::ContentRow &row : rows) {
        const QString &detail = details[size_t(keys.size())];
        titles << (detail.isEmpty() ? label(row.title, 26, style)
                                    : label(row.title, 26, style) + QLatin1Char('\n') +
                                          label(detail, 30, style));
        keys << double(keys.size());
        rates << row.interactionRate * 100;
        top = std::max(top, row.interactionRate * 100);
    }
    bars->setData(keys, rates, true);
    for (int i = 0; i < rates.size(); ++i)
        addLabel(plot, i, rates[i], percent(rates[i] / 100), style);
    plot->yAxis->setTicker(textTicker(titles));
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, rates.size() - 0.4);
    plot->xAxis->setRange(0, std::max(1.0, top * 1.25));
    plot->xAxis->setLabel(tr("Interaction rate (%)"));
    plot->xAxis->grid()->setVisible(true);
    plot->replot();
    return [rows, details, bars](QCPAbstractPlottable *p, int i) -> QString {
        if (p != bars || i < 0 || i >= int(rows.size()))
            return {};
        const kpi::ContentRow &row = rows[size_t(i)];
        return tr("%1\n%2\nReads: %3\nLikes + comments + shares: %4\nInteraction rate: %5\n"
                  "Click-through rate: %6")
            .arg(row.title, details[size_t(i)], number(double(row.reads)),
                 number(double(row.interactions)), percent(row.interactionRate), percent(row.ctr));
    };
}

ChartTooltip Charts::groupHealth(QCustomPlot *plot, const std::vector<kpi::GroupHealthRow> &all,
                                 const ChartStyle &style)
{
    if (all.empty()) {
        empty(plot, tr("No groups"), style);
        return {};
    }
    reset(plot, style);
    std::vector<kpi::GroupHealthRow> rows = all;
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.figures.members > b.figures.members;
    });
    rows.resize(std::min(rows.size(), size_t(maxGroups)));
    auto *active = horizontalBars(plot, chartcolor::secondary);
    auto *fill = horizontalBars(plot, QColor(0xc9, 0xd6, 0xe8));
    active->setName(tr("Active share"));
    fill->setName(tr("Fill of member cap"));
    auto *group = new QCPBarsGroup(plot);
    active->setBarsGroup(group);
    fill->setBarsGroup(group);
    active->setWidth(0.38);
    fill->setWidth(0.38);
    QVector<double> keys, shares, fills;
    QVector<QString> names;
    for (const kpi::GroupHealthRow &row : rows) {
        keys << double(keys.size());
        shares << row.figures.activeShare().value_or(0) * 100;
        fills << row.fill().value_or(0) * 100;
        names << label(row.name, 22, style);
    }
    active->setData(keys, shares, true);
    fill->setData(keys, fills, true);
    plot->yAxis->setTicker(textTicker(names));
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, keys.size() - 0.4);
    plot->xAxis->setRange(0, 105);
    plot->xAxis->setLabel(tr("% of members"));
    plot->xAxis->grid()->setVisible(true);
    legendBelow(plot);
    plot->replot();
    return [rows](QCPAbstractPlottable *, int i) -> QString {
        if (i < 0 || i >= int(rows.size()))
            return {};
        const kpi::GroupHealthRow &row = rows[size_t(i)];
        const kpi::GroupHealthFigures &f = row.figures;
        const auto perDay = f.messagesPerMemberPerDay();
        return tr("%1\nMembers: %2 (cap %3)\nJoins: %4, leaves: %5\nMessages per member per "
                  "day: %6\nActive share: %7")
            .arg(row.name, number(f.members),
                 row.memberCap ? number(*row.memberCap) : QStringLiteral("—"), number(f.joins),
                 number(f.leaves),
                 perDay ? QLocale().toString(*perDay, 'f', 2) : QStringLiteral("—"),
                 percent(f.activeShare()));
    };
}

ChartTooltip Charts::costVsGmv(QCustomPlot *plot, const kpi::WeeklyTrend &trend,
                               const ChartStyle &style)
{
    reset(plot, style);
    QVector<double> keys, cost, gmv;
    QVector<QString> labels;
    for (const kpi::WeekPoint &week : trend.weeks) {
        keys << double(keys.size());
        cost << double(week.costCents) / 100;
        gmv << double(week.gmvCents) / 100;
        labels << shortWeek(week.name);
    }
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(tr("Campaign cost"));
    bars->setData(keys, cost, true);
    bars->setPen(Qt::NoPen);
    bars->setBrush(chartcolor::accent);
    bars->setWidth(0.6);
    QCPGraph *line = plot->addGraph(plot->xAxis, plot->yAxis2);
    line->setName(tr("GMV"));
    line->setData(keys, gmv, true);
    line->setPen(QPen(chartcolor::primary, 2));
    line->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, chartcolor::primary, Qt::white, 5));
    plot->xAxis->setTicker(textTicker(labels));
    plot->xAxis->setRange(-0.6, keys.size() - 0.4);
    formatNumbers(plot->yAxis);
    plot->yAxis2->setVisible(true);
    formatNumbers(plot->yAxis2);
    plot->yAxis2->grid()->setVisible(false);
    // Money axes name the currency: "Cost (¥)".
    const QString symbol = units::currencySymbol(units::Display::current().currency).trimmed();
    plot->yAxis->setLabel(tr("Cost (%1)").arg(symbol));
    plot->yAxis2->setLabel(tr("GMV (%1)").arg(symbol));
    const auto maxOf = [](const QVector<double> &v) {
        return v.isEmpty() ? 1.0 : std::max(1.0, *std::max_element(v.begin(), v.end()));
    };
    plot->yAxis->setRange(0, maxOf(cost) * 1.15);
    plot->yAxis2->setRange(0, maxOf(gmv) * 1.15);
    plot->xAxis->setLabel(tr("ISO week"));
    legendBelow(plot);
    plot->replot();
    return [trend](QCPAbstractPlottable *, int i) -> QString {
        if (i < 0 || i >= int(trend.weeks.size()))
            return {};
        const kpi::WeekPoint &w = trend.weeks[size_t(i)];
        return tr("%1\nCampaign cost: %2\nGMV: %3\nGMV from campaigns: %4")
            .arg(w.name, money(double(w.costCents) / 100), money(double(w.gmvCents) / 100),
                 money(double(w.attributedGmvCents) / 100));
    };
}

} // namespace siyu
