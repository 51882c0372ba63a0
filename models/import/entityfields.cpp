// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/entityfields.h"

#include <array>

namespace siyu {

namespace {

constexpr bool req = true;
constexpr bool canon = true;

const char *const kindNames[] = {"wecom",    "unionid",  "slack",  "discord",
                                 "telegram", "whatsapp", "shopify"};

// The fields every record that names a member carries, to find or create that member.
void addMemberLookup(std::vector<FieldDef> &fields)
{
    fields.push_back({"member:name", FieldType::Text});
    fields.push_back({"member:email", FieldType::Email});
    fields.push_back({"member:phone", FieldType::Phone});
    fields.push_back({"member:joined_at", FieldType::Time});
    static const char *const names[] = {"member:identity:wecom",    "member:identity:unionid",
                                        "member:identity:slack",    "member:identity:discord",
                                        "member:identity:telegram", "member:identity:whatsapp",
                                        "member:identity:shopify"};
    for (size_t i = 0; i < std::size(names); ++i)
        fields.push_back(
            {names[i], FieldType::Identity, false, false, Entity::Members, nullptr, kindNames[i]});
}

std::vector<FieldDef> memberFields()
{
    std::vector<FieldDef> f{
        {"member_id", FieldType::Key, req, canon},
        {"name", FieldType::Text, false, canon},
        {"remark", FieldType::Text, false, canon},
        {"gender", FieldType::Gender, false, canon},
        {"city", FieldType::Text, false, canon},
        {"phone", FieldType::Phone, false, canon},
        {"email", FieldType::Email, false, canon},
        {"source", FieldType::Text, false, canon},
        {"referrer_id", FieldType::Ref, false, canon, Entity::Members},
        {"joined_at", FieldType::Time, req, canon},
        {"staff", FieldType::Staff, false, canon},
        {"tags", FieldType::Tags, false, canon},
        {"consent", FieldType::Consent, false, canon},
        {"consent_at", FieldType::Time, false, canon},
    };
    static const char *const names[] = {
        "identity:wecom",    "identity:unionid",  "identity:slack",  "identity:discord",
        "identity:telegram", "identity:whatsapp", "identity:shopify"};
    for (size_t i = 0; i < std::size(names); ++i)
        f.push_back(
            {names[i], FieldType::Identity, false, false, Entity::Members, nullptr, kindNames[i]});
    return f;
}

std::vector<FieldDef> buildFields(Entity entity)
{
    switch (entity) {
    case Entity::Members:
        return memberFields();
    case Entity::Groups:
        return {{"group_id", FieldType::Key, req, canon},
                {"name", FieldType::Text, req, canon},
                {"platform", FieldType::Text, false, canon},
                {"owner_staff", FieldType::Staff, false, canon},
                {"theme", FieldType::Text, false, canon},
                {"created_at", FieldType::Time, false, canon},
                {"member_cap", FieldType::Count, false, canon}};
    case Entity::Memberships: {
        std::vector<FieldDef> f{
            {"group_id", FieldType::Ref, req, canon, Entity::Groups},
            {"member_id", FieldType::Ref, req, canon, Entity::Members},
            {"joined_at", FieldType::Time, req, canon},
            {"left_at", FieldType::Time, false, canon},
            {"role", FieldType::Choice, false, canon, Entity::Members, "owner|admin|member"}};
        addMemberLookup(f);
        return f;
    }
    case Entity::Events: {
        std::vector<FieldDef> f{
            {"member_id", FieldType::Ref, req, canon, Entity::Members},
            {"type", FieldType::Choice, req, canon, Entity::Members,
             "message|read|like|comment|share|click|checkin|live_view|coupon_claim|"
             "coupon_redeem|invite|survey"},
            {"occurred_at", FieldType::Time, req, canon},
            {"group_id", FieldType::Ref, false, canon, Entity::Groups},
            {"content_id", FieldType::Ref, false, canon, Entity::Content},
            {"campaign_id", FieldType::Ref, false, canon, Entity::Campaigns},
            {"value", FieldType::Real, false, canon}};
        addMemberLookup(f);
        return f;
    }
    case Entity::Orders: {
        std::vector<FieldDef> f{{"order_id", FieldType::Key, req, canon},
                                {"member_id", FieldType::Ref, req, canon, Entity::Members},
                                {"amount", FieldType::Money, req, canon},
                                {"items", FieldType::Count, false, canon},
                                {"paid_at", FieldType::Time, req, canon},
                                {"channel", FieldType::Text, false, canon},
                                {"campaign_id", FieldType::Ref, false, canon, Entity::Campaigns},
                                {"refunded", FieldType::Flag, false, canon}};
        addMemberLookup(f);
        return f;
    }
    case Entity::Content:
        return {{"content_id", FieldType::Key, req, canon},
                {"title", FieldType::Text, req, canon},
                {"kind", FieldType::Text, false, canon},
                {"channel", FieldType::Text, false, canon},
                {"group_id", FieldType::Ref, false, canon, Entity::Groups},
                {"scheduled_at", FieldType::Time, req, canon},
                {"status", FieldType::Choice, false, canon, Entity::Members,
                 "idea|draft|scheduled|published|reviewed"},
                {"campaign_id", FieldType::Ref, false, canon, Entity::Campaigns},
                {"owner", FieldType::Text, false, canon},
                {"reads", FieldType::Count, false, canon},
                {"likes", FieldType::Count, false, canon},
                {"comments", FieldType::Count, false, canon},
                {"shares", FieldType::Count, false, canon},
                {"clicks", FieldType::Count, false, canon},
                {"conversions", FieldType::Count, false, canon}};
    case Entity::Campaigns:
        return {{"campaign_id", FieldType::Key, req, canon},
                {"name", FieldType::Text, req, canon},
                {"objective", FieldType::Text, false, canon},
                {"type", FieldType::Text, false, canon},
                {"start", FieldType::Time, false, canon},
                {"end", FieldType::Time, false, canon},
                {"budget", FieldType::Money, false, canon},
                {"target_segment", FieldType::Text, false, canon}};
    case Entity::CampaignCosts:
        return {{"campaign_id", FieldType::Ref, req, canon, Entity::Campaigns},
                {"category", FieldType::Text, req, canon},
                {"amount", FieldType::Money, req, canon},
                {"incurred_at", FieldType::Time, req, canon}};
    }
    return {};
}

const char *const entityNames[] = {"members", "groups",  "memberships", "events",
                                   "orders",  "content", "campaigns",   "campaign_costs"};

} // namespace

const QStringList &identityKinds()
{
    static const QStringList kinds{
        QStringLiteral("wecom"),   QStringLiteral("unionid"),  QStringLiteral("slack"),
        QStringLiteral("discord"), QStringLiteral("telegram"), QStringLiteral("whatsapp"),
        QStringLiteral("shopify"), QStringLiteral("phone"),    QStringLiteral("email")};
    return kinds;
}

const std::vector<FieldDef> &entityFields(Entity entity)
{
    static const std::array<std::vector<FieldDef>, entityCount> all{
        buildFields(Entity::Members),     buildFields(Entity::Groups),
        buildFields(Entity::Memberships), buildFields(Entity::Events),
        buildFields(Entity::Orders),      buildFields(Entity::Content),
        buildFields(Entity::Campaigns),   buildFields(Entity::CampaignCosts)};
    return all[size_t(entity)];
}

int fieldIndex(Entity entity, QStringView name)
{
    const auto &fields = entityFields(entity);
    for (size_t i = 0; i < fields.size(); ++i) {
        if (name == QLatin1String(fields[i].name))
            return int(i);
    }
    return -1;
}

QStringList canonicalColumns(Entity entity)
{
    QStringList columns;
    for (const FieldDef &field : entityFields(entity)) {
        if (field.canonical)
            columns << QLatin1String(field.name);
    }
    return columns;
}

QString entityName(Entity entity)
{
    return QLatin1String(entityNames[int(entity)]);
}

QString entityTable(Entity entity)
{
    return entityName(entity);
}

std::optional<Entity> entityFromName(QStringView name)
{
    for (int i = 0; i < entityCount; ++i) {
        if (name == QLatin1String(entityNames[i]))
            return Entity(i);
    }
    return std::nullopt;
}

} // namespace siyu

namespace siyu {

int memberLookupStart(Entity entity)
{
    switch (entity) {
    case Entity::Memberships:
        return membershipfield::lookup;
    case Entity::Events:
        return eventfield::lookup;
    case Entity::Orders:
        return orderfield::lookup;
    default:
        return -1;
    }
}

} // namespace siyu
