// SPDX-License-Identifier: GPL-3.0-or-later
// StoreWriter: one function per kind of record.
#include "models/import/storewriter.h"
#include "models/import/storewritercells.h"

#include <algorithm>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::StoreWriter", text);
}

const char *keyName(Entity entity)
{
    switch (entity) {
    case Entity::Members:
        return "member_id";
    case Entity::Groups:
        return "group_id";
    case Entity::Content:
        return "content_id";
    case Entity::Campaigns:
        return "campaign_id";
    default:
        return "key";
    }
}

int kindIndex(const char *kind)
{
    return int(identityKinds().indexOf(QLatin1String(kind)));
}

const int phoneKind = kindIndex("phone");
const int emailKind = kindIndex("email");

// Column positions in StoreWriter's table specs.
namespace membercol {
enum : int
{
    memberId,
    name,
    remark,
    gender,
    city,
    phone,
    email,
    source,
    referrer,
    joinedAt,
    staff,
    consent,
    consentAt,
    phoneRaw,
    count
};
}

} // namespace

StoreWriter::Outcome StoreWriter::write(const SourceRow &row, bool finalPass, Error *error)
{
    if (!row.sourceError.isEmpty()) {
        *error = Error{row.sourceError, {}, row.row, row.sourceErrorColumn};
        return Outcome::Invalid;
    }
    switch (row.entity) {
    case Entity::Members:
        return writeMember(row, finalPass, error);
    case Entity::Groups:
        return writeGroup(row, error);
    case Entity::Memberships:
        return writeMembership(row, finalPass, error);
    case Entity::Events:
        return writeEvent(row, finalPass, error);
    case Entity::Orders:
        return writeOrder(row, finalPass, error);
    case Entity::Content:
        return writeContent(row, finalPass, error);
    case Entity::Campaigns:
        return writeCampaign(row, error);
    case Entity::CampaignCosts:
        return writeCost(row, finalPass, error);
    }
    return Outcome::Invalid;
}

KeyIndex &StoreWriter::keysOf(Entity entity)
{
    switch (entity) {
    case Entity::Groups:
        return *m_groups;
    case Entity::Content:
        return *m_content;
    case Entity::Campaigns:
        return *m_campaigns;
    case Entity::Orders:
        return *m_orders;
    default:
        return *m_members;
    }
}

std::optional<StoreWriter::Outcome> StoreWriter::resolveRef(Entity entity, Cells &c, int field,
                                                            bool finalPass,
                                                            std::optional<qint64> *ref)
{
    ref->reset();
    if (!c.has(field))
        return std::nullopt;
    if (!c.checkMangling(field))
        return Outcome::Invalid;
    if (const auto id = keysOf(entity).find(c.text(field))) {
        *ref = id;
        return std::nullopt;
    }
    if (!finalPass && m_arriving[size_t(entity)])
        return Outcome::Deferred;
    c.fail(field, tr("no %1 '%2' in the workspace or in this import")
                      .arg(QLatin1String(keyName(entity)), c.quoted(field)));
    return Outcome::Invalid;
}

bool StoreWriter::duplicate(Entity entity, QByteArrayView key, Cells &c, int field)
{
    if (c.row.counted == 0)
        return false;
    KeyMap &seen = m_seen[size_t(entity)];
    if (const qint64 *first = seen.find(key)) {
        const int file = int(*first >> 40);
        const qint64 at = *first & ((qint64(1) << 40) - 1);
        const QString where = file == c.row.file
                                  ? tr("row %1").arg(at)
                                  : tr("%1, row %2").arg(m_fileNames.value(file)).arg(at);
        // A key made from a phone or email shows the source's value masked.
        const QString shown = c.isPersonal(field)
                                  ? c.quoted(field)
                                  : QString::fromUtf8(key.first(qMin<qsizetype>(80, key.size())));
        c.fail(field, tr("duplicate key '%1' (already on %2)").arg(shown, where));
        return true;
    }
    seen.insert(key, (qint64(c.row.file) << 40) | c.row.row);
    return false;
}

