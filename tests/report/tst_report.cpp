// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report rendered headless: both languages, both page sizes, read back with
// poppler's pdftotext; and the page layout that never cuts a block.
#include "fixture.h"
#include "pdftools.h"

#include "models/kpi/reportdata.h"
#include "models/kpi/scorecard.h"
#include "widgets/charts/charts.h"
#include "widgets/charts/qcp.h"
#include "widgets/common/language.h"
#include "widgets/report/pagelayout.h"
#include "widgets/report/reportprinter.h"
#include "widgets/report/weeklyreport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(SIYU_TEST_DATA "/") + name;
}

// Writes a missing reference file when asked to (SIYU_WRITE_REPORT_REFERENCES=1; see
// tests/report/data/README.md); an existing one is never replaced here.
bool writeMissingReference(const QString &path, const QByteArray &content)
{
    if (QFile::exists(path) || !qEnvironmentVariableIsSet("SIYU_WRITE_REPORT_REFERENCES"))
        return true;
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size() && out.flush();
}

// The share of pixels whose colour differs by more than a faint shade in any channel.
double differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 40 ||
                std::abs(qGreen(p[col]) - qGreen(q[col])) > 40 ||
                std::abs(qBlue(p[col]) - qBlue(q[col])) > 40)
                ++differing;
        }
    }
    return double(differing) / double(qint64(x.width()) * x.height());
}

