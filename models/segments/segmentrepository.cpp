// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/segmentrepository.h"

#include "models/segments/segmentevaluator.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace siyu {

namespace {

const QString selectSegment =
    QStringLiteral("SELECT id, name, kind, rule, description, created_at FROM segments");

Segment segmentOf(const QSqlQuery &query)
{
    Segment s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.kind = query.value(2).toString() == QLatin1String("static") ? Segment::Kind::Static
                                                                  : Segment::Kind::Dynamic;
    s.rule = query.value(3).toString();
    s.description = query.value(4).toString();
    s.createdAt = query.value(5).toLongLong();
    return s;
}

QString kindName(Segment::Kind kind)
{
    return kind == Segment::Kind::Static ? QStringLiteral("static") : QStringLiteral("dynamic");
}

// NULL for an empty text, so that the column stays empty rather than ''.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SegmentRepository::SegmentRepository(Workspace &ws) : m_ws(ws) {}

Result<std::vector<Segment>> SegmentRepository::list() const
{
    auto query = sql::run(m_ws.db(), selectSegment + QStringLiteral(" ORDER BY name, id"));
    if (!query)
        return query.error();
    std::vector<Segment> segments;
    while (query->next())
        segments.push_back(segmentOf(*query));
    return segments;
}

Result<Segment> SegmentRepository::find(qint64 id) const
{
    auto query = sql::run(m_ws.db(), selectSegment + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(tr("there is no segment %1").arg(id));
    return segmentOf(*query);
}

Result<std::optional<Segment>> SegmentRepository::findByName(const QString &name) const
{
    auto query =
        sql::run(m_ws.db(), selectSegment + QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Segment>();
    return std::optional<Segment>(segmentOf(*query));
}

Result<qint64> SegmentRepository::upsert(const QString &name, Segment::Kind kind,
                                         const QString &rule, const QString &description)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("a segment needs a name"));
    auto id =
        sql::scalar(m_ws.db(), QStringLiteral("SELECT id FROM segments WHERE name = ?"), {trimmed});
    if (!id)
        return id.error();
    if (id->isValid()) {
        const Status status = sql::exec(
            m_ws.db(),
            QStringLiteral("UPDATE segments SET kind = ?, rule = ?, description = ? WHERE id = ?"),
            {kindName(kind), textOrNull(rule), textOrNull(description), *id});
        if (!status)
            return status.error();
        return id->toLongLong();
    }
    auto inserted = sql::run(m_ws.db(),
                             QStringLiteral("INSERT INTO segments(name, kind, rule, description, "
                                            "created_at) VALUES(?, ?, ?, ?, ?)"),
                             {trimmed, kindName(kind), textOrNull(rule), textOrNull(description),
                              QDateTime::currentSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Result<qint64> SegmentRepository::saveDynamic(const QString &name, const Rule &rule,
                                              const QString &description)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto id = upsert(name, Segment::Kind::Dynamic, rule.toJsonText(), description);
    if (!id)
        return id.error();
    if (Status status = replaceMembers(*id, {}); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *id;
}

Status SegmentRepository::replaceMembers(qint64 segmentRef, const std::vector<qint64> &memberRefs)
{
    if (Status status = sql::exec(
            m_ws.db(), QStringLiteral("DELETE FROM segment_members WHERE segment_ref = ?"),
            {segmentRef});
        !status)
        return status;
    if (memberRefs.empty())
        return {};
    Statement insert(m_ws.handle(), "INSERT OR IGNORE INTO segment_members(segment_ref, "
                                    "member_ref) SELECT ?1, id FROM members WHERE id = ?2");
    if (!insert.isValid())
        return insert.prepareError();
    for (const qint64 ref : memberRefs) {
        insert.bind(1, segmentRef);
        insert.bind(2, ref);
        if (!insert.exec())
            return makeError(insert.errorMessage());
    }
    return {};
}

Result<qint64> SegmentRepository::saveStatic(const QString &name,
                                             const std::vector<qint64> &memberRefs,
                                             const QString &description, const QString &rule)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto id = upsert(name, Segment::Kind::Static, rule, description);
    if (!id)
        return id.error();
    if (Status status = replaceMembers(*id, memberRefs); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *id;
}

Result<qint64> SegmentRepository::freeze(const QString &name, const Rule &rule, qint64 asOf,
                                         const QString &description)
{
    auto refs = SegmentEvaluator(m_ws, asOf).memberRefs(rule);
    if (!refs)
        return refs.error();
    return saveStatic(name, *refs, description, rule.toJsonText());
}

Status SegmentRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("a segment needs a name"));
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto clash = sql::scalar(
        m_ws.db(), QStringLiteral("SELECT count(*) FROM segments WHERE name = ? AND id <> ?"),
        {trimmed, id});
    if (!clash)
        return clash.error();
    if (clash->toLongLong() > 0)
        return makeError(tr("there is already a segment named %1").arg(trimmed));
    if (Status status = sql::exec(
            m_ws.db(), QStringLiteral("UPDATE segments SET name = ? WHERE id = ?"), {trimmed, id});
        !status)
        return status;
    return transaction.commit();
}

Status SegmentRepository::remove(qint64 id)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    // Explicit, so that the sizes and members go even where foreign keys are off.
    for (const QString &statement :
         {QStringLiteral("DELETE FROM segment_members WHERE segment_ref = ?"),
          QStringLiteral("DELETE FROM segment_sizes WHERE segment_ref = ?"),
          QStringLiteral("DELETE FROM segments WHERE id = ?")}) {
        if (Status status = sql::exec(m_ws.db(), statement, {id}); !status)
            return status;
    }
    return transaction.commit();
}

Result<SqlFragment> SegmentRepository::condition(const Segment &segment, qint64 asOf) const
{
    if (segment.kind == Segment::Kind::Static)
        return SqlFragment{QStringLiteral("m.id IN (SELECT sm.member_ref FROM segment_members sm "
                                          "WHERE sm.segment_ref = ?)"),
                           {segment.id}};
    auto rule = Rule::parse(segment.rule);
    if (!rule)
        return makeError(
            tr("the rule of segment %1 is malformed: %2").arg(segment.name, rule.error().message));
    return SegmentEvaluator(m_ws, asOf).condition(*rule);
}

Result<qint64> SegmentRepository::count(const Segment &segment, qint64 asOf) const
{
    auto where = condition(segment, asOf);
    if (!where)
        return where.error();
    return SegmentEvaluator(m_ws, asOf).count(*where);
}

Result<std::vector<qint64>> SegmentRepository::memberRefs(const Segment &segment, qint64 asOf) const
{
    auto where = condition(segment, asOf);
    if (!where)
        return where.error();
    return SegmentEvaluator(m_ws, asOf).memberRefs(*where);
}

Status SegmentRepository::recordSize(qint64 segmentRef, qint64 at, qint64 size)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    if (Status status =
            sql::exec(m_ws.db(),
                      QStringLiteral("INSERT OR REPLACE INTO segment_sizes(segment_ref, "
                                     "at, size) VALUES(?, ?, ?)"),
                      {segmentRef, at, size});
        !status)
        return status;
    return transaction.commit();
}

