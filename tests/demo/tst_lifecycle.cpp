// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/lifecycle.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace siyu;

namespace {

constexpr qint64 asOf = 1795000000; // 2026-11-19, a fixed "now"
constexpr qint64 dayLength = 86400;

qint64 daysAgo(double days)
{
    return asOf - qint64(days * double(dayLength));
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_next = 0;

    Workspace &ws() { return *m_ws; }

    void exec(const QString &statement, const QVariantList &binds = {})
    {
        const Status status = sql::exec(ws().db(), statement, binds);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    }

    qint64 addMember(const QString &name, qint64 joinedAt)
    {
        exec(QStringLiteral("INSERT INTO members (member_id, name, joined_at) VALUES (?, ?, ?)"),
             {QStringLiteral("L%1").arg(++m_next), name, joinedAt});
        return sql::scalar(ws().db(), QStringLiteral("SELECT id FROM members WHERE name = ?"),
                           {name})
            ->toLongLong();
    }
    void addEvent(qint64 member, qint64 at)
    {
        exec(QStringLiteral("INSERT INTO events (member_ref, type, occurred_at) VALUES (?, "
                            "'message', ?)"),
             {member, at});
    }
    void addOrder(qint64 member, qint64 at, qint64 cents, bool refunded = false)
    {
        exec(QStringLiteral("INSERT INTO orders (order_id, member_ref, amount_cents, paid_at, "
                            "refunded) VALUES (?, ?, ?, ?, ?)"),
             {QStringLiteral("O%1").arg(++m_next), member, cents, at, refunded ? 1 : 0});
    }
    QVariant field(qint64 member, const char *column)
    {
        return *sql::scalar(
            ws().db(),
            QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(QLatin1String(column)),
            {member});
    }
    QString stage(qint64 member) { return field(member, "stage").toString(); }
    int count(const QString &query, const QVariantList &binds = {})
    {
        return sql::scalar(ws().db(), query, binds)->toInt();
    }
    void refresh(qint64 at = asOf)
    {
        const Status status = lifecycle::refresh(ws(), at);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().toString()));
    }
    QByteArray dump()
    {
        QByteArray out;
        for (const char *table : {"members", "stage_history"}) {
            auto query =
                sql::run(ws().db(),
                         QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            while (query->next()) {
                for (int i = 0; i < query->record().count(); ++i)
                    out += query->value(i).toString().toUtf8() + '|';
                out += '\n';
            }
        }
        return out;
    }

private slots:
    void init()
    {
        m_ws.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("lifecycle.siyu")));
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("lifecycle.siyu")));
        QVERIFY(opened.ok());
        m_ws = std::move(*opened);
    }

    void everyStage()
    {
        const qint64 newcomer = addMember(QStringLiteral("newcomer"), daysAgo(10));
        const qint64 forgotten = addMember(QStringLiteral("forgotten"), daysAgo(100));
        const qint64 reader = addMember(QStringLiteral("reader"), daysAgo(100));
        addEvent(reader, daysAgo(5));
        const qint64 buyer = addMember(QStringLiteral("buyer"), daysAgo(100));
        addOrder(buyer, daysAgo(5), 1990);
        const qint64 loyal = addMember(QStringLiteral("loyal"), daysAgo(100));
        addOrder(loyal, daysAgo(50), 1000);
        addOrder(loyal, daysAgo(10), 2000);
        const qint64 lapsed = addMember(QStringLiteral("lapsed repeat buyer"), daysAgo(120));
        addOrder(lapsed, daysAgo(90), 1000);
        addOrder(lapsed, daysAgo(70), 1000);
        addEvent(lapsed, daysAgo(1));
        const qint64 gone = addMember(QStringLiteral("gone"), daysAgo(200));
        addEvent(gone, daysAgo(150));
        addOrder(gone, daysAgo(120), 500);
        addOrder(gone, daysAgo(100), 500);
        refresh();
        QCOMPARE(stage(newcomer), lifecycle::awareness);
        QCOMPARE(stage(forgotten), lifecycle::churn);
        QCOMPARE(stage(reader), lifecycle::interest);
        QCOMPARE(stage(buyer), lifecycle::purchase);
        QCOMPARE(stage(loyal), lifecycle::loyalty);
        QCOMPARE(stage(lapsed), lifecycle::purchase);
        QCOMPARE(stage(gone), lifecycle::churn);
    }

    void aggregatesCountPaidOrdersOnly()
    {
        const qint64 m = addMember(QStringLiteral("m"), daysAgo(30));
        addEvent(m, daysAgo(20));
        addEvent(m, daysAgo(3));
        addOrder(m, daysAgo(15), 1250);
        addOrder(m, daysAgo(4), 9999, true); // refunded: not paid
        addOrder(m, daysAgo(8), 750);
        addEvent(m, asOf + 3600); // after the as-of time: not counted
        addOrder(m, asOf + 3600, 100000);
        refresh();
        QCOMPARE(field(m, "last_active_at").toLongLong(), daysAgo(3));
        QCOMPARE(field(m, "last_order_at").toLongLong(), daysAgo(8));
        QCOMPARE(field(m, "paid_orders").toInt(), 2);
        QCOMPARE(field(m, "paid_cents").toLongLong(), qint64(2000));
        QCOMPARE(stage(m), lifecycle::loyalty);
    }

    void refundedOnlyIsNoPurchase()
    {
        const qint64 m = addMember(QStringLiteral("m"), daysAgo(30));
        addOrder(m, daysAgo(2), 5000, true);
        refresh();
        QCOMPARE(stage(m), lifecycle::awareness);
        QVERIFY(field(m, "last_order_at").isNull());
        QCOMPARE(field(m, "paid_orders").toInt(), 0);
    }

    void churnStartsExactlyAtChurnDays()
    {
        const qint64 onBoundary = addMember(QStringLiteral("boundary"), daysAgo(300));
        addEvent(onBoundary, daysAgo(60));
        const qint64 justInside = addMember(QStringLiteral("inside"), daysAgo(300));
        addEvent(justInside, daysAgo(60) + 1);
        const qint64 joinedOnBoundary = addMember(QStringLiteral("joined"), daysAgo(60));
        const qint64 buyerOnBoundary = addMember(QStringLiteral("buyer"), daysAgo(300));
        addOrder(buyerOnBoundary, daysAgo(60), 100);
        refresh();
        QCOMPARE(stage(onBoundary), lifecycle::churn);
        QCOMPARE(stage(justInside), lifecycle::interest);
        QCOMPARE(stage(joinedOnBoundary), lifecycle::churn);
        QCOMPARE(stage(buyerOnBoundary), lifecycle::churn);
    }

    void churnDaysIsASetting()
    {
        QVERIFY(settings::churnDays.set(ws(), 30).ok());
        const qint64 m = addMember(QStringLiteral("m"), daysAgo(100));
        addEvent(m, daysAgo(40));
        refresh();
        QCOMPARE(stage(m), lifecycle::churn);
        QVERIFY(settings::churnDays.set(ws(), 60).ok());
        refresh();
        QCOMPARE(stage(m), lifecycle::interest);
    }

    void recordsStageChanges()
    {
        const qint64 m = addMember(QStringLiteral("m"), daysAgo(20));
        const qint64 still = addMember(QStringLiteral("still"), daysAgo(20));
        refresh();
        // Nothing changed since joining: both in awareness since the join, one row each (the
        // stage they joined in).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE at = ? AND "
                                      "from_stage IS NULL AND to_stage = 'awareness' AND "
                                      "by_rules = 1"),
                       {daysAgo(20)}),
                 2);
        QCOMPARE(field(m, "stage_since").toLongLong(), daysAgo(20));

        // An event a day ago: interest since that event, recorded at its time.
        addEvent(m, daysAgo(1));
        refresh();
        QCOMPARE(stage(m), lifecycle::interest);
        QCOMPARE(field(m, "stage_since").toLongLong(), daysAgo(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE member_ref = ? AND "
                                      "at = ? AND from_stage = 'awareness' AND to_stage = "
                                      "'interest'"),
                       {m, daysAgo(1)}),
                 1);

        // The same refresh again changes nothing.
        refresh();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history")), 3);

        // Sixty days of silence later both churn, each at sixty days after its last touch.
        const qint64 later = asOf + 60 * dayLength;
        refresh(later);
        QCOMPARE(stage(m), lifecycle::churn);
        QCOMPARE(stage(still), lifecycle::churn);
        QCOMPARE(field(m, "stage_since").toLongLong(), daysAgo(1) + 60 * dayLength);
        QCOMPARE(field(still, "stage_since").toLongLong(), daysAgo(20) + 60 * dayLength);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE to_stage = "
                                      "'churn'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE member_ref = ? "
                                      "AND from_stage = 'interest'"),
                       {m}),
                 1);
    }

    void leavesDeletedMembersAlone()
    {
        const qint64 m = addMember(QStringLiteral("erased"), daysAgo(100));
        addEvent(m, daysAgo(1));
        exec(QStringLiteral("UPDATE members SET deleted_at = ? WHERE id = ?"), {daysAgo(2), m});
        refresh();
        QCOMPARE(stage(m), lifecycle::awareness);
        QVERIFY(field(m, "last_active_at").isNull());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history")), 0);
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        for (int i = 0; i < 20; ++i) {
            const qint64 m = addMember(QStringLiteral("m%1").arg(i), daysAgo(100 - i));
            if (i % 2)
                addEvent(m, daysAgo(i));
            if (i % 3 == 0)
                addOrder(m, daysAgo(i + 1), 100 * i);
        }
        const QByteArray before = dump();
        for (int stopAt : {0, 40, 70, 80, 97, 99}) {
            QList<int> seen;
            const Status status = lifecycle::refresh(ws(), asOf, [&seen, stopAt](int percent) {
                seen.append(percent);
                return percent < stopAt;
            });
            QVERIFY(!status.ok());
            QCOMPARE(status.error().message, QStringLiteral("cancelled"));
            QCOMPARE(dump(), before);
            QCOMPARE(ws().transactionDepth(), 0);
        }
        // And it still works afterwards, reporting progress up to 100.
        QList<int> seen;
        QVERIFY(lifecycle::refresh(ws(), asOf, [&seen](int percent) {
                    seen.append(percent);
                    return true;
                }).ok());
        QVERIFY(dump() != before);
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void nestsInAnOuterTransaction()
    {
        const qint64 m = addMember(QStringLiteral("m"), daysAgo(100));
        {
            Transaction outer(ws());
            QVERIFY(outer.isActive());
            refresh();
            QCOMPARE(stage(m), lifecycle::churn);
            // outer rolls back
        }
        QCOMPARE(stage(m), lifecycle::awareness);
    }

    void keysTitlesAndRules()
    {
        QCOMPARE(lifecycle::stageKeys(),
                 QStringList({QStringLiteral("awareness"), QStringLiteral("interest"),
                              QStringLiteral("purchase"), QStringLiteral("loyalty"),
                              QStringLiteral("churn")}));
        for (const QString &key : lifecycle::stageKeys())
            QVERIFY(!lifecycle::stageTitle(key).isEmpty());
        QCOMPARE(lifecycle::stageTitle(QStringLiteral("loyalty")), QStringLiteral("Loyalty"));
        QCOMPARE(lifecycle::stageTitle(QStringLiteral("unknown")), QStringLiteral("unknown"));
        const auto &rules = lifecycle::rules();
        QCOMPARE(int(rules.size()), 5);
        QCOMPARE(QLatin1String(rules.front().stage), QLatin1String("churn"));
        QCOMPARE(QLatin1String(rules.back().condition), QLatin1String("1"));
        for (const auto &rule : rules)
            QVERIFY(lifecycle::stageKeys().contains(QLatin1String(rule.stage)));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
