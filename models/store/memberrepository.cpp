// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/memberrepository.h"

#include "models/common/phone.h"
#include "models/store/auditlog.h"
#include "models/store/erasure.h"
#include "models/store/handedits.h"
#include "models/store/memberfilter.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::MemberRepository", text);
}

Error noSuchMember(qint64 ref)
{
    return makeError(tr("There is no member with row id %1.").arg(ref));
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

QVariant fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const char *columnOf(MemberField field)
{
    switch (field) {
    case MemberField::Name:
        return "name";
    case MemberField::Remark:
        return "remark";
    case MemberField::Gender:
        return "gender";
    case MemberField::City:
        return "city";
    case MemberField::Phone:
        return "phone";
    case MemberField::Email:
        return "email";
    case MemberField::Source:
        return "source";
    case MemberField::Staff:
        return "staff_ref";
    case MemberField::Stage:
        return "stage";
    case MemberField::Consent:
        return "consent";
    case MemberField::ConsentAt:
        return "consent_at";
    case MemberField::ConsentSource:
        return "consent_source";
    case MemberField::Notes:
        return "notes";
    case MemberField::JoinedAt:
        return "joined_at";
    case MemberField::Referrer:
        return "referrer_ref";
    case MemberField::StageOverride:
        return "stage_override";
    }
    return "name";
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

// The value as it is stored, or an error naming what is wrong with it. A phone without a
// country code belongs to `phoneRegion`.
Result<QVariant> normalise(MemberField field, const QVariant &value, const QString &phoneRegion)
{
    switch (field) {
    case MemberField::Notes:
        return textOrNull(value.toString());
    case MemberField::Name:
    case MemberField::Remark:
    case MemberField::City:
    case MemberField::Source:
    case MemberField::ConsentSource:
        return textOrNull(value.toString().trimmed());
    case MemberField::Phone: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QVariant();
        // The message does not repeat the number: it may reach a log.
        const phone::Parsed parsed = phone::parse(text, phoneRegion);
        if (!parsed.valid())
            return makeError(tr("This is not a valid phone number: %1.").arg(parsed.error));
        return QVariant(parsed.e164);
    }
    case MemberField::Email: {
        const QString email = value.toString().trimmed();
        if (!email.isEmpty() && !isValidEmail(email))
            return makeError(tr("“%1” is not an email address.").arg(email));
        return textOrNull(email);
    }
    case MemberField::Gender: {
        const QString gender = value.toString();
        if (gender != QLatin1String("M") && gender != QLatin1String("F") &&
            gender != QLatin1String("U"))
            return makeError(tr("Gender must be M, F or U."));
        return QVariant(gender);
    }
    case MemberField::Stage:
        if (!lifecycleStages().contains(value.toString()))
            return makeError(tr("“%1” is not a lifecycle stage.").arg(value.toString()));
        return QVariant(value.toString());
    case MemberField::StageOverride:
        if (value.isNull() || !value.isValid() || value.toString().isEmpty())
            return QVariant();
        if (!lifecycleStages().contains(value.toString()))
            return makeError(tr("“%1” is not a lifecycle stage.").arg(value.toString()));
        return QVariant(value.toString());
    case MemberField::Consent: {
        const QString consent = value.toString();
        if (consent != QLatin1String("yes") && consent != QLatin1String("no") &&
            consent != QLatin1String("unknown"))
            return makeError(tr("Consent must be yes, no or unknown."));
        return QVariant(consent);
    }
    case MemberField::JoinedAt:
        if (value.isNull() || !value.isValid())
            return makeError(tr("A member must have a joined date."));
        return QVariant(value.toLongLong());
    case MemberField::ConsentAt:
    case MemberField::Staff:
    case MemberField::Referrer:
        return fromOptional(optionalInt(value));
    }
    return value;
}

} // namespace

QVariant MemberRecord::value(MemberField field) const
{
    switch (field) {
    case MemberField::Name:
        return textOrNull(name);
    case MemberField::Remark:
        return textOrNull(remark);
    case MemberField::Gender:
        return gender;
    case MemberField::City:
        return textOrNull(city);
    case MemberField::Phone:
        return textOrNull(phone);
    case MemberField::Email:
        return textOrNull(email);
    case MemberField::Source:
        return textOrNull(source);
    case MemberField::Staff:
        return fromOptional(staffRef);
    case MemberField::Stage:
        return stage;
    case MemberField::Consent:
        return consent;
    case MemberField::ConsentAt:
        return fromOptional(consentAt);
    case MemberField::ConsentSource:
        return textOrNull(consentSource);
    case MemberField::Notes:
        return textOrNull(notes);
    case MemberField::JoinedAt:
        return joinedAt;
    case MemberField::Referrer:
        return fromOptional(referrerRef);
    case MemberField::StageOverride:
        return textOrNull(stageOverride);
    }
    return {};
}

