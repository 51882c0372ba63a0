// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupfixture.h"

#include "models/items/groupcommands.h"
#include "models/items/grouplistmodel.h"
#include "models/items/groupmembermodel.h"
#include "models/store/grouprepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace siyu;
using siyu::test::GroupFixture;

namespace {

struct Refs
{
    qint64 li = 0, anna = 0;
    qint64 coffee = 0, runners = 0, bakery = 0, empty = 0;
    QList<qint64> coffeeMembers;
};

// Four groups: Coffee lovers 9 of 10 (near its cap, 2 more have left), Runners club 3 without
// a cap, Bakery VIP 4 of 4 (full), Empty group 0 of 500.
Refs fourGroups(GroupFixture &f)
{
    Refs r;
    f.begin();
    r.li = f.addStaff(QStringLiteral("Li Wei"));
    r.anna = f.addStaff(QStringLiteral("Anna"));
    r.coffee = f.addGroup(QStringLiteral("G1"), QStringLiteral("Coffee lovers"),
                          QStringLiteral("wecom"), r.li, QStringLiteral("Tasting notes"), 10,
                          QStringLiteral("active"), f.at("2026-01-05"));
    r.runners = f.addGroup(QStringLiteral("G2"), QStringLiteral("Runners club"),
                           QStringLiteral("telegram"), r.anna, QStringLiteral("Weekend runs"),
                           QVariant(), QStringLiteral("active"), f.at("2026-02-01"));
    r.bakery = f.addGroup(QStringLiteral("G3"), QStringLiteral("Bakery VIP"),
                          QStringLiteral("wechat"), QVariant(), QStringLiteral("Members day"), 4,
                          QStringLiteral("archived"), f.at("2025-12-24"));
    r.empty = f.addGroup(QStringLiteral("G4"), QStringLiteral("Empty group"),
                         QStringLiteral("discord"), r.li, QString(), 500);
    QList<qint64> m;
    for (int i = 1; i <= 14; ++i)
        m << f.addMember(QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0')),
                         QStringLiteral("Member %1").arg(i), f.at("2026-01-01"));
    for (int i = 0; i < 9; ++i) {
        f.join(r.coffee, m[i], f.at("2026-03-01") + i * 86400, QVariant(),
               i == 0 ? QStringLiteral("owner")
                      : (i == 1 ? QStringLiteral("admin") : QStringLiteral("member")));
        r.coffeeMembers << m[i];
    }
    f.join(r.coffee, m[9], f.at("2026-03-01"), f.at("2026-04-01"));
    f.join(r.coffee, m[10], f.at("2026-03-01"), f.at("2026-04-02"));
    for (int i = 11; i < 14; ++i)
        f.join(r.runners, m[i], f.at("2026-03-05"));
    for (int i = 0; i < 4; ++i)
        f.join(r.bakery, m[i], f.at("2026-03-06"));
    f.commit();
    return r;
}

QStringList namesInOrder(const GroupListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, GroupListModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TestGroupModels : public QObject
{
    Q_OBJECT

private slots:
    void listCountsCurrentMembersAndFill()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        GroupListModel model(f.ws());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(GroupListModel::ColumnCount));

        const int coffee = model.rowOf(r.coffee);
        QVERIFY(coffee >= 0);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(coffee, GroupListModel::MembersColumn).toString(), QStringLiteral("9"));
        QCOMPARE(cell(coffee, GroupListModel::CapColumn).toString(), QStringLiteral("10"));
        QCOMPARE(cell(coffee, GroupListModel::FillColumn).toString(), QStringLiteral("90%"));
        QCOMPARE(cell(coffee, 0, GroupListModel::FillRole).toDouble(), 0.9);
        QCOMPARE(cell(coffee, 0, GroupListModel::NearCapRole).toBool(), true);
        QCOMPARE(cell(coffee, GroupListModel::OwnerColumn).toString(), QStringLiteral("Li Wei"));
        QCOMPARE(cell(coffee, GroupListModel::PlatformColumn).toString(), QStringLiteral("WeCom"));
        QCOMPARE(cell(coffee, GroupListModel::CreatedColumn).toString(),
                 QStringLiteral("5 Jan 2026"));
        QCOMPARE(cell(coffee, 0, GroupListModel::GroupRefRole).toLongLong(), r.coffee);

