// SPDX-License-Identifier: GPL-3.0-or-later
// The property of issue 9: over a generated workspace, the members a compiled rule selects are
// exactly those a plain C++ reading of the same rule selects, for hundreds of random rules (every
// node kind of CONTRACT.md, nested three deep) at several as-of times.
//
// The reference evaluator below is written from DOMAIN.md and CONTRACT.md (and the semantics
// that rule.h / rulecompiler.h document beyond them); it never calls the library's RFM, tier or
// lifecycle code, and it reads the rule's JSON, not the parsed Rule. On a mismatch the test
// prints the seed, the rule, the as-of time and the member ids on either side. Another seed:
// SIYU_PROPERTY_SEED=N.
#include "models/common/timeutil.h"
#include "models/segments/lifecycle.h"
#include "models/segments/rule.h"
#include "models/segments/rulecompiler.h"
#include "models/segments/segmentevaluator.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <set>

using namespace siyu;

namespace {

// The compiler's `stage` field is the stage at the as-of time (the stored stage from the refresh
// time on, the rules' stage history before it): stage nodes are checked at every as-of time.
// false would check them only at the refresh time.
constexpr bool stageAsOfEveryTime = true;

constexpr quint32 defaultSeed = 20261116;
constexpr int memberCount = 320;
constexpr int randomRules = 300;
constexpr qint64 day = 86400;
constexpr qint64 churnDays = 60;
const QStringList withinDayChoices{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("30"),
                                   QStringLiteral("90"), QStringLiteral("365")};

QTimeZone zone()
{
    return QTimeZone("Asia/Shanghai");
}

qint64 local(const QDate &date, const QTime &time = QTime(0, 0))
{
    return QDateTime(date, time, zone()).toSecsSinceEpoch();
}

// --- the generated workspace -----------------------------------------------------------------

struct Order
{
    qint64 at = 0;
    qint64 cents = 0;
    bool refunded = false;
};

struct Event
{
    qint64 at = 0;
    QString type;
};

struct Membership
{
    QString group;
    qint64 joined = 0;
    std::optional<qint64> left;
};

using Text = std::optional<QString>; // nullopt: SQL NULL

struct Member
{
    qint64 ref = 0;
    QString id;
    Text name, remark, city, source, staff, phone, email;
    QString gender = QStringLiteral("U");
    QString consent = QStringLiteral("unknown");
    qint64 joined = 0;
    std::optional<qint64> consentAt;
    Text custom;                             // the JSON text as stored (not always valid)
    std::optional<QJsonObject> customObject; // the same read as JSON, when it is an object
    bool deleted = false;
    QStringList tags;
    QStringList identities;
    std::vector<Membership> memberships;
    std::vector<Order> orders;
    std::vector<Event> events;
};

class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    // 0 .. n - 1 (mt19937's output is the same everywhere; the standard distributions are not).
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    bool chance(double p) { return double(m_engine()) / 4294967296.0 < p; }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        if (high <= low)
            return low;
        return low + qint64(((quint64(m_engine()) << 32) | m_engine()) % quint64(high - low + 1));
    }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    std::mt19937 m_engine;
};

const QStringList eventTypes{
    QStringLiteral("message"),       QStringLiteral("read"),      QStringLiteral("like"),
    QStringLiteral("comment"),       QStringLiteral("share"),     QStringLiteral("click"),
    QStringLiteral("checkin"),       QStringLiteral("live_view"), QStringLiteral("coupon_claim"),
    QStringLiteral("coupon_redeem"), QStringLiteral("invite"),    QStringLiteral("survey")};

// Pools of field values; nullopt is NULL.
const QList<Text> names{QStringLiteral("Alice"),  QStringLiteral("alice"), QStringLiteral("Bob"),
                        QStringLiteral("bob li"), QStringLiteral("李雷"),  QStringLiteral("韩梅梅"),
                        QStringLiteral("Zoe"),    QStringLiteral(""),      std::nullopt,
                        QStringLiteral("123")};
const QList<Text> remarks{std::nullopt,
                          QStringLiteral(""),
                          QStringLiteral("VIP客户"),
                          QStringLiteral("老客户"),
                          QStringLiteral("vip"),
                          QStringLiteral("note 1")};
const QList<Text> cities{QStringLiteral("上海"),
                         QStringLiteral("北京"),
                         QStringLiteral("广州"),
                         QStringLiteral("Shanghai"),
                         QStringLiteral("shanghai"),
                         QStringLiteral(""),
                         std::nullopt,
                         QStringLiteral("深圳")};
const QList<Text> sources{QStringLiteral("wecom"),    QStringLiteral("shop"),
                          QStringLiteral("Shop"),     QStringLiteral("discord"),
                          QStringLiteral("telegram"), std::nullopt,
                          QStringLiteral("")};
const QList<Text> staffNames{QStringLiteral("Lin"), QStringLiteral("Wang"), QStringLiteral("张三"),
                             std::nullopt};
const QStringList tagNames{QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("老客户"),
                           QStringLiteral("new"), QStringLiteral("积分")};
const QStringList groupIds{QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("g3"),
                           QStringLiteral("vip-群")};
const QStringList identityKinds{QStringLiteral("wecom"), QStringLiteral("shop"),
                                QStringLiteral("phone")};

class Generator
{
public:
    Generator(quint32 seed, qint64 refreshAt, std::vector<qint64> asOfs)
        : m_random(seed), m_refreshAt(refreshAt), m_asOfs(std::move(asOfs))
    {}

    std::vector<Member> members()
    {
        std::vector<Member> out;
        for (int i = 0; i < memberCount; ++i)
            out.push_back(member(i));
        return out;
    }

private:
    qint64 dataStart() const { return m_refreshAt - 730 * day; }
    qint64 dataEnd() const { return m_refreshAt + 30 * day; }

    // A time near an edge: an as-of time, or a window's start, or a second either side.
    qint64 edgeTime()
    {
        const qint64 asOf = m_asOfs.at(size_t(m_random.below(int(m_asOfs.size()))));
        const qint64 days = m_random.chance(0.3) ? 0 : m_random.pick(withinDayChoices).toLongLong();
        return asOf - days * day + m_random.between(-1, 1);
    }

    qint64 someTime(qint64 from)
    {
        if (m_random.chance(0.1))
            return std::max(from, edgeTime());
        return m_random.between(from, dataEnd());
    }

