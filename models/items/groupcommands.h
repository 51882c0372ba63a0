// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/grouprepository.h"

#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

#include <optional>

namespace siyu {

class GroupListModel;
class Workspace;

// Sets one field of one group, each way in its own transaction. The model (when it still
// exists) re-reads the group afterwards. A write that fails makes the command obsolete, so the
// stack drops it, and the model reports the error.
class SetGroupFieldCommand : public QUndoCommand
{
public:
    SetGroupFieldCommand(Workspace &workspace, GroupListModel *model, qint64 groupRef,
                         GroupField field, QVariant before, QVariant after,
                         const QString &groupName, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    static QString describe(GroupField field, const QString &groupName);

private:
    // Compare and set: writes `value` while the field still holds `expected`; the value as
    // stored, or nullopt (and the command obsolete, with a message) when it failed or someone
    // else changed the field since.
    std::optional<QVariant> apply(const QVariant &expected, const QVariant &value);

    Workspace &m_workspace;
    QPointer<GroupListModel> m_model;
    qint64 m_groupRef;
    GroupField m_field;
    QVariant m_before;
    QVariant m_after;
};

// Adds a group by hand; undo removes it again while nothing names it, redo adds it back under
// the same row id. The model (when it still exists) reloads.
class AddGroupCommand : public QUndoCommand
{
public:
    AddGroupCommand(Workspace &workspace, GroupListModel *model, NewGroup group);
    void redo() override;
    void undo() override;
    qint64 ref() const { return m_ref; }
    bool failed() const { return m_failed; }

private:
    void fail(const QString &message);

    Workspace &m_workspace;
    QPointer<GroupListModel> m_model;
    NewGroup m_group;
    qint64 m_ref = 0;
    bool m_failed = false;
};

} // namespace siyu
