// SPDX-License-Identifier: GPL-3.0-or-later
// The platform presets, each on a sample file written the way the platform writes it: WeCom
// (企业微信) customers and groups (GBK, Chinese headers, a title row), Slack, Discord,
// Telegram Desktop JSON, WhatsApp (Android and iOS), Shopify customers and orders; matching
// across them through identities; user presets saved in the workspace.
#include "importfixture.h"

#include "models/import/importhistory.h"
#include "models/import/presetcatalog.h"

#include <QTemporaryDir>

using namespace siyu;
using namespace siyu::testing;

namespace {

// As 企业微信's admin console exports customers, saved by Excel on Chinese Windows (GBK), with
// a title row above the header. The second and third rows have phone numbers Excel mangled.
const char *const wecomCustomers =
    "客户列表（导出时间：2026-11-20 10:00）,,,,,,,,,,,\n"
    "客户名称,备注,性别,添加人,添加人账号,添加时间,标签,来源,外部联系人ID,UnionID,手机号,描述\n"
    "张三,老客户,男,李四,lisi,2026/11/16 9:05,VIP、茶友,扫描二维码,wmABC001,o6_x001,13800138000,\n"
    "王芳,,女,李四,lisi,2026-11-17 10:00:00,\"新客,茶友\",搜索手机号,wmABC002,,=\"0139000000\",\n"
    "Lucy,,未知,赵六,zhaoliu,2026/11/18 14:30,,,wmABC003,,1.38001E+10,\n"
    "李雷,,男,赵六,zhaoliu,2026/11/19 08:00,茶友,名片分享,wmABC004,,13700137000,\n";

const char *const wecomGroups = "客户群列表,,,,\n"
                                "群名称,群主,群人数,创建时间,群ID\n"
                                "茶友一群,李四,198,2026/10/01 10:00,wrGROUP1\n"
                                "茶友二群,赵六,35,2026/11/01 10:00,wrGROUP2\n";

const char *const slackMembers =
    "username,email,status,billing-active,has-2fa,has-sso,userid,fullname,displayname,"
    "expiration-timestamp\n"
    "ann,ann@example.com,Member,1,0,0,U01ANN,Ann Lee,annie,\n"
    "bob,bob@example.com,Admin,1,1,0,U02BOB,,bobby,\n";

const char *const discordMembers =
    "User ID,Username,Display Name,Joined At,Account Created,Roles\n"
    "123456789012345678,ann#1234,Annie,2026-11-01T10:00:00Z,"
    "2020-01-01,\"Member, VIP\"\n"
    "223456789012345678,bob,,2026-11-02 11:00:00,2021-05-05,Member\n";

const char *const telegramExport = R"json({
 "name": "Siyu Club", "type": "private_supergroup", "id": 1234567,
 "messages": [
  {"id": 1, "type": "service", "date": "2026-11-01T10:00:00", "date_unixtime": "1793527200",
   "actor": "Alice", "actor_id": "user1", "action": "create_group", "title": "Siyu Club",
   "members": ["Alice"], "text": ""},
  {"id": 2, "type": "service", "date": "2026-11-01T10:05:00", "date_unixtime": "1793527500",
   "actor": "Alice", "actor_id": "user1", "action": "invite_members",
   "members": ["Bob", "Carol"], "text": ""},
  {"id": 3, "type": "message", "date": "2026-11-01T10:06:00", "date_unixtime": "1793527560",
   "from": "Bob", "from_id": "user2", "text": "hi"},
  {"id": 4, "type": "service", "date": "2026-11-02T09:00:00", "date_unixtime": "1793606400",
   "actor": "Dan", "actor_id": "user4", "action": "join_group_by_link", "inviter": "Group",
   "text": ""},
  {"id": 5, "type": "message", "date": "2026-11-02T09:01:00", "date_unixtime": "1793606460",
   "from": "Alice", "from_id": "user1", "text": [{"type": "bold", "text": "Welcome"}, " Dan"]},
  {"id": 6, "type": "message", "date": "2026-11-02T09:02:00", "date_unixtime": "1793606520",
   "from": "Dan", "from_id": "user4", "text": "thanks"}
 ]
})json";