// The report's language with the catalogue the application ships (built beside it).
void useLanguage(const QString &code)
{
    language::install(code, QStringLiteral(SIYU_QM_DIR));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<kpi::ReportData> m_data;

    QString write(const QString &language, const QPageSize &size, const QString &name)
    {
        useLanguage(language);
        const QString keep = qEnvironmentVariable("SIYU_KEEP_REPORTS");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : keep + QLatin1Char('/') + name;
        auto pages = WeeklyReport::writePdf(*m_data, language, size, path);
        useLanguage(QStringLiteral("en"));
        if (!pages)
            qWarning("%s", qPrintable(pages.error().toString()));
        return pages ? path : QString();
    }

private slots:
    void initTestCase()
    {
        m_ws = fixture::create(m_dir.filePath(QStringLiteral("brand.siyu")), "Asia/Shanghai");
        QVERIFY(m_ws);
        QVERIFY(kpi::TargetRepository(*m_ws).setTarget(kpi::PeriodKind::Week, fixture::monday(47),
                                                       {kpi::Metric::ActiveMembers, 4, 2}));
        QVERIFY(kpi::TargetRepository(*m_ws).setTarget(kpi::PeriodKind::Week, fixture::monday(47),
                                                       {kpi::Metric::Gmv, 80, 1}));
        QVERIFY(settings::brandName.set(*m_ws, QStringLiteral("Qingyou 青柚")));
        // A fixed "now" after the week, so that the report is the same on every run.
        const qint64 now = fixture::at(*m_ws, "2026-11-26 10:00");
        auto request = kpi::weekRequest(*m_ws, QStringLiteral("2026-W47"), now);
        QVERIFY(request.ok());
        auto data = kpi::buildReportData(*m_ws, *request);
        QVERIFY(data.ok());
        m_data = std::make_unique<kpi::ReportData>(std::move(*data));
        m_data->generatedAt = now;
    }

    void renders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("size");
        QTest::newRow("en-A4") << QStringLiteral("en") << int(QPageSize::A4);
        QTest::newRow("en-Letter") << QStringLiteral("en") << int(QPageSize::Letter);
        QTest::newRow("zh-A4") << QStringLiteral("zh_CN") << int(QPageSize::A4);
        QTest::newRow("zh-Letter") << QStringLiteral("zh_CN") << int(QPageSize::Letter);
    }
    void renders()
    {
        QFETCH(QString, language);
        QFETCH(int, size);
        if (!pdf::available())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
        const QString file = write(language, QPageSize(QPageSize::PageSizeId(size)),
                                   QStringLiteral("%1-%2.pdf").arg(language).arg(size));
        QVERIFY(!file.isEmpty());
        const int pages = pdf::pages(file);
        QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));
        const QString info = pdf::info(file);
        QVERIFY(info.contains(size == int(QPageSize::A4) ? QStringLiteral("(A4)")
                                                         : QStringLiteral("(letter)")));
        const QString text = pdf::text(file);
        // What does not depend on the translation: the week, the data, the numbers.
        for (const QString &expected :
             {QStringLiteral("2026-W47"), QStringLiteral("Qingyou 青柚"),
              QStringLiteral("双十一预热 Double 11"), QStringLiteral("张三"),
              QStringLiteral("Li Si"), QStringLiteral("Early birds"), QStringLiteral("100.50"),
              QStringLiteral("160%")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        if (language == QLatin1String("en")) {
            // One footer per page, numbered up to the page count.
            QCOMPARE(text.count(QStringLiteral("Qingyou 青柚 · 2026-W47 · Generated")), pages);
            for (const char *expected :
                 {"Weekly report — Qingyou 青柚 — week 47", "Summary", "Scorecard", "Campaigns",
                  "Alerts", "Churn warnings", "Members contacted too often",
                  "Groups near their member cap", "Conversion funnel"})
                QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
            QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
            QVERIFY(text.contains(QStringLiteral("compared with week 46, 9–15 Nov 2026")));
        } else {
            QVERIFY(pdf::fonts(file).contains(QStringLiteral("WenQuanYi")));
        }
    }

    void chartsAreVectors()
    {
        if (!pdf::available())
            QSKIP("poppler-utils are not installed");
        const QString file =
            write(QStringLiteral("en"), QPageSize(QPageSize::A4), QStringLiteral("vector.pdf"));
        // Axis labels of the charts are text in the PDF, not pixels.
        const QString text = pdf::text(file);
        QVERIFY(text.contains(QStringLiteral("ISO week")));
        QVERIFY(text.contains(QStringLiteral("Repeat buyers")));
        QVERIFY(text.contains(QStringLiteral("Member day recap")));
    }

    void writeFailsOnBadPath()
    {
        auto pages = WeeklyReport::writePdf(*m_data, QStringLiteral("en"), QPageSize(QPageSize::A4),
                                            m_dir.filePath(QStringLiteral("missing/dir/x.pdf")));
        QVERIFY(!pages.ok());
    }

    // The window's export may not replace the open workspace or SQLite's files beside it.
    void windowExportNeverReplacesTheWorkspace()
    {
        QFile original(m_ws->path());
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QString link = m_dir.filePath(QStringLiteral("brand-link.pdf"));
        QVERIFY(QFile::link(m_ws->path(), link));
        const ReportPrinter printer(*m_data, QStringLiteral("en"));
        for (const QString &target :
             QStringList{m_ws->path(), m_ws->path() + QStringLiteral("-wal"),
                         m_ws->path() + QStringLiteral("-shm"), link}) {
            auto pages = printer.writePdf(target, m_ws->path());
            QVERIFY2(!pages.ok(), qPrintable(target));
            QVERIFY(pages.error().message.contains(QLatin1String("The PDF file names")));
        }
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        auto pages = printer.writePdf(m_dir.filePath(QStringLiteral("fine.pdf")), m_ws->path());
        QVERIFY2(pages.ok() && *pages > 0,
                 qPrintable(pages ? QString() : pages.error().toString()));
    }

    // tests/report/data/report-LANG.txt: everything the report writes, page by page, for the
    // fixture brand's week 47 at a fixed "now". A change to what the report says shows here
    // as a diff to review.
    void matchesTheReferenceDump_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void matchesTheReferenceDump()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QStringList dump = WeeklyReport::dump(*m_data, language, QPageSize(QPageSize::A4));
        useLanguage(QStringLiteral("en"));
        const QString text = dump.join(QLatin1Char('\n')) + QLatin1Char('\n');
        // A Chinese report written with the English catalogue would match an English reference.
        if (language != QLatin1String("en"))
            QVERIFY2(!dump.contains(QStringLiteral("Summary")),
                     "the report's catalogue was not loaded");
        const QString name = dataPath(QStringLiteral("report-%1.txt").arg(language));
        QVERIFY(writeMissingReference(name, text.toUtf8()));
        QFile committed(name);
        QVERIFY2(committed.open(QIODevice::ReadOnly), qPrintable(name));
        const QStringList expected =
            QString::fromUtf8(committed.readAll()).split(QLatin1Char('\n'));
        const QStringList actual = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QVERIFY2(actual[i] == expected[i],
                     qPrintable(QStringLiteral("line %1:\n  got      %2\n  expected %3")
                                    .arg(i + 1)
                                    .arg(actual[i], expected[i])));
        QCOMPARE(actual.size(), expected.size());
    }

    // The first page opens with the summary: the brand and week, then the sentences.
    void firstPageHasTheSummary()
    {
        const QStringList dump =
            WeeklyReport::dump(*m_data, QStringLiteral("en"), QPageSize(QPageSize::A4));
        const qsizetype page2 = dump.indexOf(QStringLiteral("--- page 2 ---"));
        const QStringList first = dump.mid(0, page2);
        QCOMPARE(first.value(1),
                 QStringLiteral("Weekly report — Qingyou 青柚 — week 47, 16–22 Nov 2026"));
        const qsizetype summary = first.indexOf(QStringLiteral("Summary"));
        QVERIFY(summary > 0);
        QVERIFY(first.value(summary + 1).startsWith(QStringLiteral("Scorecard ")));
        int sentences = 0;
        for (const QString &line : first)
            sentences += line.startsWith(QStringLiteral("• ")) ? 1 : 0;
        QVERIFY2(sentences >= 3 && sentences <= 5, qPrintable(QString::number(sentences)));
        // Amounts carry the currency; nothing is shortened with an ellipsis.
        QVERIFY(dump.join(QLatin1Char('\n')).contains(QStringLiteral("¥100.50")));
        QVERIFY(!dump.join(QLatin1Char('\n')).contains(QChar(0x2026) + QStringLiteral(" |")));
    }

    // tests/report/data/page-1-en.png: the first page painted at 72 dpi; the drawing may
    // differ from it in at most 2% of its pixels (anti-aliasing, font versions).
    void firstPageLooksLikeTheReference()
    {
        const QImage page =
            WeeklyReport::pageImage(*m_data, QStringLiteral("en"), QPageSize(QPageSize::A4), 0, 72);
        QVERIFY(!page.isNull());
        QCOMPARE(page.size(), QSize(595, 842));
        const QString name = dataPath(QStringLiteral("page-1-en.png"));
        if (!QFile::exists(name) && qEnvironmentVariableIsSet("SIYU_WRITE_REPORT_REFERENCES"))
            QVERIFY(page.save(name));
        const QImage reference(name);
        QVERIFY2(!reference.isNull(), qPrintable(name));
        const double differing = differingPixels(page, reference);
        if (differing >= 0.02)
            page.save(m_dir.filePath(QStringLiteral("page-1-en.actual.png")));
        QVERIFY2(
            differing < 0.02,
            qPrintable(QStringLiteral("%1% of the pixels differ").arg(differing * 100, 0, 'f', 2)));
        // The page is not half empty: ink reaches past two thirds of its height.
        int lastInked = 0;
        for (int row = 0; row < page.height() - 60; ++row) {
            for (int col = 0; col < page.width(); ++col) {
                if (page.pixel(col, row) != qRgb(255, 255, 255)) {
                    lastInked = row;
                    break;
                }
            }
        }
        QVERIFY2(lastInked > page.height() * 2 / 3, qPrintable(QString::number(lastInked)));
    }

    // A table whose header and first rows do not fit at the page foot moves to the next page
    // whole; one that fits them starts where it is; the last page of a long table has two rows
    // or more.
    void tableNeverStartsWithALoneRow()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QFont font;
        font.setPointSizeF(9);
        const double row = QFontMetricsF(font, &writer).height() + 6 * 300 / 72.0;
        for (const double room : {2.5, 4.5}) {
            PageLayout layout(&writer, QSizeF(1000, 1200));
            PageLayout::Block filler;
            filler.height = 1200 - room * row - 1; // room for `room` rows (header included)
            layout.add(filler);
            std::vector<std::vector<TableCell>> rows(
                30, {TableCell(QStringLiteral("x")), TableCell(QStringLiteral("1"))});
            addTable(layout, font, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}}, rows);
            const int pages = layout.paginate();
            const int onFirst = int(layout.placements(0).size()) - 1; // less the filler
            if (room < 4)
                QCOMPARE(onFirst, 0);
            else
                QCOMPARE(onFirst, 1 + tableRowsKeptWithHeader); // the header and three rows
            const int onLast = int(layout.placements(pages - 1).size()) - 1; // less the header
            QVERIFY2(onLast >= tableRowsKeptAtEnd, qPrintable(QString::number(onLast)));
        }
    }

    // A cell's text wraps, and a number too wide for its cell is set smaller: never "…".
    void cellsWrapInsteadOfEliding()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QFont font;
        font.setPointSizeF(9);
        PageLayout layout(&writer, QSizeF(1000, 4000));
        const QString longName = QStringLiteral("Qingyou Anniversary Lucky Draw 周年庆幸运抽奖");
        addTable(layout, font, {{QStringLiteral("Campaign"), 1}, {QStringLiteral("ROI"), 4}},
                 {{TableCell(longName), TableCell(QStringLiteral("1"))}});
        layout.paginate();
        const double oneLine = QFontMetricsF(font, &writer).height();
        QVERIFY(layout.block(1).height > 2 * oneLine);
        QCOMPARE(layout.block(1).text.value(0), longName + QStringLiteral(" | 1"));
        const QString number = QStringLiteral("¥1,234,567,890.00");
        const double width = QFontMetricsF(font, &writer).horizontalAdvance(number) * 0.8;
        const QFont fitted = fittedFont(font, &writer, number, width);
        QVERIFY(fitted.pointSizeF() < font.pointSizeF());
        QVERIFY(QFontMetricsF(fitted, &writer).horizontalAdvance(number) <= width + 0.5);
    }

    // On paper a chart's long label breaks into lines; it is never shortened with "…".
    void chartLabelsWrapOnPaper()
    {
        const QString latin = QStringLiteral("Qingyou Anniversary Lucky Draw rules and prizes");
        const QString chinese = QStringLiteral("青柚周年庆幸运抽奖活动规则与奖品说明");
        std::vector<kpi::ContentRow> rows(2);
        rows[0].title = latin;
        rows[0].reads = 10;
        rows[0].interactionRate = 0.5;
        rows[1].title = chinese;
        rows[1].reads = 10;
        rows[1].interactionRate = 0.25;
        QCustomPlot plot;
        Charts::topContent(&plot, rows, ChartStyle{WeeklyReport::font(QStringLiteral("en")), true});
        const auto ticker = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QString first = ticker->ticks().value(0);
        const QString second = ticker->ticks().value(1);
        QVERIFY2(first.contains(QLatin1Char('\n')), qPrintable(first));
        QCOMPARE(QString(first).replace(QLatin1Char('\n'), QLatin1Char(' ')), latin);
        QCOMPARE(QString(second).remove(QLatin1Char('\n')), chinese);
        QVERIFY(!first.contains(QChar(0x2026)) && !second.contains(QChar(0x2026)));
    }

    void layoutNeverCutsABlock()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        PageLayout layout(&writer, QSizeF(1000, 1200));
        QFont font;
        font.setPointSizeF(9);
        PageLayout::Block heading;
        heading.height = 200;
        heading.keepWithNext = true;
        layout.add(heading);
        std::vector<std::vector<TableCell>> rows(120, {TableCell(QStringLiteral("x"))});
        layout.addSpace(20);
        PageLayout::Block tall;
        tall.height = 900;
        layout.add(tall);
        PageLayout::Block heading2 = heading;
        layout.add(heading2);
        addTable(layout, font, {{QStringLiteral("A"), 1}}, rows);
        const int pages = layout.paginate();
        QVERIFY(pages >= 3);
        int rowsSeen = 0;
        for (int p = 0; p < pages; ++p) {
            const auto &placed = layout.placements(p);
            QVERIFY(!placed.empty());
            for (const auto &placement : placed) {
                const auto &block = layout.block(placement.block);
                QVERIFY(placement.y >= 0);
                QVERIFY2(placement.y + block.height <= layout.pageHeight() + 1e-6,
                         "a block runs over the page end");
                rowsSeen += block.repeatHeader >= 0 ? 1 : 0;
            }
            // No heading or table header is the last thing on a page.
            QVERIFY(!layout.block(placed.back().block).keepWithNext || p == pages - 1);
            if (p > 0 && layout.block(placed.front().block).repeatHeader >= 0)
                QFAIL("a continued table starts without its header");
        }
        QCOMPARE(rowsSeen, 120);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
