// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/segmentstats.h"

#include "models/common/timeutil.h"
#include "models/segments/lifecycle.h"
#include "models/segments/stagetimeline.h"
#include "models/store/settings.h"
#include "models/store/settingschange.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace siyu::segmentstats {

namespace {

bool inGrid(int r, int fm)
{
    return r >= 1 && r <= 5 && fm >= 1 && fm <= 5;
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// One row of stage_history, its stages as indexes (-1: NULL or unknown).
struct Change
{
    qint64 at = 0;
    int from = -1;
    int to = -1;
};

int stageOrAwareness(const QString &stage)
{
    const int index = stageIndex(stage);
    return index < 0 ? 0 : index;
}

// The stage at `t` of a member with these changes (sorted by time) and this stored stage.
int stageAt(const std::vector<Change> &changes, int stored, qint64 t)
{
    if (changes.empty())
        return stored;
    int stage = changes.front().from >= 0 ? changes.front().from : 0;
    for (const Change &c : changes) {
        if (c.at >= t)
            break;
        stage = c.to >= 0 ? c.to : stage;
    }
    return stage;
}

struct LiveMember
{
    qint64 ref = 0;
    qint64 joinedAt = 0;
    std::optional<qint64> deletedAt;
    int stored = 0;
};

class WeekCounter
{
public:
    explicit WeekCounter(StageWeeks &weeks) : m_weeks(weeks)
    {
        m_weeks.counts.assign(size_t(weeks.ends.size()), {});
    }

    void add(const LiveMember &m, const std::vector<Change> &changes)
    {
        for (qsizetype w = 0; w < m_weeks.ends.size(); ++w) {
            const qint64 t = m_weeks.ends.at(w);
            if (m.joinedAt >= t || (m.deletedAt && *m.deletedAt < t))
                continue;
            m_weeks.counts[size_t(w)][size_t(stageAt(changes, m.stored, t))] += 1;
        }
    }

private:
    StageWeeks &m_weeks;
};

void weekFrame(StageWeeks &out, const QTimeZone &zone, qint64 asOf, int weeks)
{
    const QDate day = timeutil::localDate(asOf, zone);
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    for (int i = weeks - 1; i >= 0; --i) {
        const QDate first = monday.addDays(-7 * qint64(i));
        out.mondays << first;
        out.ends << std::min(timeutil::startOfDay(first.addDays(7), zone), asOf);
    }
    out.lastSoFar = timeutil::startOfDay(monday.addDays(7), zone) > asOf;
}

} // namespace

qint64 RfmGrid::count(int r, int fm) const
{
    return inGrid(r, fm) ? counts[size_t(r - 1)][size_t(fm - 1)] : 0;
}

qint64 RfmGrid::monetaryCents(int r, int fm) const
{
    return inGrid(r, fm) ? cents[size_t(r - 1)][size_t(fm - 1)] : 0;
}

std::optional<double> RfmGrid::averageCents(int r, int fm) const
{
    return ratio(monetaryCents(r, fm), count(r, fm));
}

qint64 RfmGrid::count(rfm::Cell cell) const
{
    qint64 n = 0;
    for (const QVariant &code : rfm::gridCodes(cell))
        n += count(code.toInt() / 10, code.toInt() % 10);
    return n;
}

qint64 RfmGrid::monetaryCents(rfm::Cell cell) const
{
    qint64 n = 0;
    for (const QVariant &code : rfm::gridCodes(cell))
        n += monetaryCents(code.toInt() / 10, code.toInt() % 10);
    return n;
}

std::optional<double> RfmGrid::share(rfm::Cell cell) const
{
    return ratio(count(cell), scored);
}

QList<qint64> RfmGrid::membersAt(int r, int fm) const
{
    QList<qint64> refs;
    for (const Member &m : members) {
        if (m.r == r && m.fm == fm)
            refs << m.ref;
    }
    return refs;
}

QList<qint64> RfmGrid::membersOf(rfm::Cell cell) const
{
    QList<qint64> refs;
    for (const Member &m : members) {
        if (rfm::cellOf(m.r, m.fm) == cell)
            refs << m.ref;
    }
    return refs;
}

RfmGrid rfmGrid(const std::vector<rfm::Score> &scores, qint64 asOf, int windowDays)
{
    RfmGrid grid;
    grid.asOf = asOf;
    grid.windowDays = windowDays;
    grid.members.reserve(scores.size());
    for (const rfm::Score &s : scores) {
        if (!inGrid(s.r, s.fm))
            continue;
        grid.counts[size_t(s.r - 1)][size_t(s.fm - 1)] += 1;
        grid.cents[size_t(s.r - 1)][size_t(s.fm - 1)] += s.monetaryCents;
        grid.members.push_back({s.memberRef, s.r, s.fm});
        ++grid.scored;
    }
    return grid;
}

Result<RfmGrid> rfmGrid(Workspace &ws, qint64 asOf, int windowDays)
{
    auto scores = rfm::compute(ws, asOf, windowDays);
    if (!scores)
        return scores.error();
    return rfmGrid(*scores, asOf, windowDays);
}

int stageIndex(const QString &stage)
{
    const auto code = lifecycle::stageCode(stage);
    return code ? int(*code) : -1;
}

qint64 LifecycleFunnel::total() const
{
    qint64 n = 0;
    for (qint64 c : counts)
        n += c;
    return n;
}

std::optional<double> LifecycleFunnel::share(int stage) const
{
    if (stage < 0 || stage >= stageCount)
        return std::nullopt;
    return ratio(counts[size_t(stage)], total());
}

qint64 LifecycleFunnel::reached(int stage) const
{
    qint64 n = 0;
    for (int i = std::max(stage, 0); i < churnIndex; ++i)
        n += counts[size_t(i)];
    return n;
}

std::optional<double> LifecycleFunnel::conversion(int stage) const
{
    if (stage < 1 || stage >= churnIndex)
        return std::nullopt;
    return ratio(reached(stage), reached(stage - 1));
}

Result<LifecycleFunnel> lifecycleFunnel(Workspace &ws)
{
    Statement stages(ws.handle(),
                     "SELECT id, stage FROM members WHERE deleted_at IS NULL ORDER BY id");
    if (!stages.isValid())
        return stages.prepareError();
    LifecycleFunnel funnel;
    while (stages.step()) {
        const int stage = stageIndex(stages.text(1));
        if (stage < 0)
            continue;
        funnel.counts[size_t(stage)] += 1;
        funnel.members[size_t(stage)] << stages.int64(0);
    }
    return funnel;
}

Result<StageWeeks> stageWeeks(Workspace &ws, qint64 asOf, int weeks)
{
    StageWeeks out;
    weekFrame(out, ws.timeZone(), asOf, std::max(weeks, 1));
    Statement members(ws.handle(),
                      "SELECT id, joined_at, deleted_at, stage FROM members ORDER BY id");
    Statement history(ws.handle(), "SELECT member_ref, at, from_stage, to_stage FROM stage_history "
                                   "WHERE by_rules = 1 ORDER BY member_ref, at, id");
    for (const Statement *statement : {&members, &history}) {
        if (!statement->isValid())
            return statement->prepareError();
    }
    WeekCounter counter(out);
    bool more = history.step();
    std::vector<Change> changes;
    while (members.step()) {
        LiveMember m;
        m.ref = members.int64(0);
        m.joinedAt = members.int64(1);
        if (!members.isNull(2))
            m.deletedAt = members.int64(2);
        m.stored = stageOrAwareness(members.text(3));
        changes.clear();
        while (more && history.int64(0) < m.ref) {
            const qint64 at = history.int64(1);
            out.historyStart = std::min(out.historyStart.value_or(at), at);
            more = history.step();
        }
        while (more && history.int64(0) == m.ref) {
            const qint64 at = history.int64(1);
            out.historyStart = std::min(out.historyStart.value_or(at), at);
            changes.push_back({at, history.isNull(2) ? -1 : stageIndex(history.text(2)),
                               stageIndex(history.text(3))});
            more = history.step();
        }
        counter.add(m, changes);
    }
    return out;
}

Status saveChurnDays(Workspace &ws, int days)
{
    if (days < 1)
        return makeError(
            QCoreApplication::translate("siyu::segmentstats", "churn needs at least one day"));
    SettingsChange change;
    change.set(settings::churnDays, days);
    return change.apply(ws);
}

tiers::Level levelOf(const tiers::MemberTiers &member, Measure measure)
{
    switch (measure) {
    case Measure::Spending:
        return member.spending;
    case Measure::Frequency:
        return member.frequency;
    case Measure::Loyalty:
        break;
    }
    return member.loyalty;
}

qint64 TierSummary::count(Measure measure, tiers::Level level) const
{
    return levels[size_t(measure)][size_t(level)];
}

qint64 TierSummary::matrixCount(tiers::Level spending, tiers::Level frequency) const
{
    return matrix[size_t(spending)][size_t(frequency)];
}

QList<qint64> TierSummary::membersOf(Measure measure, tiers::Level level) const
{
    QList<qint64> refs;
    for (const tiers::MemberTiers &m : members) {
        if (levelOf(m, measure) == level)
            refs << m.memberRef;
    }
    return refs;
}

QList<qint64> TierSummary::matrixMembers(tiers::Level spending, tiers::Level frequency) const
{
    QList<qint64> refs;
    for (const tiers::MemberTiers &m : members) {
        if (m.spending == spending && m.frequency == frequency)
            refs << m.memberRef;
    }
    return refs;
}

TierSummary tierSummary(std::vector<tiers::MemberTiers> members, qint64 asOf,
                        const tiers::Thresholds &thresholds)
{
    TierSummary summary;
    summary.asOf = asOf;
    summary.thresholds = thresholds;
    for (const tiers::MemberTiers &m : members) {
        for (int measure = 0; measure < measureCount; ++measure)
            summary.levels[size_t(measure)][size_t(levelOf(m, Measure(measure)))] += 1;
        summary.matrix[size_t(m.spending)][size_t(m.frequency)] += 1;
    }
    summary.members = std::move(members);
    return summary;
}

Result<TierSummary> tierSummary(Workspace &ws, qint64 asOf, const tiers::Thresholds &thresholds)
{
    auto members = tiers::compute(ws, asOf, thresholds);
    if (!members)
        return members.error();
    return tierSummary(std::move(*members), asOf, thresholds);
}

} // namespace siyu::segmentstats
