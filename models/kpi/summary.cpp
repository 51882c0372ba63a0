// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/summary.h"

#include "models/kpi/reportdata.h"
#include "models/kpi/scorecard.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace siyu::kpi {

namespace {

// The translation context of the summary's sentences (lupdate reads Summary::tr).
class Summary
{
    Q_DECLARE_TR_FUNCTIONS(siyu::kpi::Summary)
};

bool isChinese(const units::Display &display)
{
    return display.locale.language() == QLocale::Chinese;
}

QString percentText(double fraction)
{
    return units::number(fraction * 100.0, 1) + QLatin1Char('%');
}

// Changes smaller than this (relative) are not news.
constexpr double noticeable = 0.01;

// KPIs that say the same thing twice: the summary names one of each pair.
int sameStory(Metric metric)
{
    switch (metric) {
    case Metric::ActiveMembers:
    case Metric::ActivityRate:
        return 1;
    case Metric::ChurnedMembers:
    case Metric::ChurnRate:
        return 2;
    default:
        return 100 + int(metric);
    }
}

// The relative size of a change, for ranking: |current - previous| / |previous|, capped so
// that a rise from almost nothing does not drown everything else; 1 for a change from 0.
std::optional<double> changeSize(const KpiRow &row)
{
    // An acquisition cost of 0 means nothing was spent, not that acquiring became free.
    if (row.metric == Metric::Cac && (row.current == 0.0 || row.previous == 0.0))
        return std::nullopt;
    const auto delta = row.change();
    if (!delta)
        return std::nullopt;
    if (std::abs(*delta) < 1e-12)
        return 0.0;
    if (const auto relative = row.relativeChange())
        return std::min(std::abs(*relative), 2.0);
    return 1.0;
}

QString churnRiskSentence(qint64 count)
{
    if (count == 1)
        return Summary::tr(
            "1 member is at risk of churning: their activity fell to a quarter of their "
            "usual level or less.");
    return Summary::tr(
               "%1 members are at risk of churning: their activity fell to a quarter of their "
               "usual level or less.")
        .arg(units::count(count));
}

} // namespace

units::Display reportDisplay(const ReportData &data, const QString &language)
{
    units::Display display;
    display.currency = data.currency.isEmpty() ? QStringLiteral("CNY") : data.currency;
    display.zone = data.zone;
    display.locale = language.startsWith(QLatin1String("zh"))
                         ? QLocale(QLocale::Chinese, QLocale::China)
                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return display;
}

