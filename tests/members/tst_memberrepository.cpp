// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfixture.h"

#include "models/store/memberlist.h"
#include "models/store/memberrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestMemberRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Fixture m_fx;
    int m_serial = 0;

    Workspace &ws() { return *m_fx.ws; }
    qint64 count(const QString &statement, const QVariantList &binds = {})
    {
        auto value = sql::scalar(ws().db(), statement, binds);
        if (!value)
            qFatal("%s", qPrintable(value.error().message));
        return value->toLongLong();
    }
    const fixture::Member &member(int i) const { return m_fx.members.at(i - 1); }

private slots:
    void init()
    {
        // A fresh workspace per test: erasures and edits must not leak into the next test.
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("ws%1.siyu").arg(++m_serial)), 60);
    }

    void cleanup() { m_fx = {}; }

    void loadsEverything()
    {
        MemberRepository repo(ws());
        const fixture::Member &expected = member(30); // vip, newbie; group 1; events; orders
        auto loaded = repo.load(expected.ref);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
        const MemberRecord &r = *loaded;
        QCOMPARE(r.memberId, expected.memberId);
        QCOMPARE(r.name, expected.name);
        QCOMPARE(r.phone, expected.phone);
        QCOMPARE(r.email, expected.email);
        QCOMPARE(r.remark, expected.remark);
        QCOMPARE(r.stage, expected.stage);
        QCOMPARE(r.staffRef, expected.staffRef);
        QCOMPARE(r.staffName, fixture::staffNames.at(int(*expected.staffRef - 1)));
        QCOMPARE(r.tags, (QStringList{QStringLiteral("newbie"), QStringLiteral("vip")}));
        QCOMPARE(r.identities.size(), 1);
        QCOMPARE(r.identities.first().kind, QStringLiteral("wecom"));
        QCOMPARE(r.groups.size(), 1);
        QCOMPARE(r.groups.first().name, QStringLiteral("Tea lovers"));
        QCOMPARE(r.groups.first().role, QStringLiteral("member"));
        QVERIFY(!r.groups.first().leftAt);
        QCOMPARE(r.paidOrders, 2);
        QVERIFY(!r.deletedAt);
    }

    void loadMissingMemberIsAnError()
    {
        MemberRepository repo(ws());
        auto loaded = repo.load(999999);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("999999")));
    }

    void timelineMergesEventsAndOrdersNewestFirst()
    {
        MemberRepository repo(ws());
        const fixture::Member &m = member(12); // 3 events (t+1h, +2h, +3h), 2 orders (+2.5h, +4.5h)
        QCOMPARE(*repo.timelineSize(m.ref), 5);
        auto all = repo.timeline(m.ref, 0, 50);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5);
        for (int i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).at >= all->at(i).at);
        QCOMPARE(all->at(0).kind, TimelineEntry::Kind::Order);
        QCOMPARE(all->at(0).at, m.joinedAt + 2 * 7200 + 1800);
        QCOMPARE(all->at(0).amountCents, m.paidCents / 2);
        QCOMPARE(all->at(1).kind, TimelineEntry::Kind::Event);
        QCOMPARE(all->at(1).type, QStringLiteral("message"));
        QCOMPARE(all->at(1).group, QStringLiteral("Tea lovers"));
        QCOMPARE(all->at(2).kind, TimelineEntry::Kind::Order);
        // Paging yields the same entries in the same order.
        auto first = repo.timeline(m.ref, 0, 2);
        auto rest = repo.timeline(m.ref, 2, 10);
        QCOMPARE(first->size(), 2);
        QCOMPARE(rest->size(), 3);
        QCOMPARE(first->at(1).ref, all->at(1).ref);
        QCOMPARE(rest->at(0).ref, all->at(2).ref);
        QCOMPARE(rest->at(2).ref, all->at(4).ref);
    }

    void setsEveryField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name") << int(MemberField::Name) << QVariant(QStringLiteral("New Name"));
        QTest::newRow("remark") << int(MemberField::Remark) << QVariant(QStringLiteral("note"));
        QTest::newRow("gender") << int(MemberField::Gender) << QVariant(QStringLiteral("F"));
        QTest::newRow("city") << int(MemberField::City) << QVariant(QStringLiteral("Xi'an"));
        // As stored: E.164 (tst_memberphones types other forms).
        QTest::newRow("phone") << int(MemberField::Phone)
                               << QVariant(QStringLiteral("+8613900001111"));
        QTest::newRow("email") << int(MemberField::Email)
                               << QVariant(QStringLiteral("new@example.org"));
        QTest::newRow("source") << int(MemberField::Source) << QVariant(QStringLiteral("slack"));
        QTest::newRow("staff") << int(MemberField::Staff) << QVariant(qint64(3));
        QTest::newRow("no staff") << int(MemberField::Staff) << QVariant();
        QTest::newRow("stage") << int(MemberField::Stage) << QVariant(QStringLiteral("loyalty"));
        QTest::newRow("consent") << int(MemberField::Consent) << QVariant(QStringLiteral("no"));
        QTest::newRow("consent at") << int(MemberField::ConsentAt) << QVariant(qint64(1234567));
        QTest::newRow("consent source")
            << int(MemberField::ConsentSource) << QVariant(QStringLiteral("form"));
        QTest::newRow("notes") << int(MemberField::Notes)
                               << QVariant(QStringLiteral("line 1\nline 2"));
        QTest::newRow("joined") << int(MemberField::JoinedAt) << QVariant(qint64(1700000000));
        QTest::newRow("referrer") << int(MemberField::Referrer) << QVariant(qint64(2));
        QTest::newRow("clear remark") << int(MemberField::Remark) << QVariant();
    }

    void setsEveryField()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        MemberRepository repo(ws());
        const qint64 ref = member(8).ref;
        const Status status = repo.setField(ref, MemberField(field), value);
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message));
        auto loaded = repo.load(ref);
        QVERIFY(loaded.ok());
        const QVariant stored = loaded->value(MemberField(field));
        QCOMPARE(stored.isValid(), value.isValid());
        if (value.isValid())
            QCOMPARE(stored.toString(), value.toString());
        QVERIFY(loaded->updatedAt.has_value());
    }

    void rejectsInvalidValues_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("phone") << int(MemberField::Phone) << QVariant(QStringLiteral("call me"));
        QTest::newRow("email") << int(MemberField::Email) << QVariant(QStringLiteral("nobody"));
        QTest::newRow("gender") << int(MemberField::Gender) << QVariant(QStringLiteral("X"));
        QTest::newRow("stage") << int(MemberField::Stage) << QVariant(QStringLiteral("asleep"));
        QTest::newRow("consent") << int(MemberField::Consent) << QVariant(QStringLiteral("maybe"));
        QTest::newRow("joined") << int(MemberField::JoinedAt) << QVariant();
        QTest::newRow("self referrer") << int(MemberField::Referrer) << QVariant(qint64(8));
        QTest::newRow("missing staff") << int(MemberField::Staff) << QVariant(qint64(99));
    }

    void rejectsInvalidValues()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        MemberRepository repo(ws());
        const qint64 ref = member(8).ref;
        const MemberRecord before = *repo.load(ref);
        QVERIFY(!repo.setField(ref, MemberField(field), value).ok());
        const MemberRecord after = *repo.load(ref);
        QCOMPARE(after.value(MemberField(field)), before.value(MemberField(field)));
    }

    void stageChangeIsRecorded()
    {
        MemberRepository repo(ws());
        const fixture::Member &m = member(1); // interest
        QVERIFY(repo.setField(m.ref, MemberField::Stage, QStringLiteral("purchase")).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE member_ref = ? "
                                      "AND from_stage = 'interest' AND to_stage = 'purchase'"),
                       {m.ref}),
                 1);
        QVERIFY(repo.load(m.ref)->stageSince.has_value());
        // Setting the same stage again is no move.
        QVERIFY(repo.setField(m.ref, MemberField::Stage, QStringLiteral("purchase")).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stage_history WHERE member_ref = ?"),
                       {m.ref}),
                 1);
    }

    void customFields()
    {
        MemberRepository repo(ws());
        const qint64 ref = member(3).ref;
        QVERIFY(repo.setCustomField(ref, QStringLiteral("shoe size"), 38).ok());
        QVERIFY(repo.setCustomField(ref, QStringLiteral("skin"), QStringLiteral("dry")).ok());
        auto loaded = repo.load(ref);
        QCOMPARE(loaded->custom.value(QStringLiteral("shoe size")).toInt(), 38);
        QCOMPARE(loaded->custom.value(QStringLiteral("skin")).toString(), QStringLiteral("dry"));
        QVERIFY(repo.setCustomField(ref, QStringLiteral("shoe size"), QVariant()).ok());
        loaded = repo.load(ref);
        QVERIFY(!loaded->custom.contains(QStringLiteral("shoe size")));
        QCOMPARE(loaded->custom.size(), 1);
        QVERIFY(!repo.setCustomField(ref, QStringLiteral("  "), 1).ok());
    }

    void tagsAddRemoveAndComplete()
    {
        MemberRepository repo(ws());
        const qint64 ref = member(1).ref; // no tags
        auto added = repo.addTag(ref, QStringLiteral(" night-owl "));
        QVERIFY(added.ok());
        QVERIFY(*added);
        QVERIFY(!*repo.addTag(ref, QStringLiteral("night-owl"))); // already there
        QVERIFY(repo.tagNames()->contains(QStringLiteral("night-owl")));
        QCOMPARE(repo.load(ref)->tags, QStringList{QStringLiteral("night-owl")});
        QVERIFY(*repo.addTag(ref, QStringLiteral("vip")));
        QCOMPARE(repo.load(ref)->tags,
                 (QStringList{QStringLiteral("night-owl"), QStringLiteral("vip")}));
        QVERIFY(*repo.removeTag(ref, QStringLiteral("night-owl")));
        QVERIFY(!*repo.removeTag(ref, QStringLiteral("night-owl")));
        QCOMPARE(repo.load(ref)->tags, QStringList{QStringLiteral("vip")});
        QVERIFY(repo.tagNames()->contains(QStringLiteral("night-owl"))); // the tag stays
        QVERIFY(!repo.addTag(ref, QStringLiteral("a;b")).ok());
        QVERIFY(!repo.addTag(999999, QStringLiteral("x")).ok());
    }

    void softDeleteAndRestore()
    {
        MemberRepository repo(ws());
        const QList<qint64> refs{member(2).ref, member(3).ref};
        MemberFilter live;
        QCOMPARE(*memberlist::count(ws(), live), 60);
        auto deleted = repo.softDelete(refs);
        QVERIFY(deleted.ok());
        QCOMPARE(*deleted, refs);
        QCOMPARE(*repo.softDelete(refs), QList<qint64>()); // already deleted
        QCOMPARE(*memberlist::count(ws(), live), 58);
        MemberFilter trash;
        trash.deleted = true;
        QCOMPARE(memberlist::ids(ws(), trash, MemberSortKey::Name, Qt::AscendingOrder)->ids,
                 (QVector<qint64>{refs.at(0), refs.at(1)}));
        QVERIFY(repo.load(refs.at(0))->deletedAt.has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                      "object_kind = 'members' AND detail = '{\"members\":2}'")),
                 1);
        QVERIFY(repo.softDelete({member(9).ref}).ok());
        QCOMPARE(count(QStringLiteral("SELECT object_ref FROM audit_log WHERE action = 'delete' "
                                      "AND object_kind = 'member'")),
                 member(9).ref);
        QVERIFY(repo.restore({member(9).ref}).ok());
        QVERIFY(repo.restore(refs).ok());
        QCOMPARE(*memberlist::count(ws(), live), 60);
        QVERIFY(!repo.load(refs.at(0))->deletedAt.has_value());
    }

    void eraseRemovesEverythingNamingTheMember()
    {
        MemberRepository repo(ws());
        const fixture::Member &m = member(30);
        const qint64 ref = m.ref;
        // Someone this member referred, a segment, stage history and an import's undo log.
        QVERIFY(repo.setField(member(31).ref, MemberField::Referrer, ref).ok());
        QVERIFY(repo.setField(ref, MemberField::Stage, QStringLiteral("churn")).ok());
        fixture::exec(ws(), QStringLiteral("INSERT INTO segments(name) VALUES('s')"));
        fixture::exec(ws(), QStringLiteral("INSERT INTO segment_members VALUES(1, ?), (1, ?)"),
                      {ref, member(31).ref});
        fixture::exec(ws(), QStringLiteral("INSERT INTO import_batches(preset, files, started_at) "
                                           "VALUES('siyu-members', 'a.csv', 0)"));
        const QString before =
            QStringLiteral(R"({"id":%1,"name":"%2","phone":"%3"})").arg(ref).arg(m.name, m.phone);
        const QString otherBefore = QStringLiteral(R"({"id":%1,"name":"x","referrer_ref":%2})")
                                        .arg(member(31).ref)
                                        .arg(ref);
        const qint64 orderRef =
            count(QStringLiteral("SELECT min(id) FROM orders WHERE member_ref = ?"), {ref});
        fixture::exec(
            ws(),
            QStringLiteral("INSERT INTO import_changes(batch_ref, seq, table_name, row_ref, "
                           "action, before, row_last) VALUES (1, 1, 'members', ?, 'update', ?, "
                           "NULL), (1, 2, 'orders', ?, 'update', '{\"amount_cents\":5}', NULL), "
                           "(1, 3, 'members', ?, 'update', ?, NULL), "
                           "(1, 4, 'members', ?, 'insert', NULL, ?)"),
            {ref, before, orderRef, member(31).ref, otherBefore, ref, member(31).ref});
        // An insert entry (ids only, here a range over another member too) is no personal
        // data: it stays, so that undoing the import still removes the others.

        auto erased = repo.erase(ref);
        QVERIFY2(erased.ok(), qPrintable(erased ? QString() : erased.error().message));
        QCOMPARE(erased->identities, 1);
        QCOMPARE(erased->tags, 2);
        QCOMPARE(erased->memberships, 1);
        QCOMPARE(erased->events, 0);
        QCOMPARE(erased->orders, 2);
        QCOMPARE(erased->stageHistory, 1);
        QCOMPARE(erased->segmentMembers, 1);
        QCOMPARE(erased->referralsUnlinked, 1);
        QCOMPARE(erased->importChanges, 3); // two removed, one scrubbed

        for (const char *table : {"identities", "member_tags", "memberships", "events", "orders",
                                  "stage_history", "segment_members"}) {
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE member_ref = ?")
                               .arg(QLatin1String(table)),
                           {ref}),
                     0);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members WHERE id = ?"), {ref}), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM members WHERE referrer_ref = ?"), {ref}), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_changes")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM import_changes WHERE before LIKE ?"),
                       {QStringLiteral("%referrer_ref\":%1%").arg(ref)}),
                 0);
        // Other members keep their data.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM segment_members")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members")), 59);
        // The search index forgot them too.
        MemberFilter byPhone;
        byPhone.search = m.phone;
        QCOMPARE(*memberlist::count(ws(), byPhone), 0);

        // One audit row, naming the row id and counts, no personal data.
        auto audit = sql::run(ws().db(), QStringLiteral("SELECT object_kind, object_ref, detail "
                                                        "FROM audit_log WHERE action = 'erase'"));
        QVERIFY(audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("member"));
        QCOMPARE(audit->value(1).toLongLong(), ref);
        const QString detail = audit->value(2).toString();
        for (const QString &personal : {m.name, m.phone, m.email, m.memberId})
            QVERIFY2(!detail.contains(personal), qPrintable(detail));
        const QJsonObject counts = QJsonDocument::fromJson(detail.toUtf8()).object();
        QCOMPARE(counts.value(QStringLiteral("orders")).toInt(), 2);
        QVERIFY(!audit->next());
    }

    void eraseOfMissingMemberChangesNothing()
    {
        MemberRepository repo(ws());
        QVERIFY(!repo.erase(999999).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM members")), 60);
    }

    void unmaskIsAudited()
    {
        MemberRepository repo(ws());
        QVERIFY(repo.recordUnmask(0, 60).ok());
        QVERIFY(repo.recordUnmask(member(5).ref, 1).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmask'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT object_ref FROM audit_log WHERE action = 'unmask' "
                                      "AND object_kind = 'member'")),
                 member(5).ref);
    }

    void choices()
    {
        MemberRepository repo(ws());
        QCOMPARE(repo.staff()->size(), 3);
        QCOMPARE(repo.staff()->first().name, QStringLiteral("Chen Jing"));
        QCOMPARE(repo.groups()->size(), 2);
        QCOMPARE(*repo.sources(), (QStringList{QStringLiteral("shop"), QStringLiteral("telegram"),
                                               QStringLiteral("wecom")}));
        QCOMPARE(*repo.refOf(member(7).memberId), member(7).ref);
        QVERIFY(!repo.refOf(QStringLiteral("nope")).ok());
    }
};

QTEST_GUILESS_MAIN(TestMemberRepository)
#include "tst_memberrepository.moc"
