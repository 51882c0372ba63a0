// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/membereditor.h"

#include "models/items/membercommands.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace siyu {

namespace {

// Field values compare as stored: an empty text and no text are the same.
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || a.toString().isEmpty();
    const bool bEmpty = !b.isValid() || b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}

} // namespace

MemberEditor::MemberEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_repository(workspace), m_undoStack(undoStack)
{}

QString MemberEditor::fieldTitle(MemberField field)
{
    switch (field) {
    case MemberField::Name:
        return tr("name");
    case MemberField::Remark:
        return tr("remark");
    case MemberField::Gender:
        return tr("gender");
    case MemberField::City:
        return tr("city");
    case MemberField::Phone:
        return tr("phone");
    case MemberField::Email:
        return tr("email");
    case MemberField::Source:
        return tr("source");
    case MemberField::Staff:
        return tr("staff");
    case MemberField::Stage:
        return tr("stage");
    case MemberField::Consent:
        return tr("consent");
    case MemberField::ConsentAt:
        return tr("consent date");
    case MemberField::ConsentSource:
        return tr("consent source");
    case MemberField::Notes:
        return tr("notes");
    case MemberField::JoinedAt:
        return tr("joined date");
    case MemberField::Referrer:
        return tr("referrer");
    case MemberField::StageOverride:
        return tr("stage set by hand");
    }
    return {};
}

bool MemberEditor::push(QUndoCommand *command)
{
    m_failed = false;
    if (m_undoStack) {
        m_undoStack->push(command); // redo() runs here; a failure makes it obsolete
        return !m_failed;
    }
    std::unique_ptr<QUndoCommand> owned(command);
    owned->redo();
    return !m_failed;
}

void MemberEditor::reportError(const QString &message)
{
    m_failed = true;
    if (!message.isEmpty())
        emit errorOccurred(message);
}

bool MemberEditor::setField(qint64 ref, MemberField field, const QVariant &value)
{
    auto record = m_repository.load(ref);
    if (!record) {
        reportError(record.error().message);
        return false;
    }
    const QVariant before = record->value(field);
    if (sameValue(before, value))
        return true;
    return push(new SetMemberField(this, ref, field, before, value));
}

bool MemberEditor::setCustomField(qint64 ref, const QString &key, const QVariant &value)
{
    auto record = m_repository.load(ref);
    if (!record) {
        reportError(record.error().message);
        return false;
    }
    const QString name = key.trimmed();
    const QVariant before =
        record->custom.contains(name) ? record->custom.value(name).toVariant() : QVariant();
    if (before == value)
        return true;
    return push(new SetMemberCustomField(this, ref, name, before, value));
}

bool MemberEditor::addTag(qint64 ref, const QString &tag)
{
    auto record = m_repository.load(ref);
    if (!record) {
        reportError(record.error().message);
        return false;
    }
    if (record->tags.contains(tag.trimmed()))
        return true;
    return push(new ChangeMemberTag(this, ref, tag.trimmed(), true));
}

bool MemberEditor::removeTag(qint64 ref, const QString &tag)
{
    auto record = m_repository.load(ref);
    if (!record) {
        reportError(record.error().message);
        return false;
    }
    if (!record->tags.contains(tag))
        return true;
    return push(new ChangeMemberTag(this, ref, tag, false));
}

qint64 MemberEditor::addMember(const NewMember &member)
{
    auto *command = new AddMember(this, member);
    if (!m_undoStack) {
        std::unique_ptr<AddMember> owned(command);
        m_failed = false;
        owned->redo();
        return m_failed ? 0 : owned->ref();
    }
    if (!push(command))
        return 0;
    return command->ref(); // an obsolete command is deleted by the stack: it did not fail
}

bool MemberEditor::addTag(const QList<qint64> &refs, const QString &tag)
{
    if (refs.isEmpty())
        return true;
    return push(new ChangeMembersTag(this, refs, tag.trimmed(), true));
}

