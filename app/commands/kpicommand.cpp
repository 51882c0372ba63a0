// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu kpi --workspace W (--week 2026-W47 | --from D --to D) [--as-of TIME] [--json]`
#include "app/commandline.h"
#include "app/commands.h"
#include "models/common/units.h"
#include "models/kpi/change.h"
#include "models/kpi/kpiengine.h"
#include "models/kpi/periods.h"
#include "models/kpi/scorecard.h"
#include "models/store/workspace.h"
#include "models/store/workspacedisplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace siyu::cli {

namespace {

// What the arguments ask for, checked before the workspace is opened.
struct PeriodRequest
{
    QString week;
    QString from;
    QString to;
};

const QRegularExpression &dateOnly()
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"));
    return re;
}

// A date is its local midnight; a date and time (or an offset) is taken as given.
std::optional<qint64> parseBoundary(const QString &text, const QTimeZone &zone, QDate *day)
{
    const auto m = dateOnly().match(text);
    *day = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                        : QDate();
    if (day->isValid())
        return timeutil::startOfDay(*day, zone);
    if (m.hasMatch())
        return std::nullopt; // 2026-02-30
    return timeutil::parseIsoDateTime(text, zone);
}

// The period in `zone`; a message for the usage error otherwise.
Result<Period> resolvePeriod(const PeriodRequest &request, const QTimeZone &zone)
{
    if (!request.week.isEmpty())
        return timeutil::parseIsoWeek(request.week, zone);
    QDate firstDay;
    QDate endDay;
    const auto from = parseBoundary(request.from, zone, &firstDay);
    const auto to = parseBoundary(request.to, zone, &endDay);
    if (!from || !to)
        return makeError(QStringLiteral("'%1' is not a date such as 2026-11-16")
                             .arg(!from ? request.from : request.to));
    if (*from >= *to)
        return makeError(QStringLiteral("--from must be before --to"));
    if (firstDay.isValid() && endDay.isValid())
        return timeutil::periodOfDays(firstDay, endDay, zone);
    Period period;
    period.from = *from;
    period.to = *to;
    return period;
}

QString number(double value)
{
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString toJson(const kpi::KpiValues &values)
{
    QStringList lines;
    for (const kpi::MetricInfo &m : kpi::metrics()) {
        const auto value = values.value(m.metric);
        lines << QStringLiteral("  \"%1\": %2")
                     .arg(QLatin1String(m.key), value ? number(*value) : QStringLiteral("null"));
    }
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n}");
}

QString periodLabel(const Period &period, const QTimeZone &zone)
{
    if (kpi::periodKindOf(period) == kpi::PeriodKind::Week)
        return QStringLiteral("%1 (%2 – %3)")
            .arg(timeutil::isoWeekName(period.firstDay), period.firstDay.toString(Qt::ISODate),
                 period.endDay.addDays(-1).toString(Qt::ISODate));
    if (period.firstDay.isValid())
        return QStringLiteral("%1 – %2").arg(period.firstDay.toString(Qt::ISODate),
                                             period.endDay.addDays(-1).toString(Qt::ISODate));
    return QStringLiteral("%1 – %2").arg(timeutil::formatLocal(period.from, zone),
                                         timeutil::formatLocal(period.to, zone));
}

// Rates change by percentage points, everything else by percent of the previous value; with
// enough digits not to read 0 when the values differ, and none from or to "not defined".
QString changeOf(kpi::Metric metric, const std::optional<double> &now,
                 const std::optional<double> &before)
{
    const kpi::Change delta = kpi::change(metric, now, before);
    if (!delta.delta || (kpi::info(metric).unit != kpi::Unit::Ratio && !delta.relative))
        return QStringLiteral("—");
    const QString sign = *delta.delta < 0 ? QStringLiteral("-") : QStringLiteral("+");
    if (kpi::info(metric).unit == kpi::Unit::Ratio)
        return sign + units::percentagePoints(0, *delta.delta) + QStringLiteral(" pp");
    return sign + units::percentagePoints(0, *delta.relative) + QLatin1Char('%');
}

