// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include "models/demo/demobrand.h"
#include "models/store/workspace.h"
#include "models/store/workspacedisplay.h"
#include "widgets/calendar/calendararea.h"
#include "widgets/common/area.h"
#include "widgets/common/editactions.h"
#include "widgets/common/preferences.h"
#include "widgets/common/settingsdialog.h"
#include "widgets/common/shortcutsdialog.h"
#include "widgets/groups/groupsarea.h"
#include "widgets/import/importhistorydialog.h"
#include "widgets/import/importwizard.h"
#include "widgets/import/workspacejob.h"
#include "widgets/kpi/kpisarea.h"
#include "widgets/members/membersarea.h"
#include "widgets/segments/segmentsarea.h"
#include "widgets/stagekeeper.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <sqlite3.h>

// The icons are compiled into this static library: the linker keeps them only when asked to.
static void initSiyuResources()
{
    Q_INIT_RESOURCE(siyu);
}

namespace siyu {

namespace {
constexpr int maxRecent = 8;
const QString workspaceFilter()
{
    return MainWindow::tr("Siyu workspaces (*.siyu *.sqlite *.db);;All files (*)");
}

// Every amount, date and time the window shows is in the open workspace's currency and zone
// and in the window's language; without a workspace, the defaults.
void showFiguresOf(const Workspace *workspace)
{
    const QLocale locale = units::Display::current().locale;
    units::Display display = workspace ? workspaceDisplay(*workspace, locale) : units::Display{};
    display.locale = locale;
    units::Display::setCurrent(display);
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initSiyuResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/siyu/siyu-256.png")));
    setAcceptDrops(true);
    m_undoStack = new QUndoStack(this);
    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget;
    m_welcome = new WelcomePage;
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::tryDemo);

    // The navigation keeps its width whatever an area shows: the area scrolls or wraps instead.
    auto *central = new QWidget;
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    createAreas();
    fitNavigation();
    createMenus();
    // Other processes (siyu commands, scheduled reports, SQLite tools) change the workspace
    // while the window is open: PRAGMA data_version tells, and the areas are read again.
    m_changeWatch = new QTimer(this);
    m_changeWatch->setInterval(changeWatchIntervalMs);
    connect(m_changeWatch, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    // Stages are brought up to date on opening and at every midnight, on a worker.
    m_stages = new StageKeeper(this);
    connect(m_stages, &StageKeeper::stagesChanged, this, &MainWindow::refreshAreas);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showArea(areaOfRow(row)); });
    closeWorkspace();
    if (!prefs::windowGeometry.get().isEmpty() && restoreGeometry(prefs::windowGeometry.get())) {
        restoreState(prefs::windowState.get());
    } else if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        QRect frame(QPoint(), defaultSize(available));
        frame.moveCenter(available.center());
        setGeometry(frame);
    }
}

QIcon MainWindow::icon(const QString &name)
{
    // Shipped in the resources (24 px and 48 px for dense screens), not taken from a system
    // theme that Windows and macOS do not have.
    return QIcon(QStringLiteral(":/siyu/icons/%1.png").arg(name));
}

QSize MainWindow::defaultSize(const QRect &available)
{
    return QSize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
}

MainWindow::~MainWindow()
{
    // Areas hold models over the workspace: let them go first.
    for (Area *area : m_areas)
        area->setWorkspace(nullptr, nullptr);
}

void MainWindow::createAreas()
{
    addArea(new MembersArea); // first: showMembers() relies on it
    addArea(new GroupsArea);
    addArea(new CalendarArea);
    auto *segments = new SegmentsArea;
    // churn_days changed on the lifecycle page: every stored stage again, with progress.
    connect(segments, &SegmentsArea::stageRecomputeRequested, this, &MainWindow::recomputeStages);
    addArea(segments);
    addUnavailableArea(tr("Campaigns"), QStringLiteral("area-campaigns"));
    addArea(new KpisArea);
}

