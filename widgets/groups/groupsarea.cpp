// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groups/groupsarea.h"

#include "models/common/units.h"
#include "models/items/grouplistmodel.h"
#include "models/items/groupmembermodel.h"
#include "models/kpi/grouphealth.h"
#include "models/store/grouprepository.h"
#include "models/store/workspace.h"
#include "widgets/common/splitterstate.h"
#include "widgets/groups/groupdetailpane.h"
#include "widgets/groups/groupdialog.h"
#include "widgets/groups/grouplistdelegate.h"
#include "widgets/groups/placeholdertableview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace siyu {

namespace {

constexpr int searchPauseMs = 250;
constexpr int healthWeeks = 12;

} // namespace

GroupsArea::GroupsArea(QWidget *parent) : Area(parent)
{
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &GroupsArea::applyFilter);

    m_view = new PlaceholderTableView;
    m_view->setAccessibleName(tr("Groups"));
    m_detail = new GroupDetailPane;
    connect(m_detail, &GroupDetailPane::memberActivated, this, &GroupsArea::showMember);
    connect(m_detail, &GroupDetailPane::showAllMembersRequested, this, &GroupsArea::showAllMembers);
    configureView();
    createActions();

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    rememberSplitter(m_splitter, QStringLiteral("groups"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);
    setWorkspace(nullptr, nullptr);
}

GroupsArea::~GroupsArea() = default;

QIcon GroupsArea::icon() const
{
    return QIcon(QStringLiteral(":/siyu/icons/area-groups.png"));
}

QWidget *GroupsArea::createFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search groups by name or theme"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search groups"));
    m_search->setMinimumWidth(260);
    m_platform = new QComboBox;
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary = new QLabel;
    row->addWidget(m_search);
    row->addWidget(m_platform);
    for (QAction *action : {m_newAction, m_editAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        row->addWidget(button);
    }
    row->addStretch(1);
    row->addWidget(m_summary);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &GroupsArea::applyFilter);
    connect(m_platform, &QComboBox::activated, this, &GroupsArea::applyFilter);
    return bar;
}

void GroupsArea::configureView()
{
    m_view->setItemDelegate(new GroupListDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Sorting re-runs the query; like QTableView::setSortingEnabled, minus the sort it runs at
    // once (the list is loaded in that order anyway).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(GroupListModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (m_groups)
                    m_groups->sort(column, order);
            });
    m_view->setToolTip(tr("Double-click a name, theme, owner, cap or status to change it"));
}

void GroupsArea::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_view->setModel(nullptr);
    m_detail->setMemberModel(nullptr);
    delete m_groups;
    delete m_members;
    m_groups = nullptr;
    m_members = nullptr;
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_shownGroup = 0;
    m_search->setEnabled(workspace);
    m_platform->setEnabled(workspace);
    m_newAction->setEnabled(workspace);
    m_editAction->setEnabled(workspace);
    if (!workspace) {
        m_summary->clear();
        m_view->setPlaceholderText(tr("No workspace is open."));
        m_detail->showNothing(QString());
        m_detail->hide();
        return;
    }
    m_groups = new GroupListModel(*workspace, this);
    m_groups->setUndoStack(undoStack);
    m_members = new GroupMemberModel(*workspace, this);
    connect(m_groups, &GroupListModel::errorOccurred, this, &GroupsArea::reportError);
    connect(m_groups, &GroupListModel::groupChanged, this, &GroupsArea::groupChanged);
    connect(m_members, &GroupMemberModel::errorOccurred, this, &GroupsArea::reportError);
    m_view->setModel(m_groups);
    m_detail->setMemberModel(m_members);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsArea::showCurrentGroup);
    QHeaderView *header = m_view->horizontalHeader();
    const QList<int> widths{220, 90, 110, 200, 95, 80, 70, 130, 80};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths[column]);
    // The created date as wide as the language writes it ("2026年12月28日").
    header->resizeSection(
        GroupListModel::CreatedColumn,
        std::max(widths[GroupListModel::CreatedColumn],
                 fontMetrics().horizontalAdvance(units::date(QDate(2026, 12, 28))) + 16));
    header->setSectionResizeMode(GroupListModel::ThemeColumn, QHeaderView::Stretch);
    reloadPlatforms();
    m_groups->setSearch(m_search->text());
    m_groups->setPlatform(m_platform->currentData().toString());
    m_groups->setSortOrder(header->sortIndicatorSection(), header->sortIndicatorOrder());
    reloadGroups();
}