bool StoreWriter::recordKey(Cells &c, int keyField, QByteArray *key, int *namedField)
{
    const RowPolicy &policy = c.policy();
    *namedField = keyField;
    if (policy.keyFrom.empty()) {
        if (!c.requireValue(keyField) || !c.checkMangling(keyField))
            return false;
        *key = c.text(keyField).toByteArray();
        return true;
    }
    QStringList names;
    for (int f : policy.keyFrom) {
        names << c.column(f);
        if (!c.has(f))
            continue;
        if (!c.checkMangling(f))
            return false;
        const FieldType type = entityFields(c.row.entity)[size_t(f)].type;
        const QByteArray value = type == FieldType::Phone   ? phoneOf(c.text(f)).e164
                                 : type == FieldType::Email ? values::normalizeEmail(c.text(f))
                                                            : c.text(f).toByteArray();
        if (value.isEmpty())
            continue;
        *key = policy.keyPrefix + value;
        *namedField = f;
        return true;
    }
    return c.fail(policy.keyFrom.front(), tr("nothing identifies this record (%1 are all empty)")
                                              .arg(names.join(QLatin1String(", "))));
}

std::optional<qint64> StoreWriter::timeOrDefault(Cells &c, int field, bool inserting)
{
    if (c.has(field))
        return c.time(field);
    if (!inserting)
        return std::nullopt;
    const QByteArray &fallback = c.policy().defaults[size_t(field)];
    if (fallback == "now")
        return m_now;
    if (!fallback.isEmpty()) {
        return values::parseDateTime(fallback, m_zone, DateOrder::YearMonthDay);
    }
    return std::nullopt;
}

QByteArrayView StoreWriter::textOrDefault(Cells &c, int field, bool inserting)
{
    if (c.has(field) || !inserting)
        return c.text(field);
    return c.policy().defaults[size_t(field)];
}

// ---- members ---------------------------------------------------------------------------------

std::optional<qint64> StoreWriter::matchMember(Cells &c, QByteArrayView key)
{
    using namespace memberfield;
    const RowPolicy &policy = c.policy();
    for (int f : policy.match) {
        if (f == memberId) {
            if (const auto id = m_members->find(key))
                return id;
            continue;
        }
        if (!c.has(f))
            continue;
        if (f == phone || f == email) {
            loadContactIndexes();
            const QByteArray value =
                f == phone ? phoneOf(c.text(f)).e164 : values::normalizeEmail(c.text(f));
            if (value.isEmpty())
                continue;
            if (const auto id = identityIndex(f == phone ? phoneKind : emailKind).find(value))
                return id;
        } else if (f >= firstIdentity && f < firstIdentity + identityCount) {
            const int kind = f - firstIdentity;
            if (const auto id = identityIndex(kind).find(identityValue(kind, c.text(f))))
                return id;
        }
    }
    // A member an earlier import of the same kind created under this key.
    if (!policy.keyFrom.empty())
        return m_members->find(key);
    return std::nullopt;
}

