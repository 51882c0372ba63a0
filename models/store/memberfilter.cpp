// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/memberfilter.h"

#include "models/common/phone.h"
#include "models/store/collation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <limits>

namespace siyu {

bool MemberFilter::hasConditions() const
{
    return !search.trimmed().isEmpty() || !tag.isEmpty() || !source.isEmpty() ||
           staffRef.has_value() || !stage.isEmpty() || groupRef.has_value() ||
           joinedFrom.has_value() || joinedTo.has_value() || refs.has_value();
}

bool MemberFilter::operator==(const MemberFilter &other) const
{
    return search == other.search && tag == other.tag && source == other.source &&
           staffRef == other.staffRef && stage == other.stage && groupRef == other.groupRef &&
           joinedFrom == other.joinedFrom && joinedTo == other.joinedTo && refs == other.refs &&
           caption == other.caption && deleted == other.deleted;
}

const QStringList &lifecycleStages()
{
    static const QStringList stages{QStringLiteral("awareness"), QStringLiteral("interest"),
                                    QStringLiteral("purchase"), QStringLiteral("loyalty"),
                                    QStringLiteral("churn")};
    return stages;
}

namespace {

// The same expression as the index members_live_stage, so that sorting by stage uses it.
const char stageRankSql[] = "(CASE m.stage WHEN 'awareness' THEN 0 WHEN 'interest' THEN 1 "
                            "WHEN 'purchase' THEN 2 WHEN 'loyalty' THEN 3 ELSE 4 END)";

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase: with the trigram tokenizer it matches the text as a substring anywhere.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString jsonIdList(const QList<qint64> &refs)
{
    QJsonArray array;
    for (const qint64 ref : refs)
        array.append(ref);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Identities match by prefix through their index: ids are pasted, not typed in part.
void addIdentityPrefix(const QString &text, SqlCondition &source)
{
    source.sql += QStringLiteral(" UNION SELECT member_ref FROM identities WHERE value >= ? AND "
                                 "value < ?");
    source.binds << text << QString(text + QString::fromUcs4(U"\U0010FFFF"));
}

// The ids of the members a search matches: deleted ones too for long searches (the trigram
// index knows no deletions), live ones only for short searches.
SqlCondition searchSource(const QString &text, const QString &phoneRegion)
{
    if (text.toUcs4().size() >= minTrigramSearch) {
        // Phones are stored in E.164: a number typed with spaces, dashes or without its country
        // code is looked for in that form too (or as its bare digits, when it is part of one).
        const QString number = phone::searchForm(text, phoneRegion);
        const bool asNumber = !number.isEmpty() && number != text;
        SqlCondition source{
            QStringLiteral("SELECT rowid FROM members_fts WHERE members_fts MATCH ?"),
            {asNumber ? ftsPhrase(text) + QStringLiteral(" OR ") + ftsPhrase(number)
                      : ftsPhrase(text)}};
        addIdentityPrefix(text, source);
        if (asNumber)
            addIdentityPrefix(number, source);
        return source;
    }
    // Scanning the narrow covering indexes is several times faster than the table.
    const QString pattern = likePattern(text);
    return {QStringLiteral(
                "SELECT id FROM members INDEXED BY members_live_name WHERE deleted_at IS NULL AND "
                "name LIKE ? ESCAPE '\\' UNION ALL SELECT id FROM members INDEXED BY "
                "members_live_remark WHERE deleted_at IS NULL AND remark LIKE ? ESCAPE '\\' "
                "UNION ALL SELECT id FROM members WHERE member_id = ?"),
            {pattern, pattern, text}};
}

void addSearch(const MemberFilter &filter, const QString &phoneRegion, QStringList &terms,
               QVariantList &binds)
{
    const QString text = filter.search.trimmed();
    if (text.isEmpty())
        return;
    if (filter.deleted && text.toUcs4().size() < minTrigramSearch) {
        terms << QStringLiteral("(m.name LIKE ? ESCAPE '\\' OR m.remark LIKE ? ESCAPE '\\' OR "
                                "m.member_id = ?)");
        binds << likePattern(text) << likePattern(text) << text;
        return;
    }
    const SqlCondition source = searchSource(text, phoneRegion);
    terms << QStringLiteral("m.id IN (") + source.sql + QLatin1Char(')');
    binds << source.binds;
}

} // namespace

SqlCondition memberCondition(const MemberFilter &filter, const QString &phoneRegion)
{
    QStringList terms;
    QVariantList binds;
    terms << (filter.deleted ? QStringLiteral("m.deleted_at IS NOT NULL")
                             : QStringLiteral("m.deleted_at IS NULL"));
    addSearch(filter, phoneRegion, terms, binds);
    if (!filter.tag.isEmpty()) {
        terms << QStringLiteral("m.id IN (SELECT mt.member_ref FROM member_tags mt JOIN tags t ON "
                                "t.id = mt.tag_ref WHERE t.name = ?)");
        binds << filter.tag;
    }
    if (!filter.source.isEmpty()) {
        terms << QStringLiteral("m.source = ?");
        binds << filter.source;
    }
    if (filter.staffRef) {
        terms << QStringLiteral("m.staff_ref = ?");
        binds << *filter.staffRef;
    }
    if (!filter.stage.isEmpty()) {
        terms << QStringLiteral("m.stage = ?");
        binds << filter.stage;
    }
    if (filter.groupRef) {
        terms << QStringLiteral("m.id IN (SELECT member_ref FROM memberships WHERE group_ref = ? "
                                "AND left_at IS NULL)");
        binds << *filter.groupRef;
    }
    if (filter.joinedFrom) {
        terms << QStringLiteral("m.joined_at >= ?");
        binds << *filter.joinedFrom;
    }
    if (filter.joinedTo) {
        terms << QStringLiteral("m.joined_at < ?");
        binds << *filter.joinedTo;
    }
    if (filter.refs) {
        terms << QStringLiteral("m.id IN (SELECT value FROM json_each(?))");
        binds << jsonIdList(*filter.refs);
    }
    return {terms.join(QLatin1String(" AND ")), binds};
}

QVector<SqlCondition> memberIdSources(const MemberFilter &filter, const QString &phoneRegion)
{
    QVector<SqlCondition> sources;
    const QString text = filter.search.trimmed();
    if (!text.isEmpty())
        sources.append(searchSource(text, phoneRegion));
    if (filter.refs)
        sources.append(
            {QStringLiteral("SELECT value FROM json_each(?)"), {jsonIdList(*filter.refs)}});
    if (!filter.tag.isEmpty())
        sources.append({QStringLiteral("SELECT mt.member_ref FROM member_tags mt JOIN tags t ON "
                                       "t.id = mt.tag_ref WHERE t.name = ?"),
                        {filter.tag}});
    if (filter.groupRef)
        sources.append({QStringLiteral("SELECT member_ref FROM memberships WHERE group_ref = ? "
                                       "AND left_at IS NULL"),
                        {*filter.groupRef}});
    if (filter.staffRef)
        sources.append({QStringLiteral("SELECT id FROM members INDEXED BY members_live_staff "
                                       "WHERE deleted_at IS NULL AND staff_ref = ?"),
                        {*filter.staffRef}});
    if (!filter.source.isEmpty())
        sources.append({QStringLiteral("SELECT id FROM members INDEXED BY members_live_source "
                                       "WHERE deleted_at IS NULL AND source = ?"),
                        {filter.source}});
    if (!filter.stage.isEmpty()) {
        // Through the stage rank, the expression members_live_stage indexes.
        sources.append({QStringLiteral("SELECT id FROM members m INDEXED BY members_live_stage "
                                       "WHERE deleted_at IS NULL AND ") +
                            QString::fromLatin1(stageRankSql) + QStringLiteral(" = ?"),
                        {qint64(lifecycleStages().indexOf(filter.stage))}});
    }
    if (filter.joinedFrom || filter.joinedTo) {
        sources.append({QStringLiteral("SELECT id FROM members INDEXED BY members_live_joined "
                                       "WHERE deleted_at IS NULL AND joined_at >= ? AND "
                                       "joined_at < ?"),
                        {filter.joinedFrom.value_or(std::numeric_limits<qint64>::min()),
                         filter.joinedTo.value_or(std::numeric_limits<qint64>::max())}});
    }
    return sources;
}

QString memberSortSql(MemberSortKey key, Qt::SortOrder order)
{
    QString expression;
    switch (key) {
    case MemberSortKey::MemberId:
        expression = QStringLiteral("m.member_id");
        break;
    case MemberSortKey::Name:
        expression = QStringLiteral("m.name") + collation::forNames();
        break;
    case MemberSortKey::Remark:
        expression = QStringLiteral("m.remark") + collation::forNames();
        break;
    case MemberSortKey::Gender:
        expression = QStringLiteral("m.gender");
        break;
    case MemberSortKey::City:
        expression = QStringLiteral("m.city");
        break;
    case MemberSortKey::Source:
        expression = QStringLiteral("m.source");
        break;
    case MemberSortKey::Staff: // sorted by a join; see memberlist.cpp
    case MemberSortKey::Joined:
        expression = QStringLiteral("m.joined_at");
        break;
    case MemberSortKey::Stage:
        expression = QString::fromLatin1(stageRankSql);
        break;
    case MemberSortKey::LastActive:
        expression = QStringLiteral("m.last_active_at");
        break;
    case MemberSortKey::PaidOrders:
        expression = QStringLiteral("m.paid_orders");
        break;
    case MemberSortKey::PaidAmount:
        expression = QStringLiteral("m.paid_cents");
        break;
    }
    const QLatin1String direction(order == Qt::AscendingOrder ? " ASC" : " DESC");
    return expression + direction + QStringLiteral(", m.id") + direction;
}

} // namespace siyu
