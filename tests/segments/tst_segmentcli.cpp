// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfixture.h"

#include "models/segments/segmentrepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

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
                                 QStringLiteral("--rule"), QStringLiteral(R"({"all":[]})"),
                                 QStringLiteral("--count")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(missing));
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
        const Run bad =
            segment({QStringLiteral("--rule"), QStringLiteral(R"({"all":[]})"),
                     QStringLiteral("--export"), m_dir.filePath(QStringLiteral("no/dir/x.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(auditRows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "tst_segmentcli.moc"