void MainWindow::addArea(Area *area)
{
    m_areas.push_back(area);
    m_stack->addWidget(area);
    auto *item = new QListWidgetItem(area->icon(), area->title());
    item->setData(Qt::UserRole, int(m_areas.size()) - 1);
    m_navigation->addItem(item);
    connect(area, &Area::showMembersRequested, this, &MainWindow::showMembers);
    connect(area, &Area::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(area, &Area::workspaceDataChanged, this, &MainWindow::refreshAreas);
}

// As wide as the longest title with its icon, so that no label is ever cut; never narrower
// than a comfortable column.
void MainWindow::fitNavigation()
{
    int widest = 0;
    const QFontMetrics metrics = m_navigation->fontMetrics();
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    const int chrome = m_navigation->iconSize().width() + 2 * m_navigation->spacing() +
                       2 * m_navigation->frameWidth() + 28;
    m_navigation->setFixedWidth(qMax(160, widest + chrome));
}

void MainWindow::addUnavailableArea(const QString &title, const QString &iconName)
{
    auto *item = new QListWidgetItem(icon(iconName), title);
    item->setFlags(Qt::NoItemFlags);
    item->setData(Qt::UserRole, -1);
    item->setToolTip(tr("Not part of this version of Siyu yet"));
    m_navigation->addItem(item);
}

Area *MainWindow::area(int index) const
{
    return index >= 0 && index < int(m_areas.size()) ? m_areas.at(size_t(index)) : nullptr;
}

// The navigation lists the areas not yet available too: rows and areas are numbered apart.
int MainWindow::areaOfRow(int row) const
{
    const QListWidgetItem *item = m_navigation->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

int MainWindow::rowOfArea(int index) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (areaOfRow(row) == index)
            return row;
    }
    return -1;
}

