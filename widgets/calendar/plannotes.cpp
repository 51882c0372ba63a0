// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/plannotes.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/calendar/calendargridview.h"

#include <QLocale>
#include <QSet>

namespace siyu {

PlanNotes::Range PlanNotes::check(Workspace &ws, const QDate &firstDay, const QDate &endDay)
{
    Range range;
    range.pushLimit = settings::pushesPerGroupPerDay.get(ws);
    auto pushes = planwarnings::pushOverloads(ws, firstDay, endDay, range.pushLimit);
    auto gaps = planwarnings::gapDays(ws, firstDay, endDay);
    if (!pushes || !gaps) {
        range.error = (!pushes ? pushes.error() : gaps.error()).toString();
        return range;
    }
    range.pushes = std::move(*pushes);
    range.gaps = std::move(*gaps);
    const int cap = settings::weeklyContactCap.get(ws);
    for (QDate monday = firstDay.addDays(1 - firstDay.dayOfWeek()); monday < endDay;
         monday = monday.addDays(7)) {
        auto contacts = planwarnings::contactOverload(ws, monday, cap);
        if (!contacts) {
            range.error = contacts.error().toString();
            return range;
        }
        if (!contacts->members.empty())
            range.contacts.push_back(std::move(*contacts));
    }
    return range;
}

QHash<QDate, DayMarks> PlanNotes::dayMarks(const Range &range)
{
    QHash<QDate, DayMarks> marks;
    for (const PushOverload &o : range.pushes) {
        QString &warning = marks[o.day].warning;
        if (!warning.isEmpty())
            warning += QLatin1Char('\n');
        warning += pushSentence(o, range.pushLimit);
    }
    for (const GapDay &gap : range.gaps)
        marks[gap.day].gapGroups << gap.groupName;
    return marks;
}

QString PlanNotes::pushSentence(const PushOverload &o, int limit)
{
    return tr("%1 gets %2 pushes on %3 (the limit is %4 a day).")
        .arg(o.groupName)
        .arg(o.pushes)
        .arg(units::shortDate(o.day))
        .arg(limit);
}

QString PlanNotes::contactSentence(const ContactOverload &o)
{
    const QString week = timeutil::isoWeekName(o.monday);
    if (o.members.size() == 1)
        return tr("1 member would be contacted more than %1 times in week %2.")
            .arg(o.cap)
            .arg(week);
    return tr("%1 members would be contacted more than %2 times in week %3.")
        .arg(QLocale().toString(qint64(o.members.size())))
        .arg(o.cap)
        .arg(week);
}

QStringList PlanNotes::summary(const Range &range)
{
    QStringList lines;
    if (!range.error.isEmpty())
        lines << range.error;
    if (!range.pushes.empty()) {
        QStringList parts;
        for (const PushOverload &o : range.pushes)
            parts << tr("%1 on %2 (%3)").arg(o.groupName, units::shortDate(o.day)).arg(o.pushes);
        lines << tr("Over the push limit of %1 a group a day: %2")
                     .arg(range.pushLimit)
                     .arg(parts.join(QStringLiteral("; ")));
    }
    for (const ContactOverload &o : range.contacts)
        lines << contactSentence(o);
    return lines;
}

QStringList PlanNotes::forItem(Workspace &ws, const ContentItem &pending,
                               const QList<qint64> &groupRefs)
{
    QStringList lines;
    const QTimeZone zone = ws.timeZone();
    const QDate day = timeutil::localDate(pending.scheduledAt, zone);
    const int limit = settings::pushesPerGroupPerDay.get(ws);
    const int cap = settings::weeklyContactCap.get(ws);
    QSet<qint64> overCap;
    int overCapWeekCount = 0;
    for (qint64 group : groupRefs) {
        if (group <= 0)
            continue;
        ContentItem item = pending;
        item.groupRef = group;
        auto pushes = planwarnings::pushOverloads(ws, day, day.addDays(1), limit, item);
        if (pushes) {
            for (const PushOverload &o : *pushes) {
                if (o.groupRef == group)
                    lines << pushSentence(o, limit);
            }
        }
        auto contacts =
            planwarnings::contactOverload(ws, day.addDays(1 - day.dayOfWeek()), cap, item);
        if (contacts) {
            for (const OverContactedMember &m : contacts->members)
                overCap.insert(m.memberRef);
            overCapWeekCount = std::max(overCapWeekCount, int(contacts->members.size()));
        }
    }
    if (overCapWeekCount > 0) {
        ContactOverload o;
        o.monday = day.addDays(1 - day.dayOfWeek());
        o.cap = cap;
        o.members.resize(size_t(overCap.size()));
        lines << contactSentence(o);
    }
    return lines;
}

} // namespace siyu
