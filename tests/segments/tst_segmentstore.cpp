// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfixture.h"

#include "models/segments/churnwarning.h"
#include "models/segments/segmentexport.h"
#include "models/segments/segmentrepository.h"
#include "models/segments/tiers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;
using segmentfixture::day;

class TestSegmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    static Rule rule(const char *json) { return *Rule::parse(QString::fromUtf8(json)); }

    std::unique_ptr<Workspace> openEmpty(const char *name)
    {
        auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(name)));
        if (!ws)
            return nullptr;
        settings::timeZone.set(**ws, QStringLiteral("Asia/Shanghai"));
        (*ws)->reloadSettings();
        return std::move(*ws);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = openEmpty("store.siyu");
        QVERIFY(m_ws);
        QVERIFY(segmentfixture::build(*m_ws));
    }

    void savesAndEvaluatesDynamicSegments()
    {
        SegmentRepository repository(*m_ws);
        const Rule beijing = rule(R"({"field":"city","op":"=","value":"Beijing"})");
        auto id =
            repository.saveDynamic(QStringLiteral(" Beijing "), beijing, QStringLiteral("city"));
        QVERIFY(id.ok());
        auto found = repository.findByName(QStringLiteral("Beijing"));
        QVERIFY(found.ok() && found->has_value());
        const Segment segment = **found;
        QCOMPARE(segment.id, *id);
        QCOMPARE(segment.kind, Segment::Kind::Dynamic);
        QCOMPARE(segment.description, QStringLiteral("city"));
        QCOMPARE(Rule::parse(segment.rule)->toJson(), beijing.toJson());
        QCOMPARE(*repository.count(segment, segmentfixture::asOf()), 2);
        QCOMPARE(*repository.memberRefs(segment, segmentfixture::asOf()),
                 (std::vector<qint64>{1, 4}));
        // Saving under the same name replaces the rule, keeping the id.
        auto again = repository.saveDynamic(
            QStringLiteral("Beijing"), rule(R"({"field":"city","op":"=","value":"Shenzhen"})"));
        QCOMPARE(*again, *id);
        QCOMPARE(*repository.count(*repository.find(*id), segmentfixture::asOf()), 1);
        QVERIFY(!repository.findByName(QStringLiteral("nope"))->has_value());
        QVERIFY(!repository.saveDynamic(QStringLiteral("  "), beijing).ok());
    }

    void staticSegmentsFreezeTheirMembers()
    {
        SegmentRepository repository(*m_ws);
        auto id = repository.freeze(QStringLiteral("vip frozen"), rule(R"({"tag":"VIP"})"),
                                    segmentfixture::asOf());
        QVERIFY(id.ok());
        const Segment segment = *repository.find(*id);
        QCOMPARE(segment.kind, Segment::Kind::Static);
        QCOMPARE(*repository.memberRefs(segment, segmentfixture::asOf()), (std::vector<qint64>{1}));
        // A later tag does not change a frozen list.
        QVERIFY(segmentfixture::exec(*m_ws,
                                     "INSERT INTO member_tags(member_ref, tag_ref) VALUES(7, 1)"));
        QCOMPARE(*repository.count(segment, segmentfixture::asOf()), 1);
        QVERIFY(segmentfixture::exec(*m_ws, "DELETE FROM member_tags WHERE member_ref = 7"));
        // An explicit list; a deleted member (6) is kept but never counted.
        auto listed = repository.saveStatic(QStringLiteral("hand picked"), {2, 3, 6, 999});
        QVERIFY(listed.ok());
        const Segment picked = *repository.find(*listed);
        QCOMPARE(*repository.memberRefs(picked, segmentfixture::asOf()),
                 (std::vector<qint64>{2, 3}));
        QCOMPARE(sql::scalar(m_ws->db(),
                             QStringLiteral("SELECT count(*) FROM segment_members "
                                            "WHERE segment_ref = ?"),
                             {*listed})
                     ->toInt(),
                 3);
    }

    void recordsSizesOverTime()
    {
        SegmentRepository repository(*m_ws);
        auto id = repository.saveDynamic(QStringLiteral("buyers 30d"),
                                         rule(R"({"orders":{"within_days":30}})"));
        QVERIFY(id.ok());
        QVERIFY(repository.recordSize(*id, 100, 5));
        QVERIFY(repository.recordSize(*id, 200, 7));
        QVERIFY(repository.recordSize(*id, 100, 6)); // replaces
        auto history = repository.sizeHistory(*id);
        QVERIFY(history.ok());
        QCOMPARE(int(history->size()), 2);
        QCOMPARE(history->at(0).at, qint64(100));
        QCOMPARE(history->at(0).size, qint64(6));
        QCOMPARE(history->at(1).size, qint64(7));
        QVERIFY(repository.recordAllSizes(segmentfixture::asOf()));
        history = repository.sizeHistory(*id);
        QCOMPARE(history->back().at, segmentfixture::asOf());
        QCOMPARE(history->back().size, qint64(2)); // m01, m02
    }

    void renamesAndRemoves()
    {
        SegmentRepository repository(*m_ws);
        auto a = repository.saveDynamic(QStringLiteral("a"), rule(R"({"tag":"VIP"})"));
        auto b = repository.saveStatic(QStringLiteral("b"), {1, 2});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!repository.rename(*a, QStringLiteral("b")).ok());
        QVERIFY(repository.rename(*a, QStringLiteral("c")).ok());
        QCOMPARE(repository.find(*a)->name, QStringLiteral("c"));
        QVERIFY(repository.recordSize(*b, 1, 2));
        QVERIFY(repository.remove(*b));
        QVERIFY(!repository.find(*b).ok());
        for (const char *table : {"segment_members", "segment_sizes"}) {
            const QString statement =
                QStringLiteral("SELECT count(*) FROM %1 WHERE segment_ref = ?")
                    .arg(QLatin1String(table));
            QCOMPARE(sql::scalar(m_ws->db(), statement, {*b})->toInt(), 0);
        }
        auto names = repository.list();
        QVERIFY(names.ok());
        QStringList listed;
        for (const Segment &s : *names)
            listed << s.name;
        QVERIFY(listed.contains(QStringLiteral("c")));
        QVERIFY(!listed.contains(QStringLiteral("b")));
    }

    void malformedStoredRuleIsAnError()
    {
        QVERIFY(segmentfixture::exec(*m_ws, "INSERT INTO segments(name, kind, rule) "
                                            "VALUES('broken', 'dynamic', '{\"tag\":')"));
        SegmentRepository repository(*m_ws);
        const Segment broken = **repository.findByName(QStringLiteral("broken"));
        auto count = repository.count(broken, segmentfixture::asOf());
        QVERIFY(!count.ok());
        QVERIFY(count.error().message.contains(QStringLiteral("broken")));
        QVERIFY(segmentfixture::exec(*m_ws, "DELETE FROM segments WHERE name = 'broken'"));
    }

    void exportsMaskedCsvAndAudits()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        const SqlFragment condition{QStringLiteral("m.id IN (1, 2, 3, 6)"), {}};
        const int auditBefore =
            sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt();
        auto rows = segmentexport::writeCsv(*m_ws, condition, path, 42);
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(*rows, 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("member_id,name,remark,gender,city,phone,email,"
                                             "source,staff,joined_at,stage,tags"));
        QCOMPARE(lines.at(1), QStringLiteral("m01,Alice Chen,VIP北京,F,Beijing,138****5678,"
                                             "a***@example.com,wecom,Lin,2026-01-10 09:30:00,"
                                             "loyalty,VIP"));
        QCOMPARE(lines.at(2), QStringLiteral("m02,bob li,,M,Shanghai,,b***@example.com,shop,Wang,"
                                             "2026-03-01 00:00:00,purchase,老客户"));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("m03,Carol,,U,,139****1111,,")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(!text.contains(QStringLiteral("alice@")));
        auto audit = sql::run(m_ws->db(), QStringLiteral("SELECT action, object_kind, object_ref, "
                                                         "detail FROM audit_log ORDER BY id DESC "
                                                         "LIMIT 1"));
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("export"));
        QCOMPARE(audit->value(1).toString(), QStringLiteral("segment"));
        QCOMPARE(audit->value(2).toLongLong(), qint64(42));
        const QString detail = audit->value(3).toString();
        QVERIFY(detail.contains(QStringLiteral("\"rows\":3")));
        QVERIFY(!detail.contains(QStringLiteral("Alice")));
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(),
                 auditBefore + 1);
    }

    void exportToAnUnwritablePlaceFailsWithoutAudit()
    {
        const int auditBefore =
            sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt();
        auto rows = segmentexport::writeCsv(*m_ws, {QStringLiteral("1"), {}},
                                            m_dir.filePath(QStringLiteral("no/such/dir/out.csv")));
        QVERIFY(!rows.ok());
        QVERIFY(!rows.error().file.isEmpty());
        QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(),
                 auditBefore);
    }

    void csvFieldsAreQuoted()
    {
        QCOMPARE(segmentexport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(segmentexport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(segmentexport::csvField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(segmentexport::csvField(QStringLiteral("two\nlines")),
                 QStringLiteral("\"two\nlines\""));
    }

    void valueTiers()
    {
        tiers::Thresholds t;
        t.spendingHighCents = 30000;
        t.spendingMediumCents = 10000;
        t.frequencyHigh = 3;
        t.frequencyMedium = 2;
        t.loyaltyHigh = 3;
        t.loyaltyMedium = 2;
        QVERIFY(t.problem().isEmpty());
        QVERIFY(t.save(*m_ws));
        const tiers::Thresholds loaded = tiers::Thresholds::load(*m_ws);
        QCOMPARE(loaded.spendingHighCents, qint64(30000));
        QCOMPARE(loaded.loyaltyMedium, 2);
        auto result = tiers::compute(*m_ws, segmentfixture::asOf(), loaded);
        QVERIFY(result.ok());
        QCOMPARE(int(result->size()), 6); // the live members
        const tiers::MemberTiers &alice = result->at(0);
        // 350.50 in 3 orders; active in periods 0 (1h, 1d, 2d, 10d), 1 (40d) and 3 (100d).
        QCOMPARE(alice.paidCents, qint64(35050));
        QCOMPARE(alice.paidOrders, qint64(3));
        QCOMPARE(alice.activePeriods, 3);
        QCOMPARE(alice.spending, tiers::Level::High);
        QCOMPARE(alice.frequency, tiers::Level::High);
        QCOMPARE(alice.loyalty, tiers::Level::High);
        const tiers::MemberTiers &bob = result->at(1);
        // 109.99 in 2 orders; periods 0 (30d: the first second of period 0), 1 (31d), 6 (200d).
        QCOMPARE(bob.paidCents, qint64(10999));
        QCOMPARE(bob.spending, tiers::Level::Medium);
        QCOMPARE(bob.frequency, tiers::Level::Medium);
        QCOMPARE(bob.activePeriods, 3);
        const tiers::MemberTiers &carol = result->at(2);
        QCOMPARE(carol.paidCents, qint64(0));
        QCOMPARE(carol.spending, tiers::Level::Low);
        QCOMPARE(carol.activePeriods, 1);
        QCOMPARE(carol.loyalty, tiers::Level::Low);
        QCOMPARE(tiers::key(tiers::Level::Medium), QStringLiteral("medium"));
        t.frequencyMedium = 9;
        QVERIFY(!t.problem().isEmpty());
        QVERIFY(!t.save(*m_ws).ok());
    }

    void churnWarnings()
    {
        auto ws = openEmpty("churn.siyu");
        QVERIFY(ws);
        const qint64 t = segmentfixture::asOf();
        const qint64 recentStart = t - 30 * day;
        // ref: joined days before as-of, baseline events, recent events.
        struct Person
        {
            int ref;
            int joinedDaysAgo;
            int baseline;
            int recent;
        };
        const Person people[] = {
            {1, 200, 9, 0},  // level 3, nothing now: warned (fall 3)
            {2, 200, 9, 1},  // level 3, 1 > 0.9: not warned
            {3, 45, 9, 0},   // only 15 days of baseline: no level yet
            {4, 200, 30, 9}, // level 10, 9 > 3: not warned
            {5, 200, 30, 2}, // level 10, 2 <= 3: warned (fall 8)
            {6, 200, 6, 0},  // level 2 < 3 from events alone; 3 paid orders make it 3
            {7, 50, 12, 0},  // baseline 20 days < 30: no level yet
            {8, 70, 12, 0},  // baseline 40 days: level 9, warned (fall 9)
        };
        for (const Person &p : people) {
            QVERIFY(segmentfixture::exec(*ws,
                                         "INSERT INTO members(id, member_id, name, joined_at) "
                                         "VALUES(?, ?, ?, ?)",
                                         {p.ref, QStringLiteral("c%1").arg(p.ref),
                                          QStringLiteral("P%1").arg(p.ref),
                                          t - p.joinedDaysAgo * day}));
            for (int i = 0; i < p.baseline; ++i)
                QVERIFY(
                    segmentfixture::addEvent(*ws, p.ref, "message", recentStart - 1 - i * 3600));
            for (int i = 0; i < p.recent; ++i)
                QVERIFY(segmentfixture::addEvent(*ws, p.ref, "read", t - 1 - i * 3600));
        }
        // Paid orders count as activity, a refunded one does not.
        QVERIFY(segmentfixture::addOrder(*ws, "x1", 6, 100, recentStart - 10));
        QVERIFY(segmentfixture::addOrder(*ws, "x2", 6, 100, recentStart - 20));
        QVERIFY(segmentfixture::addOrder(*ws, "x3", 6, 100, recentStart - 30));
        QVERIFY(segmentfixture::addOrder(*ws, "x4", 1, 100, t - 10, 1));
        auto warnings = siyu::churnWarnings(*ws, t);
        QVERIFY(warnings.ok());
        QStringList ids;
        for (const ChurnWarning &w : *warnings)
            ids << w.memberId;
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("c8,c5,c1,c6"));
        const ChurnWarning &c5 = warnings->at(1);
        QCOMPARE(c5.recentActivity, qint64(2));
        QCOMPARE(c5.baselineActivity, qint64(30));
        QCOMPARE(c5.level, 10.0);
        QCOMPARE(c5.baselineDays, 90.0);
        QCOMPARE(*c5.lastActiveAt, t - 1);
        QCOMPARE(warnings->at(0).level, 9.0);
        ChurnWarningParameters strict;
        strict.limit = 1;
        QCOMPARE(int(siyu::churnWarnings(*ws, t, strict)->size()), 1);
        strict.limit = 0;
        strict.dropRatio = 0.1;
        auto fewer = siyu::churnWarnings(*ws, t, strict);
        QCOMPARE(int(fewer->size()), 3); // c8, c1 and c6 dropped to 0; c5's 2 > 1
    }
};

QTEST_GUILESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"
