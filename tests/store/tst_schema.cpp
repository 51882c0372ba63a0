// SPDX-License-Identifier: GPL-3.0-or-later
// History is history: each migration still produces the schema committed for its version, and
// every version-2 workspace an earlier build wrote (upgradeToV2 was edited six times after it
// landed) is repaired by version 3 into the schema a new workspace gets.
#include "models/store/schema.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace siyu;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(SIYU_TEST_DATA "/") + name;
}

QStringList rows(Workspace &ws, const QString &select)
{
    QStringList out;
    QSqlQuery query(ws.db());
    if (!query.exec(select))
        return {QStringLiteral("error: ") + select};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Every object's stored CREATE text, as SQLite keeps it.
QString exactSchema(Workspace &ws)
{
    return rows(ws, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                   "ORDER BY type, name"))
               .join(QStringLiteral("\n;\n")) +
           QStringLiteral("\n");
}

QString simplified(QString sql)
{
    sql = sql.simplified();
    sql.replace(QStringLiteral(" IF NOT EXISTS"), QString());
    return sql;
}

// What the code relies on: every object, each table's columns (by name: a column added later
// by ALTER TABLE comes last) and foreign keys, every index and trigger's definition.
QStringList semanticSchema(Workspace &ws)
{
    QStringList out;
    QSqlQuery query(ws.db());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        const QString sql = query.value(2).toString();
        if (type == QLatin1String("table") && !sql.startsWith(QLatin1String("CREATE VIRTUAL"))) {
            QStringList columns =
                rows(ws, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                        "pragma_table_xinfo('%1')")
                             .arg(name));
            columns.sort();
            QStringList keys =
                rows(ws, QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM "
                                        "pragma_foreign_key_list('%1')")
                             .arg(name));
            keys.sort();
            out << QStringLiteral("table %1 (%2) keys (%3)")
                       .arg(name, columns.join(QLatin1Char(',')), keys.join(QLatin1Char(',')));
        } else {
            out << QStringLiteral("%1 %2: %3").arg(type, name, simplified(sql));
        }
    }
    return out;
}

bool execScript(Workspace &ws, const QByteArray &script)
{
    char *message = nullptr;
    const int code = sqlite3_exec(ws.handle(), script.constData(), nullptr, nullptr, &message);
    if (code != SQLITE_OK)
        qWarning("%s", message);
    sqlite3_free(message);
    return code == SQLITE_OK;
}

qint64 number(Workspace &ws, const QString &select)
{
    auto value = sql::scalar(ws.db(), select);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void eachVersionKeepsItsCommittedSchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= schema::currentVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    // tests/store/data/schema-vN.sql is the schema of version N as committed. A new version
    // adds its own file (run this test once with SIYU_WRITE_SCHEMA_DUMPS=1 to write a missing
    // one); an existing file never changes.
    void eachVersionKeepsItsCommittedSchema()
    {
        QFETCH(int, version);
        const QString file = m_dir.filePath(QStringLiteral("fresh-v%1.siyu").arg(version));
        auto ws = Workspace::openAtVersion(file, version);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(number(**ws, QStringLiteral("PRAGMA user_version")), qint64(version));
        const QString dump = exactSchema(**ws);
        const QString name = dataPath(QStringLiteral("schema-v%1.sql").arg(version));
        if (!QFile::exists(name) && qEnvironmentVariableIsSet("SIYU_WRITE_SCHEMA_DUMPS")) {
            QFile out(name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(dump.toUtf8());
            QVERIFY(out.flush());
        }
        QFile committed(name);
        QVERIFY2(committed.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(dump, QString::fromUtf8(committed.readAll()));
    }

    void everyEarlierVersion2IsRepaired_data()
    {
        QTest::addColumn<QString>("commit");
        const QDir history(dataPath(QStringLiteral("v2-history")));
        const QStringList scripts =
            history.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(scripts.size() >= 7);
        for (const QString &script : scripts)
            QTest::newRow(qPrintable(script)) << history.filePath(script);
    }

    // A workspace written by the build of that commit: version 1, then that build's own
    // upgradeToV2 text, with a member and an order in it.
    void everyEarlierVersion2IsRepaired()
    {
        QFETCH(QString, commit);
        const QString file = m_dir.filePath(QFileInfo(commit).completeBaseName() + u".siyu");
        {
            auto ws = Workspace::openAtVersion(file, 1);
            QVERIFY(ws.ok());
            QVERIFY(execScript(
                **ws, "INSERT INTO members(id, member_id, name, joined_at) VALUES "
                      "(1, 'M1', 'Lin Xiaoyu', 1700000000);"
                      "INSERT INTO orders(order_id, member_ref, amount_cents, paid_at) VALUES "
                      "('O1', 1, 12345, 1700000100), ('O2', 1, 500, 1700003700);"));
            QFile script(commit);
            QVERIFY(script.open(QIODevice::ReadOnly));
            QVERIFY(
                execScript(**ws, "BEGIN;" + script.readAll() + "PRAGMA user_version = 2; COMMIT;"));
        }
        auto old = Workspace::open(file, Workspace::OpenMode::MustExist);
        QVERIFY2(old.ok(), qPrintable(old ? QString() : old.error().toString()));
        Workspace &ws = **old;
        QCOMPARE(number(ws, QStringLiteral("PRAGMA user_version")),
                 qint64(schema::currentVersion()));

        auto fresh = Workspace::open(m_dir.filePath(QStringLiteral("fresh.siyu")));
        QVERIFY(fresh.ok());
        QCOMPARE(semanticSchema(ws), semanticSchema(**fresh));

        // Derived data is there once: the paid buckets hold the orders (not twice where the
        // build already kept them), the search index finds the member.
        QCOMPARE(number(ws, QStringLiteral("SELECT sum(cents) FROM kpi_paid_buckets")),
                 qint64(12845));
        QCOMPARE(number(ws, QStringLiteral("SELECT count(*) FROM members_fts WHERE "
                                           "members_fts MATCH '\"Xiaoyu\"'")),
                 qint64(1));
        QCOMPARE(sql::scalar(ws.db(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
        QVERIFY(execScript(ws, "INSERT INTO members_fts(members_fts) VALUES('integrity-check')"));
    }

    // Two processes opening one old file at once: the second finds it upgraded and goes on.
    void upgradeSeenDoneByAnotherConnectionIsSkipped()
    {
        const QString file = m_dir.filePath(QStringLiteral("race.siyu"));
        auto first = Workspace::openAtVersion(file, 1);
        QVERIFY(first.ok());
        auto second = Workspace::openAtVersion(file, 1);
        QVERIFY(second.ok());
        QVERIFY(schema::upgrade(**first, 1, schema::currentVersion()));
        const Status again = schema::upgrade(**second, 1, schema::currentVersion());
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(number(**second, QStringLiteral("PRAGMA user_version")),
                 qint64(schema::currentVersion()));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
