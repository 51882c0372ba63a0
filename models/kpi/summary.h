// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/kpi/metric.h"

#include <QString>

#include <optional>
#include <vector>

namespace siyu::kpi {

struct ChurnWarning;
struct KpiRow;
struct ReportData;
struct ScoreLine;
struct Scorecard;

// The weekly report's summary (DOMAIN.md, "The weekly KPI report"): the brand, the week, the
// scorecard total and the three to five changes that matter most, as sentences built from the
// numbers in the report's language. Whole-sentence templates with placeholders, so that every
// language can order its words as it needs.

// How the report shows amounts, dates and times: in the workspace's currency and time zone
// (both in `data`) and in the report's language ("zh_CN" or "en"), not the window's.
units::Display reportDisplay(const ReportData &data, const QString &language);

// "16–22 Nov 2026", "30 Nov – 6 Dec 2026", "2026年11月16日–22日": `first` to `last`, both
// included, in the display's one date format with what the two have in common said once.
QString dateRange(const QDate &first, const QDate &last, const units::Display &display);
// "week 47, 16–22 Nov 2026" / "2026年第47周（11月16日–22日）" for the ISO week starting on
// `monday`.
QString weekInWords(const QDate &monday, const units::Display &display);
// "Weekly report — Qingyou — week 47, 16–22 Nov 2026", with "so far" for a week not ended.
QString reportTitle(const ReportData &data, const units::Display &display);
// The period and what it is compared with, in words: "Week 47, 16–22 Nov 2026, compared with
// week 46, 9–15 Nov 2026." or, so far, "Week 49 so far, until Thu 3 Dec 2026 15:00, compared
// with week 48 until 26 Nov 2026 15:00 (the same days and hours)."
QString comparisonInWords(const ReportData &data, const units::Display &display);

// How many KPIs of the scorecard reach their target, fall short of it or cannot be scored.
struct ScorecardTally
{
    int onTarget = 0;
    int belowTarget = 0;
    int notScored = 0;
    int total() const { return onTarget + belowTarget + notScored; }
};
ScorecardTally tally(const Scorecard &card);
// "Scorecard 82 / 100: 5 of 7 KPIs on or above target, 2 below." Empty without targets.
QString scorecardSentence(const Scorecard &card);

// One KPI's change in a sentence: "GMV rose 8.2% to ¥312,400.", "Activity rate fell 1.3
// percentage points to 24.1%.", "Buyers held at 12."; empty when this or last week's value is
// not defined (no sentence is built on a number that does not exist).
QString changeSentence(const KpiRow &row, const units::Display &display);
// A KPI short of its target: "GMV is below target: ¥312,400 against ¥350,000 (89%)."; empty
// when the line is not scored or meets its target.
QString targetSentence(const ScoreLine &line, const units::Display &display);

// How much a KPI matters to a manager reading the summary (GMV most, then members and their
// activity, ...): weighs its relative change when the changes are ranked.
double importance(Metric metric);

struct KeyChange
{
    Metric metric = Metric::NewMembers;
    bool missesTarget = false;
    bool churnRisk = false; // the churn-warning sentence: no metric of its own
    double rank = 0;        // larger first
    QString text;
};

// The changes that matter most, at most `most`, in this order: KPIs short of their target
// (largest weighted shortfall first, at most two), the members at risk of churning, then the
// KPIs whose value changed most (|relative change| x importance; ties by metric order), each
// KPI once. Only changes of 1% or more count; when fewer than three do, the most important
// KPIs that held steady fill up to three. Deterministic for the same data.
std::vector<KeyChange> keyChanges(const ReportData &data, const units::Display &display,
                                  int most = 5);

// How far a member's activity fell, 1 - recent / earlier; not defined without an earlier level.
std::optional<double> fall(const ChurnWarning &warning);
// Churn warnings as the report lists them: the largest fall first (ties: the larger drop in
// events a week, then as given).
std::vector<ChurnWarning> sortedByFall(std::vector<ChurnWarning> warnings);

} // namespace siyu::kpi