StoreWriter::Outcome StoreWriter::writeMember(const SourceRow &row, bool finalPass, Error *error)
{
    using namespace memberfield;
    Cells c{row, m_zone, error};
    const RowPolicy &policy = c.policy();
    QByteArray key;
    int keyField = memberId;
    if (!c.checkRequired() || !recordKey(c, memberId, &key, &keyField))
        return Outcome::Invalid;
    for (int f : {referrerId, phone})
        c.checkMangling(f);
    for (int k = 0; k < identityCount; ++k)
        c.checkMangling(firstIdentity + k);
    std::optional<char> genderValue;
    if (c.has(gender) && !(genderValue = values::parseGender(c.text(gender))))
        c.fail(gender, tr("'%1' is not a gender (M, F, U, 男, 女, 未知)").arg(c.quoted(gender)));
    std::optional<const char *> consentValue;
    if (c.has(consent) && !(consentValue = values::parseConsent(c.text(consent))))
        c.fail(consent, tr("'%1' is not yes, no or unknown").arg(c.quoted(consent)));
    checkPhone(c, phone);
    if (c.has(email) && values::normalizeEmail(c.text(email)).isEmpty())
        c.fail(email, tr("'%1' is not an email address").arg(c.quoted(email)));
    const auto consentAtValue = c.time(consentAt);
    const auto joinedValue = c.time(joinedAt);
    if (c.has(referrerId) && c.text(referrerId) == key)
        c.fail(referrerId, tr("a member cannot be their own referrer"));
    if (c.failed)
        return Outcome::Invalid;

    std::optional<qint64> referrer;
    if (const auto stop = resolveRef(Entity::Members, c, referrerId, finalPass, &referrer))
        return *stop;
    const std::optional<qint64> existing = matchMember(c, key);
    if (duplicate(Entity::Members, key, c, keyField))
        return Outcome::Invalid;
    const bool inserting = !existing;
    if (!inserting && !m_updateExisting)
        return Outcome::Unchanged;
    const auto joined = joinedValue ? joinedValue : timeOrDefault(c, joinedAt, inserting);
    if (inserting && !joined)
        return c.fail(joinedAt, tr("a value is required")), Outcome::Invalid;
    // A platform export knows when the member joined it; the member joined Siyu's community at
    // the earliest time any source knows.
    bool setsJoined = c.has(joinedAt);
    if (!inserting && setsJoined && policy.keepWhenEmpty) {
        if (!m_joinedOf)
            m_joinedOf = std::make_unique<BulkStatement>(
                m_db, "SELECT joined_at FROM members WHERE id = ?1");
        m_joinedOf->bindInt(1, *existing);
        if (m_joinedOf->step() && m_joinedOf->int64(0) <= *joined)
            setsJoined = false;
        m_joinedOf->reset();
    }

    std::optional<qint64> staffRef;
    if (c.has(staff) && !(staffRef = staffId(c.text(staff), error)))
        return Outcome::Invalid;
    std::vector<qint64> tagIds;
    const bool setsTags = c.sets(tags);
    if (setsTags && c.has(tags)) {
        const PresetColumn *spec = row.specs[tags];
        const values::ListSplitter splitter(spec && !spec->separators.isEmpty()
                                                ? QStringView(spec->separators)
                                                : QStringView(u";"));
        splitter.split(c.text(tags), m_parts);
        for (QByteArrayView part : m_parts) {
            const auto id = tagId(part, error);
            if (!id)
                return Outcome::Invalid;
            tagIds.push_back(*id);
        }
        std::sort(tagIds.begin(), tagIds.end());
        tagIds.erase(std::unique(tagIds.begin(), tagIds.end()), tagIds.end());
    }

    Value v[membercol::count];
    quint32 mask = 0;
    auto put = [&](int column, int field, Value value) {
        v[column] = value;
        if (c.sets(field))
            mask |= 1u << column;
    };
    v[membercol::memberId] = Value::text(key);
    put(membercol::name, name, Value::text(c.text(name)));
    put(membercol::remark, remark, Value::text(c.text(remark)));
    const char genderText[2] = {genderValue.value_or('U'), '\0'};
    put(membercol::gender, gender, Value::text(QByteArrayView(genderText, 1)));
    put(membercol::city, city, Value::text(c.text(city)));
    // The number in E.164; as the source wrote it too, where that differs.
    const QByteArray &e164 = phoneOf(c.text(phone)).e164;
    put(membercol::phone, phone, Value::text(c.has(phone) ? QByteArrayView(e164) : c.text(phone)));
    const QByteArrayView raw = values::trimmed(c.text(phone));
    // A source that writes the stored number in E.164 (an export) leaves the form another
    // source wrote it in.
    if (raw != QByteArrayView(e164) || inserting || !storedPhoneIs(*existing, e164))
        put(membercol::phoneRaw, phone,
            Value::text(raw == QByteArrayView(e164) ? QByteArrayView() : raw));
    put(membercol::email, email, Value::text(c.text(email)));
    put(membercol::source, source, Value::text(textOrDefault(c, source, inserting)));
    put(membercol::referrer, referrerId, Value::maybe(referrer));
    v[membercol::joinedAt] = Value::maybe(joined);
    if (setsJoined)
        mask |= 1u << membercol::joinedAt; // never cleared: every member has a joined time
    put(membercol::staff, staff, Value::maybe(staffRef));
    put(membercol::consent, consent, Value::text(consentValue.value_or("unknown")));
    put(membercol::consentAt, consentAt, Value::maybe(consentAtValue));

    qint64 id = 0;
    Outcome outcome = upsert(Members, existing, v, mask, &id, error);
    if (outcome == Outcome::Invalid)
        return outcome;
    if (setsTags) {
        if (inserting) {
            if (!tagIds.empty() && !setTags(id, tagIds, true))
                return *error = sqlFailure(QStringLiteral("member_tags")).error(), Outcome::Invalid;
        } else if (tagsOf(id) != tagIds) {
            if (!ensureLogged(Members, id) || !setTags(id, tagIds, false))
                return *error = sqlFailure(QStringLiteral("member_tags")).error(), Outcome::Invalid;
            outcome = Outcome::Updated;
        }
    }
    int added = 0;
    for (int k = 0; k < identityCount; ++k) {
        const int result = addIdentity(id, k, identityValue(k, c.text(firstIdentity + k)), error);
        if (result < 0)
            return Outcome::Invalid;
        added += result;
    }
    if (!policy.platform.isEmpty()) {
        // Platform exports: phones and emails become identities that later imports match on.
        const int results[] = {
            addIdentity(id, phoneKind, c.has(phone) ? phoneOf(c.text(phone)).e164 : QByteArray(),
                        error),
            addIdentity(id, emailKind, values::normalizeEmail(c.text(email)), error)};
        for (int result : results) {
            if (result < 0)
                return Outcome::Invalid;
            added += result;
        }
    }
    if (added > 0 && outcome == Outcome::Unchanged)
        outcome = Outcome::Updated;
    if (inserting)
        m_members->insert(key, id);
    return outcome;
}

