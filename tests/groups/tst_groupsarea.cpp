// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupfixture.h"

#include "models/items/grouplistmodel.h"
#include "models/items/groupmembermodel.h"
#include "widgets/groups/groupdetailpane.h"
#include "widgets/groups/grouphealthchart.h"
#include "widgets/groups/groupsarea.h"
#include "widgets/groups/placeholdertableview.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>

using namespace siyu;
using siyu::test::GroupFixture;

namespace {

struct Fixture
{
    qint64 coffee = 0, runners = 0;
    QList<qint64> coffeeMembers;
};

// Two groups with members who joined and posted over the last weeks (relative to now, as the
// area shows the twelve weeks up to today).
Fixture groups(GroupFixture &f)
{
    Fixture r;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 day = 86400;
    f.begin();
    const qint64 owner = f.addStaff(QStringLiteral("Li Wei"));
    r.coffee = f.addGroup(QStringLiteral("G1"), QStringLiteral("Coffee lovers"),
                          QStringLiteral("wecom"), owner, QStringLiteral("Tasting notes"), 5);
    r.runners =
        f.addGroup(QStringLiteral("G2"), QStringLiteral("Runners club"), QStringLiteral("telegram"),
                   QVariant(), QStringLiteral("Weekend runs"), QVariant());
    for (int i = 0; i < 5; ++i) {
        const qint64 m =
            f.addMember(QStringLiteral("M%1").arg(i), QStringLiteral("Member %1").arg(i));
        f.join(r.coffee, m, now - (40 - i * 7) * day, QVariant(),
               i == 0 ? QStringLiteral("owner") : QStringLiteral("member"));
        f.event(m, "message", now - 3 * day, r.coffee);
        r.coffeeMembers << m;
    }
    const qint64 gone = f.addMember(QStringLiteral("X"), QStringLiteral("Gone"));
    f.join(r.coffee, gone, now - 30 * day, now - 10 * day);
    f.commit();
    return r;
}

int rowOfMemberRef(const QAbstractItemModel *model, qint64 ref)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(GroupMemberModel::MemberRefRole).toLongLong() == ref)
            return row;
    }
    return -1;
}

} // namespace