void MainWindow::showArea(int index)
{
    Area *target = area(index);
    if (!m_workspace || !target)
        return;
    m_stack->setCurrentWidget(target);
    if (const int row = rowOfArea(index); m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    createToolBar();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *closeAction =
        file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    m_workspaceActions << closeAction;
    file->addSeparator();
    QAction *importAction = file->addAction(icon(QStringLiteral("action-import")), tr("&Import…"),
                                            this, [this] { showImport(); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *historyAction =
        file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    m_workspaceActions << importAction << historyAction;
    file->addSeparator();
    auto *kpis = findChild<KpisArea *>();
    QAction *printReport =
        file->addAction(icon(QStringLiteral("action-report")), tr("&Print Weekly Report…"), kpis,
                        &KpisArea::printReport);
    printReport->setObjectName(QStringLiteral("printReportAction"));
    printReport->setShortcut(QKeySequence::Print);
    QAction *previewReport = file->addAction(tr("Print Pre&view…"), kpis, &KpisArea::printPreview);
    QAction *exportReport =
        file->addAction(tr("&Export Report as PDF…"), kpis, &KpisArea::exportReportPdf);
    m_workspaceActions << printReport << previewReport << exportReport;
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    updateRecentMenu();
}

// The everyday actions, one click away. Each is also in a menu with its shortcut.
void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    const auto action = [this](const char *name) {
        return findChild<QAction *>(QLatin1String(name));
    };
    // The Members area's own actions, from wherever the window is: it is shown first.
    auto *members = qobject_cast<MembersArea *>(area(0));
    const auto inMembers = [this, bar](const QString &iconName, const QString &text,
                                       QAction *target) {
        QAction *proxy = bar->addAction(icon(iconName), text, this, [this, target] {
            showArea(0);
            if (target->isEnabled())
                target->trigger();
        });
        proxy->setToolTip(target->toolTip().isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                                      : target->toolTip());
        m_workspaceActions << proxy;
        proxy->setEnabled(false);
    };
    if (QAction *a = action("importAction"))
        bar->addAction(a);
    if (members) {
        inMembers(QStringLiteral("action-new-member"), tr("New Member"),
                  members->newMemberAction());
        inMembers(QStringLiteral("action-export"), tr("Export List"), members->exportListAction());
    }
    if (QAction *a = action("findAction"))
        bar->addAction(a);
    bar->addSeparator();
    for (const char *name : {"undoAction", "redoAction"}) {
        if (QAction *a = action(name))
            bar->addAction(a);
    }
    bar->addSeparator();
    if (QAction *a = action("printReportAction"))
        bar->addAction(a);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon(QStringLiteral("action-undo")));
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon(QStringLiteral("action-redo")));
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // For the widget that has the focus: a table copies its selected rows as shown (masked).
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (!ui::copyFrom(QApplication::focusWidget()))
            statusBar()->showMessage(tr("Nothing is selected to copy."), 3000);
    });
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), this,
                                         [] { ui::selectAllIn(QApplication::focusWidget()); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    // The current area's search field (Members, Groups).
    QAction *find = edit->addAction(icon(QStringLiteral("action-find")), tr("&Find"), this, [this] {
        auto *current = qobject_cast<Area *>(m_stack->currentWidget());
        if (!current || !current->focusSearch())
            statusBar()->showMessage(tr("This area has no search."), 3000);
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    m_workspaceActions << find;
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Each area's own menu (Members, Groups) sits before View while its area is shown, and
    // only then: out of the menu bar, its shortcuts work in its area alone.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this, view] {
        for (Area *area : m_areas) {
            if (QMenu *own = area->menu()) {
                menuBar()->removeAction(own->menuAction());
                if (m_stack->currentWidget() == area)
                    menuBar()->insertMenu(view->menuAction(), own);
            }
        }
    });
    for (int i = 0; i < areaCount(); ++i) {
        QAction *action = view->addAction(area(i)->title(), this, [this, i] { showArea(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_workspaceActions << action;
    }
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts…"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Siyu"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = prefs::recentWorkspaces.get();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openWorkspace(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

bool MainWindow::openWorkspace(const QString &path)
{
    // On a read-only medium the workspace is still shown; every change then says why it fails.
    const bool readOnly = QFileInfo::exists(path) && !Workspace::canChange(path);
    auto opened = Workspace::open(path, readOnly ? Workspace::OpenMode::ReadOnly
                                                 : Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        QMessageBox::warning(this, tr("Open workspace"), opened.error().toString());
        return false;
    }
    closeWorkspace();
    m_workspace = std::move(opened.value());
    showFiguresOf(m_workspace.get());
    for (Area *area : m_areas)
        area->setWorkspace(m_workspace.get(), m_undoStack);
    QStringList recent = prefs::recentWorkspaces.get();
    recent.removeAll(m_workspace->path());
    recent.prepend(m_workspace->path());
    prefs::recentWorkspaces.set(recent.mid(0, maxRecent));
    prefs::lastWorkspace.set(m_workspace->path());
    updateRecentMenu();
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(true);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (areaOfRow(row) >= 0)
            m_navigation->item(row)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_navigation->setCurrentRow(-1);
    showArea(0);
    updateTitle();
    m_dataVersion = m_workspace->dataVersion();
    m_changeWatch->start();
    m_stages->setWorkspace(m_workspace->isReadOnly() ? QString() : m_workspace->path());
    if (m_workspace->isReadOnly())
        statusBar()->showMessage(
            tr("%1 is read-only here: you can look at everything, but not change it.")
                .arg(QFileInfo(m_workspace->path()).fileName()));
    return true;
}

void MainWindow::closeWorkspace()
{
    if (m_changeWatch)
        m_changeWatch->stop();
    if (m_stages)
        m_stages->setWorkspace(QString());
    m_outsideChangePending = false;
    m_undoStack->clear();
    for (Area *area : m_areas)
        area->setWorkspace(nullptr, nullptr);
    m_workspace.reset();
    showFiguresOf(nullptr);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(false);
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (areaOfRow(row) >= 0)
            m_navigation->item(row)->setFlags(Qt::NoItemFlags);
    }
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
}

void MainWindow::newWorkspace()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".siyu");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New workspace"),
                             tr("%1 already exists. Open it instead, or choose another name.")
                                 .arg(QFileInfo(path).fileName()));
        return;
    }
    openWorkspace(path);
}

QString MainWindow::demoWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("qingyou-demo.siyu"));
}