QString EraseCounts::toJson() const
{
    const QJsonObject object{{QStringLiteral("identities"), identities},
                             {QStringLiteral("tags"), tags},
                             {QStringLiteral("memberships"), memberships},
                             {QStringLiteral("events"), events},
                             {QStringLiteral("orders"), orders},
                             {QStringLiteral("stage_history"), stageHistory},
                             {QStringLiteral("segment_members"), segmentMembers},
                             {QStringLiteral("import_changes"), importChanges},
                             {QStringLiteral("referrals_unlinked"), referralsUnlinked},
                             {QStringLiteral("copies_scrubbed"), copiesScrubbed}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// ---- reading ------------------------------------------------------------------------------

Result<MemberRecord> MemberRepository::load(qint64 ref) const
{
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral(
            "SELECT m.member_id, m.name, m.remark, m.gender, m.city, m.phone, m.email, m.source, "
            "m.referrer_ref, coalesce(r.name, r.member_id), m.joined_at, m.staff_ref, s.name, "
            "m.stage, m.stage_since, m.consent, m.consent_at, m.consent_source, m.notes, "
            "m.custom, m.last_active_at, m.last_order_at, m.paid_orders, m.paid_cents, "
            "m.deleted_at, m.updated_at, (SELECT count(*) FROM members x WHERE x.referrer_ref = "
            "m.id), m.stage_override FROM members m LEFT JOIN members r ON r.id = m.referrer_ref "
            "LEFT JOIN staff s "
            "ON s.id = m.staff_ref WHERE m.id = ?"),
        {ref});
    if (!query)
        return query.error();
    if (!query->next())
        return noSuchMember(ref);
    const QSqlQuery &q = *query;
    MemberRecord r;
    r.ref = ref;
    r.memberId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.remark = q.value(2).toString();
    r.gender = q.value(3).toString();
    r.city = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.email = q.value(6).toString();
    r.source = q.value(7).toString();
    r.referrerRef = optionalInt(q.value(8));
    r.referrerName = q.value(9).toString();
    r.joinedAt = q.value(10).toLongLong();
    r.staffRef = optionalInt(q.value(11));
    r.staffName = q.value(12).toString();
    r.stage = q.value(13).toString();
    r.stageSince = optionalInt(q.value(14));
    r.consent = q.value(15).toString();
    r.consentAt = optionalInt(q.value(16));
    r.consentSource = q.value(17).toString();
    r.notes = q.value(18).toString();
    r.custom = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    r.lastActiveAt = optionalInt(q.value(20));
    r.lastOrderAt = optionalInt(q.value(21));
    r.paidOrders = q.value(22).toInt();
    r.paidCents = q.value(23).toLongLong();
    r.deletedAt = optionalInt(q.value(24));
    r.updatedAt = optionalInt(q.value(25));
    r.referredCount = q.value(26).toInt();
    r.stageOverride = q.value(27).toString();
    for (auto loader : {&MemberRepository::loadTags, &MemberRepository::loadIdentities,
                        &MemberRepository::loadGroups}) {
        if (const Status status = (this->*loader)(r); !status)
            return status.error();
    }
    return r;
}

Status MemberRepository::loadTags(MemberRecord &record) const
{
    auto query = sql::run(m_ws.db(),
                          QStringLiteral("SELECT t.name FROM member_tags mt JOIN tags t ON t.id = "
                                         "mt.tag_ref WHERE mt.member_ref = ? ORDER BY t.name"),
                          {record.ref});
    if (!query)
        return query.error();
    while (query->next())
        record.tags << query->value(0).toString();
    return {};
}

Status MemberRepository::loadIdentities(MemberRecord &record) const
{
    auto query = sql::run(m_ws.db(),
                          QStringLiteral("SELECT id, kind, value FROM identities WHERE member_ref "
                                         "= ? ORDER BY kind, value"),
                          {record.ref});
    if (!query)
        return query.error();
    while (query->next())
        record.identities.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString()});
    return {};
}

Status MemberRepository::loadGroups(MemberRecord &record) const
{
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral("SELECT g.id, g.group_id, g.name, g.platform, ms.role, ms.joined_at, "
                       "ms.left_at FROM memberships ms JOIN groups g ON g.id = ms.group_ref "
                       "WHERE ms.member_ref = ? ORDER BY ms.joined_at DESC, g.name"),
        {record.ref});
    if (!query)
        return query.error();
    while (query->next()) {
        MemberGroupEntry entry;
        entry.groupRef = query->value(0).toLongLong();
        entry.groupId = query->value(1).toString();
        entry.name = query->value(2).toString();
        entry.platform = query->value(3).toString();
        entry.role = query->value(4).toString();
        entry.joinedAt = query->value(5).toLongLong();
        entry.leftAt = optionalInt(query->value(6));
        record.groups.append(entry);
    }
    return {};
}

