// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/weekplanprinter.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "widgets/common/language.h"
#include "widgets/members/counted.h"
#include "widgets/report/reportprinter.h"

#include <QDateTime>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace siyu {

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

// The plan is written in its own language; the window's comes back afterwards.
class InLanguage
{
public:
    explicit InLanguage(const QString &code) : m_window(language::effective())
    {
        if (code != m_window)
            language::install(code);
        m_switched = code != m_window;
    }
    ~InLanguage()
    {
        if (m_switched)
            language::install(m_window);
    }

private:
    QString m_window;
    bool m_switched = false;
};

} // namespace

WeekPlanPrinter::WeekPlanPrinter(std::vector<ContentItem> items, const QDate &monday,
                                 const QTimeZone &zone, const QString &brand,
                                 const QString &language)
    : m_items(std::move(items)), m_monday(monday), m_zone(zone), m_brand(brand),
      m_language(language)
{}

QString WeekPlanPrinter::dayTable(const QDate &day) const
{
    QString rows;
    for (const ContentItem &item : m_items) {
        if (timeutil::localDate(item.scheduledAt, m_zone) != day)
            continue;
        const QString time = QDateTime::fromSecsSinceEpoch(item.scheduledAt, m_zone)
                                 .toString(QStringLiteral("HH:mm"));
        rows += QStringLiteral("<tr>") + cell(time) + cell(item.groupName) +
                cell(content::kindLabel(item.kind)) + cell(item.title) + cell(item.owner) +
                QStringLiteral("</tr>");
    }
    const units::Display display = units::Display::in(m_zone);
    QString html =
        QStringLiteral("<h3>") + units::date(day, display).toHtmlEscaped() + QStringLiteral(" · ") +
        display.locale.standaloneDayName(day.dayOfWeek()).toHtmlEscaped() + QStringLiteral("</h3>");
    if (rows.isEmpty())
        return html + QStringLiteral("<p><i>") + tr("Nothing planned.").toHtmlEscaped() +
               QStringLiteral("</i></p>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr style=\"background:#eeeeee\">");
    // The same columns every day, so that the days line up down the page.
    const std::pair<QString, int> headings[] = {
        {tr("Time"), 8}, {tr("Group"), 22}, {tr("Kind"), 20}, {tr("Title"), 36}, {tr("Owner"), 14}};
    for (const auto &[heading, percent] : headings)
        html += QStringLiteral("<th align=\"left\" width=\"%1%\">").arg(percent) +
                heading.toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>") + rows + QStringLiteral("</table>");
}

QString WeekPlanPrinter::html() const
{
    const InLanguage scope(m_language);
    const units::Display display = units::Display::in(m_zone);
    QString html =
        QStringLiteral("<html><body><h2>") +
        tr("%1 — content plan, week %2")
            .arg(m_brand, timeutil::isoWeekName(m_monday))
            .toHtmlEscaped() +
        QStringLiteral("</h2><p>") +
        tr("%1 to %2 · %3 · times in %4")
            .arg(units::date(m_monday, display), units::date(m_monday.addDays(6), display),
                 counted(qint64(m_items.size()), tr("1 item"), tr("%1 items")),
                 units::zoneLabel(display))
            .toHtmlEscaped() +
        QStringLiteral("</p>");
    for (int i = 0; i < 7; ++i)
        html += dayTable(m_monday.addDays(i));
    return html + QStringLiteral("</body></html>");
}

void WeekPlanPrinter::paint(QPrinter *printer) const
{
    QTextDocument document;
    document.setHtml(html());
    document.print(printer);
}

void WeekPlanPrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportPrinter::defaultPageSize());
    printer.setDocName(tr("Content plan %1").arg(timeutil::isoWeekName(m_monday)));
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *target) { paint(target); });
    dialog.exec();
}

bool WeekPlanPrinter::print(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ReportPrinter::defaultPageSize());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(&printer);
    return true;
}

} // namespace siyu
