// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/report/reportprinter.h"

#include "models/common/sidefile.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/summary.h"
#include "models/store/settings.h"
#include "widgets/common/language.h"
#include "widgets/report/weeklyreport.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace siyu {

namespace {

// Installs the report's language while a report is painted, and the interface's again after.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
        : m_interface(language::effective()), m_switched(language != m_interface)
    {
        if (m_switched)
            language::install(language);
    }
    ~LanguageScope()
    {
        if (m_switched)
            language::install(m_interface);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_interface;
    bool m_switched;
};

} // namespace

ReportPrinter::ReportPrinter(const kpi::ReportData &data, const QString &language)
    : m_data(data), m_language(language)
{}

QString ReportPrinter::languageFor(const Workspace &workspace)
{
    const QString chosen = settings::reportLanguage.get(workspace);
    if (chosen.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (chosen.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return language::effective();
}

QPageSize ReportPrinter::defaultPageSize()
{
    const QLocale::Territory territory = QLocale::system().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

void ReportPrinter::setUp(QPrinter &printer) const
{
    printer.setPageSize(defaultPageSize());
    printer.setPageMargins(WeeklyReport::margins(), QPageLayout::Millimeter);
    printer.setDocName(kpi::reportTitle(m_data, kpi::reportDisplay(m_data, m_language)));
}

int ReportPrinter::paint(QPrinter *printer) const
{
    const LanguageScope scope(m_language);
    WeeklyReport report(m_data, m_language);
    return report.print(printer);
}

void ReportPrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Weekly report %1 — print preview").arg(m_data.periodName));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *target) { paint(target); });
    dialog.resize(960, 1000);
    dialog.exec();
}

bool ReportPrinter::print(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print weekly report %1").arg(m_data.periodName));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(&printer);
    return true;
}

Result<QString> ReportPrinter::exportPdf(QWidget *parent, const QString &workspacePath) const
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.pdf").arg(m_data.workspaceName, m_data.periodName));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export weekly report as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return QString();
    auto pages = writePdf(path, workspacePath);
    if (!pages)
        return pages.error();
    return path;
}

Result<int> ReportPrinter::writePdf(const QString &path, const QString &workspacePath) const
{
    if (const Status status = checkSideFile(tr("The PDF file"), path, workspacePath); !status)
        return status.error();
    const LanguageScope scope(m_language);
    return WeeklyReport::writePdf(m_data, m_language, defaultPageSize(), path);
}

} // namespace siyu