QString dateRange(const QDate &first, const QDate &last, const units::Display &display)
{
    if (!first.isValid() || !last.isValid() || first == last)
        return units::date(first.isValid() ? first : last, display);
    const bool sameYear = first.year() == last.year();
    const bool sameMonth = sameYear && first.month() == last.month();
    if (isChinese(display)) {
        const QString end = sameMonth ? QStringLiteral("%1日").arg(last.day())
                            : sameYear
                                ? QStringLiteral("%1月%2日").arg(last.month()).arg(last.day())
                                : units::date(last, display);
        return units::date(first, display) + QStringLiteral("–") + end;
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (sameMonth)
        return english.toString(first, u"d") + QStringLiteral("–") + units::date(last, display);
    if (sameYear)
        return english.toString(first, u"d MMM") + QStringLiteral(" – ") +
               units::date(last, display);
    return units::date(first, display) + QStringLiteral(" – ") + units::date(last, display);
}

QString weekInWords(const QDate &monday, const units::Display &display)
{
    //: %1 the ISO week number, %2 its days ("week 47, 16–22 Nov 2026")
    return Summary::tr("week %1, %2")
        .arg(monday.weekNumber())
        .arg(dateRange(monday, monday.addDays(6), display));
}

QString reportTitle(const ReportData &data, const units::Display &display)
{
    const QString week = weekInWords(data.period.firstDay, display);
    if (data.soFar)
        //: %1 the brand, %2 the week in words
        return Summary::tr("Weekly report — %1 — %2 (so far)").arg(data.brandName, week);
    return Summary::tr("Weekly report — %1 — %2").arg(data.brandName, week);
}

QString comparisonInWords(const ReportData &data, const units::Display &display)
{
    const QDate monday = data.period.firstDay;
    const QDate previousMonday = data.previous.firstDay;
    if (data.soFar)
        //: %1 and %4 ISO week numbers; %2, %3, %5 and %6 dates and times
        return Summary::tr(
                   "Week %1 so far, from %2 until %3, compared with the same days and hours of "
                   "week %4, from %5 until %6.")
            .arg(QString::number(monday.weekNumber()), units::dateTime(data.period.from, display),
                 units::dateTime(data.asOf, display), QString::number(previousMonday.weekNumber()),
                 units::dateTime(data.previous.from, display),
                 units::dateTime(data.previous.to, display));
    //: %1 and %3 ISO week numbers, %2 and %4 their days
    return Summary::tr("Week %1, %2, compared with week %3, %4.")
        .arg(QString::number(monday.weekNumber()),
             dateRange(monday, data.period.endDay.addDays(-1), display),
             QString::number(previousMonday.weekNumber()),
             dateRange(previousMonday, data.previous.endDay.addDays(-1), display));
}

ScorecardTally tally(const Scorecard &card)
{
    ScorecardTally out;
    for (const ScoreLine &line : card.lines) {
        if (!line.score)
            ++out.notScored;
        else if (*line.score >= 1.0 - 1e-9)
            ++out.onTarget;
        else
            ++out.belowTarget;
    }
    return out;
}

QString scorecardSentence(const Scorecard &card)
{
    if (card.lines.empty())
        return {};
    const ScorecardTally t = tally(card);
    if (!card.total)
        return Summary::tr(
                   "The scorecard has no score this week: none of its %1 KPIs could be measured "
                   "against its target.")
            .arg(t.total());
    const QString total = units::number(*card.total, 0);
    if (t.notScored > 0)
        //: %1 the score 0–100; %2 of %3 KPIs on target, %4 below, %5 not scored
        return Summary::tr("Scorecard %1 / 100: %2 of %3 KPIs on or above target, %4 below, %5 not "
                           "scored.")
            .arg(total)
            .arg(t.onTarget)
            .arg(t.total())
            .arg(t.belowTarget)
            .arg(t.notScored);
    //: %1 the score 0–100; %2 of %3 KPIs on target, %4 below
    return Summary::tr("Scorecard %1 / 100: %2 of %3 KPIs on or above target, %4 below.")
        .arg(total)
        .arg(t.onTarget)
        .arg(t.total())
        .arg(t.belowTarget);
}

QString changeSentence(const KpiRow &row, const units::Display &display)
{
    const auto delta = row.change();
    if (!delta || !std::isfinite(*delta))
        return {};
    const QString name = title(row.metric);
    const QString now = format(row.metric, row.current, display);
    if (std::abs(*delta) < 1e-12)
        //: %1 a KPI, %2 its value
        return Summary::tr("%1 held at %2.").arg(name, now);
    const bool rose = *delta > 0;
    if (info(row.metric).unit == Unit::Ratio) {
        const QString points = units::percentagePoints(*row.previous, *row.current);
        //: %1 a KPI, %2 the change in percentage points, %3 its value now
        return (rose ? Summary::tr("%1 rose %2 percentage points to %3.")
                     : Summary::tr("%1 fell %2 percentage points to %3."))
            .arg(name, points, now);
    }
    if (const auto relative = row.relativeChange())
        //: %1 a KPI, %2 the change in per cent, %3 its value now
        return (rose ? Summary::tr("%1 rose %2 to %3.") : Summary::tr("%1 fell %2 to %3."))
            .arg(name, percentText(std::abs(*relative)), now);
    //: %1 a KPI, %2 its value last week, %3 now
    return (rose ? Summary::tr("%1 rose from %2 to %3.") : Summary::tr("%1 fell from %2 to %3."))
        .arg(name, format(row.metric, row.previous, display), now);
}

QString targetSentence(const ScoreLine &line, const units::Display &display)
{
    if (!line.score || !line.actual || *line.score >= 1.0 - 1e-9)
        return {};
    //: %1 a KPI, %2 its value, %3 its target
    return Summary::tr("%1 missed its target: %2 against %3.")
        .arg(title(line.metric), format(line.metric, line.actual, display),
             format(line.metric, line.target, display));
}

double importance(Metric metric)
{
    switch (metric) {
    case Metric::Gmv:
        return 3.0;
    case Metric::ActiveMembers:
        return 2.5;
    case Metric::NewMembers:
    case Metric::ActivityRate:
    case Metric::ChurnedMembers:
        return 2.0;
    case Metric::Buyers:
    case Metric::ConversionRate:
        return 1.5;
    case Metric::Orders:
    case Metric::Aov:
    case Metric::Roi:
    case Metric::Cac:
    case Metric::Satisfaction:
        return 1.2;
    case Metric::ChurnRate:
    case Metric::RepurchaseRate:
    case Metric::Arpu:
    case Metric::InteractionRate:
        return 1.0;
    case Metric::TotalMembers:
    case Metric::ContentReads:
    case Metric::Ctr:
    case Metric::KFactor:
        return 0.8;
    case Metric::ContentLikes:
    case Metric::ContentComments:
    case Metric::ContentShares:
    case Metric::Ltv:
        return 0.5;
    }
    return 0.5;
}

std::vector<KeyChange> keyChanges(const ReportData &data, const units::Display &display, int most)
{
    std::vector<KeyChange> out;
    std::set<int> told;
    const auto full = [&] {
        return int(out.size()) >= most;
    };

    std::vector<KeyChange> misses;
    for (const ScoreLine &line : data.scorecard.lines) {
        const QString text = targetSentence(line, display);
        if (!text.isEmpty())
            misses.push_back({line.metric, true, false, line.weight * (1.0 - *line.score), text});
    }
    const auto byRank = [](const KeyChange &a, const KeyChange &b) {
        return a.rank != b.rank ? a.rank > b.rank : int(a.metric) < int(b.metric);
    };
    std::sort(misses.begin(), misses.end(), byRank);
    for (const KeyChange &miss : misses) {
        if (full() || out.size() >= 2 || told.count(sameStory(miss.metric)))
            continue;
        told.insert(sameStory(miss.metric));
        out.push_back(miss);
    }

    if (data.scan.churn.count > 0 && !full()) {
        KeyChange risk;
        risk.churnRisk = true;
        risk.metric = Metric::ChurnedMembers;
        risk.text = churnRiskSentence(data.scan.churn.count);
        out.push_back(risk);
    }

    std::vector<KeyChange> changes, steady;
    for (const KpiRow &row : data.kpis) {
        const auto size = changeSize(row);
        const QString text = changeSentence(row, display);
        if (!size || text.isEmpty())
            continue;
        KeyChange change{row.metric, false, false, *size * importance(row.metric), text};
        if (*size >= noticeable)
            changes.push_back(change);
        else
            steady.push_back({row.metric, false, false, importance(row.metric), text});
    }
    std::sort(changes.begin(), changes.end(), byRank);
    std::sort(steady.begin(), steady.end(), byRank);
    for (const KeyChange &change : changes) {
        if (full())
            break;
        if (told.insert(sameStory(change.metric)).second)
            out.push_back(change);
    }
    for (const KeyChange &change : steady) {
        if (out.size() >= 3 || full())
            break;
        if (told.insert(sameStory(change.metric)).second)
            out.push_back(change);
    }
    return out;
}

std::optional<double> fall(const ChurnWarning &warning)
{
    if (warning.earlierPerWeek <= 0)
        return std::nullopt;
    return 1 - warning.recentPerWeek / warning.earlierPerWeek;
}

std::vector<ChurnWarning> sortedByFall(std::vector<ChurnWarning> warnings)
{
    std::stable_sort(
        warnings.begin(), warnings.end(), [](const ChurnWarning &a, const ChurnWarning &b) {
            const double fa = fall(a).value_or(-1);
            const double fb = fall(b).value_or(-1);
            if (fa != fb)
                return fa > fb;
            return a.earlierPerWeek - a.recentPerWeek > b.earlierPerWeek - b.recentPerWeek;
        });
    return warnings;
}

} // namespace siyu::kpi
