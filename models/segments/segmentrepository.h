// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rulecompiler.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// A named segment: a rule evaluated whenever it is used (dynamic), or the members it held when
// it was frozen (static).
struct Segment
{
    enum class Kind
    {
        Dynamic,
        Static
    };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Dynamic;
    QString rule; // JSON of a dynamic segment (also kept for a static one frozen from a rule)
    QString description;
    qint64 createdAt = 0;
};

struct SegmentSize
{
    qint64 at = 0;
    qint64 size = 0;
};

// A segment with its latest recorded size, for lists.
struct SegmentSummary
{
    Segment segment;
    std::optional<SegmentSize> last; // none when it was never evaluated
};

// Everything the store holds about one segment, so that an undo can put it back as it was
// (same row id, frozen members, size history).
struct SegmentSnapshot
{
    Segment segment;
    std::vector<qint64> members; // static segments
    std::vector<SegmentSize> sizes;
};

// The `segments`, `segment_members` and `segment_sizes` tables. Every write is one transaction.
class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(siyu::SegmentRepository)

public:
    explicit SegmentRepository(Workspace &ws);

    Result<std::vector<Segment>> list() const; // by name
    Result<Segment> find(qint64 id) const;
    // nullopt when there is no segment of that name.
    Result<std::optional<Segment>> findByName(const QString &name) const;

    // Creates the dynamic segment `name`, or replaces what the segment of that name holds.
    Result<qint64> saveDynamic(const QString &name, const Rule &rule,
                               const QString &description = {});
    // Creates or replaces the static segment `name` with exactly these members.
    Result<qint64> saveStatic(const QString &name, const std::vector<qint64> &memberRefs,
                              const QString &description = {}, const QString &rule = {});
    // Evaluates `rule` at `asOf` and saves the result as the static segment `name`.
    Result<qint64> freeze(const QString &name, const Rule &rule, qint64 asOf,
                          const QString &description = {});
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

    // Every segment by name, each with its latest recorded size.
    Result<std::vector<SegmentSummary>> summaries() const;
    Result<SegmentSnapshot> snapshot(qint64 id) const;
    // Writes the segment exactly as `snapshot` holds it (its row id, name, kind, rule, members
    // and sizes), replacing what that row holds now; one transaction. Frozen members that no
    // longer exist are left out. A name taken by another segment is an error.
    Status restore(const SegmentSnapshot &snapshot);
    // A name no segment has: `base`, else "base 2", "base 3", ...
    Result<QString> unusedName(const QString &base) const;

    // The members of a segment as a condition over `members m`: its rule at `asOf` for a
    // dynamic segment, its frozen list for a static one. A stored rule that no longer parses is
    // an error naming the segment.
    Result<SqlFragment> condition(const Segment &segment, qint64 asOf) const;
    Result<qint64> count(const Segment &segment, qint64 asOf) const;
    Result<std::vector<qint64>> memberRefs(const Segment &segment, qint64 asOf) const;

    // Size over time: one point per (segment, time); recording the same time again replaces it.
    Status recordSize(qint64 segmentRef, qint64 at, qint64 size);
    Result<std::vector<SegmentSize>> sizeHistory(qint64 segmentRef) const;
    // Counts every segment at `at` and records the sizes, in one transaction.
    Status recordAllSizes(qint64 at);

private:
    Result<qint64> upsert(const QString &name, Segment::Kind kind, const QString &rule,
                          const QString &description);
    Status replaceMembers(qint64 segmentRef, const std::vector<qint64> &memberRefs);

    Workspace &m_ws;
};

} // namespace siyu
