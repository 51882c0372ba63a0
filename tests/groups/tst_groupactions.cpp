// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a group by hand and editing one, each one undo step, through the area and its dialog.
#include "groupfixture.h"

#include "models/items/grouplistmodel.h"
#include "models/store/grouprepository.h"
#include "widgets/groups/groupdialog.h"
#include "widgets/groups/groupsarea.h"
#include "widgets/groups/placeholdertableview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace siyu;
using siyu::test::GroupFixture;

class TestGroupActions : public QObject
{
    Q_OBJECT

    static qint64 groups(GroupFixture &f)
    {
        return sql::scalar(f.ws().db(), QStringLiteral("SELECT count(*) FROM groups"))
            ->toLongLong();
    }

    static QVariant field(GroupFixture &f, const char *column, qint64 ref)
    {
        return *sql::scalar(f.ws().db(),
                            QStringLiteral("SELECT ") + QLatin1String(column) +
                                QStringLiteral(" FROM groups WHERE id = ?"),
                            {ref});
    }

private slots:
    void addGroupIsUndoable()
    {
        GroupFixture f;
        const qint64 owner = f.addStaff(QStringLiteral("Li Wei"));
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        NewGroup group;
        group.name = QStringLiteral("Tea tasting");
        group.platform = QStringLiteral("wecom");
        group.ownerRef = owner;
        group.theme = QStringLiteral("Oolong and more");
        group.memberCap = 200;
        QCOMPARE(area.addGroup(group), QString());
        QCOMPARE(groups(f), 1);
        const qint64 ref = area.currentGroupRef();
        QVERIFY(ref > 0);
        QVERIFY(field(f, "group_id", ref).toString().startsWith(QLatin1String("manual-")));
        QCOMPARE(field(f, "member_cap", ref).toInt(), 200);
        QCOMPARE(field(f, "owner_ref", ref).toLongLong(), owner);
        QCOMPARE(area.groupModel()->rowCount(), 1);
        stack.undo();
        QCOMPARE(groups(f), 0);
        QCOMPARE(area.groupModel()->rowCount(), 0);
        stack.redo();
        QCOMPARE(groups(f), 1);
        QCOMPARE(field(f, "name", ref).toString(), group.name); // the same row again
        // Bad input: a clear message, nothing added.
        NewGroup bad;
        bad.name = QStringLiteral("Capped");
        bad.memberCap = 0;
        bad.groupId = field(f, "group_id", ref).toString();
        QVERIFY(area.addGroup(bad).contains(QLatin1String("member cap is at least 1")));
        bad.memberCap.reset();
        QVERIFY(area.addGroup(bad).contains(QLatin1String("already in use")));
        QCOMPARE(groups(f), 1);
        QCOMPARE(stack.count(), 1);
    }

    void editGroupIsOneStep()
    {
        GroupFixture f;
        const qint64 owner = f.addStaff(QStringLiteral("Li Wei"));
        const qint64 ref =
            f.addGroup(QStringLiteral("G1"), QStringLiteral("Coffee"), QStringLiteral("wecom"),
                       QVariant(), QStringLiteral("Beans"), 500);
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        QVERIFY(area.selectGroup(ref));
        NewGroup edited;
        edited.name = QStringLiteral("Coffee club");
        edited.platform = QStringLiteral("telegram");
        edited.ownerRef = owner;
        edited.theme = QStringLiteral("Roasts");
        QCOMPARE(area.editCurrentGroup(edited), QString());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(field(f, "name", ref).toString(), QStringLiteral("Coffee club"));
        QCOMPARE(field(f, "platform", ref).toString(), QStringLiteral("telegram"));
        QCOMPARE(field(f, "owner_ref", ref).toLongLong(), owner);
        QVERIFY(field(f, "member_cap", ref).isNull());
        stack.undo();
        QCOMPARE(field(f, "name", ref).toString(), QStringLiteral("Coffee"));
        QCOMPARE(field(f, "platform", ref).toString(), QStringLiteral("wecom"));
        QVERIFY(field(f, "owner_ref", ref).isNull());
        QCOMPARE(field(f, "member_cap", ref).toInt(), 500);
        QCOMPARE(field(f, "theme", ref).toString(), QStringLiteral("Beans"));
    }

    // The dialog: no name is refused with a message; filled in, it adds the group.
    void groupDialogValidatesAndAdds()
    {
        GroupFixture f;
        f.addStaff(QStringLiteral("Li Wei"));
        QUndoStack stack;
        GroupsArea area;
        area.setWorkspace(&f.ws(), &stack);
        GroupDialog dialog(area.groupModel()->staff(), {}, nullptr,
                           [&area](const NewGroup &g) { return area.addGroup(g); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter the group's name."));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Runners"));
        dialog.platformBox()->setCurrentIndex(
            dialog.platformBox()->findData(QStringLiteral("slack")));
        dialog.ownerBox()->setCurrentIndex(1);
        dialog.capBox()->setValue(300);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(groups(f), 1);
        const qint64 ref = area.currentGroupRef();
        QCOMPARE(field(f, "platform", ref).toString(), QStringLiteral("slack"));
        QCOMPARE(field(f, "member_cap", ref).toInt(), 300);
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_MAIN(TestGroupActions)
#include "tst_groupactions.moc"
