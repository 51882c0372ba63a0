// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace siyu {

// The kinds of record an import writes, one per canonical file of the contract.
enum class Entity
{
    Members,
    Groups,
    Memberships,
    Events,
    Orders,
    Content,
    Campaigns,
    CampaignCosts
};
inline constexpr int entityCount = 8;

enum class FieldType
{
    Key, // the source's own key of the record (`member_id`, ...)
    Text,
    Time,    // epoch seconds
    Money,   // integer cents, never negative
    Count,   // whole number ≥ 0
    Gender,  // M/F/U
    Consent, // yes/no/unknown
    Tags,    // list
    Choice,  // one of FieldDef::choices
    Real,
    Flag,  // 0/1
    Ref,   // the key of another record (FieldDef::refers)
    Staff, // a staff member's name; created on first use
    Phone,
    Email,
    Identity, // an account on a platform (FieldDef::identityKind)
};

struct FieldDef
{
    const char *name;
    FieldType type;
    bool required = false;  // bold in the contract
    bool canonical = false; // a column of the canonical CSV
    Entity refers = Entity::Members;
    const char *choices = nullptr;      // "owner|admin|member"
    const char *identityKind = nullptr; // "wecom", ... for Identity fields
};

inline constexpr int maxFields = 32;

// The identity kinds a member can have (table `identities`).
const QStringList &identityKinds();

// Fields in canonical column order, then the extra fields presets may map: `identity:KIND` on
// members; `member:name`, `member:email`, `member:phone`, `member:joined_at` and
// `member:identity:KIND` on records that name a member (they find, or create, that member when
// the source has no member_id).
const std::vector<FieldDef> &entityFields(Entity entity);
int fieldIndex(Entity entity, QStringView name);
QStringList canonicalColumns(Entity entity);

QString entityName(Entity entity);  // "campaign_costs"
QString entityTable(Entity entity); // "campaign_costs"
std::optional<Entity> entityFromName(QStringView name);

} // namespace siyu

namespace siyu {

// Field indices into entityFields(), for the code that reads rows.
namespace memberfield {
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
    referrerId,
    joinedAt,
    staff,
    tags,
    consent,
    consentAt,
    firstIdentity, // identity:wecom ... identity:shopify, in identityKinds() order
    identityCount = 7
};
}
namespace groupfield {
enum : int
{
    groupId,
    name,
    platform,
    ownerStaff,
    theme,
    createdAt,
    memberCap
};
}
namespace membershipfield {
enum : int
{
    groupId,
    memberId,
    joinedAt,
    leftAt,
    role,
    lookup
};
}
namespace eventfield {
enum : int
{
    memberId,
    type,
    occurredAt,
    groupId,
    contentId,
    campaignId,
    value,
    lookup
};
}
namespace orderfield {
enum : int
{
    orderId,
    memberId,
    amount,
    items,
    paidAt,
    channel,
    campaignId,
    refunded,
    lookup
};
}
namespace contentfield {
enum : int
{
    contentId,
    title,
    kind,
    channel,
    groupId,
    scheduledAt,
    status,
    campaignId,
    owner,
    reads,
    likes,
    comments,
    shares,
    clicks,
    conversions
};
}
namespace campaignfield {
enum : int
{
    campaignId,
    name,
    objective,
    type,
    start,
    end,
    budget,
    targetSegment
};
}
namespace costfield {
enum : int
{
    campaignId,
    category,
    amount,
    incurredAt
};
}
// Offsets of the member:* fields from the entity's `lookup` index.
namespace lookupfield {
enum : int
{
    name,
    email,
    phone,
    joinedAt,
    firstIdentity // member:identity:wecom ...
};
}

// Index of the first member:* field of an entity that names a member, -1 for others.
int memberLookupStart(Entity entity);

} // namespace siyu