QString toTable(const Workspace &ws, const kpi::PeriodComparison &comparison,
                const kpi::KpiValues &now, const kpi::KpiValues &before)
{
    const QTimeZone zone = ws.timeZone();
    // Amounts in the workspace's currency ("¥1,234.50"), as the window shows them.
    const units::Display display = workspaceDisplay(ws);
    QStringList lines;
    if (comparison.soFar) {
        lines << QCoreApplication::translate("siyu::kpi", "KPIs of %1, %2, so far (until %3)")
                     .arg(ws.displayName(), periodLabel(comparison.period, zone),
                          timeutil::formatLocal(comparison.current.to, zone));
        lines << QCoreApplication::translate("siyu::kpi",
                                             "Previous period: %1, the same part (until %2)")
                     .arg(periodLabel(kpi::previousPeriod(comparison.period, zone), zone),
                          timeutil::formatLocal(comparison.previous.to, zone));
    } else {
        lines << QCoreApplication::translate("siyu::kpi", "KPIs of %1, %2")
                     .arg(ws.displayName(), periodLabel(now.period, zone));
        lines << QCoreApplication::translate("siyu::kpi", "Previous period: %1")
                     .arg(periodLabel(before.period, zone));
    }
    lines << QString();
    const auto row = [](const QString &a, const QString &b, const QString &c,
                        const QString &d) -> QString {
        return a.leftJustified(26) + b.rightJustified(16) + c.rightJustified(16) +
               d.rightJustified(12);
    };
    lines << row(QCoreApplication::translate("siyu::kpi", "KPI"),
                 QCoreApplication::translate("siyu::kpi", "Value"),
                 QCoreApplication::translate("siyu::kpi", "Previous"),
                 QCoreApplication::translate("siyu::kpi", "Change"));
    for (const kpi::MetricInfo &m : kpi::metrics()) {
        const auto value = now.value(m.metric);
        const auto previous = before.value(m.metric);
        lines << row(kpi::title(m.metric),
                     kpi::format(m.metric, kpi::shownValue(m.metric, value), display),
                     kpi::format(m.metric, kpi::shownValue(m.metric, previous), display),
                     changeOf(m.metric, value, previous));
    }
    return lines.join(QLatin1Char('\n'));
}

// Usage errors (exit 2) name what is wrong with the arguments.
std::optional<QString> checkRequest(const PeriodRequest &request)
{
    const bool week = !request.week.isEmpty();
    const bool range = !request.from.isEmpty() || !request.to.isEmpty();
    if (week == range)
        return QStringLiteral("give either --week or --from and --to");
    if (range && (request.from.isEmpty() || request.to.isEmpty()))
        return QStringLiteral("--from and --to go together");
    // The syntax is the same in every zone; the workspace's zone places the period later.
    auto period = resolvePeriod(request, QTimeZone::utc());
    if (!period)
        return period.error().message;
    return std::nullopt;
}

} // namespace

int runKpi(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("kpi"),
                        QStringLiteral("Prints every KPI of a week or period, with the previous "
                                       "period alongside (--json: this period only)."));
    const QCommandLineOption week(QStringLiteral("week"), QStringLiteral("An ISO week: 2026-W47."),
                                  QStringLiteral("WEEK"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First day of the period (2026-11-01)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Day after the period (exclusive)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object: KPI name -> number or null."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Take this moment as now (default: the clock): "
                                                 "a period not ended is measured so far."),
                                  QStringLiteral("TIME"));
    command.parser().addOptions({week, from, to, json, asOf});
    int exitCode = Done;
    if (!command.parse(arguments, &exitCode))
        return exitCode;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(QStringLiteral("unexpected argument '%1'")
                                      .arg(command.parser().positionalArguments().constFirst()));
    if (command.workspacePath().isEmpty())
        return command.usageError(QStringLiteral("--workspace FILE is required"));
    const PeriodRequest request{command.parser().value(week), command.parser().value(from),
                                command.parser().value(to)};
    if (const auto problem = checkRequest(request))
        return command.usageError(*problem);

    auto ws = command.openWorkspace(Workspace::OpenMode::ReadOnly);
    if (!ws)
        return CommandLine::failure(ws.error());
    const QTimeZone zone = (*ws)->timeZone();
    auto period = resolvePeriod(request, zone);
    if (!period)
        return command.usageError(period.error().message);
    const QString asOfText = command.parser().value(asOf);
    const auto now = asOfText.isEmpty() ? std::optional<qint64>(QDateTime::currentSecsSinceEpoch())
                                        : timeutil::parseIsoDateTime(asOfText, zone);
    if (!now)
        return command.usageError(QStringLiteral("--as-of '%1' is not an ISO date or time such "
                                                 "as 2026-11-16 or 2026-11-16 09:30")
                                      .arg(asOfText));
    // A period in the future has no KPIs; one not ended is measured so far.
    auto comparison = kpi::comparePeriod(*period, *now, zone);
    if (!comparison)
        return CommandLine::failure(comparison.error());

    const kpi::KpiEngine engine(**ws);
    if (command.parser().isSet(json)) {
        auto values = engine.compute(comparison->current);
        if (!values)
            return CommandLine::failure(values.error());
        CommandLine::printLine(toJson(*values));
        return Done;
    }
    auto both = engine.compare(*comparison);
    if (!both)
        return CommandLine::failure(both.error());
    CommandLine::printLine(toTable(**ws, *comparison, both->first, both->second));
    return Done;
}

} // namespace siyu::cli