Result<QVector<TimelineEntry>> MemberRepository::timeline(qint64 ref, int offset, int limit) const
{
    auto query = sql::run(
        m_ws.db(),
        QStringLiteral(
            "SELECT 0 AS kind, e.id AS id, e.occurred_at AS at, e.type, g.name, c.title, cp.name, "
            "e.value, NULL, NULL, NULL, NULL, NULL FROM events e "
            "LEFT JOIN groups g ON g.id = e.group_ref LEFT JOIN content c ON c.id = e.content_ref "
            "LEFT JOIN campaigns cp ON cp.id = e.campaign_ref WHERE e.member_ref = ? "
            "UNION ALL "
            "SELECT 1, o.id, o.paid_at, NULL, NULL, NULL, cp.name, NULL, o.order_id, "
            "o.amount_cents, o.items, o.channel, o.refunded FROM orders o "
            "LEFT JOIN campaigns cp ON cp.id = o.campaign_ref WHERE o.member_ref = ? "
            "ORDER BY at DESC, kind DESC, id DESC LIMIT ? OFFSET ?"),
        {ref, ref, limit, offset});
    if (!query)
        return query.error();
    QVector<TimelineEntry> out;
    while (query->next()) {
        TimelineEntry entry;
        const QSqlQuery &q = *query;
        entry.kind =
            q.value(0).toInt() == 0 ? TimelineEntry::Kind::Event : TimelineEntry::Kind::Order;
        entry.ref = q.value(1).toLongLong();
        entry.at = q.value(2).toLongLong();
        entry.type = q.value(3).toString();
        entry.group = q.value(4).toString();
        entry.content = q.value(5).toString();
        entry.campaign = q.value(6).toString();
        if (!q.value(7).isNull())
            entry.value = q.value(7).toDouble();
        entry.orderId = q.value(8).toString();
        entry.amountCents = q.value(9).toLongLong();
        entry.items = q.value(10).toInt();
        entry.channel = q.value(11).toString();
        entry.refunded = q.value(12).toInt() != 0;
        out.append(entry);
    }
    return out;
}

Result<int> MemberRepository::timelineSize(qint64 ref) const
{
    auto value = sql::scalar(m_ws.db(),
                             QStringLiteral("SELECT (SELECT count(*) FROM events WHERE member_ref "
                                            "= ?) + (SELECT count(*) FROM orders WHERE "
                                            "member_ref = ?)"),
                             {ref, ref});
    if (!value)
        return value.error();
    return value->toInt();
}

Result<qint64> MemberRepository::refOf(const QString &memberId) const
{
    auto value = sql::scalar(
        m_ws.db(), QStringLiteral("SELECT id FROM members WHERE member_id = ?"), {memberId});
    if (!value)
        return value.error();
    if (!value->isValid())
        return makeError(tr("There is no member %1.").arg(memberId));
    return value->toLongLong();
}

Result<QStringList> MemberRepository::tagNames() const
{
    return sql::texts(m_ws.db(), QStringLiteral("SELECT name FROM tags ORDER BY name"));
}

Result<QVector<MemberChoice>> MemberRepository::staff() const
{
    auto query = sql::run(m_ws.db(), QStringLiteral("SELECT id, name FROM staff ORDER BY name"));
    if (!query)
        return query.error();
    QVector<MemberChoice> out;
    while (query->next())
        out.append({query->value(0).toLongLong(), query->value(1).toString()});
    return out;
}

Result<QVector<MemberChoice>> MemberRepository::groups() const
{
    auto query =
        sql::run(m_ws.db(), QStringLiteral("SELECT id, name FROM groups ORDER BY name, id"));
    if (!query)
        return query.error();
    QVector<MemberChoice> out;
    while (query->next())
        out.append({query->value(0).toLongLong(), query->value(1).toString()});
    return out;
}

Result<QStringList> MemberRepository::sources() const
{
    // Hops from one distinct value to the next through the index instead of reading every
    // member: a handful of lookups on a million members.
    return sql::texts(
        m_ws.db(),
        QStringLiteral("WITH RECURSIVE s(v) AS (SELECT min(source) FROM members UNION ALL "
                       "SELECT (SELECT min(source) FROM members WHERE source > s.v) FROM s WHERE "
                       "s.v IS NOT NULL) SELECT v FROM s WHERE v IS NOT NULL AND v <> ''"));
}

// ---- writing ------------------------------------------------------------------------------

Status MemberRepository::setField(qint64 ref, MemberField field, const QVariant &value)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    if (const Status status = writeField(ref, field, value); !status)
        return status;
    return transaction.commit();
}

Result<std::optional<QVariant>> MemberRepository::setFieldIf(qint64 ref, MemberField field,
                                                             const QVariant &expected,
                                                             const QVariant &value)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto current = sql::run(m_ws.db(),
                            QStringLiteral("SELECT ") + QLatin1String(columnOf(field)) +
                                QStringLiteral(" FROM members WHERE id = ?"),
                            {ref});
    if (!current)
        return current.error();
    if (!current->next())
        return noSuchMember(ref);
    // What the editor saw is compared as it was stored: a phone from before phones were kept in
    // E.164 need not be a valid number.
    auto wanted = field == MemberField::Phone
                      ? Result<QVariant>(textOrNull(expected.toString().trimmed()))
                      : normalise(field, expected, settings::phoneRegion.get(m_ws));
    if (!wanted)
        return wanted.error();
    // As the editor compares: an empty text and no text are the same.
    const auto isEmpty = [](const QVariant &v) {
        return !v.isValid() || v.isNull() || v.toString().isEmpty();
    };
    const QVariant held = current->value(0);
    current->finish();
    if (isEmpty(held) || isEmpty(*wanted) ? isEmpty(held) != isEmpty(*wanted)
                                          : held.toString() != wanted->toString())
        return std::optional<QVariant>();
    auto stored = normalise(field, value, settings::phoneRegion.get(m_ws));
    if (!stored)
        return stored.error();
    if (const Status status = writeField(ref, field, value); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return std::optional<QVariant>(*stored);
}

