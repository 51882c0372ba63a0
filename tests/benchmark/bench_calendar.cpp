// SPDX-License-Identifier: GPL-3.0-or-later
// Section "calendar": a calendar of 20,000 content items (about 2,000 in a month) over 60
// groups in a workspace of its own — the month's and the week's rows loaded into the calendar
// model and laid out as the views lay them out, and the planning warnings of both ranges
// (goal: a month under 100 ms, so that a change repaints without a stall).
#include "benchmark.h"

#include "models/calendar/planwarnings.h"
#include "models/common/timeutil.h"
#include "models/items/contentcalendarmodel.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"
#include "widgets/calendar/monthview.h"
#include "widgets/calendar/weekview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

namespace siyu::bench {

namespace {

constexpr int itemCount = 20000;
constexpr int groupCount = 60;
constexpr int memberCount = 6000;
constexpr int days = 300;

int fail(const QString &message)
{
    QTextStream(stderr) << "calendar: " << message << Qt::endl;
    return 1;
}

// Groups, members in two groups each, and the items spread over `days` days from `first`.
Status fill(Workspace &ws, const QDate &first)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    std::mt19937 rng(20261116);
    Statement group(ws.handle(), "INSERT INTO groups(id, group_id, name) VALUES(?, ?, ?)");
    for (int g = 1; g <= groupCount; ++g) {
        group.bind(1, g);
        group.bind(2, QStringLiteral("G%1").arg(g));
        group.bind(3, QStringLiteral("群 %1").arg(g));
        if (!group.exec())
            return makeError(group.errorMessage());
        group.reset();
    }
    Statement member(ws.handle(), "INSERT INTO members(id, member_id, joined_at) VALUES(?, ?, 0)");
    Statement join(ws.handle(),
                   "INSERT INTO memberships(group_ref, member_ref, joined_at) VALUES(?, ?, 0)");
    for (int m = 1; m <= memberCount; ++m) {
        member.bind(1, m);
        member.bind(2, QStringLiteral("M%1").arg(m));
        if (!member.exec())
            return makeError(member.errorMessage());
        member.reset();
        for (int g : {1 + m % groupCount, 1 + (m * 7 + 3) % groupCount}) {
            join.bind(1, g);
            join.bind(2, m);
            if (!join.exec())
                return makeError(join.errorMessage());
            join.reset();
        }
    }
    static const char *const kinds[] = {"article", "short_video", "live_stream",
                                        "poster",  "coupon_push", "group_announcement",
                                        "qa",      "poll",        "lucky_draw"};
    Statement item(ws.handle(), "INSERT INTO content(content_id, title, kind, group_ref, "
                                "scheduled_at, status) VALUES(?, ?, ?, ?, ?, 'scheduled')");
    const qint64 start = timeutil::startOfDay(first, ws.timeZone());
    for (int i = 0; i < itemCount; ++i) {
        item.bind(1, QStringLiteral("B%1").arg(i));
        item.bind(2, QStringLiteral("Post %1 · 内容").arg(i));
        item.bind(3, QByteArray(kinds[rng() % 9]));
        item.bind(4, int(1 + rng() % groupCount));
        item.bind(5, start + qint64(rng() % (days * 96)) * 900);
        if (!item.exec())
            return makeError(item.errorMessage());
        item.reset();
    }
    return transaction.commit();
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int benchCalendar(Context &)
{
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("calendar.siyu")));
    if (!opened)
        return fail(opened.error().toString());
    Workspace &ws = **opened;
    const QDate first(2026, 3, 2); // a Monday
    if (Status status = fill(ws, first); !status)
        return fail(status.error().toString());
    ContentCalendarModel model;
    model.setWorkspace(&ws);

    const QDate month(2026, 7, 1);
    const QDate gridStart = MonthView::firstDayOfGrid(month);
    QElapsedTimer timer;
    timer.start();
    model.setRange(gridStart, gridStart.addDays(42));
    const double monthLoad = msSince(timer);
    timer.restart();
    int shown = 0;
    for (int d = 0; d < 42; ++d) {
        const auto [from, to] = model.rowsOn(gridStart.addDays(d));
        shown += std::min(to - from, 5); // a cell shows about five lines
    }
    const double monthLayout = msSince(timer);
    Context::figure(QStringLiteral("calendar_month_items"), qint64(model.rowCount()),
                    QStringLiteral("items"));
    Context::figure(QStringLiteral("calendar_month_load"), monthLoad, QStringLiteral("ms"));
    Context::figure(QStringLiteral("calendar_month_layout"), monthLayout, QStringLiteral("ms"), 3);
    Q_UNUSED(shown);

    const QDate monday(2026, 7, 13);
    timer.restart();
    model.setRange(monday, monday.addDays(7));
    const double weekLoad = msSince(timer);
    timer.restart();
    const auto blocks = WeekView::layout(model, monday, 1366, 56, 44, 20);
    const double weekLayout = msSince(timer);
    Context::figure(QStringLiteral("calendar_week_items"), qint64(blocks.size()),
                    QStringLiteral("items"));
    Context::figure(QStringLiteral("calendar_week_load"), weekLoad, QStringLiteral("ms"));
    Context::figure(QStringLiteral("calendar_week_layout"), weekLayout, QStringLiteral("ms"), 3);

    timer.restart();
    const int limit = settings::pushesPerGroupPerDay.get(ws);
    auto pushes = planwarnings::pushOverloads(ws, gridStart, gridStart.addDays(42), limit);
    auto gaps = planwarnings::gapDays(ws, gridStart, gridStart.addDays(42));
    int overCap = 0;
    for (int w = 0; w < 6; ++w) {
        auto contacts = planwarnings::contactOverload(ws, gridStart.addDays(7 * w),
                                                      settings::weeklyContactCap.get(ws));
        if (!contacts)
            return fail(contacts.error().toString());
        overCap += int(contacts->members.size());
    }
    if (!pushes || !gaps)
        return fail((!pushes ? pushes.error() : gaps.error()).toString());
    Context::figure(QStringLiteral("calendar_month_warnings"), msSince(timer),
                    QStringLiteral("ms"));
    Context::figure(QStringLiteral("calendar_month_push_overloads"), qint64(pushes->size()),
                    QStringLiteral("group-days"));
    Context::figure(QStringLiteral("calendar_month_over_cap"), qint64(overCap),
                    QStringLiteral("member-weeks"));
    return 0;
}

} // namespace siyu::bench
