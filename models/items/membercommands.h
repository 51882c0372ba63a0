// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

namespace siyu {

class MemberEditor;

// The undoable member edits. Each holds what it needs to go both ways and writes through the
// editor (and so the repository, in a transaction). A write that fails — the member was erased
// meanwhile — makes the command obsolete, so the stack drops it, and the editor reports why.

// One command for every field: the field is data, not a subclass. Each way compares and
// sets: when the field no longer holds what this command left there (an import or another
// program changed it since), it is left as it is and the command goes obsolete, with a message.
class SetMemberField : public QUndoCommand
{
public:
    SetMemberField(MemberEditor *editor, qint64 ref, MemberField field, QVariant before,
                   QVariant after);
    void redo() override;
    void undo() override;

private:
    // Writes `value` where `expected` still is; returns the value as stored.
    std::optional<QVariant> apply(const QVariant &expected, const QVariant &value);

    QPointer<MemberEditor> m_editor;
    qint64 m_ref;
    MemberField m_field;
    QVariant m_before;
    QVariant m_after;
};

// A custom field; an invalid QVariant means "absent".
class SetMemberCustomField : public QUndoCommand
{
public:
    SetMemberCustomField(MemberEditor *editor, qint64 ref, QString key, QVariant before,
                         QVariant after);
    void redo() override;
    void undo() override;

private:
    void apply(const QVariant &expected, const QVariant &value);

    QPointer<MemberEditor> m_editor;
    qint64 m_ref;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

// Attaches (or, with attach = false, detaches) a tag; undo does the opposite.
class ChangeMemberTag : public QUndoCommand
{
public:
    ChangeMemberTag(MemberEditor *editor, qint64 ref, QString tag, bool attach);
    void redo() override;
    void undo() override;

private:
    void apply(bool attach);

    QPointer<MemberEditor> m_editor;
    qint64 m_ref;
    QString m_tag;
    bool m_attach;
};

// Soft-deletes (or, with deleted = false, restores) members; undo does the opposite.
class SetMembersDeleted : public QUndoCommand
{
public:
    SetMembersDeleted(MemberEditor *editor, QList<qint64> refs, bool deleted);
    void redo() override;
    void undo() override;

private:
    void apply(bool deleted);

    QPointer<MemberEditor> m_editor;
    QList<qint64> m_refs;
    bool m_deleted;
};

// Adds a member by hand; undo removes them again (while nothing names them yet), redo adds
// them back under the same row id.
class AddMember : public QUndoCommand
{
public:
    AddMember(MemberEditor *editor, NewMember member);
    void redo() override;
    void undo() override;
    qint64 ref() const { return m_ref; }

private:
    QPointer<MemberEditor> m_editor;
    NewMember m_member;
    qint64 m_ref = 0;
    qint64 m_updatedAt = 0;
};

// Attaches (or detaches) one tag to many members at once, one step; undo touches only the
// members this command changed.
class ChangeMembersTag : public QUndoCommand
{
public:
    ChangeMembersTag(MemberEditor *editor, QList<qint64> refs, QString tag, bool attach);
    void redo() override;
    void undo() override;

private:
    void apply(bool attach);

    QPointer<MemberEditor> m_editor;
    QList<qint64> m_refs; // after the first redo: the members it changed
    QString m_tag;
    bool m_attach;
    bool m_done = false;
};

// Sets the staff or the stage override of many members at once, one step. Each way compares
// and sets member by member: members changed elsewhere since are left as they are.
class SetMembersField : public QUndoCommand
{
public:
    SetMembersField(MemberEditor *editor, QVector<MemberFieldChange> changes, MemberField field);
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);

    QPointer<MemberEditor> m_editor;
    QVector<MemberFieldChange> m_changes; // expected = before, value = after
    MemberField m_field;
};

} // namespace siyu