void GroupsArea::refresh()
{
    if (!m_workspace)
        return;
    reloadPlatforms();
    reloadGroups();
}

void GroupsArea::reloadPlatforms()
{
    const QString current = m_platform->currentData().toString();
    m_platform->clear();
    m_platform->addItem(tr("All platforms"), QString());
    if (!m_workspace)
        return;
    auto platforms = GroupRepository(*m_workspace).platforms();
    if (!platforms) {
        reportError(platforms.error().toString());
        return;
    }
    for (const QString &platform : *platforms)
        m_platform->addItem(GroupListModel::platformTitle(platform), platform);
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(current)));
}

void GroupsArea::applyFilter()
{
    m_searchTimer->stop();
    if (!m_groups)
        return;
    m_groups->setSearch(m_search->text());
    m_groups->setPlatform(m_platform->currentData().toString());
    reloadGroups();
}

void GroupsArea::reloadGroups()
{
    const qint64 current = currentGroupRef();
    if (const Status status = m_groups->reload(); !status)
        reportError(status.error().toString());
    if (!selectGroup(current) && m_groups->rowCount() > 0)
        m_view->selectRow(0);
    updateSummary();
    updatePlaceholder();
    // With nothing listed, the list and its explanation take the whole area.
    m_detail->setVisible(m_groups->rowCount() > 0);
    m_shownGroup = 0;
    showCurrentGroup();
}

bool GroupsArea::selectGroup(qint64 groupRef)
{
    const int row = m_groups && groupRef > 0 ? m_groups->rowOf(groupRef) : -1;
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_groups->index(row, 0));
    return true;
}

qint64 GroupsArea::currentGroupRef() const
{
    if (!m_groups || !m_view->selectionModel())
        return 0;
    const GroupSummary *group = m_groups->group(m_view->selectionModel()->currentIndex().row());
    return group ? group->ref : 0;
}

void GroupsArea::updateSummary()
{
    int nearCap = 0;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        nearCap += m_groups->group(row)->isNearCap() ? 1 : 0;
    const QLocale locale;
    QString text = tr("Groups: %1").arg(locale.toString(m_groups->rowCount()));
    if (nearCap > 0)
        text +=
            QStringLiteral("  ·  ") + tr("Near the member cap: %1").arg(locale.toString(nearCap));
    m_summary->setText(text);
}

void GroupsArea::updatePlaceholder()
{
    const GroupQuery &query = m_groups->query();
    if (!query.search.trimmed().isEmpty())
        m_view->setPlaceholderText(tr("No groups match “%1”.").arg(query.search.trimmed()));
    else if (!query.platform.isEmpty())
        m_view->setPlaceholderText(
            tr("No groups on %1.").arg(GroupListModel::platformTitle(query.platform)));
    else
        m_view->setPlaceholderText(tr("No groups yet. Import a groups export (WeCom, Telegram, "
                                      "a Siyu groups file…) and they appear here."));
}

void GroupsArea::showCurrentGroup()
{
    const qint64 ref = currentGroupRef();
    if (ref == 0) {
        m_shownGroup = 0;
        m_members->setGroup(0);
        m_detail->showNothing(m_groups->rowCount() > 0
                                  ? tr("Select a group to see its members and how it is doing.")
                                  : QString());
        return;
    }
    const GroupSummary *group = m_groups->group(m_groups->rowOf(ref));
    auto weeks = kpi::GroupHealth(*m_workspace)
                     .weeklySeries(ref, QDateTime::currentSecsSinceEpoch(), healthWeeks);
    if (!weeks)
        reportError(weeks.error().toString());
    if (ref != m_shownGroup) {
        if (const Status status = m_members->setGroup(ref); !status)
            reportError(status.error().toString());
        m_shownGroup = ref;
    }
    m_detail->showGroup(*group, weeks ? *weeks : std::vector<kpi::GroupHealthFigures>());
}

void GroupsArea::groupChanged(qint64 groupRef)
{
    if (groupRef == currentGroupRef())
        showCurrentGroup();
    updateSummary();
    // Queued: the edit that caused this is still being committed by the view.
    QMetaObject::invokeMethod(
        this, [this] { emit workspaceDataChanged(); }, Qt::QueuedConnection);
}