Result<std::vector<SegmentSize>> SegmentRepository::sizeHistory(qint64 segmentRef) const
{
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral("SELECT at, size FROM segment_sizes WHERE segment_ref = ? ORDER BY at"),
        {segmentRef});
    if (!query)
        return query.error();
    std::vector<SegmentSize> sizes;
    while (query->next())
        sizes.push_back({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return sizes;
}

Status SegmentRepository::recordAllSizes(qint64 at)
{
    auto segments = list();
    if (!segments)
        return segments.error();
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    for (const Segment &segment : *segments) {
        auto size = count(segment, at);
        if (!size)
            return size.error();
        if (Status status = recordSize(segment.id, at, *size); !status)
            return status;
    }
    return transaction.commit();
}

Result<std::vector<SegmentSummary>> SegmentRepository::summaries() const
{
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral("SELECT s.id, s.name, s.kind, s.rule, s.description, s.created_at, z.at, "
                       "z.size FROM segments s LEFT JOIN segment_sizes z ON z.segment_ref = s.id "
                       "AND z.at = (SELECT max(at) FROM segment_sizes WHERE segment_ref = s.id) "
                       "ORDER BY s.name, s.id"));
    if (!query)
        return query.error();
    std::vector<SegmentSummary> out;
    while (query->next()) {
        SegmentSummary summary{segmentOf(*query), std::nullopt};
        if (!query->value(6).isNull())
            summary.last = SegmentSize{query->value(6).toLongLong(), query->value(7).toLongLong()};
        out.push_back(std::move(summary));
    }
    return out;
}

Result<SegmentSnapshot> SegmentRepository::snapshot(qint64 id) const
{
    auto segment = find(id);
    if (!segment)
        return segment.error();
    auto sizes = sizeHistory(id);
    if (!sizes)
        return sizes.error();
    SegmentSnapshot snapshot{*segment, {}, *sizes};
    auto members = sql::run(
        m_ws.db(),
        QStringLiteral("SELECT member_ref FROM segment_members WHERE segment_ref = ? ORDER BY 1"),
        {id});
    if (!members)
        return members.error();
    while (members->next())
        snapshot.members.push_back(members->value(0).toLongLong());
    return snapshot;
}

Status SegmentRepository::restore(const SegmentSnapshot &snapshot)
{
    const Segment &s = snapshot.segment;
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto clash = sql::scalar(
        m_ws.db(), QStringLiteral("SELECT count(*) FROM segments WHERE name = ? AND id <> ?"),
        {s.name, s.id});
    if (!clash)
        return clash.error();
    if (clash->toLongLong() > 0)
        return makeError(tr("there is already a segment named %1").arg(s.name));
    if (Status status = sql::exec(
            m_ws.db(),
            QStringLiteral("INSERT INTO segments(id, name, kind, rule, description, created_at) "
                           "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                           "name = excluded.name, kind = excluded.kind, rule = excluded.rule, "
                           "description = excluded.description, created_at = "
                           "excluded.created_at"),
            {s.id, s.name, kindName(s.kind), textOrNull(s.rule), textOrNull(s.description),
             s.createdAt});
        !status)
        return status;
    if (Status status = replaceMembers(s.id, snapshot.members); !status)
        return status;
    if (Status status = sql::exec(
            m_ws.db(), QStringLiteral("DELETE FROM segment_sizes WHERE segment_ref = ?"), {s.id});
        !status)
        return status;
    for (const SegmentSize &size : snapshot.sizes) {
        if (Status status = sql::exec(m_ws.db(),
                                      QStringLiteral("INSERT INTO segment_sizes(segment_ref, at, "
                                                     "size) VALUES(?, ?, ?)"),
                                      {s.id, size.at, size.size});
            !status)
            return status;
    }
    return transaction.commit();
}

Result<QString> SegmentRepository::unusedName(const QString &base) const
{
    const QString trimmed = base.trimmed();
    for (int n = 1; n < 10000; ++n) {
        const QString name = n == 1 ? trimmed : QStringLiteral("%1 %2").arg(trimmed).arg(n);
        auto found = findByName(name);
        if (!found)
            return found.error();
        if (!found->has_value())
            return name;
    }
    return makeError(tr("no free name for a segment like %1").arg(trimmed));
}

} // namespace siyu
