// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfixture.h"

#include "models/segments/rule.h"
#include "models/segments/rulecompiler.h"
#include "models/segments/rulevalues.h"
#include "models/segments/segmentevaluator.h"
#include "models/segments/tiers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

namespace {

// "m01,m02" for the members a rule selects.
QString idsOf(Workspace &ws, const Rule &rule, qint64 asOf)
{
    SegmentEvaluator evaluator(ws, asOf);
    auto ids = evaluator.memberIds(evaluator.condition(rule));
    if (!ids)
        return QStringLiteral("error: ") + ids.error().message;
    return ids->join(QLatin1Char(','));
}

const char *const allLive = "m01,m02,m03,m04,m05,m07";

// The nodes of a rule as Rule::maxNodes counts them.
int nodesOf(const Rule &rule)
{
    int nodes = 1;
    if (rule.kind == Rule::Kind::Field && rule.op == Rule::Op::In &&
        rule.field == QLatin1String("joined_at"))
        nodes += int(rule.value.toArray().size());
    for (const Rule &child : rule.children)
        nodes += nodesOf(child);
    return nodes;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    void addRow(const char *rule, const char *expected)
    {
        QTest::newRow(rule) << QString::fromUtf8(rule) << QString::fromUtf8(expected);
    }

    void fieldRows()
    {
        addRow(R"({"field":"name","op":"=","value":"Alice Chen"})", "m01");
        addRow(R"({"field":"name","op":"=","value":"alice chen"})", "");
        addRow(R"({"field":"name","op":"contains","value":"LI"})", "m01,m02");
        addRow(R"({"field":"name","op":"starts_with","value":"G"})", "m07");
        addRow(R"({"field":"name","op":"starts_with","value":""})", allLive);
        addRow(R"({"field":"name","op":"!=","value":"Carol"})", "m01,m02,m04,m05,m07");
        addRow(R"({"field":"name","op":"<","value":"David"})", "m01,m03");
        addRow(R"({"field":"name","op":">=","value":"David"})", "m02,m04,m05,m07");
        addRow(R"({"field":"remark","op":"empty"})", "m02,m03,m05,m07");
        addRow(R"({"field":"remark","op":"not_empty"})", "m01,m04");
        addRow(R"({"field":"remark","op":"contains","value":"北京"})", "m01");
        addRow(R"({"field":"remark","op":"=","value":""})", "m02,m03,m05,m07");
        addRow(R"({"field":"city","op":"=","value":"Beijing"})", "m01,m04");
        addRow(R"({"field":"city","op":"!=","value":"Beijing"})", "m02,m03,m05,m07");
        addRow(R"({"field":"city","op":"in","value":["Beijing","Shenzhen"]})", "m01,m04,m07");
        addRow(R"({"field":"city","op":"in","value":[]})", "");
        addRow(R"({"field":"city","op":"<","value":"Z"})", "m01,m02,m04,m05,m07");
        addRow(R"({"field":"gender","op":"=","value":"F"})", "m01,m05,m07");
        addRow(R"({"field":"gender","op":"=","value":"女"})", "m01,m05,m07");
        addRow(R"({"field":"gender","op":"=","value":"male"})", "m02,m04");
        addRow(R"({"field":"gender","op":"in","value":["U","m"]})", "m02,m03,m04");
        addRow(R"({"field":"source","op":"=","value":"shop"})", "m02,m05");
        addRow(R"({"field":"source","op":"contains","value":"SHOP"})", "m02,m05,m07");
        addRow(R"({"field":"source","op":"starts_with","value":"We"})", "m01,m03");
        addRow(R"({"field":"staff","op":"=","value":"Lin"})", "m01,m04");
        addRow(R"({"field":"staff","op":"!=","value":"Lin"})", "m02,m03,m05,m07");
        addRow(R"({"field":"staff","op":"empty"})", "m03,m07");
        addRow(R"({"field":"consent","op":"=","value":"yes"})", "m01,m04");
        addRow(R"({"field":"consent","op":"=","value":"YES"})", "m01,m04");
        addRow(R"({"field":"consent","op":"!=","value":"unknown"})", "m01,m02,m04");
        addRow(R"({"field":"stage","op":"=","value":"loyalty"})", "m01");
        addRow(R"({"field":"stage","op":"in","value":["purchase","churn"]})", "m02,m04,m07");
        addRow(R"({"field":"member_id","op":"starts_with","value":"M0"})", allLive);
        addRow(R"({"field":"phone","op":"not_empty"})", "m01,m03");
        addRow(R"({"field":"email","op":"empty"})", "m03,m04,m05,m07");
    }

    void timeRows()
    {
        addRow(R"({"field":"joined_at","op":"=","value":"2026-03-01"})", "m02,m03");
        addRow(R"({"field":"joined_at","op":"!=","value":"2026-03-01"})", "m01,m04,m05,m07");
        addRow(R"({"field":"joined_at","op":"<","value":"2026-03-01"})", "m01,m07");
        addRow(R"({"field":"joined_at","op":"<=","value":"2026-03-01"})", "m01,m02,m03,m07");
        addRow(R"({"field":"joined_at","op":">","value":"2026-03-01"})", "m04,m05");
        addRow(R"({"field":"joined_at","op":">=","value":"2026-03-01"})", "m02,m03,m04,m05");
        addRow(R"({"field":"joined_at","op":"=","value":"2026-03-01 15:45"})", "m03");
        addRow(R"({"field":"joined_at","op":">=","value":"2026-03-01 15:45"})", "m03,m04,m05");
        addRow(R"({"field":"joined_at","op":"<","value":"2026-03-01T15:45:00"})", "m01,m02,m07");
        addRow(R"({"field":"joined_at","op":">","value":"2026-03-01 15:45:00"})", "m04,m05");
        // The workspace zone: 05:00 in Shanghai is the previous day in UTC.
        addRow(R"({"field":"joined_at","op":"=","value":"2026-06-15"})", "m04");
        addRow(R"({"field":"joined_at","op":"<","value":"2026-06-15"})", "m01,m02,m03,m07");
        addRow(R"({"field":"joined_at","op":"<","value":"2026-06-15T00:00:00Z"})",
               "m01,m02,m03,m04,m07");
        addRow(R"({"field":"joined_at","op":"in","value":["2026-03-01","2026-11-15"]})",
               "m02,m03,m05");
        // With an offset: the minute or the day of that offset.
        addRow(R"({"field":"joined_at","op":"=","value":"2026-03-01T07:45Z"})", "m03");
        addRow(R"({"field":"joined_at","op":"=","value":"2026-03-01+08:00"})", "m02,m03");
        addRow(R"({"field":"joined_at","op":"=","value":"2026-02-28Z"})", "m02");
        addRow(R"({"field":"joined_at","op":">","value":"2026-02-28Z"})", "m03,m04,m05");
        addRow(R"({"field":"joined_at","op":"empty"})", "");
        addRow(R"({"field":"joined_at","op":"not_empty"})", allLive);
        addRow(R"({"field":"consent_at","op":"empty"})", allLive);
    }

    void customRows()
    {
        addRow(R"({"field":"skin_type","op":"=","value":"dry"})", "m01");
        addRow(R"({"field":"skin_type","op":"!=","value":"dry"})", "m02,m03,m04,m05,m07");
        addRow(R"({"field":"skin_type","op":"empty"})", "m03,m04,m05,m07");
        addRow(R"({"field":"skin_type","op":"not_empty"})", "m01,m02");
        addRow(R"({"field":"skin_type","op":"contains","value":"IL"})", "m02");
        addRow(R"({"field":"skin_type","op":"starts_with","value":"d"})", "m01");
        addRow(R"({"field":"skin_type","op":"in","value":["dry","oily"]})", "m01,m02");
        addRow(R"({"field":"birthday_month","op":">","value":10})", "m02,m03");
        addRow(R"({"field":"birthday_month","op":"=","value":3})", "m01");
        addRow(R"({"field":"birthday_month","op":"=","value":"3"})", "m01");
        addRow(R"({"field":"birthday_month","op":"<=","value":3})", "m01");
        addRow(R"({"field":"birthday_month","op":"!=","value":3})", "m02,m03,m04,m05,m07");
        addRow(R"({"field":"birthday_month","op":"in","value":[3,11]})", "m01,m02");
        addRow(R"({"field":"vip","op":"=","value":true})", "m01");
        addRow(R"({"field":"vip","op":"!=","value":true})", "m02,m03,m04,m05,m07");
        addRow(R"({"field":"skin type","op":"=","value":"normal"})", "m07");
        addRow("{\"field\":\"quote\\\"key\",\"op\":\"=\",\"value\":\"q\"}", "m07");
        addRow(R"({"field":"note","op":"contains","value":"drop table"})", "m03");
        addRow(R"({"not":{"field":"birthday_month","op":">","value":10}})", "m01,m04,m05,m07");
    }

    void relationRows()
    {
        addRow(R"({"tag":"VIP"})", "m01");
        addRow(R"({"tag":"vip"})", "");
        addRow(R"({"tag":"老客户"})", "m02,m04");
        addRow(R"({"tag":"nope"})", "");
        addRow(R"({"in_group":"g1"})", "m01,m03");
        addRow(R"({"in_group":"g2"})", "m02,m04");
        addRow(R"({"in_group":"x"})", "");
        addRow(R"({"identity":"shop"})", "m02,m07");
    }

    void orderRows()
    {
        // m05's only order is at the as-of time exactly: not before it, so it does not count.
        addRow(R"({"orders":{"count":[">=",1]}})", "m01,m02,m04,m07");
        addRow(R"({"orders":{"count":["=",0]}})", "m03,m05");
        addRow(R"({"orders":{"count":[">=",2],"within_days":90}})", "m01,m07");
        addRow(R"({"orders":{"count":[">=",1],"within_days":30}})", "m01,m02");
        addRow(R"({"orders":{"count":["<",1],"within_days":30}})", "m03,m04,m05,m07");
        addRow(R"({"orders":{"sum":[">=",150.5],"within_days":30}})", "m01");
        addRow(R"({"orders":{"sum":[">=","150.50"],"within_days":30}})", "m01");
        addRow(R"({"orders":{"sum":[">",150.5],"within_days":30}})", "");
        addRow(R"({"orders":{"sum":["<",100]}})", "m03,m05");
        addRow(R"({"orders":{"sum":["<=",100]}})", "m03,m05,m07");
        addRow(R"({"orders":{"sum":["=",109.99]}})", "m02");
        addRow(R"({"orders":{"within_days":10}})", "m01");
        addRow(R"({"orders":{"count":["=",2],"sum":[">",100]}})", "m02");
        addRow(R"({"orders":{"count":["!=",1]}})", "m01,m02,m03,m05,m07");
        addRow(R"({"orders":{"count":["<=",2]}})", "m02,m03,m04,m05,m07");
    }

    void eventRows()
    {
        addRow(R"({"events":{"type":"message","count":["=",0],"within_days":30}})",
               "m03,m04,m05,m07");
        addRow(R"({"events":{"count":[">=",1],"within_days":30}})", "m01,m02,m03,m07");
        addRow(R"({"events":{"type":"message","count":[">=",2]}})", "m01");
        addRow(R"({"events":{"count":[">",2]}})", "m01");
        addRow(R"({"events":{"type":"survey"}})", "m07");
        // m07's message at the as-of time exactly does not count.
        addRow(R"({"events":{"count":["<=",1]}})", "m03,m04,m05,m07");
        addRow(R"({"events":{"type":"message","count":[">=",1],"within_days":1}})", "m01");
    }

    void logicRows()
    {
        addRow(R"({"all":[{"field":"city","op":"=","value":"Beijing"},{"tag":"老客户"}]})", "m04");
        addRow(R"({"any":[{"tag":"VIP"},{"field":"city","op":"=","value":"Shenzhen"}]})",
               "m01,m07");
        addRow(R"({"not":{"field":"city","op":"=","value":"Beijing"}})", "m02,m03,m05,m07");
        addRow(R"({"any":[{"all":[{"field":"gender","op":"=","value":"F"},)"
               R"({"orders":{"count":[">=",1],"within_days":30}}]},)"
               R"({"not":{"events":{"count":[">=",1]}}}]})",
               "m01,m05");
        addRow(R"({"rfm":"loyal"})", "m01");
        addRow(R"({"rfm":"Hibernating"})", "m02");
        addRow(R"({"rfm":"lost"})", "m07");
        addRow(R"({"rfm":"champions"})", "");
        addRow("{\"any\":[{\"rfm\":\"Can't Lose\"},{\"rfm\":\"lost\"}]}", "m07");
        // Empty groups: all of nothing holds for every live member, any of nothing for none.
        addRow(R"({"all":[]})", "m01,m02,m03,m04,m05,m07");
        addRow(R"({"any":[]})", "");
        addRow(R"({"not":{"any":[]}})", "m01,m02,m03,m04,m05,m07");
        addRow(R"({"any":[{"tag":"VIP"},{"all":[]}]})", "m01,m02,m03,m04,m05,m07");
        addRow(R"({"all":[{"tag":"VIP"},{"any":[]}]})", "");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("rules.siyu")));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().message));
        m_ws = std::move(*ws);
        QVERIFY(segmentfixture::build(*m_ws));
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        fieldRows();
        timeRows();
        customRows();
        relationRows();
        orderRows();
        eventRows();
        logicRows();
    }

    void evaluates()
    {
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        auto parsed = Rule::parse(rule);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(idsOf(*m_ws, *parsed, segmentfixture::asOf()), expected);
        // The count agrees with the list.
        SegmentEvaluator evaluator(*m_ws, segmentfixture::asOf());
        const qint64 count = expected.isEmpty() ? 0 : expected.count(QLatin1Char(',')) + 1;
        QCOMPARE(*evaluator.count(*parsed), count);
        // `not` is the exact complement within the live members.
        const QString complement = idsOf(*m_ws, Rule::negate(*parsed), segmentfixture::asOf());
        QStringList both = complement.split(QLatin1Char(','), Qt::SkipEmptyParts) +
                           expected.split(QLatin1Char(','), Qt::SkipEmptyParts);
        both.sort();
        QCOMPARE(both.join(QLatin1Char(',')), QString::fromLatin1(allLive));
    }

    void roundTrips_data() { evaluates_data(); }

    void roundTrips()
    {
        QFETCH(QString, rule);
        auto parsed = Rule::parse(rule);
        QVERIFY(parsed.ok());
        const QJsonObject original = QJsonDocument::fromJson(rule.toUtf8()).object();
        QCOMPARE(parsed->toJson().toObject(), original);
        auto again = Rule::parse(parsed->toJsonText());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson().toObject(), original);
    }

    void withinDaysFollowsAsOf()
    {
        const auto rule = Rule::parse(QStringLiteral(R"({"orders":{"within_days":30}})"));
        QVERIFY(rule.ok());
        const qint64 t = segmentfixture::asOf();
        const qint64 day = segmentfixture::day;
        // m02's order is exactly 30 days before as-of: the window's first second includes it.
        QCOMPARE(idsOf(*m_ws, *rule, t), QStringLiteral("m01,m02"));
        QCOMPARE(idsOf(*m_ws, *rule, t + 1), QStringLiteral("m01,m05"));
        // m05's order at as-of exactly is outside [as_of - D, as_of), one second later inside.
        QCOMPARE(idsOf(*m_ws, *rule, t - 1), QStringLiteral("m01,m02"));
        QCOMPARE(idsOf(*m_ws, *rule, t - 10 * day + 1), QStringLiteral("m01,m02,m07"));
        const auto events =
            Rule::parse(QStringLiteral(R"({"events":{"type":"message","within_days":1}})"));
        QVERIFY(events.ok());
        QCOMPARE(idsOf(*m_ws, *events, t), QStringLiteral("m01"));
        QCOMPARE(idsOf(*m_ws, *events, t + 1), QStringLiteral("m01,m07"));
        QCOMPARE(idsOf(*m_ws, *events, t + day - 3600), QStringLiteral("m01,m07"));
        QCOMPARE(idsOf(*m_ws, *events, t + day - 3600 + 1), QStringLiteral("m07"));
    }

    // A tier node selects exactly the members tiers::compute puts at that level, for every
    // measure and level, at several as-of times (thresholds low enough to split the fixture).
    void tierNodesAgreeWithTheTierScores()
    {
        tiers::Thresholds t;
        t.spendingHighCents = 15000;
        t.spendingMediumCents = 10000;
        t.frequencyHigh = 2;
        t.frequencyMedium = 1;
        t.loyaltyHigh = 2;
        t.loyaltyMedium = 1;
        QVERIFY(t.save(*m_ws).ok());
        QHash<qint64, QString> ids;
        QSqlQuery query(m_ws->db());
        QVERIFY(query.exec(QStringLiteral("SELECT id, member_id FROM members")));
        while (query.next())
            ids.insert(query.value(0).toLongLong(), query.value(1).toString());
        const qint64 day = segmentfixture::day;
        int nonEmpty = 0;
        for (const qint64 asOf : {segmentfixture::asOf(), segmentfixture::asOf() - 40 * day,
                                  segmentfixture::asOf() + 200 * day}) {
            auto scores = tiers::compute(*m_ws, asOf, t);
            QVERIFY(scores.ok());
            for (const char *measure : {"spending", "frequency", "loyalty"}) {
                for (const auto level :
                     {tiers::Level::High, tiers::Level::Medium, tiers::Level::Low}) {
                    QStringList expected;
                    for (const tiers::MemberTiers &m : *scores) {
                        const tiers::Level of =
                            QLatin1String(measure) == QLatin1String("spending")    ? m.spending
                            : QLatin1String(measure) == QLatin1String("frequency") ? m.frequency
                                                                                   : m.loyalty;
                        if (of == level)
                            expected << ids.value(m.memberRef);
                    }
                    expected.sort();
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                    const QString json = QStringLiteral(R"({"tier":{"%1":"%2"}})")
                                             .arg(QLatin1String(measure), tiers::key(level));
                    auto rule = Rule::parse(json);
                    QVERIFY2(rule.ok(), qPrintable(json));
                    QCOMPARE(rule->toJsonText(), json);
                    QVERIFY2(idsOf(*m_ws, *rule, asOf) == expected.join(QLatin1Char(',')),
                             qPrintable(json + QStringLiteral(" at %1: %2 against %3")
                                                   .arg(asOf)
                                                   .arg(idsOf(*m_ws, *rule, asOf),
                                                        expected.join(QLatin1Char(',')))));
                }
            }
        }
        // The thresholds split the fixture: the comparison is not between empty lists.
        QVERIFY(nonEmpty >= 12);
        QVERIFY(tiers::Thresholds().save(*m_ws).ok());
    }

    // "In the D days before the as-of time" is [T - D days, T): one member's paid orders of
    // 0.01, 0.02, 0.04, ... at T - D days - 1 s, T - D days, T - D days + 1 s, T - 1 s, T and
    // T + 1 s, so that the sum names exactly the orders that counted.
    void windowsAtTheirEdges_data()
    {
        QTest::addColumn<int>("days");
        for (const int days : {1, 7, 30, 90, 365})
            QTest::newRow(qPrintable(QString::number(days))) << days;
    }

    void windowsAtTheirEdges()
    {
        QFETCH(int, days);
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("edges.siyu")));
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        using namespace segmentfixture;
        QVERIFY(settings::timeZone.set(ws, QStringLiteral("Asia/Shanghai")).ok());
        ws.reloadSettings();
        const qint64 t = asOf();
        QVERIFY(exec(ws, "INSERT INTO members(id, member_id, joined_at) VALUES(1, 'e1', ?)",
                     {t - 400 * day}));
        const qint64 start = t - qint64(days) * day;
        const qint64 times[] = {start - 1, start, start + 1, t - 1, t, t + 1};
        qint64 cents = 1;
        for (const qint64 time : times) {
            QVERIFY(addOrder(ws, qPrintable(QStringLiteral("o%1").arg(cents)), 1, cents, time));
            QVERIFY(addEvent(ws, 1, cents == 8 ? "like" : "message", time));
            cents *= 2;
        }
        QVERIFY(addOrder(ws, "refunded", 1, 1000, t - 2, 1));
        const auto matches = [&](const QString &json, qint64 at = 0) -> QString {
            auto rule = Rule::parse(json);
            if (!rule)
                return QStringLiteral("refused: ") + rule.error().message;
            return idsOf(ws, *rule, at ? at : t);
        };
        const QString within = QStringLiteral(",\"within_days\":%1").arg(days);
        // T - D, T - D + 1 s and T - 1 s: 0.02 + 0.04 + 0.08.
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"sum":["=",0.14]%1}})").arg(within)),
                 QStringLiteral("e1"));
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"count":["=",3]%1}})").arg(within)),
                 QStringLiteral("e1"));
        QCOMPARE(matches(QStringLiteral(R"({"events":{"count":["=",3]%1}})").arg(within)),
                 QStringLiteral("e1"));
        QCOMPARE(
            matches(QStringLiteral(R"({"events":{"type":"like","count":["=",1]%1}})").arg(within)),
            QStringLiteral("e1"));
        // All time is everything before T: 0.01 + 0.02 + 0.04 + 0.08.
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"sum":["=","0.15"]}})")),
                 QStringLiteral("e1"));
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"count":["=",4]}})")), QStringLiteral("e1"));
        QCOMPARE(matches(QStringLiteral(R"({"events":{"count":["=",4]}})")), QStringLiteral("e1"));
        // A second later the window has lost T - D and gained T.
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"sum":["=",0.28]%1}})").arg(within), t + 1),
                 QStringLiteral("e1"));
        // Before everything: nothing.
        QCOMPARE(matches(QStringLiteral(R"({"orders":{"count":["=",0]}})"), start - 1),
                 QStringLiteral("e1"));
        QCOMPARE(matches(QStringLiteral(R"({"events":{"within_days":%1}})").arg(days), start - 1),
                 QString());
    }

    // A membership counts at T when it began at or before T and had not ended: [joined, left).
    void membershipsAsOf()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("groups.siyu")));
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        using namespace segmentfixture;
        const qint64 t = asOf();
        QVERIFY(exec(ws, "INSERT INTO groups(id, group_id, name) VALUES(1, 'g', 'G')"));
        const char *membership = "INSERT INTO memberships(group_ref, member_ref, joined_at, "
                                 "left_at) VALUES(1, ?, ?, ?)";
        // a joins after T; b joins at T; c left before T; d leaves at T; e leaves after T; f
        // left, then joined again after T; g left, then joined again before T.
        const std::vector<std::tuple<int, qint64, QVariant>> rows{
            {1, t + 1, null()},       {2, t, null()},
            {3, t - 10 * day, t - 1}, {4, t - 10 * day, t},
            {5, t - 10 * day, t + 1}, {6, t - 10 * day, t - day},
            {6, t + day, null()},     {7, t - 10 * day, t - day},
            {7, t - 3600, null()}};
        for (int i = 1; i <= 7; ++i)
            QVERIFY(exec(ws, "INSERT INTO members(id, member_id, joined_at) VALUES(?, ?, ?)",
                         {i, QString(QLatin1Char(char('a' + i - 1))), t - 100 * day}));
        for (const auto &[member, joined, left] : rows)
            QVERIFY(exec(ws, membership, {member, joined, left}));
        auto rule = Rule::parse(QStringLiteral(R"({"in_group":"g"})"));
        QVERIFY(rule.ok());
        QCOMPARE(idsOf(ws, *rule, t), QStringLiteral("b,e,g"));
        QCOMPARE(idsOf(ws, *rule, t + 1), QStringLiteral("a,b,g"));
        QCOMPARE(idsOf(ws, *rule, t - 1), QStringLiteral("d,e,g"));
        QCOMPARE(idsOf(ws, *rule, t + 2 * day), QStringLiteral("a,b,f,g"));
        QCOMPARE(idsOf(ws, Rule::negate(*rule), t), QStringLiteral("a,c,d,f"));
    }

    // RFM and tiers as of T read only the orders and events before T.
    void rfmAndTiersAsOf()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("scores.siyu")));
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        using namespace segmentfixture;
        const qint64 t = asOf();
        for (int i = 1; i <= 2; ++i)
            QVERIFY(exec(ws, "INSERT INTO members(id, member_id, joined_at) VALUES(?, ?, ?)",
                         {i, QStringLiteral("s%1").arg(i), t - 400 * day}));
        // s1 buys a lot at T exactly; s2 bought a little long ago.
        for (int i = 0; i < 6; ++i)
            QVERIFY(addOrder(ws, qPrintable(QStringLiteral("big%1").arg(i)), 1, 50000, t));
        QVERIFY(addOrder(ws, "small", 2, 100, t - 300 * day));
        const auto ids = [&](const char *json, qint64 at) {
            return idsOf(ws, *Rule::parse(QString::fromUtf8(json)), at);
        };
        QCOMPARE(ids(R"({"tier":{"spending":"high"}})", t), QString());
        QCOMPARE(ids(R"({"tier":{"spending":"low"}})", t), QStringLiteral("s1,s2"));
        QCOMPARE(ids(R"({"tier":{"frequency":"high"}})", t), QString());
        QCOMPARE(ids(R"({"tier":{"spending":"high"}})", t + 1), QStringLiteral("s1"));
        QCOMPARE(ids(R"({"tier":{"frequency":"high"}})", t + 1), QStringLiteral("s1"));
        QCOMPARE(ids(R"({"tier":{"loyalty":"low"}})", t + 1), QStringLiteral("s1,s2"));
        // At T only s2 bought: a single buyer scores 1 on everything (lost).
        QCOMPARE(ids(R"({"rfm":"lost"})", t), QStringLiteral("s2"));
        QCOMPARE(ids(R"({"rfm":"champions"})", t), QString());
        // A day later s1 is the better of two buyers: 3 on each score (1 + 5 * 1 / 2).
        QCOMPARE(ids(R"({"rfm":"need_attention"})", t + day), QStringLiteral("s1"));
        QCOMPARE(ids(R"({"rfm":"lost"})", t + day), QStringLiteral("s2"));
        // Once s2's order has left the 365 days before T, s1 is the only buyer.
        QCOMPARE(ids(R"({"rfm":"lost"})", t + 66 * day), QStringLiteral("s1"));
    }

    // Every gender word an import reads selects the members stored with that gender.
    void genderWordsAreHonoured()
    {
        const QHash<QString, QString> expected{{QStringLiteral("M"), QStringLiteral("m02,m04")},
                                               {QStringLiteral("F"), QStringLiteral("m01,m05,m07")},
                                               {QStringLiteral("U"), QStringLiteral("m03")}};
        int words = 0;
        for (const auto &[stored, list] : rulevalues::genderWords()) {
            for (const QString &word : list) {
                for (const QString &spelling : QStringList{
                         word, word.toUpper(), QLatin1Char(' ') + word + QLatin1Char(' ')}) {
                    const Rule rule =
                        Rule::fieldCondition(QStringLiteral("gender"), Rule::Op::Equal, spelling);
                    QVERIFY2(Rule::fromJson(rule.toJson()).ok(), qPrintable(spelling));
                    QCOMPARE(idsOf(*m_ws, rule, segmentfixture::asOf()), expected.value(stored));
                }
                ++words;
            }
        }
        // The contract's words are among them.
        for (const char *word : {"M", "F", "U", "男", "女", "未知", "male", "female"}) {
            auto rule = Rule::parse(QStringLiteral(R"({"field":"gender","op":"!=","value":"%1"})")
                                        .arg(QString::fromUtf8(word)));
            QVERIFY2(rule.ok(), word);
        }
        QCOMPARE(words, 17);
        QVERIFY(!Rule::parse(QStringLiteral(R"({"field":"gender","op":"=","value":"x"})")).ok());
    }

    // `city = X` is looked up in the city index, not tested on every member (the
    // three-condition rule of the benchmark starts there).
    void equalityUsesTheColumnIndex()
    {
        for (const char *json :
             {R"({"all":[{"field":"city","op":"=","value":"Beijing"},{"orders":{"count":[">=",2],)"
              R"("within_days":90}},{"not":{"in_group":"g1"}}]})",
              R"({"field":"city","op":"in","value":["Beijing","Shenzhen"]})"}) {
            auto rule = Rule::parse(QString::fromUtf8(json));
            QVERIFY(rule.ok());
            const SqlFragment count = RuleCompiler::selectCount(
                RuleCompiler(RuleCompiler::contextFor(*m_ws, segmentfixture::asOf()))
                    .condition(*rule));
            auto plan = sql::run(m_ws->db(), QStringLiteral("EXPLAIN QUERY PLAN ") + count.sql,
                                 count.binds);
            QVERIFY(plan.ok());
            QString text;
            while (plan->next())
                text += plan->value(3).toString() + QLatin1Char('\n');
            QVERIFY2(text.contains(QLatin1String("SEARCH m USING INDEX members_live_city")) ||
                         text.contains(QLatin1String("SEARCH m USING INDEX members_city")),
                     qPrintable(text));
        }
    }

    void groupMembershipFollowsAsOf()
    {
        const auto rule = Rule::parse(QStringLiteral(R"({"in_group":"g1"})"));
        QVERIFY(rule.ok());
        // m02 left g1 on 2026-10-01, m03 leaves on 2026-12-01.
        QCOMPARE(idsOf(*m_ws, *rule, segmentfixture::at("2026-09-30")),
                 QStringLiteral("m01,m02,m03"));
        QCOMPARE(idsOf(*m_ws, *rule, segmentfixture::at("2026-12-01")), QStringLiteral("m01"));
    }

    void deletedMembersNeverMatch()
    {
        // m06 matches each of these but is deleted.
        for (const char *json :
             {R"({"tag":"VIP"})", R"({"field":"name","op":"=","value":"Frank"})",
              R"({"in_group":"g1"})", R"({"orders":{"count":[">=",1],"within_days":5}})"}) {
            auto rule = Rule::parse(QString::fromUtf8(json));
            QVERIFY(rule.ok());
            QVERIFY2(!idsOf(*m_ws, *rule, segmentfixture::asOf()).contains(QStringLiteral("m06")),
                     json);
        }
        auto frank = Rule::parse(QStringLiteral(R"({"field":"name","op":"=","value":"Frank"})"));
        QCOMPARE(*SegmentEvaluator(*m_ws, segmentfixture::asOf()).count(*frank), 0);
    }

    void malformedRulesNameTheNode_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("where");
        const auto row = [](const char *rule, const char *where) {
            QTest::newRow(rule) << QString::fromUtf8(rule) << QString::fromUtf8(where);
        };
        row(R"({"all":[{"tag":"a"},{"orders":{"count":[">=","x"]}}]})", "all[1].orders.count: ");
        row(R"({"all":[{"tag":"a"},{"orders":{"count":">=2"}}]})", "all[1].orders.count: ");
        row(R"({"any":[{"field":"city","op":"~","value":"x"}]})", "any[0].op: ");
        row(R"({"not":{"tag":""}})", "not.tag: ");
        row(R"({"field":"joined_at","op":">","value":"yesterday"})", "value: ");
        row(R"({"field":"gender","op":"=","value":"X"})", "value: ");
        row(R"({"field":"stage","op":"=","value":"vip"})", "value: ");
        row(R"({"field":"city","op":"in","value":"Beijing"})", "value: ");
        row(R"({"field":"city","op":"in","value":["a",["b"]]})", "value[1]: ");
        row(R"({"field":"city","op":"=","value":null})", "value: ");
        row(R"({"field":"city","op":"="})", "value: ");
        row(R"({"field":"","op":"=","value":"a"})", "field: ");
        row(R"({"events":{"type":"wave"}})", "events.type: ");
        row(R"({"tier":{"spending":"top"}})", "tier.spending: ");
        row(R"({"tier":{"size":"high"}})", "tier.size: ");
        row(R"({"tier":"high"})", "tier: ");
        row(R"({"tier":{"spending":"high","loyalty":"low"}})", "tier: ");
        row(R"({"events":{"count":[">=",1],"within_days":0}})", "events.within_days: ");
        row(R"({"events":{"count":[">=",1],"within_days":"7"}})", "events.within_days: ");
        row(R"({"events":{"count":[">=",1],"sum":[">",1]}})", "events.sum: ");
        row(R"({"orders":{"sum":[">","1.005"]}})", "orders.sum: ");
        row(R"({"orders":{"count":[">=",1.5]}})", "orders.count: ");
        row(R"({"orders":{"count":[">=",-1]}})", "orders.count: ");
        row(R"({"orders":{"count":["in",1]}})", "orders.count: ");
        row(R"({"orders":{"count":[">=",1,2]}})", "orders.count: ");
        row(R"({"orders":[]})", "orders: ");
        row(R"({"rfm":"best"})", "rfm: ");
        row(R"({"tag":"a","in_group":"g"})", "rule: ");
        row(R"({})", "rule: ");
        row(R"([])", "rule: ");
        row(R"({"all":[1]})", "all[0]: ");
        row(R"({"all":{"tag":"a"}})", "all: ");
        row(R"({"field":"city","op":"=","value":"x","extra":1})", "extra: ");
        row(R"({"all":[{"any":[{"not":{"in_group":5}}]}]})", "all[0].any[0].not.in_group: ");
        row(R"({"field":"city","op":"empty","value":"x"})", "value: ");
        row(R"({"field":"name","op":"=","value":true})", "value: ");
        row(R"({"field":"vip","op":"<","value":true})", "value: ");
        row(R"({"field":"joined_at","op":"contains","value":"2026-01-01"})", "value: ");
        row(R"({"tag":"a"} trailing)", "rule: not valid JSON");
        // Personal data: presence only.
        row(R"({"field":"phone","op":"starts_with","value":"138"})", "field: ");
        row(R"({"any":[{"tag":"a"},{"field":"email","op":"=","value":"a@b.c"}]})",
            "any[1].field: ");
        row(R"({"field":"phone","op":"in","value":["13812345678"]})", "field: ");
        row(R"({"not":{"field":"email","op":"<","value":"b"}})", "not.field: ");
        // Unknown nodes and keys.
        row(R"({"foo":1})", "rule: ");
        row(R"({"all":[{"tag":"a"},{"bogus":"x"}]})", "all[1]: ");
        row(R"({"tag":"a","extra":1})", "extra: ");
        row(R"({"not":{"tag":"a"},"x":1})", "x: ");
        row(R"({"orders":{"count":[">=",1],"type":"message"}})", "orders.type: ");
        row(R"({"events":{"count":[">=",1],"extra":1}})", "events.extra: ");
        row(R"({"any":[{"in_group":"g1","tag":"a"}]})", "any[0]: ");
        // Wrong types.
        row(R"({"tag":5})", "tag: ");
        row(R"({"in_group":["g1"]})", "in_group: ");
        row(R"({"not":[{"tag":"a"}]})", "not: ");
        row(R"({"not":null})", "not: ");
        row(R"({"field":5,"op":"=","value":"a"})", "field: ");
        row(R"({"field":"city","op":5,"value":"a"})", "op: ");
        row(R"({"field":"city","op":"=","value":{"a":1}})", "value: ");
        row(R"({"field":"city","op":"contains","value":["a"]})", "value: ");
        row(R"({"orders":{"sum":[">=",true]}})", "orders.sum: ");
        row(R"({"orders":{"sum":[5,">="]}})", "orders.sum: ");
        row(R"({"events":{"within_days":7.5}})", "events.within_days: ");
        row(R"({"events":{"type":5}})", "events.type: ");
        row(R"({"events":"message"})", "events: ");
        row(R"({"field":"joined_at","op":"in","value":["2026-01-01","x"]})", "value[1]: ");
        row(R"({"field":"consent_at","op":">","value":20261116})", "value: ");
        // Unknown fields: a member field in other case, a column rules read otherwise.
        row(R"({"field":"City","op":"=","value":"a"})", "field: ");
        row(R"({"all":[{"field":"GENDER","op":"=","value":"F"}]})", "all[0].field: ");
        row(R"({"field":"tags","op":"contains","value":"VIP"})", "field: ");
        row(R"({"field":"referrer_id","op":"=","value":"m01"})", "field: ");
        // Operators that do not fit the field.
        row(R"({"field":"gender","op":"<","value":"F"})", "op: ");
        row(R"({"field":"consent","op":"contains","value":"y"})", "op: ");
        row(R"({"any":[{"field":"stage","op":"starts_with","value":"l"}]})", "any[0].op: ");
        row(R"({"field":"stage","op":">=","value":"churn"})", "op: ");
        row(R"({"field":"joined_at","op":"starts_with","value":"2026"})", "value: ");
        row(R"({"field":"email","op":"not_empty","value":"x"})", "value: ");
        // Values an enumerated field does not hold.
        row(R"({"field":"gender","op":"=","value":1})", "value: ");
        row(R"({"field":"gender","op":"in","value":["M","x"]})", "value[1]: ");
        row(R"({"field":"consent","op":"=","value":"maybe"})", "value: ");
        // Cells, measures, levels.
        row(R"({"rfm":5})", "rfm: ");
        row(R"({"rfm":"champion5"})", "rfm: ");
        row(R"({"tier":{"loyalty":5}})", "tier.loyalty: ");
        row(R"({"tier":{"frequency":"HIGH"}})", "tier.frequency: ");
        row(R"({"tier":{}})", "tier: ");
        row(R"({"tier":{"value":"low"}})", "tier.value: ");
    }

    void malformedRulesNameTheNode()
    {
        QFETCH(QString, rule);
        QFETCH(QString, where);
        auto parsed = Rule::parse(rule);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.startsWith(where), qPrintable(parsed.error().message));
    }

    // Rules at every limit evaluate; one step beyond is refused, naming the node.
    void limitsAreEvaluatedOrRefused_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QString>("expected");
        // The leaf kinds whose SQL nests most, with what they select.
        addRow(R"({"rfm":"lost"})", "m07");
        addRow(R"({"field":"birthday_month","op":"in","value":[3,"11",true]})", "m01,m02");
        addRow(R"({"field":"skin_type","op":"starts_with","value":"d"})", "m01");
        addRow(R"({"orders":{"count":["=",2],"sum":[">",100]}})", "m02");
        addRow(R"({"events":{"type":"message","count":[">=",2]}})", "m01");
        addRow(R"({"in_group":"g1"})", "m01,m03");
        addRow(R"({"field":"joined_at","op":"in","value":["2026-03-01","2026-11-15"]})",
               "m02,m03,m05");
        addRow(R"({"field":"name","op":"starts_with","value":"G"})", "m07");
    }

    void limitsAreEvaluatedOrRefused()
    {
        QFETCH(QString, leaf);
        QFETCH(QString, expected);
        const qint64 asOf = segmentfixture::asOf();
        const QString never = QStringLiteral(R"({"tag":"nope"})");
        const QString always = QStringLiteral(R"({"not":{"tag":"nope"}})");
        QVERIFY(Rule::parse(leaf).ok());
        auto evaluate = [&](const QString &json) {
            auto rule = Rule::parse(json);
            return rule ? idsOf(*m_ws, *rule, asOf)
                        : QStringLiteral("refused: ") + rule.error().message;
        };
        // 32 levels of not (an even number: the leaf itself).
        QString chain = leaf;
        for (int level = 1; level < Rule::maxDepth; ++level)
            chain = QStringLiteral(R"({"not":%1})").arg(chain);
        QCOMPARE(evaluate(QStringLiteral(R"({"not":%1})").arg(chain)),
                 QStringLiteral("refused: ") +
                     QStringList(Rule::maxDepth, QStringLiteral("not")).join(QLatin1Char('.')) +
                     QStringLiteral(": the rule nests more than 32 levels deep"));
        QString negations = leaf;
        for (int level = 1; level < Rule::maxDepth - 1; level += 2)
            negations = QStringLiteral(R"({"not":{"not":%1}})").arg(negations);
        QCOMPARE(evaluate(negations), expected);
        // 32 levels of all / any / not, the deep child last, each group holding more.
        QString mixed = leaf;
        for (int level = 1; level < Rule::maxDepth; ++level) {
            switch (level % 3) {
            case 0:
                mixed = QStringLiteral(R"({"all":[%1,%2,%1]})").arg(always, mixed);
                break;
            case 1:
                mixed = QStringLiteral(R"({"any":[%1,%2,%1]})").arg(never, mixed);
                break;
            default:
                mixed = QStringLiteral(R"({"not":{"not":%1}})").arg(mixed);
                ++level;
            }
        }
        QCOMPARE(evaluate(mixed), expected);
        // Wide: 499 siblings, and as many as fit below, 1000 nodes in all.
        const int leafNodes = nodesOf(*Rule::parse(leaf));
        const QStringList outerSiblings(Rule::maxChildren - 1, never);
        const QStringList innerSiblings(Rule::maxNodes - 2 - leafNodes - outerSiblings.size(),
                                        never);
        const QString inner =
            QStringLiteral(R"({"any":[%1,%2]})").arg(innerSiblings.join(QLatin1Char(',')), leaf);
        const QString wide =
            QStringLiteral(R"({"any":[%1,%2]})").arg(outerSiblings.join(QLatin1Char(',')), inner);
        QCOMPARE(nodesOf(*Rule::parse(wide)), Rule::maxNodes);
        QCOMPARE(evaluate(wide), expected);
        const QStringList all(
            Rule::maxChildren - 1,
            QStringLiteral(R"({"field":"member_id","op":"starts_with","value":"m"})"));
        QCOMPARE(
            evaluate(QStringLiteral(R"({"all":[%1,%2]})").arg(all.join(QLatin1Char(',')), leaf)),
            expected);
        // One more node, one more child: refused where the limit is crossed.
        QVERIFY(evaluate(QStringLiteral(R"({"all":[%1]})").arg(wide))
                    .startsWith(QStringLiteral("refused: all[0].any[499].any[")));
        QStringList tooMany(Rule::maxChildren + 1, never);
        QCOMPARE(evaluate(QStringLiteral(R"({"any":[%1]})").arg(tooMany.join(QLatin1Char(',')))),
                 QStringLiteral("refused: any: a list holds at most 500 rule nodes, this one 501 "
                                "(group them, or use in for many values of one field)"));
    }

    // An `in` list means the same as `any` of `=`; of any length, the list is one bound value.
    void inListsAreBoundWhole()
    {
        const qint64 asOf = segmentfixture::asOf();
        for (const auto &[field, values] : std::vector<std::pair<QString, QJsonArray>>{
                 {QStringLiteral("city"), {QStringLiteral("Beijing"), QStringLiteral("Shenzhen")}},
                 {QStringLiteral("gender"), {QStringLiteral("男"), QStringLiteral("f")}},
                 {QStringLiteral("birthday_month"), {3, QStringLiteral("11"), 12.5}},
                 {QStringLiteral("vip"), {true, QStringLiteral("dry")}},
                 {QStringLiteral("skin_type"), {QStringLiteral("dry"), QStringLiteral("oily"), 7}},
                 {QStringLiteral("note"),
                  {QStringLiteral("x'); DROP TABLE members; --"),
                   QStringLiteral("a\"b\\c\t\u0001")}},
                 {QStringLiteral("remark"),
                  {QStringLiteral("VIP北京"), QStringLiteral("q\"\\"), QStringLiteral("")}}}) {
            std::vector<Rule> equals;
            for (const QJsonValue value : values)
                equals.push_back(Rule::fieldCondition(field, Rule::Op::Equal, value));
            const Rule in = Rule::fieldCondition(field, Rule::Op::In, values);
            const QString expected = idsOf(*m_ws, Rule::any(equals), asOf);
            QVERIFY2(!expected.isEmpty() && !expected.startsWith(QLatin1String("error")),
                     qPrintable(field));
            QCOMPARE(idsOf(*m_ws, in, asOf), expected);
        }
        QJsonArray many;
        for (int i = 0; i < 200000; ++i)
            many.append(QStringLiteral("x%1").arg(i));
        many.append(QStringLiteral("m03"));
        many.append(QStringLiteral("m06"));
        const Rule big = Rule::fieldCondition(QStringLiteral("member_id"), Rule::Op::In, many);
        const SqlFragment sql = RuleCompiler(RuleCompiler::contextFor(*m_ws, asOf)).condition(big);
        QCOMPARE(sql.binds.size(), 1);
        QCOMPARE(idsOf(*m_ws, big, asOf), QStringLiteral("m03"));
        // A time field's list compiles to intervals: its values count as nodes.
        QJsonArray days;
        for (int i = 0; i < Rule::maxNodes; ++i)
            days.append(QStringLiteral("2026-03-01"));
        QJsonObject node{{QStringLiteral("field"), QStringLiteral("joined_at")},
                         {QStringLiteral("op"), QStringLiteral("in")},
                         {QStringLiteral("value"), days}};
        QVERIFY(!Rule::fromJson(node).ok());
        days.removeLast();
        node.insert(QStringLiteral("value"), days);
        const auto fits = Rule::fromJson(node);
        QVERIFY(fits.ok());
        QCOMPARE(idsOf(*m_ws, *fits, asOf), QStringLiteral("m02,m03"));
    }

    void valuesAreBoundNeverSpliced()
    {
        const QString evil = QStringLiteral("x'); DROP TABLE members; --");
        const std::vector<Rule> rules = {
            Rule::fieldCondition(QStringLiteral("name"), Rule::Op::Equal, evil),
            Rule::fieldCondition(QStringLiteral("name"), Rule::Op::Contains, evil),
            Rule::fieldCondition(QStringLiteral("city"), Rule::Op::In, QJsonArray{evil, evil}),
            Rule::fieldCondition(evil, Rule::Op::Equal, evil),
            Rule::fieldCondition(evil, Rule::Op::Greater, 3),
            *Rule::fromJson(QJsonObject{{QStringLiteral("tag"), evil}}),
            *Rule::fromJson(QJsonObject{{QStringLiteral("in_group"), evil}}),
            *Rule::fromJson(QJsonObject{{QStringLiteral("identity"), evil}}),
        };
        RuleCompiler compiler(RuleCompiler::contextFor(*m_ws, segmentfixture::asOf()));
        for (const Rule &rule : rules) {
            const SqlFragment sql = compiler.condition(rule);
            QVERIFY2(!sql.sql.contains(QStringLiteral("DROP")), qPrintable(sql.sql));
            // An `in` list is bound whole, as one JSON array.
            const QVariant list = QString::fromUtf8(
                QJsonDocument(QJsonArray{evil, evil}).toJson(QJsonDocument::Compact));
            QVERIFY(sql.binds.contains(evil) || sql.binds.contains(list));
            QCOMPARE(sql.sql.count(QLatin1Char('?')), sql.binds.size());
            QCOMPARE(*SegmentEvaluator(*m_ws, segmentfixture::asOf()).count(rule), 0);
        }
        // m03's custom note holds the same text: it is found as a value, and nothing broke.
        const Rule note = Rule::fieldCondition(QStringLiteral("note"), Rule::Op::Equal, evil);
        QCOMPARE(idsOf(*m_ws, note, segmentfixture::asOf()), QStringLiteral("m03"));
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM members"))->toInt(),
                 7);
    }

    void everyPlaceholderHasItsBind_data() { evaluates_data(); }

    void everyPlaceholderHasItsBind()
    {
        QFETCH(QString, rule);
        auto parsed = Rule::parse(rule);
        QVERIFY(parsed.ok());
        const SqlFragment sql =
            RuleCompiler(RuleCompiler::contextFor(*m_ws, segmentfixture::asOf()))
                .condition(*parsed);
        // No quote characters of ours hold a '?', so counting them is exact.
        QCOMPARE(sql.sql.count(QLatin1Char('?')), sql.binds.size());
    }

    void compareCountsCoversEveryOperator()
    {
        QVERIFY(compareCounts(Rule::Op::Equal, 2, 2));
        QVERIFY(!compareCounts(Rule::Op::NotEqual, 2, 2));
        QVERIFY(compareCounts(Rule::Op::Less, 1, 2));
        QVERIFY(compareCounts(Rule::Op::LessOrEqual, 2, 2));
        QVERIFY(compareCounts(Rule::Op::Greater, 3, 2));
        QVERIFY(!compareCounts(Rule::Op::GreaterOrEqual, 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
