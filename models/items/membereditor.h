// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

class QUndoCommand;

namespace siyu {

class Workspace;

// The one way the user changes members: each change becomes a command on the workspace's undo
// stack (see membercommands.h), whose redo and undo write through the repository, each in its
// own transaction. Views listen to memberChanged / membersChanged to refresh.
class MemberEditor : public QObject
{
    Q_OBJECT

public:
    // Without a stack, changes are applied directly and cannot be undone.
    MemberEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent = nullptr);

    MemberRepository &repository() { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each returns false (and emits errorOccurred) when nothing was changed because of an error.
    bool setField(qint64 ref, MemberField field, const QVariant &value);
    bool setCustomField(qint64 ref, const QString &key, const QVariant &value);
    bool addTag(qint64 ref, const QString &tag);
    bool removeTag(qint64 ref, const QString &tag);
    // Adds a member by hand (undoable): the new row id, or 0 when nothing was added.
    qint64 addMember(const NewMember &member);
    // Bulk edits of many members, each one undo step.
    bool addTag(const QList<qint64> &refs, const QString &tag);
    bool removeTag(const QList<qint64> &refs, const QString &tag);
    // MemberField::Staff (a staff row id or null) or MemberField::StageOverride (a stage code
    // or null: computed again).
    bool setField(const QList<qint64> &refs, MemberField field, const QVariant &value);
    bool deleteMembers(const QList<qint64> &refs);
    bool restoreMembers(const QList<qint64> &refs);
    // Permanent: not a command, and commands about the member become obsolete.
    Result<EraseCounts> erase(qint64 ref,
                              MemberRepository::Purge purge = MemberRepository::Purge::Now);
    // Records the user's request to see contact details (audit log).
    bool recordUnmask(qint64 ref, qint64 count);

    static QString fieldTitle(MemberField field);

    // Used by the commands.
    // Writes `value` while the field still holds `expected`: the value as stored, or nullopt
    // when someone else changed the field since (nothing written).
    Result<std::optional<QVariant>> applyField(qint64 ref, MemberField field,
                                               const QVariant &expected, const QVariant &value);
    // Compare and set: false when the field no longer holds `expected`.
    Result<bool> applyCustomField(qint64 ref, const QString &key, const QVariant &expected,
                                  const QVariant &value);
    Status applyTag(qint64 ref, const QString &tag, bool attach);
    // Returns the members whose state changed.
    Result<QList<qint64>> applyDeleted(const QList<qint64> &refs, bool deleted);
    // The row id and its updated_at.
    Result<std::pair<qint64, qint64>> applyCreate(const NewMember &member, qint64 ref);
    Result<bool> applyRemoveCreated(qint64 ref, qint64 updatedAt);
    Result<QList<qint64>> applyTags(const QList<qint64> &refs, const QString &tag, bool attach);
    Result<QList<qint64>> applyChanges(MemberField field,
                                       const QVector<MemberFieldChange> &changes);
    void reportError(const QString &message);

signals:
    // A member's fields or tags changed.
    void memberChanged(qint64 ref);
    // Which members exist or are live changed (delete, restore, erase, add).
    void membersChanged();
    // The fields or tags of many members changed at once (a bulk edit).
    void membersEdited(const QList<qint64> &refs);
    void errorOccurred(const QString &message);

private:
    bool push(QUndoCommand *command);

    Workspace &m_workspace;
    MemberRepository m_repository;
    QPointer<QUndoStack> m_undoStack;
    bool m_failed = false; // set by a command whose redo failed during push
};

} // namespace siyu
