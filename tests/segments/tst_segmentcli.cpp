// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfixture.h"

#include "models/segments/segmentevaluator.h"
#include "models/segments/segmentrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace siyu;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

Run siyuRun(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SIYU_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestSegmentCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    Run segment(const QStringList &arguments)
    {
        return siyuRun(
            QStringList{QStringLiteral("segment"), QStringLiteral("--workspace"), m_workspace} +
            arguments);
    }

    int auditRows()
    {
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        if (!ws)
            return -1;
        return sql::scalar((*ws)->db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'export'"))
            ->toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(SIYU_BINARY)));
        m_workspace = m_dir.filePath(QStringLiteral("cli.siyu"));
        auto ws = Workspace::open(m_workspace);
        QVERIFY(ws.ok());
        QVERIFY(segmentfixture::build(**ws));
        SegmentRepository repository(**ws);
        QVERIFY(repository
                    .saveDynamic(QStringLiteral("Beijing"),
                                 *Rule::parse(QStringLiteral(
                                     R"({"field":"city","op":"=","value":"Beijing"})")))
                    .ok());
    }

    void countPrintsTheNumberOnly()
    {
        const Run run = segment(
            {QStringLiteral("--rule"),
             QStringLiteral(R"({"orders":{"count":[">=",1],"within_days":30}})"),
             QStringLiteral("--as-of"), QStringLiteral("2026-11-16"), QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("2\n"));
        QVERIFY(run.err.isEmpty());
    }

    void asOfMovesTheWindow()
    {
        const QString rule = QStringLiteral(R"({"orders":{"within_days":30}})");
        const Run later = segment({QStringLiteral("--rule"), rule, QStringLiteral("--as-of"),
                                   QStringLiteral("2026-11-16 00:00:01")});
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(later.out, QStringLiteral("m01\nm05\n"));
        // The same instant written with its offset.
        const Run utc = segment({QStringLiteral("--rule"), rule, QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-15T16:00:00Z")});
        QCOMPARE(utc.out, QStringLiteral("m01\nm02\n"));
    }

    // Every form of the contract's times is an as-of time: the count is the one the evaluator
    // gives at that instant (the workspace is in Asia/Shanghai).
    void asOfAcceptsEveryTimeForm_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("instant");
        const auto row = [](const char *text, const char *local) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(local);
        };
        row("2026-11-16", "2026-11-16 00:00");
        row("2026-11-16 09:30", "2026-11-16 09:30");
        row("2026-11-16 09:30:15", "2026-11-16 09:30:15");
        row("2026-11-16T09:30:15", "2026-11-16 09:30:15");
        row("2026-11-16T01:30:15Z", "2026-11-16 09:30:15");
        row("2026-11-16T09:30:15+08:00", "2026-11-16 09:30:15");
        row("2026-11-16 02:30-0700", "2026-11-16 17:30");
        row("2026-10-17", "2026-10-17 00:00");
        row("2026-8-5", "2026-08-05 00:00");
    }

    void asOfAcceptsEveryTimeForm()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, instant);
        const QString rule =
            QStringLiteral(R"({"any":[{"orders":{"count":[">=",1],"within_days":30}},)"
                           R"({"events":{"type":"message","within_days":1}},)"
                           R"({"in_group":"g1"}]})");
        const qint64 at = segmentfixture::at(instant.toLatin1().constData());
        QString expected;
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(ws.ok());
            SegmentEvaluator evaluator(**ws, at);
            auto ids = evaluator.memberIds(evaluator.condition(*Rule::parse(rule)));
            QVERIFY(ids.ok());
            expected =
                ids->isEmpty() ? QString() : ids->join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        const Run run = segment({QStringLiteral("--rule"), rule, QStringLiteral("--as-of"), asOf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, expected);
        const Run count = segment({QStringLiteral("--rule"), rule, QStringLiteral("--as-of"), asOf,
                                   QStringLiteral("--count")});
        QCOMPARE(count.out, QString::number(expected.count(QLatin1Char('\n'))) + QLatin1Char('\n'));
    }

    // A time that is not one of those forms is a usage error naming --as-of and the value,
    // and nothing is printed.
    void asOfRefusesOtherTimes_data()
    {
        QTest::addColumn<QString>("asOf");
        for (const char *text : {"yesterday", "2026-13-01", "2026-02-30", "2026-11-16 25:00",
                                 "2026-11-16 09:61", "16/11/2026", "2026-W47", "20261116",
                                 "2026-11-16T", "2026-11-16 09", "1763251200", ""})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void asOfRefusesOtherTimes()
    {
        QFETCH(QString, asOf);
        const Run run = segment({QStringLiteral("--rule"), QStringLiteral(R"({"tag":"VIP"})"),
                                 QStringLiteral("--as-of"), asOf, QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 2);
        const QString first = run.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.contains(QLatin1String("--as-of '") + asOf + QLatin1Char('\'')),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // A malformed rule is a usage error (exit 2), one line naming the node; nothing printed.
    void malformedRulesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("node");
        const auto row = [](const char *rule, const char *node) {
            QTest::newRow(rule) << QString::fromUtf8(rule) << QString::fromUtf8(node);
        };
        row(R"({"any":[{"tag":"a"},{"wat":1}]})", "any[1]: ");
        row(R"({"not":{"field":"gender","op":"<","value":"F"}})", "not.op: ");
        row(R"({"all":[{"field":"City","op":"=","value":"上海"}]})", "all[0].field: ");
        row(R"({"rfm":"vip"})", "rfm: ");
        row(R"({"tier":{"spending":"top"}})", "tier.spending: ");
        row(R"({"orders":{"count":[">=",2],"within_days":90,"extra":true}})", "orders.extra: ");
        row(R"({"events":{"type":"wave"}})", "events.type: ");
    }

    void malformedRulesAreUsageErrors()
    {
        QFETCH(QString, rule);
        QFETCH(QString, node);
        const Run run = segment({QStringLiteral("--rule"), rule, QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0)
                     .contains(QLatin1String("malformed rule: ") + node),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // The tier node through the command line: the members the evaluator selects in-process.
    void tierNodeSelectsByValueTier()
    {
        const QString rule = QStringLiteral(R"({"tier":{"frequency":"medium"}})");
        QString expected;
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(ws.ok());
            SegmentEvaluator evaluator(**ws, segmentfixture::asOf());
            auto ids = evaluator.memberIds(evaluator.condition(*Rule::parse(rule)));
            QVERIFY(ids.ok());
            QVERIFY(!ids->isEmpty());
            expected = ids->join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        const Run run = segment({QStringLiteral("--rule"), rule, QStringLiteral("--as-of"),
                                 QStringLiteral("2026-11-16")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);
        const Run bad =
            segment({QStringLiteral("--rule"), QStringLiteral(R"({"tier":{"spending":"top"}})"),
                     QStringLiteral("--count")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("tier.spending")), qPrintable(bad.err));
    }

    void listsMemberIds()
    {
        const Run run = segment({QStringLiteral("--rule"), QStringLiteral(R"({"tag":"老客户"})")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("m02\nm04\n"));
    }

    void ruleFromFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("rule.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"any":[{"in_group":"g2"},{"field":"city","op":"=","value":"Shenzhen"}]})");
        file.close();
        const Run run =
            segment({QStringLiteral("--rule"), QLatin1Char('@') + path, QStringLiteral("--count"),
                     QStringLiteral("--as-of"), QStringLiteral("2026-11-16")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("3\n"));
        const Run missing = segment({QStringLiteral("--rule"),
                                     QStringLiteral("@") + m_dir.filePath(QStringLiteral("x")),
                                     QStringLiteral("--count")});
        QCOMPARE(missing.exitCode, 1);
    }

    void savedSegmentByNameRecordsItsSize()
    {
        const Run run =
            segment({QStringLiteral("--name"), QStringLiteral("Beijing"), QStringLiteral("--count"),
                     QStringLiteral("--as-of"), QStringLiteral("2026-11-16")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("2\n"));
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        auto size =
            sql::scalar((*ws)->db(), QStringLiteral("SELECT size FROM segment_sizes WHERE at = ?"),
                        {segmentfixture::asOf()});
        QCOMPARE(size->toInt(), 2);
        const Run unknown = segment({QStringLiteral("--name"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("nope")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString rule = QStringLiteral(R"({"tag":"VIP"})");
        QTest::newRow("no rule") << QStringList{QStringLiteral("--count")}
                                 << QStringLiteral("--rule");
        QTest::newRow("rule and name")
            << QStringList{QStringLiteral("--rule"), rule, QStringLiteral("--name"),
                           QStringLiteral("Beijing")}
            << QStringLiteral("--rule");
        QTest::newRow("count and export")
            << QStringList{QStringLiteral("--rule"), rule, QStringLiteral("--count"),
                           QStringLiteral("--export"), QStringLiteral("x.csv")}
            << QStringLiteral("--export");
        QTest::newRow("malformed rule")
            << QStringList{QStringLiteral("--rule"),
                           QStringLiteral(
                               R"({"all":[{"tag":"a"},{"orders":{"count":[">=","x"]}}]})")}
            << QStringLiteral("all[1].orders.count");
        QTest::newRow("not json") << QStringList{QStringLiteral("--rule"), QStringLiteral("{")}
                                  << QStringLiteral("JSON");
        QTest::newRow("bad as-of")
            << QStringList{QStringLiteral("--rule"), rule, QStringLiteral("--as-of"),
                           QStringLiteral("yesterday")}
            << QStringLiteral("--as-of");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--rule"), rule, QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = segment(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingWorkspaceIsBadInput()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.siyu"));
        const Run run = siyuRun({QStringLiteral("segment"), QStringLiteral("--workspace"), missing,
                                 QStringLiteral("--rule"),
                                 QStringLiteral(R"({"field":"member_id","op":"not_empty"})"),
                                 QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

    // --export may not replace the workspace (by any name) or the rule's @FILE: a usage error
    // before anything is opened.
    void exportMayNotNameTheWorkspaceOrTheRule()
    {
        const QByteArray workspaceBytes = readAll(m_workspace);
        const int before = auditRows();
        const QString ruleFile = m_dir.filePath(QStringLiteral("rule.json"));
        const QByteArray ruleJson = R"({"field":"city","op":"=","value":"Beijing"})";
        QVERIFY(writeAll(ruleFile, ruleJson));
        const QString link = m_dir.filePath(QStringLiteral("ws-link.csv"));
        QVERIFY(QFile::link(m_workspace, link));
        const QString hard = m_dir.filePath(QStringLiteral("ws-hard.csv"));
        QCOMPARE(
            ::link(QFile::encodeName(m_workspace).constData(), QFile::encodeName(hard).constData()),
            0);
        const QStringList targets{m_workspace,
                                  m_workspace + QStringLiteral("-wal"),
                                  m_workspace + QStringLiteral("-shm"),
                                  link,
                                  hard,
                                  ruleFile};
        for (const QString &target : targets) {
            const Run run = segment({QStringLiteral("--rule"), QLatin1Char('@') + ruleFile,
                                     QStringLiteral("--export"), target});
            QVERIFY2(run.exitCode == 2, qPrintable(target + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String("--export")), qPrintable(run.err));
            QCOMPARE(readAll(m_workspace), workspaceBytes);
            QCOMPARE(readAll(ruleFile), ruleJson);
        }
        QCOMPARE(auditRows(), before);
    }

    // Every byte checked: an export to a full disk fails, with no audit row.
    void exportToAFullDiskFails()
    {
        const int before = auditRows();
        const Run run = segment({QStringLiteral("--rule"),
                                 QStringLiteral(R"({"field":"member_id","op":"not_empty"})"),
                                 QStringLiteral("--export"), QStringLiteral("/dev/full")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("/dev/full")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("exported")));
        QCOMPARE(auditRows(), before);
    }

    // Text cells a spreadsheet would run as formulas get a leading apostrophe (OWASP).
    void exportNeutralisesFormulas()
    {
        const QString path = m_dir.filePath(QStringLiteral("formulas.siyu"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            QVERIFY(segmentfixture::build(**ws));
            QVERIFY(sql::exec((*ws)->db(),
                              QStringLiteral("UPDATE members SET name = ?, remark = ?, city = ?, "
                                             "source = ? WHERE member_id = 'm05'"),
                              {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                               QStringLiteral("-5 apples"), QStringLiteral("@SUM(A1)"),
                               QStringLiteral("\tshop")})
                        .ok());
            QVERIFY(sql::exec((*ws)->db(),
                              QStringLiteral("UPDATE members SET name = ?, remark = "
                                             "? WHERE member_id = 'm04'"),
                              {QStringLiteral("+1+1"), QStringLiteral("\r=1")})
                        .ok());
        }
        const QString out = m_dir.filePath(QStringLiteral("formulas.csv"));
        const Run run = siyuRun({QStringLiteral("segment"), QStringLiteral("--workspace"), path,
                                 QStringLiteral("--rule"),
                                 QStringLiteral(R"({"field":"member_id","op":"in",)"
                                                R"("value":["m04","m05","m01"]})"),
                                 QStringLiteral("--export"), out});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(readAll(out)).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("m01,Alice Chen,")),
                 qPrintable(lines.value(1)));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("m04,'+1+1,\"'\r=1\",")),
                 qPrintable(lines.value(2)));
        QVERIFY2(lines.value(3).startsWith(QStringLiteral(
                     "m05,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'-5 apples,F,'@SUM(A1)"
                     ",,,'\tshop,")),
                 qPrintable(lines.value(3)));
    }

    // phone and email: presence only; a comparison would reveal them through --count.
    void personalFieldsCannotBeCompared()
    {
        for (const char *rule :
             {R"({"field":"phone","op":"starts_with","value":"138"})",
              R"({"all":[{"tag":"VIP"},{"field":"email","op":"contains","value":"@example"}]})",
              R"({"field":"phone","op":"in","value":["13812345678"]})",
              R"({"not":{"field":"email","op":">=","value":"a"}})"}) {
            const Run run = segment(
                {QStringLiteral("--rule"), QString::fromUtf8(rule), QStringLiteral("--count")});
            QVERIFY2(run.exitCode == 2, rule);
            QVERIFY2(run.err.contains(QLatin1String("field: ")) &&
                         run.err.contains(QLatin1String("personal data")),
                     qPrintable(run.err));
            QCOMPARE(run.out, QString());
        }
        const Run nested = segment(
            {QStringLiteral("--rule"),
             QStringLiteral(R"({"all":[{"tag":"VIP"},{"field":"email","op":"=","value":"x"}]})"),
             QStringLiteral("--count")});
        QVERIFY2(nested.err.contains(QLatin1String("all[1].field")), qPrintable(nested.err));
        const Run presence = segment({QStringLiteral("--rule"),
                                      QStringLiteral(R"({"field":"phone","op":"not_empty"})"),
                                      QStringLiteral("--count")});
        QCOMPARE(presence.exitCode, 0);
        QCOMPARE(presence.out, QStringLiteral("2\n"));
    }

    // A million values in one `in` list count in about a second (it was minutes); rules too
    // deep or too wide are usage errors naming the node.
    void bigRules()
    {
        QByteArray list = R"({"field":"member_id","op":"in","value":["m03")";
        for (int i = 0; i < 1000000; ++i)
            list += ",\"x" + QByteArray::number(i) + '"';
        list += R"(,"m01","m06"]})";
        const QString ruleFile = m_dir.filePath(QStringLiteral("million.json"));
        QVERIFY(writeAll(ruleFile, list));
        QElapsedTimer clock;
        clock.start();
        const Run run = segment(
            {QStringLiteral("--rule"), QLatin1Char('@') + ruleFile, QStringLiteral("--count")});
        const qint64 ms = clock.elapsed();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("2\n"));
        qInfo("1,000,000-value in list counted in %lld ms", ms);
        QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));

        QString deep = QStringLiteral(R"({"tag":"VIP"})");
        for (int i = 0; i < 40; ++i)
            deep = QStringLiteral(R"({"not":%1})").arg(deep);
        const Run tooDeep = segment({QStringLiteral("--rule"), deep, QStringLiteral("--count")});
        QCOMPARE(tooDeep.exitCode, 2);
        QVERIFY2(tooDeep.err.contains(QStringLiteral("not.not.not")) &&
                     tooDeep.err.contains(QLatin1String("32")),
                 qPrintable(tooDeep.err));
        QStringList children;
        for (int i = 0; i < 999; ++i)
            children << QStringLiteral(R"({"field":"city","op":"=","value":"c%1"})").arg(i);
        const Run tooWide =
            segment({QStringLiteral("--rule"),
                     QStringLiteral(R"({"any":[%1]})").arg(children.join(QLatin1Char(','))),
                     QStringLiteral("--count")});
        QCOMPARE(tooWide.exitCode, 2);
        QVERIFY2(tooWide.err.contains(QLatin1String("any: ")) &&
                     tooWide.err.contains(QLatin1String("500")),
                 qPrintable(tooWide.err));
        QVERIFY(!tooWide.err.contains(QLatin1String("SQL")));
    }

    void exportWritesMaskedCsvAndAnAuditRow()
    {
        const int before = auditRows();
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        const Run run = segment({QStringLiteral("--rule"),
                                 QStringLiteral(R"({"field":"phone","op":"not_empty"})"),
                                 QStringLiteral("--export"), path});
        QCOMPARE(run.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("member_id,name,remark,gender,city,phone,email,"
                                               "source,staff,joined_at,stage,tags\r\n")));
        QVERIFY(text.contains(QStringLiteral("138****5678")));
        QVERIFY(text.contains(QStringLiteral("a***@example.com")));
        QVERIFY(text.contains(QStringLiteral("139****1111")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(!text.contains(QStringLiteral("alice@example.com")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3);
        QCOMPARE(auditRows(), before + 1);
        // Unwritable: bad input, no audit row.
        const Run bad = segment(
            {QStringLiteral("--rule"), QStringLiteral(R"({"field":"member_id","op":"not_empty"})"),
             QStringLiteral("--export"), m_dir.filePath(QStringLiteral("no/dir/x.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(auditRows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
