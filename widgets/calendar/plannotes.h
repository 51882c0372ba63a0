// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/calendar/planwarnings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <vector>

namespace siyu {

class Workspace;
struct DayMarks;

// The planning warnings in words, for the calendar's bar, its day marks and the item dialog.
class PlanNotes
{
    Q_DECLARE_TR_FUNCTIONS(siyu::PlanNotes)

public:
    // What the calendar warns of for [firstDay, endDay): pushes over the limit, members over
    // the weekly cap (each ISO week touching the range), and the gap days.
    struct Range
    {
        std::vector<PushOverload> pushes;
        std::vector<ContactOverload> contacts; // weeks with at least one member over the cap
        std::vector<GapDay> gaps;
        int pushLimit = 0;
        QString error;
    };
    static Range check(Workspace &ws, const QDate &firstDay, const QDate &endDay);
    static QHash<QDate, DayMarks> dayMarks(const Range &range);
    // One sentence per week and one for the push limit, for the bar above the calendar.
    static QStringList summary(const Range &range);

    // The warnings for `pending`, an item being edited, sent to each of `groupRefs` (the
    // dialog's target groups): one sentence each.
    static QStringList forItem(Workspace &ws, const ContentItem &pending,
                               const QList<qint64> &groupRefs);

    static QString pushSentence(const PushOverload &overload, int limit);
    static QString contactSentence(const ContactOverload &overload);
};

} // namespace siyu
