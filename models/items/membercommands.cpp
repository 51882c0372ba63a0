// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/membercommands.h"

#include "models/items/membereditor.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::MemberCommands", text);
}

// The command cannot be carried out (its member is gone, the workspace closed): the stack
// drops it rather than keep a step that does nothing.
void giveUp(QUndoCommand *command, MemberEditor *editor, const Status &status)
{
    command->setObsolete(true);
    if (editor && !status.ok())
        editor->reportError(status.error().message);
}

} // namespace

SetMemberField::SetMemberField(MemberEditor *editor, qint64 ref, MemberField field, QVariant before,
                               QVariant after)
    : m_editor(editor), m_ref(ref), m_field(field), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(tr("Edit %1").arg(MemberEditor::fieldTitle(field)));
}

void SetMemberField::redo()
{
    if (auto stored = apply(m_before, m_after))
        m_after = *stored;
}

void SetMemberField::undo()
{
    if (auto stored = apply(m_after, m_before))
        m_before = *stored;
}

std::optional<QVariant> SetMemberField::apply(const QVariant &expected, const QVariant &value)
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return std::nullopt;
    }
    auto stored = m_editor->applyField(m_ref, m_field, expected, value);
    if (!stored) {
        giveUp(this, m_editor, stored.error());
        return std::nullopt;
    }
    if (!*stored)
        giveUp(this, m_editor,
               makeError(tr("The %1 of this member was changed elsewhere (by an import or "
                            "another program) since; it was left as it is, and the step was "
                            "dropped from the undo history.")
                             .arg(MemberEditor::fieldTitle(m_field))));
    return *stored;
}

SetMemberCustomField::SetMemberCustomField(MemberEditor *editor, qint64 ref, QString key,
                                           QVariant before, QVariant after)
    : m_editor(editor), m_ref(ref), m_key(std::move(key)), m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(tr("Edit custom field %1").arg(m_key));
}

void SetMemberCustomField::redo()
{
    apply(m_before, m_after);
}

void SetMemberCustomField::undo()
{
    apply(m_after, m_before);
}

void SetMemberCustomField::apply(const QVariant &expected, const QVariant &value)
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    auto written = m_editor->applyCustomField(m_ref, m_key, expected, value);
    if (!written)
        giveUp(this, m_editor, written.error());
    else if (!*written)
        giveUp(this, m_editor,
               makeError(tr("The custom field %1 of this member was changed elsewhere (by an "
                            "import or another program) since; it was left as it is, and the "
                            "step was dropped from the undo history.")
                             .arg(m_key)));
}

ChangeMemberTag::ChangeMemberTag(MemberEditor *editor, qint64 ref, QString tag, bool attach)
    : m_editor(editor), m_ref(ref), m_tag(std::move(tag)), m_attach(attach)
{
    setText(attach ? tr("Add tag %1").arg(m_tag) : tr("Remove tag %1").arg(m_tag));
}

void ChangeMemberTag::redo()
{
    apply(m_attach);
}

void ChangeMemberTag::undo()
{
    apply(!m_attach);
}

void ChangeMemberTag::apply(bool attach)
{
    const Status status =
        m_editor ? m_editor->applyTag(m_ref, m_tag, attach) : Status(makeError(QString()));
    if (!status)
        giveUp(this, m_editor, status);
}

SetMembersDeleted::SetMembersDeleted(MemberEditor *editor, QList<qint64> refs, bool deleted)
    : m_editor(editor), m_refs(std::move(refs)), m_deleted(deleted)
{
    // Both forms spelled out: English plurals through %n would need a translation file.
    const bool one = m_refs.size() == 1;
    const QString count = QString::number(m_refs.size());
    if (deleted)
        setText(one ? tr("Delete member") : tr("Delete %1 members").arg(count));
    else
        setText(one ? tr("Restore member") : tr("Restore %1 members").arg(count));
}

void SetMembersDeleted::redo()
{
    apply(m_deleted);
}

void SetMembersDeleted::undo()
{
    apply(!m_deleted);
}

