// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;
using namespace siyu::testing;

class TestDemoCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run siyu(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SIYU_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static qint64 members(const QString &file)
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::MustExist);
        return ws ? countOf(**ws, QStringLiteral("SELECT count(*) FROM members")) : -1;
    }

private slots:
    void fillsAWorkspace()
    {
        const Run run = siyu({QStringLiteral("demo"), QStringLiteral("--workspace"),
                              path("cli.siyu"), QStringLiteral("--members"), QStringLiteral("60"),
                              QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QRegularExpression summary(
            QStringLiteral("^members 60, events (\\d+), orders (\\d+), [\\d.]+ s\\n$"));
        const auto match = summary.match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        auto ws = Workspace::open(path("cli.siyu"), Workspace::OpenMode::MustExist);
        QVERIFY(ws);
        QCOMPARE(countOf(**ws, QStringLiteral("SELECT count(*) FROM members")), qint64(60));
        QCOMPARE(countOf(**ws, QStringLiteral("SELECT count(*) FROM events")),
                 match.captured(1).toLongLong());
        QCOMPARE(countOf(**ws, QStringLiteral("SELECT count(*) FROM orders")),
                 match.captured(2).toLongLong());
    }

    void sameSeedAndNowGiveTheSameFile()
    {
        const QStringList common{QStringLiteral("demo"),
                                 QStringLiteral("--members"),
                                 QStringLiteral("40"),
                                 QStringLiteral("--seed"),
                                 QStringLiteral("-5"),
                                 QStringLiteral("--now"),
                                 QStringLiteral("2026-11-22 20:00")};
        QCOMPARE(siyu(common + QStringList{QStringLiteral("--workspace"), path("a.siyu")}).exitCode,
                 0);
        QCOMPARE(siyu(common + QStringList{QStringLiteral("--workspace"), path("b.siyu")}).exitCode,
                 0);
        auto a = Workspace::open(path("a.siyu"), Workspace::OpenMode::MustExist);
        auto b = Workspace::open(path("b.siyu"), Workspace::OpenMode::MustExist);
        QVERIFY(a && b);
        QCOMPARE(contentDigest(**a), contentDigest(**b));
        QCOMPARE(countOf(**a, QStringLiteral("SELECT max(occurred_at) < ? FROM events"), {demoNow}),
                 qint64(1));
    }

    void refusesAWorkspaceWithMembers()
    {
        const QStringList arguments{QStringLiteral("demo"), QStringLiteral("--workspace"),
                                    path("twice.siyu"), QStringLiteral("--members"),
                                    QStringLiteral("20")};
        QCOMPARE(siyu(arguments).exitCode, 0);
        auto before = Workspace::open(path("twice.siyu"), Workspace::OpenMode::MustExist);
        QVERIFY(before);
        const QByteArray digest = contentDigest(**before);
        before->reset();
        const Run again = siyu(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("not empty (20 members)")));
        QVERIFY(again.out.isEmpty());
        auto after = Workspace::open(path("twice.siyu"), Workspace::OpenMode::MustExist);
        QVERIFY(after);
        QCOMPARE(contentDigest(**after), digest);
    }

    void refusesAFileThatIsNoWorkspace()
    {
        QFile notes(path("notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a database\n");
        notes.close();
        const Run run =
            siyu({QStringLiteral("demo"), QStringLiteral("--workspace"), path("notes.txt"),
                  QStringLiteral("--members"), QStringLiteral("20")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString ws = path("usage.siyu");
        const QString w = QStringLiteral("--workspace");
        const QString m = QStringLiteral("--members");
        const QString s = QStringLiteral("--seed");
        QTest::newRow("too few") << QStringList{w, ws, m, QStringLiteral("9")};
        QTest::newRow("too many") << QStringList{w, ws, m, QStringLiteral("5000001")};
        QTest::newRow("not a number") << QStringList{w, ws, m, QStringLiteral("lots")};
        QTest::newRow("fraction") << QStringList{w, ws, m, QStringLiteral("12.5")};
        QTest::newRow("seed") << QStringList{w, ws, s, QStringLiteral("x1")};
        QTest::newRow("seed fraction") << QStringList{w, ws, s, QStringLiteral("1.5")};
        QTest::newRow("now") << QStringList{w, ws, QStringLiteral("--now"), QStringLiteral("soon")};
        QTest::newRow("no workspace") << QStringList{m, QStringLiteral("20")};
        QTest::newRow("unknown option")
            << QStringList{w, ws, QStringLiteral("--size"), QStringLiteral("3")};
        QTest::newRow("extra argument") << QStringList{w, ws, QStringLiteral("extra")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = siyu(QStringList{QStringLiteral("demo")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(path("usage.siyu")));
    }
};

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
