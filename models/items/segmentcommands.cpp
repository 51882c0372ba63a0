// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/segmentcommands.h"

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace siyu {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("siyu::SegmentEditor", source);
}

} // namespace

SegmentEditor::SegmentEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_repository(workspace), m_undoStack(undoStack)
{}

Result<qint64> SegmentEditor::nextId() const
{
    auto id = sql::scalar(m_workspace.db(),
                          QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM segments"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

// The row id is chosen here, so that redo after undo writes the same segment again. Undo and
// redo run in stack order: an id freed by an undone add is only taken again once that add is
// gone from the stack.
qint64 SegmentEditor::add(SegmentSnapshot snapshot)
{
    snapshot.segment.name = snapshot.segment.name.trimmed();
    if (snapshot.segment.name.isEmpty()) {
        emit errorOccurred(tr("A segment needs a name."));
        return 0;
    }
    auto clash = m_repository.findByName(snapshot.segment.name);
    if (!clash) {
        emit errorOccurred(clash.error().toString());
        return 0;
    }
    if (clash->has_value()) {
        emit errorOccurred(tr("There is already a segment named “%1”.").arg(snapshot.segment.name));
        return 0;
    }
    auto id = nextId();
    if (!id) {
        emit errorOccurred(id.error().toString());
        return 0;
    }
    snapshot.segment.id = *id;
    snapshot.segment.createdAt = QDateTime::currentSecsSinceEpoch();
    const QString label =
        snapshot.segment.kind == Segment::Kind::Static
            ? text(QT_TRANSLATE_NOOP("siyu::SegmentEditor", "Save static segment “%1”"))
            : text(QT_TRANSLATE_NOOP("siyu::SegmentEditor", "Save segment “%1”"));
    auto *command = new AddSegmentCommand(this, snapshot, label.arg(snapshot.segment.name));
    const qint64 ref = *id;
    return push(command) ? ref : 0;
}

bool SegmentEditor::push(QUndoCommand *command)
{
    const auto failed = [command] {
        if (auto *add = dynamic_cast<AddSegmentCommand *>(command))
            return add->failed();
        if (auto *remove = dynamic_cast<RemoveSegmentCommand *>(command))
            return remove->failed();
        if (auto *rename = dynamic_cast<RenameSegmentCommand *>(command))
            return rename->failed();
        return false;
    };
    if (m_undoStack) {
        m_undoStack->push(command); // runs redo(); an obsolete command is dropped
        const int index = m_undoStack->index() - 1;
        return index >= 0 && m_undoStack->command(index) == command && !failed();
    }
    command->redo();
    const bool ok = !failed();
    delete command;
    return ok;
}

qint64 SegmentEditor::addDynamic(const QString &name, const Rule &rule,
                                 const std::optional<SegmentSize> &size)
{
    SegmentSnapshot snapshot;
    snapshot.segment.name = name;
    snapshot.segment.kind = Segment::Kind::Dynamic;
    snapshot.segment.rule = rule.toJsonText();
    if (size)
        snapshot.sizes.push_back(*size);
    return add(std::move(snapshot));
}

qint64 SegmentEditor::addStatic(const QString &name, const std::vector<qint64> &memberRefs,
                                const QString &rule, const std::optional<SegmentSize> &size)
{
    SegmentSnapshot snapshot;
    snapshot.segment.name = name;
    snapshot.segment.kind = Segment::Kind::Static;
    snapshot.segment.rule = rule;
    snapshot.members = memberRefs;
    if (size)
        snapshot.sizes.push_back(*size);
    return add(std::move(snapshot));
}

qint64 SegmentEditor::duplicate(qint64 id)
{
    auto source = m_repository.snapshot(id);
    if (!source) {
        emit errorOccurred(source.error().toString());
        return 0;
    }
    auto name = m_repository.unusedName(tr("%1 copy").arg(source->segment.name));
    if (!name) {
        emit errorOccurred(name.error().toString());
        return 0;
    }
    SegmentSnapshot copy = *source;
    copy.segment.name = *name;
    copy.sizes.clear();
    return add(std::move(copy));
}

bool SegmentEditor::rename(qint64 id, const QString &name)
{
    auto segment = m_repository.find(id);
    if (!segment) {
        emit errorOccurred(segment.error().toString());
        return false;
    }
    const QString trimmed = name.trimmed();
    if (trimmed == segment->name)
        return true;
    return push(new RenameSegmentCommand(this, id, segment->name, trimmed));
}

bool SegmentEditor::remove(qint64 id)
{
    auto segment = m_repository.find(id);
    if (!segment) {
        emit errorOccurred(segment.error().toString());
        return false;
    }
    return push(new RemoveSegmentCommand(this, id, segment->name));
}

Status SegmentEditor::applyRestore(const SegmentSnapshot &snapshot)
{
    return m_repository.restore(snapshot);
}

Result<SegmentSnapshot> SegmentEditor::applyRemove(qint64 id)
{
    Transaction transaction(m_workspace);
    if (!transaction.isActive())
        return transaction.error();
    auto snapshot = m_repository.snapshot(id);
    if (!snapshot)
        return snapshot.error();
    if (Status status = m_repository.remove(id); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return snapshot;
}

Status SegmentEditor::applyRename(qint64 id, const QString &name)
{
    return m_repository.rename(id, name);
}

// ---- commands ---------------------------------------------------------------------------------

AddSegmentCommand::AddSegmentCommand(SegmentEditor *editor, SegmentSnapshot snapshot,
                                     const QString &text)
    : QUndoCommand(text), m_editor(editor), m_snapshot(std::move(snapshot))
{}

void AddSegmentCommand::redo()
{
    if (!m_editor)
        return;
    if (Status status = m_editor->applyRestore(m_snapshot); !status) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(status.error().toString());
        return;
    }
    m_editor->notify(m_snapshot.segment.id);
}

void AddSegmentCommand::undo()
{
    if (!m_editor)
        return;
    auto removed = m_editor->applyRemove(m_snapshot.segment.id);
    if (!removed) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(removed.error().toString());
        return;
    }
    m_snapshot = *removed; // with the sizes recorded since, for a redo
    m_editor->notify(0);
}

RemoveSegmentCommand::RemoveSegmentCommand(SegmentEditor *editor, qint64 id, const QString &name)
    : QUndoCommand(
          QCoreApplication::translate("siyu::SegmentEditor", "Delete segment “%1”").arg(name)),
      m_editor(editor), m_id(id)
{}

void RemoveSegmentCommand::redo()
{
    if (!m_editor)
        return;
    auto removed = m_editor->applyRemove(m_id);
    if (!removed) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(removed.error().toString());
        return;
    }
    m_snapshot = *removed;
    m_editor->notify(0);
}

void RemoveSegmentCommand::undo()
{
    if (!m_editor || !m_snapshot)
        return;
    if (Status status = m_editor->applyRestore(*m_snapshot); !status) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(status.error().toString());
        return;
    }
    m_editor->notify(m_id);
}

RenameSegmentCommand::RenameSegmentCommand(SegmentEditor *editor, qint64 id, QString before,
                                           QString after)
    : QUndoCommand(QCoreApplication::translate("siyu::SegmentEditor", "Rename segment “%1” to “%2”")
                       .arg(before, after)),
      m_editor(editor), m_id(id), m_before(std::move(before)), m_after(std::move(after))
{}

void RenameSegmentCommand::apply(const QString &name)
{
    if (!m_editor)
        return;
    if (Status status = m_editor->applyRename(m_id, name); !status) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(status.error().toString());
        return;
    }
    m_editor->notify(m_id);
}

void RenameSegmentCommand::redo()
{
    apply(m_after);
}

void RenameSegmentCommand::undo()
{
    apply(m_before);
}

} // namespace siyu