bool StoreWriter::storedPhoneIs(qint64 member, QByteArrayView e164)
{
    if (!m_phoneOf)
        m_phoneOf =
            std::make_unique<BulkStatement>(m_db, "SELECT phone FROM members WHERE id = ?1");
    m_phoneOf->bindInt(1, member);
    const bool same = m_phoneOf->step() && m_phoneOf->text(0) == e164;
    m_phoneOf->reset();
    return same;
}

// ---- members named by other records ------------------------------------------------------------

std::optional<qint64> StoreWriter::lookupMember(Cells &c, int lookup)
{
    using namespace lookupfield;
    for (int k = 0; k < memberfield::identityCount; ++k) {
        const int f = lookup + firstIdentity + k;
        if (c.has(f)) {
            if (const auto id = identityIndex(k).find(identityValue(k, c.text(f))))
                return id;
        }
    }
    const std::pair<int, int> contacts[] = {{lookup + email, emailKind},
                                            {lookup + phone, phoneKind}};
    for (const auto &[f, kind] : contacts) {
        if (!c.has(f))
            continue;
        loadContactIndexes();
        const QByteArray value =
            kind == phoneKind ? phoneOf(c.text(f)).e164 : values::normalizeEmail(c.text(f));
        if (value.isEmpty())
            continue;
        if (const auto id = identityIndex(kind).find(value))
            return id;
    }
    return std::nullopt;
}

