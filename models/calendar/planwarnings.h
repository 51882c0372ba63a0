// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/common/error.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// One group given more items on one local day than the workspace allows
// (settings::pushesPerGroupPerDay).
struct PushOverload
{
    qint64 groupRef = 0;
    QString groupName;
    QDate day;
    int pushes = 0;
};

// A member the week's items would reach more often than the weekly contact cap.
struct OverContactedMember
{
    qint64 memberRef = 0;
    QString memberId;
    QString name;
    int contacts = 0;
};

struct ContactOverload
{
    QDate monday; // the ISO week
    int cap = 0;
    std::vector<OverContactedMember> members; // by contacts (most first), then member_id
};

// A group that usually gets posts with nothing planned on a day.
struct GapDay
{
    qint64 groupRef = 0;
    QString groupName;
    QDate day;
};

// The checks the calendar makes while planning. Every item counts, whatever its status, and
// reaches its target group. `pending` stands for an item being edited: it replaces the stored
// item of the same row id (or adds to the plan when it has none).
namespace planwarnings {

// Groups over `limit` items on a local day within [firstDay, endDay).
Result<std::vector<PushOverload>> pushOverloads(Workspace &ws, const QDate &firstDay,
                                                const QDate &endDay, int limit,
                                                const std::optional<ContentItem> &pending = {});

// Members of the target groups (current members at each item's time, not deleted) that the
// items of the ISO week starting `monday` — planned and published alike — would reach more
// than `cap` times (each item once per member).
Result<ContactOverload> contactOverload(Workspace &ws, const QDate &monday, int cap,
                                        const std::optional<ContentItem> &pending = {});

// Gap days in [firstDay, endDay): a group usually gets posts on a weekday when it had items
// on that weekday in at least 3 of the 4 weeks before `firstDay`; each such day with nothing
// planned for it is a gap.
Result<std::vector<GapDay>> gapDays(Workspace &ws, const QDate &firstDay, const QDate &endDay);

} // namespace planwarnings

} // namespace siyu
