// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/groupcommands.h"

#include "models/items/grouplistmodel.h"

#include <QCoreApplication>

namespace siyu {

SetGroupFieldCommand::SetGroupFieldCommand(Workspace &workspace, GroupListModel *model,
                                           qint64 groupRef, GroupField field, QVariant before,
                                           QVariant after, const QString &groupName,
                                           QUndoCommand *parent)
    : QUndoCommand(describe(field, groupName), parent), m_workspace(workspace), m_model(model),
      m_groupRef(groupRef), m_field(field), m_before(std::move(before)), m_after(std::move(after))
{}

QString SetGroupFieldCommand::describe(GroupField field, const QString &groupName)
{
    const char *text = "";
    switch (field) {
    case GroupField::Name:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Rename group “%1”");
        break;
    case GroupField::Theme:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Change theme of group “%1”");
        break;
    case GroupField::Cap:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Change member cap of group “%1”");
        break;
    case GroupField::Status:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Change status of group “%1”");
        break;
    case GroupField::Owner:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Change owner of group “%1”");
        break;
    case GroupField::Platform:
        text = QT_TRANSLATE_NOOP("siyu::SetGroupFieldCommand", "Change platform of group “%1”");
        break;
    }
    return QCoreApplication::translate("siyu::SetGroupFieldCommand", text).arg(groupName);
}

void SetGroupFieldCommand::redo()
{
    if (auto stored = apply(m_before, m_after))
        m_after = *stored;
}

void SetGroupFieldCommand::undo()
{
    if (auto stored = apply(m_after, m_before))
        m_before = *stored;
}

std::optional<QVariant> SetGroupFieldCommand::apply(const QVariant &expected, const QVariant &value)
{
    auto written = GroupRepository(m_workspace).setFieldIf(m_groupRef, m_field, expected, value);
    if (!written || !*written) {
        setObsolete(true);
        const QString message =
            !written ? written.error().toString()
                     : QCoreApplication::translate(
                           "siyu::SetGroupFieldCommand",
                           "This field of the group was changed elsewhere (by an import or "
                           "another program) since; it was left as it is, and the step was "
                           "dropped from the undo history.");
        if (m_model) {
            emit m_model->errorOccurred(message);
            // The list shows what the store holds now.
            m_model->reloadGroup(m_groupRef);
        }
        return std::nullopt;
    }
    if (m_model)
        m_model->reloadGroup(m_groupRef);
    return **written;
}

AddGroupCommand::AddGroupCommand(Workspace &workspace, GroupListModel *model, NewGroup group)
    : QUndoCommand(QCoreApplication::translate("siyu::SetGroupFieldCommand", "Add group “%1”")
                       .arg(group.name.trimmed())),
      m_workspace(workspace), m_model(model), m_group(std::move(group))
{}

void AddGroupCommand::redo()
{
    auto created = GroupRepository(m_workspace).create(m_group, m_ref);
    if (!created) {
        fail(created.error().toString());
        return;
    }
    m_ref = *created;
    if (m_model) {
        m_model->reload();
        m_model->noteAdded(m_ref);
    }
}

void AddGroupCommand::undo()
{
    auto removed = GroupRepository(m_workspace).removeCreated(m_ref);
    if (!removed || !*removed) {
        fail(!removed ? removed.error().toString()
                      : QCoreApplication::translate(
                            "siyu::SetGroupFieldCommand",
                            "The group added by hand has members, events or content by now; it "
                            "was kept, and the step was dropped from the undo history."));
        return;
    }
    if (m_model)
        m_model->reload();
}

void AddGroupCommand::fail(const QString &message)
{
    setObsolete(true);
    m_failed = true;
    if (m_model)
        emit m_model->errorOccurred(message);
}

} // namespace siyu