std::optional<StoreWriter::Outcome> StoreWriter::createMember(Cells &c, int lookup,
                                                              qint64 *memberRef)
{
    using namespace lookupfield;
    const RowPolicy &policy = c.policy();
    QByteArray key;
    for (int k = 0; k < memberfield::identityCount && key.isEmpty(); ++k) {
        if (c.has(lookup + firstIdentity + k))
            key = policy.memberKeyPrefix + identityValue(k, c.text(lookup + firstIdentity + k));
    }
    const QByteArray email = values::normalizeEmail(c.text(lookup + lookupfield::email));
    const QByteArray phone = phoneOf(c.text(lookup + lookupfield::phone)).e164;
    if (key.isEmpty() && !email.isEmpty())
        key = policy.memberKeyPrefix + email;
    if (key.isEmpty() && !phone.isEmpty())
        key = policy.memberKeyPrefix + phone;
    if (key.isEmpty()) {
        // A phone that is no number matters when nothing else names the member; beside an
        // email or an account it is left out (a billing phone typed by the customer).
        if (!checkPhone(c, lookup + lookupfield::phone))
            return Outcome::Invalid;
        c.fail(lookup + lookupfield::email, tr("no email, phone or account to find the member by"));
        return Outcome::Invalid;
    }
    if (const auto id = m_members->find(key)) {
        *memberRef = *id;
        return std::nullopt;
    }
    // Joined when first seen: the record's own time, when the source has no better one.
    std::optional<qint64> joined = c.time(lookup + lookupfield::joinedAt);
    if (!joined) {
        for (int f = 0; f < lookup && !joined; ++f) {
            if (entityFields(c.row.entity)[size_t(f)].type == FieldType::Time && c.has(f))
                joined = c.time(f);
        }
    }
    if (c.failed)
        return Outcome::Invalid;
    Value v[membercol::count];
    v[membercol::memberId] = Value::text(key);
    v[membercol::name] = Value::text(c.text(lookup + lookupfield::name));
    v[membercol::gender] = Value::text("U");
    const QByteArrayView phoneText = values::trimmed(c.text(lookup + lookupfield::phone));
    v[membercol::phone] = Value::text(phone);
    v[membercol::phoneRaw] = Value::text(
        phone.isEmpty() || phoneText == QByteArrayView(phone) ? QByteArrayView() : phoneText);
    v[membercol::email] = Value::text(c.text(lookup + lookupfield::email));
    v[membercol::source] = Value::text(policy.platform);
    v[membercol::joinedAt] = Value::integer(joined.value_or(m_now));
    v[membercol::consent] = Value::text("unknown");
    if (upsert(Members, std::nullopt, v, 0, memberRef, c.error) == Outcome::Invalid)
        return Outcome::Invalid;
    m_members->insert(key, *memberRef);
    for (int k = 0; k < memberfield::identityCount; ++k) {
        if (addIdentity(*memberRef, k, identityValue(k, c.text(lookup + firstIdentity + k)),
                        c.error) < 0)
            return Outcome::Invalid;
    }
    if (addIdentity(*memberRef, emailKind, email, c.error) < 0 ||
        addIdentity(*memberRef, phoneKind, phone, c.error) < 0)
        return Outcome::Invalid;
    return std::nullopt;
}

std::optional<StoreWriter::Outcome> StoreWriter::resolveMember(Cells &c, int memberIdField,
                                                               bool finalPass, qint64 *memberRef)
{
    const int lookup = memberLookupStart(c.row.entity);
    if (c.has(memberIdField)) {
        std::optional<qint64> ref;
        if (const auto stop = resolveRef(Entity::Members, c, memberIdField, finalPass, &ref))
            return stop;
        *memberRef = *ref;
        return std::nullopt;
    }
    if (const auto id = lookupMember(c, lookup)) {
        *memberRef = *id;
        return std::nullopt;
    }
    if (c.policy().createMembers)
        return createMember(c, lookup, memberRef);
    if (!finalPass && m_arriving[size_t(Entity::Members)])
        return Outcome::Deferred;
    c.fail(memberIdField, c.row.present[size_t(memberIdField)]
                              ? tr("a value is required")
                              : tr("no member in the workspace or in this import matches"));
    return Outcome::Invalid;
}

// ---- groups, memberships, events ---------------------------------------------------------------

StoreWriter::Outcome StoreWriter::writeGroup(const SourceRow &row, Error *error)
{
    using namespace groupfield;
    Cells c{row, m_zone, error};
    QByteArray key;
    int keyField = groupId;
    if (!c.checkRequired() || !recordKey(c, groupId, &key, &keyField))
        return Outcome::Invalid;
    const auto created = c.time(createdAt);
    const auto cap = c.count(memberCap);
    if (c.failed)
        return Outcome::Invalid;
    const std::optional<qint64> existing = m_groups->find(key);
    if (duplicate(Entity::Groups, key, c, keyField))
        return Outcome::Invalid;
    const bool inserting = !existing;
    if (inserting && !c.has(name))
        return c.fail(name, tr("a value is required")), Outcome::Invalid;
    std::optional<qint64> owner;
    if (c.has(ownerStaff) && !(owner = staffId(c.text(ownerStaff), error)))
        return Outcome::Invalid;
    Value v[7];
    quint32 mask = 0;
    auto put = [&](int column, Value value) {
        v[column] = value;
        if (c.sets(column))
            mask |= 1u << column;
    };
    v[groupId] = Value::text(key);
    v[name] = Value::text(c.text(name));
    if (c.has(name))
        mask |= 1u << name;
    put(platform, Value::text(textOrDefault(c, platform, inserting)));
    put(ownerStaff, Value::maybe(owner));
    put(theme, Value::text(c.text(theme)));
    put(createdAt, Value::maybe(created));
    put(memberCap, Value::maybe(cap));
    qint64 id = 0;
    const Outcome outcome = upsert(Groups, existing, v, mask, &id, error);
    if (inserting && outcome == Outcome::Inserted)
        m_groups->insert(key, id);
    return outcome;
}

