// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/grouplistmodel.h"

#include "models/common/platforms.h"
#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/groupcommands.h"

#include "models/store/workspace.h"
#include <QCoreApplication>
#include <memory>

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <memory>

namespace siyu {

namespace {

const QString &dash()
{
    static const QString text = QStringLiteral("—");
    return text;
}

bool isNumeric(int column)
{
    return column == GroupListModel::MembersColumn || column == GroupListModel::CapColumn ||
           column == GroupListModel::FillColumn;
}

std::optional<GroupField> fieldOf(int column)
{
    switch (column) {
    case GroupListModel::NameColumn:
        return GroupField::Name;
    case GroupListModel::ThemeColumn:
        return GroupField::Theme;
    case GroupListModel::CapColumn:
        return GroupField::Cap;
    case GroupListModel::StatusColumn:
        return GroupField::Status;
    case GroupListModel::OwnerColumn:
        return GroupField::Owner;
    default:
        return std::nullopt;
    }
}

// What the editors hand in, in the form the store keeps: 0 or less means "no cap" / "no owner".
QVariant storedForm(GroupField field, const QVariant &value)
{
    if ((field == GroupField::Cap || field == GroupField::Owner) &&
        (!value.isValid() || value.isNull() || value.toLongLong() <= 0))
        return QVariant();
    return GroupRepository::normalized(field, value);
}

QVariant currentValue(const GroupSummary &g, GroupField field)
{
    switch (field) {
    case GroupField::Name:
        return g.name;
    case GroupField::Theme:
        return g.theme.isEmpty() ? QVariant() : QVariant(g.theme);
    case GroupField::Cap:
        return g.memberCap ? QVariant(qint64(*g.memberCap)) : QVariant();
    case GroupField::Status:
        return g.status;
    case GroupField::Owner:
        return g.ownerRef ? QVariant(*g.ownerRef) : QVariant();
    case GroupField::Platform:
        return g.platform.isEmpty() ? QVariant() : QVariant(g.platform);
    }
    return {};
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 0) + QLatin1Char('%');
}

} // namespace

GroupListModel::GroupListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{}

GroupListModel::~GroupListModel() = default;

QString GroupListModel::platformTitle(const QString &platform)
{
    return platforms::title(platform);
}

QString GroupListModel::statusTitle(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

void GroupListModel::setSearch(const QString &search)
{
    m_query.search = search;
}

void GroupListModel::setPlatform(const QString &platform)
{
    m_query.platform = platform;
}

void GroupListModel::setSortOrder(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = GroupSortKey(column);
    m_query.order = order;
}

Status GroupListModel::reload()
{
    GroupRepository repository(m_workspace);
    auto groups = repository.summaries(m_query);
    auto staff = repository.staff();
    auto statuses = repository.statuses();
    beginResetModel();
    m_groups = groups ? std::move(*groups) : std::vector<GroupSummary>();
    m_staff = staff ? std::move(*staff) : std::vector<StaffEntry>();
    m_statuses = statuses ? *statuses : GroupRepository::standardStatuses();
    endResetModel();
    if (!groups)
        return groups.error();
    if (!staff)
        return staff.error();
    return {};
}

void GroupListModel::reloadGroup(qint64 groupRef)
{
    GroupRepository repository(m_workspace);
    if (auto statuses = repository.statuses())
        m_statuses = *statuses;
    const int row = rowOf(groupRef);
    if (row >= 0) {
        auto fresh = repository.summary(groupRef);
        if (!fresh) {
            emit errorOccurred(fresh.error().toString());
            return;
        }
        m_groups[size_t(row)] = std::move(*fresh);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit groupChanged(groupRef);
}

const GroupSummary *GroupListModel::group(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? &m_groups[size_t(row)] : nullptr;
}

int GroupListModel::rowOf(qint64 groupRef) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].ref == groupRef)
            return int(i);
    }
    return -1;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::displayData(const GroupSummary &g, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return g.name;
    case PlatformColumn:
        return g.platform.isEmpty() ? dash() : platformTitle(g.platform);
    case OwnerColumn:
        return g.ownerName.isEmpty() ? dash() : g.ownerName;
    case ThemeColumn:
        return g.theme;
    case CreatedColumn:
        return g.createdAt ? units::dateOf(*g.createdAt, units::Display::in(m_workspace.timeZone()))
                           : dash();
    case MembersColumn:
        return locale.toString(g.members);
    case CapColumn:
        return g.memberCap ? locale.toString(*g.memberCap) : dash();
    case FillColumn: {
        const auto fill = g.fill();
        return fill ? percent(*fill) : dash();
    }
    case StatusColumn:
        return statusTitle(g.status);
    }
    return {};
}