const char *const whatsappAndroidChat =
    "16/11/2026, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
    "16/11/2026, 09:05 - Alice created group \"Siyu Fans\"\n"
    "16/11/2026, 09:06 - Alice: Welcome everyone!\n"
    "16/11/2026, 09:07 - +86 138 0013 8000: Hi, thanks\n"
    "for adding me: really\n"
    "17/11/2026, 21:15 - Bob: 👍\n";

const char *const whatsappIos = "[11/16/26, 9:05:12 PM] Siyu Fans: \u200EMessages and calls are "
                                "end-to-end encrypted.\r\n"
                                "[11/16/26, 9:06:00 PM] Alice: Hello\r\n"
                                "[11/17/26, 10:00:00 AM] Bob: Morning\r\n"
                                "with a second line\r\n"
                                "[11/17/26, 12:30:00 AM] \u202A+1 (555) 010-9999\u202C: late\r\n";

const char *const shopifyCustomers =
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address City,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,"
    "Total Orders,Note,Tax Exempt,Tags\n"
    "'7001,San,Zhang,zhang@example.com,yes,,Shanghai,,,no,129.00,1,,no,\"vip, tea\"\n"
    "'7002,Ann,Lee,ann@example.com,no,,London,,'+44 20 7946 0000,no,0.00,0,,no,\n";

const char *const shopifyOrders =
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Total,"
    "Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Phone,Created at\n"
    "#1001,zhang@example.com,paid,2026-11-16 09:05:12 +0800,fulfilled,CNY,129.00,129.00,1,"
    "Tea,100.00,San Zhang,,2026-11-16 09:00:00 +0800\n"
    "#1001,zhang@example.com,,,,,,,2,Cup,14.50,,,\n"
    "#1002,new@example.com,refunded,2026-11-17 10:00:00 +0800,,CNY,\"1,299.50\",\"1,299.50\",1,"
    "Pot,1299.50,New Buyer,+86 139 0000 0000,2026-11-17 09:59:00 +0800\n"
    "#1003,,pending,,,CNY,50.00,50.00,1,Tea,50.00,,,2026-11-18 10:00:00 +0800\n";

} // namespace

