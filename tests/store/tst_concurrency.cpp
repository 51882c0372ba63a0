// SPDX-License-Identifier: GPL-3.0-or-later
// Many processes, one workspace, nothing lost. The test holds the workspace open the way the
// window does (a main connection that writes, workers that open their own connection by path
// and close it again) while other processes run `siyu report`, `siyu kpi`, `siyu import` and
// `sqlite3` readers on the same file, some of them killed with SIGKILL at a random moment.
// Afterwards the file is intact and every commit of every process is in it.
//
// SIYU_STRESS_ROUNDS (default 6) and SIYU_STRESS_SEED (default: random, printed) repeat it.
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace siyu;

namespace {

qint64 number(Workspace &ws, const QString &select, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), select, binds);
    return value ? value->toLongLong() : -1;
}

QString lastWeek()
{
    const QDate day = QDate::currentDate().addDays(-7);
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QByteArray digest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Job
{
    enum Kind
    {
        Import,
        Report,
        Kpi,
        Reader,
        Writer
    } kind;
    std::unique_ptr<QProcess> process;
    QStringList memberIds; // an import's members
    bool killed = false;
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_sqlite3;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static int run(const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(SIYU_BINARY), arguments);
        if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    QStringList writeMembers(const QString &file, const QString &prefix, int count) const
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write("member_id,name,joined_at,city\n");
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(i);
            ids << id;
            out.write(QStringLiteral("%1,Stress %1,2026-10-0%2 10:00,Hangzhou\n")
                          .arg(id)
                          .arg(1 + i % 9)
                          .toUtf8());
        }
        return out.flush() ? ids : QStringList();
    }

    // The window's own connection and the files it holds open must still be the workspace's:
    // a -wal or -shm deleted under it shows as "(deleted)" in /proc/self/fd.
    bool holdsDeletedWorkspaceFiles() const
    {
        const QDir fds(QStringLiteral("/proc/self/fd"));
        if (!fds.exists())
            return false;
        for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(m_workspace) && target.endsWith(QLatin1String("(deleted)")))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = QFileInfo(path(QStringLiteral("shared.siyu"))).absoluteFilePath();
        m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--workspace"), m_workspace,
                      QStringLiteral("--members"), QStringLiteral("300"), QStringLiteral("--seed"),
                      QStringLiteral("11")}),
                 0);
    }

    void manyProcessesOneWorkspace()
    {
        const quint32 seed = qEnvironmentVariableIsSet("SIYU_STRESS_SEED")
                                 ? qEnvironmentVariable("SIYU_STRESS_SEED").toUInt()
                                 : QRandomGenerator::global()->generate();
        const int rounds = qEnvironmentVariableIsSet("SIYU_STRESS_ROUNDS")
                               ? qEnvironmentVariableIntValue("SIYU_STRESS_ROUNDS")
                               : 6;
        qInfo("SIYU_STRESS_SEED=%u SIYU_STRESS_ROUNDS=%d", seed, rounds);
        QRandomGenerator random(seed);

        auto window = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        QVERIFY2(window.ok(), qPrintable(window ? QString() : window.error().toString()));
        Workspace &main = **window;
        const qint64 membersAtStart = number(main, QStringLiteral("SELECT count(*) FROM members"));
        QStringList mainCommits;
        QStringList imported; // members of imports that reported success
        QList<QStringList> killedImports;
        int workerOpens = 0;
        int killedProcesses = 0;

        for (int round = 0; round < rounds; ++round) {
            std::vector<Job> jobs;
            const auto start = [&](Job::Kind kind, const QString &program,
                                   const QStringList &arguments, QStringList ids = {}) {
                Job job{kind, std::make_unique<QProcess>(), std::move(ids)};
                job.process->start(program, arguments);
                jobs.push_back(std::move(job));
                QTest::qWait(int(random.bounded(120)));
            };
            for (int k = 0; k < 2; ++k) {
                const QString csv = path(QStringLiteral("r%1-%2.csv").arg(round).arg(k));
                const QStringList ids =
                    writeMembers(csv, QStringLiteral("S%1x%2").arg(round).arg(k), 3000);
                QVERIFY(!ids.isEmpty());
                start(Job::Import, QStringLiteral(SIYU_BINARY),
                      {QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                       QStringLiteral("--preset"), QStringLiteral("siyu-members"), csv},
                      ids);
            }
            start(Job::Report, QStringLiteral(SIYU_BINARY),
                  {QStringLiteral("report"), QStringLiteral("--workspace"), m_workspace,
                   QStringLiteral("--week"), lastWeek(), QStringLiteral("--out"),
                   path(QStringLiteral("r%1.pdf").arg(round))});
            start(Job::Kpi, QStringLiteral(SIYU_BINARY),
                  {QStringLiteral("kpi"), QStringLiteral("--workspace"), m_workspace,
                   QStringLiteral("--week"), lastWeek(), QStringLiteral("--json")});
            if (!m_sqlite3.isEmpty())
                start(Job::Reader, m_sqlite3,
                      {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), m_workspace,
                       QStringLiteral("SELECT count(*) FROM members; SELECT "
                                      "count(*) FROM events;")});
            // Another SQLite program that takes the write lock and is killed holding it: its
            // change must vanish, and the others go on once it is gone.
            if (!m_sqlite3.isEmpty() && random.bounded(2) == 0) {
                start(Job::Writer, m_sqlite3, {m_workspace});
                jobs.back().process->write("PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE; "
                                           "INSERT INTO staff(name) VALUES ('doomed');\n");
                jobs.back().process->waitForBytesWritten();
                QTest::qWait(int(random.bounded(300)));
                jobs.back().process->kill();
                jobs.back().killed = true;
            }
            // Now and then one process dies at a random moment.
            const int victim = random.bounded(2) == 0 ? int(random.bounded(int(jobs.size()))) : -1;
            const int killAfter = int(random.bounded(250));

            QElapsedTimer clock;
            clock.start();
            int n = 0;
            for (;;) {
                bool running = false;
                for (const Job &job : jobs)
                    running = running || job.process->state() != QProcess::NotRunning;
                if (!running || clock.elapsed() > 240000)
                    break;
                if (victim >= 0 && !jobs[size_t(victim)].killed && clock.elapsed() > killAfter &&
                    jobs[size_t(victim)].process->state() == QProcess::Running) {
                    jobs[size_t(victim)].process->kill(); // SIGKILL
                    jobs[size_t(victim)].killed = true;
                }
                // The window writes...
                const QString name = QStringLiteral("main-%1-%2").arg(round).arg(n++);
                {
                    Transaction transaction(main);
                    if (transaction.isActive() &&
                        sql::exec(main.db(), QStringLiteral("INSERT INTO staff(name) VALUES (?)"),
                                  {name}) &&
                        transaction.commit())
                        mainCommits << name;
                }
                // ... and a worker opens its own connection by path, reads and closes it.
                {
                    auto worker = Workspace::open(
                        m_workspace, random.bounded(2) ? Workspace::OpenMode::ReadOnly
                                                       : Workspace::OpenMode::MustExist);
                    QVERIFY2(worker.ok(),
                             qPrintable(worker ? QString() : worker.error().toString()));
                    QVERIFY(number(**worker, QStringLiteral("SELECT count(*) FROM members")) > 0);
                    ++workerOpens;
                }
                QTest::qWait(int(random.bounded(40)));
            }
            for (Job &job : jobs) {
                if (job.process->state() != QProcess::NotRunning)
                    QVERIFY(job.process->waitForFinished(60000));
                const int code = job.process->exitCode();
                const QString err = QString::fromUtf8(job.process->readAllStandardError());
                if (job.killed) {
                    ++killedProcesses;
                    if (job.kind == Job::Import)
                        killedImports << job.memberIds;
                    continue;
                }
                QVERIFY2(job.process->exitStatus() == QProcess::NormalExit, qPrintable(err));
                // A writer may give up after waiting its bounded time: it then says so.
                if (code != 0 && err.contains(QLatin1String("busy")))
                    continue;
                QVERIFY2(
                    code == 0,
                    qPrintable(QStringLiteral("round %1, job %2: exit %3 (%4): %5 %6")
                                   .arg(round)
                                   .arg(int(job.kind))
                                   .arg(code)
                                   .arg(job.process->errorString(), err,
                                        QString::fromUtf8(job.process->readAllStandardOutput()))));
                if (job.kind == Job::Import)
                    imported << job.memberIds;
            }
            QVERIFY2(!holdsDeletedWorkspaceFiles(),
                     "the window's -wal or -shm was deleted under it");
        }

        // The window writes again, then everything is checked.
        {
            Transaction transaction(main);
            QVERIFY(
                sql::exec(main.db(), QStringLiteral("INSERT INTO staff(name) VALUES ('last')")));
            QVERIFY(transaction.commit());
            mainCommits << QStringLiteral("last");
        }
        const auto verify = [&](Workspace &ws) {
            QCOMPARE(sql::scalar(ws.db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                     QStringLiteral("ok"));
            QCOMPARE(number(ws, QStringLiteral("SELECT count(*) FROM staff WHERE name = 'doomed'")),
                     qint64(0));
            QVERIFY(!sql::scalar(ws.db(), QStringLiteral("PRAGMA foreign_key_check"))->isValid());
            for (const QString &name : std::as_const(mainCommits))
                QCOMPARE(
                    number(ws, QStringLiteral("SELECT count(*) FROM staff WHERE name = ?"), {name}),
                    qint64(1));
            for (const QString &id : std::as_const(imported))
                QCOMPARE(number(ws,
                                QStringLiteral("SELECT count(*) FROM members WHERE member_id = ?"),
                                {id}),
                         qint64(1));
            // A killed import is all or nothing.
            for (const QStringList &ids : std::as_const(killedImports)) {
                qint64 present = 0;
                for (const QString &id : ids)
                    present += number(
                        ws, QStringLiteral("SELECT count(*) FROM members WHERE member_id = ?"),
                        {id});
                QVERIFY2(present == 0 || present == ids.size(),
                         qPrintable(QStringLiteral("%1 of %2").arg(present).arg(ids.size())));
            }
            QVERIFY(number(ws, QStringLiteral("SELECT count(*) FROM members")) >=
                    membersAtStart + imported.size());
        };
        verify(main);
        window->reset();
        // After quitting, everything is there.
        auto reopened = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        QVERIFY(reopened.ok());
        verify(**reopened);
        qInfo("%d rounds: %lld window commits, %d worker connections, %lld members imported, %d "
              "processes killed (%lld imports)",
              rounds, qint64(mainCommits.size()), workerOpens, qint64(imported.size()),
              killedProcesses, qint64(killedImports.size()));
    }

    // Two writers serialise: the second waits a bounded time, then fails saying the workspace
    // is busy, and changes nothing.
    void secondWriterWaitsThenSaysBusy()
    {
        auto window = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        QVERIFY(window.ok());
        const QString csv = path(QStringLiteral("busy.csv"));
        QVERIFY(!writeMembers(csv, QStringLiteral("BUSY"), 3).isEmpty());
        const qint64 before = number(**window, QStringLiteral("SELECT count(*) FROM members"));
        Transaction holding(**window);
        QVERIFY(holding.isActive());
        QString err;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                      QStringLiteral("--preset"), QStringLiteral("siyu-members"), csv},
                     &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("busy")) && err.contains(m_workspace), qPrintable(err));
        QVERIFY(clock.elapsed() >= 4000);
        holding.rollback();
        QCOMPARE(number(**window, QStringLiteral("SELECT count(*) FROM members")), before);
        QCOMPARE(
            number(**window, QStringLiteral("SELECT count(*) FROM members WHERE member_id LIKE "
                                            "'BUSY-%'")),
            qint64(0));
    }

    // The window notices a commit of another process: PRAGMA data_version moves.
    void dataVersionShowsOtherCommits()
    {
        auto window = Workspace::open(m_workspace, Workspace::OpenMode::MustExist);
        QVERIFY(window.ok());
        const qint64 before = (*window)->dataVersion();
        QVERIFY(before >= 0);
        QCOMPARE((*window)->dataVersion(), before);
        const QString csv = path(QStringLiteral("seen.csv"));
        QVERIFY(!writeMembers(csv, QStringLiteral("SEEN"), 2).isEmpty());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--workspace"), m_workspace,
                      QStringLiteral("--preset"), QStringLiteral("siyu-members"), csv}),
                 0);
        QVERIFY((*window)->dataVersion() != before);
    }

    // Read commands never write: not on an empty file, not on an SQLite file without tables,
    // and a workspace on a read-only medium is read.
    void readCommandsNeverWrite()
    {
        const QString empty = path(QStringLiteral("empty.siyu"));
        QFile(empty).open(QIODevice::WriteOnly);
        QString err;
        QCOMPARE(run({QStringLiteral("kpi"), QStringLiteral("--workspace"), empty,
                      QStringLiteral("--week"), lastWeek()},
                     &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("not a Siyu workspace")), qPrintable(err));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));

        const QString bare = path(QStringLiteral("bare.sqlite"));
        {
            QProcess sqlite;
            if (m_sqlite3.isEmpty())
                QSKIP("sqlite3 is not installed");
            sqlite.start(m_sqlite3, {bare, QStringLiteral("PRAGMA user_version = 0; VACUUM;")});
            QVERIFY(sqlite.waitForFinished());
        }
        const QByteArray bareBefore = digest(bare);
        QCOMPARE(run({QStringLiteral("kpi"), QStringLiteral("--workspace"), bare,
                      QStringLiteral("--week"), lastWeek()},
                     &err),
                 1);
        QCOMPARE(digest(bare), bareBefore);
        QVERIFY(!QFileInfo::exists(bare + QStringLiteral("-wal")));
    }

    void readOnlyMediumIsRead()
    {
#ifdef Q_OS_UNIX
        // A read-only folder with a read-only workspace, as on a read-only medium. root ignores
        // permissions, so as root the commands run as the user nobody.
        QStringList prefix;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("running as root without setpriv");
            prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral(SIYU_BINARY)};
        }
        QTemporaryDir outer(QDir::tempPath() + QStringLiteral("/siyu-ro-XXXXXX"));
        QVERIFY(outer.isValid());
        if (!prefix.isEmpty()) {
            // The build may sit where nobody cannot reach it (a home folder): a copy of the
            // program beside the medium, which links only system libraries.
            const QString copy = outer.filePath(QStringLiteral("siyu"));
            QVERIFY(QFile::copy(QStringLiteral(SIYU_BINARY), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadOther | QFileDevice::ExeOther);
            prefix.last() = copy;
        }
        const QString folder = outer.filePath(QStringLiteral("medium"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/brand.siyu");
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--workspace"), file,
                      QStringLiteral("--members"), QStringLiteral("50")}),
                 0);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QFile::setPermissions(outer.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                QFileDevice::WriteOwner);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QByteArray before = digest(file);
        const auto siyu = [&](const QStringList &arguments, QString *out, QString *err) {
            QProcess process;
            QStringList all = prefix.isEmpty() ? QStringList{} : prefix.mid(1);
            all << arguments;
            process.start(prefix.isEmpty() ? QStringLiteral(SIYU_BINARY) : prefix.first(), all);
            process.waitForFinished(120000);
            *out = QString::fromUtf8(process.readAllStandardOutput());
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitCode();
        };
        QString out, err;
        QCOMPARE(siyu({QStringLiteral("kpi"), QStringLiteral("--workspace"), file,
                       QStringLiteral("--week"), lastWeek(), QStringLiteral("--json")},
                      &out, &err),
                 0);
        QVERIFY2(out.contains(QLatin1String("active_members")), qPrintable(out + err));
        QCOMPARE(siyu({QStringLiteral("segment"), QStringLiteral("--workspace"), file,
                       QStringLiteral("--rule"),
                       QStringLiteral("{\"field\":\"city\",\"op\":"
                                      "\"not_empty\"}"),
                       QStringLiteral("--count")},
                      &out, &err),
                 0);
        // A write is refused, saying why, before anything is written.
        const QString csv = outer.filePath(QStringLiteral("new.csv"));
        writeMembers(csv, QStringLiteral("RO"), 1);
        QCOMPARE(siyu({QStringLiteral("import"), QStringLiteral("--workspace"), file,
                       QStringLiteral("--preset"), QStringLiteral("siyu-members"), csv},
                      &out, &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("read-only")), qPrintable(err));
        QCOMPARE(digest(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
#else
        QSKIP("POSIX permissions");
#endif
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
