// SPDX-License-Identifier: GPL-3.0-or-later
// Phones in the member list: a number typed in any form finds its member, a phone typed by hand
// is stored in E.164 (or refused, saying why), and lists keep it masked.
#include "memberfixture.h"

#include "models/common/masking.h"
#include "models/items/membereditor.h"
#include "models/store/memberlist.h"
#include "models/store/memberrepository.h"
#include "models/store/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestMemberPhones : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<Workspace> fresh()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("p%1.siyu").arg(++m_serial)));
        return ws ? std::move(*ws) : nullptr;
    }
    // A member as an import stores them: the phone in E.164.
    qint64 addMember(Workspace &ws, const QString &memberId, const QString &phone)
    {
        fixture::exec(ws,
                      QStringLiteral("INSERT INTO members(member_id, name, gender, phone, "
                                     "joined_at, consent) VALUES(?, 'Someone', 'U', ?, ?, "
                                     "'unknown')"),
                      {memberId, phone, fixture::baseTime});
        return sql::scalar(ws.db(), QStringLiteral("SELECT last_insert_rowid()"))->toLongLong();
    }
    QStringList found(Workspace &ws, const QString &search)
    {
        MemberFilter filter;
        filter.search = search;
        auto ids = memberlist::ids(ws, filter, MemberSortKey::MemberId, Qt::AscendingOrder, {});
        if (!ids)
            return {QStringLiteral("error: ") + ids.error().message};
        QStringList out;
        for (const qint64 ref : ids->ids)
            out << sql::scalar(ws.db(),
                               QStringLiteral("SELECT member_id FROM members WHERE id = ?"), {ref})
                       ->toString();
        // The count the list shows agrees.
        const auto counted = memberlist::count(ws, filter);
        if (!counted || *counted != out.size())
            out << QStringLiteral("count differs");
        return out;
    }
    QString storedPhone(Workspace &ws, qint64 ref, const char *column = "phone")
    {
        const QVariant v = *sql::scalar(
            ws.db(),
            QStringLiteral("SELECT %1 FROM members WHERE id = ?").arg(QLatin1String(column)),
            {ref});
        return v.isNull() ? QStringLiteral("∅") : v.toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void digitsFindTheMemberInEveryForm_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("digits") << QStringLiteral("19155852826");
        QTest::newRow("spaced") << QStringLiteral("191 5585 2826");
        QTest::newRow("+86 and dashes") << QStringLiteral("+86 191-5585-2826");
        QTest::newRow("86 without +") << QStringLiteral("8619155852826");
        QTest::newRow("0086") << QStringLiteral("0086 191 5585 2826");
        QTest::newRow("e164") << QStringLiteral("+8619155852826");
        QTest::newRow("part, spaced") << QStringLiteral("5585 2826");
        QTest::newRow("part, digits") << QStringLiteral("155852");
    }

    void digitsFindTheMemberInEveryForm()
    {
        QFETCH(QString, search);
        auto ws = fresh();
        addMember(*ws, QStringLiteral("M1"), QStringLiteral("+8619155852826"));
        addMember(*ws, QStringLiteral("M2"), QStringLiteral("+8613912345679"));
        addMember(*ws, QStringLiteral("M3"), QStringLiteral("+16502530000"));
        QCOMPARE(found(*ws, search), QStringList{QStringLiteral("M1")});
    }

    void aNumberWithoutCodeIsOfTheWorkspacesRegion()
    {
        auto ws = fresh();
        addMember(*ws, QStringLiteral("M1"), QStringLiteral("+8619155852826"));
        addMember(*ws, QStringLiteral("M3"), QStringLiteral("+16502530000"));
        QCOMPARE(found(*ws, QStringLiteral("+1 (650) 253-0000")),
                 QStringList{QStringLiteral("M3")});
        QVERIFY(settings::phoneRegion.set(*ws, QStringLiteral("US")));
        QCOMPARE(found(*ws, QStringLiteral("(650) 253-0000")), QStringList{QStringLiteral("M3")});
        QCOMPARE(found(*ws, QStringLiteral("650-253-0000")), QStringList{QStringLiteral("M3")});
    }

    void searchesThatAreNoNumberAreUnchanged()
    {
        auto ws = fresh();
        addMember(*ws, QStringLiteral("M1"), QStringLiteral("+8619155852826"));
        QCOMPARE(found(*ws, QStringLiteral("Someone")), QStringList{QStringLiteral("M1")});
        QCOMPARE(found(*ws, QStringLiteral("13800000000")), QStringList());
        QCOMPARE(found(*ws, QStringLiteral("M1")), QStringList{QStringLiteral("M1")});
    }

    void handEditsAreStoredInE164()
    {
        auto ws = fresh();
        const qint64 ref = addMember(*ws, QStringLiteral("M1"), QString());
        fixture::exec(*ws,
                      QStringLiteral("UPDATE members SET phone = '+8613912345679', "
                                     "phone_raw = '139 1234 5679' WHERE id = ?"),
                      {ref});
        MemberRepository repository(*ws);
        QVERIFY(repository.setField(ref, MemberField::Phone, QStringLiteral("191 5585 2826")));
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+8619155852826"));
        // The source's form of the old number goes with it.
        QCOMPARE(storedPhone(*ws, ref, "phone_raw"), QStringLiteral("∅"));
        QVERIFY(repository.setField(ref, MemberField::Phone, QStringLiteral("+1 650 253 0000")));
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+16502530000"));
        QVERIFY(repository.setField(ref, MemberField::Phone, QString()));
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("∅"));
    }

    void invalidHandEditsAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("words");
        QTest::newRow("10-digit mobile") << QStringLiteral("1391234567") << "CN (+86)";
        QTest::newRow("letters") << QStringLiteral("139 1234 567a") << "letters";
        QTest::newRow("too short") << QStringLiteral("1234") << "short";
    }

    void invalidHandEditsAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, words);
        auto ws = fresh();
        const qint64 ref = addMember(*ws, QStringLiteral("M1"), QStringLiteral("+8619155852826"));
        QUndoStack stack;
        MemberEditor editor(*ws, &stack);
        QSignalSpy errors(&editor, &MemberEditor::errorOccurred);
        QVERIFY(!editor.setField(ref, MemberField::Phone, typed));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("not a valid phone number")), qPrintable(message));
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(!message.contains(typed), qPrintable(message));
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+8619155852826"));
        QCOMPARE(stack.count(), 0);
    }

    void aHandEditIsUndoable()
    {
        auto ws = fresh();
        const qint64 ref = addMember(*ws, QStringLiteral("M1"), QStringLiteral("+8619155852826"));
        QUndoStack stack;
        MemberEditor editor(*ws, &stack);
        QVERIFY(editor.setField(ref, MemberField::Phone, QStringLiteral("139-1234-5679")));
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+8613912345679"));
        stack.undo();
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+8619155852826"));
        stack.redo();
        QCOMPARE(storedPhone(*ws, ref), QStringLiteral("+8613912345679"));
        // And the new number is found by its digits.
        QCOMPARE(found(*ws, QStringLiteral("13912345679")), QStringList{QStringLiteral("M1")});
    }

    void listsMaskTheE164Form()
    {
        QCOMPARE(masking::phone(u"+8619155852826"), QStringLiteral("+86 191****2826"));
        QCOMPARE(masking::phone(u"+16502530000"), QStringLiteral("+1 650***0000"));
        QCOMPARE(masking::phone(u"+442079460018"), QStringLiteral("+44 207***0018"));
    }
};

QTEST_GUILESS_MAIN(TestMemberPhones)
#include "tst_memberphones.moc"