// The demo brand in a workspace of its own: built once on a worker (a few seconds, with
// progress and Cancel), opened directly the next time.
void MainWindow::tryDemo()
{
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        bool filled = false;
        if (auto existing = Workspace::open(path, Workspace::OpenMode::ReadOnly)) {
            const auto members = demo::memberCount(**existing);
            filled = members && *members > 0;
        }
        if (filled) {
            openWorkspace(path);
            return;
        }
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        QMessageBox::warning(this, tr("Try the demo"),
                             tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    // Created (schema and all) here, filled on the worker with a connection of its own.
    if (auto created = Workspace::open(path, Workspace::OpenMode::CreateIfMissing); !created) {
        QMessageBox::warning(this, tr("Try the demo"), created.error().toString());
        return;
    }
    QProgressDialog progress(tr("Building the demo brand…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Try the demo"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    WorkspaceJob job;
    auto status = std::make_shared<Status>();
    QEventLoop loop;
    connect(&job, &WorkspaceJob::progress, &progress, &QProgressDialog::setValue);
    connect(&job, &WorkspaceJob::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &job, &WorkspaceJob::cancel);
    job.start(path, [status](Workspace &ws, WorkspaceJob &worker) {
        demo::DemoOptions options;
        *status = demo::generate(ws, options, [&worker](int percent) {
            worker.reportProgress(percent, 100);
            return !worker.isCancelled();
        });
    });
    loop.exec();
    progress.reset();
    if (job.openError()) {
        QMessageBox::warning(this, tr("Try the demo"), job.openError()->toString());
        return;
    }
    if (job.isCancelled()) {
        statusBar()->showMessage(tr("The demo was not built."), 5000);
        return;
    }
    if (!*status) {
        QMessageBox::warning(this, tr("Try the demo"), status->error().toString());
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto churnDays = dialog.churnDaysChange(); m_workspace && churnDays)
        m_stages->recompute(this, churnDays);
    if (m_workspace)
        refreshAreas();
    if (dialog.languageChanged())
        emit languageChangeRequested(m_workspace ? m_workspace->path() : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Siyu"),
        tr("<h3>Siyu %1</h3><p>An operator console for community and member management: "
           "members, groups, content, campaigns and KPIs, kept in a local workspace file.</p>"
           "<p>Copyright © the Siyu authors. Siyu is free software under the GNU General "
           "Public License, version 3 or later (the LICENSE file that comes with it); it comes "
           "with no warranty.</p>"
           "<p>Built with Qt %2 (LGPL 3), SQLite %3 (public domain) and QCustomPlot (GPL 3). "
           "Chinese text in PDFs uses WenQuanYi Micro Hei where it is installed.</p>")
            .arg(QStringLiteral(SIYU_VERSION), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(sqlite3_libversion())));
}

void MainWindow::showMembers(const QList<qint64> &memberRefs, const QString &caption)
{
    auto *members = qobject_cast<MembersArea *>(area(0));
    if (!m_workspace || !members)
        return;
    members->showMembers(memberRefs, caption);
    showArea(0);
}

bool MainWindow::recomputeStages()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return false;
    const bool done = m_stages->recompute(this);
    refreshAreas();
    return done;
}

void MainWindow::refreshAreas()
{
    if (m_workspace) {
        m_workspace->reloadSettings();
        m_dataVersion = m_workspace->dataVersion();
    }
    showFiguresOf(m_workspace.get());
    m_outsideChangePending = false;
    for (Area *area : m_areas)
        area->refresh();
}

void MainWindow::checkForOutsideChanges()
{
    if (!m_workspace || m_stages->isBusy())
        return;
    const qint64 version = m_workspace->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        m_outsideChangePending = true;
    }
    // Not under an open dialog (an import wizard, a settings dialog): it refreshes the areas
    // itself when it is done, or the next tick does.
    if (!m_outsideChangePending || QApplication::activeModalWidget())
        return;
    refreshAreas();
    statusBar()->showMessage(tr("The workspace was changed outside this window: shown again."),
                             5000);
}

void MainWindow::showImport(const QStringList &files)
{
    if (!m_workspace)
        return;
    ImportWizard wizard(m_workspace.get(), this);
    connect(&wizard, &ImportWizard::workspaceChanged, this, &MainWindow::refreshAreas);
    if (!files.isEmpty())
        wizard.setFiles(files);
    wizard.exec();
}

void MainWindow::showImportHistory()
{
    if (!m_workspace)
        return;
    ImportHistoryDialog dialog(m_workspace.get(), this);
    connect(&dialog, &ImportHistoryDialog::workspaceChanged, this, &MainWindow::refreshAreas);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_workspace)
        setWindowTitle(tr("Siyu"));
    else if (m_workspace->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Siyu").arg(m_workspace->displayName()));
    else
        setWindowTitle(tr("%1 — Siyu").arg(m_workspace->displayName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    prefs::windowGeometry.set(saveGeometry());
    prefs::windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    event->acceptProposedAction();
    if (suffix == QLatin1String("siyu") || suffix == QLatin1String("sqlite") ||
        suffix == QLatin1String("db")) {
        openWorkspace(path);
        return;
    }
    // Any other file is an export to import into the open workspace.
    const QStringList files = ImportWizard::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    // Not from inside the drop: the drag source would wait for the wizard to close.
    if (m_workspace)
        QTimer::singleShot(0, this, [this, files] { showImport(files); });
    else
        statusBar()->showMessage(tr("Open a workspace first, then drop the files to import."),
                                 5000);
}

} // namespace siyu
