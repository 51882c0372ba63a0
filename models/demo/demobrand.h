// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QDateTime>

#include <functional>

namespace siyu {
class Workspace;
}

// The demo brand: 青柚 Qingyou, a skincare brand running WeChat/WeCom groups and international
// communities, with half a year of members, activity, orders, content and campaigns.
namespace siyu::demo {

struct DemoOptions
{
    int members = 5000;
    quint64 seed = 1;
    // The end of the demo's 26 weeks (epoch seconds). Tests pass a fixed moment.
    qint64 now = QDateTime::currentSecsSinceEpoch();
};

// What generate() wrote.
struct DemoSummary
{
    qint64 members = 0;
    qint64 events = 0;
    qint64 orders = 0;
    qint64 memberships = 0;
    qint64 identities = 0;
    qint64 groups = 0;
    qint64 content = 0;
    qint64 campaigns = 0;
};

// The smallest and largest demo the command line accepts.
constexpr int minimumMembers = 10;
constexpr int maximumMembers = 5000000;

// Fills an empty workspace (no members yet; otherwise an error and nothing written) with the
// demo brand over the 26 weeks before `options.now`, sets its time zone to Asia/Shanghai and
// derives the lifecycle stages as of `now`. The same options give the same database, byte for
// byte in every table. One transaction; `progress` (0–100) returning false cancels and leaves
// the workspace as it was.
// How many members the workspace holds already (the demo fills only an empty one).
Result<qint64> memberCount(Workspace &ws);

Status generate(Workspace &ws, const DemoOptions &options,
                const std::function<bool(int percent)> &progress = {},
                DemoSummary *summary = nullptr);

} // namespace siyu::demo
