// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/groupcommands.h"

#include "models/items/grouplistmodel.h"

#include <QCoreApplication>

namespace siyu {

SetGroupFieldCommand::SetGroupFieldCommand(Workspace &workspace, GroupListModel *model,
                                           qint64 groupRef, GroupField field, QVariant before,
                                           QVariant after, const QString &groupName)
    : QUndoCommand(describe(field, groupName)), m_workspace(workspace), m_model(model),
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
    }
    return QCoreApplication::translate("siyu::SetGroupFieldCommand", text).arg(groupName);
}

void SetGroupFieldCommand::redo()
{
    apply(m_after);
}

void SetGroupFieldCommand::undo()
{
    apply(m_before);
}

void SetGroupFieldCommand::apply(const QVariant &value)
{
    const Status status = GroupRepository(m_workspace).setField(m_groupRef, m_field, value);
    if (!status) {
        setObsolete(true);
        if (m_model)
            emit m_model->errorOccurred(status.error().toString());
        return;
    }
    if (m_model)
        m_model->reloadGroup(m_groupRef);
}

} // namespace siyu
