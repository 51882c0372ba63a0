// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/timeutil.h"

#include <QString>

#include <optional>
#include <vector>

namespace siyu {
class Workspace;
}

namespace siyu::kpi {

// The health of one group over one period (an ISO week in the series). Counts are exact;
// the ratios are not defined (std::nullopt) where their denominator is zero.
struct GroupHealthFigures
{
    Period period;
    QString label;         // "2026-W47" for a week
    qint64 end = 0;        // counted up to here: period.to, or the as-of time inside it
    int days = 0;          // local days of the period up to `end` (a started day counts)
    int joins = 0;         // memberships that began in [period.from, end)
    int leaves = 0;        // memberships that ended in [period.from, end)
    qint64 messages = 0;   // `message` events in the group in [period.from, end)
    int members = 0;       // members at `end`: memberships begun before it, not ended by then
    int activeMembers = 0; // of those, members with >= 1 event of any type in the group

    // messages / (members × days)
    std::optional<double> messagesPerMemberPerDay() const;
    // activeMembers / members
    std::optional<double> activeShare() const;
};

// A group's figures over one period, for the report's group-health table and its alerts.
struct GroupHealthRow
{
    qint64 groupRef = 0;
    QString groupId;
    QString name;
    QString platform;
    std::optional<int> memberCap;
    GroupHealthFigures figures;

    // figures.members / cap; not defined without a cap.
    std::optional<double> fill() const;
    bool isNearCap() const;
};

// Group health by SQL over the store: joins and leaves from `memberships`, messages and
// activity from `events` that name the group. Periods are in the workspace's time zone.
class GroupHealth
{
public:
    explicit GroupHealth(Workspace &workspace) : m_workspace(workspace) {}

    // The `weeks` ISO weeks that end with the week containing `asOf`, oldest first. The last
    // week is counted up to `asOf` (a partial week has fewer `days`).
    Result<std::vector<GroupHealthFigures>> weeklySeries(qint64 groupRef, qint64 asOf,
                                                         int weeks = 12) const;
    // One group over one period (counted up to `asOf` when that falls inside it).
    Result<GroupHealthFigures> forGroup(qint64 groupRef, const Period &period,
                                        std::optional<qint64> asOf = std::nullopt) const;
    // Every group over `period`, ordered by name.
    Result<std::vector<GroupHealthRow>> forAllGroups(const Period &period) const;

private:
    Workspace &m_workspace;
};

} // namespace siyu::kpi