class TestImportPresets : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Workspace> fresh()
    {
        return openWorkspace(path(QStringLiteral("ws%1.siyu").arg(++m_counter)),
                             QStringLiteral("Asia/Shanghai"));
    }
    Result<ImportReport> importFile(Workspace &ws, const QString &preset, const QString &name,
                                    const QByteArray &bytes)
    {
        return runImport(ws, options(preset, {writeFile(path(name), bytes)}));
    }
    static qint64 shanghai(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone("Asia/Shanghai"))
            .toSecsSinceEpoch();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyPresetIsListed()
    {
        QStringList names;
        for (const ImportPreset &preset : PresetCatalog::builtIns())
            names << preset.name;
        for (const char *name :
             {"siyu-members", "siyu-groups", "siyu-memberships", "siyu-events", "siyu-orders",
              "siyu-content", "siyu-campaigns", "siyu-campaign-costs", "wecom-customers",
              "wecom-groups", "slack-members", "discord-members", "telegram-json", "whatsapp-txt",
              "shopify-customers", "shopify-orders"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const ImportPreset *members =
            PresetCatalog::builtIns().isEmpty() ? nullptr : &PresetCatalog::builtIns().first();
        QVERIFY(members);
        QCOMPARE(members->expectedColumns().first(), QStringLiteral("member_id*"));
        QCOMPARE(members->expectedColumns().size(), 14);
        // Every built-in preset survives its own JSON form.
        for (const ImportPreset &preset : PresetCatalog::builtIns()) {
            auto again = ImportPreset::fromJson(preset.toJson());
            QVERIFY2(again, qPrintable(preset.name));
            QCOMPARE(again->toJson(), preset.toJson());
        }
    }

    void headersAreRecognised()
    {
        auto catalog = PresetCatalog::load(nullptr);
        QVERIFY(catalog);
        auto name = [&](const char *header) {
            const ImportPreset *p =
                catalog->recognise(QString::fromUtf8(header).split(QLatin1Char(',')));
            return p ? p->name : QString();
        };
        QCOMPARE(name("客户名称,备注,性别,添加人,添加时间,标签,外部联系人ID"),
                 QStringLiteral("wecom-customers"));
        QCOMPARE(name("群名称,群主,群人数,创建时间"), QStringLiteral("wecom-groups"));
        QCOMPARE(name("member_id,name,joined_at"), QStringLiteral("siyu-members"));
        QCOMPARE(name("order_id,member_id,amount,paid_at"), QStringLiteral("siyu-orders"));
        QCOMPARE(name("Name,Email,Financial Status,Paid at,Total,Lineitem quantity"),
                 QStringLiteral("shopify-orders"));
        QCOMPARE(name("username,email,userid,fullname,displayname"),
                 QStringLiteral("slack-members"));
        QCOMPARE(name("nothing,we,know"), QString());
    }

    void wecomCustomersInGbk()
    {
        auto ws = fresh();
        auto report =
            importFile(*ws, QStringLiteral("wecom-customers"), QStringLiteral("客户列表.csv"),
                       encode(QString::fromUtf8(wecomCustomers), "GB18030"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 4, inserted 2, updated 0, rejected 2"));
        QVERIFY(report->sources.first().contains(QLatin1String("GB18030")));
        QVERIFY(report->sources.first().contains(QLatin1String("header on row 2")));
        // The two mangled phones, explained, naming row and column.
        QCOMPARE(report->invalidRows.at(0).row, 4);
        QCOMPARE(report->invalidRows.at(0).column, QStringLiteral("手机号"));
        QVERIFY(report->invalidRows.at(0).message.contains(QLatin1String("Excel")));
        QCOMPARE(report->invalidRows.at(1).row, 5);
        QVERIFY(report->invalidRows.at(1).message.contains(QLatin1String("scientific")));
        // Unknown columns are named in a warning.
        QVERIFY(report->warnings.join(QString()).contains(QStringLiteral("添加人账号")));
        QCOMPARE(value(*ws, QStringLiteral("SELECT member_id || '|' || name || '|' || gender || "
                                           "'|' || source FROM members WHERE remark = '老客户'"))
                     .toString(),
                 QStringLiteral("wecom:wmABC001|张三|M|扫描二维码"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT joined_at FROM members WHERE name = '张三'"))
                     .toLongLong(),
                 shanghai(2026, 11, 16, 9, 5));
        QCOMPARE(value(*ws, QStringLiteral("SELECT s.name FROM members m JOIN staff s ON s.id = "
                                           "m.staff_ref WHERE m.name = '李雷'"))
                     .toString(),
                 QStringLiteral("赵六"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(t.name, ';') FROM (SELECT t.name "
                                           "FROM member_tags mt JOIN tags t ON t.id = mt.tag_ref "
                                           "JOIN members m ON m.id = mt.member_ref WHERE m.name = "
                                           "'张三' ORDER BY t.name) t"))
                     .toString(),
                 QStringLiteral("VIP;茶友"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(kind || '=' || value, ' ') FROM "
                                           "(SELECT kind, value FROM identities i JOIN members m "
                                           "ON m.id = i.member_ref WHERE m.name = '张三' ORDER BY "
                                           "kind)"))
                     .toString(),
                 QStringLiteral("phone=+8613800138000 unionid=o6_x001 wecom=wmABC001"));
        // Fix the two rows, import the file again: the two fixed ones come in, the others match.
        QString fixed = QString::fromUtf8(wecomCustomers);
        fixed.replace(QStringLiteral("=\"0139000000\""), QStringLiteral("13900000000"));
        fixed.replace(QStringLiteral("1.38001E+10"), QString());
        report = importFile(*ws, QStringLiteral("wecom-customers"), QStringLiteral("fixed.csv"),
                            encode(fixed, "GB18030"));
        QVERIFY(report);
        QCOMPARE(report->summary(), QStringLiteral("read 4, inserted 2, updated 2, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 4);
    }

    void wecomGroupsInGbk()
    {
        auto ws = fresh();
        auto report = importFile(*ws, QStringLiteral("wecom-groups"), QStringLiteral("群.csv"),
                                 encode(QString::fromUtf8(wecomGroups), "GB18030"));
        QVERIFY(report);
        QCOMPARE(report->summary(), QStringLiteral("read 2, inserted 2, updated 0, rejected 0"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT g.group_id || '|' || g.name || '|' || "
                                           "g.platform || '|' || s.name FROM groups g JOIN staff "
                                           "s ON s.id = g.owner_ref ORDER BY g.id LIMIT 1"))
                     .toString(),
                 QStringLiteral("wecom:wrGROUP1|茶友一群|wecom|李四"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT created_at FROM groups WHERE group_id = "
                                           "'wecom:wrGROUP2'"))
                     .toLongLong(),
                 shanghai(2026, 11, 1, 10, 0));
    }

    void slackAndDiscord()
    {
        auto ws = fresh();
        auto slack = importFile(*ws, QStringLiteral("slack-members"), QStringLiteral("slack.csv"),
                                slackMembers);
        QVERIFY(slack);
        QCOMPARE(slack->inserted, 2);
        QCOMPARE(value(*ws, QStringLiteral("SELECT name || '|' || remark || '|' || joined_at FROM "
                                           "members WHERE member_id = 'slack:U02BOB'"))
                     .toString(),
                 QStringLiteral("bobby|bobby|%1").arg(importNow));
        QCOMPARE(value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id = "
                                           "'slack:U01ANN'"))
                     .toString(),
                 QStringLiteral("Ann Lee"));
        auto discord = importFile(*ws, QStringLiteral("discord-members"),
                                  QStringLiteral("discord.csv"), discordMembers);
        QVERIFY(discord);
        QCOMPARE(discord->inserted, 2);
        QCOMPARE(value(*ws, QStringLiteral("SELECT name || '|' || joined_at FROM members WHERE "
                                           "member_id = 'discord:123456789012345678'"))
                     .toString(),
                 QStringLiteral("Annie|%1")
                     .arg(QDateTime(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc())
                              .toSecsSinceEpoch()));
        // Display name empty: the username.
        QCOMPARE(value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id = "
                                           "'discord:223456789012345678'"))
                     .toString(),
                 QStringLiteral("bob"));
        QCOMPARE(count(*ws, QStringLiteral("member_tags")), 3);
    }

    void telegramJson()
    {
        auto ws = fresh();
        auto report = importFile(*ws, QStringLiteral("telegram-json"),
                                 QStringLiteral("result.json"), telegramExport);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 5, inserted 5, updated 0, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("groups")), 1);
        QCOMPARE(
            value(*ws, QStringLiteral("SELECT group_id || '|' || name FROM groups")).toString(),
            QStringLiteral("telegram:1234567|Siyu Club"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 4);
        QCOMPARE(count(*ws, QStringLiteral("events"), QStringLiteral("type = 'message'")), 3);
        QCOMPARE(
            value(*ws, QStringLiteral("SELECT value FROM events WHERE type = 'invite'")).toDouble(),
            2.0);
        QCOMPARE(count(*ws, QStringLiteral("memberships")), 3);
        // Bob wrote, so his invitation is matched to his account; Carol never wrote.
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(m.member_id, ' ') FROM (SELECT "
                                           "m.member_id FROM memberships ms JOIN members m ON "
                                           "m.id = ms.member_ref ORDER BY m.member_id) m"))
                     .toString(),
                 QStringLiteral("telegram:name:Carol telegram:user2 telegram:user4"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT joined_at FROM members WHERE member_id = "
                                           "'telegram:user4'"))
                     .toLongLong(),
                 1793606400);
        // The same export again changes nothing.
        report = importFile(*ws, QStringLiteral("telegram-json"), QStringLiteral("result2.json"),
                            telegramExport);
        QVERIFY(report);
        QCOMPARE(report->summary(), QStringLiteral("read 5, inserted 0, updated 5, rejected 0"));
        QCOMPARE(report->unchanged, 5);
        QCOMPARE(count(*ws, QStringLiteral("events")), 4);
        // Not JSON: a clear error, nothing written.
        auto broken = importFile(*ws, QStringLiteral("telegram-json"), QStringLiteral("bad.json"),
                                 "{\"messages\": [");
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QLatin1String("Telegram")));
    }

    // A damaged line or name is an invalid row naming the column, as in a CSV file; the rest
    // of the chat is imported and nothing damaged is stored.
    void chatExportsRejectDamagedRows()
    {
        auto ws = fresh();
        const QByteArray chat = QByteArray("16/11/2026, 09:06 - Alice: Welcome\n"
                                           "16/11/2026, 09:07 - Bo") +
                                '\0' +
                                QByteArray("b: hi\n"
                                           "16/11/2026, 09:08 - Cy\xC0\xAF: yo\n"
                                           "17/11/2026, 21:15 - Dan: ok\n");
        auto report = importFile(*ws, QStringLiteral("whatsapp-txt"),
                                 QStringLiteral("WhatsApp Chat with Damaged.txt"), chat);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 4, inserted 2, updated 0, rejected 2"));
        QCOMPARE(report->invalidRows.size(), 2);
        QCOMPARE(report->invalidRows.at(0).row, qint64(2));
        QCOMPARE(report->invalidRows.at(0).column, QStringLiteral("text"));
        QVERIFY(report->invalidRows.at(0).message.contains(QLatin1String("NUL")));
        QCOMPARE(report->invalidRows.at(1).row, qint64(3));
        QVERIFY(report->invalidRows.at(1).message.contains(QLatin1String("UTF-8")));
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name "
                                           "FROM members ORDER BY name)"))
                     .toString(),
                 QStringLiteral("Alice Dan"));

        auto ws2 = fresh();
        const QByteArray telegram =
            R"json({"name": "Club", "id": 7, "messages": [
              {"id": 1, "type": "message", "date": "2026-11-01T10:06:00", "from": "Bo\u0000b",
               "from_id": "user2", "text": "hi"},
              {"id": 2, "type": "message", "date": "2026-11-01T10:07:00", "from": "Ann",
               "from_id": "user3", "text": "hello"},
              {"id": 3, "type": "message", "date": "2026-11-01T10:08:00", "from": "Cy",
               "from_id": "us\u0000er", "text": "yo"},
              {"id": 4, "type": "service", "date": "2026-11-01T10:09:00", "actor": "Ann",
               "actor_id": "user3", "action": "invite_members", "members": ["Cy"]}]})json";
        report =
            importFile(*ws2, QStringLiteral("telegram-json"), QStringLiteral("nul.json"), telegram);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->rejected, 2);
        QCOMPARE(report->invalidRows.first().column, QStringLiteral("from"));
        QVERIFY(report->invalidRows.first().message.contains(QLatin1String("NUL")));
        // Cy's damaged account is not lent to the invitation that names Cy either.
        QCOMPARE(count(*ws2, QStringLiteral("members"),
                       QStringLiteral("instr(name, char(0)) > 0 OR instr(member_id, char(0)) > 0")),
                 0);
        QCOMPARE(value(*ws2, QStringLiteral("SELECT group_concat(member_id, ' ') FROM (SELECT "
                                            "member_id FROM members ORDER BY member_id)"))
                     .toString(),
                 QStringLiteral("telegram:name:Cy telegram:user3"));
    }

    void whatsappAndroid()
    {
        auto ws = fresh();
        auto report =
            importFile(*ws, QStringLiteral("whatsapp-txt"),
                       QStringLiteral("WhatsApp Chat with Siyu Fans.txt"), whatsappAndroidChat);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 3, inserted 3, updated 0, rejected 0"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_id FROM groups")).toString(),
                 QStringLiteral("whatsapp:Siyu Fans"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 3);
        // Known by their number: in E.164, as the account and the phone, with WhatsApp's form
        // kept; no name (a number is not one, and lists would show it unmasked).
        QCOMPARE(value(*ws, QStringLiteral("SELECT phone || '|' || phone_raw || '|' || "
                                           "coalesce(name, '') FROM members WHERE member_id = "
                                           "'whatsapp:+8613800138000'"))
                     .toString(),
                 QStringLiteral("+8613800138000|+86 138 0013 8000|"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT min(occurred_at) FROM events")).toLongLong(),
                 shanghai(2026, 11, 16, 9, 6));
        QCOMPARE(value(*ws, QStringLiteral("SELECT max(occurred_at) FROM events")).toLongLong(),
                 shanghai(2026, 11, 17, 21, 15));
    }

    void whatsappIosTwelveHourClock()
    {
        auto ws = fresh();
        auto report =
            importFile(*ws, QStringLiteral("whatsapp-txt"),
                       QStringLiteral("WhatsApp Chat - Siyu Fans.txt"), QByteArray(whatsappIos));
        QVERIFY(report);
        QCOMPARE(report->summary(), QStringLiteral("read 3, inserted 3, updated 0, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 3);
        // Month first (the 16th cannot be a month); 9:06 PM is 21:06; 12:30 AM is 00:30.
        QCOMPARE(value(*ws, QStringLiteral("SELECT e.occurred_at FROM events e JOIN members m ON "
                                           "m.id = e.member_ref WHERE m.name = 'Alice'"))
                     .toLongLong(),
                 shanghai(2026, 11, 16, 21, 6));
        QCOMPARE(value(*ws, QStringLiteral("SELECT e.occurred_at FROM events e JOIN members m ON "
                                           "m.id = e.member_ref WHERE m.member_id = "
                                           "'whatsapp:15550109999'"))
                     .toLongLong(),
                 shanghai(2026, 11, 17, 0, 30));
    }

    void shopifyMatchesWecomThroughIdentities()
    {
        auto ws = fresh();
        QVERIFY(importFile(*ws, QStringLiteral("wecom-customers"), QStringLiteral("wecom.csv"),
                           QByteArray(wecomCustomers).replace("13800138000,\n", "13800138000,\n")));
        // 张三's email is known from nowhere yet; give it to him the WeCom way (a later export).
        QVERIFY(importFile(*ws, QStringLiteral("wecom-customers"), QStringLiteral("wecom2.csv"),
                           "客户名称,外部联系人ID,邮箱\n张三,wmABC001,zhang@example.com\n"));
        const qint64 members = count(*ws, QStringLiteral("members"));
        auto report = importFile(*ws, QStringLiteral("shopify-customers"),
                                 QStringLiteral("customers_export.csv"), shopifyCustomers);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 2, inserted 1, updated 1, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("members")), members + 1);
        // The Shopify customer is the WeCom member, now with a shopify identity too.
        QCOMPARE(value(*ws, QStringLiteral("SELECT m.member_id FROM identities i JOIN members m "
                                           "ON m.id = i.member_ref WHERE i.kind = 'shopify' AND "
                                           "i.value = '7001'"))
                     .toString(),
                 QStringLiteral("wecom:wmABC001"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT consent FROM members WHERE member_id = "
                                           "'wecom:wmABC001'"))
                     .toString(),
                 QStringLiteral("yes"));
        // The earliest join wins: WeCom's 添加时间, not the Shopify import.
        QCOMPARE(value(*ws, QStringLiteral("SELECT joined_at FROM members WHERE member_id = "
                                           "'wecom:wmABC001'"))
                     .toLongLong(),
                 shanghai(2026, 11, 16, 9, 5));
        QCOMPARE(value(*ws, QStringLiteral("SELECT member_id FROM members WHERE email = "
                                           "'ann@example.com'"))
                     .toString(),
                 QStringLiteral("shopify:7002"));
    }

    void shopifyOrdersGroupLineItems()
    {
        auto ws = fresh();
        QVERIFY(importFile(*ws, QStringLiteral("shopify-customers"),
                           QStringLiteral("customers.csv"), shopifyCustomers));
        const qint64 members = count(*ws, QStringLiteral("members"));
        auto report = importFile(*ws, QStringLiteral("shopify-orders"),
                                 QStringLiteral("orders_export.csv"), shopifyOrders);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        // Source rows: #1001's two line items count as two.
        QCOMPARE(report->summary(), QStringLiteral("read 4, inserted 3, updated 0, rejected 1"));
        QCOMPARE(report->invalidRows.first().row, 5);
        QCOMPARE(report->invalidRows.first().column, QStringLiteral("Paid at"));
        QCOMPARE(count(*ws, QStringLiteral("orders")), 2);
        QCOMPARE(value(*ws, QStringLiteral("SELECT amount_cents || '|' || items || '|' || "
                                           "refunded || '|' || channel FROM orders WHERE order_id "
                                           "= '#1001'"))
                     .toString(),
                 QStringLiteral("12900|3|0|shopify"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT paid_at FROM orders WHERE order_id = '#1001'"))
                     .toLongLong(),
                 shanghai(2026, 11, 16, 9, 5, 12));
        QCOMPARE(value(*ws, QStringLiteral("SELECT m.member_id FROM orders o JOIN members m ON "
                                           "m.id = o.member_ref WHERE o.order_id = '#1001'"))
                     .toString(),
                 QStringLiteral("shopify:7001"));
        // The buyer of #1002 was unknown: created, named, with the order's time as join time.
        QCOMPARE(count(*ws, QStringLiteral("members")), members + 1);
        QCOMPARE(value(*ws, QStringLiteral("SELECT m.member_id || '|' || m.name || '|' || "
                                           "o.refunded || '|' || o.amount_cents FROM orders o JOIN "
                                           "members m ON m.id = o.member_ref WHERE o.order_id = "
                                           "'#1002'"))
                     .toString(),
                 QStringLiteral("shopify:new@example.com|New Buyer|1|129950"));
        // Both rows of the rejected order are in the rejects file.
        const QByteArray rejects = readFile(report->rejectFiles.value(0));
        QCOMPARE(rejects.count('\n'), 2);
        QVERIFY(rejects.contains("#1003"));
    }

    void userPresetsLiveInTheWorkspace()
    {
        auto ws = fresh();
        auto preset = ImportPreset::fromJson(R"json({
            "name": "crm-contacts", "entity": "members", "empty": "keep",
            "match": ["email"], "key_prefix": "crm:", "key_from": ["email"],
            "defaults": {"joined_at": "now", "source": "crm"},
            "columns": [
              {"field": "name", "headers": ["Full Name"], "required": true},
              {"field": "email", "headers": ["E-mail"]},
              {"field": "gender", "headers": ["Sex"], "map": {"mr": "M", "ms": "F"}},
              {"field": "joined_at", "headers": ["Since"]}
            ]})json");
        QVERIFY2(preset, qPrintable(preset ? QString() : preset.error().message));
        QVERIFY(PresetCatalog::save(*ws, *preset));
        auto catalog = PresetCatalog::load(ws.get());
        QVERIFY(catalog);
        QVERIFY(catalog->find(QStringLiteral("crm-contacts")));
        QVERIFY(!catalog->find(QStringLiteral("crm-contacts"))->builtIn);
        auto report = importFile(*ws, QStringLiteral("crm-contacts"), QStringLiteral("crm.csv"),
                                 "Full Name,E-mail,Sex,Since\nAnn,Ann@Example.com,Ms,03.04.2026\n");
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->inserted, 1);
        QCOMPARE(value(*ws, QStringLiteral("SELECT member_id || '|' || gender || '|' || source "
                                           "FROM members"))
                     .toString(),
                 QStringLiteral("crm:ann@example.com|F|crm"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT joined_at FROM members")).toLongLong(),
                 shanghai(2026, 4, 3, 0, 0));
        // Built-in names are taken.
        ImportPreset clash = *preset;
        clash.name = QStringLiteral("siyu-members");
        QVERIFY(!PresetCatalog::save(*ws, clash));
        QVERIFY(PresetCatalog::remove(*ws, QStringLiteral("crm-contacts")));
    }

    void undoOfAPlatformImport()
    {
        auto ws = fresh();
        const QByteArray before = dataDigest(*ws);
        auto report = importFile(*ws, QStringLiteral("telegram-json"), QStringLiteral("t.json"),
                                 telegramExport);
        QVERIFY(report);
        QVERIFY(ImportHistory::undo(*ws, report->batch, importNow));
        QCOMPARE(dataDigest(*ws), before);
    }
};

QTEST_GUILESS_MAIN(TestImportPresets)
#include "tst_importpresets.moc"
