// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"
#include "models/kpi/metric.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// Plain data behind the dashboard's charts and the weekly report, computed in bulk over the
// store. Week values follow the KPI definitions of the domain brief exactly, so that a week of
// the trend equals what KpiEngine computes for that week.

// Returns true when the caller gave up; long scans check it now and then.
using CancelCheck = std::function<bool()>;

// One ISO week of the trend.
struct WeekPoint
{
    Period period;
    QString name; // "2026-W47"
    qint64 totalMembers = 0;
    qint64 newMembers = 0;
    qint64 activeMembers = 0;
    qint64 buyers = 0;
    qint64 repeatBuyers = 0; // buyers with >= 2 paid orders in the week
    qint64 orders = 0;
    qint64 gmvCents = 0;
    qint64 attributedGmvCents = 0; // paid orders naming a campaign
    qint64 costCents = 0;          // campaign costs incurred in the week
    qint64 reads = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 clicks = 0;

    // The KPI's value for this week; nullopt when it is not defined or the trend does not
    // carry that KPI (see carries()).
    std::optional<double> value(Metric metric) const;
};

// Whether the weekly trend carries a KPI (churn, LTV, k-factor and satisfaction it does not).
bool trendCarries(Metric metric);

struct WeeklyTrend
{
    std::vector<WeekPoint> weeks; // oldest first

    std::vector<std::optional<double>> values(Metric metric) const;
};

// Weekly retention cohorts: row c holds the members who joined in week c; cell n the share of
// them active in week c + n (n = 0 is the joining week itself), leaving out, as KpiEngine
// does, members deleted by the end of week c + n. Rows get shorter towards the present; a
// cohort of nobody has cells that are not defined.
struct RetentionMatrix
{
    std::vector<QString> cohorts; // week names, oldest first
    std::vector<qint64> sizes;
    std::vector<std::vector<std::optional<double>>> cells;
};

// A member whose activity in the recent window fell well below their own earlier level.
struct ChurnWarning
{
    qint64 memberRef = 0;
    QString label;         // display name, or the member id when there is none
    double earlierPerWeek; // events per week in the earlier window
    double recentPerWeek;  // events per week in the recent window
};

struct ChurnWarnings
{
    qint64 count = 0;                  // every member warned about
    std::vector<ChurnWarning> members; // the largest falls first, at most ScanOptions::listSize
    std::vector<qint64> refs;          // every member warned about, in the same order
    int recentWeeks = 0;
    int earlierWeeks = 0;
};

struct ScanOptions
{
    int weeks = 12;                 // length of the trend, ending with the chosen week
    int recentWeeks = 4;            // churn warning: the recent window at the end of the trend
    double drop = 0.25;             // ... warns when recent <= drop x earlier (per week)
    double minEarlierPerWeek = 1.0; // ... for members who were active at least this much before
    int listSize = 20;
    // Also count the churned members (domain brief gap rule, setting churn_days) of the last
    // two weeks, from the same pass, when the weeks reach back far enough (see TrendScan).
    bool churn = false;
};

// Churned members of the last two weeks of a trend, exactly as KpiEngine counts them.
struct TrendChurn
{
    qint64 last = 0;     // the trend's last week
    qint64 previous = 0; // the week before it
};

// Everything one pass over the weeks yields.
struct TrendScan
{
    WeeklyTrend trend;
    RetentionMatrix retention;
    ChurnWarnings churn;
    // With ScanOptions::churn, when the trend has two weeks or more, each week is no longer
    // than churn_days and the weeks begin churn_days or more before the second-to-last one;
    // nullopt otherwise.
    std::optional<TrendChurn> churned;
};

// The weeks ending with the ISO week that starts on `lastMonday`.
Result<TrendScan> scanTrend(Workspace &ws, const QDate &lastMonday, const ScanOptions &options = {},
                            const CancelCheck &cancelled = {});

// Content published in the period, best interaction rate first (items without reads have no
// rate and are left out). Titles repeat (a weekly series), so an item is named by its title,
// the day it was scheduled and its group too.
struct ContentRow
{
    qint64 contentRef = 0;
    QString contentId;
    QString title;
    QString kind;
    QDate scheduledDay; // in the workspace's time zone
    QString groupName;  // empty when it names no group
    qint64 reads = 0;
    qint64 interactions = 0; // likes + comments + shares
    double interactionRate = 0;
    std::optional<double> ctr;
};
Result<std::vector<ContentRow>> topContent(Workspace &ws, const Period &period, int limit);

// What tells the rows apart besides their titles, one line per row: "day · group" (without the
// group when there is none), the day written by `dayText`; where two rows would still read the
// same, title included, their content ids are added. Title and detail together differ from row
// to row.
std::vector<QString> contentDetails(const std::vector<ContentRow> &rows,
                                    const std::function<QString(const QDate &)> &dayText);

// Campaigns whose dates overlap the period, with cost and result in the period and to its end.
struct CampaignRow
{
    qint64 campaignRef = 0;
    QString campaignId;
    QString name;
    QString type;
    QDate start; // invalid when not set
    QDate end;
    qint64 costInPeriodCents = 0;
    qint64 costToDateCents = 0;
    qint64 ordersToDate = 0;
    qint64 gmvToDateCents = 0; // paid orders naming the campaign, up to the period end
    std::optional<double> roiToDate;
};
Result<std::vector<CampaignRow>> campaignsInPeriod(Workspace &ws, const Period &period);

// Members contacted more often in the period than the weekly contact cap allows. A contact is
// a distinct content item or campaign that reached the member (an event naming it).
struct OverContacted
{
    qint64 memberRef = 0;
    QString label;
    qint64 contacts = 0;
};
struct ContactAlerts
{
    int cap = 0;
    qint64 count = 0;
    std::vector<OverContacted> members; // most contacted first, at most `listSize`
    std::vector<qint64> refs;           // every member over the cap, in the same order
};
Result<ContactAlerts> overContacted(Workspace &ws, const Period &period, int cap, int listSize);

// Display labels of members by row id (display name, else remark, else member id).
Result<std::vector<QString>> memberLabels(Workspace &ws, const std::vector<qint64> &refs);

} // namespace siyu::kpi