        const int runners = model.rowOf(r.runners);
        QCOMPARE(cell(runners, GroupListModel::MembersColumn).toString(), QStringLiteral("3"));
        QCOMPARE(cell(runners, GroupListModel::CapColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(runners, GroupListModel::FillColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(runners, 0, GroupListModel::FillRole).isValid());
        QCOMPARE(cell(runners, 0, GroupListModel::NearCapRole).toBool(), false);

        const int bakery = model.rowOf(r.bakery);
        QCOMPARE(cell(bakery, GroupListModel::FillColumn).toString(), QStringLiteral("100%"));
        QCOMPARE(cell(bakery, GroupListModel::OwnerColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(bakery, GroupListModel::StatusColumn).toString(), QStringLiteral("Archived"));

        const int empty = model.rowOf(r.empty);
        QCOMPARE(cell(empty, GroupListModel::MembersColumn).toString(), QStringLiteral("0"));
        QCOMPARE(cell(empty, GroupListModel::FillColumn).toString(), QStringLiteral("0%"));
        QCOMPARE(cell(empty, 0, GroupListModel::NearCapRole).toBool(), false);

        const auto alignment = cell(coffee, GroupListModel::MembersColumn, Qt::TextAlignmentRole)
                                   .value<Qt::Alignment>();
        QVERIFY(alignment & Qt::AlignRight);
    }

    void listSortsByEveryColumnUnderTester()
    {
        GroupFixture f;
        fourGroups(f);
        GroupListModel model(f.ws());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        for (int column = 0; column < GroupListModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            QCOMPARE(model.rowCount(), 4);
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 4);
        }
        model.sort(GroupListModel::MembersColumn, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(model),
                 QStringList({QStringLiteral("Coffee lovers"), QStringLiteral("Bakery VIP"),
                              QStringLiteral("Runners club"), QStringLiteral("Empty group")}));
        // Groups without a cap come last in both directions.
        model.sort(GroupListModel::FillColumn, Qt::DescendingOrder);
        QCOMPARE(namesInOrder(model),
                 QStringList({QStringLiteral("Bakery VIP"), QStringLiteral("Coffee lovers"),
                              QStringLiteral("Empty group"), QStringLiteral("Runners club")}));
        model.sort(GroupListModel::FillColumn, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(model),
                 QStringList({QStringLiteral("Empty group"), QStringLiteral("Coffee lovers"),
                              QStringLiteral("Bakery VIP"), QStringLiteral("Runners club")}));
        model.sort(GroupListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(model).first(), QStringLiteral("Bakery VIP"));
    }

    void sortKeepsTheSelectionOnItsGroup()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        GroupListModel model(f.ws());
        QVERIFY(model.reload().ok());
        QPersistentModelIndex selected = model.index(model.rowOf(r.runners), 0);
        model.sort(GroupListModel::MembersColumn, Qt::AscendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(GroupListModel::GroupRefRole).toLongLong(), r.runners);
    }