QVariant GroupListModel::editData(const GroupSummary &g, int column) const
{
    switch (column) {
    case CapColumn:
        return g.memberCap ? *g.memberCap : 0;
    case OwnerColumn:
        return g.ownerRef ? *g.ownerRef : qint64(0);
    case StatusColumn:
        return g.status;
    case ThemeColumn:
        return g.theme;
    case MembersColumn:
        return g.members;
    case FillColumn: {
        const auto fill = g.fill();
        return fill ? QVariant(*fill) : QVariant();
    }
    default:
        return displayData(g, column);
    }
}

QVariant GroupListModel::toolTip(const GroupSummary &g, int column) const
{
    switch (column) {
    case NameColumn:
        return tr("%1 (id %2)").arg(g.name, g.groupId);
    case MembersColumn:
    case CapColumn:
    case FillColumn: {
        const auto fill = g.fill();
        if (!fill)
            return tr("Current members: %1. No member cap.").arg(QLocale().toString(g.members));
        QString text = tr("%1 of %2 members (%3)")
                           .arg(QLocale().toString(g.members), QLocale().toString(*g.memberCap),
                                percent(*fill));
        if (g.isNearCap())
            text += QLatin1Char('\n') + tr("Near its member cap");
        return text;
    }
    default:
        return {};
    }
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GroupSummary &g = m_groups[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(g, column);
    case Qt::EditRole:
        return editData(g, column);
    case Qt::ToolTipRole:
        return toolTip(g, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::FontRole:
        if (column == MembersColumn && g.isNearCap()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case GroupRefRole:
        return g.ref;
    case FillRole: {
        const auto fill = g.fill();
        return fill ? QVariant(*fill) : QVariant();
    }
    case NearCapRole:
        return g.isNearCap();
    default:
        return {};
    }
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PlatformColumn:
        return tr("Platform");
    case OwnerColumn:
        return tr("Owner");
    case ThemeColumn:
        return tr("Theme");
    case CreatedColumn:
        return tr("Created");
    case MembersColumn:
        return tr("Members");
    case CapColumn:
        return tr("Cap");
    case FillColumn:
        return tr("Fill");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags GroupListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

bool GroupListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    const GroupSummary &g = m_groups[size_t(index.row())];
    const QVariant after = storedForm(*field, value);
    const QVariant before = currentValue(g, *field);
    if (after == before || (after.isNull() && before.isNull()))
        return true;
    if (const Status status = GroupRepository(m_workspace).validate(*field, after); !status) {
        emit errorOccurred(status.error().toString());
        return false;
    }
    auto *command =
        new SetGroupFieldCommand(m_workspace, this, g.ref, *field, before, after, g.name);
    if (!m_undoStack) {
        command->redo();
        const bool applied = !command->isObsolete();
        delete command;
        return applied;
    }
    m_undoStack->push(command);
    return true;
}

qint64 GroupListModel::addGroup(const NewGroup &group)
{
    auto *command = new AddGroupCommand(m_workspace, this, group);
    if (!m_undoStack) {
        std::unique_ptr<AddGroupCommand> owned(command);
        owned->redo();
        return owned->failed() ? 0 : owned->ref();
    }
    m_lastAdded = 0;
    m_undoStack->push(command); // deleted there when it failed (obsolete)
    return m_lastAdded;
}

bool GroupListModel::editGroup(qint64 groupRef,
                               const QList<std::pair<GroupField, QVariant>> &values)
{
    auto current = GroupRepository(m_workspace).summary(groupRef);
    if (!current) {
        emit errorOccurred(current.error().toString());
        return false;
    }
    GroupRepository repository(m_workspace);
    auto command = std::make_unique<QUndoCommand>(
        QCoreApplication::translate("siyu::SetGroupFieldCommand", "Edit group “%1”")
            .arg(current->name));
    int changes = 0;
    for (const auto &[field, value] : values) {
        const QVariant after = storedForm(field, value);
        const QVariant before = currentValue(*current, field);
        if (after == before || (after.isNull() && before.isNull()))
            continue;
        if (const Status status = repository.validate(field, after); !status) {
            emit errorOccurred(status.error().toString());
            return false;
        }
        new SetGroupFieldCommand(m_workspace, this, groupRef, field, before, after, current->name,
                                 command.get());
        ++changes;
    }
    if (changes == 0)
        return true;
    if (!m_undoStack) {
        command->redo();
        return true;
    }
    m_undoStack->push(command.release());
    return true;
}

void GroupListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = GroupSortKey(column);
    m_query.order = order;
    auto groups = GroupRepository(m_workspace).summaries(m_query);
    if (!groups) {
        emit errorOccurred(groups.error().toString());
        return;
    }
    if (groups->size() != m_groups.size()) {
        // The data changed underneath: a new list, not a new order.
        beginResetModel();
        m_groups = std::move(*groups);
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Keep persistent indexes (the selection) on their groups.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> refs;
    for (const QModelIndex &i : before)
        refs.push_back(m_groups[size_t(i.row())].ref);
    m_groups = std::move(*groups);
    QModelIndexList after;
    for (size_t i = 0; i < refs.size(); ++i) {
        const int row = rowOf(refs[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[int(i)].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace siyu
