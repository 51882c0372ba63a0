// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpifixture.h"

#include "models/kpi/kpiengine.h"
#include "models/kpi/metric.h"
#include "models/store/settings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>
#include <iterator>

using namespace siyu;
using namespace siyu::kpi;
using siyu::test::KpiFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runSiyu(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SIYU_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QStringList contractKeys{QStringLiteral("new_members"),
                               QStringLiteral("total_members"),
                               QStringLiteral("active_members"),
                               QStringLiteral("activity_rate"),
                               QStringLiteral("churned_members"),
                               QStringLiteral("churn_rate"),
                               QStringLiteral("content_reads"),
                               QStringLiteral("content_likes"),
                               QStringLiteral("content_comments"),
                               QStringLiteral("content_shares"),
                               QStringLiteral("interaction_rate"),
                               QStringLiteral("ctr"),
                               QStringLiteral("buyers"),
                               QStringLiteral("conversion_rate"),
                               QStringLiteral("gmv"),
                               QStringLiteral("orders"),
                               QStringLiteral("aov"),
                               QStringLiteral("repurchase_rate"),
                               QStringLiteral("arpu"),
                               QStringLiteral("ltv"),
                               QStringLiteral("cac"),
                               QStringLiteral("roi"),
                               QStringLiteral("k_factor"),
                               QStringLiteral("satisfaction")};

// A small brand in the week 2026-W47: some KPIs defined, some not (no content, no survey).
void fill(KpiFixture &f)
{
    const qint64 a = f.member("2026-01-05");
    const qint64 b = f.member("2026-11-17", a);
    f.member("2026-11-18", a);
    f.event(a, "message", "2026-11-16 08:00");
    f.event(b, "like", "2026-11-20");
    const qint64 c = f.campaign();
    f.order(a, 1250, "2026-11-17", false, c);
    f.order(a, 2500, "2026-11-19");
    f.order(b, 999, "2026-11-21", true);
    f.cost(c, 3000, "2026-11-16");
}

QJsonObject parse(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

} // namespace

class TestKpiCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasExactlyTheContractKeys()
    {
        KpiFixture f;
        fill(f);
        const Run run = runSiyu({QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parse(run);
        QStringList keys = json.keys();
        QStringList expected = contractKeys;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        // ... written in the contract's order.
        qsizetype position = -1;
        for (const QString &key : contractKeys) {
            const qsizetype at = run.out.indexOf(QByteArray('"' + key.toLatin1() + '"'));
            QVERIFY2(at > position, qPrintable(key));
            position = at;
        }

        QCOMPARE(json.value(QStringLiteral("new_members")).toDouble(), 2.0);
        QCOMPARE(json.value(QStringLiteral("total_members")).toDouble(), 3.0);
        QCOMPARE(json.value(QStringLiteral("active_members")).toDouble(), 2.0);
        QCOMPARE(json.value(QStringLiteral("gmv")).toDouble(), 37.5);
        QCOMPARE(json.value(QStringLiteral("aov")).toDouble(), 18.75);
        QCOMPARE(json.value(QStringLiteral("orders")).toDouble(), 2.0);
        QCOMPARE(json.value(QStringLiteral("repurchase_rate")).toDouble(), 1.0);
        QCOMPARE(json.value(QStringLiteral("cac")).toDouble(), 15.0);
        QCOMPARE(json.value(QStringLiteral("roi")).toDouble(), (12.5 - 30.0) / 30.0);
        QCOMPARE(json.value(QStringLiteral("k_factor")).toDouble(), 2.0);
        QCOMPARE(json.value(QStringLiteral("content_reads")).toDouble(), 0.0);
        for (const char *undefined : {"interaction_rate", "ctr", "satisfaction"})
            QVERIFY2(json.value(QLatin1String(undefined)).isNull(), undefined);
        QCOMPARE(json.value(QStringLiteral("churn_rate")).toDouble(), 0.0); // 0 of 1
        QVERIFY(json.value(QStringLiteral("churn_rate")).isDouble());

        // Every value is the engine's.
        auto values = KpiEngine(f.ws()).compute(f.week("2026-W47"));
        QVERIFY(values.ok());
        for (const MetricInfo &m : metrics()) {
            const QJsonValue v = json.value(QLatin1String(m.key));
            const auto engine = values->value(m.metric);
            QCOMPARE(v.isNull(), !engine.has_value());
            if (engine)
                QCOMPARE(v.toDouble(), *engine);
        }
    }

    // A week not begun has no KPIs: exit 1, one line on stderr, nothing on stdout or on disk.
    void futurePeriodIsRefused()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        fill(f);
        const QStringList kpi{QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                              QStringLiteral("--as-of"), QStringLiteral("2026-11-19 15:00")};
        const QList<QStringList> refused{
            kpi + QStringList{QStringLiteral("--week"), QStringLiteral("2026-W48")},
            kpi + QStringList{QStringLiteral("--week"), QStringLiteral("2026-W48"),
                              QStringLiteral("--json")},
            kpi + QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-20"),
                              QStringLiteral("--to"), QStringLiteral("2026-11-27")}};
        for (const QStringList &arguments : refused) {
            const Run run = runSiyu(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.trimmed().count('\n'), 0);
            QVERIFY(!run.err.trimmed().isEmpty());
        }
        const QString pdf = QFileInfo(f.path()).absolutePath() + QStringLiteral("/future.pdf");
        const Run report =
            runSiyu({QStringLiteral("report"), QStringLiteral("--workspace"), f.path(),
                     QStringLiteral("--week"), QStringLiteral("2026-W48"), QStringLiteral("--out"),
                     pdf, QStringLiteral("--as-of"), QStringLiteral("2026-11-22 23:59")});
        QCOMPARE(report.exitCode, 1);
        QVERIFY(report.out.isEmpty());
        // One line of ours (Qt may warn about the environment of a display-less run).
        QByteArrayList lines = report.err.trimmed().split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("QStandardPaths:"); });
        QCOMPARE(lines.size(), 1);
        QVERIFY(!QFile::exists(pdf));
    }

    // The week of "now" is so far, against the same part of the week before.
    void currentWeekIsSoFar()
    {
        KpiFixture f;
        fill(f);
        const QStringList common{QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--week"), QStringLiteral("2026-W47")};
        // Wednesday 15:00: the order of Tuesday (12.50) counted, Thursday's not.
        const Run json =
            runSiyu(common + QStringList{QStringLiteral("--json"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-18 15:00")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(parse(json).value(QStringLiteral("gmv")).toDouble(), 12.5);
        QCOMPARE(parse(json).value(QStringLiteral("new_members")).toDouble(), 2.0);
        const Run table = runSiyu(
            common + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-18 15:00")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("so far (until 2026-11-18 15:00)"), table.out.constData());
        QVERIFY2(table.out.contains("until 2026-11-11 15:00"), table.out.constData());
        // Ended: the whole week, no "so far".
        const Run ended = runSiyu(
            common + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-23 00:00")});
        QCOMPARE(ended.exitCode, 0);
        QVERIFY(!ended.out.contains("so far"));
        const Run endedJson =
            runSiyu(common + QStringList{QStringLiteral("--json"), QStringLiteral("--as-of"),
                                         QStringLiteral("2026-11-23 00:00")});
        QCOMPARE(parse(endedJson).value(QStringLiteral("gmv")).toDouble(), 37.5);
    }

    void datesAreLocalMidnights()
    {
        KpiFixture f(QStringLiteral("Asia/Shanghai"));
        fill(f);
        const QStringList common{QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--json")};
        const Run week =
            runSiyu(common + QStringList{QStringLiteral("--week"), QStringLiteral("2026-W47")});
        const Run dates =
            runSiyu(common + QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                                         QStringLiteral("--to"), QStringLiteral("2026-11-23")});
        QCOMPARE(week.exitCode, 0);
        QCOMPARE(dates.exitCode, 0);
        QCOMPARE(dates.out, week.out);
        QCOMPARE(parse(week).value(QStringLiteral("active_members")).toDouble(), 2.0);
        // A day later the Monday 08:00 message is outside.
        const Run later =
            runSiyu(common + QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-17"),
                                         QStringLiteral("--to"), QStringLiteral("2026-11-24")});
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(parse(later).value(QStringLiteral("active_members")).toDouble(), 1.0);
    }

    // The canonical CSV files through `siyu import`, then `siyu kpi`: every KPI computed by
    // hand (tests/kpi/data). Times without an offset are local, so the week's KPIs are the same
    // in any zone.
    void importedFilesGiveHandComputedKpis_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("UTC") << QStringLiteral("UTC");
        QTest::newRow("Shanghai") << QStringLiteral("Asia/Shanghai");
        QTest::newRow("New York") << QStringLiteral("America/New_York");
    }

    void importedFilesGiveHandComputedKpis()
    {
        QFETCH(QString, zone);
        KpiFixture f(zone);
        const std::pair<const char *, const char *> files[] = {
            {"siyu-members", "members.csv"}, {"siyu-campaigns", "campaigns.csv"},
            {"siyu-content", "content.csv"}, {"siyu-events", "events.csv"},
            {"siyu-orders", "orders.csv"},   {"siyu-campaign-costs", "campaign_costs.csv"}};
        for (const auto &[preset, file] : files) {
            const Run run = runSiyu({QStringLiteral("import"), QStringLiteral("--workspace"),
                                     f.path(), QStringLiteral("--preset"), QLatin1String(preset),
                                     QStringLiteral(SIYU_TEST_DATA "/") + QLatin1String(file)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const Run run = runSiyu({QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parse(run);
        const std::pair<const char *, double> expected[] = {
            {"new_members", 2}, // B on the first second, C; D joins at the end
            {"total_members", 4},
            {"active_members", 3},
            {"activity_rate", 3.0 / 4.0},
            {"churned_members", 1}, // E: joined 09-20, nothing since: churns 11-19
            {"churn_rate", 1.0 / 2.0},
            {"content_reads", 300},
            {"content_likes", 30},
            {"content_comments", 5},
            {"content_shares", 5},
            {"interaction_rate", 40.0 / 300.0},
            {"ctr", 40.0 / 300.0},
            {"buyers", 2}, // B's order is refunded
            {"conversion_rate", 2.0 / 3.0},
            {"gmv", 170.25},
            {"orders", 3},
            {"aov", 170.25 / 3.0},
            {"repurchase_rate", 0.5},
            {"arpu", 170.25 / 3.0},
            {"ltv", (100.5 + 49.5 + 10.0 + 20.25) / 4.0},
            {"cac", 60.0 / 2.0},
            {"roi", (120.75 - 60.0) / 60.0},
            {"k_factor", 2},
            {"satisfaction", 4.5}};
        QCOMPARE(json.size(), qsizetype(std::size(expected)));
        for (const auto &[key, value] : expected) {
            const QJsonValue actual = json.value(QLatin1String(key));
            QVERIFY2(actual.isDouble(), key);
            QVERIFY2(std::abs(actual.toDouble() - value) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(QLatin1String(key))
                                    .arg(actual.toDouble())
                                    .arg(value)));
        }
    }

    void readableTable()
    {
        KpiFixture f;
        fill(f);
        const Run run = runSiyu({QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--week"), QStringLiteral("2026-W47")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.contains(QStringLiteral("2026-W47")));
        QVERIFY(out.contains(QStringLiteral("2026-W46")));
        for (const char *heading : {"KPI", "Value", "Previous", "Change"})
            QVERIFY2(out.contains(QLatin1String(heading)), heading);
        for (const MetricInfo &m : metrics())
            QVERIFY2(out.contains(title(m.metric)), qPrintable(title(m.metric)));
        QVERIFY(out.contains(QStringLiteral("¥37.50"))); // the workspace's currency, CNY
        QVERIFY(out.contains(QStringLiteral("—")));
    }

    // Amounts in the workspace's currency; --json stays plain numbers.
    void tableShowsTheWorkspaceCurrency()
    {
        KpiFixture f;
        fill(f);
        QVERIFY(settings::currency.set(f.ws(), QStringLiteral("USD")));
        const QStringList common{QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path(),
                                 QStringLiteral("--week"), QStringLiteral("2026-W47")};
        const Run table = runSiyu(common);
        QCOMPARE(table.exitCode, 0);
        const QString out = QString::fromUtf8(table.out);
        QVERIFY2(out.contains(QStringLiteral("$37.50")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("¥")));
        const Run json = runSiyu(common + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains('$'));
        QCOMPARE(parse(json).value(QStringLiteral("gmv")).toDouble(), 37.5);
    }

    void missingWorkspaceIsBadInput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.siyu"));
        const Run run = runSiyu({QStringLiteral("kpi"), QStringLiteral("--workspace"), path,
                                 QStringLiteral("--week"), QStringLiteral("2026-W47")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList result;
            for (const char *item : items)
                result << QString::fromLatin1(item);
            return result;
        };
        QTest::newRow("no week 54") << list({"--week", "2026-W54"});
        QTest::newRow("2027 has 52 weeks") << list({"--week", "2027-W53"});
        QTest::newRow("not a week") << list({"--week", "last week"});
        QTest::newRow("empty period") << list({"--from", "2026-11-20", "--to", "2026-11-20"});
        QTest::newRow("backwards") << list({"--from", "2026-11-21", "--to", "2026-11-20"});
        QTest::newRow("both") << list(
            {"--week", "2026-W47", "--from", "2026-11-16", "--to", "2026-11-23"});
        QTest::newRow("neither") << list({});
        QTest::newRow("from alone") << list({"--from", "2026-11-16"});
        QTest::newRow("no such day") << list({"--from", "2026-02-30", "--to", "2026-03-02"});
        QTest::newRow("not a date") << list({"--from", "monday", "--to", "2026-03-02"});
        QTest::newRow("unknown option") << list({"--week", "2026-W47", "--previous"});
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        KpiFixture f;
        const Run run =
            runSiyu(QStringList{QStringLiteral("kpi"), QStringLiteral("--workspace"), f.path()} +
                    arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void workspaceIsRequired()
    {
        const Run run =
            runSiyu({QStringLiteral("kpi"), QStringLiteral("--week"), QStringLiteral("2026-W47")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKpiCommand)
#include "tst_kpicommand.moc"
