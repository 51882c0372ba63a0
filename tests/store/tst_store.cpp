// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/auditlog.h"
#include "models/store/schema.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace siyu;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static int count(Workspace &ws, const QString &table)
    {
        return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM ") + table)->toInt();
    }

private slots:
    void createsNewWorkspaceWithContractTables()
    {
        auto ws = Workspace::open(path("new.siyu"));
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        for (const char *table : {"members", "groups", "memberships", "events", "orders", "content",
                                  "campaigns", "campaign_costs"}) {
            auto exists = sql::scalar(
                (*ws)->db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                {QString::fromLatin1(table)});
            QCOMPARE(exists->toInt(), 1);
        }
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 schema::currentVersion());
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QVERIFY((*ws)->timeZone().isValid());
    }

    void mustExistRefusesMissingFile()
    {
        auto ws = Workspace::open(path("missing.siyu"), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("no such workspace")));
        QVERIFY(!QFile::exists(path("missing.siyu")));
    }

    void refusesFileThatIsNotAWorkspace()
    {
        const QString text = path("notes.txt");
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("member_id,name\n1,Ann\n");
        f.close();
        const QByteArray before = digest(text);
        auto ws = Workspace::open(text);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("not a Siyu workspace")));
        QCOMPARE(digest(text), before);
    }

    void refusesOtherSqliteDatabase()
    {
        const QString other = path("other.sqlite");
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = digest(other);
        auto ws = Workspace::open(other);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("not a Siyu workspace")));
        QCOMPARE(digest(other), before);
    }

    void refusesNewerVersion()
    {
        const QString file = path("future.siyu");
        {
            auto ws = Workspace::open(file);
            QVERIFY(ws.ok());
            QVERIFY(sql::exec(
                (*ws)->db(),
                QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)));
            QVERIFY(sql::exec((*ws)->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = digest(file);
        auto ws = Workspace::open(file);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("newer Siyu")));
        QCOMPARE(digest(file), before);
    }

    // Builds a file at every older version, puts a member in it where the version allows,
    // and opens it with this build: it must upgrade to the current version and keep the data.
    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < schema::currentVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString file = path(qPrintable(QStringLiteral("old-v%1.siyu").arg(version)));
        QVERIFY(buildAtVersion(file, version));
        auto ws = Workspace::open(file);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 schema::currentVersion());
        QCOMPARE(count(**ws, QStringLiteral("members")), version >= 1 ? 1 : 0);
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA foreign_key_check"))->isValid(),
                 false);
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto ws = Workspace::open(path("tx.siyu"));
        QVERIFY(ws.ok());
        Workspace &w = **ws;
        {
            Transaction tx(w);
            QVERIFY(tx.isActive());
            QVERIFY(sql::exec(w.db(), QStringLiteral("INSERT INTO staff(name) VALUES('a')")));
        }
        QCOMPARE(count(w, QStringLiteral("staff")), 0);
        {
            Transaction outer(w);
            QVERIFY(sql::exec(w.db(), QStringLiteral("INSERT INTO staff(name) VALUES('b')")));
            {
                Transaction inner(w);
                QVERIFY(inner.isActive());
                QVERIFY(sql::exec(w.db(), QStringLiteral("INSERT INTO staff(name) VALUES('c')")));
            } // inner rolled back alone
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(w, QStringLiteral("staff")), 1);
        QCOMPARE(w.transactionDepth(), 0);
    }

    void foreignKeysAndChecksHold()
    {
        auto ws = Workspace::open(path("fk.siyu"));
        QVERIFY(ws.ok());
        Workspace &w = **ws;
        QVERIFY(!sql::exec(w.db(), QStringLiteral("INSERT INTO orders(order_id, member_ref, "
                                                  "amount_cents, paid_at) VALUES('o', 99, 1, 0)")));
        QVERIFY(!sql::exec(w.db(), QStringLiteral("INSERT INTO members(member_id, joined_at, "
                                                  "gender) VALUES('m', 0, 'X')")));
    }

    void settingsRoundTrip()
    {
        const QString file = path("settings.siyu");
        {
            auto ws = Workspace::open(file);
            QVERIFY(ws.ok());
            QCOMPARE(settings::churnDays.get(**ws), 60);
            QVERIFY(settings::churnDays.set(**ws, 45));
            QVERIFY(settings::timeZone.set(**ws, QStringLiteral("Asia/Shanghai")));
        }
        auto ws = Workspace::open(file);
        QVERIFY(ws.ok());
        QCOMPARE(settings::churnDays.get(**ws), 45);
        QCOMPARE((*ws)->timeZone().id(), QByteArray("Asia/Shanghai"));
    }

    void auditLogRecordsWithoutPersonalData()
    {
        auto ws = Workspace::open(path("audit.siyu"));
        QVERIFY(ws.ok());
        QVERIFY(auditlog::record(**ws, auditlog::unmask, QStringLiteral("member"), 7));
        auto q = sql::run((*ws)->db(), QStringLiteral("SELECT action, object_kind, object_ref "
                                                      "FROM audit_log"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("unmask"));
        QCOMPARE(q->value(2).toLongLong(), 7);
    }

    void bulkStatementRoundTrip()
    {
        auto ws = Workspace::open(path("bulk.siyu"));
        QVERIFY(ws.ok());
        Workspace &w = **ws;
        Transaction tx(w);
        Statement insert(w.handle(), "INSERT INTO staff(name, created_at) VALUES(?, ?)");
        QVERIFY(insert.isValid());
        for (int i = 0; i < 100; ++i) {
            insert.bind(1, QStringLiteral("员工%1").arg(i));
            insert.bind(2, qint64(i));
            QVERIFY(insert.exec());
        }
        QVERIFY(tx.commit());
        Statement select(w.handle(), "SELECT name FROM staff WHERE created_at = 42");
        QVERIFY(select.step());
        QCOMPARE(select.text(0), QStringLiteral("员工42"));
    }

private:
    // A file as an older Siyu left it: the migrations run only up to `version` (0: an empty
    // SQLite file), with a member in it where the schema has members.
    static QStringList tableNames(Workspace &w, const QString &condition)
    {
        QStringList names;
        auto q = sql::run(w.db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                                 "'table' AND name NOT LIKE 'sqlite_%' AND ") +
                                      condition);
        while (q && q->next())
            names << q->value(0).toString();
        return names;
    }

    static bool buildAtVersion(const QString &file, int version)
    {
        {
            auto ws = Workspace::open(file);
            if (!ws)
                return false;
            Workspace &w = **ws;
            sql::exec(w.db(), QStringLiteral("PRAGMA foreign_keys = OFF"));
            // Virtual tables first: dropping one drops its shadow tables with it.
            for (const char *kind : {"sql LIKE 'CREATE VIRTUAL%'", "1"}) {
                const QStringList tables = tableNames(w, QString::fromLatin1(kind));
                for (const QString &t : tables)
                    if (!sql::exec(w.db(), QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(t)))
                        return false;
            }
            if (!sql::exec(w.db(), QStringLiteral("PRAGMA user_version = 0")) ||
                !sql::exec(w.db(), QStringLiteral("PRAGMA application_id = 0")))
                return false;
            if (!schema::upgrade(w, 0, version))
                return false;
            if (version >= 1 &&
                !sql::exec(w.db(), QStringLiteral("INSERT INTO members(member_id, joined_at) "
                                                  "VALUES('m1', 0)")))
                return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
