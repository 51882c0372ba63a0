// SPDX-License-Identifier: GPL-3.0-or-later
// The rule builder's models: the rule tree (every edit, drag and drop, JSON both ways, bad
// nodes marked), the node words, and the saved segments' list.
#include "models/items/ruletreemodel.h"
#include "models/items/rulewords.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace siyu;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRuleTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(compact(model.toJson()), QStringLiteral(R"({"all":[]})"));
        QVERIFY(model.isValid());
        QCOMPARE(model.nodeText(model.topIndex()), RuleWords::groupTitle(Rule::Kind::All));
    }

    void buildsTheDoneWhenRule()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RuleChoices choices;
        choices.groups.append({QStringLiteral("vip"), QStringLiteral("VIP")});
        model.setChoices(choices);
        QSignalSpy changed(&model, &RuleTreeModel::ruleChanged);
        const QModelIndex city = model.addCondition(model.topIndex());
        QVERIFY(model.setNodeJson(city, json(R"({"field":"city","op":"=","value":"上海"})")));
        QCOMPARE(model.nodeText(city), QStringLiteral("City is 上海"));
        const QModelIndex orders =
            model.addNode(city, json(R"({"orders":{"count":[">=",2],"within_days":90}})"));
        QCOMPARE(orders.row(), 1);
        QCOMPARE(model.nodeText(orders),
                 QStringLiteral("2 or more paid orders in the last 90 days"));
        const QModelIndex group = model.addNode(orders, json(R"({"in_group":"vip"})"));
        const QModelIndex negated = model.toggleNot(group);
        QCOMPARE(model.nodeType(negated), RuleTreeModel::NodeType::Not);
        QCOMPARE(model.nodeText(negated), QStringLiteral("Not: In group VIP"));
        QCOMPARE(compact(model.toJson()),
                 QStringLiteral(R"({"all":[{"field":"city","op":"=","value":"上海"},)"
                                R"({"orders":{"count":[">=",2],"within_days":90}},)"
                                R"({"not":{"in_group":"vip"}}]})"));
        QVERIFY(model.isValid());
        QVERIFY(changed.count() >= 5);
        // Unwrapping gives the condition back in the same place.
        const QModelIndex back = model.toggleNot(negated);
        QCOMPARE(model.nodeType(back), RuleTreeModel::NodeType::Condition);
        QCOMPARE(back.row(), 2);
    }

    void addsIntoTheCurrentGroup()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex first = model.addCondition(model.topIndex());
        const QModelIndex group = model.addGroup(first);
        QCOMPARE(model.nodeType(group), RuleTreeModel::NodeType::Any);
        const QModelIndex inner = model.addCondition(group);
        QCOMPARE(inner.parent(), group);
        // A condition added at a condition goes after it, in its group.
        const QModelIndex after = model.addCondition(inner);
        QCOMPARE(after.parent(), group);
        QCOMPARE(after.row(), 1);
        QVERIFY(model.setGroupType(group, RuleTreeModel::NodeType::All));
        QCOMPARE(model.nodeType(group), RuleTreeModel::NodeType::All);
        // A single condition at the top becomes the first of an "all" when another is added.
        model.setJson(json(R"({"tag":"VIP"})"));
        QCOMPARE(model.nodeType(model.topIndex()), RuleTreeModel::NodeType::Condition);
        model.addCondition(model.topIndex());
        QCOMPARE(compact(model.toJson()),
                 QStringLiteral(R"({"all":[{"tag":"VIP"},{"field":"city","op":"=","value":""}]})"));
    }

    void deletesAndDuplicates()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(json(R"({"all":[{"tag":"a"},{"not":{"tag":"b"}},{"any":[{"tag":"c"}]}]})"));
        const QModelIndex top = model.topIndex();
        const QModelIndex copy = model.duplicateNode(model.index(2, 0, top));
        QCOMPARE(copy.row(), 3);
        QCOMPARE(compact(model.nodeJson(copy)), QStringLiteral(R"({"any":[{"tag":"c"}]})"));
        // The node of a "not" is duplicated and deleted with its "not".
        const QModelIndex inNot = model.index(0, 0, model.index(1, 0, top));
        const QModelIndex notCopy = model.duplicateNode(inNot);
        QCOMPARE(compact(model.nodeJson(notCopy)), QStringLiteral(R"({"not":{"tag":"b"}})"));
        QVERIFY(model.removeNode(model.index(0, 0, model.index(1, 0, top))));
        QVERIFY(model.removeNode(model.index(0, 0, top)));
        QCOMPARE(compact(model.toJson()),
                 QStringLiteral(R"({"all":[{"not":{"tag":"b"}},{"any":[{"tag":"c"}]},)"
                                R"({"any":[{"tag":"c"}]}]})"));
        QVERIFY(model.removeNode(model.topIndex()));
        QCOMPARE(compact(model.toJson()), QStringLiteral(R"({"all":[]})"));
    }

    void movesByKeyboardAndIntoGroups()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(
            json(R"({"all":[{"tag":"a"},{"tag":"b"},{"any":[{"tag":"c"}]},{"not":null}]})"));
        const QModelIndex top = model.topIndex();
        QModelIndex a = model.moveBy(model.index(0, 0, top), 1);
        QCOMPARE(a.row(), 1);
        QCOMPARE(compact(model.nodeJson(a)), QStringLiteral(R"({"tag":"a"})"));
        a = model.moveBy(a, -1);
        QCOMPARE(a.row(), 0);
        const QModelIndex any = model.index(2, 0, top);
        QCOMPARE(model.groupsFor(a).size(), 2); // the "any" and the empty "not"
        a = model.moveNode(a, any);
        QCOMPARE(a.parent(), model.index(1, 0, top));
        QCOMPARE(compact(model.nodeJson(a.parent())),
                 QStringLiteral(R"({"any":[{"tag":"c"},{"tag":"a"}]})"));
        // At the edge of its group, a node moves out of it.
        const QModelIndex out = model.moveBy(a, 1);
        QCOMPARE(out.parent(), top);
        QCOMPARE(out.row(), 2);
        // Never into itself or below itself; an empty "not" takes one node only.
        const QModelIndex group = model.index(1, 0, top);
        QVERIFY(!model.moveNode(group, model.index(0, 0, group)).isValid());
        const QModelIndex notNode = model.index(3, 0, top);
        QVERIFY(!model.nodeError(notNode).isEmpty());
        const QModelIndex b = model.moveNode(model.index(0, 0, top), notNode);
        QVERIFY(b.isValid());
        QVERIFY(model.nodeError(b.parent()).isEmpty());
        QVERIFY(!model.canMoveInto(model.index(0, 0, top), b.parent()));
    }

    void dragsAndDrops()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(json(R"({"all":[{"tag":"a"},{"any":[{"tag":"c"}]}]})"));
        const QModelIndex top = model.topIndex();
        const QModelIndex a = model.index(0, 0, top);
        QVERIFY(model.flags(a) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(a) & Qt::ItemIsDropEnabled));
        QVERIFY(!(model.flags(top) & Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(model.mimeData({a}));
        QVERIFY(data->hasFormat(RuleTreeModel::mimeType()));
        const QModelIndex any = model.index(1, 0, top);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, any));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, a));
        // A move within the model happens in dropMimeData; false keeps the view from removing.
        QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, any));
        QCOMPARE(compact(model.toJson()),
                 QStringLiteral(R"({"all":[{"any":[{"tag":"a"},{"tag":"c"}]}]})"));
        // From another model: a copy.
        RuleTreeModel other;
        other.setJson(json(R"({"all":[{"tag":"z"}]})"));
        std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0, 0, other.topIndex())}));
        QVERIFY(model.dropMimeData(foreign.get(), Qt::CopyAction, -1, 0, model.topIndex()));
        QCOMPARE(compact(model.toJson()),
                 QStringLiteral(R"({"all":[{"any":[{"tag":"a"},{"tag":"c"}]},{"tag":"z"}]})"));
    }

    void keepsAndMarksBadNodes()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject typed = json(
            R"({"all":[{"tag":"a"},{"any":[{"orders":{"count":[">=","two"]}}]},{"rfm":"nobody"}]})");
        model.setJson(typed);
        QCOMPARE(model.toJson(), typed); // written out as typed
        QVERIFY(!model.isValid());
        const QModelIndex bad = model.firstError();
        QCOMPARE(bad, model.index(0, 0, model.index(1, 0, model.topIndex())));
        QVERIFY(
            model.data(bad, RuleTreeModel::ErrorRole).toString().contains(QStringLiteral("count")));
        QVERIFY(model.data(bad, Qt::ForegroundRole).isValid());
        // The parser's path names the same node.
        const auto parsed = model.rule();
        QVERIFY(!parsed);
        QCOMPARE(model.indexOfPath(parsed.error().message), bad);
        QCOMPARE(model.indexOfPath(QStringLiteral("all[2].rfm: x")),
                 model.index(2, 0, model.topIndex()));
        QCOMPARE(model.indexOfPath(QStringLiteral("rule: x")), model.topIndex());
        // Fixing the node clears the mark.
        QVERIFY(model.setNodeJson(bad, json(R"({"orders":{"count":[">=",2]}})")));
        QVERIFY(model.nodeError(bad).isEmpty());
    }

    void showsDatesBetweenAsOneCondition()
    {
        RuleTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject between =
            json(R"({"all":[{"field":"joined_at","op":">=","value":"2026-11-01"},)"
                 R"({"field":"joined_at","op":"<=","value":"2026-11-30"}]})");
        model.setJson(QJsonObject{{QStringLiteral("any"), QJsonArray{between}}});
        const QModelIndex node = model.index(0, 0, model.topIndex());
        QCOMPARE(model.nodeType(node), RuleTreeModel::NodeType::Condition);
        QVERIFY(model.data(node, RuleTreeModel::BetweenRole).toBool());
        QCOMPARE(model.rowCount(node), 0);
        QVERIFY(model.nodeText(node).startsWith(QStringLiteral("Joined between ")));
        QVERIFY(model.isValid());
        QCOMPARE(model.nodeJson(node), between);
    }

    void describesEveryNode_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("words");
        QTest::newRow("text") << R"({"field":"name","op":"contains","value":"li"})"
                              << QStringLiteral("Name contains “li”");
        QTest::newRow("gender") << R"({"field":"gender","op":"=","value":"F"})"
                                << QStringLiteral("Gender is Female");
        QTest::newRow("stage") << R"({"field":"stage","op":"!=","value":"churn"})"
                               << QStringLiteral("Lifecycle stage is not Churn");
        QTest::newRow("in") << R"({"field":"city","op":"in","value":["上海","北京"]})"
                            << QStringLiteral("City is one of 上海, 北京");
        QTest::newRow("empty") << R"({"field":"phone","op":"not_empty"})"
                               << QStringLiteral("Phone is not empty");
        QTest::newRow("before") << R"({"field":"joined_at","op":"<","value":"2026-11-01"})"
                                << QStringLiteral("Joined before 1 Nov 2026");
        QTest::newRow("custom") << R"({"field":"skin","op":"=","value":"dry"})"
                                << QStringLiteral("Custom field “skin” is dry");
        QTest::newRow("tag") << R"({"tag":"VIP"})" << QStringLiteral("Has tag “VIP”");
        QTest::newRow("sum") << R"({"orders":{"sum":[">=",500]}})"
                             << QStringLiteral("Paid orders totalling ¥500.00 or more ever");
        QTest::newRow("events")
            << R"({"events":{"type":"message","count":["<",1],"within_days":30}})"
            << QStringLiteral("fewer than 1 “Message” events in the last 30 days");
        QTest::newRow("rfm") << R"({"rfm":"at_risk"})" << QStringLiteral("RFM cell: At Risk");
        QTest::newRow("tier") << R"({"tier":{"spending":"high"}})"
                              << QStringLiteral("Spending power tier is high");
    }

    void describesEveryNode()
    {
        QFETCH(QString, node);
        QFETCH(QString, words);
        RuleTreeModel model;
        model.setJson(QJsonDocument::fromJson(node.toUtf8()).object());
        QVERIFY2(model.isValid(), qPrintable(model.nodeError(model.topIndex())));
        QCOMPARE(model.nodeText(model.topIndex()), words);
    }
};

QTEST_MAIN(TestRuleTreeModel)
#include "tst_ruletreemodel.moc"
