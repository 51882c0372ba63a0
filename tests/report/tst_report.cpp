// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly report rendered headless: both languages, both page sizes, read back with
// poppler's pdftotext; and the page layout that never cuts a block.
#include "fixture.h"
#include "pdftools.h"

#include "models/kpi/reportdata.h"
#include "models/kpi/scorecard.h"
#include "widgets/common/language.h"
#include "widgets/report/pagelayout.h"
#include "widgets/report/reportprinter.h"
#include "widgets/report/weeklyreport.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<kpi::ReportData> m_data;

    QString write(const QString &language, const QPageSize &size, const QString &name)
    {
        language::install(language);
        const QString keep = qEnvironmentVariable("SIYU_KEEP_REPORTS");
        const QString path = keep.isEmpty() ? m_dir.filePath(name) : keep + QLatin1Char('/') + name;
        auto pages = WeeklyReport::writePdf(*m_data, language, size, path);
        language::install(QStringLiteral("en"));
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
        auto request = kpi::weekRequest(*m_ws, QStringLiteral("2026-W47"));
        QVERIFY(request.ok());
        auto data = kpi::buildReportData(*m_ws, *request);
        QVERIFY(data.ok());
        m_data = std::make_unique<kpi::ReportData>(std::move(*data));
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
             {QStringLiteral("2026-W47"), QStringLiteral("brand"),
              QStringLiteral("双十一预热 Double 11"), QStringLiteral("张三"),
              QStringLiteral("Li Si"), QStringLiteral("Early birds"), QStringLiteral("100.50"),
              QStringLiteral("160%")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        if (language == QLatin1String("en")) {
            // One footer per page, numbered up to the page count.
            QCOMPARE(text.count(QStringLiteral("brand · 2026-W47 · Generated")), pages);
            for (const char *expected : {"Weekly KPI report", "Scorecard", "Campaigns", "Alerts",
                                         "Churn warnings", "Members contacted too often",
                                         "Groups near their member cap", "Conversion funnel"})
                QVERIFY2(text.contains(QLatin1String(expected)), expected);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
            QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
            QVERIFY(text.contains(QStringLiteral("16 Nov 2026 – 22 Nov 2026")));
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