bool MemberEditor::removeTag(const QList<qint64> &refs, const QString &tag)
{
    if (refs.isEmpty())
        return true;
    return push(new ChangeMembersTag(this, refs, tag.trimmed(), false));
}

bool MemberEditor::setField(const QList<qint64> &refs, MemberField field, const QVariant &value)
{
    auto changes = m_repository.changesTo(refs, field, value);
    if (!changes) {
        reportError(changes.error().message);
        return false;
    }
    if (changes->isEmpty())
        return true; // they all hold it already
    return push(new SetMembersField(this, *changes, field));
}

bool MemberEditor::deleteMembers(const QList<qint64> &refs)
{
    if (refs.isEmpty())
        return true;
    return push(new SetMembersDeleted(this, refs, true));
}

bool MemberEditor::restoreMembers(const QList<qint64> &refs)
{
    if (refs.isEmpty())
        return true;
    return push(new SetMembersDeleted(this, refs, false));
}

Result<EraseCounts> MemberEditor::erase(qint64 ref, MemberRepository::Purge purge)
{
    auto counts = m_repository.erase(ref, purge);
    if (!counts) {
        emit errorOccurred(counts.error().message);
        return counts;
    }
    emit membersChanged();
    return counts;
}

bool MemberEditor::recordUnmask(qint64 ref, qint64 count)
{
    const Status status = m_repository.recordUnmask(ref, count);
    if (!status)
        emit errorOccurred(status.error().message);
    return status.ok();
}

Result<std::optional<QVariant>> MemberEditor::applyField(qint64 ref, MemberField field,
                                                         const QVariant &expected,
                                                         const QVariant &value)
{
    auto stored = m_repository.setFieldIf(ref, field, expected, value);
    // A field changed elsewhere is news to the views as well.
    if (stored)
        emit memberChanged(ref);
    return stored;
}

Result<bool> MemberEditor::applyCustomField(qint64 ref, const QString &key,
                                            const QVariant &expected, const QVariant &value)
{
    auto written = m_repository.setCustomFieldIf(ref, key, expected, value);
    if (written)
        emit memberChanged(ref);
    return written;
}

Status MemberEditor::applyTag(qint64 ref, const QString &tag, bool attach)
{
    auto changed = attach ? m_repository.addTag(ref, tag) : m_repository.removeTag(ref, tag);
    if (!changed)
        return changed.error();
    emit memberChanged(ref);
    return {};
}

Result<QList<qint64>> MemberEditor::applyDeleted(const QList<qint64> &refs, bool deleted)
{
    Result<QList<qint64>> changed = refs;
    if (deleted) {
        changed = m_repository.softDelete(refs);
    } else if (const Status status = m_repository.restore(refs); !status) {
        changed = status.error();
    }
    if (changed)
        emit membersChanged();
    return changed;
}

Result<std::pair<qint64, qint64>> MemberEditor::applyCreate(const NewMember &member, qint64 ref)
{
    auto created = m_repository.create(member, ref);
    if (!created)
        return created.error();
    auto record = m_repository.load(*created);
    if (!record)
        return record.error();
    emit membersChanged();
    return std::pair<qint64, qint64>(*created, record->updatedAt.value_or(0));
}

Result<bool> MemberEditor::applyRemoveCreated(qint64 ref, qint64 updatedAt)
{
    auto removed = m_repository.removeCreated(ref, updatedAt);
    if (removed && *removed)
        emit membersChanged();
    return removed;
}

Result<QList<qint64>> MemberEditor::applyTags(const QList<qint64> &refs, const QString &tag,
                                              bool attach)
{
    auto changed =
        attach ? m_repository.addTagTo(refs, tag) : m_repository.removeTagFrom(refs, tag);
    if (changed && !changed->isEmpty())
        emit membersEdited(*changed);
    return changed;
}

Result<QList<qint64>> MemberEditor::applyChanges(MemberField field,
                                                 const QVector<MemberFieldChange> &changes)
{
    auto written = m_repository.applyChanges(field, changes);
    if (written && !written->isEmpty())
        emit membersEdited(*written);
    return written;
}

} // namespace siyu
