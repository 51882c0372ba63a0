// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/memberlist.h"

#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtAlgorithms>

#include <optional>

#include <vector>

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

// The ids a statement yields, kept when they are in `keep` (when set), up to `limit` of them
// (when not 0).
struct Collector
{
    QVector<qint64> ids;
    const class IdBitmap *keep = nullptr;
    qsizetype limit = 0;

    bool full() const { return limit > 0 && ids.size() >= limit; }
};

bool keeps(const Collector &collector, qint64 id);

// Runs `sql` and collects its first column, stopping once the collector is full. The raw
// statement, because Qt SQL's per-row cost would dominate for a million rows.
Status appendIds(Workspace &ws, const QString &sql, const QVariantList &binds, Collector &out)
{
    if (out.full())
        return {};
    Statement statement(ws.handle(), sql.toUtf8().constData());
    if (!statement.isValid())
        return statement.prepareError();
    bindAll(statement, binds);
    while (statement.step()) {
        const qint64 id = statement.int64(0);
        if (keeps(out, id))
            out.ids.append(id);
        if (out.full())
            return {};
    }
    const int code = sqlite3_errcode(ws.handle());
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        return makeError(statement.errorMessage());
    return {};
}

// Staff names are in another table: loop over the staff in name order and take each one's
// members through the index, which yields (staff name, id) order without sorting a million
// rows. Members without staff come first when ascending, as NULLs do elsewhere.
Status appendIdsByStaff(Workspace &ws, const SqlCondition &condition, bool live,
                        Qt::SortOrder order, Collector &out)
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

// A set of row ids as one bit each: a million members take 125 KB, and intersecting two sets
// or testing a million ids costs microseconds to milliseconds.
class IdBitmap
{
public:
    explicit IdBitmap(qint64 maxId) : m_words(size_t(qMax<qint64>(maxId, 0) / 64 + 1), 0) {}

    void set(qint64 id)
    {
        if (id >= 0 && size_t(id / 64) < m_words.size())
            m_words[size_t(id / 64)] |= quint64(1) << (id % 64);
    }
    bool test(qint64 id) const
    {
        return id >= 0 && size_t(id / 64) < m_words.size() &&
               (m_words[size_t(id / 64)] >> (id % 64)) & 1;
    }
    void intersect(const IdBitmap &other)
    {
        for (size_t i = 0; i < m_words.size(); ++i)
            m_words[i] &= other.m_words[i];
    }
    qint64 count() const
    {
        qint64 n = 0;
        for (const quint64 word : m_words)
            n += qPopulationCount(word);
        return n;
    }
    QVector<qint64> ids() const
    {
        QVector<qint64> out;
        for (size_t i = 0; i < m_words.size(); ++i) {
            for (quint64 word = m_words[i]; word != 0; word &= word - 1)
                out.append(qint64(i) * 64 + qCountTrailingZeroBits(word));
        }
        return out;
    }

private:
    std::vector<quint64> m_words;
};

bool keeps(const Collector &collector, qint64 id)
{
    return !collector.keep || collector.keep->test(id);
}

Status markIds(Workspace &ws, const SqlCondition &source, IdBitmap &bitmap)
{
    Statement statement(ws.handle(), source.sql.toUtf8().constData());
    if (!statement.isValid())
        return statement.prepareError();
    bindAll(statement, source.binds);
    while (statement.step())
        bitmap.set(statement.int64(0));
    const int code = sqlite3_errcode(ws.handle());
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        return makeError(statement.errorMessage());
    return {};
}

// The members meeting every condition, each condition read on its own from its index.
Result<IdBitmap> matching(Workspace &ws, const QVector<SqlCondition> &sources)
{
    auto maxId = sql::scalar(ws.db(), QStringLiteral("SELECT max(id) FROM members"));
    if (!maxId)
        return maxId.error();
    IdBitmap result(maxId->toLongLong());
    for (int i = 0; i < sources.size(); ++i) {
        IdBitmap one(maxId->toLongLong());
        if (const Status status = markIds(ws, sources.at(i), i == 0 ? result : one); !status)
            return status.error();
        if (i > 0)
            result.intersect(one);
    }
    return result;
}

Status sortedIds(Workspace &ws, const SqlCondition &condition, bool live, MemberSortKey key,
                 Qt::SortOrder order, Collector &out)
{
    if (key == MemberSortKey::Staff)
        return appendIdsByStaff(ws, condition, live, order, out);
    const QString sql = QStringLiteral("SELECT m.id FROM members m WHERE ") + condition.sql +
                        QStringLiteral(" ORDER BY ") + memberSortSql(key, order);
    return appendIds(ws, sql, condition.binds, out);
}

Result<MemberIds> complete(Workspace &ws, const SqlCondition &condition, bool live,
                           MemberSortKey key, Qt::SortOrder order)
{
    Collector out;
    if (const Status status = sortedIds(ws, condition, live, key, order, out); !status)
        return status.error();
    return MemberIds{out.ids, out.ids.size()};
}

} // namespace

Result<MemberIds> ids(Workspace &ws, const MemberFilter &filter, MemberSortKey key,
                      Qt::SortOrder order, const IdsOptions &options)
{
    if (filter.deleted) // few members, no live indexes: SQLite alone
        return complete(ws, memberCondition(filter, settings::phoneRegion.get(ws)), false, key,
                        order);
    const SqlCondition live{QStringLiteral("m.deleted_at IS NULL"), {}};
    const QVector<SqlCondition> sources = memberIdSources(filter, settings::phoneRegion.get(ws));
    Collector out;
    out.limit = options.first;
    qint64 total = 0;
    std::optional<IdBitmap> matches;
    if (sources.isEmpty()) {
        if (options.first == 0)
            return complete(ws, live, true, key, order);
        auto counted = count(ws, filter);
        if (!counted)
            return counted.error();
        total = *counted;
    } else {
        auto matched = matching(ws, sources);
        if (!matched)
            return matched.error();
        matches = std::move(*matched);
        total = matches->count();
        if (total == 0)
            return MemberIds{};
        if (total <= options.lookupLimit) {
            const SqlCondition chosen{
                QStringLiteral("m.deleted_at IS NULL AND m.id IN (SELECT value FROM json_each(?))"),
                {jsonIdList(matches->ids())}};
            return complete(ws, chosen, true, key, order);
        }
        out.keep = &*matches;
    }
    // The live members in order, through the bitmap when filtered, as far as asked.
    if (const Status status = sortedIds(ws, live, true, key, order, out); !status)
        return status.error();
    if (!out.full() || out.ids.size() > total)
        total = out.ids.size(); // all of them were read: they are the count
    return MemberIds{out.ids, total};
}

Result<qint64> count(Workspace &ws, const MemberFilter &filter)
{
    const SqlCondition condition = memberCondition(filter, settings::phoneRegion.get(ws));
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