StoreWriter::Outcome StoreWriter::writeMembership(const SourceRow &row, bool finalPass,
                                                  Error *error)
{
    using namespace membershipfield;
    Cells c{row, m_zone, error};
    if (!c.checkRequired() || !c.requireValue(groupId))
        return Outcome::Invalid;
    const auto joined = c.time(joinedAt);
    const auto left = c.time(leftAt);
    const QByteArrayView roleValue = c.choice(role);
    if (!joined)
        c.requireValue(joinedAt);
    if (c.failed)
        return Outcome::Invalid;
    std::optional<qint64> group;
    if (const auto stop = resolveRef(Entity::Groups, c, groupId, finalPass, &group))
        return *stop;
    qint64 member = 0;
    if (const auto stop = resolveMember(c, memberId, finalPass, &member))
        return *stop;
    const qint64 parts[] = {*group, member, *joined};
    const QByteArrayView key(reinterpret_cast<const char *>(parts), sizeof parts);
    if (duplicate(Entity::Memberships, key, c, joinedAt))
        return Outcome::Invalid;
    std::optional<qint64> existing;
    if (!tableEmpty(Memberships)) {
        if (!m_membershipKey)
            m_membershipKey = std::make_unique<BulkStatement>(
                m_db, "SELECT id FROM memberships WHERE group_ref = ?1 AND member_ref = ?2 AND "
                      "joined_at = ?3");
        for (int i = 0; i < 3; ++i)
            m_membershipKey->bindInt(i + 1, parts[i]);
        if (m_membershipKey->step())
            existing = m_membershipKey->int64(0);
        m_membershipKey->reset();
    }
    Value v[5] = {Value::integer(*group), Value::integer(member), Value::integer(*joined),
                  Value::maybe(left), Value::text(roleValue.isEmpty() ? "member" : roleValue)};
    quint32 mask = 0;
    if (c.sets(leftAt))
        mask |= 1u << 3;
    if (c.sets(role))
        mask |= 1u << 4;
    qint64 id = 0;
    return upsert(Memberships, existing, v, mask, &id, error);
}

StoreWriter::Outcome StoreWriter::writeEvent(const SourceRow &row, bool finalPass, Error *error)
{
    using namespace eventfield;
    Cells c{row, m_zone, error};
    if (!c.checkRequired())
        return Outcome::Invalid;
    const QByteArrayView typeValue = c.choice(type);
    const auto at = c.time(occurredAt);
    const auto score = c.real(value);
    if (typeValue.isEmpty())
        c.requireValue(type);
    if (!at)
        c.requireValue(occurredAt);
    if (c.failed)
        return Outcome::Invalid;
    qint64 member = 0;
    if (const auto stop = resolveMember(c, memberId, finalPass, &member))
        return *stop;
    std::optional<qint64> group, content, campaign;
    if (const auto stop = resolveRef(Entity::Groups, c, groupId, finalPass, &group))
        return *stop;
    if (const auto stop = resolveRef(Entity::Content, c, contentId, finalPass, &content))
        return *stop;
    if (const auto stop = resolveRef(Entity::Campaigns, c, campaignId, finalPass, &campaign))
        return *stop;
    const Value v[7] = {Value::integer(member), Value::text(typeValue), Value::integer(*at),
                        Value::maybe(group),    Value::maybe(content),  Value::maybe(campaign),
                        Value::maybe(score)};
    if (eventExists(v))
        return Outcome::Unchanged;
    qint64 id = 0;
    return upsert(Events, std::nullopt, v, 0, &id, error);
}

