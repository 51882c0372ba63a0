// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentrepository.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace siyu {

class Workspace;

// The one way the user changes saved segments: each change is a command on the workspace's
// undo stack whose redo and undo write through SegmentRepository, each in one transaction.
// Undoing a delete puts the segment back as it was: its row id, frozen members and recorded
// sizes. Views listen to segmentsChanged().
class SegmentEditor : public QObject
{
    Q_OBJECT

public:
    // Without a stack, changes are applied directly and cannot be undone.
    SegmentEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent = nullptr);

    SegmentRepository &repository() { return m_repository; }

    // Each returns the segment's row id, or 0 (and emits errorOccurred) when nothing changed.
    // `size`, when given, is recorded as the segment's first evaluation.
    qint64 addDynamic(const QString &name, const Rule &rule,
                      const std::optional<SegmentSize> &size = {});
    qint64 addStatic(const QString &name, const std::vector<qint64> &memberRefs,
                     const QString &rule = {}, const std::optional<SegmentSize> &size = {});
    // A copy under a free name ("VIP copy"), members and rule alike, without the sizes.
    qint64 duplicate(qint64 id);
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id);

    // Used by the commands.
    Status applyRestore(const SegmentSnapshot &snapshot);
    Result<SegmentSnapshot> applyRemove(qint64 id); // what was removed
    Status applyRename(qint64 id, const QString &name);
    void notify(qint64 id) { emit segmentsChanged(id); }
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    // Segments were added, changed or removed; `id` is the one to show (0: none).
    void segmentsChanged(qint64 id);
    void errorOccurred(const QString &message);

private:
    qint64 add(SegmentSnapshot snapshot);
    bool push(QUndoCommand *command);
    Result<qint64> nextId() const;

    Workspace &m_workspace;
    SegmentRepository m_repository;
    QPointer<QUndoStack> m_undoStack;
};

// Adds a segment as `snapshot` holds it; undo removes it (keeping what was recorded since for
// a redo).
class AddSegmentCommand : public QUndoCommand
{
public:
    AddSegmentCommand(SegmentEditor *editor, SegmentSnapshot snapshot, const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    QPointer<SegmentEditor> m_editor;
    SegmentSnapshot m_snapshot;
    bool m_failed = false;
};

// Removes a segment; undo puts it back as it was.
class RemoveSegmentCommand : public QUndoCommand
{
public:
    RemoveSegmentCommand(SegmentEditor *editor, qint64 id, const QString &name);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    QPointer<SegmentEditor> m_editor;
    qint64 m_id;
    std::optional<SegmentSnapshot> m_snapshot;
    bool m_failed = false;
};

class RenameSegmentCommand : public QUndoCommand
{
public:
    RenameSegmentCommand(SegmentEditor *editor, qint64 id, QString before, QString after);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const QString &name);

    QPointer<SegmentEditor> m_editor;
    qint64 m_id;
    QString m_before;
    QString m_after;
    bool m_failed = false;
};

} // namespace siyu
