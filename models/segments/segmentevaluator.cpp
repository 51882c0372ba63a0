// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/segmentevaluator.h"

#include "models/segments/rfm.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QSqlQuery>

namespace siyu {

SegmentEvaluator::SegmentEvaluator(Workspace &ws, qint64 asOf)
    : m_ws(ws), m_asOf(asOf), m_context(RuleCompiler::contextFor(ws, asOf))
{}

SqlFragment SegmentEvaluator::condition(const Rule &rule) const
{
    RuleCompiler::Context context = m_context;
    if (rule.contains(Rule::Kind::Rfm))
        context.rfmCellsPrepared = rfm::prepareCells(m_ws, m_asOf, context.rfmWindowDays).ok();
    return RuleCompiler(context).condition(rule);
}

Result<qint64> SegmentEvaluator::count(const Rule &rule) const
{
    return count(condition(rule));
}

Result<std::vector<qint64>> SegmentEvaluator::memberRefs(const Rule &rule) const
{
    return memberRefs(condition(rule));
}

Result<qint64> SegmentEvaluator::count(const SqlFragment &condition) const
{
    const SqlFragment query = RuleCompiler::selectCount(condition);
    auto value = sql::scalar(m_ws.db(), query.sql, query.binds);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<std::vector<qint64>> SegmentEvaluator::memberRefs(const SqlFragment &condition) const
{
    const SqlFragment statement = RuleCompiler::selectIds(condition);
    auto query = sql::run(m_ws.db(), statement.sql, statement.binds);
    if (!query)
        return query.error();
    std::vector<qint64> refs;
    while (query->next())
        refs.push_back(query->value(0).toLongLong());
    return refs;
}

Result<QStringList> SegmentEvaluator::memberIds(const SqlFragment &condition) const
{
    auto query = sql::run(m_ws.db(),
                          QStringLiteral("SELECT m.member_id FROM members m WHERE m.deleted_at IS "
                                         "NULL AND ") +
                              condition.sql + QStringLiteral(" ORDER BY m.id"),
                          condition.binds);
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

} // namespace siyu
