// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/grouprepository.h"

#include "models/store/handedits.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace siyu {

namespace {

// Current members are counted from the partial index memberships_current (schema V2), so the
// whole list costs one pass over the memberships that have not ended. Members in the trash
// (deleted, not erased) are not counted; the set of them is built once per statement.
const char summarySelect[] = R"(
    SELECT g.id, g.group_id, g.name, g.platform, g.owner_ref, s.name AS owner_name, g.theme,
           g.created_at,
           g.member_cap, g.status,
           (SELECT count(*) FROM memberships m
             WHERE m.group_ref = g.id AND m.left_at IS NULL
               AND m.member_ref NOT IN (SELECT id FROM members WHERE deleted_at IS NOT NULL))
           AS current_members
      FROM groups g LEFT JOIN staff s ON s.id = g.owner_ref)";

QString translate(const char *text)
{
    return QCoreApplication::translate("siyu::GroupRepository", text);
}

QString sortExpression(GroupSortKey key)
{
    switch (key) {
    case GroupSortKey::Name:
        return QStringLiteral("name COLLATE NOCASE");
    case GroupSortKey::Platform:
        return QStringLiteral("platform COLLATE NOCASE");
    case GroupSortKey::Owner:
        return QStringLiteral("owner_name COLLATE NOCASE");
    case GroupSortKey::Theme:
        return QStringLiteral("theme COLLATE NOCASE");
    case GroupSortKey::Created:
        return QStringLiteral("created_at");
    case GroupSortKey::Members:
        return QStringLiteral("current_members");
    case GroupSortKey::Cap:
        return QStringLiteral("member_cap");
    case GroupSortKey::Fill:
        return QStringLiteral(
            "(CASE WHEN member_cap > 0 THEN current_members * 1.0 / member_cap END)");
    case GroupSortKey::Status:
        return QStringLiteral("status COLLATE NOCASE");
    }
    return QStringLiteral("name COLLATE NOCASE");
}