    // Joined times on whole days and minutes too, so that `joined_at = DAY` finds some.
    qint64 joinedTime()
    {
        const qint64 t = m_random.between(dataStart(), dataEnd());
        const QDateTime when = QDateTime::fromSecsSinceEpoch(t, zone());
        switch (m_random.below(4)) {
        case 0:
            return local(when.date());
        case 1:
            return local(when.date(), QTime(when.time().hour(), when.time().minute()));
        case 2:
            return m_random.chance(0.5) ? edgeTime() : t;
        default:
            return t;
        }
    }

    Text custom()
    {
        switch (m_random.below(8)) {
        case 0:
            return std::nullopt;
        case 1:
            return QStringLiteral("{not json");
        case 2:
            return QStringLiteral("{}");
        default:
            break;
        }
        QJsonObject object;
        const QList<QJsonValue> skin{QStringLiteral("dry"), QStringLiteral("oily"),
                                     QStringLiteral("Dry"), QStringLiteral(""), 3};
        const QList<QJsonValue> month{1,
                                      2,
                                      3,
                                      7,
                                      11,
                                      12,
                                      QStringLiteral("11"),
                                      QStringLiteral(" 3 "),
                                      12.5,
                                      QStringLiteral("x")};
        const QList<QJsonValue> vip{true, false, QStringLiteral("true"), QStringLiteral("no"),
                                    QStringLiteral(" TRUE ")};
        if (m_random.chance(0.7))
            object.insert(QStringLiteral("skin_type"), m_random.pick(skin));
        if (m_random.chance(0.7))
            object.insert(QStringLiteral("birthday_month"), m_random.pick(month));
        if (m_random.chance(0.6))
            object.insert(QStringLiteral("vip"), m_random.pick(vip));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void activity(Member &m)
    {
        const bool heavy = m_random.chance(0.15);
        const int orders = heavy ? 6 + m_random.below(10) : m_random.below(5);
        for (int i = 0; i < orders; ++i) {
            Order o;
            o.at = someTime(m.joined);
            o.cents = heavy && m_random.chance(0.5) ? m_random.between(20000, 120000)
                                                    : m_random.between(100, 90000);
            o.refunded = m_random.chance(0.12);
            m.orders.push_back(o);
        }
        const int events = heavy ? 15 + m_random.below(30) : m_random.below(12);
        for (int i = 0; i < events; ++i)
            m.events.push_back({someTime(m.joined), m_random.pick(eventTypes)});
        // Some members are active month after month before one as-of time (loyalty).
        if (m_random.chance(0.15)) {
            const qint64 asOf = m_asOfs.at(size_t(m_random.below(int(m_asOfs.size()))));
            for (int k = 0; k < 12; ++k) {
                if (m_random.chance(0.8))
                    m.events.push_back({asOf - k * 30 * day - m_random.between(1, 30 * day),
                                        m_random.pick(eventTypes)});
            }
        }
    }

    void relations(Member &m)
    {
        for (const QString &tag : tagNames) {
            if (m_random.chance(0.25))
                m.tags << tag;
        }
        for (const QString &kind : identityKinds) {
            if (m_random.chance(0.3))
                m.identities << kind;
        }
        for (const QString &group : groupIds) {
            if (!m_random.chance(0.35))
                continue;
            qint64 joined = m_random.chance(0.15) ? edgeTime() : someTime(m.joined);
            for (int stint = 0; stint < 2; ++stint) {
                Membership ms{group, joined, std::nullopt};
                if (m_random.chance(0.5))
                    ms.left = m_random.chance(0.2) ? std::max(joined + 1, edgeTime())
                                                   : m_random.between(joined + 1, dataEnd() + day);
                m.memberships.push_back(ms);
                if (!ms.left || !m_random.chance(0.4))
                    break;
                joined = *ms.left + m_random.between(1, 60 * day); // joins again
            }
        }
    }

    Member member(int i)
    {
        static const QStringList genders{QStringLiteral("M"), QStringLiteral("F"),
                                         QStringLiteral("U")};
        static const QStringList consents{QStringLiteral("yes"), QStringLiteral("no"),
                                          QStringLiteral("unknown")};
        Member m;
        m.ref = i + 1;
        m.id = QStringLiteral("p%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        m.name = m_random.pick(names);
        m.remark = m_random.pick(remarks);
        m.city = m_random.pick(cities);
        m.source = m_random.pick(sources);
        m.staff = m_random.pick(staffNames);
        m.gender = m_random.pick(genders);
        m.consent = m_random.pick(consents);
        if (m_random.chance(0.4))
            m.phone = QStringLiteral("138%1").arg(10000000 + i);
        if (m_random.chance(0.4))
            m.email = m_random.chance(0.1) ? QString() : QStringLiteral("p%1@example.com").arg(i);
        m.joined = joinedTime();
        if (m_random.chance(0.5))
            m.consentAt = joinedTime();
        m.custom = custom();
        if (m.custom) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(m.custom->toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.isObject())
                m.customObject = doc.object();
        }
        m.deleted = m_random.chance(0.04);
        activity(m);
        relations(m);
        return m;
    }

    Random m_random;
    qint64 m_refreshAt;
    std::vector<qint64> m_asOfs;
};

QVariant bindable(const Text &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

Status store(Workspace &ws, const std::vector<Member> &members)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    const auto exec = [&](const QString &statement, const QVariantList &binds) {
        return sql::exec(ws.db(), statement, binds);
    };
    for (int s = 0; s < staffNames.size(); ++s) {
        if (staffNames.at(s))
            if (Status st = exec(QStringLiteral("INSERT INTO staff(id, name) VALUES(?, ?)"),
                                 {s + 1, *staffNames.at(s)});
                !st)
                return st;
    }
    for (int t = 0; t < tagNames.size(); ++t)
        if (Status st = exec(QStringLiteral("INSERT INTO tags(id, name) VALUES(?, ?)"),
                             {t + 1, tagNames.at(t)});
            !st)
            return st;
    for (int g = 0; g < groupIds.size(); ++g)
        if (Status st =
                exec(QStringLiteral("INSERT INTO groups(id, group_id, name) VALUES(?, ?, ?)"),
                     {g + 1, groupIds.at(g), QStringLiteral("Group %1").arg(g)});
            !st)
            return st;
    Statement order(ws.handle(), "INSERT INTO orders(order_id, member_ref, amount_cents, paid_at, "
                                 "refunded) VALUES(?1, ?2, ?3, ?4, ?5)");
    Statement event(ws.handle(),
                    "INSERT INTO events(member_ref, type, occurred_at) VALUES(?1, ?2, ?3)");
    if (!order.isValid() || !event.isValid())
        return makeError(QStringLiteral("cannot prepare the inserts"));
    int orderNumber = 0;
    for (const Member &m : members) {
        const QVariant null = bindable(std::nullopt);
        const int staff = m.staff ? int(staffNames.indexOf(m.staff)) + 1 : 0;
        if (Status st = exec(
                QStringLiteral("INSERT INTO members(id, member_id, name, remark, gender, city, "
                               "phone, email, source, joined_at, staff_ref, consent, consent_at, "
                               "custom, deleted_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?)"),
                {m.ref, m.id, bindable(m.name), bindable(m.remark), m.gender, bindable(m.city),
                 bindable(m.phone), bindable(m.email), bindable(m.source), m.joined,
                 staff ? QVariant(staff) : null, m.consent,
                 m.consentAt ? QVariant(*m.consentAt) : null, bindable(m.custom),
                 m.deleted ? QVariant(m.joined + 1) : null});
            !st)
            return st;
        for (const QString &tag : m.tags)
            if (Status st = exec(QStringLiteral("INSERT INTO member_tags(member_ref, tag_ref) "
                                                "VALUES(?, ?)"),
                                 {m.ref, tagNames.indexOf(tag) + 1});
                !st)
                return st;
        for (const QString &kind : m.identities)
            if (Status st = exec(QStringLiteral("INSERT INTO identities(member_ref, kind, value) "
                                                "VALUES(?, ?, ?)"),
                                 {m.ref, kind, QString(kind + m.id)});
                !st)
                return st;
        for (const Membership &ms : m.memberships)
            if (Status st = exec(QStringLiteral("INSERT INTO memberships(group_ref, member_ref, "
                                                "joined_at, left_at) VALUES(?, ?, ?, ?)"),
                                 {groupIds.indexOf(ms.group) + 1, m.ref, ms.joined,
                                  ms.left ? QVariant(*ms.left) : null});
                !st)
                return st;
        for (const Order &o : m.orders) {
            order.bind(1, QStringLiteral("o%1").arg(++orderNumber));
            order.bind(2, m.ref);
            order.bind(3, o.cents);
            order.bind(4, o.at);
            order.bind(5, o.refunded ? 1 : 0);
            if (!order.exec())
                return makeError(order.errorMessage());
        }
        for (const Event &e : m.events) {
            event.bind(1, m.ref);
            event.bind(2, e.type);
            event.bind(3, e.at);
            if (!event.exec())
                return makeError(event.errorMessage());
        }
    }
    return transaction.commit();
}

// --- the reference evaluation ----------------------------------------------------------------

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return out;
}

