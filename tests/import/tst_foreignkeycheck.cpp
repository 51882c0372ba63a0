// SPDX-License-Identifier: GPL-3.0-or-later
// The import writes with foreign keys off; before it commits, every row of the batch must still
// point at rows that exist.
#include "models/import/foreignkeycheck.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestForeignKeyCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void orphansOfTheBatchAreFound()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("fk.siyu")));
        QVERIFY(opened.ok());
        Workspace &ws = **opened;
        const QSqlDatabase db = ws.db();
        QVERIFY(sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO members(id, member_id, joined_at) "
                                             "VALUES (1, 'M1', 0), (2, 'M2', 0)")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO import_batches(id, preset, files, "
                                             "started_at) VALUES (1, 'p', '[]', 0), "
                                             "(2, 'p', '[]', 0)")));
        // Batch 1 wrote events 1..2, both of live members; batch 2 wrote event 3, whose member
        // does not exist, and a tag link to a missing tag for member 2.
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO events(id, member_ref, type, "
                                             "occurred_at) VALUES (1, 1, 'message', 0), "
                                             "(2, 2, 'message', 0), (3, 9, 'message', 0)")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO import_changes(batch_ref, seq, "
                                             "table_name, row_ref, row_last, action) VALUES "
                                             "(1, 1, 'events', 1, 2, 'insert'), "
                                             "(2, 1, 'events', 3, 3, 'insert')")));
        QVERIFY(checkBatchForeignKeys(ws, 1));
        const Status second = checkBatchForeignKeys(ws, 2);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QStringLiteral("events (id 3)")) &&
                     second.error().message.contains(QStringLiteral("member_ref")),
                 qPrintable(second.error().message));

        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO member_tags(member_ref, tag_ref) "
                                             "VALUES (2, 77)")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO import_batches(id, preset, files, "
                                             "started_at) VALUES (3, 'p', '[]', 0)")));
        QVERIFY(sql::exec(db, QStringLiteral("INSERT INTO import_changes(batch_ref, seq, "
                                             "table_name, row_ref, row_last, action) VALUES "
                                             "(3, 1, 'members', 2, 2, 'insert')")));
        const Status third = checkBatchForeignKeys(ws, 3);
        QVERIFY(!third);
        QVERIFY2(third.error().message.contains(QStringLiteral("member_tags")),
                 qPrintable(third.error().message));
    }
};

QTEST_GUILESS_MAIN(TestForeignKeyCheck)
#include "tst_foreignkeycheck.moc"
