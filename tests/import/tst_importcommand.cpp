// SPDX-License-Identifier: GPL-3.0-or-later
// `siyu import`, `siyu presets` and `siyu undo-import` as scripts use them: the summary line,
// exit statuses, errors on stderr, the rejects file; and an import killed at random moments,
// which must leave the workspace whole, with all of the batch or none of it.
#include "importfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace siyu;
using namespace siyu::testing;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runSiyu(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SIYU_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QByteArray members = "member_id,name,joined_at,tags\n"
                           "M1,Ann,2026-11-01,vip\n"
                           "M2,Bob,2026-11-02,\n"
                           "M3,Cy,2026-11-03,vip;new\n";

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newWorkspacePath() { return path(QStringLiteral("cli%1.siyu").arg(++m_counter)); }
    QStringList importArgs(const QString &ws, const QString &preset, const QStringList &files)
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                           QStringLiteral("--preset"), preset} +
               files;
    }
    QByteArray digestOf(const QString &wsPath)
    {
        auto ws = openWorkspace(wsPath);
        return ws ? dataDigest(*ws) : QByteArray();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(SIYU_BINARY)));
    }

    void summaryLineAndExitStatus()
    {
        const QString ws = newWorkspacePath();
        const QString file = writeFile(path(QStringLiteral("members.csv")), members);
        Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {file}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("read 3, inserted 3, updated 0, rejected 0\n"));
        QCOMPARE(run.err, QString());
        QVERIFY(QFile::exists(ws)); // created when missing
        run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {file}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("read 3, inserted 0, updated 3, rejected 0\n"));
    }

    void invalidRowsGoToTheRejectsFile()
    {
        const QString ws = newWorkspacePath();
        const QString file =
            writeFile(path(QStringLiteral("some-bad.csv")), "member_id,name,joined_at,colour\n"
                                                            "M1,Ann,2026-11-01,red\n"
                                                            "M2,\"Bob, Jr\",2026-13-01,blue\n"
                                                            "M3,Cy,2026-11-03,green\n");
        const Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {file}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("read 3, inserted 2, updated 0, rejected 1\n"));
        const QStringList errors = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(errors.first().startsWith(QStringLiteral("warning: ")));
        QVERIFY(errors.first().contains(QLatin1String("colour")));
        QVERIFY2(run.err.contains(file + QStringLiteral(": row 3, column joined_at: ")),
                 qPrintable(run.err));
        const QString rejects = file + QStringLiteral(".rejects.csv");
        QVERIFY(run.err.contains(rejects));
        const QList<QByteArray> lines = readFile(rejects).split('\n');
        QCOMPARE(lines.at(0), QByteArray("member_id,name,joined_at,colour,reason"));
        QVERIFY(lines.at(1).startsWith("M2,\"Bob, Jr\",2026-13-01,blue,"));
        QVERIFY(lines.at(1).contains("column joined_at"));
        // --rejects names the file.
        const QString elsewhere = path(QStringLiteral("elsewhere.csv"));
        const Outcome again =
            runSiyu(importArgs(newWorkspacePath(), QStringLiteral("siyu-members"), {file}) +
                    QStringList{QStringLiteral("--rejects"), elsewhere});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(readFile(elsewhere).startsWith("member_id,name,joined_at,colour,reason\nM2,"));
    }

    // --rejects (or the default FILE.rejects.csv) may not replace the workspace, its -wal,
    // -shm or -journal, or an input, by any name: a usage error before anything is opened.
    void rejectsMayNotNameTheWorkspaceOrAnInput()
    {
        const QString ws = newWorkspacePath();
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"),
                                    {writeFile(path(QStringLiteral("r-base.csv")), members)}))
                     .exitCode,
                 0);
        const QByteArray wsBytes = readFile(ws);
        const QByteArray before = digestOf(ws);
        const QByteArray badCsv = "member_id,name,joined_at\nR1,Ann,2026-11-01\nR2,Bob,soon\n";
        const QString input = writeFile(path(QStringLiteral("r-input.csv")), badCsv);
        const QString link = path(QStringLiteral("r-link.csv"));
        QVERIFY(QFile::link(ws, link));
        const QString hard = path(QStringLiteral("r-hard.csv"));
        QCOMPARE(::link(QFile::encodeName(ws).constData(), QFile::encodeName(hard).constData()), 0);
        const QString inputLink = path(QStringLiteral("r-input-link.csv"));
        QVERIFY(QFile::link(input, inputLink));
        QDir(m_dir.path()).mkdir(QStringLiteral("sub"));
        const QString dotted = m_dir.path() + QStringLiteral("/sub/../") + QFileInfo(ws).fileName();
        const QStringList targets{ws,
                                  ws + QStringLiteral("-wal"),
                                  ws + QStringLiteral("-shm"),
                                  ws + QStringLiteral("-journal"),
                                  link,
                                  hard,
                                  dotted,
                                  input,
                                  inputLink};
        for (const QString &target : targets) {
            const Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {input}) +
                                        QStringList{QStringLiteral("--rejects"), target});
            QVERIFY2(run.exitCode == 2, qPrintable(target + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String("--rejects")), qPrintable(run.err));
            QCOMPARE(run.out, QString());
            QCOMPARE(readFile(ws), wsBytes);
            QCOMPARE(readFile(input), badCsv);
            QVERIFY(!QFile::exists(ws + QStringLiteral("-journal")));
        }
        QCOMPARE(digestOf(ws), before);
        // The default rejects file of one input may not be another input either.
        const QString first = writeFile(path(QStringLiteral("pair.csv")), badCsv);
        const QString second = writeFile(path(QStringLiteral("pair.csv.rejects.csv")), badCsv);
        const Outcome pair =
            runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {first, second}));
        QCOMPARE(pair.exitCode, 2);
        QCOMPARE(readFile(second), badCsv);
        QCOMPARE(digestOf(ws), before);
        // The workspace is no file to import either.
        const Outcome itself = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {link}));
        QCOMPARE(itself.exitCode, 2);
        QVERIFY2(itself.err.contains(QLatin1String("FILE names the workspace")),
                 qPrintable(itself.err));
        QCOMPARE(readFile(ws), wsBytes);
    }

    // A rejects file that cannot be written whole fails the import before it commits.
    void rejectsThatCannotBeWrittenFailTheImport()
    {
        const QString ws = newWorkspacePath();
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"),
                                    {writeFile(path(QStringLiteral("full-base.csv")), members)}))
                     .exitCode,
                 0);
        const QByteArray before = digestOf(ws);
        const QString input = writeFile(path(QStringLiteral("full.csv")),
                                        "member_id,name,joined_at\nF1,Ann,2026-11-01\nF2,Bob,"
                                        "soon\n");
        const Outcome run =
            runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {input}) +
                    QStringList{QStringLiteral("--rejects"), QStringLiteral("/dev/full")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("/dev/full")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("cannot be written")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("rejected rows written to")));
        QCOMPARE(run.out, QString());
        QCOMPARE(digestOf(ws), before);
        // A folder that cannot hold it: the same, and nothing left behind.
        const QString missing = path(QStringLiteral("no/such/folder/r.csv"));
        const Outcome nowhere = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {input}) +
                                        QStringList{QStringLiteral("--rejects"), missing});
        QCOMPARE(nowhere.exitCode, 1);
        QCOMPARE(digestOf(ws), before);
    }

    // Rejects hold raw personal data: owner-only from creation, audited (path and count, no
    // data); and stderr shows phones and emails masked, never as they were.
    void rejectsAreOwnerOnlyAuditedAndErrorsAreMasked()
    {
        const QString ws = newWorkspacePath();
        const QString input =
            writeFile(path(QStringLiteral("private.csv")),
                      "member_id,name,phone,email,joined_at\n"
                      "P1,Ann,13812345678,ann@example.com,2026-11-01\n"
                      "P2,Bob,call-12-me,bob@example.com,2026-11-01\n"
                      "P3,Cy,13900001111,cy.at.example.com,2026-11-01\n"
                      "P4,Di,\"=\"\"13912345678\"\"\",di@example.com,2026-11-01\n");
        const Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {input}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("read 4, inserted 1, updated 0, rejected 3\n"));
        for (const char *secret : {"call-12-me", "cy.at.example.com", "13912345678"})
            QVERIFY2(!run.err.contains(QLatin1String(secret)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("column email")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("c***")), qPrintable(run.err));
        const QString rejects = input + QStringLiteral(".rejects.csv");
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(rejects).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        QVERIFY(readFile(rejects).contains("cy.at.example.com")); // the row as it was
        auto opened = openWorkspace(ws);
        QVERIFY(opened);
        auto query = sql::run(opened->db(),
                              QStringLiteral("SELECT action, object_ref, detail FROM audit_log "
                                             "WHERE object_kind = 'rejects'"));
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toString(), QStringLiteral("export"));
        QCOMPARE(query->value(1).toLongLong(), 1);
        const QJsonObject detail =
            QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(detail.value(QStringLiteral("file")).toString(),
                 QFileInfo(rejects).absoluteFilePath());
        QVERIFY(!query->value(2).toString().contains(QLatin1String("example")));
        QVERIFY(!query->next());
    }

    // A member known by a phone number or an email (a WhatsApp author, a shop customer) is
    // named masked in an error too.
    void unknownMembersKnownByPhoneOrEmailAreMasked()
    {
        const QString ws = newWorkspacePath();
        const QString members = writeFile(path(QStringLiteral("known.csv")),
                                          "member_id,name,joined_at\nK1,Kim,2026-11-01\n");
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {members})).exitCode, 0);
        const QString orders = writeFile(path(QStringLiteral("orders-by-phone.csv")),
                                         "order_id,member_id,amount,paid_at\n"
                                         "O1,K1,10.00,2026-11-02\n"
                                         "O2,+86 138 1234 5678,12.00,2026-11-02\n"
                                         "O3,lee@example.com,13.00,2026-11-02\n");
        const Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-orders"), {orders}));
        QCOMPARE(run.exitCode, 0);
        for (const char *secret : {"1234 5678", "12345678", "lee@example.com"})
            QVERIFY2(!run.err.contains(QLatin1String(secret)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("5678")) && run.err.contains(QLatin1String("l***")),
                 qPrintable(run.err));
    }

    void strictWritesNothing()
    {
        const QString ws = newWorkspacePath();
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"),
                                    {writeFile(path(QStringLiteral("base.csv")), members)}))
                     .exitCode,
                 0);
        const QByteArray before = digestOf(ws);
        const QString file = writeFile(path(QStringLiteral("strict.csv")),
                                       "member_id,joined_at\nM7,2026-11-01\nM8,soon\n");
        const Outcome run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {file}) +
                                    QStringList{QStringLiteral("--strict")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.trimmed(),
                 file + QStringLiteral(": row 3, column joined_at: 'soon' is not "
                                       "a date (such as 2026-11-16 or "
                                       "2026-11-16 09:30)"));
        QCOMPARE(digestOf(ws), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".rejects.csv")));
    }

    void usageErrors()
    {
        const QString ws = newWorkspacePath();
        const QString file = writeFile(path(QStringLiteral("u.csv")), members);
        Outcome run = runSiyu(importArgs(ws, QStringLiteral("no-such-preset"), {file}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("no-such-preset")));
        QVERIFY(!QFile::exists(ws));
        run = runSiyu({QStringLiteral("import"), QStringLiteral("--workspace"), ws, file});
        QCOMPARE(run.exitCode, 2);
        run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {}));
        QCOMPARE(run.exitCode, 2);
        run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {file}) +
                      QStringList{QStringLiteral("--encoding"), QStringLiteral("klingon")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(ws));
    }

    void badInputWritesNothing()
    {
        const QString ws = newWorkspacePath();
        // A required column missing from the header: named, exit 1, no workspace left behind.
        Outcome run =
            runSiyu(importArgs(ws, QStringLiteral("siyu-orders"),
                               {writeFile(path(QStringLiteral("noamount.csv")),
                                          "order_id,member_id,paid_at\nO1,M1,2026-11-01\n")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("column amount")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(ws));
        // A missing file, an empty one, a header alone, only invalid rows.
        run = runSiyu(
            importArgs(ws, QStringLiteral("siyu-members"), {path(QStringLiteral("nope.csv"))}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("nope.csv")));
        run = runSiyu(importArgs(ws, QStringLiteral("siyu-members"),
                                 {writeFile(path(QStringLiteral("empty.csv")), QByteArray())}));
        QCOMPARE(run.exitCode, 1);
        run = runSiyu(
            importArgs(ws, QStringLiteral("siyu-members"),
                       {writeFile(path(QStringLiteral("header.csv")), "member_id,joined_at\n")}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral("read 0, inserted 0, updated 0, rejected 0\n"));
        run = runSiyu(importArgs(
            ws, QStringLiteral("siyu-members"),
            {writeFile(path(QStringLiteral("allbad.csv")), "member_id,joined_at\nM1,never\n")}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral("read 1, inserted 0, updated 0, rejected 1\n"));
        QVERIFY(!QFile::exists(ws));
    }

    void dryRun()
    {
        const QString ws = newWorkspacePath();
        const Outcome run =
            runSiyu(importArgs(ws, QStringLiteral("siyu-members"),
                               {writeFile(path(QStringLiteral("dry.csv")), members)}) +
                    QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("read 3, inserted 3, updated 0, rejected 0\n"));
        QVERIFY(!QFile::exists(ws));
    }

    void presetsAreListed()
    {
        const Outcome run = runSiyu({QStringLiteral("presets")});
        QCOMPARE(run.exitCode, 0);
        for (const char *name :
             {"siyu-members", "siyu-groups", "siyu-memberships", "siyu-events", "siyu-orders",
              "siyu-content", "siyu-campaigns", "siyu-campaign-costs", "wecom-customers",
              "wecom-groups", "slack-members", "discord-members", "telegram-json", "whatsapp-txt",
              "shopify-customers", "shopify-orders"})
            QVERIFY2(run.out.contains(QLatin1String(name)), name);
        QVERIFY(run.out.contains(QStringLiteral("member_id*, name, remark, gender")));
        QVERIFY(run.out.contains(QStringLiteral("客户名称*")));
        const Outcome show = runSiyu({QStringLiteral("presets"), QStringLiteral("--show"),
                                      QStringLiteral("shopify-orders")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QLatin1String("\"group_by\": \"order_id\"")));
        // A preset saved in a workspace is listed with it, and imports.
        const QString ws = newWorkspacePath();
        const QString json = writeFile(path(QStringLiteral("mine.json")),
                                       "{\"name\": \"my-list\", \"entity\": \"members\", "
                                       "\"columns\": [{\"field\": \"member_id\", \"headers\": "
                                       "[\"ID\"], \"required\": true}, {\"field\": \"joined_at\", "
                                       "\"headers\": [\"Joined\"], \"required\": true}]}");
        QCOMPARE(runSiyu({QStringLiteral("presets"), QStringLiteral("--workspace"), ws,
                          QStringLiteral("--save"), json})
                     .exitCode,
                 0);
        QVERIFY(runSiyu({QStringLiteral("presets"), QStringLiteral("--workspace"), ws})
                    .out.contains(QLatin1String("my-list")));
        const Outcome mine = runSiyu(importArgs(
            ws, QStringLiteral("my-list"),
            {writeFile(path(QStringLiteral("mine.csv")), "ID,Joined\nX1,2026-11-01\n")}));
        QCOMPARE(mine.exitCode, 0);
        QCOMPARE(mine.out, QStringLiteral("read 1, inserted 1, updated 0, rejected 0\n"));
    }

    void undoImport()
    {
        const QString ws = newWorkspacePath();
        const QString first = writeFile(path(QStringLiteral("undo1.csv")), members);
        const QString second = writeFile(path(QStringLiteral("undo2.csv")),
                                         "member_id,name,joined_at\nM2,Robert,2026-11-02\n");
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {first})).exitCode, 0);
        const QByteArray afterFirst = digestOf(ws);
        QCOMPARE(runSiyu(importArgs(ws, QStringLiteral("siyu-members"), {second})).exitCode, 0);
        // Batch 1's rows were changed by batch 2: refused, with a message saying so.
        Outcome run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("batch 2")), qPrintable(run.err));
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("restored 1")));
        QCOMPARE(digestOf(ws), afterFirst);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("removed 3")));
        QCOMPARE(count(*openWorkspace(ws), QStringLiteral("members")), 0);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("--list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(QLatin1String("(undone)")), 2);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("99")});
        QCOMPARE(run.exitCode, 1);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), ws});
        QCOMPARE(run.exitCode, 2);
    }

    // Kill `siyu import` at random moments: the workspace must pass PRAGMA integrity_check and
    // hold all of the batch or none of it.
    void killedImportsLeaveAllOrNothing()
    {
        const QString base = newWorkspacePath();
        QCOMPARE(runSiyu(importArgs(base, QStringLiteral("siyu-members"),
                                    {writeFile(path(QStringLiteral("kill-base.csv")), members)}))
                     .exitCode,
                 0);
        constexpr int rows = 60000;
        QByteArray big = "member_id,name,city,phone,joined_at,staff,tags,consent\n";
        for (int i = 0; i < rows; ++i)
            big += "K" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",City " +
                   QByteArray::number(i % 300) + ",138" + QByteArray::number(10000000 + i) +
                   ",2026-11-0" + QByteArray::number(1 + i % 9) + " 10:00,Staff " +
                   QByteArray::number(i % 20) + ",t" + QByteArray::number(i % 7) + ";u" +
                   QByteArray::number(i % 5) + ",yes\n";
        const QString file = writeFile(path(QStringLiteral("kill.csv")), big);

        // How long a whole import takes here, to kill within it.
        const QString timed = newWorkspacePath();
        QFile::copy(base, timed);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runSiyu(importArgs(timed, QStringLiteral("siyu-members"), {file})).exitCode, 0);
        const int full = int(qMax<qint64>(clock.elapsed(), 200));

        QRandomGenerator random(20261116);
        int killed = 0, completed = 0;
        for (int attempt = 0; attempt < 22; ++attempt) {
            const QString ws = newWorkspacePath();
            QVERIFY(QFile::copy(base, ws));
            QProcess process;
            process.start(QStringLiteral(SIYU_BINARY),
                          importArgs(ws, QStringLiteral("siyu-members"), {file}));
            QVERIFY(process.waitForStarted());
            // The kill moment: anywhere from the start to a little past the usual end.
            const int at = int(random.bounded(full + full / 5));
            if (process.waitForFinished(at)) {
                ++completed;
            } else {
                process.kill();
                process.waitForFinished();
                ++killed;
            }
            auto opened = openWorkspace(ws);
            QVERIFY(opened);
            QCOMPARE(value(*opened, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            QCOMPARE(value(*opened, QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
            const qint64 batches = count(*opened, QStringLiteral("import_batches"));
            const qint64 memberCount = count(*opened, QStringLiteral("members"));
            const qint64 tagged = count(*opened, QStringLiteral("member_tags"));
            if (batches == 1) {
                QCOMPARE(memberCount, 3);
                QCOMPARE(tagged, 3);
            } else {
                QCOMPARE(batches, 2);
                QCOMPARE(memberCount, 3 + rows);
                QCOMPARE(tagged, 3 + 2 * rows);
                QVERIFY(count(*opened, QStringLiteral("import_changes"),
                              QStringLiteral("batch_ref = 2")) > 0);
            }
        }
        qInfo("import of %d rows takes %d ms; killed %d times, %d imports completed", rows, full,
              killed, completed);
        QVERIFY(killed >= 10);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
