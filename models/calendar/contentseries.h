// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/common/error.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// An SOP series (群SOP): the same piece at the same local time every week or every month,
// for each of its target groups, from `startsOn` up to the horizon `endsOn` (both included).
struct ContentSeries
{
    enum class Frequency
    {
        Weekly,
        Monthly
    };

    qint64 id = 0;
    QString title;
    QString kind;
    QString channel;
    qint64 campaignRef = 0;
    QString owner;
    QString targetStage;
    QString body;
    QString status = QStringLiteral("scheduled"); // of the items it generates
    Frequency frequency = Frequency::Weekly;
    int weekday = 1;  // 1 = Monday … 7 = Sunday (weekly)
    int monthDay = 1; // 1–31, clamped to the month's last day (monthly)
    QTime time{20, 0};
    QDate startsOn;
    QDate endsOn;
    QList<qint64> groupRefs; // listed target groups
    QString groupTag;        // and every group whose name or theme holds this text

    bool operator==(const ContentSeries &other) const;
};

// One occurrence: its local day and its instant.
struct Occurrence
{
    QDate day;
    qint64 at = 0;
};

namespace series {

// The local days of the series between startsOn and endsOn; a monthly day past the month's
// end falls on its last day (the 31st in a 30-day month is the 30th).
QList<QDate> occurrenceDays(const ContentSeries &series);
// The instant of `time` on `day` in `zone`: the same wall-clock time across daylight-saving
// changes; a time skipped by the change is moved past the gap.
qint64 localInstant(const QDate &day, const QTime &time, const QTimeZone &zone);
std::vector<Occurrence> occurrences(const ContentSeries &series, const QTimeZone &zone);

} // namespace series

// A series as stored with everything it generated: the state a command puts back.
struct SeriesState
{
    std::optional<ContentSeries> series; // none: the series does not exist
    QSet<QPair<qint64, QString>> skips;  // (group, day) occurrences skipped
    std::vector<ContentSnapshot> items;  // its items (and, after a delete, those it left)
};

// Reads and writes series; plans what saving or deleting one does to its items.
class SeriesRepository
{
public:
    explicit SeriesRepository(Workspace &workspace);

    Result<std::vector<ContentSeries>> all() const;
    Result<SeriesState> state(qint64 id) const;
    Result<qint64> nextId() const;
    // The groups the series targets: the listed ones and those its tag matches.
    Result<QList<qint64>> targetGroups(const ContentSeries &series) const;

    // What saving `series` leads to from `current`: one item per target group and occurrence
    // not skipped; an item already there keeps its row id and, when published or edited by
    // hand, stays as it is; others take the series' fields; items no longer due are removed
    // unless published or edited by hand. New items get row ids from `firstFreeId` on.
    Result<SeriesState> plan(const ContentSeries &series, const SeriesState &current,
                             qint64 firstFreeId) const;
    // What deleting it leads to: the series gone; its published items kept (no longer part
    // of a series) when `keepPublished`, every other item removed.
    static SeriesState planRemoval(const SeriesState &current, bool keepPublished);

    // Makes the store hold `target` for series `id`, replacing `current` (one transaction).
    Status apply(qint64 id, const SeriesState &current, const SeriesState &target);

private:
    Status writeSeries(const ContentSeries &series, const QSet<QPair<qint64, QString>> &skips);

    Workspace &m_workspace;
};

} // namespace siyu