Status MemberRepository::writeField(qint64 ref, MemberField field, const QVariant &value)
{
    auto stored = normalise(field, value, settings::phoneRegion.get(m_ws));
    if (!stored)
        return stored.error();
    if (field == MemberField::Referrer && stored->isValid() && stored->toLongLong() == ref)
        return makeError(tr("A member cannot be their own referrer."));
    auto before =
        sql::scalar(m_ws.db(), QStringLiteral("SELECT stage FROM members WHERE id = ?"), {ref});
    if (!before)
        return before.error();
    if (!before->isValid())
        return noSuchMember(ref);
    // A phone typed by hand replaces the source's form of the old one as well.
    const QString column = QString::fromLatin1(columnOf(field)) +
                           (field == MemberField::Phone ? QStringLiteral(" = ?, phone_raw = NULL")
                                                        : QStringLiteral(" = ?"));
    if (const Status status = sql::exec(m_ws.db(),
                                        QStringLiteral("UPDATE members SET ") + column +
                                            QStringLiteral(", updated_at = ? WHERE id = ?"),
                                        {*stored, now(), ref});
        !status)
        return status;
    if (const Status status = handedits::record(m_ws, "members", ref); !status)
        return status;
    // A stage set by hand stays until it is cleared: it is the override, and the stored stage
    // follows the override.
    const char *follow = field == MemberField::Stage ? "UPDATE members SET stage_override = "
                                                       "stage WHERE id = ?"
                         : field == MemberField::StageOverride
                             ? "UPDATE members SET stage = coalesce(stage_override, stage) "
                               "WHERE id = ?"
                             : nullptr;
    if (!follow)
        return {};
    if (const Status status = sql::exec(m_ws.db(), QString::fromLatin1(follow), {ref}); !status)
        return status;
    auto after =
        sql::scalar(m_ws.db(), QStringLiteral("SELECT stage FROM members WHERE id = ?"), {ref});
    if (!after)
        return after.error();
    if (before->toString() == after->toString())
        return {};
    // A stage move is recorded, whoever makes it.
    if (const Status status =
            sql::exec(m_ws.db(), QStringLiteral("UPDATE members SET stage_since = ? WHERE id = ?"),
                      {now(), ref});
        !status)
        return status;
    return sql::exec(m_ws.db(),
                     QStringLiteral("INSERT INTO stage_history(member_ref, at, from_stage, "
                                    "to_stage) VALUES(?, ?, ?, ?)"),
                     {ref, now(), *before, *after});
}

Result<QJsonObject> MemberRepository::custom(qint64 ref) const
{
    auto value =
        sql::run(m_ws.db(), QStringLiteral("SELECT custom FROM members WHERE id = ?"), {ref});
    if (!value)
        return value.error();
    if (!value->next())
        return noSuchMember(ref);
    return QJsonDocument::fromJson(value->value(0).toString().toUtf8()).object();
}

Status MemberRepository::setCustomField(qint64 ref, const QString &key, const QVariant &value)
{
    if (key.trimmed().isEmpty())
        return makeError(tr("A custom field needs a name."));
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto object = custom(ref);
    if (!object)
        return object.error();
    if (value.isValid())
        object->insert(key.trimmed(), QJsonValue::fromVariant(value));
    else
        object->remove(key.trimmed());
    const QVariant stored =
        object->isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact)));
    if (const Status status = sql::exec(
            m_ws.db(), QStringLiteral("UPDATE members SET custom = ?, updated_at = ? WHERE id = ?"),
            {stored, now(), ref});
        !status)
        return status;
    if (const Status status = handedits::record(m_ws, "members", ref); !status)
        return status;
    return transaction.commit();
}

