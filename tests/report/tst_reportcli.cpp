// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu report` as scripts run it: exit codes, the PDF it writes, its language and page size.
#include "fixture.h"
#include "pdftools.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace siyu;

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run siyu(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(SIYU_BINARY),
                      QStringList{QStringLiteral("report")} + arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString out(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("cli.siyu"));
        auto ws = fixture::create(m_workspace, "Asia/Shanghai");
        QVERIFY(ws);
    }

    void writesPdf()
    {
        const Run run = siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                              QStringLiteral("2026-W47"), QStringLiteral("--out"), out("w47.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2026-W47")));
        QFile file(out("w47.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        if (!pdf::available())
            QSKIP("poppler-utils are not installed");
        // No brand name set: the workspace's file name heads the report, with the week.
        QVERIFY(pdf::text(out("w47.pdf"))
                    .contains(QStringLiteral("Weekly report — cli — week 47, 16–22 Nov 2026")));
        QVERIFY(pdf::info(out("w47.pdf")).contains(QStringLiteral("(A4)")));
    }

    // The report names members: writing it is recorded in the audit log, without names.
    void writingIsAudited()
    {
        const auto exports = [this]() -> qint64 {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            if (!ws)
                return -1;
            auto n = sql::scalar((*ws)->db(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'export' AND object_kind = 'report' AND detail "
                                                "= '2026-W47 as PDF'"));
            return n ? n->toLongLong() : -1;
        };
        const qint64 before = exports();
        QVERIFY(before >= 0);
        const Run run = siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                              QStringLiteral("2026-W47"), QStringLiteral("--out"), out("a.pdf")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(exports(), before + 1);
    }

    // --out may not replace the workspace or SQLite's files beside it, by any name.
    void outMayNotNameTheWorkspace()
    {
        QFile original(m_workspace);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QString link = out("ws-link.pdf");
        QVERIFY(QFile::link(m_workspace, link));
        const QString hard = out("ws-hard.pdf");
        QCOMPARE(
            ::link(QFile::encodeName(m_workspace).constData(), QFile::encodeName(hard).constData()),
            0);
        const QStringList targets{m_workspace, m_workspace + QStringLiteral("-wal"),
                                  m_workspace + QStringLiteral("-journal"), link, hard};
        for (const QString &target : targets) {
            const Run run =
                siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                      QStringLiteral("2026-W47"), QStringLiteral("--out"), target});
            QVERIFY2(run.exitCode == 2, qPrintable(target + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String("--out")), qPrintable(run.err));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(original.readAll(), before);
            original.close();
        }
    }

    // Every byte checked: a full disk fails the command, and the export is not audited.
    void fullDiskFails()
    {
        const auto exports = [this]() -> qint64 {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            if (!ws)
                return -1;
            auto n = sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM audit_log"));
            return n ? n->toLongLong() : -1;
        };
        const qint64 before = exports();
        const Run run = siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                              QStringLiteral("2026-W47"), QStringLiteral("--out"),
                              QStringLiteral("/dev/full")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("/dev/full")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("wrote")));
        QCOMPARE(exports(), before);
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() &&
                !QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    void letterAndChinese()
    {
        const Run run = siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                              QStringLiteral("2026-W46"), QStringLiteral("--out"), out("zh.pdf"),
                              QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                              QStringLiteral("--page-size"), QStringLiteral("Letter")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (!pdf::available())
            QSKIP("poppler-utils are not installed");
        QVERIFY(pdf::info(out("zh.pdf")).contains(QStringLiteral("(letter)")));
        QVERIFY(pdf::fonts(out("zh.pdf")).contains(QStringLiteral("WenQuanYi")));
        QVERIFY(pdf::text(out("zh.pdf")).contains(QStringLiteral("2026-W46")));
    }

    void languageFromWorkspace()
    {
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(ws.ok());
            QVERIFY(settings::reportLanguage.set(**ws, QStringLiteral("zh_CN")));
        }
        const Run run = siyu({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--week"),
                              QStringLiteral("2026-W47"), QStringLiteral("--out"), out("ws.pdf")});
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(settings::reportLanguage.set(**ws, QString()));
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (!pdf::available())
            QSKIP("poppler-utils are not installed");
        QVERIFY(pdf::fonts(out("ws.pdf")).contains(QStringLiteral("WenQuanYi")));
    }

    // The brand's name (a setting) heads the report; a week not ended is "so far", compared
    // with the same days and hours of the week before; a week not begun is refused.
    void brandAndHonestWeeks()
    {
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(ws.ok());
            QVERIFY(settings::brandName.set(**ws, QStringLiteral("Qingyou")));
        }
        const QStringList common{QStringLiteral("--workspace"), m_workspace,
                                 QStringLiteral("--lang"), QStringLiteral("en")};
        const Run soFar = siyu(
            common + QStringList{QStringLiteral("--week"), QStringLiteral("2026-W47"),
                                 QStringLiteral("--out"), out("sofar.pdf"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-19 15:00")});
        const Run future = siyu(
            common + QStringList{QStringLiteral("--week"), QStringLiteral("2026-W48"),
                                 QStringLiteral("--out"), out("future.pdf"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-19 15:00")});
        {
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
            QVERIFY(settings::brandName.set(**ws, QString()));
        }
        QVERIFY2(soFar.exitCode == 0, qPrintable(soFar.err));
        QCOMPARE(future.exitCode, 1);
        QStringList lines = future.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(u"QStandardPaths"); });
        QCOMPARE(lines.size(), 1); // one line, naming the problem
        QVERIFY(!QFile::exists(out("future.pdf")));
        if (!pdf::available())
            QSKIP("poppler-utils are not installed");
        const QString text = pdf::text(out("sofar.pdf")).simplified();
        QVERIFY2(text.contains(
                     QStringLiteral("Weekly report — Qingyou — week 47, 16–22 Nov 2026 (so far)")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("until 19 Nov 2026 15:00, compared with the same "
                                             "days and hours of week 46")));
        QVERIFY(text.contains(QStringLiteral("same days")));
    }

    void missingWorkspaceIsBadInput()
    {
        const Run run =
            siyu({QStringLiteral("--workspace"), out("nowhere.siyu"), QStringLiteral("--week"),
                  QStringLiteral("2026-W47"), QStringLiteral("--out"), out("never.pdf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(out("nowhere.siyu")));
        QVERIFY(!QFile::exists(out("never.pdf")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString ws = QStringLiteral("--workspace");
        const QString week = QStringLiteral("--week");
        const QString o = QStringLiteral("--out");
        QTest::newRow("no week") << QStringList{ws, QStringLiteral("x.siyu"), o,
                                                QStringLiteral("x.pdf")};
        QTest::newRow("no out") << QStringList{ws, QStringLiteral("x.siyu"), week,
                                               QStringLiteral("2026-W47")};
        QTest::newRow("bad week") << QStringList{ws,   QStringLiteral("x.siyu"),
                                                 week, QStringLiteral("2026-W60"),
                                                 o,    QStringLiteral("x.pdf")};
        QTest::newRow("bad lang") << QStringList{ws,
                                                 QStringLiteral("x.siyu"),
                                                 week,
                                                 QStringLiteral("2026-W47"),
                                                 o,
                                                 QStringLiteral("x.pdf"),
                                                 QStringLiteral("--lang"),
                                                 QStringLiteral("fr")};
        QTest::newRow("bad size") << QStringList{ws,
                                                 QStringLiteral("x.siyu"),
                                                 week,
                                                 QStringLiteral("2026-W47"),
                                                 o,
                                                 QStringLiteral("x.pdf"),
                                                 QStringLiteral("--page-size"),
                                                 QStringLiteral("A3")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
        QTest::newRow("no workspace")
            << QStringList{week, QStringLiteral("2026-W47"), o, QStringLiteral("x.pdf")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = siyu(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