// SQLite's trim(): spaces only.
QString trimSpaces(const QString &text)
{
    qsizetype from = 0, to = text.size();
    while (from < to && text.at(from) == QLatin1Char(' '))
        ++from;
    while (to > from && text.at(to - 1) == QLatin1Char(' '))
        --to;
    return text.mid(from, to - from);
}

// Text order as SQLite's BINARY collation has it: the bytes of UTF-8.
int textOrder(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return x < y ? -1 : (y < x ? 1 : 0);
}

bool ordered(const QString &op, int order)
{
    if (op == QLatin1String("<"))
        return order < 0;
    if (op == QLatin1String("<="))
        return order <= 0;
    if (op == QLatin1String(">"))
        return order > 0;
    if (op == QLatin1String(">="))
        return order >= 0;
    if (op == QLatin1String("="))
        return order == 0;
    return order != 0; // !=
}

template<typename T> int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// The stored spelling of an enumerated value, from the contract (gender M/F/U, also 男/女/未知;
// consent yes/no/unknown; stage keys), each ignoring case.
QString storedEnum(const QString &field, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (field == QLatin1String("gender")) {
        if (QStringList{QStringLiteral("m"), QStringLiteral("male"), QStringLiteral("man"),
                        QStringLiteral("男"), QStringLiteral("男性"), QStringLiteral("1")}
                .contains(v))
            return QStringLiteral("M");
        if (QStringList{QStringLiteral("f"), QStringLiteral("female"), QStringLiteral("woman"),
                        QStringLiteral("女"), QStringLiteral("女性"), QStringLiteral("2")}
                .contains(v))
            return QStringLiteral("F");
        return QStringLiteral("U");
    }
    return v;
}

// A custom field's value as the rule sees it.
struct CustomValue
{
    enum Type
    {
        Missing,
        String,
        Integer,
        Real,
        Bool
    } type = Missing;
    QString text; // String
    double number = 0;
    bool flag = false;

