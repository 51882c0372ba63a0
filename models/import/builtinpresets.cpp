// SPDX-License-Identifier: GPL-3.0-or-later
// The platform presets, as data. Each is the JSON a user preset would have (MSVC limits one
// string literal to 16 KB, so each preset is its own literal).
#include "models/import/presetcatalog.h"

namespace siyu {

namespace {

const char *const wecomCustomers = R"json({
  "name": "wecom-customers",
  "title": "WeCom (企业微信) customer export",
  "entity": "members", "empty": "keep", "platform": "wecom", "date_order": "ymd",
  "match": ["identity:wecom", "identity:unionid", "phone"],
  "key_prefix": "wecom:", "key_from": ["identity:wecom", "identity:unionid", "phone"],
  "defaults": {"source": "wecom", "joined_at": "now"},
  "columns": [
    {"field": "name", "headers": ["客户名称", "客户昵称", "昵称", "名称", "微信昵称", "姓名"], "required": true},
    {"field": "remark", "headers": ["备注", "备注名", "客户备注", "备注名称"]},
    {"field": "gender", "headers": ["性别"]},
    {"field": "city", "headers": ["城市", "地区", "所在地区", "所在城市"]},
    {"field": "phone", "headers": ["手机号", "手机号码", "手机", "电话", "联系电话", "备注手机号"]},
    {"field": "email", "headers": ["邮箱", "电子邮箱", "邮件"]},
    {"field": "source", "headers": ["来源", "添加渠道", "添加来源", "客户来源", "渠道"]},
    {"field": "joined_at", "headers": ["添加时间", "添加日期", "首次添加时间", "添加好友时间"]},
    {"field": "staff", "headers": ["添加人", "所属员工", "跟进人", "归属员工", "添加人姓名", "所属客服"]},
    {"field": "tags", "headers": ["标签", "企业标签", "客户标签"], "separators": ",;、|，；"},
    {"field": "identity:wecom", "headers": ["外部联系人ID", "外部联系人id", "客户ID", "客户id", "external_userid", "ExternalUserID"]},
    {"field": "identity:unionid", "headers": ["UnionID", "unionid", "UnionId"]}
  ]
})json";

const char *const wecomGroups = R"json({
  "name": "wecom-groups",
  "title": "WeCom (企业微信) customer group export",
  "entity": "groups", "empty": "keep", "platform": "wecom", "date_order": "ymd",
  "key_prefix": "wecom:", "key_from": ["group_id", "name"],
  "defaults": {"platform": "wecom"},
  "columns": [
    {"field": "group_id", "headers": ["群ID", "群id", "群聊ID", "客户群ID", "chat_id"]},
    {"field": "name", "headers": ["群名称", "群聊名称", "客户群名称", "群名"], "required": true},
    {"field": "owner_staff", "headers": ["群主", "群主名称", "群主姓名"]},
    {"field": "created_at", "headers": ["创建时间", "建群时间", "群创建时间"]},
    {"field": "theme", "headers": ["群公告", "群主题", "群标签"]},
    {"field": "member_cap", "headers": ["群人数上限", "人数上限", "群上限"]}
  ]
})json";

const char *const slackMembers = R"json({
  "name": "slack-members",
  "title": "Slack member list export (Admin › Manage members › Export)",
  "entity": "members", "empty": "keep", "platform": "slack",
  "match": ["identity:slack", "email"],
  "key_prefix": "slack:", "key_from": ["identity:slack", "email"],
  "defaults": {"source": "slack", "joined_at": "now"},
  "columns": [
    {"field": "identity:slack", "headers": ["userid", "user_id", "User ID", "id"], "required": true},
    {"field": "name", "headers": ["fullname", "full_name", "Full name", "displayname", "display_name", "Display name", "username", "Username"]},
    {"field": "remark", "headers": ["displayname", "display_name", "Display name"]},
    {"field": "email", "headers": ["email", "Email"]}
  ]
})json";

