// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments area's rule builder as a person uses it: "Shanghai members with two or more
// orders in the last 90 days who are not in the VIP group" built with the mouse and keyboard,
// the JSON, the live count against the compiler's, the preview, moving a condition, malformed
// JSON, saved segments with undo, and the export.
#include "builderfixture.h"

#include "models/items/membertablemodel.h"
#include "models/items/ruletreemodel.h"
#include "models/items/savedsegmentmodel.h"
#include "models/segments/segmentevaluator.h"
#include "widgets/segments/rulebuilder.h"
#include "widgets/segments/rulecounter.h"
#include "widgets/segments/rulenodeeditor.h"
#include "widgets/segments/segmentsarea.h"
#include "widgets/segments/segmentsizechart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace siyu;

namespace {

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void click(QAction *action, QWidget *within)
{
    for (QToolButton *button : within->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no button for the action");
}

// Chinese arrives from an input method, not as key presses.
void typeThroughInputMethod(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

qint64 scalar(Workspace &ws, const char *statement, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), QString::fromUtf8(statement), binds);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestRuleBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QUndoStack m_stack;
    std::unique_ptr<SegmentsArea> m_area;

    RuleBuilder *builder() { return m_area->builder(); }
    RuleNodeEditor *editor() { return builder()->editor(); }
    RuleTreeModel *model() { return builder()->model(); }

    // Waits for the live count and checks it against the compiler's count at the same time.
    void expectCount(qint64 expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->counter()->isPending(), 10000);
        QCOMPARE(m_area->countLabel()->text(),
                 expected == 1 ? QStringLiteral("1 member")
                               : QStringLiteral("%1 members").arg(QLocale().toString(expected)));
        QVERIFY(m_area->countLabel()->isEnabled());
        auto rule = model()->rule();
        QVERIFY(rule);
        auto compiled = SegmentEvaluator(*m_ws, builderfixture::asOf()).count(*rule);
        QVERIFY(compiled);
        QCOMPARE(*compiled, expected);
        QCOMPARE(m_area->previewModel()->rowCount(), int(expected));
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("builder.siyu")));
        QVERIFY(ws);
        m_ws = std::move(*ws);
        QVERIFY(builderfixture::build(*m_ws));
        m_area = std::make_unique<SegmentsArea>();
        m_area->setWorkspace(m_ws.get(), &m_stack);
        m_area->resize(1366, 768);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        QApplication::setActiveWindow(m_area.get());
        m_area->setAsOf(builderfixture::asOf());
        QAbstractItemModelTester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_area.reset();
        m_ws.reset();
    }

    void countsEveryoneAtFirst()
    {
        QVERIFY(!m_area->isAsOfNow());
        expectCount(8); // the live members
    }

    void buildsTheRuleWithMouseAndKeyboard()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // City is 上海: add a condition, choose the field, type the value.
        click(builder()->addConditionAction(), builder());
        QComboBox *field = editor()->fieldBox();
        QVERIFY(field->isVisible());
        QTest::keyClick(field, Qt::Key_Down); // Gender
        QCOMPARE(field->currentData().toString(), QStringLiteral("gender"));
        QVERIFY(editor()->choiceValue()->isVisible());
        QTest::keyClick(field, Qt::Key_Up); // City
        QCOMPARE(field->currentData().toString(), QStringLiteral("city"));
        QCOMPARE(editor()->operatorBox()->currentData().toString(), QStringLiteral("="));
        const int jobs = m_area->counter()->jobsStarted();
        QTest::mouseClick(editor()->textValue(), Qt::LeftButton);
        typeThroughInputMethod(editor()->textValue(), QStringLiteral("上"));
        typeThroughInputMethod(editor()->textValue(), QStringLiteral("海"));
        expectCount(7);
        // Typing fast asks once or twice, it does not queue a job per key.
        QVERIFY(m_area->counter()->jobsStarted() - jobs <= 2);
        QCOMPARE(model()->nodeText(builder()->currentIndex()), QStringLiteral("City is 上海"));

        // 2 or more orders in the last 90 days.
        click(builder()->addConditionAction(), builder());
        QComboBox *kind = editor()->kindBox();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentData().toInt(), int(RuleNodeEditor::ConditionKind::Orders));
        QVERIFY(editor()->countSpin()->isVisible());
        QVERIFY(editor()->windowCheck()->isChecked());
        QCOMPARE(editor()->daysSpin()->value(), 90);
        QTest::keyClick(editor()->countSpin(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor()->countSpin(), QStringLiteral("2"));
        expectCount(4);
        QCOMPARE(model()->nodeText(builder()->currentIndex()),
                 QStringLiteral("2 or more paid orders in the last 90 days"));

        // Not in group VIP: a group condition found by its name, then Not.
        click(builder()->addConditionAction(), builder());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentData().toInt(), int(RuleNodeEditor::ConditionKind::InGroup));
        QTest::mouseClick(editor()->groupEdit(), Qt::LeftButton);
        QTest::keyClicks(editor()->groupEdit(), QStringLiteral("VIP"));
        if (QWidget *popup = editor()->groupEdit()->completer()->popup(); popup->isVisible())
            popup->hide();
        builder()->tree()->setFocus();
        QTest::keyClick(builder()->tree(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model()->nodeType(builder()->currentIndex()), RuleTreeModel::NodeType::Not);
        QCOMPARE(model()->nodeText(builder()->currentIndex()), QStringLiteral("Not: In group VIP"));

        QCOMPARE(model()->toJson(), parsed(builderfixture::expectedJson()));
        QCOMPARE(parsed(builder()->jsonEdit()->toPlainText()),
                 parsed(builderfixture::expectedJson()));
        expectCount(3);
    }

    void previewShowsTheMembers()
    {
        MemberTableModel *preview = m_area->previewModel();
        QAbstractItemModelTester tester(preview,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSet<qint64> refs;
        for (int row = 0; row < preview->rowCount(); ++row)
            refs.insert(preview->memberRef(row));
        QCOMPARE(refs, (QSet<qint64>{2, 7, 9}));
        // Masked as in the Members area.
        const int row = preview->rowOf(2);
        QVERIFY(row >= 0);
        const QString phone =
            preview->data(preview->index(row, MemberTableModel::PhoneColumn)).toString();
        QVERIFY(!phone.contains(QStringLiteral("12345678")));
        // Enter opens the member.
        QSignalSpy shown(m_area.get(), &Area::showMembersRequested);
        QTableView *view = m_area->previewView();
        view->setCurrentIndex(preview->index(row, MemberTableModel::NameColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().at(0).value<QList<qint64>>(), QList<qint64>{2});
    }

    void asOfChangesTheCount()
    {
        // Three weeks later m07's older order has left the window.
        m_area->setAsOf(builderfixture::asOf() + 20 * builderfixture::day);
        QVERIFY(m_area->countLabel()->text() == QStringLiteral("Counting…"));
        QVERIFY(!m_area->countLabel()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->counter()->isPending(), 10000);
        auto rule = model()->rule();
        const qint64 later =
            *SegmentEvaluator(*m_ws, builderfixture::asOf() + 20 * builderfixture::day)
                 .count(*rule);
        QCOMPARE(m_area->countLabel()->text(),
                 later == 1 ? QStringLiteral("1 member") : QStringLiteral("%1 members").arg(later));
        m_area->setAsOf(builderfixture::asOf());
        expectCount(3);
    }

    void movesAConditionIntoAnotherGroup()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject before = model()->toJson();
        click(builder()->addGroupAction(), builder());
        const QModelIndex group = builder()->currentIndex();
        QCOMPARE(model()->nodeType(group), RuleTreeModel::NodeType::Any);
        const QModelIndex top = model()->topIndex();
        // Drag the city condition onto the new group (what the view's drop does).
        std::unique_ptr<QMimeData> data(model()->mimeData({model()->index(0, 0, top)}));
        QVERIFY(model()->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, group));
        model()->dropMimeData(data.get(), Qt::MoveAction, -1, 0, group);
        const QModelIndex moved = model()->index(2, 0, top);
        QCOMPARE(model()->rowCount(moved), 1);
        QCOMPARE(model()->nodeText(model()->index(0, 0, moved)), QStringLiteral("City is 上海"));
        // And back with the keyboard: Ctrl+Up at the top of its group moves it out.
        builder()->setCurrentIndex(model()->index(0, 0, moved));
        builder()->tree()->setFocus();
        QTest::keyClick(builder()->tree(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(builder()->currentIndex().parent(), top);
        for (int i = 0; i < 2; ++i)
            QTest::keyClick(builder()->tree(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(builder()->currentIndex().row(), 0);
        // Delete the empty group.
        builder()->setCurrentIndex(model()->index(3, 0, top));
        QTest::keyClick(builder()->tree(), Qt::Key_Delete);
        QCOMPARE(model()->toJson(), before);
        expectCount(3);
    }

    void marksMalformedJson()
    {
        const QJsonObject before = model()->toJson();
        QPlainTextEdit *json = builder()->jsonEdit();
        json->setPlainText(QStringLiteral("{\n  \"all\": [\n    {\"tag\": }\n  ]\n}"));
        builder()->applyJsonNow();
        QCOMPARE(builder()->markedLine(), 3);
        QVERIFY(builder()->jsonMessage().contains(QStringLiteral("Line 3")));
        QCOMPARE(model()->toJson(), before); // the tree is kept
        // Valid JSON with a bad node: the tree takes it, the node is marked and chosen.
        json->setPlainText(QStringLiteral(
            R"({"all": [{"field": "city", "op": "=", "value": "上海"}, {"orders": {"count": [">=", "two"]}}]})"));
        builder()->applyJsonNow();
        QCOMPARE(builder()->markedLine(), 0);
        const QModelIndex bad = model()->index(1, 0, model()->topIndex());
        QCOMPARE(builder()->currentIndex(), bad);
        QVERIFY(!model()->data(bad, RuleTreeModel::ErrorRole).toString().isEmpty());
        QTRY_COMPARE(m_area->countLabel()->text(), QStringLiteral("The rule is not complete"));
        // Typed right, it counts again.
        json->setPlainText(builderfixture::expectedJson());
        QTRY_COMPARE_WITH_TIMEOUT(model()->toJson(), parsed(builderfixture::expectedJson()), 3000);
        expectCount(3);
    }

    void savesAndUndoes()
    {
        SavedSegmentModel *saved = m_area->savedModel();
        QAbstractItemModelTester tester(saved,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id =
            m_area->saveRuleAs(QStringLiteral("Shanghai buyers"), Segment::Kind::Dynamic);
        QVERIFY(id > 0);
        QCOMPARE(saved->rowCount(), 1);
        QCOMPARE(saved->data(saved->index(0, SavedSegmentModel::SizeColumn)).toString(),
                 QStringLiteral("3"));
        QCOMPARE(m_area->currentSegment(), id);
        QCOMPARE(m_area->sizeChart()->pointCount(), 1);
        QVERIFY(m_area->renameSegment(id, QStringLiteral("上海复购")));
        QCOMPARE(saved->data(saved->index(0, 0)).toString(), QStringLiteral("上海复购"));
        const qint64 copy = m_area->duplicateSegment(id);
        QVERIFY(copy > 0);
        QCOMPARE(saved->rowCount(), 2);
        const qint64 frozen = m_area->saveRuleAs(QStringLiteral("Recall"), Segment::Kind::Static);
        QVERIFY(frozen > 0);
        QCOMPARE(
            scalar(*m_ws, "SELECT count(*) FROM segment_members WHERE segment_ref = ?", {frozen}),
            3);
        QVERIFY(m_area->deleteSegment(id));
        QCOMPARE(saved->rowCount(), 2);
        m_stack.undo();
        QCOMPARE(saved->rowCount(), 3);
        QCOMPARE(saved->idAt(saved->rowOf(id)), id);
        m_stack.undo(); // freeze
        m_stack.undo(); // duplicate
        m_stack.undo(); // rename
        QCOMPARE(saved->rowCount(), 1);
        QCOMPARE(saved->data(saved->index(0, 0)).toString(), QStringLiteral("Shanghai buyers"));
        m_stack.redo();
        QCOMPARE(saved->data(saved->index(0, 0)).toString(), QStringLiteral("上海复购"));
        // Loading puts the rule back into the builder.
        m_area->builder()->setRuleJson(QJsonObject{{QStringLiteral("all"), QJsonArray()}});
        m_area->loadSegment(id);
        QCOMPARE(model()->toJson(), parsed(builderfixture::expectedJson()));
        expectCount(3);
    }

    void savesMembersChosenElsewhere()
    {
        // What the analysis pages hand over (saveMembersAsSegment asks for the name first).
        const int rows = m_area->savedModel()->rowCount();
        const qint64 id = m_area->createStaticSegment(QStringLiteral("At risk"), {1, 4});
        QVERIFY(id > 0);
        QCOMPARE(m_area->savedModel()->rowCount(), rows + 1);
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM segment_members WHERE segment_ref = ?", {id}),
                 2);
        m_stack.undo();
        QCOMPARE(m_area->savedModel()->rowCount(), rows);
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM segments WHERE id = ?", {id}), 0);
    }

    void opensInMembersAndExports()
    {
        const qint64 id = m_area->savedModel()->idAt(0);
        QSignalSpy shown(m_area.get(), &Area::showMembersRequested);
        m_area->openSegmentInMembers(id);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        SegmentRepository repository(*m_ws);
        auto now = repository.memberRefs(*repository.find(id), QDateTime::currentSecsSinceEpoch());
        QCOMPARE(shown.first().at(0).value<QList<qint64>>(),
                 QList<qint64>(now->begin(), now->end()));
        QVERIFY(shown.first().at(1).toString().contains(QStringLiteral("上海复购")));

        QSignalSpy exported(m_area.get(), &SegmentsArea::exportFinished);
        const QString masked = m_dir.filePath(QStringLiteral("masked.csv"));
        QTRY_VERIFY(m_area->savedView()->isEnabled());
        m_area->exportSegment(id, masked, false);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(masked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("member_id,"));
        QVERIFY(!text.contains("13812345678"));
        QCOMPARE(scalar(*m_ws,
                        "SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                        "object_ref = ?",
                        {id}),
                 1);
        m_area->exportSegment(id, m_dir.filePath(QStringLiteral("full.csv")), true);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
        QCOMPARE(scalar(*m_ws,
                        "SELECT count(*) FROM audit_log WHERE action = 'unmask' AND "
                        "object_kind = 'segment' AND object_ref = ?",
                        {id}),
                 1);
    }
};

QTEST_MAIN(TestRuleBuilder)
#include "tst_rulebuilder.moc"