// ---- orders, content, campaigns, costs ---------------------------------------------------------

StoreWriter::Outcome StoreWriter::writeOrder(const SourceRow &row, bool finalPass, Error *error)
{
    using namespace orderfield;
    Cells c{row, m_zone, error};
    QByteArray key;
    int keyField = orderId;
    if (!c.checkRequired() || !recordKey(c, orderId, &key, &keyField))
        return Outcome::Invalid;
    const auto cents = c.money(amount);
    const auto itemCount = c.count(items);
    const auto paid = c.time(paidAt);
    const auto refund = c.flag(refunded);
    if (c.failed)
        return Outcome::Invalid;
    const std::optional<qint64> existing = m_orders->find(key);
    const bool inserting = !existing;
    if (inserting && (!c.requireValue(amount) || !c.requireValue(paidAt)))
        return Outcome::Invalid;
    qint64 member = 0;
    if (const auto stop = resolveMember(c, memberId, finalPass, &member))
        return *stop;
    std::optional<qint64> campaign;
    if (const auto stop = resolveRef(Entity::Campaigns, c, campaignId, finalPass, &campaign))
        return *stop;
    if (duplicate(Entity::Orders, key, c, keyField))
        return Outcome::Invalid;
    Value v[8];
    quint32 mask = (1u << 1); // the member
    auto put = [&](int column, Value value, bool sets) {
        v[column] = value;
        if (sets)
            mask |= 1u << column;
    };
    v[orderId] = Value::text(key);
    v[memberId] = Value::integer(member);
    put(amount, Value::maybe(cents), c.has(amount));
    put(items, Value::maybe(itemCount), c.sets(items));
    put(paidAt, Value::maybe(paid), c.has(paidAt));
    put(channel, Value::text(textOrDefault(c, channel, inserting)), c.sets(channel));
    put(campaignId, Value::maybe(campaign), c.sets(campaignId));
    put(refunded, Value::integer(refund.value_or(0)), c.sets(refunded));
    qint64 id = 0;
    const Outcome outcome = upsert(Orders, existing, v, mask, &id, error);
    if (inserting && outcome == Outcome::Inserted)
        m_orders->insert(key, id);
    return outcome;
}

StoreWriter::Outcome StoreWriter::writeContent(const SourceRow &row, bool finalPass, Error *error)
{
    using namespace contentfield;
    Cells c{row, m_zone, error};
    QByteArray key;
    int keyField = contentId;
    if (!c.checkRequired() || !recordKey(c, contentId, &key, &keyField))
        return Outcome::Invalid;
    const auto scheduled = c.time(scheduledAt);
    const QByteArrayView statusValue = c.choice(status);
    std::optional<qint64> metrics[6];
    for (int m = 0; m < 6; ++m)
        metrics[m] = c.count(reads + m);
    if (c.failed)
        return Outcome::Invalid;
    const std::optional<qint64> existing = m_content->find(key);
    const bool inserting = !existing;
    if (inserting && (!c.requireValue(title) || !c.requireValue(scheduledAt)))
        return Outcome::Invalid;
    std::optional<qint64> group, campaign;
    if (const auto stop = resolveRef(Entity::Groups, c, groupId, finalPass, &group))
        return *stop;
    if (const auto stop = resolveRef(Entity::Campaigns, c, campaignId, finalPass, &campaign))
        return *stop;
    if (duplicate(Entity::Content, key, c, keyField))
        return Outcome::Invalid;
    Value v[15];
    quint32 mask = 0;
    auto put = [&](int column, Value value, bool sets) {
        v[column] = value;
        if (sets)
            mask |= 1u << column;
    };
    v[contentId] = Value::text(key);
    put(title, Value::text(c.text(title)), c.has(title));
    put(kind, Value::text(c.text(kind)), c.sets(kind));
    put(channel, Value::text(c.text(channel)), c.sets(channel));
    put(groupId, Value::maybe(group), c.sets(groupId));
    put(scheduledAt, Value::maybe(scheduled), c.has(scheduledAt));
    put(status, Value::text(statusValue.isEmpty() ? "idea" : statusValue), c.sets(status));
    put(campaignId, Value::maybe(campaign), c.sets(campaignId));
    put(owner, Value::text(c.text(owner)), c.sets(owner));
    for (int m = 0; m < 6; ++m)
        put(reads + m, Value::integer(metrics[m].value_or(0)), c.sets(reads + m));
    qint64 id = 0;
    const Outcome outcome = upsert(Content, existing, v, mask, &id, error);
    if (inserting && outcome == Outcome::Inserted)
        m_content->insert(key, id);
    return outcome;
}