const char *const discordMembers = R"json({
  "name": "discord-members",
  "title": "Discord member list written by a bot",
  "entity": "members", "empty": "keep", "platform": "discord",
  "match": ["identity:discord"],
  "key_prefix": "discord:", "key_from": ["identity:discord"],
  "defaults": {"source": "discord", "joined_at": "now"},
  "columns": [
    {"field": "identity:discord", "headers": ["User ID", "UserID", "user_id", "userid", "Member ID", "member_id", "Discord ID", "ID", "id"], "required": true},
    {"field": "name", "headers": ["Display Name", "display_name", "Nickname", "nickname", "Server Nickname", "Global Name", "global_name", "Username", "username", "User", "Name", "name", "Tag"]},
    {"field": "remark", "headers": ["Username", "username", "Tag", "tag"]},
    {"field": "joined_at", "headers": ["Joined At", "joined_at", "Joined", "Join Date", "Joined Server", "joined_server", "Server Join Date"]},
    {"field": "tags", "headers": ["Roles", "roles", "Role"], "separators": ",;|"}
  ]
})json";

const char *const telegramJson = R"json({
  "name": "telegram-json",
  "title": "Telegram Desktop chat export (result.json)",
  "format": "telegram-json", "entity": "events", "empty": "keep", "platform": "telegram",
  "expects": ["result.json: name, id, messages[]: type, date_unixtime|date, from, from_id, action (join_group_by_link, invite_members), actor, actor_id, members"]
})json";

const char *const whatsappTxt = R"json({
  "name": "whatsapp-txt",
  "title": "WhatsApp chat export (text, without media)",
  "format": "whatsapp-txt", "entity": "events", "empty": "keep", "platform": "whatsapp",
  "expects": ["lines 'DATE, TIME - AUTHOR: TEXT' (Android) or '[DATE, TIME] AUTHOR: TEXT' (iOS); any date order; 12- or 24-hour clock"]
})json";

const char *const shopifyCustomers = R"json({
  "name": "shopify-customers",
  "title": "Shopify customer export (Customers › Export)",
  "entity": "members", "empty": "keep", "platform": "shopify", "date_order": "ymd",
  "match": ["identity:shopify", "email", "phone"],
  "key_prefix": "shopify:", "key_from": ["identity:shopify", "email", "phone"],
  "defaults": {"source": "shopify", "joined_at": "now"},
  "columns": [
    {"field": "identity:shopify", "headers": ["Customer ID", "customer_id", "Id", "ID"]},
    {"field": "name", "join": ["First Name", "Last Name"], "join_with": " "},
    {"field": "email", "headers": ["Email", "email"]},
    {"field": "phone", "headers": ["Phone", "Default Address Phone"]},
    {"field": "city", "headers": ["Default Address City", "City"]},
    {"field": "consent", "headers": ["Accepts Email Marketing", "Accepts Marketing", "Accepts SMS Marketing"]},
    {"field": "tags", "headers": ["Tags"], "separators": ",;|"}
  ]
})json";

const char *const shopifyOrders = R"json({
  "name": "shopify-orders",
  "title": "Shopify order export (Orders › Export), one row per line item",
  "entity": "orders", "empty": "keep", "platform": "shopify", "date_order": "ymd",
  "group_by": "order_id",
  "create_members": true, "member_key_prefix": "shopify:",
  "defaults": {"channel": "shopify"},
  "columns": [
    {"field": "order_id", "headers": ["Name"], "required": true},
    {"field": "member:email", "headers": ["Email"]},
    {"field": "member:phone", "headers": ["Phone", "Billing Phone", "Shipping Phone"]},
    {"field": "member:name", "headers": ["Billing Name", "Shipping Name"]},
    {"field": "member:joined_at", "headers": ["Created at"]},
    {"field": "amount", "headers": ["Total"], "required": true},
    {"field": "items", "headers": ["Lineitem quantity"], "sum": true},
    {"field": "paid_at", "headers": ["Paid at"], "required": true},
    {"field": "refunded", "headers": ["Financial Status"], "map": {"refunded": "1", "*": "0"}}
  ]
})json";

} // namespace

QList<ImportPreset> PresetCatalog::buildBuiltIns()
{
    QList<ImportPreset> presets;
    for (int e = 0; e < entityCount; ++e)
        presets << ImportPreset::canonical(Entity(e));
    for (const char *json : {wecomCustomers, wecomGroups, slackMembers, discordMembers,
                             telegramJson, whatsappTxt, shopifyCustomers, shopifyOrders}) {
        auto preset = ImportPreset::fromJson(QByteArray(json));
        Q_ASSERT_X(preset.ok(), "PresetCatalog", "a built-in preset does not parse");
        if (preset) {
            preset->builtIn = true;
            presets << *preset;
        }
    }
    return presets;
}

} // namespace siyu