// Groups without a value sort last in either direction; ties keep a stable order.
QString orderBy(GroupSortKey key, Qt::SortOrder order)
{
    return QStringLiteral(" ORDER BY (%1) IS NULL, %1 %2, name COLLATE NOCASE, id")
        .arg(sortExpression(key),
             order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

GroupSummary summaryFrom(const QSqlQuery &q)
{
    GroupSummary g;
    g.ref = q.value(0).toLongLong();
    g.groupId = q.value(1).toString();
    g.name = q.value(2).toString();
    g.platform = q.value(3).toString();
    g.ownerRef = optionalInt(q.value(4));
    g.ownerName = q.value(5).toString();
    g.theme = q.value(6).toString();
    g.createdAt = optionalInt(q.value(7));
    if (const auto cap = optionalInt(q.value(8)); cap && *cap > 0)
        g.memberCap = int(*cap);
    g.status = q.value(9).toString();
    g.members = q.value(10).toInt();
    return g;
}

const char *columnOf(GroupField field)
{
    switch (field) {
    case GroupField::Name:
        return "name";
    case GroupField::Theme:
        return "theme";
    case GroupField::Cap:
        return "member_cap";
    case GroupField::Status:
        return "status";
    case GroupField::Owner:
        return "owner_ref";
    case GroupField::Platform:
        return "platform";
    }
    return "name";
}

QString memberSortExpression(GroupMemberSortKey key)
{
    switch (key) {
    case GroupMemberSortKey::Name:
        return QStringLiteral("display_name COLLATE NOCASE");
    case GroupMemberSortKey::Role:
        return QStringLiteral("CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END");
    case GroupMemberSortKey::Joined:
        return QStringLiteral("m.joined_at");
    case GroupMemberSortKey::Stage:
        return QStringLiteral("CASE p.stage WHEN 'awareness' THEN 0 WHEN 'interest' THEN 1 "
                              "WHEN 'purchase' THEN 2 WHEN 'loyalty' THEN 3 ELSE 4 END");
    case GroupMemberSortKey::LastActive:
        return QStringLiteral("p.last_active_at");
    }
    return QStringLiteral("m.joined_at");
}

} // namespace

std::optional<double> GroupSummary::fill() const
{
    if (!memberCap || *memberCap <= 0)
        return std::nullopt;
    return double(members) / double(*memberCap);
}

bool GroupSummary::isNearCap() const
{
    const auto ratio = fill();
    return ratio && *ratio >= nearCapThreshold;
}

QStringList GroupRepository::standardStatuses()
{
    return {QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("archived")};
}

Result<std::vector<GroupSummary>> GroupRepository::summaries(const GroupQuery &query) const
{
    // Materialized, so that sorting by the member count does not count a second time.
    QString statement = QStringLiteral("WITH listed AS MATERIALIZED (") +
                        QString::fromUtf8(summarySelect) + QStringLiteral(" WHERE 1");
    QVariantList binds;
    if (!query.search.trimmed().isEmpty()) {
        statement += QStringLiteral(" AND (g.name LIKE ? ESCAPE '\\' OR g.theme LIKE ? ESCAPE "
                                    "'\\')");
        const QString pattern = likePattern(query.search.trimmed());
        binds << pattern << pattern;
    }
    if (!query.platform.isEmpty()) {
        statement += QStringLiteral(" AND g.platform = ?");
        binds << query.platform;
    }
    statement += QStringLiteral(") SELECT * FROM listed") + orderBy(query.sortKey, query.order);
    auto q = sql::run(m_workspace.db(), statement, binds);
    if (!q)
        return q.error();
    std::vector<GroupSummary> rows;
    while (q->next())
        rows.push_back(summaryFrom(*q));
    return rows;
}

Result<GroupSummary> GroupRepository::summary(qint64 groupRef) const
{
    auto q =
        sql::run(m_workspace.db(),
                 QString::fromUtf8(summarySelect) + QStringLiteral(" WHERE g.id = ?"), {groupRef});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(translate("there is no group %1").arg(groupRef));
    return summaryFrom(*q);
}

Result<int> GroupRepository::count() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM groups"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QStringList> GroupRepository::platforms() const
{
    return sql::texts(m_workspace.db(),
                      QStringLiteral("SELECT DISTINCT platform FROM groups WHERE platform IS NOT "
                                     "NULL AND platform <> '' ORDER BY platform COLLATE NOCASE"));
}

Result<std::vector<StaffEntry>> GroupRepository::staff() const
{
    auto q = sql::run(m_workspace.db(),
                      QStringLiteral("SELECT id, name FROM staff ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    std::vector<StaffEntry> result;
    while (q->next())
        result.push_back({q->value(0).toLongLong(), q->value(1).toString()});
    return result;
}

Result<QStringList> GroupRepository::statuses() const
{
    auto q = sql::run(m_workspace.db(),
                      QStringLiteral("SELECT DISTINCT status FROM groups ORDER BY status"));
    if (!q)
        return q.error();
    QStringList result = standardStatuses();
    while (q->next()) {
        const QString status = q->value(0).toString();
        if (!status.isEmpty() && !result.contains(status))
            result << status;
    }
    return result;
}

Result<QVariant> GroupRepository::field(qint64 groupRef, GroupField field) const
{
    const QString statement = QStringLiteral("SELECT ") + QLatin1String(columnOf(field)) +
                              QStringLiteral(" FROM groups WHERE id = ?");
    auto q = sql::run(m_workspace.db(), statement, {groupRef});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(translate("there is no group %1").arg(groupRef));
    return q->value(0);
}

QVariant GroupRepository::normalized(GroupField field, const QVariant &value)
{
    switch (field) {
    case GroupField::Name:
    case GroupField::Status:
        return value.isNull() ? QVariant() : QVariant(value.toString().trimmed());
    case GroupField::Theme:
    case GroupField::Platform: {
        const QString theme = value.toString().trimmed();
        return theme.isEmpty() ? QVariant() : QVariant(theme);
    }
    case GroupField::Cap:
    case GroupField::Owner:
        return value.isNull() || !value.isValid() ? QVariant() : QVariant(value.toLongLong());
    }
    return value;
}

Status GroupRepository::validate(GroupField field, const QVariant &rawValue) const
{
    const QVariant value = normalized(field, rawValue);
    switch (field) {
    case GroupField::Name:
        if (value.toString().trimmed().isEmpty())
            return makeError(translate("a group needs a name"));
        return {};
    case GroupField::Status:
        if (value.toString().trimmed().isEmpty())
            return makeError(translate("a group needs a status"));
        return {};
    case GroupField::Cap:
        if (!value.isNull() && value.toLongLong() < 1)
            return makeError(translate("a member cap is at least 1 (or no cap)"));
        return {};
    case GroupField::Owner: {
        if (value.isNull())
            return {};
        auto found =
            sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM staff WHERE id = ?"),
                        {value.toLongLong()});
        if (!found)
            return found.error();
        if (found->toInt() != 1)
            return makeError(translate("there is no staff member %1").arg(value.toLongLong()));
        return {};
    }
    case GroupField::Theme:
    case GroupField::Platform:
        return {};
    }
    return {};
}

Result<qint64> GroupRepository::create(const NewGroup &group, qint64 ref)
{
    const std::pair<GroupField, QVariant> fields[] = {
        {GroupField::Name, group.name},
        {GroupField::Platform, group.platform},
        {GroupField::Owner, group.ownerRef ? QVariant(*group.ownerRef) : QVariant()},
        {GroupField::Theme, group.theme},
        {GroupField::Cap, group.memberCap ? QVariant(qint64(*group.memberCap)) : QVariant()},
    };
    QVariantList values;
    for (const auto &[field, value] : fields) {
        const QVariant stored = normalized(field, value);
        if (const Status status = validate(field, stored); !status)
            return status.error();
        values << stored;
    }
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    QString groupId = group.groupId.trimmed();
    const auto taken = [this](const QString &id) -> Result<bool> {
        auto found = sql::scalar(m_workspace.db(),
                                 QStringLiteral("SELECT 1 FROM groups WHERE group_id = ?"), {id});
        if (!found)
            return found.error();
        return found->isValid();
    };
    if (groupId.isEmpty()) {
        auto last = sql::scalar(m_workspace.db(),
                                QStringLiteral("SELECT coalesce(max(id), 0) FROM groups"));
        if (!last)
            return last.error();
        for (qint64 n = last->toLongLong() + 1; groupId.isEmpty(); ++n) {
            const QString id = QStringLiteral("manual-%1").arg(n, 4, 10, QLatin1Char('0'));
            auto used = taken(id);
            if (!used)
                return used.error();
            if (!*used)
                groupId = id;
        }
    } else if (auto used = taken(groupId); !used || *used) {
        return used ? makeError(translate("the group ID %1 is already in use").arg(groupId))
                    : used.error();
    }
    const qint64 createdAt =
        group.createdAt > 0 ? group.createdAt : QDateTime::currentSecsSinceEpoch();
    auto insert = sql::run(m_workspace.db(),
                           QStringLiteral("INSERT INTO groups(id, group_id, name, platform, "
                                          "owner_ref, theme, member_cap, created_at) VALUES(?, "
                                          "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           QVariantList{ref > 0 ? QVariant(ref) : QVariant(), groupId} + values +
                               QVariantList{createdAt});
    if (!insert)
        return insert.error();
    if (!insert->next())
        return makeError(translate("the group could not be added"));
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    if (const Status status = handedits::record(m_workspace, "groups", id); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<bool> GroupRepository::removeCreated(qint64 groupRef)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    auto unused = sql::scalar(
        m_workspace.db(),
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM memberships WHERE group_ref = ?) AND NOT "
                       "EXISTS (SELECT 1 FROM events WHERE group_ref = ?) AND NOT EXISTS (SELECT "
                       "1 FROM content WHERE group_ref = ?) FROM groups WHERE id = ?"),
        QVariantList(4, groupRef));
    if (!unused)
        return unused.error();
    if (!unused->isValid() || unused->toInt() == 0)
        return false;
    for (const char *statement :
         {"DELETE FROM hand_edits WHERE table_name = 'groups' AND row_ref = ?",
          "DELETE FROM groups WHERE id = ?"}) {
        if (const Status status =
                sql::exec(m_workspace.db(), QString::fromLatin1(statement), {groupRef});
            !status)
            return status.error();
    }
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

Result<std::optional<QVariant>> GroupRepository::setFieldIf(qint64 groupRef, GroupField field,
                                                            const QVariant &expected,
                                                            const QVariant &value)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    auto current = this->field(groupRef, field);
    if (!current)
        return current.error();
    const QVariant wanted = normalized(field, expected);
    const bool same = current->isNull() || wanted.isNull()
                          ? current->isNull() == wanted.isNull()
                          : current->toString() == wanted.toString();
    if (!same)
        return std::optional<QVariant>();
    if (const Status status = setField(groupRef, field, value); !status)
        return status.error();
    auto stored = this->field(groupRef, field);
    if (!stored)
        return stored.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return std::optional<QVariant>(*stored);
}

Status GroupRepository::setField(qint64 groupRef, GroupField field, const QVariant &value)
{
    const QVariant stored = normalized(field, value);
    if (const Status status = validate(field, stored); !status)
        return status;
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    const QString statement = QStringLiteral("UPDATE groups SET ") +
                              QLatin1String(columnOf(field)) + QStringLiteral(" = ? WHERE id = ?");
    auto q = sql::run(m_workspace.db(), statement, {stored, groupRef});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(translate("there is no group %1").arg(groupRef));
    if (const Status status = handedits::record(m_workspace, "groups", groupRef); !status)
        return status;
    return transaction.commit();
}

Result<QList<qint64>> GroupRepository::currentMemberRefs(qint64 groupRef) const
{
    auto q =
        sql::run(m_workspace.db(),
                 QStringLiteral("SELECT DISTINCT m.member_ref FROM memberships m JOIN members p "
                                "ON p.id = m.member_ref WHERE m.group_ref = ? AND m.left_at "
                                "IS NULL AND p.deleted_at IS NULL ORDER BY m.member_ref"),
                 {groupRef});
    if (!q)
        return q.error();
    QList<qint64> refs;
    while (q->next())
        refs << q->value(0).toLongLong();
    return refs;
}

Result<int> GroupRepository::currentMemberCount(qint64 groupRef) const
{
    auto v =
        sql::scalar(m_workspace.db(),
                    QStringLiteral("SELECT count(*) FROM memberships m JOIN members p ON p.id = "
                                   "m.member_ref WHERE m.group_ref = ? AND m.left_at IS NULL "
                                   "AND p.deleted_at IS NULL"),
                    {groupRef});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<std::vector<GroupMemberRow>> GroupRepository::currentMembers(qint64 groupRef,
                                                                    GroupMemberSortKey key,
                                                                    Qt::SortOrder order, int offset,
                                                                    int limit) const
{
    const QString statement =
        QStringLiteral(
            "SELECT p.id, p.member_id, COALESCE(NULLIF(p.name, ''), NULLIF(p.remark, ''), "
            "p.member_id) AS display_name, m.role, m.joined_at, p.stage, p.last_active_at "
            "FROM memberships m JOIN members p ON p.id = m.member_ref "
            "WHERE m.group_ref = ? AND m.left_at IS NULL AND p.deleted_at IS NULL "
            "ORDER BY (%1) IS NULL, %1 %2, m.joined_at, m.id LIMIT ? OFFSET ?")
            .arg(memberSortExpression(key),
                 order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    auto q = sql::run(m_workspace.db(), statement, {groupRef, limit, offset});
    if (!q)
        return q.error();
    std::vector<GroupMemberRow> rows;
    rows.reserve(size_t(limit));
    while (q->next()) {
        GroupMemberRow row;
        row.memberRef = q->value(0).toLongLong();
        row.memberId = q->value(1).toString();
        row.displayName = q->value(2).toString();
        row.role = q->value(3).toString();
        row.joinedAt = q->value(4).toLongLong();
        row.stage = q->value(5).toString();
        row.lastActiveAt = optionalInt(q->value(6));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace siyu
