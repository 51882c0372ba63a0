// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QMenu;
class QUndoStack;

namespace siyu {

class Workspace;

// What every area of the main window shares: the main window hands it the open workspace (or
// none) and the workspace's undo stack, and shows it under its title in the navigation.
class Area : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Called with nullptr when the workspace closes; the area must drop every model over it.
    virtual void setWorkspace(Workspace *workspace, QUndoStack *undoStack) = 0;
    // The workspace's data changed behind the area's back (an import, an undo elsewhere).
    virtual void refresh() {}
    // Edit › Find: puts the focus in the area's search field; false when it has none.
    virtual bool focusSearch() { return false; }
    // The area's own menu (its actions), shown in the menu bar while the area is current;
    // nullptr when it has none.
    virtual QMenu *menu() const { return nullptr; }

signals:
    // Asks the main window to show the Members area filtered to these members (row ids).
    void showMembersRequested(const QList<qint64> &memberRefs, const QString &caption);
    void statusMessage(const QString &message);
    // The area changed workspace data that other areas show.
    void workspaceDataChanged();
};

} // namespace siyu