Result<bool> MemberRepository::setCustomFieldIf(qint64 ref, const QString &key,
                                                const QVariant &expected, const QVariant &value)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto object = custom(ref);
    if (!object)
        return object.error();
    const QJsonValue held = object->value(key.trimmed());
    const QJsonValue wanted =
        expected.isValid() ? QJsonValue::fromVariant(expected) : QJsonValue(QJsonValue::Undefined);
    const bool same = held.isUndefined() || wanted.isUndefined()
                          ? held.isUndefined() == wanted.isUndefined()
                          : held.toVariant().toString() == wanted.toVariant().toString();
    if (!same)
        return false;
    if (const Status status = setCustomField(ref, key, value); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

Result<bool> MemberRepository::addTag(qint64 ref, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return makeError(tr("A tag needs a name."));
    if (name.contains(QLatin1Char(';')))
        return makeError(tr("A tag name cannot contain “;”."));
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto exists =
        sql::scalar(m_ws.db(), QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {ref});
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return noSuchMember(ref);
    if (const Status status = sql::exec(
            m_ws.db(), QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES(?)"), {name});
        !status)
        return status.error();
    auto insert = sql::run(m_ws.db(),
                           QStringLiteral("INSERT OR IGNORE INTO member_tags(member_ref, tag_ref) "
                                          "SELECT ?, id FROM tags WHERE name = ?"),
                           {ref, name});
    if (!insert)
        return insert.error();
    const bool added = insert->numRowsAffected() > 0;
    if (added) {
        if (const Status status = handedits::record(m_ws, "members", ref); !status)
            return status.error();
    }
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return added;
}

Result<bool> MemberRepository::removeTag(qint64 ref, const QString &tag)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto removal = sql::run(m_ws.db(),
                            QStringLiteral("DELETE FROM member_tags WHERE member_ref = ? AND "
                                           "tag_ref = (SELECT id FROM tags WHERE name = ?)"),
                            {ref, tag.trimmed()});
    if (!removal)
        return removal.error();
    const bool removed = removal->numRowsAffected() > 0;
    if (removed) {
        if (const Status status = handedits::record(m_ws, "members", ref); !status)
            return status.error();
    }
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return removed;
}

namespace {

QString jsonIds(const QList<qint64> &refs)
{
    QJsonArray array;
    for (const qint64 ref : refs)
        array.append(ref);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<qint64>> MemberRepository::softDelete(const QList<qint64> &refs)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    // One statement whatever the number of members (Ctrl+A, Delete on a million).
    const qint64 at = now();
    auto update = sql::run(m_ws.db(),
                           QStringLiteral("UPDATE members SET deleted_at = ?, updated_at = ? "
                                          "WHERE deleted_at IS NULL AND id IN (SELECT value FROM "
                                          "json_each(?)) RETURNING id"),
                           {at, at, jsonIds(refs)});
    if (!update)
        return update.error();
    QSet<qint64> changed;
    while (update->next())
        changed.insert(update->value(0).toLongLong());
    update->finish();
    QList<qint64> deleted;
    for (const qint64 ref : refs) {
        if (changed.contains(ref))
            deleted << ref;
    }
    // The audit log names a single member; for more it records how many.
    const Status audited =
        deleted.size() == 1
            ? auditlog::record(m_ws, auditlog::remove, QStringLiteral("member"), deleted.first())
        : deleted.size() > 1
            ? auditlog::record(m_ws, auditlog::remove, QStringLiteral("members"), 0,
                               QStringLiteral("{\"members\":%1}").arg(deleted.size()))
            : Status();
    if (!audited)
        return audited.error();
    if (const Status status = handedits::record(m_ws, "members", deleted); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return deleted;
}

Status MemberRepository::restore(const QList<qint64> &refs)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    if (const Status status = sql::exec(
            m_ws.db(),
            QStringLiteral("UPDATE members SET deleted_at = NULL, updated_at = ? WHERE deleted_at "
                           "IS NOT NULL AND id IN (SELECT value FROM json_each(?))"),
            {now(), jsonIds(refs)});
        !status)
        return status;
    if (const Status status = handedits::record(m_ws, "members", refs); !status)
        return status;
    return transaction.commit();
}

// ---- adding by hand -----------------------------------------------------------------------

Result<QString> MemberRepository::unusedMemberId() const
{
    auto last = sql::scalar(m_ws.db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM members"));
    if (!last)
        return last.error();
    for (qint64 n = last->toLongLong() + 1;; ++n) {
        const QString id = QStringLiteral("manual-%1").arg(n, 6, 10, QLatin1Char('0'));
        auto taken = sql::scalar(m_ws.db(),
                                 QStringLiteral("SELECT 1 FROM members WHERE member_id = ?"), {id});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            return id;
    }
}

Result<qint64> MemberRepository::create(const NewMember &member, qint64 ref)
{
    if (member.name.trimmed().isEmpty())
        return makeError(tr("A member added by hand needs a name."));
    if (member.joinedAt <= 0)
        return makeError(tr("A member must have a joined date."));
    const std::pair<MemberField, QVariant> fields[] = {
        {MemberField::Name, member.name},
        {MemberField::Remark, member.remark},
        {MemberField::Gender, member.gender},
        {MemberField::City, member.city},
        {MemberField::Phone, member.phone},
        {MemberField::Email, member.email},
        {MemberField::Source, member.source},
        {MemberField::Staff, fromOptional(member.staffRef)},
        {MemberField::JoinedAt, member.joinedAt},
        {MemberField::Consent, member.consent},
    };
    QVariantList values;
    for (const auto &[field, value] : fields) {
        auto stored = normalise(field, value, settings::phoneRegion.get(m_ws));
        if (!stored)
            return stored.error();
        values << *stored;
    }
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    QString memberId = member.memberId.trimmed();
    if (memberId.isEmpty()) {
        auto generated = unusedMemberId();
        if (!generated)
            return generated.error();
        memberId = *generated;
    } else if (auto taken = refOf(memberId); taken) {
        return makeError(tr("The member ID %1 is already in use.").arg(memberId));
    }
    const qint64 at = now();
    auto insert = sql::run(
        m_ws.db(),
        QStringLiteral("INSERT INTO members(id, member_id, name, remark, gender, city, phone, "
                       "email, source, staff_ref, joined_at, consent, stage_since, updated_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        QVariantList{ref > 0 ? QVariant(ref) : QVariant(), memberId} + values +
            QVariantList{at, at});
    if (!insert)
        return insert.error();
    if (!insert->next())
        return makeError(tr("The member could not be added."));
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    if (const Status status = handedits::record(m_ws, "members", id); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<bool> MemberRepository::removeCreated(qint64 ref, qint64 updatedAt)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto untouched = sql::scalar(
        m_ws.db(),
        QStringLiteral(
            "SELECT updated_at IS ? AND NOT EXISTS (SELECT 1 FROM events WHERE member_ref = ?) "
            "AND NOT EXISTS (SELECT 1 FROM orders WHERE member_ref = ?) AND NOT EXISTS (SELECT "
            "1 FROM memberships WHERE member_ref = ?) AND NOT EXISTS (SELECT 1 FROM member_tags "
            "WHERE member_ref = ?) AND NOT EXISTS (SELECT 1 FROM identities WHERE member_ref = "
            "?) AND NOT EXISTS (SELECT 1 FROM members WHERE referrer_ref = ?) AND NOT EXISTS "
            "(SELECT 1 FROM segment_members WHERE member_ref = ?) FROM members WHERE id = ?"),
        QVariantList{updatedAt} + QVariantList(8, ref));
    if (!untouched)
        return untouched.error();
    if (!untouched->isValid() || untouched->toInt() == 0)
        return false;
    for (const char *statement : {"DELETE FROM stage_history WHERE member_ref = ?",
                                  "DELETE FROM hand_edits WHERE table_name = 'members' AND "
                                  "row_ref = ?",
                                  "DELETE FROM members WHERE id = ?"}) {
        if (const Status status = sql::exec(m_ws.db(), QString::fromLatin1(statement), {ref});
            !status)
            return status.error();
    }
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return true;
}

// ---- bulk edits ---------------------------------------------------------------------------

Result<QVector<MemberFieldChange>> MemberRepository::changesTo(const QList<qint64> &refs,
                                                               MemberField field,
                                                               const QVariant &value) const
{
    if (field != MemberField::Staff && field != MemberField::StageOverride)
        return makeError(QStringLiteral("bulk edits cover staff and stage override only"));
    auto stored = normalise(field, value, settings::phoneRegion.get(m_ws));
    if (!stored)
        return stored.error();
    const QString column = QString::fromLatin1(columnOf(field));
    auto query = sql::run(m_ws.db(),
                          QStringLiteral("SELECT m.id, m.") + column +
                              QStringLiteral(", m.stage FROM members m WHERE m.id IN (SELECT "
                                             "value FROM json_each(?)) AND m.") +
                              column + QStringLiteral(" IS NOT ?"),
                          {jsonIds(refs), *stored});
    if (!query)
        return query.error();
    QVector<MemberFieldChange> changes;
    changes.reserve(refs.size());
    while (query->next())
        changes.append({query->value(0).toLongLong(), query->value(1), *stored, query->value(2)});
    return changes;
}

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return value.toLongLong();
}

} // namespace

Result<QList<qint64>> MemberRepository::applyChanges(MemberField field,
                                                     const QVector<MemberFieldChange> &changes)
{
    if (field != MemberField::Staff && field != MemberField::StageOverride)
        return makeError(QStringLiteral("bulk edits cover staff and stage override only"));
    const bool stages = field == MemberField::StageOverride;
    QJsonArray rows;
    for (const MemberFieldChange &change : changes)
        rows.append(QJsonArray{change.ref, jsonOf(change.expected), jsonOf(change.value),
                               stages ? jsonOf(change.stage) : QJsonValue()});
    const QString column = QString::fromLatin1(columnOf(field));
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 at = now();
    // The members still holding what each change expects, with their stage before: one
    // temporary table, then a statement per kind of write over it.
    const struct
    {
        QString sql;
        QVariantList binds;
        bool always;
    } steps[] = {
        {QStringLiteral("DROP TABLE IF EXISTS temp.member_changes"), {}, true},
        {QStringLiteral("CREATE TEMP TABLE member_changes (id INTEGER PRIMARY KEY, old_stage "
                        "TEXT, value, stage TEXT)"),
         {},
         true},
        {QStringLiteral("INSERT OR IGNORE INTO temp.member_changes SELECT m.id, m.stage, "
                        "json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]') FROM "
                        "json_each(?) j JOIN members m ON m.id = json_extract(j.value, '$[0]') "
                        "WHERE m.") +
             column + QStringLiteral(" IS json_extract(j.value, '$[1]')"),
         {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))},
         true},
        {QStringLiteral("UPDATE members SET ") + column +
             QStringLiteral(" = c.value, updated_at = ? FROM temp.member_changes c WHERE "
                            "members.id = c.id"),
         {at},
         true},
        {QStringLiteral("UPDATE members SET stage = coalesce(c.value, c.stage, members.stage) "
                        "FROM temp.member_changes c WHERE members.id = c.id"),
         {},
         stages},
        {QStringLiteral("INSERT INTO stage_history(member_ref, at, from_stage, to_stage) SELECT "
                        "m.id, ?, c.old_stage, m.stage FROM temp.member_changes c JOIN members m "
                        "ON m.id = c.id WHERE m.stage IS NOT c.old_stage"),
         {at},
         stages},
        {QStringLiteral("UPDATE members SET stage_since = ? FROM temp.member_changes c WHERE "
                        "members.id = c.id AND members.stage IS NOT c.old_stage"),
         {at},
         stages},
        {QStringLiteral("INSERT INTO hand_edits(table_name, row_ref, after_batch) SELECT "
                        "'members', id, (SELECT coalesce(max(id), 0) FROM import_batches) FROM "
                        "temp.member_changes WHERE true ON CONFLICT(table_name, row_ref) DO "
                        "UPDATE SET after_batch = excluded.after_batch"),
         {},
         true},
    };
    for (const auto &step : steps) {
        if (!step.always)
            continue;
        if (const Status status = sql::exec(m_ws.db(), step.sql, step.binds); !status)
            return status.error();
    }
    auto written =
        sql::run(m_ws.db(), QStringLiteral("SELECT id FROM temp.member_changes ORDER BY id"));
    if (!written)
        return written.error();
    QList<qint64> refs;
    while (written->next())
        refs << written->value(0).toLongLong();
    written->finish();
    if (const Status status =
            sql::exec(m_ws.db(), QStringLiteral("DROP TABLE IF EXISTS temp.member_changes"));
        !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return refs;
}

Result<QList<qint64>> MemberRepository::addTagTo(const QList<qint64> &refs, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return makeError(tr("A tag needs a name."));
    if (name.contains(QLatin1Char(';')))
        return makeError(tr("A tag name cannot contain “;”."));
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    if (const Status status = sql::exec(
            m_ws.db(), QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES(?)"), {name});
        !status)
        return status.error();
    auto insert = sql::run(
        m_ws.db(),
        QStringLiteral("INSERT OR IGNORE INTO member_tags(member_ref, tag_ref) SELECT m.id, t.id "
                       "FROM json_each(?) j JOIN members m ON m.id = j.value JOIN tags t ON "
                       "t.name = ? WHERE true RETURNING member_ref"),
        {jsonIds(refs), name});
    if (!insert)
        return insert.error();
    QList<qint64> added;
    while (insert->next())
        added << insert->value(0).toLongLong();
    insert->finish();
    if (const Status status = handedits::record(m_ws, "members", added); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return added;
}

Result<QList<qint64>> MemberRepository::removeTagFrom(const QList<qint64> &refs, const QString &tag)
{
    Transaction transaction(m_ws);
    if (!transaction.isActive())
        return transaction.error();
    auto removal = sql::run(
        m_ws.db(),
        QStringLiteral("DELETE FROM member_tags WHERE tag_ref = (SELECT id FROM tags WHERE name "
                       "= ?) AND member_ref IN (SELECT value FROM json_each(?)) RETURNING "
                       "member_ref"),
        {tag.trimmed(), jsonIds(refs)});
    if (!removal)
        return removal.error();
    QList<qint64> removed;
    while (removal->next())
        removed << removal->value(0).toLongLong();
    removal->finish();
    if (const Status status = handedits::record(m_ws, "members", removed); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return removed;
}

Status MemberRepository::recordUnmask(qint64 ref, qint64 count)
{
    const QJsonObject detail{{QStringLiteral("members"), count}};
    return auditlog::record(
        m_ws, auditlog::unmask, ref > 0 ? QStringLiteral("member") : QStringLiteral("members"), ref,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

// ---- erasing ------------------------------------------------------------------------------

namespace {

Result<int> execCount(Workspace &ws, const QString &statement, const QVariantList &binds)
{
    auto query = sql::run(ws.db(), statement, binds);
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

} // namespace

Status MemberRepository::scrubImportChanges(qint64 ref, EraseCounts &counts)
{
    // An import's undo log keeps rows as they were before it changed them ('update' entries):
    // drop those that hold this member or their rows, and forget them as the referrer of
    // others. 'insert' entries hold row ids only (a range, for many members): they stay.
    auto removed = execCount(
        m_ws,
        QStringLiteral(
            "DELETE FROM import_changes WHERE action = 'update' AND ((table_name = 'members' AND "
            "row_ref = ?) "
            "OR (table_name = 'identities' AND row_ref IN (SELECT id FROM identities WHERE "
            "member_ref = ?)) "
            "OR (table_name = 'memberships' AND row_ref IN (SELECT id FROM memberships WHERE "
            "member_ref = ?)) "
            "OR (table_name = 'events' AND row_ref IN (SELECT id FROM events WHERE member_ref = "
            "?)) "
            "OR (table_name = 'orders' AND row_ref IN (SELECT id FROM orders WHERE member_ref = "
            "?)) "
            "OR (table_name = 'stage_history' AND row_ref IN (SELECT id FROM stage_history "
            "WHERE member_ref = ?)) "
            "OR (before IS NOT NULL AND json_valid(before) AND json_extract(before, "
            "'$.member_ref') = ?))"),
        QVariantList(7, ref));
    if (!removed)
        return removed.error();
    counts.importChanges = *removed;
    auto unlinked = execCount(
        m_ws,
        QStringLiteral("UPDATE import_changes SET before = json_set(before, '$.referrer_ref', "
                       "NULL) WHERE before IS NOT NULL AND json_valid(before) AND "
                       "json_extract(before, '$.referrer_ref') = ?"),
        {ref});
    if (!unlinked)
        return unlinked.error();
    counts.importChanges += *unlinked;
    return {};
}

Status MemberRepository::deleteNaming(qint64 ref, EraseCounts &counts)
{
    const struct
    {
        const char *sql;
        int *count;
    } steps[] = {
        {"UPDATE members SET referrer_ref = NULL WHERE referrer_ref = ?",
         &counts.referralsUnlinked},
        {"DELETE FROM identities WHERE member_ref = ?", &counts.identities},
        {"DELETE FROM member_tags WHERE member_ref = ?", &counts.tags},
        {"DELETE FROM memberships WHERE member_ref = ?", &counts.memberships},
        {"DELETE FROM events WHERE member_ref = ?", &counts.events},
        {"DELETE FROM orders WHERE member_ref = ?", &counts.orders},
        {"DELETE FROM stage_history WHERE member_ref = ?", &counts.stageHistory},
        {"DELETE FROM segment_members WHERE member_ref = ?", &counts.segmentMembers},
        {"DELETE FROM hand_edits WHERE table_name = 'members' AND row_ref = ?", &counts.handEdits},
    };
    for (const auto &step : steps) {
        auto changed = execCount(m_ws, QString::fromLatin1(step.sql), {ref});
        if (!changed)
            return changed.error();
        *step.count = *changed;
    }
    return sql::exec(m_ws.db(), QStringLiteral("DELETE FROM members WHERE id = ?"), {ref});
}

Result<EraseCounts> MemberRepository::eraseImpact(qint64 ref) const
{
    auto query =
        sql::run(m_ws.db(),
                 QStringLiteral("SELECT (SELECT count(*) FROM identities WHERE member_ref = ?), "
                                "(SELECT count(*) FROM member_tags WHERE member_ref = ?), "
                                "(SELECT count(*) FROM memberships WHERE member_ref = ?), "
                                "(SELECT count(*) FROM events WHERE member_ref = ?), "
                                "(SELECT count(*) FROM orders WHERE member_ref = ?), "
                                "(SELECT count(*) FROM stage_history WHERE member_ref = ?), "
                                "(SELECT count(*) FROM segment_members WHERE member_ref = ?), "
                                "(SELECT count(*) FROM members WHERE referrer_ref = ?), "
                                "(SELECT count(*) FROM members WHERE id = ?)"),
                 QVariantList(9, ref));
    if (!query)
        return query.error();
    if (!query->next() || query->value(8).toInt() == 0)
        return noSuchMember(ref);
    EraseCounts counts;
    int *fields[] = {&counts.identities,     &counts.tags,
                     &counts.memberships,    &counts.events,
                     &counts.orders,         &counts.stageHistory,
                     &counts.segmentMembers, &counts.referralsUnlinked};
    for (int i = 0; i < 8; ++i)
        *fields[i] = query->value(i).toInt();
    return counts;
}

Result<EraseCounts> MemberRepository::erase(qint64 ref, Purge purge)
{
    // Freed pages are overwritten, so that the erased data does not linger in the file.
    sql::exec(m_ws.db(), QStringLiteral("PRAGMA secure_delete = ON"));
    EraseCounts counts;
    Status status = [&]() -> Status {
        Transaction transaction(m_ws);
        if (!transaction.isActive())
            return transaction.error();
        auto exists =
            sql::scalar(m_ws.db(), QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {ref});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return noSuchMember(ref);
        auto personal = erasure::personalDataOf(m_ws, ref);
        if (!personal)
            return personal.error();
        if (const Status s = scrubImportChanges(ref, counts); !s)
            return s;
        if (const Status s = deleteNaming(ref, counts); !s)
            return s;
        if (const Status s = erasure::trimInsertRanges(m_ws); !s)
            return s;
        auto copies = erasure::scrubCopies(m_ws, *personal);
        if (!copies)
            return copies.error();
        counts.copiesScrubbed = *copies;
        if (const Status s = erasure::rebuildFullText(m_ws); !s)
            return s;
        if (const Status s = auditlog::record(m_ws, auditlog::erase, QStringLiteral("member"), ref,
                                              counts.toJson());
            !s)
            return s;
        return transaction.commit();
    }();
    if (status && purge == Purge::Now && m_ws.transactionDepth() == 0) {
        auto purged = erasure::purgeFreedPages(m_ws);
        if (!purged)
            status = purged.error();
        else
            counts.filePurged = *purged;
    }
    sql::exec(m_ws.db(), QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!status)
        return status.error();
    return counts;
}

} // namespace siyu