    std::optional<double> asNumber() const
    {
        if (type == Integer || type == Real)
            return number;
        if (type != String)
            return std::nullopt;
        const QString t = trimSpaces(text);
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        static const QRegularExpression other(QStringLiteral("[^0-9.eE+-]"));
        if (t.isEmpty() || !t.contains(digit) || t.contains(other))
            return std::nullopt;
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    std::optional<QString> asFlag() const
    {
        if (type == Bool)
            return flag ? QStringLiteral("true") : QStringLiteral("false");
        if (type == String)
            return asciiLower(trimSpaces(text));
        return std::nullopt;
    }
    QString asText() const
    {
        switch (type) {
        case Missing:
            return {};
        case String:
            return text;
        case Integer:
            return QString::number(qint64(number));
        case Real:
            return QString::number(number, 'g', 15);
        case Bool:
            return flag ? QStringLiteral("true") : QStringLiteral("false");
        }
        return {};
    }
};

CustomValue customValue(const Member &m, const QString &key)
{
    CustomValue out;
    if (!m.customObject)
        return out;
    const QJsonObject &object = *m.customObject;
    if (!object.contains(key))
        return out;
    const QJsonValue v = object.value(key);
    if (v.isString()) {
        out.type = CustomValue::String;
        out.text = v.toString();
    } else if (v.isBool()) {
        out.type = CustomValue::Bool;
        out.flag = v.toBool();
    } else if (v.isDouble()) {
        out.number = v.toDouble();
        out.type = std::floor(out.number) == out.number ? CustomValue::Integer : CustomValue::Real;
    }
    return out;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

// The RFM cell grid of the domain brief's named cells (rows R 1..5, columns FM 1..5).
const char *const rfmGrid[5][5] = {
    {"lost", "lost", "at_risk", "cant_lose", "cant_lose"},
    {"hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"},
    {"about_to_sleep", "need_attention", "need_attention", "loyal", "loyal"},
    {"promising", "potential_loyalists", "potential_loyalists", "loyal", "champions"},
    {"new", "potential_loyalists", "potential_loyalists", "champions", "champions"},
};

const QStringList rfmCells{QStringLiteral("champions"),
                           QStringLiteral("loyal"),
                           QStringLiteral("potential_loyalists"),
                           QStringLiteral("new"),
                           QStringLiteral("promising"),
                           QStringLiteral("need_attention"),
                           QStringLiteral("about_to_sleep"),
                           QStringLiteral("at_risk"),
                           QStringLiteral("cant_lose"),
                           QStringLiteral("hibernating"),
                           QStringLiteral("lost")};

// Display names the parser also reads, with their keys.
const std::map<QString, QString> rfmTitles{
    {QStringLiteral("Can't Lose"), QStringLiteral("cant_lose")},
    {QStringLiteral("At Risk"), QStringLiteral("at_risk")},
    {QStringLiteral("Champions"), QStringLiteral("champions")},
    {QStringLiteral("About to Sleep"), QStringLiteral("about_to_sleep")}};

class Reference
{
public:
    Reference(const std::vector<Member> &members, qint64 asOf, qint64 refreshAt)
        : m_members(members), m_asOf(asOf), m_refreshAt(refreshAt)
    {
        scoreRfm();
    }

    std::set<qint64> select(const QJsonObject &rule) const
    {
        std::set<qint64> out;
        for (const Member &m : m_members) {
            if (!m.deleted && node(m, rule))
                out.insert(m.ref);
        }
        return out;
    }

private:
    bool node(const Member &m, const QJsonObject &n) const
    {
        if (n.contains(QLatin1String("all"))) {
            for (const QJsonValue child : n.value(QLatin1String("all")).toArray())
                if (!node(m, child.toObject()))
                    return false;
            return true;
        }
        if (n.contains(QLatin1String("any"))) {
            for (const QJsonValue child : n.value(QLatin1String("any")).toArray())
                if (node(m, child.toObject()))
                    return true;
            return false;
        }
        if (n.contains(QLatin1String("not")))
            return !node(m, n.value(QLatin1String("not")).toObject());
        if (n.contains(QLatin1String("field")))
            return field(m, n);
        if (n.contains(QLatin1String("tag")))
            return m.tags.contains(n.value(QLatin1String("tag")).toString());
        if (n.contains(QLatin1String("identity")))
            return m.identities.contains(n.value(QLatin1String("identity")).toString());
        if (n.contains(QLatin1String("in_group")))
            return inGroup(m, n.value(QLatin1String("in_group")).toString());
        if (n.contains(QLatin1String("orders")))
            return orders(m, n.value(QLatin1String("orders")).toObject());
        if (n.contains(QLatin1String("events")))
            return events(m, n.value(QLatin1String("events")).toObject());
        if (n.contains(QLatin1String("rfm"))) {
            QString cell = n.value(QLatin1String("rfm")).toString();
            if (const auto title = rfmTitles.find(cell); title != rfmTitles.end())
                cell = title->second;
            const auto it = m_rfm.find(m.ref);
            return it != m_rfm.end() && it->second == cell;
        }
        if (n.contains(QLatin1String("tier"))) {
            const QJsonObject tier = n.value(QLatin1String("tier")).toObject();
            return tierLevel(m, tier.begin().key()) == tier.begin().value().toString();
        }
        qFatal("reference: unknown node");
        return false;
    }

    bool inGroup(const Member &m, const QString &group) const
    {
        // A current member as of T: joined at or before T and not left by T.
        for (const Membership &ms : m.memberships) {
            if (ms.group == group && ms.joined <= m_asOf && (!ms.left || *ms.left > m_asOf))
                return true;
        }
        return false;
    }

    // [start, end) of the rule's window: the D days before T, or everything before T.
    std::pair<qint64, qint64> window(const QJsonObject &body) const
    {
        if (!body.contains(QLatin1String("within_days")))
            return {std::numeric_limits<qint64>::min(), m_asOf};
        return {m_asOf - qint64(body.value(QLatin1String("within_days")).toInt()) * day, m_asOf};
    }

    static bool compare(const QJsonValue &pair, qint64 actual, bool cents)
    {
        const QJsonArray p = pair.toArray();
        const QJsonValue n = p.at(1);
        const qint64 expected =
            cents ? qint64(std::llround((n.isString() ? n.toString().toDouble() : n.toDouble()) *
                                        100.0))
                  : qint64(n.toDouble());
        return ordered(p.at(0).toString(), compareValues(actual, expected));
    }

    bool orders(const Member &m, const QJsonObject &body) const
    {
        const auto [from, to] = window(body);
        qint64 count = 0, cents = 0;
        for (const Order &o : m.orders) {
            if (!o.refunded && o.at >= from && o.at < to) {
                ++count;
                cents += o.cents;
            }
        }
        bool ok = true;
        if (body.contains(QLatin1String("count")))
            ok = ok && compare(body.value(QLatin1String("count")), count, false);
        if (body.contains(QLatin1String("sum")))
            ok = ok && compare(body.value(QLatin1String("sum")), cents, true);
        if (!body.contains(QLatin1String("count")) && !body.contains(QLatin1String("sum")))
            ok = count >= 1;
        return ok;
    }

    bool events(const Member &m, const QJsonObject &body) const
    {
        const auto [from, to] = window(body);
        const QString type = body.value(QLatin1String("type")).toString();
        qint64 count = 0;
        for (const Event &e : m.events) {
            if (e.at >= from && e.at < to && (type.isEmpty() || e.type == type))
                ++count;
        }
        if (!body.contains(QLatin1String("count")))
            return count >= 1;
        return compare(body.value(QLatin1String("count")), count, false);
    }

    // --- member fields -------------------------------------------------------------------

    Text builtinText(const Member &m, const QString &field) const
    {
        if (field == QLatin1String("name"))
            return m.name;
        if (field == QLatin1String("remark"))
            return m.remark;
        if (field == QLatin1String("city"))
            return m.city;
        if (field == QLatin1String("source"))
            return m.source;
        if (field == QLatin1String("staff"))
            return m.staff;
        if (field == QLatin1String("member_id"))
            return m.id;
        if (field == QLatin1String("phone"))
            return m.phone;
        if (field == QLatin1String("email"))
            return m.email;
        if (field == QLatin1String("gender"))
            return m.gender;
        if (field == QLatin1String("consent"))
            return m.consent;
        // A member who had not joined by T has no stage then (lifecycle.h).
        if (field == QLatin1String("stage")) {
            const qint64 t = stageAsOfEveryTime ? m_asOf : m_refreshAt;
            if (m.joined > t)
                return std::nullopt;
            return stageAt(m, t);
        }
        return std::nullopt;
    }

    static bool textTest(const QString &v, const QString &op, const QString &value)
    {
        if (op == QLatin1String("=") || op == QLatin1String("!="))
            return ordered(op, textOrder(v, value));
        if (op == QLatin1String("contains"))
            return asciiLower(v).contains(asciiLower(value));
        if (op == QLatin1String("starts_with"))
            return asciiLower(v).startsWith(asciiLower(value));
        if (op == QLatin1String("empty"))
            return v.isEmpty();
        if (op == QLatin1String("not_empty"))
            return !v.isEmpty();
        // Ordering: an empty field is never before or after anything.
        return !v.isEmpty() && ordered(op, textOrder(v, value));
    }

    bool field(const Member &m, const QJsonObject &n) const
    {
        const QString f = n.value(QLatin1String("field")).toString();
        const QString op = n.value(QLatin1String("op")).toString();
        const QJsonValue value = n.value(QLatin1String("value"));
        if (f == QLatin1String("joined_at") || f == QLatin1String("consent_at"))
            return timeField(f == QLatin1String("joined_at") ? std::optional<qint64>(m.joined)
                                                             : m.consentAt,
                             op, value);
        const bool builtin = Rule::isMemberField(f);
        if (!builtin)
            return customField(customValue(m, f), op, value);
        const QString v = builtinText(m, f).value_or(QString());
        const bool enumerated = f == QLatin1String("gender") || f == QLatin1String("consent") ||
                                f == QLatin1String("stage");
        const auto mapped = [&](const QJsonValue &x) {
            return enumerated ? storedEnum(f, x.toString()) : jsonText(x);
        };
        if (op == QLatin1String("in")) {
            for (const QJsonValue x : value.toArray())
                if (v == mapped(x))
                    return true;
            return false;
        }
        return textTest(v, op, mapped(value));
    }

    // The instant, minute or day a generated time value names (see Rules::timeValue).
    static std::pair<qint64, qint64> interval(const QString &text)
    {
        if (text.endsWith(QLatin1Char('Z'))) {
            const QDateTime utc = QDateTime::fromString(text, Qt::ISODate);
            return {utc.toSecsSinceEpoch(), utc.toSecsSinceEpoch() + 1};
        }
        const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
        if (text.size() == 10)
            return {local(date), local(date.addDays(1))};
        const QTime time = QTime::fromString(
            text.mid(11), text.size() == 16 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        const qint64 start = local(date, time);
        return {start, start + (text.size() == 16 ? 60 : 1)};
    }

    static bool timeField(std::optional<qint64> t, const QString &op, const QJsonValue &value)
    {
        if (op == QLatin1String("empty"))
            return !t;
        if (op == QLatin1String("not_empty"))
            return bool(t);
        const auto within = [&](const QJsonValue &x) {
            const auto [start, end] = interval(x.toString());
            return t && *t >= start && *t < end;
        };
        if (op == QLatin1String("="))
            return within(value);
        if (op == QLatin1String("!="))
            return !within(value);
        if (op == QLatin1String("in")) {
            for (const QJsonValue x : value.toArray())
                if (within(x))
                    return true;
            return false;
        }
        if (!t)
            return false;
        const auto [start, end] = interval(value.toString());
        if (op == QLatin1String("<"))
            return *t < start;
        if (op == QLatin1String("<="))
            return *t < end;
        if (op == QLatin1String(">"))
            return *t >= end;
        return *t >= start; // >=
    }

    static bool customEqual(const CustomValue &c, const QJsonValue &value)
    {
        if (value.isDouble()) {
            const auto n = c.asNumber();
            return n && *n == value.toDouble();
        }
        if (value.isBool())
            return c.asFlag() == jsonText(value);
        return c.asText() == value.toString();
    }

    static bool customField(const CustomValue &c, const QString &op, const QJsonValue &value)
    {
        if (op == QLatin1String("="))
            return customEqual(c, value);
        if (op == QLatin1String("!="))
            return !customEqual(c, value);
        if (op == QLatin1String("in")) {
            for (const QJsonValue x : value.toArray())
                if (customEqual(c, x))
                    return true;
            return false;
        }
        const bool textual = op == QLatin1String("contains") ||
                             op == QLatin1String("starts_with") || op == QLatin1String("empty") ||
                             op == QLatin1String("not_empty");
        if (value.isDouble() && !textual) {
            const auto n = c.asNumber();
            return n && ordered(op, compareValues(*n, value.toDouble()));
        }
        return textTest(c.asText(), op, jsonText(value));
    }

    // --- stage, RFM and tiers, from the contract -----------------------------------------

    // The stage rules of CONTRACT.md at `t`, from the member's joining, events and paid orders
    // up to t.
    static QString stageAt(const Member &m, qint64 t)
    {
        qint64 lastTouch = m.joined;
        std::optional<qint64> lastOrder;
        int paid = 0;
        bool interacted = false;
        for (const Event &e : m.events) {
            if (e.at <= t) {
                lastTouch = std::max(lastTouch, e.at);
                interacted = true;
            }
        }
        for (const Order &o : m.orders) {
            if (!o.refunded && o.at <= t) {
                lastTouch = std::max(lastTouch, o.at);
                lastOrder = std::max(lastOrder.value_or(o.at), o.at);
                ++paid;
            }
        }
        const qint64 churn = churnDays * day;
        if (t - lastTouch >= churn)
            return QStringLiteral("churn");
        if (paid >= 2 && t - *lastOrder < churn)
            return QStringLiteral("loyalty");
        if (paid >= 1)
            return QStringLiteral("purchase");
        return interacted ? QStringLiteral("interest") : QStringLiteral("awareness");
    }

    // Scores of the buyers of the 365 days before T: 1 + floor(5 * worse / n), `worse` being
    // how many buyers are strictly worse (more days since the last order; fewer orders; less
    // money); FM = (F + M + 1) / 2.
    void scoreRfm()
    {
        struct Buyer
        {
            qint64 ref, recency, frequency, monetary;
        };
        std::vector<Buyer> buyers;
        for (const Member &m : m_members) {
            if (m.deleted)
                continue;
            Buyer b{m.ref, 0, 0, 0};
            qint64 last = std::numeric_limits<qint64>::min();
            for (const Order &o : m.orders) {
                if (!o.refunded && o.at >= m_asOf - 365 * day && o.at < m_asOf) {
                    ++b.frequency;
                    b.monetary += o.cents;
                    last = std::max(last, o.at);
                }
            }
            if (b.frequency == 0)
                continue;
            b.recency = (m_asOf - last) / day;
            buyers.push_back(b);
        }
        const qint64 n = qint64(buyers.size());
        for (const Buyer &b : buyers) {
            qint64 r = 0, f = 0, mo = 0;
            for (const Buyer &other : buyers) {
                r += other.recency > b.recency ? 1 : 0;
                f += other.frequency < b.frequency ? 1 : 0;
                mo += other.monetary < b.monetary ? 1 : 0;
            }
            const int rScore = int(1 + 5 * r / n);
            const int fm = int(((1 + 5 * f / n) + (1 + 5 * mo / n) + 1) / 2);
            m_rfm[b.ref] = QLatin1String(rfmGrid[rScore - 1][fm - 1]);
        }
    }

    QString tierLevel(const Member &m, const QString &measure) const
    {
        qint64 value = 0, high = 0, medium = 0;
        if (measure == QLatin1String("loyalty")) {
            // Of the twelve 30-day periods before T, those with an event or a paid order.
            std::set<qint64> periods;
            const auto touch = [&](qint64 at) {
                if (at < m_asOf && at >= m_asOf - 12 * 30 * day)
                    periods.insert((m_asOf - 1 - at) / (30 * day));
            };
            for (const Event &e : m.events)
                touch(e.at);
            for (const Order &o : m.orders)
                if (!o.refunded)
                    touch(o.at);
            value = qint64(periods.size());
            high = 9;
            medium = 4;
        } else {
            for (const Order &o : m.orders) {
                if (!o.refunded && o.at >= m_asOf - 365 * day && o.at < m_asOf)
                    value += measure == QLatin1String("spending") ? o.cents : 1;
            }
            high = measure == QLatin1String("spending") ? 200000 : 6;
            medium = measure == QLatin1String("spending") ? 50000 : 2;
        }
        if (value >= high)
            return QStringLiteral("high");
        return value >= medium ? QStringLiteral("medium") : QStringLiteral("low");
    }

    const std::vector<Member> &m_members;
    qint64 m_asOf;
    qint64 m_refreshAt;
    std::map<qint64, QString> m_rfm;
};

// --- random rules ------------------------------------------------------------------------------

class Rules
{
public:
    Rules(quint32 seed, const std::vector<Member> &members) : m_random(seed), m_members(members) {}

    // Every field with every operator that fits it, every RFM cell, every tier; then random
    // trees.
    std::vector<QJsonObject> all(bool withStage)
    {
        std::vector<QJsonObject> out;
        for (const QString &f : fields(withStage)) {
            for (const QString &op : opsFor(f))
                out.push_back(fieldNode(f, op));
        }
        for (const QString &cell : rfmCells)
            out.push_back({{QStringLiteral("rfm"), cell}});
        for (const auto &[title, key] : rfmTitles)
            out.push_back({{QStringLiteral("rfm"), title}});
        for (const char *measure : {"spending", "frequency", "loyalty"}) {
            for (const char *level : {"high", "medium", "low"})
                out.push_back({{QStringLiteral("tier"),
                                QJsonObject{{QLatin1String(measure), QLatin1String(level)}}}});
        }
        for (int i = 0; i < randomRules; ++i)
            out.push_back(tree(0, withStage));
        return out;
    }

private:
    static QStringList fields(bool withStage)
    {
        QStringList out{QStringLiteral("name"),      QStringLiteral("remark"),
                        QStringLiteral("city"),      QStringLiteral("source"),
                        QStringLiteral("staff"),     QStringLiteral("member_id"),
                        QStringLiteral("gender"),    QStringLiteral("consent"),
                        QStringLiteral("joined_at"), QStringLiteral("consent_at"),
                        QStringLiteral("phone"),     QStringLiteral("email"),
                        QStringLiteral("skin_type"), QStringLiteral("birthday_month"),
                        QStringLiteral("vip"),       QStringLiteral("no_such_key")};
        if (withStage)
            out << QStringLiteral("stage");
        return out;
    }

    static QStringList opsFor(const QString &f)
    {
        const QStringList equality{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("in"),
                                   QStringLiteral("empty"), QStringLiteral("not_empty")};
        const QStringList ordering{QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                   QStringLiteral(">=")};
        const QStringList textual{QStringLiteral("contains"), QStringLiteral("starts_with")};
        if (f == QLatin1String("phone") || f == QLatin1String("email"))
            return {QStringLiteral("empty"), QStringLiteral("not_empty")};
        if (f == QLatin1String("gender") || f == QLatin1String("consent") ||
            f == QLatin1String("stage"))
            return equality;
        if (f == QLatin1String("joined_at") || f == QLatin1String("consent_at"))
            return equality + ordering;
        return equality + ordering + textual;
    }

    QJsonValue enumValue(const QString &f)
    {
        if (f == QLatin1String("gender")) {
            static const QStringList words{
                QStringLiteral("M"),    QStringLiteral("F"),      QStringLiteral("U"),
                QStringLiteral("m"),    QStringLiteral("f"),      QStringLiteral("u"),
                QStringLiteral("male"), QStringLiteral("Female"), QStringLiteral("unknown"),
                QStringLiteral("男"),   QStringLiteral("女"),     QStringLiteral("未知"),
                QStringLiteral("MALE"), QStringLiteral("Woman"),  QStringLiteral("男性"),
                QStringLiteral("女性"), QStringLiteral("1"),      QStringLiteral("2"),
                QStringLiteral("0"),    QStringLiteral(" f ")};
            return m_random.pick(words);
        }
        if (f == QLatin1String("consent"))
            return m_random.pick(QStringList{QStringLiteral("yes"), QStringLiteral("no"),
                                             QStringLiteral("unknown"), QStringLiteral("YES")});
        return m_random.pick(QStringList{QStringLiteral("awareness"), QStringLiteral("interest"),
                                         QStringLiteral("purchase"), QStringLiteral("loyalty"),
                                         QStringLiteral("churn"), QStringLiteral("Churn")});
    }

    // A time in one of the forms of the contract, often one that a member's time falls on.
    QJsonValue timeValue(const QString &f)
    {
        const Member &m = m_members.at(size_t(m_random.below(int(m_members.size()))));
        qint64 t = f == QLatin1String("consent_at") && m.consentAt ? *m.consentAt : m.joined;
        if (m_random.chance(0.3))
            t += m_random.between(-3 * day, 3 * day);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(t, zone());
        switch (m_random.below(5)) {
        case 0:
            return when.toString(QStringLiteral("yyyy-MM-dd"));
        case 1:
            return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case 2:
            return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case 3:
            return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        default:
            return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        }
    }

    QJsonValue textValue(const QString &f, const QString &op)
    {
        QStringList pool;
        const QList<Text> *list = f == QLatin1String("name")     ? &names
                                  : f == QLatin1String("remark") ? &remarks
                                  : f == QLatin1String("city")   ? &cities
                                  : f == QLatin1String("source") ? &sources
                                  : f == QLatin1String("staff")  ? &staffNames
                                                                 : nullptr;
        if (list) {
            for (const Text &t : *list)
                pool << t.value_or(QString());
        } else if (f == QLatin1String("member_id")) {
            pool << QStringLiteral("p001") << QStringLiteral("p150") << QStringLiteral("P2")
                 << QStringLiteral("p3");
        } else { // custom
            pool << QStringLiteral("dry") << QStringLiteral("Dry") << QStringLiteral("oily")
                 << QStringLiteral("11") << QStringLiteral("3") << QStringLiteral("true")
                 << QStringLiteral("TRUE") << QStringLiteral("x") << QString();
        }
        QString value = m_random.pick(pool);
        if ((op == QLatin1String("contains") || op == QLatin1String("starts_with")) &&
            m_random.chance(0.5) && !value.isEmpty())
            value = value.mid(m_random.below(int(value.size())), 1 + m_random.below(2));
        return value;
    }

    QJsonValue scalar(const QString &f, const QString &op)
    {
        const bool custom = !Rule::isMemberField(f);
        if (f == QLatin1String("gender") || f == QLatin1String("consent") ||
            f == QLatin1String("stage"))
            return enumValue(f);
        if (f == QLatin1String("joined_at") || f == QLatin1String("consent_at"))
            return timeValue(f);
        if (custom && m_random.chance(0.4)) {
            const bool equality =
                op == QLatin1String("=") || op == QLatin1String("!=") || op == QLatin1String("in");
            if (equality && m_random.chance(0.3))
                return m_random.chance(0.5);
            return m_random.pick(QList<QJsonValue>{1, 3, 7, 11, 12, 12.5, 0});
        }
        if (!custom && m_random.chance(0.05))
            return 123; // a number compares as its text
        return textValue(f, op);
    }

    QJsonObject fieldNode(const QString &f, const QString &op)
    {
        QJsonObject node{{QStringLiteral("field"), f}, {QStringLiteral("op"), op}};
        if (op == QLatin1String("in")) {
            QJsonArray values;
            const int n = m_random.below(4) + (m_random.chance(0.1) ? 0 : 1);
            for (int i = 0; i < n; ++i)
                values.append(scalar(f, op));
            node.insert(QStringLiteral("value"), values);
        } else if (op != QLatin1String("empty") && op != QLatin1String("not_empty")) {
            node.insert(QStringLiteral("value"), scalar(f, op));
        }
        return node;
    }

    QJsonArray comparison(bool money)
    {
        static const QStringList ops{QStringLiteral("="), QStringLiteral("!="),
                                     QStringLiteral("<"), QStringLiteral("<="),
                                     QStringLiteral(">"), QStringLiteral(">=")};
        if (money)
            return {m_random.pick(ops),
                    m_random.pick(QList<QJsonValue>{0, 100, 500.5, QStringLiteral("250.00"),
                                                    1999.99, QStringLiteral("3000"), 80.01})};
        return {m_random.pick(ops), m_random.below(5)};
    }

    QJsonObject aggregate(bool orders)
    {
        QJsonObject body;
        const int shape = m_random.below(orders ? 4 : 3);
        if (shape != 1 && !(orders && shape == 3))
            body.insert(QStringLiteral("count"), comparison(false));
        if (orders && shape >= 2)
            body.insert(QStringLiteral("sum"), comparison(true));
        if (m_random.chance(0.6))
            body.insert(QStringLiteral("within_days"), m_random.pick(withinDayChoices).toInt());
        if (!orders && m_random.chance(0.6))
            body.insert(QStringLiteral("type"), m_random.pick(eventTypes));
        return {{orders ? QStringLiteral("orders") : QStringLiteral("events"), body}};
    }

    QJsonObject leaf(bool withStage)
    {
        switch (m_random.below(10)) {
        case 0:
        case 1:
        case 2: {
            const QStringList all = fields(withStage);
            const QString f = m_random.pick(all);
            return fieldNode(f, m_random.pick(opsFor(f)));
        }
        case 3:
            return {{QStringLiteral("tag"),
                     m_random.chance(0.9) ? m_random.pick(tagNames) : QStringLiteral("none")}};
        case 4:
            return {{QStringLiteral("in_group"),
                     m_random.chance(0.9) ? m_random.pick(groupIds) : QStringLiteral("g9")}};
        case 5:
            return aggregate(true);
        case 6:
            return aggregate(false);
        case 7:
            return {{QStringLiteral("rfm"), m_random.pick(rfmCells)}};
        case 8: {
            const QString measure =
                m_random.pick(QStringList{QStringLiteral("spending"), QStringLiteral("frequency"),
                                          QStringLiteral("loyalty")});
            const QString level = m_random.pick(QStringList{
                QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")});
            return {{QStringLiteral("tier"), QJsonObject{{measure, level}}}};
        }
        default:
            return {{QStringLiteral("identity"), m_random.pick(identityKinds)}};
        }
    }

    // Groups nest at most three deep below the top.
    QJsonObject tree(int depth, bool withStage)
    {
        if (depth >= 3 || (depth > 0 && m_random.chance(0.45)))
            return leaf(withStage);
        const int kind = m_random.below(3);
        if (kind == 2)
            return {{QStringLiteral("not"), tree(depth + 1, withStage)}};
        QJsonArray children;
        const int n = 1 + m_random.below(4);
        for (int i = 0; i < n; ++i)
            children.append(tree(depth + 1, withStage));
        return {{kind == 0 ? QStringLiteral("all") : QStringLiteral("any"), children}};
    }

    Random m_random;
    const std::vector<Member> &m_members;
};

QString idList(const std::set<qint64> &refs, const std::vector<Member> &members)
{
    QStringList ids;
    for (const qint64 ref : refs)
        ids << members.at(size_t(ref - 1)).id;
    return ids.isEmpty() ? QStringLiteral("(none)") : ids.join(QLatin1Char(','));
}

std::set<qint64> difference(const std::set<qint64> &a, const std::set<qint64> &b)
{
    std::set<qint64> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

} // namespace

class TestRuleProperty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    quint32 m_seed = defaultSeed;
    qint64 m_refreshAt = 0;
    std::vector<qint64> m_asOfs;
    std::vector<Member> m_members;

    std::set<qint64> compiled(const Rule &rule, qint64 asOf, bool inlineRfm, QString *error)
    {
        SqlFragment statement;
        if (inlineRfm) {
            statement = RuleCompiler::selectIds(
                RuleCompiler(RuleCompiler::contextFor(*m_ws, asOf)).condition(rule));
        } else {
            SegmentEvaluator evaluator(*m_ws, asOf);
            statement = RuleCompiler::selectIds(evaluator.condition(rule));
        }
        std::set<qint64> out;
        auto query = sql::run(m_ws->db(), statement.sql, statement.binds);
        if (!query) {
            *error = query.error().message;
            return out;
        }
        while (query->next())
            out.insert(query->value(0).toLongLong());
        return out;
    }

private slots:
    void initTestCase()
    {
        bool ok = false;
        const uint seed = qEnvironmentVariable("SIYU_PROPERTY_SEED").toUInt(&ok);
        if (ok)
            m_seed = seed;
        qInfo("seed %u (SIYU_PROPERTY_SEED=%u reproduces it)", m_seed, m_seed);
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("property.siyu")));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(settings::timeZone.set(*m_ws, QStringLiteral("Asia/Shanghai")).ok());
        m_ws->reloadSettings();
        m_refreshAt = local(QDate(2026, 11, 16));
        // The refresh time, one in the middle of a day three months back, one before much of the
        // data, one after all of it.
        m_asOfs = {m_refreshAt, m_refreshAt - 97 * day + 7 * 3600 + 13, m_refreshAt - 400 * day,
                   m_refreshAt + 45 * day};
        m_members = Generator(m_seed, m_refreshAt, m_asOfs).members();
        QVERIFY2(store(*m_ws, m_members).ok(), "the generated workspace was not stored");
        QVERIFY(lifecycle::refresh(*m_ws, m_refreshAt).ok());
    }

    void compiledRulesSelectWhatTheContractSays()
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 live = std::count_if(m_members.begin(), m_members.end(),
                                          [](const Member &m) { return !m.deleted; });
        int evaluations = 0, nonTrivial = 0, failures = 0;
        QSet<QString> kinds;
        for (const qint64 asOf : m_asOfs) {
            const bool withStage = stageAsOfEveryTime || asOf == m_refreshAt;
            const Reference reference(m_members, asOf, m_refreshAt);
            for (const QJsonObject &json :
                 Rules(m_seed ^ quint32(asOf), m_members).all(withStage)) {
                const QString text =
                    QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
                auto rule = Rule::fromJson(json);
                if (!rule) {
                    qWarning("seed %u: a generated rule was refused: %s\n  %s", m_seed,
                             qPrintable(rule.error().message), qPrintable(text));
                    ++failures;
                    continue;
                }
                for (const QString &kind : json.keys())
                    kinds << kind;
                const std::set<qint64> expected = reference.select(json);
                nonTrivial += !expected.empty() && qint64(expected.size()) < live ? 1 : 0;
                for (const bool inlineRfm : {false, true}) {
                    if (inlineRfm && !rule->contains(Rule::Kind::Rfm))
                        continue;
                    QString error;
                    const std::set<qint64> actual = compiled(*rule, asOf, inlineRfm, &error);
                    ++evaluations;
                    if (error.isEmpty() && actual == expected)
                        continue;
                    if (++failures > 8)
                        continue;
                    qWarning("seed %u, as of %s (%lld)%s:\n  rule %s\n  %s\n  only compiled: %s\n"
                             "  only expected: %s",
                             m_seed, qPrintable(timeutil::formatLocal(asOf, zone())), asOf,
                             inlineRfm ? " (RFM inline)" : "", qPrintable(text),
                             qPrintable(error.isEmpty() ? QStringLiteral("different members")
                                                        : QStringLiteral("error: ") + error),
                             qPrintable(idList(difference(actual, expected), m_members)),
                             qPrintable(idList(difference(expected, actual), m_members)));
                }
            }
        }
        qInfo("%d evaluations, %d rules neither empty nor everyone, %lld ms", evaluations,
              nonTrivial, qint64(timer.elapsed()));
        QVERIFY2(failures == 0,
                 qPrintable(QStringLiteral("%1 mismatches (seed %2)").arg(failures).arg(m_seed)));
        // The data and the rules are rich enough that the comparison means something.
        QVERIFY(nonTrivial > evaluations / 3);
        QVERIFY(kinds.size() >= 4);
    }

    // The reference's own stage replay agrees with what the refresh stored (so stage nodes test
    // the compiler, not a disagreement about stages).
    void storedStagesAreTheContractsAtTheRefresh()
    {
        QSqlQuery query(m_ws->db());
        QVERIFY(
            query.exec(QStringLiteral("SELECT id, stage FROM members WHERE deleted_at IS NULL")));
        std::map<QString, int> counts;
        while (query.next()) {
            const Member &m = m_members.at(size_t(query.value(0).toLongLong() - 1));
            if (m.joined > m_refreshAt)
                continue; // no stage at the refresh time (lifecycle.h)
            const QJsonObject rule{{QStringLiteral("field"), QStringLiteral("stage")},
                                   {QStringLiteral("op"), QStringLiteral("=")},
                                   {QStringLiteral("value"), query.value(1).toString()}};
            QVERIFY2(Reference(m_members, m_refreshAt, m_refreshAt).select(rule).count(m.ref) == 1,
                     qPrintable(m.id));
            counts[query.value(1).toString()] += 1;
        }
        QCOMPARE(int(counts.size()), 5); // every stage occurs
    }
};

QTEST_GUILESS_MAIN(TestRuleProperty)
#include "tst_ruleproperty.moc"
