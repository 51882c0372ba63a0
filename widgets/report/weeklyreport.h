// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/units.h"

#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <memory>

class QCustomPlot;
class QImage;
class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace siyu::kpi {
struct ReportData;
}

namespace siyu {

class PageLayout;

// The weekly KPI report: one layout painted with QPainter onto any paged device — a PDF
// file, a printer, the print preview. Pages never cut a table row or a chart; every page has
// its number and the generation time in the footer; charts are vector graphics.
class WeeklyReport
{
    Q_DECLARE_TR_FUNCTIONS(siyu::WeeklyReport)

public:
    // `language` ("zh_CN" or "en") picks the fonts and date formats; the text itself comes
    // from the translator installed for it.
    WeeklyReport(const kpi::ReportData &data, const QString &language);
    ~WeeklyReport();
    WeeklyReport(const WeeklyReport &) = delete;
    WeeklyReport &operator=(const WeeklyReport &) = delete;

    // Paints every page onto `device`, starting on its current page; returns the page count.
    int print(QPagedPaintDevice *device);

    // Writes the report to a PDF file of the given page size (whole or not at all); returns
    // the number of pages.
    static Result<int> writePdf(const kpi::ReportData &data, const QString &language,
                                const QPageSize &pageSize, const QString &path);
    // Everything the report writes, page by page in reading order ("--- page 1 ---", then the
    // text of each block and the footer), laid out exactly as writePdf() lays it out. The
    // reference files of the tests are these dumps.
    static QStringList dump(const kpi::ReportData &data, const QString &language,
                            const QPageSize &pageSize);
    // Page `index` (0-based) painted onto a white image of the whole sheet at `dpi`; a null
    // image when there is no such page.
    static QImage pageImage(const kpi::ReportData &data, const QString &language,
                            const QPageSize &pageSize, int index, int dpi);
    // The margins every report page uses.
    static QMarginsF margins();
    // The report's font: for Chinese a CJK font that PDFs embed and extract cleanly.
    static QFont font(const QString &language);

private:
    void build(PageLayout &layout);
    double footerHeight(double dpi) const { return 22 * dpi / 72; }
    void paintPage(QPainter &painter, const PageLayout &layout, const QSizeF &page, int index);
    QStringList footerText(int page, int pages) const;
    void addHeader(PageLayout &layout);
    void addSummary(PageLayout &layout);
    void addText(PageLayout &layout, const QString &text, double points, bool bold,
                 const QString &bullet = {});
    void addHeading(PageLayout &layout, const QString &title, const QString &note = {},
                    double points = 12.5);
    void addNote(PageLayout &layout, const QString &text);
    void addScorecard(PageLayout &layout);
    void addKpis(PageLayout &layout);
    void addCharts(PageLayout &layout);
    void addChart(PageLayout &layout, double heightPt, const QString &title,
                  const QString &secondTitle, int kind, int secondKind);
    void addCampaigns(PageLayout &layout);
    void addAlerts(PageLayout &layout);
    void addChurnWarnings(PageLayout &layout);
    void addGroupsNearCap(PageLayout &layout);
    void addContactAlerts(PageLayout &layout);
    void paintChart(QPainter &painter, const QRectF &rect, int kind);
    void paintFooter(QPainter &painter, const QRectF &rect, int page, int pages) const;
    QStringList chartText(int kind) const;

    QFont sized(double points, bool bold = false) const;

    const kpi::ReportData &m_data;
    QString m_language;
    units::Display m_display; // the workspace's currency and zone, the report's language
    QFont m_font;
    std::unique_ptr<QCustomPlot> m_plot;
    double m_pictureDpi = 96;
};

} // namespace siyu
