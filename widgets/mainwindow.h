// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace siyu {

class Area;
class StageKeeper;
class WelcomePage;
class Workspace;

// Wires the areas, the menus and the open workspace together; the work itself lives in the
// areas and the models library.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How often the window asks whether another process changed the workspace.
    static constexpr int changeWatchIntervalMs = 1000;
    // The size of a window without saved geometry on a screen whose available area is
    // `available`: 1280×800, or 90% of the screen where that is smaller.
    static QSize defaultSize(const QRect &available);
    // An icon shipped in the resources, e.g. "area-members" or "action-import".
    static QIcon icon(const QString &name);
    // Where "Try the demo" keeps its workspace.
    static QString demoWorkspacePath();

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it when missing); shows the error and returns false on failure.
    bool openWorkspace(const QString &path);
    Workspace *workspace() const { return m_workspace.get(); }
    // Shows the area with this index in the navigation (0 = Members).
    void showArea(int index);
    Area *area(int index) const;
    int areaCount() const { return int(m_areas.size()); }
    // Recomputes every member's lifecycle stage behind a progress dialog with Cancel (after
    // churn_days or the stage thresholds changed), then shows the areas again. True when done.
    bool recomputeStages();

signals:
    // The user chose another language: the application rebuilds the window in it.
    void languageChangeRequested(const QString &workspacePath);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    int areaOfRow(int row) const;
    int rowOfArea(int index) const;
    void createAreas();
    void addArea(Area *area);
    void fitNavigation();
    void addUnavailableArea(const QString &title, const QString &iconName);
    void createToolBar();
    void tryDemo();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void updateRecentMenu();
    void closeWorkspace();
    void newWorkspace();
    void chooseWorkspace();
    void showSettings();
    void showImport(const QStringList &files = {});
    void showImportHistory();
    void showAbout();
    void showMembers(const QList<qint64> &memberRefs, const QString &caption);
    void refreshAreas();
    void checkForOutsideChanges();
    void updateTitle();

    std::unique_ptr<Workspace> m_workspace;
    QTimer *m_changeWatch = nullptr;
    qint64 m_dataVersion = -1;
    bool m_outsideChangePending = false;
    QUndoStack *m_undoStack = nullptr;
    StageKeeper *m_stages = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    std::vector<Area *> m_areas;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions; // enabled only while a workspace is open
};

} // namespace siyu