class TestGroupsArea : public QObject
{
    Q_OBJECT

private slots:
    void showsGroupsAndTheSelectedGroup()
    {
        GroupFixture f;
        const Fixture r = groups(f);
        QUndoStack stack;
        GroupsArea area;
        area.resize(1100, 760);
        area.setWorkspace(&f.ws(), &stack);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));

        QCOMPARE(area.title(), QStringLiteral("Groups"));
        QCOMPARE(area.groupView()->model()->rowCount(), 2);
        QCOMPARE(area.platformBox()->count(), 3); // all, telegram, wecom
        QVERIFY(area.selectGroup(r.coffee));
        QCOMPARE(area.currentGroupRef(), r.coffee);
        GroupDetailPane *detail = area.detailPane();
        QVERIFY(detail->isShowingGroup());
        QCOMPARE(detail->memberView()->model()->rowCount(), 5);
        QCOMPARE(detail->tileText(0), QStringLiteral("5 / 5"));
        QCOMPARE(detail->tileText(1), QStringLiteral("6")); // joins over the twelve weeks
        QCOMPARE(detail->tileText(2), QStringLiteral("1"));
        QVERIFY(detail->chart()->emptyMessage().isEmpty());
        QVERIFY(detail->chart()->tooltipForWeek(11).contains(QStringLiteral("Messages")));
        QVERIFY(!area.grab().isNull());

        QVERIFY(area.selectGroup(r.runners));
        QCOMPARE(detail->memberView()->model()->rowCount(), 0);
        QCOMPARE(detail->tileText(3), QStringLiteral("—")); // no members: not defined
        QVERIFY(!detail->showAllButton()->isEnabled());
        QVERIFY(!detail->chart()->emptyMessage().isEmpty());

        area.setWorkspace(nullptr, nullptr);
        QVERIFY(!detail->isShowingGroup());
        QVERIFY(area.groupView()->model() == nullptr);
    }

    void searchAndPlatformFilter()
    {
        GroupFixture f;
        const Fixture r = groups(f);
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        area.searchBox()->setText(QStringLiteral("weekend"));
        area.applyFilter();
        QCOMPARE(area.groupView()->model()->rowCount(), 1);
        QCOMPARE(area.currentGroupRef(), r.runners);
        area.searchBox()->setText(QStringLiteral("nothing like this"));
        QTest::keyClick(area.searchBox(), Qt::Key_Return);
        QCOMPARE(area.groupView()->model()->rowCount(), 0);
        QVERIFY(area.groupView()->placeholderText().contains(QStringLiteral("nothing like this")));
        QVERIFY(!area.detailPane()->isShowingGroup());
        area.searchBox()->clear();
        area.platformBox()->setCurrentIndex(area.platformBox()->findData(QStringLiteral("wecom")));
        area.applyFilter();
        QCOMPARE(area.groupView()->model()->rowCount(), 1);
        QCOMPARE(area.currentGroupRef(), r.coffee);
    }

    void asksTheMainWindowToShowMembers()
    {
        GroupFixture f;
        const Fixture r = groups(f);
        QUndoStack stack;
        GroupsArea area;
        area.resize(1100, 760);
        area.setWorkspace(&f.ws(), &stack);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(area.selectGroup(r.coffee));
        QSignalSpy spy(&area, &Area::showMembersRequested);

        area.detailPane()->showAllButton()->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), r.coffeeMembers);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Members of Coffee lovers"));

        PlaceholderTableView *view = area.detailPane()->memberView();
        const int row = rowOfMemberRef(view->model(), r.coffeeMembers[2]);
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, GroupMemberModel::NameColumn);
        view->scrollTo(index);
        const QPoint centre = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<QList<qint64>>(), QList<qint64>{r.coffeeMembers[2]});
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("Member 2"));
    }

    void editsGoOnTheUndoStack()
    {
        GroupFixture f;
        const Fixture r = groups(f);
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        QSignalSpy changed(&area, &Area::workspaceDataChanged);
        GroupListModel *model = area.groupModel();
        const int row = model->rowOf(r.coffee);
        QVERIFY(model->setData(model->index(row, GroupListModel::CapColumn), 10));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(area.detailPane()->tileText(0), QStringLiteral("5 / 10"));
        QTRY_COMPARE(changed.count(), 1); // queued, after the edit is committed
        stack.undo();
        QCOMPARE(area.detailPane()->tileText(0), QStringLiteral("5 / 5"));
        QCOMPARE(area.currentGroupRef(), r.coffee);
    }

    void delegateEditorsCommitThroughTheModel()
    {
        GroupFixture f;
        const Fixture r = groups(f);
        QUndoStack stack;
        GroupsArea area;
        area.resize(1100, 760);
        area.setWorkspace(&f.ws(), &stack);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        PlaceholderTableView *view = area.groupView();
        GroupListModel *model = area.groupModel();
        const int row = model->rowOf(r.runners);

        view->edit(model->index(row, GroupListModel::CapColumn));
        auto *spin = view->viewport()->findChild<QSpinBox *>();
        QVERIFY(spin);
        QCOMPARE(spin->value(), 0); // "No cap"
        spin->setValue(300);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(stack.count(), 1); // the delegate commits queued
        QCOMPARE(model->index(row, GroupListModel::CapColumn).data().toString(),
                 QStringLiteral("300"));

        view->edit(model->index(row, GroupListModel::OwnerColumn));
        auto *owner = view->viewport()->findChild<QComboBox *>();
        QVERIFY(owner);
        QCOMPARE(owner->currentText(), QStringLiteral("No owner"));
        owner->setCurrentIndex(owner->findText(QStringLiteral("Li Wei")));
        QTest::keyClick(owner, Qt::Key_Return);
        QTRY_COMPARE(stack.count(), 2);
        QCOMPARE(model->index(row, GroupListModel::OwnerColumn).data().toString(),
                 QStringLiteral("Li Wei"));
        stack.undo();
        stack.undo();
        QCOMPARE(model->index(row, GroupListModel::OwnerColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model->index(row, GroupListModel::CapColumn).data().toString(),
                 QStringLiteral("—"));
    }

    void emptyWorkspaceSaysSo()
    {
        GroupFixture f;
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        QCOMPARE(area.groupView()->model()->rowCount(), 0);
        QVERIFY(area.groupView()->placeholderText().startsWith(QStringLiteral("No groups yet")));
        QVERIFY(!area.detailPane()->isShowingGroup());
        QVERIFY(area.detailPane()->isHidden());
    }
};

QTEST_MAIN(TestGroupsArea)
#include "tst_groupsarea.moc"
