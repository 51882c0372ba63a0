// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/weeklyreport.h"

#include "models/common/platforms.h"
#include "models/common/sidefile.h"
#include "models/kpi/change.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/summary.h"
#include "widgets/charts/charts.h"
#include "widgets/charts/plotrender.h"
#include "widgets/charts/qcp.h"
#include "widgets/charts/sparkline.h"
#include "widgets/report/pagelayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>

#include <algorithm>
#include <cmath>
#include <utility>

namespace siyu {

namespace {

const QColor ink(0x1f, 0x27, 0x30);
const QColor muted(0x6b, 0x76, 0x84);
const QColor rule(0xd5, 0xdb, 0xe3);
const QColor good(0x1a, 0x7f, 0x37);
const QColor bad(0xcf, 0x22, 0x2e);
const QColor warn(0xb2, 0x6b, 0x00);

enum ChartKind
{
    NoChart = -1,
    TrendChart,
    FunnelChart,
    ContentChart,
    GroupChart,
    CostChart
};

bool isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

QString count(qint64 n)
{
    return units::count(n);
}

QString percent(const std::optional<double> &share, int decimals = 1)
{
    if (!share || !std::isfinite(*share))
        return QStringLiteral("—");
    return units::number(*share * 100.0, decimals) + QLatin1Char('%');
}

// The campaign types of the domain brief by name; other types as they are stored.
QString campaignType(const QString &type)
{
    static const std::pair<const char *, const char *> names[] = {
        {"fission", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Fission")},
        {"group_buy", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Group buy")},
        {"live_stream", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Live stream")},
        {"coupon", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Coupon")},
        {"checkin_challenge", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Check-in challenge")},
        {"lucky_draw", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Lucky draw")},
        {"member_day", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Member day")},
        {"kol", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "KOL / KOC")},
        {"recall", QT_TRANSLATE_NOOP("siyu::WeeklyReport", "Recall")},
    };
    for (const auto &[key, name] : names) {
        if (type == QLatin1String(key))
            return WeeklyReport::tr(name);
    }
    return type;
}

QColor scoreColor(const std::optional<double> &score)
{
    if (!score)
        return muted;
    return *score >= 1.0 ? good : *score >= 0.8 ? warn : bad;
}

double textHeight(const QFont &font, QPaintDevice *device, double width, const QString &text)
{
    return wrappedHeight(font, device, text, width);
}

// Draws `text` wrapped into `rect`, set smaller where a word is wider than it.
void drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, int flags)
{
    painter.setFont(fittedFont(painter.font(), painter.device(), text, rect.width()));
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

} // namespace

WeeklyReport::WeeklyReport(const kpi::ReportData &data, const QString &language)
    : m_data(data), m_language(language), m_display(kpi::reportDisplay(data, language)),
      m_font(font(language)), m_plot(std::make_unique<QCustomPlot>())
{
    m_pictureDpi = QPicture().logicalDpiY();
}

WeeklyReport::~WeeklyReport() = default;

QFont WeeklyReport::font(const QString &language)
{
    static const QStringList latin{
        QStringLiteral("Segoe UI"),        QStringLiteral("Helvetica Neue"),
        QStringLiteral("Arial"),           QStringLiteral("DejaVu Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")};
    // WenQuanYi before Noto CJK: with Noto some characters come back from a PDF as Kangxi
    // radicals.
    static const QStringList chinese{
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC")};
    const QStringList available = QFontDatabase::families();
    QStringList families;
    const auto pick = [&](const QStringList &wanted) {
        for (const QString &family : wanted) {
            if (available.contains(family)) {
                families << family;
                return;
            }
        }
    };
    // Chinese text (member names, content titles) appears in English reports too.
    if (isChinese(language)) {
        pick(chinese);
        pick(latin);
    } else {
        pick(latin);
        pick(chinese);
    }
    QFont f;
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSizeF(8.5);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QMarginsF WeeklyReport::margins()
{
    return QMarginsF(16, 14, 16, 10); // millimetres
}

QFont WeeklyReport::sized(double points, bool bold) const
{
    QFont f = m_font;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

Result<int> WeeklyReport::writePdf(const kpi::ReportData &data, const QString &language,
                                   const QPageSize &pageSize, const QString &path)
{
    SideFile file(path);
    if (const Status status = file.open(); !status)
        return status.error();
    int pages = 0;
    {
        QPdfWriter writer(file.device());
        writer.setResolution(1200);
        writer.setPageSize(pageSize);
        writer.setPageMargins(margins(), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Siyu " SIYU_VERSION));
        WeeklyReport report(data, language);
        writer.setTitle(kpi::reportTitle(data, report.m_display));
        pages = report.print(&writer);
    }
    if (pages == 0) {
        Error error = makeError(tr("the report could not be drawn"));
        error.file = path;
        return error;
    }
    if (const Status status = file.finish(); !status)
        return status.error();
    return pages;
}

int WeeklyReport::print(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double dpi = device->logicalDpiY();
    const QRectF page = device->pageLayout().paintRectPixels(int(std::lround(dpi)));
    PageLayout layout(device, QSizeF(page.width(), page.height() - footerHeight(dpi)));
    build(layout);
    const int pages = layout.paginate();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        paintPage(painter, layout, page.size(), p);
    }
    painter.end();
    return pages;
}

void WeeklyReport::paintPage(QPainter &painter, const PageLayout &layout, const QSizeF &page,
                             int index)
{
    const double footer = footerHeight(painter.device()->logicalDpiY());
    layout.paintPage(painter, index);
    paintFooter(painter, QRectF(0, page.height() - footer, page.width(), footer), index,
                layout.pageCount());
}

QStringList WeeklyReport::dump(const kpi::ReportData &data, const QString &language,
                               const QPageSize &pageSize)
{
    // Measured on the same device as writePdf(), so that the pages break where the PDF's do.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageSize(pageSize);
    writer.setPageMargins(margins(), QPageLayout::Millimeter);
    WeeklyReport report(data, language);
    const double dpi = writer.logicalDpiY();
    const QRectF page = writer.pageLayout().paintRectPixels(int(std::lround(dpi)));
    PageLayout layout(&writer, QSizeF(page.width(), page.height() - report.footerHeight(dpi)));
    report.build(layout);
    const int pages = layout.paginate();
    QStringList out;
    for (int p = 0; p < pages; ++p) {
        out << QStringLiteral("--- page %1 ---").arg(p + 1);
        out << layout.pageText(p) << report.footerText(p, pages);
    }
    return out;
}

QImage WeeklyReport::pageImage(const kpi::ReportData &data, const QString &language,
                               const QPageSize &pageSize, int index, int dpi)
{
    const QSize sheet = pageSize.sizePixels(dpi);
    QImage image(sheet, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    const QMarginsF mm = margins();
    const double perMm = dpi / 25.4;
    const QRectF page(mm.left() * perMm, mm.top() * perMm,
                      sheet.width() - (mm.left() + mm.right()) * perMm,
                      sheet.height() - (mm.top() + mm.bottom()) * perMm);
    WeeklyReport report(data, language);
    PageLayout layout(&image, QSizeF(page.width(), page.height() - report.footerHeight(dpi)));
    report.build(layout);
    if (index < 0 || index >= layout.paginate())
        return {};
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(page.topLeft());
    report.paintPage(painter, layout, page.size(), index);
    painter.end();
    return image;
}

void WeeklyReport::build(PageLayout &layout)
{
    addHeader(layout);
    addSummary(layout);
    addScorecard(layout);
    addKpis(layout);
    addCharts(layout);
    addCampaigns(layout);
    addAlerts(layout);
}

void WeeklyReport::addHeader(PageLayout &layout)
{
    const QString title = kpi::reportTitle(m_data, m_display);
    QString comparison = kpi::comparisonInWords(m_data, m_display);
    if (m_data.soFar)
        //: %1 the time zone, "Asia/Shanghai (UTC+08:00)"
        comparison += QLatin1Char(' ') + tr("Times in %1.").arg(units::zoneLabel(m_display));
    const double pt = layout.pt(1);
    const double x = 12 * pt;
    const double w = layout.width() - x;
    // The title on one line where a smaller size allows it, else wrapped.
    QFont titleFont = sized(17, true);
    for (const double points : {15.5, 14.0}) {
        if (QFontMetricsF(titleFont, layout.device()).horizontalAdvance(title) <= w)
            break;
        titleFont = sized(points, true);
    }
    const QFont lineFont = sized(9);
    const double titleHeight = textHeight(titleFont, layout.device(), w, title);
    const double lineHeight = textHeight(lineFont, layout.device(), w, comparison);
    PageLayout::Block block;
    block.height = titleHeight + lineHeight + 18 * pt;
    block.text << title << comparison;
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.fillRect(QRectF(rect.left(), rect.top(), 4 * pt, titleHeight + lineHeight + 4 * pt),
                         chartcolor::primary);
        painter.setPen(ink);
        painter.setFont(titleFont);
        drawWrapped(painter, QRectF(rect.left() + x, rect.top(), w, titleHeight), title,
                    Qt::AlignLeft | Qt::AlignTop);
        painter.setPen(muted);
        painter.setFont(lineFont);
        drawWrapped(painter,
                    QRectF(rect.left() + x, rect.top() + titleHeight + 3 * pt, w, lineHeight),
                    comparison, Qt::AlignLeft | Qt::AlignTop);
        const double y = rect.top() + titleHeight + lineHeight + 12 * pt;
        painter.setPen(QPen(rule, pt));
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    };
    layout.add(std::move(block));
}

void WeeklyReport::addText(PageLayout &layout, const QString &text, double points, bool bold,
                           const QString &bullet)
{
    const QFont textFont = sized(points, bold);
    const double indent = bullet.isEmpty() ? 0 : layout.pt(14);
    const double w = layout.width() - indent;
    PageLayout::Block block;
    block.height = textHeight(textFont, layout.device(), w, text) + layout.pt(4);
    block.text << (bullet.isEmpty() ? text : bullet + QLatin1Char(' ') + text);
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.setPen(ink);
        painter.setFont(textFont);
        if (!bullet.isEmpty())
            painter.drawText(QRectF(rect.left(), rect.top(), indent, rect.height()),
                             Qt::AlignLeft | Qt::AlignTop, bullet);
        drawWrapped(painter, QRectF(rect.left() + indent, rect.top(), w, rect.height()), text,
                    Qt::AlignLeft | Qt::AlignTop);
    };
    layout.add(std::move(block));
}

// What a manager reads in a minute: the scorecard total and the changes that matter most.
void WeeklyReport::addSummary(PageLayout &layout)
{
    addHeading(layout, tr("Summary"));
    const QString score = kpi::scorecardSentence(m_data.scorecard);
    if (!score.isEmpty()) {
        addText(layout, score, 10.5, true);
        layout.addSpace(3);
    }
    const auto changes = kpi::keyChanges(m_data, m_display);
    for (const kpi::KeyChange &change : changes) {
        addText(layout, change.text, 10.5, false, QStringLiteral("•"));
        layout.addSpace(1.5);
    }
    if (changes.empty())
        addNote(layout, tr("No KPI has a value in both weeks, so there is no change to report."));
}

void WeeklyReport::addHeading(PageLayout &layout, const QString &title, const QString &note,
                              double points)
{
    layout.addSpace(points * 0.8);
    PageLayout::Block block;
    const QFont titleFont = sized(points, true);
    const QFont noteFont = sized(8);
    const double titleHeight = textHeight(titleFont, layout.device(), layout.width(), title);
    const double noteHeight =
        note.isEmpty() ? 0 : textHeight(noteFont, layout.device(), layout.width(), note);
    block.height = titleHeight + noteHeight + layout.pt(6);
    block.keepWithNext = true;
    block.text << title;
    if (!note.isEmpty())
        block.text << note;
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.setPen(ink);
        painter.setFont(titleFont);
        drawWrapped(painter, QRectF(rect.left(), rect.top(), rect.width(), titleHeight), title,
                    Qt::AlignLeft | Qt::AlignVCenter);
        if (note.isEmpty())
            return;
        painter.setPen(muted);
        painter.setFont(noteFont);
        drawWrapped(painter,
                    QRectF(rect.left(), rect.top() + titleHeight, rect.width(), noteHeight), note,
                    Qt::AlignLeft);
    };
    layout.add(std::move(block));
}

void WeeklyReport::addNote(PageLayout &layout, const QString &text)
{
    layout.addSpace(3);
    PageLayout::Block block;
    const QFont noteFont = sized(8.5);
    block.height = textHeight(noteFont, layout.device(), layout.width(), text) + layout.pt(4);
    block.text << text;
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.setPen(muted);
        painter.setFont(noteFont);
        drawWrapped(painter, rect, text, Qt::AlignLeft | Qt::AlignTop);
    };
    layout.add(std::move(block));
}

void WeeklyReport::addScorecard(PageLayout &layout)
{
    const kpi::Scorecard &card = m_data.scorecard;
    addHeading(layout, tr("Scorecard"),
               tr("Each KPI scores its actual value against its target (capped at 150%; "
                  "inverted where lower is better); the total is the weighted average, 0–100."));
    if (card.lines.empty()) {
        addNote(layout, tr("No targets are set for this week. Set targets and weights in the "
                           "KPIs area of Siyu."));
        return;
    }
    PageLayout::Block total;
    total.height = layout.pt(40);
    const QString value = card.total ? units::number(*card.total, 0) : QStringLiteral("—");
    total.text << value + QLatin1Char(' ') + tr("/ 100");
    total.paint = [this, &card, value, pt = layout.pt(1)](QPainter &painter, const QRectF &rect) {
        painter.setPen(card.total ? scoreColor(*card.total / 100.0 + 0.2) : muted);
        painter.setFont(sized(26, true));
        // "100 / 100" as wide as it takes; the bar begins after it.
        const double numberWidth =
            QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(value);
        painter.drawText(QRectF(rect.left(), rect.top(), numberWidth + pt, 34 * pt),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        painter.setPen(muted);
        painter.setFont(sized(10));
        const QString outOf = tr("/ 100");
        const double outOfWidth =
            QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(outOf);
        const double x = rect.left() + numberWidth + 4 * pt;
        painter.drawText(QRectF(x, rect.top(), outOfWidth + pt, 34 * pt),
                         Qt::AlignLeft | Qt::AlignVCenter, outOf);
        const double barLeft = std::max(x + outOfWidth + 14 * pt, rect.left() + 110 * pt);
        const QRectF bar(barLeft, rect.top() + 13 * pt, rect.right() - barLeft, 8 * pt);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe9, 0xed, 0xf2));
        painter.drawRoundedRect(bar, 4 * pt, 4 * pt);
        if (card.total) {
            painter.setBrush(chartcolor::primary);
            painter.drawRoundedRect(
                QRectF(bar.topLeft(), QSizeF(bar.width() * *card.total / 100.0, bar.height())),
                4 * pt, 4 * pt);
        }
    };
    layout.add(std::move(total));
    std::vector<std::vector<TableCell>> rows;
    double weights = 0;
    for (const kpi::ScoreLine &line : card.lines)
        weights += line.score && line.weight > 0 ? line.weight : 0;
    for (const kpi::ScoreLine &line : card.lines) {
        const bool counted = line.score && line.weight > 0 && weights > 0;
        rows.push_back(
            {{kpi::title(line.metric)},
             {kpi::formatShown(line.metric, line.target, m_display)},
             {kpi::formatShown(line.metric, line.actual, m_display)},
             {percent(line.score, 0), line.score ? scoreColor(line.score) : QColor(),
              bool(line.score)},
             {units::number(line.weight, line.weight == std::round(line.weight) ? 0 : 2)},
             {counted ? percent(line.weight / weights, 0) : QStringLiteral("—")}});
    }
    addTable(layout, sized(8.5),
             {{tr("KPI"), 3.0},
              {tr("Target"), 1.4, Qt::AlignRight},
              {tr("Actual"), 1.4, Qt::AlignRight},
              {tr("Score"), 1.1, Qt::AlignRight},
              {tr("Weight"), 1.0, Qt::AlignRight},
              {tr("Share"), 1.0, Qt::AlignRight}},
             rows);
}

namespace {

// "▲ 12.3%" in the colour of what the change means for the KPI; "—" without arrow or colour
// when either week's value is not defined.
TableCell changeCell(const kpi::KpiRow &row, const units::Display &display)
{
    const auto delta = row.change();
    if (!delta || !std::isfinite(*delta))
        return {QStringLiteral("—")};
    QString text;
    const kpi::Unit unit = kpi::info(row.metric).unit;
    if (unit == kpi::Unit::Ratio)
        //: A change in percentage points
        text = WeeklyReport::tr("%1 pp").arg(units::percentagePoints(*row.previous, *row.current));
    else if (const auto relative = row.relativeChange())
        text = percent(std::abs(*relative));
    else
        text = kpi::format(row.metric, std::abs(*delta), display);
    const int direction = row.direction();
    if (direction == 0)
        return {QStringLiteral("= ") + text, muted};
    const QString arrow = *delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
    return {arrow + text, direction > 0 ? good : bad};
}

} // namespace

void WeeklyReport::addKpis(PageLayout &layout)
{
    addHeading(layout, tr("KPIs"),
               tr("This week against last week and the target; the line shows the last %n "
                  "weeks.",
                  nullptr, int(m_data.scan.trend.weeks.size())));
    std::vector<std::vector<TableCell>> rows;
    const double lineWidth = layout.pt(1);
    for (const kpi::KpiRow &row : m_data.kpis) {
        TableCell spark;
        spark.paint = [values = row.trend, lineWidth](QPainter &painter, const QRectF &rect) {
            paintSparkline(&painter,
                           rect.adjusted(0, rect.height() * 0.18, 0, -rect.height() * 0.18), values,
                           chartcolor::primary, lineWidth);
        };
        rows.push_back({{kpi::title(row.metric)},
                        {kpi::formatShown(row.metric, row.current, m_display), QColor(), true},
                        {kpi::formatShown(row.metric, row.previous, m_display)},
                        changeCell(row, m_display),
                        {kpi::format(row.metric, row.target, m_display)},
                        spark});
    }
    addTable(layout, sized(8.5),
             {{tr("KPI"), 2.7},
              {m_data.soFar ? tr("This week so far") : tr("This week"), 1.3, Qt::AlignRight},
              {m_data.soFar ? tr("Last week, same days") : tr("Last week"), 1.3, Qt::AlignRight},
              {tr("Change"), 1.2, Qt::AlignRight},
              {tr("Target"), 1.2, Qt::AlignRight},
              {tr("Trend"), 1.5, Qt::AlignCenter}},
             rows);
}

void WeeklyReport::paintChart(QPainter &painter, const QRectF &rect, int kind)
{
    const ChartStyle style{sized(7), true};
    switch (kind) {
    case TrendChart:
        Charts::memberTrend(m_plot.get(), m_data.scan.trend, style);
        break;
    case FunnelChart:
        Charts::funnel(m_plot.get(), m_data.funnel, style);
        break;
    case ContentChart:
        Charts::topContent(m_plot.get(), m_data.topContent, style);
        break;
    case GroupChart:
        Charts::groupHealth(m_plot.get(), m_data.groups, style);
        break;
    case CostChart: {
        Charts::costVsGmv(m_plot.get(), m_data.scan.trend, style);
        // Axes of amounts name the currency on paper.
        const QString symbol = units::currencySymbol(m_display.currency).trimmed();
        //: An axis of amounts, %1 the currency symbol: "Cost (¥)"
        m_plot->yAxis->setLabel(tr("Cost (%1)").arg(symbol));
        //: An axis of amounts, %1 the currency symbol: "GMV (¥)"
        m_plot->yAxis2->setLabel(tr("GMV (%1)").arg(symbol));
        break;
    }
    default:
        return;
    }
    const double dpi = painter.device()->logicalDpiY();
    const QSize layoutSize(int(std::lround(rect.width() / dpi * m_pictureDpi)),
                           int(std::lround(rect.height() / dpi * m_pictureDpi)));
    renderPlot(m_plot.get(), &painter, rect, layoutSize);
}

// What a chart shows, for the dump: its data labels (the drawing itself is compared as an
// image).
QStringList WeeklyReport::chartText(int kind) const
{
    QStringList out;
    switch (kind) {
    case TrendChart:
    case CostChart:
        if (!m_data.scan.trend.weeks.empty())
            out << QStringLiteral("%1 … %2").arg(
                timeutil::isoWeekName(m_data.scan.trend.weeks.front().period.firstDay),
                timeutil::isoWeekName(m_data.scan.trend.weeks.back().period.firstDay));
        break;
    case ContentChart:
        for (const kpi::ContentRow &row : m_data.topContent)
            out << QStringLiteral("%1: %2").arg(row.title, percent(row.interactionRate));
        break;
    case GroupChart:
        for (const kpi::GroupHealthRow &row : m_data.groups)
            out << row.name;
        break;
    default:
        break;
    }
    return out;
}

void WeeklyReport::addChart(PageLayout &layout, double heightPt, const QString &title,
                            const QString &secondTitle, int kind, int secondKind)
{
    PageLayout::Block block;
    const QFont titleFont = sized(9, true);
    const double titleHeight = QFontMetricsF(titleFont, layout.device()).height() + layout.pt(2);
    block.height = layout.pt(heightPt) + titleHeight;
    const double gap = layout.pt(14);
    block.text << title << chartText(kind);
    if (secondKind != NoChart)
        block.text << secondTitle << chartText(secondKind);
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        const double w = secondKind == NoChart ? rect.width() : (rect.width() - gap) / 2;
        const QString titles[] = {title, secondTitle};
        const int kinds[] = {kind, secondKind};
        for (int i = 0; i < 2 && kinds[i] != NoChart; ++i) {
            const double x = rect.left() + i * (w + gap);
            painter.setPen(ink);
            painter.setFont(titleFont);
            painter.drawText(QRectF(x, rect.top(), w, titleHeight), Qt::AlignLeft | Qt::AlignTop,
                             titles[i]);
            paintChart(painter, QRectF(x, rect.top() + titleHeight, w, rect.height() - titleHeight),
                       kinds[i]);
        }
    };
    layout.add(std::move(block));
    layout.addSpace(8);
}

void WeeklyReport::addCharts(PageLayout &layout)
{
    const int weeks = int(m_data.scan.trend.weeks.size());
    addHeading(layout, tr("Trends"));
    addChart(layout, 170, tr("Member growth and activity, last %n weeks", nullptr, weeks),
             QString(), TrendChart, NoChart);
    addChart(layout, 150, tr("Conversion funnel"), tr("Top content by interaction rate"),
             FunnelChart, ContentChart);
    addChart(layout, 170,
             tr("Group health: the %n largest groups", nullptr,
                int(std::min<size_t>(m_data.groups.size(), Charts::maxGroups))),
             tr("Campaign cost against GMV, last %n weeks", nullptr, weeks), GroupChart, CostChart);
}

void WeeklyReport::addCampaigns(PageLayout &layout)
{
    addHeading(layout, tr("Campaigns"),
               tr("Campaigns that ran this week. Cost, GMV (paid orders naming the campaign) "
                  "and ROI run from the campaign's start to the end of the week."));
    if (m_data.campaigns.empty()) {
        addNote(layout, tr("No campaign ran this week."));
        return;
    }
    std::vector<std::vector<TableCell>> rows;
    for (const kpi::CampaignRow &c : m_data.campaigns) {
        const QString dates = c.end.isValid() ? kpi::dateRange(c.start, c.end, m_display)
                                              //: A campaign without an end date: "from 16 Nov 2026"
                                              : tr("from %1").arg(units::date(c.start, m_display));
        const QColor roiColor = !c.roiToDate ? muted : *c.roiToDate >= 0 ? good : bad;
        rows.push_back({{c.name},
                        {campaignType(c.type)},
                        {dates},
                        {units::money(c.costInPeriodCents, m_display)},
                        {units::money(c.costToDateCents, m_display)},
                        {units::money(c.gmvToDateCents, m_display)},
                        {percent(c.roiToDate, 0), roiColor, true}});
    }
    addTable(layout, sized(8),
             {{tr("Campaign"), 2.4},
              {tr("Type"), 1.2},
              {tr("Dates"), 1.6},
              {tr("Cost this week"), 1.6, Qt::AlignRight},
              {tr("Cost to date"), 1.4, Qt::AlignRight},
              {tr("GMV to date"), 1.5, Qt::AlignRight},
              {tr("ROI"), 0.8, Qt::AlignRight}},
             rows);
}

void WeeklyReport::addAlerts(PageLayout &layout)
{
    addHeading(layout, tr("Alerts"));
    addChurnWarnings(layout);
    addGroupsNearCap(layout);
    addContactAlerts(layout);
}

void WeeklyReport::addChurnWarnings(PageLayout &layout)
{
    const kpi::ChurnWarnings &churn = m_data.scan.churn;
    addHeading(layout, tr("Churn warnings (%1)").arg(count(churn.count)),
               tr("Members whose activity in the last %1 weeks fell to a quarter or less of "
                  "their own level in the %2 weeks before. Candidates for a recall campaign.")
                   .arg(churn.recentWeeks)
                   .arg(churn.earlierWeeks),
               10.5);
    if (churn.members.empty())
        return;
    std::vector<std::vector<TableCell>> rows;
    for (const kpi::ChurnWarning &w : kpi::sortedByFall(churn.members)) {
        rows.push_back({{w.label},
                        {units::number(w.earlierPerWeek, 1)},
                        {units::number(w.recentPerWeek, 1)},
                        {percent(kpi::fall(w), 0), kpi::fall(w) ? bad : QColor()}});
    }
    addTable(layout, sized(8),
             {{tr("Member"), 2.4},
              {tr("Before (events a week)"), 2, Qt::AlignRight},
              {tr("Lately (events a week)"), 2, Qt::AlignRight},
              {tr("Fall"), 0.8, Qt::AlignRight}},
             rows);
    if (churn.count > qint64(churn.members.size()))
        addNote(layout, tr("… and %n more: open the KPIs area to list them all.", nullptr,
                           int(churn.count - qint64(churn.members.size()))));
}

void WeeklyReport::addGroupsNearCap(PageLayout &layout)
{
    addHeading(
        layout,
        tr("Groups near their member cap (%1)").arg(count(qint64(m_data.groupsNearCap.size()))),
        tr("Groups at 90% or more of their member cap: open a new group or clean up "
           "before people are turned away."),
        10.5);
    if (m_data.groupsNearCap.empty())
        return;
    std::vector<std::vector<TableCell>> rows;
    for (const kpi::GroupHealthRow &g : m_data.groupsNearCap) {
        rows.push_back({{g.name},
                        {g.platform.isEmpty() ? QStringLiteral("—") : platforms::title(g.platform)},
                        {count(g.figures.members)},
                        {g.memberCap ? count(*g.memberCap) : QStringLiteral("—")},
                        {percent(g.fill(), 0), warn, true}});
    }
    addTable(layout, sized(8),
             {{tr("Group"), 3},
              {tr("Platform"), 1.4},
              {tr("Members"), 1, Qt::AlignRight},
              {tr("Cap"), 1, Qt::AlignRight},
              {tr("Fill"), 1, Qt::AlignRight}},
             rows);
}

void WeeklyReport::addContactAlerts(PageLayout &layout)
{
    const kpi::ContactAlerts &contacts = m_data.contacts;
    addHeading(layout, tr("Members contacted too often (%1)").arg(count(contacts.count)),
               tr("Members reached by more than %1 content items or campaigns this week (the "
                  "workspace's weekly contact cap).")
                   .arg(contacts.cap),
               10.5);
    if (contacts.members.empty())
        return;
    std::vector<std::vector<TableCell>> rows;
    for (const kpi::OverContacted &m : contacts.members)
        rows.push_back({{m.label}, {count(m.contacts), bad, true}});
    addTable(layout, sized(8), {{tr("Member"), 4}, {tr("Contacts this week"), 1.5, Qt::AlignRight}},
             rows);
    if (contacts.count > qint64(contacts.members.size()))
        addNote(layout, tr("… and %n more.", nullptr,
                           int(contacts.count - qint64(contacts.members.size()))));
}

QStringList WeeklyReport::footerText(int page, int pages) const
{
    //: Footer: %1 the brand, %2 the week, %3 date and time
    return {tr("%1 · %2 · Generated %3 by Siyu")
                .arg(m_data.brandName, m_data.periodName,
                     units::dateTime(m_data.generatedAt, m_display)),
            tr("Page %1 of %2").arg(page + 1).arg(pages)};
}

void WeeklyReport::paintFooter(QPainter &painter, const QRectF &rect, int page, int pages) const
{
    const double pt = painter.device()->logicalDpiY() / 72.0;
    painter.setPen(QPen(rule, 0.75 * pt));
    painter.drawLine(QPointF(rect.left(), rect.top() + 6 * pt),
                     QPointF(rect.right(), rect.top() + 6 * pt));
    painter.setPen(muted);
    painter.setFont(sized(7.5));
    const QStringList text = footerText(page, pages);
    const QRectF area = rect.adjusted(0, 8 * pt, 0, 0);
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, text.at(1));
    const double pageWidth =
        QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(text.at(1));
    drawWrapped(painter, area.adjusted(0, 0, -pageWidth - 12 * pt, 0), text.at(0),
                Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace siyu
