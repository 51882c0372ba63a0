// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <memory>

class QCustomPlot;
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
    // The margins every report page uses.
    static QMarginsF margins();
    // The report's font: for Chinese a CJK font that PDFs embed and extract cleanly.
    static QFont font(const QString &language);

private:
    void build(PageLayout &layout);
    void addHeader(PageLayout &layout);
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

    QString soFarLine() const;
    QString dateRange(const QDate &first, const QDate &endExclusive) const;
    QFont sized(double points, bool bold = false) const;

    const kpi::ReportData &m_data;
    QString m_language;
    QFont m_font;
    std::unique_ptr<QCustomPlot> m_plot;
    double m_pictureDpi = 96;
};

} // namespace siyu
