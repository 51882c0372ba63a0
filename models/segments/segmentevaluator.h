// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rulecompiler.h"

#include <QStringList>

#include <vector>

namespace siyu {

class Workspace;

// Evaluates rules against one workspace at one as-of time (the "now" of within_days windows,
// group membership and RFM). Soft-deleted members never match.
class SegmentEvaluator
{
public:
    SegmentEvaluator(Workspace &ws, qint64 asOf);

    qint64 asOf() const { return m_asOf; }
    // The rule compiled for this workspace's connection. A rule with rfm nodes first has the
    // RFM cells prepared on it (rfm::prepareCells), falling back to inline SQL if that fails.
    SqlFragment condition(const Rule &rule) const;

    Result<qint64> count(const Rule &rule) const;
    Result<std::vector<qint64>> memberRefs(const Rule &rule) const;
    // The same for a condition over `members m` (a compiled rule, a frozen list).
    Result<qint64> count(const SqlFragment &condition) const;
    Result<std::vector<qint64>> memberRefs(const SqlFragment &condition) const;
    // The members' own keys (`member_id`), in row id order.
    Result<QStringList> memberIds(const SqlFragment &condition) const;

private:
    Workspace &m_ws;
    qint64 m_asOf;
    RuleCompiler::Context m_context;
};

} // namespace siyu