    void searchAndPlatformFilterInSql()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        GroupListModel model(f.ws());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("RUN"));
        QVERIFY(model.reload().ok());
        QCOMPARE(namesInOrder(model), QStringList(QStringLiteral("Runners club")));
        model.setSearch(QStringLiteral("tasting")); // the theme
        QVERIFY(model.reload().ok());
        QCOMPARE(namesInOrder(model), QStringList(QStringLiteral("Coffee lovers")));
        model.setSearch(QStringLiteral("%")); // a wildcard is searched for, not expanded
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        model.setPlatform(QStringLiteral("wechat"));
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(GroupListModel::GroupRefRole).toLongLong(), r.bakery);

        GroupRepository repository(f.ws());
        QCOMPARE(*repository.platforms(),
                 QStringList({QStringLiteral("discord"), QStringLiteral("telegram"),
                              QStringLiteral("wechat"), QStringLiteral("wecom")}));
    }

    void memberModelShowsCurrentMembersWithoutContactDetails()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        GroupMemberModel model(f.ws());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setGroup(r.coffee).ok());
        QCOMPARE(model.rowCount(), 9);
        // By role first: the owner, then the admin.
        QCOMPARE(model.index(0, GroupMemberModel::RoleColumn).data().toString(),
                 QStringLiteral("Owner"));
        QCOMPARE(model.index(0, GroupMemberModel::NameColumn).data().toString(),
                 QStringLiteral("Member 1"));
        QCOMPARE(model.index(1, GroupMemberModel::RoleColumn).data().toString(),
                 QStringLiteral("Admin"));
        QCOMPARE(model.index(0, GroupMemberModel::JoinedColumn).data().toString(),
                 QStringLiteral("1 Mar 2026"));
        QCOMPARE(model.index(0, 0).data(GroupMemberModel::MemberRefRole).toLongLong(),
                 r.coffeeMembers.first());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString text = model.index(row, column).data().toString();
                QVERIFY(!text.contains(QLatin1String("@example.com")));
                QVERIFY(!text.contains(QLatin1String("+86")));
            }
        }
        QCOMPARE(*GroupRepository(f.ws()).currentMemberRefs(r.coffee), r.coffeeMembers);

        model.sort(GroupMemberModel::JoinedColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, GroupMemberModel::NameColumn).data().toString(),
                 QStringLiteral("Member 9"));
        QVERIFY(model.setGroup(r.empty).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setGroup(0).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    void membersInTheTrashCountNowhere()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        f.exec("UPDATE members SET deleted_at = 1 WHERE id = ?", {r.coffeeMembers.last()});
        GroupListModel list(f.ws());
        QVERIFY(list.reload().ok());
        QCOMPARE(list.index(list.rowOf(r.coffee), GroupListModel::MembersColumn).data().toString(),
                 QStringLiteral("8"));
        GroupMemberModel members(f.ws());
        QVERIFY(members.setGroup(r.coffee).ok());
        QCOMPARE(members.rowCount(), 8);
        QCOMPARE(GroupRepository(f.ws()).currentMemberRefs(r.coffee)->size(), 8);
    }

    void memberModelLoadsPagesNotRows()
    {
        GroupFixture f;
        f.begin();
        const qint64 group = f.addGroup(QStringLiteral("BIG"), QStringLiteral("Big group"),
                                        QStringLiteral("wechat"), QVariant(), QString(), 500);
        for (int i = 0; i < 450; ++i) {
            const qint64 member =
                f.addMember(QStringLiteral("B%1").arg(i), QStringLiteral("Big %1").arg(i));
            f.join(group, member, f.at("2026-05-01") + i);
        }
        f.commit();
        GroupMemberModel model(f.ws());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setGroup(group).ok());
        QCOMPARE(model.rowCount(), 450);
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().isValid());
            seen.insert(model.memberRef(row));
        }
        QCOMPARE(seen.size(), 450);
        // 450 rows in pages of 100: five queries for the whole table, whoever asked first.
        QCOMPARE(model.pageLoads(), 5);
        QCOMPARE(model.index(449, GroupMemberModel::NameColumn).data().toString(),
                 QStringLiteral("Big 449"));
    }

    void editsAreUndoableCommands()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        QUndoStack stack;
        GroupListModel model(f.ws());
        model.setUndoStack(&stack);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QSignalSpy changed(&model, &GroupListModel::groupChanged);
        auto stored = [&](const char *column) {
            return sql::scalar(f.ws().db(),
                               QStringLiteral("SELECT %1 FROM groups WHERE id = ?")
                                   .arg(QLatin1String(column)),
                               {r.coffee})
                .value();
        };
        const int row = model.rowOf(r.coffee);

        QVERIFY(model.setData(model.index(row, GroupListModel::NameColumn),
                              QStringLiteral("  Coffee fans ")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Rename group “Coffee lovers”"));
        QCOMPARE(stored("name").toString(), QStringLiteral("Coffee fans"));
        QCOMPARE(model.index(row, GroupListModel::NameColumn).data().toString(),
                 QStringLiteral("Coffee fans"));
        QCOMPARE(changed.count(), 1);

        QVERIFY(model.setData(model.index(row, GroupListModel::CapColumn), 0)); // no cap
        QVERIFY(stored("member_cap").isNull());
        QCOMPARE(model.index(row, GroupListModel::FillColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(model.setData(model.index(row, GroupListModel::OwnerColumn), r.anna));
        QCOMPARE(stored("owner_ref").toLongLong(), r.anna);
        QVERIFY(model.setData(model.index(row, GroupListModel::StatusColumn),
                              QStringLiteral("archived")));
        QVERIFY(model.setData(model.index(row, GroupListModel::ThemeColumn), QString()));
        QVERIFY(stored("theme").isNull());
        QCOMPARE(stack.count(), 5);

        stack.undo(); // theme
        QCOMPARE(stored("theme").toString(), QStringLiteral("Tasting notes"));
        stack.undo(); // status
        QCOMPARE(stored("status").toString(), QStringLiteral("active"));
        stack.undo(); // owner
        QCOMPARE(stored("owner_ref").toLongLong(), r.li);
        stack.undo(); // cap
        QCOMPARE(stored("member_cap").toInt(), 10);
        QCOMPARE(model.index(row, GroupListModel::FillColumn).data().toString(),
                 QStringLiteral("90%"));
        stack.undo(); // name
        QCOMPARE(stored("name").toString(), QStringLiteral("Coffee lovers"));
        stack.redo();
        QCOMPARE(stored("name").toString(), QStringLiteral("Coffee fans"));
        QCOMPARE(changed.count(), 11);
    }

    void invalidEditsAreRefusedWithoutACommand()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        QUndoStack stack;
        GroupListModel model(f.ws());
        model.setUndoStack(&stack);
        QVERIFY(model.reload().ok());
        QSignalSpy errors(&model, &GroupListModel::errorOccurred);
        const int row = model.rowOf(r.coffee);
        QVERIFY(!model.setData(model.index(row, GroupListModel::NameColumn), QStringLiteral(" ")));
        QVERIFY(!model.setData(model.index(row, GroupListModel::OwnerColumn), qint64(9999)));
        QVERIFY(!model.setData(model.index(row, GroupListModel::MembersColumn), 3));
        QCOMPARE(errors.count(), 2);
        QCOMPARE(stack.count(), 0);
        // The same value again is no change and no command.
        QVERIFY(model.setData(model.index(row, GroupListModel::CapColumn), 10));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(GroupRepository(f.ws()).summary(r.coffee)->name, QStringLiteral("Coffee lovers"));
    }

    void undoOfAFieldChangedElsewhereGoesObsolete()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        QUndoStack stack;
        GroupListModel model(f.ws());
        model.setUndoStack(&stack);
        QVERIFY(model.reload().ok());
        QSignalSpy errors(&model, &GroupListModel::errorOccurred);
        const int row = model.rowOf(r.coffee);
        QVERIFY(model.setData(model.index(row, GroupListModel::NameColumn),
                              QStringLiteral("Coffee fans")));
        QVERIFY(model.setData(model.index(row, GroupListModel::CapColumn), 0));
        // An import renames the group meanwhile.
        QVERIFY(GroupRepository(f.ws()).setField(r.coffee, GroupField::Name,
                                                 QStringLiteral("Coffee club")));
        stack.undo(); // the cap: nobody touched it, back to 10
        QCOMPARE(*GroupRepository(f.ws()).field(r.coffee, GroupField::Cap), QVariant(10));
        QCOMPARE(errors.count(), 0);
        stack.undo(); // the name: changed since, left as it is
        QCOMPARE(GroupRepository(f.ws()).summary(r.coffee)->name, QStringLiteral("Coffee club"));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(stack.count(), 1);
        QVERIFY(!stack.canUndo());
        QCOMPARE(model.index(model.rowOf(r.coffee), GroupListModel::NameColumn).data().toString(),
                 QStringLiteral("Coffee club"));
    }

    void commandOutlivesItsModel()
    {
        GroupFixture f;
        const Refs r = fourGroups(f);
        QUndoStack stack;
        {
            GroupListModel model(f.ws());
            model.setUndoStack(&stack);
            QVERIFY(model.reload().ok());
            QVERIFY(
                model.setData(model.index(model.rowOf(r.runners), GroupListModel::CapColumn), 200));
        }
        QCOMPARE(*GroupRepository(f.ws()).field(r.runners, GroupField::Cap), QVariant(200));
        stack.undo();
        QVERIFY(GroupRepository(f.ws()).field(r.runners, GroupField::Cap)->isNull());
    }
};

QTEST_MAIN(TestGroupModels)
#include "tst_groupmodels.moc"