void SetMembersDeleted::apply(bool deleted)
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    auto changed = m_editor->applyDeleted(m_refs, deleted);
    if (!changed) {
        giveUp(this, m_editor, changed.error());
        return;
    }
    // Only the members this command changed are its business: undo must not restore members
    // that were deleted before it.
    if (deleted == m_deleted)
        m_refs = *changed;
    if (m_refs.isEmpty())
        giveUp(this, m_editor, {});
}

AddMember::AddMember(MemberEditor *editor, NewMember member)
    : m_editor(editor), m_member(std::move(member))
{
    setText(tr("Add member"));
}

void AddMember::redo()
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    auto created = m_editor->applyCreate(m_member, m_ref);
    if (!created) {
        giveUp(this, m_editor, created.error());
        return;
    }
    m_ref = created->first;
    m_updatedAt = created->second;
}

void AddMember::undo()
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    auto removed = m_editor->applyRemoveCreated(m_ref, m_updatedAt);
    if (!removed)
        giveUp(this, m_editor, removed.error());
    else if (!*removed)
        giveUp(this, m_editor,
               makeError(tr("The member added by hand was changed elsewhere (an import or "
                            "another program gave them events, orders, groups or tags) since; "
                            "they were kept, and the step was dropped from the undo history.")));
}

ChangeMembersTag::ChangeMembersTag(MemberEditor *editor, QList<qint64> refs, QString tag,
                                   bool attach)
    : m_editor(editor), m_refs(std::move(refs)), m_tag(std::move(tag)), m_attach(attach)
{
    const QString count = QString::number(m_refs.size());
    setText(attach ? tr("Add tag %1 to %2 members").arg(m_tag, count)
                   : tr("Remove tag %1 from %2 members").arg(m_tag, count));
}

void ChangeMembersTag::redo()
{
    apply(m_attach);
}

void ChangeMembersTag::undo()
{
    apply(!m_attach);
}

void ChangeMembersTag::apply(bool attach)
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    auto changed = m_editor->applyTags(m_refs, m_tag, attach);
    if (!changed) {
        giveUp(this, m_editor, changed.error());
        return;
    }
    // The first time decides which members are this command's: those that did not have the
    // tag yet (or had it, when removing). Undo must not take it from members that had it.
    if (!m_done) {
        m_refs = *changed;
        m_done = true;
        const QString count = QString::number(m_refs.size());
        setText(m_attach ? tr("Add tag %1 to %2 members").arg(m_tag, count)
                         : tr("Remove tag %1 from %2 members").arg(m_tag, count));
    }
    if (m_refs.isEmpty())
        giveUp(this, m_editor, {});
}

SetMembersField::SetMembersField(MemberEditor *editor, QVector<MemberFieldChange> changes,
                                 MemberField field)
    : m_editor(editor), m_changes(std::move(changes)), m_field(field)
{
    const QString count = QString::number(m_changes.size());
    setText(field == MemberField::Staff ? tr("Set staff of %1 members").arg(count)
                                        : tr("Set stage of %1 members").arg(count));
}

void SetMembersField::redo()
{
    apply(true);
}

void SetMembersField::undo()
{
    apply(false);
}

void SetMembersField::apply(bool forward)
{
    if (!m_editor) {
        giveUp(this, nullptr, {});
        return;
    }
    QVector<MemberFieldChange> way;
    way.reserve(m_changes.size());
    for (const MemberFieldChange &change : std::as_const(m_changes)) {
        if (forward)
            way.append({change.ref, change.expected, change.value, QVariant()});
        else
            way.append({change.ref, change.value, change.expected, change.stage});
    }
    auto written = m_editor->applyChanges(m_field, way);
    if (!written) {
        giveUp(this, m_editor, written.error());
        return;
    }
    if (written->size() == m_changes.size())
        return;
    // Members changed elsewhere since are no longer this command's.
    const QSet<qint64> kept(written->cbegin(), written->cend());
    m_changes.erase(
        std::remove_if(m_changes.begin(), m_changes.end(),
                       [&kept](const MemberFieldChange &c) { return !kept.contains(c.ref); }),
        m_changes.end());
    if (m_changes.isEmpty())
        giveUp(this, m_editor, {});
    else
        m_editor->reportError(
            tr("Some of these members were changed elsewhere (by an import or another program) "
               "since; they were left as they are."));
}

} // namespace siyu