StoreWriter::Outcome StoreWriter::writeCampaign(const SourceRow &row, Error *error)
{
    using namespace campaignfield;
    Cells c{row, m_zone, error};
    QByteArray key;
    int keyField = campaignId;
    if (!c.checkRequired() || !recordKey(c, campaignId, &key, &keyField))
        return Outcome::Invalid;
    const auto startAt = c.time(start);
    const auto endAt = c.time(end);
    const auto budgetCents = c.money(budget);
    if (startAt && endAt && *endAt < *startAt)
        c.fail(end, tr("the end is before the start"));
    if (c.failed)
        return Outcome::Invalid;
    const std::optional<qint64> existing = m_campaigns->find(key);
    const bool inserting = !existing;
    if (inserting && !c.requireValue(name))
        return Outcome::Invalid;
    if (duplicate(Entity::Campaigns, key, c, keyField))
        return Outcome::Invalid;
    Value v[8];
    quint32 mask = 0;
    auto put = [&](int column, Value value, bool sets) {
        v[column] = value;
        if (sets)
            mask |= 1u << column;
    };
    v[campaignId] = Value::text(key);
    put(name, Value::text(c.text(name)), c.has(name));
    put(objective, Value::text(c.text(objective)), c.sets(objective));
    put(type, Value::text(c.text(type)), c.sets(type));
    put(start, Value::maybe(startAt), c.sets(start));
    put(end, Value::maybe(endAt), c.sets(end));
    put(budget, Value::maybe(budgetCents), c.sets(budget));
    put(targetSegment, Value::text(c.text(targetSegment)), c.sets(targetSegment));
    qint64 id = 0;
    const Outcome outcome = upsert(Campaigns, existing, v, mask, &id, error);
    if (inserting && outcome == Outcome::Inserted)
        m_campaigns->insert(key, id);
    return outcome;
}

StoreWriter::Outcome StoreWriter::writeCost(const SourceRow &row, bool finalPass, Error *error)
{
    using namespace costfield;
    Cells c{row, m_zone, error};
    if (!c.checkRequired())
        return Outcome::Invalid;
    for (int f : {campaignId, category, amount, incurredAt})
        c.requireValue(f);
    const auto cents = c.money(amount);
    const auto at = c.time(incurredAt);
    if (c.failed)
        return Outcome::Invalid;
    std::optional<qint64> campaign;
    if (const auto stop = resolveRef(Entity::Campaigns, c, campaignId, finalPass, &campaign))
        return *stop;
    m_scratch = QByteArray::number(*campaign) + '\x1f' + c.text(category).toByteArray() + '\x1f' +
                QByteArray::number(*at);
    if (duplicate(Entity::CampaignCosts, m_scratch, c, category))
        return Outcome::Invalid;
    std::optional<qint64> existing;
    if (!tableEmpty(CampaignCosts)) {
        if (!m_costKey)
            m_costKey = std::make_unique<BulkStatement>(
                m_db, "SELECT id FROM campaign_costs WHERE campaign_ref = ?1 AND category = ?2 "
                      "AND incurred_at = ?3");
        m_costKey->bindInt(1, *campaign);
        m_costKey->bindText(2, c.text(category));
        m_costKey->bindInt(3, *at);
        if (m_costKey->step())
            existing = m_costKey->int64(0);
        m_costKey->reset();
    }
    const Value v[4] = {Value::integer(*campaign), Value::text(c.text(category)),
                        Value::integer(*cents), Value::integer(*at)};
    qint64 id = 0;
    return upsert(CampaignCosts, existing, v, 1u << amount, &id, error);
}

} // namespace siyu
