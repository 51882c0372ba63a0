// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfixture.h"

#include "models/items/membereditor.h"
#include "models/items/membertablemodel.h"

#include <QJsonValue>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace siyu;

class TestMemberCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Fixture m_fx;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MemberEditor> m_editor;
    std::unique_ptr<MemberTableModel> m_model;
    int m_serial = 0;

    MemberRecord load(qint64 ref) { return *m_editor->repository().load(ref); }
    QString cell(qint64 ref, int column) const
    {
        return m_model->data(m_model->index(m_model->rowOf(ref), column)).toString();
    }

private slots:
    void init()
    {
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("c%1.siyu").arg(++m_serial)), 20);
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<MemberEditor>(*m_fx.ws, m_stack.get());
        m_model = std::make_unique<MemberTableModel>(*m_fx.ws);
        // What the members area wires up: edits refresh rows, deletions re-run the list.
        connect(m_editor.get(), &MemberEditor::memberChanged, m_model.get(),
                [this](qint64 ref) { m_model->refreshMembers({ref}); });
        connect(m_editor.get(), &MemberEditor::membersChanged, m_model.get(),
                [this] { m_model->reload(); });
    }

    void cleanup()
    {
        m_model.reset();
        m_editor.reset();
        m_stack.reset();
        m_fx = {};
    }

    void fieldEditUndoRedo()
    {
        const fixture::Member &m = m_fx.members.at(4);
        QSignalSpy changed(m_editor.get(), &MemberEditor::memberChanged);
        QVERIFY(m_editor->setField(m.ref, MemberField::Name, QStringLiteral("Renamed")));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Edit name"));
        QCOMPARE(load(m.ref).name, QStringLiteral("Renamed"));
        QCOMPARE(cell(m.ref, MemberTableModel::NameColumn), QStringLiteral("Renamed"));
        m_stack->undo();
        QCOMPARE(load(m.ref).name, m.name);
        QCOMPARE(cell(m.ref, MemberTableModel::NameColumn), m.name);
        m_stack->redo();
        QCOMPARE(load(m.ref).name, QStringLiteral("Renamed"));
        QCOMPARE(changed.count(), 3);
    }

    void unchangedValueIsNoCommand()
    {
        const fixture::Member &m = m_fx.members.at(4);
        QVERIFY(m_editor->setField(m.ref, MemberField::City, m.city));
        QVERIFY(m_editor->setField(m.ref, MemberField::Remark, QString())); // none before
        QCOMPARE(m_stack->count(), 0);
    }

    void everyFieldGoesThroughOneCommand()
    {
        const fixture::Member &m = m_fx.members.at(5); // has staff
        const MemberRecord before = load(m.ref);
        QVERIFY(m_editor->setField(m.ref, MemberField::Staff, QVariant()));
        QVERIFY(m_editor->setField(m.ref, MemberField::Stage, QStringLiteral("loyalty")));
        QVERIFY(m_editor->setField(m.ref, MemberField::Phone, QStringLiteral("13900001111")));
        QVERIFY(m_editor->setField(m.ref, MemberField::JoinedAt, qint64(1000)));
        QCOMPARE(m_stack->count(), 4);
        QCOMPARE(load(m.ref).phone, QStringLiteral("+8613900001111")); // stored in E.164
        while (m_stack->canUndo())
            m_stack->undo();
        const MemberRecord after = load(m.ref);
        QCOMPARE(after.staffRef, before.staffRef);
        QCOMPARE(after.stage, before.stage);
        QCOMPARE(after.phone, before.phone);
        QCOMPARE(after.joinedAt, before.joinedAt);
    }

    void invalidValueLeavesNoCommand()
    {
        const fixture::Member &m = m_fx.members.at(4);
        QSignalSpy errors(m_editor.get(), &MemberEditor::errorOccurred);
        QVERIFY(!m_editor->setField(m.ref, MemberField::Email, QStringLiteral("not an email")));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(load(m.ref).email, m.email);
    }

    void tagsUndoRedo()
    {
        const fixture::Member &m = m_fx.members.at(0); // no tags
        QVERIFY(m_editor->addTag(m.ref, QStringLiteral("early-bird")));
        QCOMPARE(load(m.ref).tags, QStringList{QStringLiteral("early-bird")});
        QCOMPARE(cell(m.ref, MemberTableModel::TagsColumn), QStringLiteral("early-bird"));
        QVERIFY(m_editor->addTag(m.ref, QStringLiteral("early-bird"))); // has it: no command
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QVERIFY(load(m.ref).tags.isEmpty());
        QCOMPARE(cell(m.ref, MemberTableModel::TagsColumn), QString());
        m_stack->redo();
        QVERIFY(m_editor->removeTag(m.ref, QStringLiteral("early-bird")));
        QVERIFY(load(m.ref).tags.isEmpty());
        m_stack->undo();
        QCOMPARE(load(m.ref).tags, QStringList{QStringLiteral("early-bird")});
    }

    void customFieldUndoRestoresAbsence()
    {
        const fixture::Member &m = m_fx.members.at(2);
        QVERIFY(m_editor->setCustomField(m.ref, QStringLiteral("size"), QStringLiteral("M")));
        QVERIFY(m_editor->setCustomField(m.ref, QStringLiteral("size"), QStringLiteral("L")));
        QCOMPARE(load(m.ref).custom.value(QStringLiteral("size")).toString(), QStringLiteral("L"));
        m_stack->undo();
        QCOMPARE(load(m.ref).custom.value(QStringLiteral("size")).toString(), QStringLiteral("M"));
        m_stack->undo();
        QVERIFY(!load(m.ref).custom.contains(QStringLiteral("size")));
    }

    void deleteUndoRedo()
    {
        const QList<qint64> refs{m_fx.members.at(0).ref, m_fx.members.at(1).ref};
        QVERIFY(m_editor->repository().softDelete({refs.at(1)}).ok()); // deleted before
        QVERIFY(m_model->reload().ok());
        QCOMPARE(m_model->rowCount(), 19);
        QVERIFY(m_editor->deleteMembers(refs));
        QCOMPARE(m_model->rowCount(), 18);
        m_stack->undo();
        // Only what the command deleted comes back.
        QCOMPARE(m_model->rowCount(), 19);
        QVERIFY(load(refs.at(1)).deletedAt.has_value());
        m_stack->redo();
        QCOMPARE(m_model->rowCount(), 18);
    }

    void deletingDeletedMembersIsNoCommand()
    {
        const QList<qint64> refs{m_fx.members.at(0).ref};
        QVERIFY(m_editor->repository().softDelete(refs).ok());
        m_editor->deleteMembers(refs);
        QCOMPARE(m_stack->count(), 0);
    }

    void erasureMakesEarlierEditsObsolete()
    {
        const fixture::Member &m = m_fx.members.at(9);
        QVERIFY(m_editor->setField(m.ref, MemberField::City, QStringLiteral("Wuhan")));
        QVERIFY(
            m_editor->setField(m_fx.members.at(3).ref, MemberField::City, QStringLiteral("Wuhan")));
        QCOMPARE(m_stack->count(), 2);
        QVERIFY(m_editor->erase(m.ref).ok());
        QCOMPARE(m_model->rowCount(), 19);
        m_stack->undo(); // the other member's edit
        QCOMPARE(load(m_fx.members.at(3).ref).city, m_fx.members.at(3).city);
        QSignalSpy errors(m_editor.get(), &MemberEditor::errorOccurred);
        m_stack->undo(); // the erased member's edit: dropped
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_stack->canUndo());
    }

    void undoOfAFieldChangedElsewhereGoesObsolete()
    {
        // Ctrl+Z after an import (or another program) wrote the same field: the undo must
        // not put the old value back over theirs.
        const fixture::Member &m = m_fx.members.at(4);
        QVERIFY(m_editor->setField(m.ref, MemberField::City, QStringLiteral("Wuhan")));
        QVERIFY(m_editor->setField(m.ref, MemberField::Remark, QStringLiteral("first call")));
        QVERIFY(MemberRepository(*m_fx.ws).setField(m.ref, MemberField::City,
                                                    QStringLiteral("Chengdu")));
        QSignalSpy errors(m_editor.get(), &MemberEditor::errorOccurred);
        m_stack->undo(); // the remark: nobody touched it since
        QCOMPARE(load(m.ref).remark, m.remark);
        QCOMPARE(errors.count(), 0);
        m_stack->undo(); // the city: changed since, left as it is
        QCOMPARE(load(m.ref).city, QStringLiteral("Chengdu"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("city")));
        QCOMPARE(m_stack->count(), 1); // the city step is gone, the remark's stays for redo
        QVERIFY(!m_stack->canUndo());
        QCOMPARE(cell(m.ref, MemberTableModel::CityColumn), QStringLiteral("Chengdu"));
    }

    void undoOfACustomFieldChangedElsewhereGoesObsolete()
    {
        const fixture::Member &m = m_fx.members.at(5);
        QVERIFY(m_editor->setCustomField(m.ref, QStringLiteral("shoe size"), QStringLiteral("38")));
        QVERIFY(m_editor->setCustomField(m.ref, QStringLiteral("pet"), QStringLiteral("cat")));
        QVERIFY(MemberRepository(*m_fx.ws).setCustomField(m.ref, QStringLiteral("shoe size"),
                                                          QStringLiteral("39")));
        QSignalSpy errors(m_editor.get(), &MemberEditor::errorOccurred);
        m_stack->undo(); // the pet: nobody touched it since
        QVERIFY(!load(m.ref).custom.contains(QStringLiteral("pet")));
        QCOMPARE(errors.count(), 0);
        m_stack->undo(); // the shoe size: changed since, left as it is
        QCOMPARE(load(m.ref).custom.value(QStringLiteral("shoe size")),
                 QJsonValue(QStringLiteral("39")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("shoe size")));
    }

    void redoOfAFieldChangedElsewhereGoesObsolete()
    {
        const fixture::Member &m = m_fx.members.at(6);
        QVERIFY(m_editor->setField(m.ref, MemberField::Name, QStringLiteral("  Padded  ")));
        m_stack->undo(); // the stored form was trimmed: still undoable
        QCOMPARE(load(m.ref).name, m.name);
        QVERIFY(sql::exec(m_fx.ws->db(),
                          QStringLiteral("UPDATE members SET name = 'Other' "
                                         "WHERE id = ?"),
                          {m.ref}));
        QSignalSpy errors(m_editor.get(), &MemberEditor::errorOccurred);
        m_stack->redo();
        QCOMPARE(load(m.ref).name, QStringLiteral("Other"));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_stack->count(), 0);
    }

    void withoutStackChangesApplyDirectly()
    {
        MemberEditor direct(*m_fx.ws, nullptr);
        const fixture::Member &m = m_fx.members.at(4);
        QVERIFY(direct.setField(m.ref, MemberField::Remark, QStringLiteral("direct")));
        QCOMPARE(load(m.ref).remark, QStringLiteral("direct"));
        QVERIFY(!direct.setField(m.ref, MemberField::Gender, QStringLiteral("?")));
    }
};

QTEST_GUILESS_MAIN(TestMemberCommands)
#include "tst_membercommands.moc"
