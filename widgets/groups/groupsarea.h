// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/area.h"

#include <QPointer>

class QAction;
class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QTimer;
class QSplitter;

namespace siyu {

struct NewGroup;
class GroupDetailPane;
class GroupListModel;
class GroupMemberModel;
class PlaceholderTableView;

// The Groups area: every group with its fill, searchable by name or theme and filterable by
// platform; below, the selected group's health over the last twelve weeks and its current
// members. Group fields are edited in place, each edit an undoable command.
class GroupsArea : public Area
{
    Q_OBJECT

public:
    explicit GroupsArea(QWidget *parent = nullptr);
    ~GroupsArea() override;

    QString title() const override { return tr("Groups"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void refresh() override;
    bool focusSearch() override;
    QMenu *menu() const override { return m_menu; }

    // For the main window's toolbar.
    QAction *newGroupAction() const { return m_newAction; }
    QAction *editGroupAction() const { return m_editAction; }
    // What the dialogs hand in (tests call these directly): an error message, or an empty
    // text when done. Each is one undo step.
    QString addGroup(const NewGroup &group);
    QString editCurrentGroup(const NewGroup &group);

    // Selects the group with this row id in the list (when it is listed).
    bool selectGroup(qint64 groupRef);
    qint64 currentGroupRef() const;

    PlaceholderTableView *groupView() const { return m_view; }
    GroupDetailPane *detailPane() const { return m_detail; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *platformBox() const { return m_platform; }
    GroupListModel *groupModel() const { return m_groups; }
    // Applies the search text and platform now rather than after the typing pause.
    void applyFilter();

private:
    QWidget *createFilterBar();
    void configureView();
    void reloadGroups();
    void reloadPlatforms();
    void updateSummary();
    void updatePlaceholder();
    void showCurrentGroup();
    void groupChanged(qint64 groupRef);
    void showMember(qint64 memberRef, const QString &displayName);
    void showAllMembers();
    void reportError(const QString &message);
    void createActions();
    void newGroup();
    void editGroup();
    void groupMenu(const QPoint &pos);

    Workspace *m_workspace = nullptr;
    QPointer<QUndoStack> m_undoStack;
    GroupListModel *m_groups = nullptr;
    GroupMemberModel *m_members = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_platform = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_searchTimer = nullptr;
    PlaceholderTableView *m_view = nullptr;
    GroupDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    qint64 m_shownGroup = 0;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QMenu *m_menu = nullptr;
    QString *m_collectedError = nullptr; // while set, errors go to the dialog that asked
};

} // namespace siyu