void GroupsArea::showMember(qint64 memberRef, const QString &displayName)
{
    emit showMembersRequested({memberRef}, displayName);
}

void GroupsArea::showAllMembers()
{
    const qint64 ref = currentGroupRef();
    if (!m_workspace || ref == 0)
        return;
    auto refs = GroupRepository(*m_workspace).currentMemberRefs(ref);
    if (!refs) {
        reportError(refs.error().toString());
        return;
    }
    const GroupSummary *group = m_groups->group(m_groups->rowOf(ref));
    emit showMembersRequested(*refs, tr("Members of %1").arg(group ? group->name : QString()));
}

void GroupsArea::reportError(const QString &message)
{
    if (m_collectedError) {
        *m_collectedError = message;
        return;
    }
    emit statusMessage(message);
}

// ---- adding and editing -------------------------------------------------------------------

void GroupsArea::createActions()
{
    m_newAction = new QAction(tr("New Group…"), this);
    m_newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newAction->setToolTip(tr("Add a group by hand (Undo removes it again)"));
    connect(m_newAction, &QAction::triggered, this, &GroupsArea::newGroup);
    addAction(m_newAction);
    m_editAction = new QAction(tr("Edit Group…"), this);
    m_editAction->setToolTip(tr("Change the name, platform, owner, theme or member cap of the "
                                "selected group"));
    connect(m_editAction, &QAction::triggered, this, &GroupsArea::editGroup);
    m_menu = new QMenu(tr("&Groups"), this);
    m_menu->addAction(m_newAction);
    m_menu->addAction(m_editAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GroupsArea::groupMenu);
}

bool GroupsArea::focusSearch()
{
    if (!m_search->isEnabled())
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void GroupsArea::groupMenu(const QPoint &pos)
{
    if (!m_groups)
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_newAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void GroupsArea::newGroup()
{
    if (!m_groups)
        return;
    auto platforms = GroupRepository(*m_workspace).platforms();
    GroupDialog dialog(
        m_groups->staff(), platforms ? *platforms : QStringList(), nullptr,
        [this](const NewGroup &group) { return addGroup(group); }, this);
    dialog.exec();
}

void GroupsArea::editGroup()
{
    const GroupSummary *group =
        m_groups ? m_groups->group(m_groups->rowOf(currentGroupRef())) : nullptr;
    if (!group)
        return;
    auto platforms = GroupRepository(*m_workspace).platforms();
    GroupDialog dialog(
        m_groups->staff(), platforms ? *platforms : QStringList(), group,
        [this](const NewGroup &g) { return editCurrentGroup(g); }, this);
    dialog.exec();
}

QString GroupsArea::addGroup(const NewGroup &group)
{
    if (!m_groups)
        return tr("No workspace is open.");
    QString error;
    m_collectedError = &error;
    const qint64 ref = m_groups->addGroup(group);
    m_collectedError = nullptr;
    if (ref <= 0)
        return error.isEmpty() ? tr("The group could not be added.") : error;
    // Shown whatever the search: it was added to be seen.
    m_search->clear();
    m_platform->setCurrentIndex(0);
    reloadPlatforms();
    applyFilter();
    selectGroup(ref);
    emit statusMessage(tr("Added the group “%1”. Undo removes it again.").arg(group.name));
    emit workspaceDataChanged();
    return {};
}

QString GroupsArea::editCurrentGroup(const NewGroup &group)
{
    const qint64 ref = currentGroupRef();
    if (!m_groups || ref <= 0)
        return tr("No group is selected.");
    QString error;
    m_collectedError = &error;
    const bool done = m_groups->editGroup(
        ref,
        {{GroupField::Name, group.name},
         {GroupField::Platform, group.platform},
         {GroupField::Owner, group.ownerRef ? QVariant(*group.ownerRef) : QVariant()},
         {GroupField::Theme, group.theme},
         {GroupField::Cap, group.memberCap ? QVariant(qint64(*group.memberCap)) : QVariant()}});
    m_collectedError = nullptr;
    if (!done || !error.isEmpty())
        return error.isEmpty() ? tr("The group could not be changed.") : error;
    reloadPlatforms();
    return {};
}

} // namespace siyu
