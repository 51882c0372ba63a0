// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/memberlist.h"

#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace siyu::memberlist {

namespace {

void bindAll(Statement &statement, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        if (value.isNull())
            statement.bindNull(i + 1);
        else if (value.typeId() == QMetaType::QString)
            statement.bind(i + 1, value.toString());
        else
            statement.bind(i + 1, value.toLongLong());
    }
}

// Runs `sql` and appends its first column to `out`. The raw statement, because Qt SQL's
// per-row cost would dominate for a million rows.
Status appendIds(Workspace &ws, const QString &sql, const QVariantList &binds, QVector<qint64> &out)
{
    Statement statement(ws.handle(), sql.toUtf8().constData());
    if (!statement.isValid())
        return statement.prepareError();
    bindAll(statement, binds);
    while (statement.step())
        out.append(statement.int64(0));
    const int code = sqlite3_errcode(ws.handle());
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        return makeError(statement.errorMessage());
    return {};
}

// Staff names are in another table: loop over the staff in name order and take each one's
// members through the index, which yields (staff name, id) order without sorting a million
// rows. Members without staff come first when ascending, as NULLs do elsewhere.
Status appendIdsByStaff(Workspace &ws, const SqlCondition &condition, bool live,
                        Qt::SortOrder order, QVector<qint64> &out)
{
    const QLatin1String direction(order == Qt::AscendingOrder ? " ASC" : " DESC");
    // The planner prefers the older index over all members, which costs a table lookup per
    // member to skip the deleted ones; the live members' index needs none.
    const QLatin1String members(live ? "members m INDEXED BY members_live_staff" : "members m");
    const QString withoutStaff =
        QStringLiteral("SELECT m.id FROM ") + members + QStringLiteral(" WHERE ") + condition.sql +
        QStringLiteral(" AND m.staff_ref IS NULL ORDER BY m.id") + direction;
    const QString withStaff = QStringLiteral("SELECT m.id FROM staff s CROSS JOIN ") + members +
                              QStringLiteral(" ON m.staff_ref = s.id WHERE ") + condition.sql +
                              QStringLiteral(" ORDER BY s.name") + direction +
                              QStringLiteral(", m.id") + direction;
    if (order == Qt::AscendingOrder) {
        if (const Status status = appendIds(ws, withoutStaff, condition.binds, out); !status)
            return status;
        return appendIds(ws, withStaff, condition.binds, out);
    }
    if (const Status status = appendIds(ws, withStaff, condition.binds, out); !status)
        return status;
    return appendIds(ws, withoutStaff, condition.binds, out);
}

QString jsonIdList(const QVector<qint64> &refs)
{
    QJsonArray array;
    for (const qint64 ref : refs)
        array.append(ref);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

MemberListRow readRow(const QSqlQuery &query)
{
    MemberListRow row;
    row.ref = query.value(0).toLongLong();
    row.memberId = query.value(1).toString();
    row.name = query.value(2).toString();
    row.remark = query.value(3).toString();
    row.gender = query.value(4).toString();
    row.city = query.value(5).toString();
    row.phone = query.value(6).toString();
    row.email = query.value(7).toString();
    row.source = query.value(8).toString();
    row.staff = query.value(9).toString();
    row.stage = query.value(10).toString();
    row.joinedAt = query.value(11).toLongLong();
    row.lastActiveAt = optionalInt(query.value(12));
    row.paidOrders = query.value(13).toInt();
    row.paidCents = query.value(14).toLongLong();
    row.deleted = !query.value(15).isNull();
    const QString tags = query.value(16).toString();
    if (!tags.isEmpty())
        row.tags = tags.split(QChar(0x1F));
    return row;
}

} // namespace

Result<QVector<qint64>> ids(Workspace &ws, const MemberFilter &filter, MemberSortKey key,
                            Qt::SortOrder order)
{
    const SqlCondition condition = memberCondition(filter);
    QVector<qint64> out;
    if (key == MemberSortKey::Staff) {
        if (const Status status = appendIdsByStaff(ws, condition, !filter.deleted, order, out);
            !status)
            return status.error();
        return out;
    }
    const QString sql = QStringLiteral("SELECT m.id FROM members m WHERE ") + condition.sql +
                        QStringLiteral(" ORDER BY ") + memberSortSql(key, order);
    if (const Status status = appendIds(ws, sql, condition.binds, out); !status)
        return status.error();
    return out;
}

Result<qint64> count(Workspace &ws, const MemberFilter &filter)
{
    const SqlCondition condition = memberCondition(filter);
    auto value = sql::scalar(
        ws.db(), QStringLiteral("SELECT count(*) FROM members m WHERE ") + condition.sql,
        condition.binds);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QVector<MemberListRow>> rows(Workspace &ws, const QVector<qint64> &refs)
{
    if (refs.isEmpty())
        return QVector<MemberListRow>();
    // Tags are joined with U+001F, which no tag name contains, and split again in readRow.
    auto query = sql::run(
        ws.db(),
        QStringLiteral(
            "SELECT m.id, m.member_id, m.name, m.remark, m.gender, m.city, m.phone, m.email, "
            "m.source, s.name, m.stage, m.joined_at, m.last_active_at, m.paid_orders, "
            "m.paid_cents, m.deleted_at, (SELECT group_concat(name, char(31)) FROM (SELECT "
            "t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_ref WHERE mt.member_ref = "
            "m.id ORDER BY t.name)) FROM members m LEFT JOIN staff s ON s.id = m.staff_ref "
            "WHERE m.id IN (SELECT value FROM json_each(?))"),
        {jsonIdList(refs)});
    if (!query)
        return query.error();
    QHash<qint64, MemberListRow> byRef;
    byRef.reserve(refs.size());
    while (query->next()) {
        MemberListRow row = readRow(*query);
        byRef.insert(row.ref, std::move(row));
    }
    QVector<MemberListRow> out;
    out.reserve(refs.size());
    for (const qint64 ref : refs) {
        auto it = byRef.find(ref);
        if (it != byRef.end())
            out.append(std::move(it.value()));
    }
    return out;
}

} // namespace siyu::memberlist
