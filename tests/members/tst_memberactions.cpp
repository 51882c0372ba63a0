// SPDX-License-Identifier: GPL-3.0-or-later
// The everyday actions of the Members area: add a member by hand, bulk edits of a selection,
// export of the list, names in pinyin order — each with its undo, where it has one.
#include "memberfixture.h"
#include "xlsxreader.h"

#include "models/items/membereditor.h"
#include "models/items/memberexport.h"
#include "models/items/membertablemodel.h"
#include "models/segments/lifecycle.h"
#include "models/store/memberlist.h"
#include "widgets/members/membersarea.h"
#include "widgets/members/newmemberdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace siyu;

namespace {

QVariant scalar(Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), statement, binds);
    return value ? *value : QVariant();
}

qint64 count(Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    return scalar(ws, statement, binds).toLongLong();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestMemberActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    fixture::Fixture m_fx;
    QUndoStack m_stack;
    std::unique_ptr<MembersArea> m_area;
    int m_serial = 0;

    // Selects these rows of the list (row numbers as shown).
    void selectRows(int first, int last)
    {
        QTableView *view = m_area->view();
        const QItemSelection selection(m_area->model()->index(first, 0),
                                       m_area->model()->index(last, 0));
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }

    Workspace &ws() { return *m_fx.ws; }

    // SIYU_ACTIONS_SHOT=dir saves a widget as a test left it, to look at.
    static void shoot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("SIYU_ACTIONS_SHOT");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    QString refsJson(const QList<qint64> &refs)
    {
        QStringList parts;
        for (const qint64 ref : refs)
            parts << QString::number(ref);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }

    qint64 withTag(const QList<qint64> &refs, const QString &tag)
    {
        return count(ws(),
                     QStringLiteral("SELECT count(*) FROM member_tags mt JOIN tags t ON t.id = "
                                    "mt.tag_ref WHERE t.name = ? AND mt.member_ref IN (SELECT "
                                    "value FROM json_each(?))"),
                     {tag, refsJson(refs)});
    }

    // Exports the list as the area shows it and waits for the worker.
    QString exportTo(const QString &name, bool selectionOnly = false)
    {
        const QString path = m_dir.filePath(name);
        QSignalSpy finished(m_area.get(), &MembersArea::exportFinished);
        m_area->exportList(path, selectionOnly);
        if (!finished.wait(30000))
            return {};
        if (!finished.first().at(1).toString().isEmpty())
            qWarning("export: %s", qPrintable(finished.first().at(1).toString()));
        return path;
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("SiyuTests"));
        QSettings().remove(QStringLiteral("members/columns"));
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("a%1.siyu").arg(++m_serial)), 120);
        m_area = std::make_unique<MembersArea>();
        m_area->resize(1366, 700);
        m_area->setWorkspace(m_fx.ws.get(), &m_stack);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }

    void cleanup()
    {
        m_area->setWorkspace(nullptr, nullptr);
        m_area.reset();
        m_stack.clear();
        m_fx = {};
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // ---- adding by hand ------------------------------------------------------------------

    void addMemberGeneratesAnIdAndUndoRemovesIt()
    {
        NewMember member;
        member.name = QStringLiteral("Hand Made");
        member.phone = QStringLiteral("13900001111");
        member.joinedAt = fixture::baseTime;
        QCOMPARE(m_area->addMember(member), QString());
        QCOMPARE(m_area->model()->rowCount(), 121);
        const qint64 ref =
            count(ws(), QStringLiteral("SELECT id FROM members WHERE name = ?"), {member.name});
        QVERIFY(ref > 0);
        QVERIFY(scalar(ws(), QStringLiteral("SELECT member_id FROM members WHERE id = ?"), {ref})
                    .toString()
                    .startsWith(QLatin1String("manual-")));
        // Shown and current.
        QCOMPARE(m_area->detailPane() != nullptr, true);
        QCOMPARE(m_area->model()->memberRef(m_area->view()->currentIndex().row()), ref);
        m_stack.undo();
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members WHERE id = ?"), {ref}),
                 0);
        QCOMPARE(m_area->model()->rowCount(), 120);
        m_stack.redo();
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members WHERE id = ?"), {ref}),
                 1); // the same row id again
    }

    void addMemberRefusesBadInputWithClearMessages()
    {
        NewMember member;
        member.joinedAt = fixture::baseTime;
        QVERIFY(m_area->addMember(member).contains(QLatin1String("needs a name")));
        member.name = QStringLiteral("Someone");
        member.email = QStringLiteral("not-an-email");
        QVERIFY(m_area->addMember(member).contains(QLatin1String("not an email address")));
        member.email.clear();
        member.memberId = m_fx.members.first().memberId;
        QVERIFY(m_area->addMember(member).contains(QLatin1String("already in use")));
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members")), 120);
        QCOMPARE(m_stack.count(), 0);
    }

    // The dialog: OK with no name says so and stays open; with a bad phone it shows the
    // store's reason; filled in, it adds the member and closes.
    void newMemberDialogValidatesAndAdds()
    {
        NewMemberDialog dialog({{1, QStringLiteral("Lin Wei")}}, {QStringLiteral("shop")},
                               QTimeZone::utc(),
                               [this](const NewMember &m) { return m_area->addMember(m); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter the member's name."));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Dialog Member"));
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("broken"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QLatin1String("email")),
                 qPrintable(dialog.errorText()));
        shoot(&dialog, "new-member-error");
        dialog.emailEdit()->clear();
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("dm@example.com"));
        dialog.staffBox()->setCurrentIndex(1);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(ws(), QStringLiteral("SELECT staff_ref FROM members WHERE name = 'Dialog "
                                            "Member' AND email = 'dm@example.com'")),
                 1);
    }

    // ---- bulk edits ----------------------------------------------------------------------

    // The bulk actions are offered for a selection, in the area's menu (the main window shows
    // it) and in the list's context menu, and not in the deleted members.
    void bulkActionsFollowTheSelection()
    {
        m_area->view()->clearSelection();
        QMenu *menu = m_area->menu();
        QVERIFY(menu);
        const auto action = [menu](const QString &text) -> QAction * {
            const auto actions = menu->actions();
            for (QAction *a : actions) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        for (const char *text : {"Add Tag…", "Remove Tag…", "Set Staff…", "Set Lifecycle Stage…",
                                 "Export Selected…", "New Member…", "Export List…"})
            QVERIFY2(action(QString::fromUtf8(text)), text);
        selectRows(3, 7);
        QVERIFY(action(QStringLiteral("Add Tag…"))->isEnabled());
        QVERIFY(action(QStringLiteral("Export Selected…"))->isEnabled());
        QCOMPARE(m_area->selectedRefs().size(), 5);
        QVERIFY(m_area->newMemberAction()->isEnabled());
    }

    void tagAndUntagASelectionAreOneStepEach()
    {
        selectRows(0, 49);
        const QList<qint64> refs = m_area->selectedRefs();
        QCOMPARE(refs.size(), 50);
        const qint64 hadVip = withTag(refs, QStringLiteral("vip"));
        QVERIFY(hadVip > 0 && hadVip < 50);
        QVERIFY(m_area->addTagToSelected(QStringLiteral("vip")));
        QCOMPARE(m_stack.count(), 1);
        QVERIFY(m_area->statusText().contains(QLatin1String("50 selected")));
        shoot(m_area.get(), "tagged-fifty");
        QCOMPARE(withTag(refs, QStringLiteral("vip")), 50);
        // The list shows it at once.
        QVERIFY(m_area->model()
                    ->index(0, MemberTableModel::TagsColumn)
                    .data(MemberTableModel::TagsRole)
                    .toStringList()
                    .contains(QStringLiteral("vip")));
        m_stack.undo(); // only those that did not have it lose it
        QCOMPARE(withTag(refs, QStringLiteral("vip")), hadVip);
        m_stack.redo();
        QCOMPARE(withTag(refs, QStringLiteral("vip")), 50);

        // A new tag is created; untag takes it away again, and its undo gives it back.
        QVERIFY(m_area->addTagToSelected(QStringLiteral("spring-sale")));
        QCOMPARE(withTag(refs, QStringLiteral("spring-sale")), 50);
        selectRows(0, 9);
        QVERIFY(m_area->removeTagFromSelected(QStringLiteral("spring-sale")));
        QCOMPARE(withTag(refs, QStringLiteral("spring-sale")), 40);
        QCOMPARE(m_stack.count(), 3);
        m_stack.undo();
        QCOMPARE(withTag(refs, QStringLiteral("spring-sale")), 50);
    }

    void setStaffOfASelectionAndUndoRestoresEachOne()
    {
        selectRows(10, 39);
        const QList<qint64> refs = m_area->selectedRefs();
        const QString before = scalar(ws(),
                                      QStringLiteral("SELECT group_concat(coalesce(staff_ref, "
                                                     "'-')) FROM (SELECT staff_ref FROM "
                                                     "members WHERE id IN (SELECT value "
                                                     "FROM json_each(?)) ORDER BY id)"),
                                      {refsJson(refs)})
                                   .toString();
        QVERIFY(m_area->setStaffOfSelected(3));
        QCOMPARE(count(ws(),
                       QStringLiteral("SELECT count(*) FROM members WHERE staff_ref = 3 AND id IN "
                                      "(SELECT value FROM json_each(?))"),
                       {refsJson(refs)}),
                 30);
        QCOMPARE(m_stack.count(), 1);
        m_stack.undo();
        const QString after = scalar(ws(),
                                     QStringLiteral("SELECT group_concat(coalesce(staff_ref, "
                                                    "'-')) FROM (SELECT staff_ref FROM "
                                                    "members WHERE id IN (SELECT value "
                                                    "FROM json_each(?)) ORDER BY id)"),
                                     {refsJson(refs)})
                                  .toString();
        QCOMPARE(after, before);
        // Compare and set: a member changed elsewhere meanwhile keeps that change.
        m_stack.redo();
        fixture::exec(ws(), QStringLiteral("UPDATE members SET staff_ref = 1 WHERE id = ?"),
                      {refs.first()});
        m_stack.undo();
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT staff_ref FROM members WHERE id = ?"),
                        {refs.first()})
                     .toLongLong(),
                 1);
    }

    // The stage set by hand is stored as the stage, survives a lifecycle refresh, and undo
    // brings back the computed one.
    void stageOverrideWinsOverTheComputedStageUntilCleared()
    {
        selectRows(0, 19);
        const QList<qint64> refs = m_area->selectedRefs();
        QVERIFY(lifecycle::refresh(ws(), fixture::baseTime + 400 * 86400));
        const QString computed =
            scalar(ws(),
                   QStringLiteral("SELECT group_concat(stage) FROM (SELECT stage FROM "
                                  "members WHERE id IN (SELECT value FROM json_each(?)) "
                                  "ORDER BY id)"),
                   {refsJson(refs)})
                .toString();
        QVERIFY(m_area->setStageOfSelected(QStringLiteral("loyalty")));
        const auto loyal = [&] {
            return count(ws(),
                         QStringLiteral("SELECT count(*) FROM members WHERE stage = 'loyalty' AND "
                                        "stage_override = 'loyalty' AND id IN (SELECT value FROM "
                                        "json_each(?))"),
                         {refsJson(refs)});
        };
        QCOMPARE(loyal(), 20);
        QVERIFY(count(ws(), QStringLiteral("SELECT count(*) FROM stage_history WHERE to_stage = "
                                           "'loyalty'")) > 0);
        QVERIFY(lifecycle::refresh(ws(), fixture::baseTime + 400 * 86400));
        QCOMPARE(loyal(), 20); // the refresh leaves a stage set by hand
        QCOMPARE(m_area->model()
                     ->index(0, MemberTableModel::StageColumn)
                     .data(MemberTableModel::StageRole),
                 QVariant(QStringLiteral("loyalty")));
        m_stack.undo();
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members WHERE stage_override "
                                            "IS NOT NULL")),
                 0);
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT group_concat(stage) FROM (SELECT stage FROM "
                                       "members WHERE id IN (SELECT value FROM "
                                       "json_each(?)) ORDER BY id)"),
                        {refsJson(refs)})
                     .toString(),
                 computed);
        // Cleared by hand: computed again at the next refresh.
        m_stack.redo();
        QVERIFY(m_area->setStageOfSelected(QString()));
        QVERIFY(lifecycle::refresh(ws(), fixture::baseTime + 400 * 86400));
        QCOMPARE(scalar(ws(),
                        QStringLiteral("SELECT group_concat(stage) FROM (SELECT stage FROM "
                                       "members WHERE id IN (SELECT value FROM "
                                       "json_each(?)) ORDER BY id)"),
                        {refsJson(refs)})
                     .toString(),
                 computed);
    }

    // A stage chosen in the profile form is a stage set by hand as well: it stays through a
    // lifecycle refresh.
    void stageFromTheProfileIsAnOverride()
    {
        const qint64 ref = m_fx.members.at(3).ref;
        MemberEditor editor(ws(), &m_stack);
        QVERIFY(editor.setField(ref, MemberField::Stage, QStringLiteral("loyalty")));
        QCOMPARE(
            scalar(ws(), QStringLiteral("SELECT stage_override FROM members WHERE id = ?"), {ref})
                .toString(),
            QStringLiteral("loyalty"));
        QVERIFY(lifecycle::refresh(ws(), fixture::baseTime + 3 * 86400));
        QCOMPARE(scalar(ws(), QStringLiteral("SELECT stage FROM members WHERE id = ?"), {ref})
                     .toString(),
                 QStringLiteral("loyalty"));
        auto record = editor.repository().load(ref);
        QVERIFY(record);
        QCOMPARE(record->stageOverride, QStringLiteral("loyalty"));
    }

    void deleteASelectionIsOneStep()
    {
        selectRows(5, 24);
        const QList<qint64> refs = m_area->selectedRefs();
        MemberEditor editor(ws(), &m_stack);
        QVERIFY(editor.deleteMembers(refs));
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NOT "
                                            "NULL")),
                 20);
        QCOMPARE(m_stack.count(), 1);
        m_stack.undo();
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NOT "
                                            "NULL")),
                 0);
    }

    // Fifty thousand members tagged, given a staff member and a stage, each in one statement
    // or a few: a second or so, not a round trip per member.
    void bulkEditsOfFiftyThousandAreFast()
    {
        Workspace &w = ws();
        {
            Transaction transaction(w);
            fixture::exec(
                w,
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 50000) INSERT INTO members(member_id, name, "
                               "joined_at) SELECT 'B' || i, 'Bulk ' || i, 1767225600 + i FROM n"));
            QVERIFY(transaction.commit());
        }
        QList<qint64> refs;
        auto query = sql::run(w.db(), QStringLiteral("SELECT id FROM members WHERE member_id LIKE "
                                                     "'B%'"));
        QVERIFY(query);
        while (query->next())
            refs << query->value(0).toLongLong();
        QCOMPARE(refs.size(), 50000);
        QUndoStack stack;
        MemberEditor editor(w, &stack);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(editor.addTag(refs, QStringLiteral("fifty")));
        QVERIFY(editor.setField(refs, MemberField::Staff, 2));
        QVERIFY(editor.setField(refs, MemberField::StageOverride, QStringLiteral("interest")));
        const qint64 forward = timer.restart();
        stack.undo();
        stack.undo();
        stack.undo();
        const qint64 back = timer.elapsed();
        qInfo("50,000 members: tag + staff + stage %lld ms, their undo %lld ms", forward, back);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM member_tags mt JOIN tags t ON t.id "
                                         "= mt.tag_ref WHERE t.name = 'fifty'")),
                 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM members WHERE staff_ref = 2 AND "
                                         "member_id LIKE 'B%'")),
                 0);
        QVERIFY2(forward < 8000 && back < 8000, "bulk edits too slow");
    }

    // ---- export --------------------------------------------------------------------------

    void csvExportIsMaskedAuditedAndAsShown()
    {
        // Shown: the search narrows the list, the phone column is visible, sorted by name.
        m_area->searchBox()->setText(QStringLiteral("Bob"));
        QTRY_VERIFY2(m_area->model()->rowCount() > 0 && m_area->model()->rowCount() < 120,
                     qPrintable(QString::number(m_area->model()->rowCount())));
        const int shown = m_area->model()->rowCount();
        m_area->view()->horizontalHeader()->setSortIndicator(MemberTableModel::NameColumn,
                                                             Qt::DescendingOrder);
        m_area->view()->horizontalHeader()->setSectionHidden(MemberTableModel::SourceColumn, true);
        const QString path = exportTo(QStringLiteral("list.csv"));
        QVERIFY(!path.isEmpty());
        const QStringList lines = readText(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), shown + 1);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(3) == QByteArray("\xEF\xBB\xBF")); // Excel reads Chinese as UTF-8
        QVERIFY(lines.first().contains(QLatin1String("Phone")));
        QVERIFY(!lines.first().contains(QLatin1String("Source")));
        for (int row = 0; row < shown; ++row) {
            const QString id = m_area->model()->index(row, 0).data().toString();
            QVERIFY2(lines.at(row + 1).startsWith(id + QLatin1Char(',')),
                     qPrintable(lines.at(row + 1)));
        }
        QVERIFY(lines.at(1).contains(QLatin1String("****")));
        const QString detail = scalar(ws(), QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                           "action = 'export' ORDER BY id DESC "
                                                           "LIMIT 1"))
                                   .toString();
        QVERIFY2(detail.contains(QStringLiteral("\"rows\":%1").arg(shown)), qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("\"masked\":true")));
        QVERIFY(detail.contains(QLatin1String("\"file\":\"list.csv\"")));
        QVERIFY(detail.contains(QLatin1String("\"phone\"")));
        QVERIFY(!detail.contains(QLatin1String("Bob")));
        QVERIFY(!detail.contains(QLatin1String("138")));
    }

    void xlsxExportReadsBackAndIsUnmaskedOnlyAfterUnmask()
    {
        selectRows(0, 2);
        QString path = exportTo(QStringLiteral("picked.xlsx"), true);
        QVERIFY(!path.isEmpty());
        QVector<QStringList> rows = xlsx::readSheet(path);
        QCOMPARE(rows.size(), 4); // the titles and three members
        const int phone = int(rows.first().indexOf(QStringLiteral("Phone")));
        QVERIFY(phone >= 0);
        QCOMPARE(rows.at(1).first(), m_area->model()->index(0, 0).data().toString());
        QCOMPARE(rows.at(3).first(), m_area->model()->index(2, 0).data().toString());
        QVERIFY2(rows.at(1).at(phone).contains(QLatin1String("****")),
                 qPrintable(rows.at(1).at(phone)));
        // Unmasked (the toggle, audited as such): the export holds the full numbers.
        m_area->model()->setUnmasked(true);
        path = exportTo(QStringLiteral("picked-full.xlsx"), true);
        rows = xlsx::readSheet(path);
        const qint64 ref = m_area->model()->memberRef(0);
        QCOMPARE(rows.at(1).at(phone),
                 scalar(ws(), QStringLiteral("SELECT phone FROM members WHERE id = ?"), {ref})
                     .toString());
        const QString detail = scalar(ws(), QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                           "action = 'export' ORDER BY id DESC "
                                                           "LIMIT 1"))
                                   .toString();
        QVERIFY(detail.contains(QLatin1String("\"masked\":false")));
        QVERIFY(detail.contains(QLatin1String("\"format\":\"xlsx\"")));
        QVERIFY(detail.contains(QLatin1String("\"selection\":true")));
        QVERIFY(detail.contains(QLatin1String("\"rows\":3")));
    }

    // A text that a spreadsheet would run as a formula is neutralised in CSV.
    void csvExportNeutralisesFormulas()
    {
        fixture::exec(ws(),
                      QStringLiteral("UPDATE members SET name = '=HYPERLINK(1)' WHERE id = 1"));
        m_area->refresh();
        m_area->showMembers({1}, QStringLiteral("one"));
        const QString path = exportTo(QStringLiteral("formula.csv"));
        QVERIFY(readText(path).contains(QLatin1String(",'=HYPERLINK(1),")));
    }

    // Cancelled half-way: no file at the path, nothing in the audit log.
    void cancelledExportLeavesNothing()
    {
        memberexport::Request request;
        request.columns = {MemberTableModel::MemberIdColumn, MemberTableModel::PhoneColumn};
        request.sortColumn = MemberTableModel::JoinedColumn;
        request.path = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        request.format = memberexport::Format::Xlsx;
        int calls = 0;
        auto written = memberexport::write(ws(), request, [&calls](int) { return ++calls < 2; });
        QVERIFY(!written);
        QCOMPARE(written.error().message, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(request.path));
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'export'")),
                 0);
        // Not cancelled: the whole list, in its order.
        request.format = memberexport::Format::Csv;
        request.path = m_dir.filePath(QStringLiteral("whole.csv"));
        written = memberexport::write(ws(), request);
        QVERIFY(written);
        QCOMPARE(*written, 120);
    }

    void exportToTheWorkspaceItselfIsRefused()
    {
        QSignalSpy finished(m_area.get(), &MembersArea::exportFinished);
        m_area->exportList(ws().path(), false);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'export'")),
                 0);
        QCOMPARE(count(ws(), QStringLiteral("SELECT count(*) FROM members")), 120);
    }

    // ---- pinyin --------------------------------------------------------------------------

    void namesSortByPinyinInChinese()
    {
        fixture::exec(ws(), QStringLiteral("DELETE FROM members"));
        const QStringList names{QStringLiteral("张三"), QStringLiteral("李四"),
                                QStringLiteral("王五"), QStringLiteral("阿明"),
                                QStringLiteral("赵六")};
        int i = 0;
        for (const QString &name : names)
            fixture::exec(ws(),
                          QStringLiteral("INSERT INTO members(member_id, name, joined_at) "
                                         "VALUES(?, ?, 1767225600)"),
                          {QStringLiteral("P%1").arg(++i), name});
        const auto sorted = [this] {
            auto ids =
                memberlist::ids(ws(), MemberFilter(), MemberSortKey::Name, Qt::AscendingOrder);
            QStringList out;
            if (!ids)
                return out;
            auto rows = memberlist::rows(ws(), ids->ids);
            for (const MemberListRow &row : *rows)
                out << row.name;
            return out;
        };
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(sorted(), (QStringList{QStringLiteral("阿明"), QStringLiteral("李四"),
                                        QStringLiteral("王五"), QStringLiteral("张三"),
                                        QStringLiteral("赵六")}));
        // The list sorted by name in the window shows the same order.
        m_area->refresh();
        m_area->view()->horizontalHeader()->setSortIndicator(MemberTableModel::NameColumn,
                                                             Qt::AscendingOrder);
        QCOMPARE(m_area->model()->index(0, MemberTableModel::NameColumn).data().toString(),
                 QStringLiteral("阿明"));
        QCOMPARE(m_area->model()->index(4, MemberTableModel::NameColumn).data().toString(),
                 QStringLiteral("赵六"));
        shoot(m_area.get(), "pinyin");
        // In English the order of code points stays (张 U+5F20 before 李 U+674E).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(sorted().first(), QStringLiteral("张三"));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        // Fifty thousand Chinese names sorted by pinyin: measured.
        {
            Transaction transaction(ws());
            fixture::exec(
                ws(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
                                     "n WHERE i < 50000) INSERT INTO members(member_id, name, "
                                     "joined_at) SELECT 'Q' || i, char(19968 + (i * 7919) % 20000) "
                                     "|| char(19968 + (i * 104729) % 20000), 1767225600 FROM n"));
            QVERIFY(transaction.commit());
        }
        QElapsedTimer timer;
        timer.start();
        auto all = memberlist::ids(ws(), MemberFilter(), MemberSortKey::Name, Qt::AscendingOrder,
                                   {1024, 5000});
        QVERIFY(all);
        qInfo("50,005 names by pinyin: first page in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_MAIN(TestMemberActions)
#include "tst_memberactions.moc"
