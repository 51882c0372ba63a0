// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/membertablemodel.h"

#include "models/common/masking.h"
#include "models/common/units.h"
#include "models/store/workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace siyu {

namespace {

// Rows fetched by one statement, and how many rows stay cached before the cache starts over.
constexpr int windowSize = 128;
constexpr int cacheLimit = 64 * windowSize;

QColor stageColor(const QString &stage)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("awareness"), QColor(0x8a, 0x94, 0xa6)},
        {QStringLiteral("interest"), QColor(0x3b, 0x82, 0xf6)},
        {QStringLiteral("purchase"), QColor(0x10, 0xb9, 0x81)},
        {QStringLiteral("loyalty"), QColor(0x8b, 0x5c, 0xf6)},
        {QStringLiteral("churn"), QColor(0xef, 0x44, 0x44)}};
    return colors.value(stage, QColor(Qt::gray));
}

} // namespace

MemberTableModel::MemberTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
}

MemberTableModel::~MemberTableModel() = default;

std::optional<MemberSortKey> MemberTableModel::sortKeyOf(int column)
{
    switch (column) {
    case MemberIdColumn:
        return MemberSortKey::MemberId;
    case NameColumn:
        return MemberSortKey::Name;
    case RemarkColumn:
        return MemberSortKey::Remark;
    case GenderColumn:
        return MemberSortKey::Gender;
    case CityColumn:
        return MemberSortKey::City;
    case SourceColumn:
        return MemberSortKey::Source;
    case StaffColumn:
        return MemberSortKey::Staff;
    case StageColumn:
        return MemberSortKey::Stage;
    case JoinedColumn:
        return MemberSortKey::Joined;
    case LastActiveColumn:
        return MemberSortKey::LastActive;
    case PaidOrdersColumn:
        return MemberSortKey::PaidOrders;
    case PaidAmountColumn:
        return MemberSortKey::PaidAmount;
    default: // phone and email are masked, tags are a list: no useful order
        return std::nullopt;
    }
}

bool MemberTableModel::isNumeric(int column)
{
    return column == PaidOrdersColumn || column == PaidAmountColumn;
}

QString MemberTableModel::columnTitle(int column)
{
    switch (column) {
    case MemberIdColumn:
        return tr("Member ID");
    case NameColumn:
        return tr("Name");
    case RemarkColumn:
        return tr("Remark");
    case GenderColumn:
        return tr("Gender");
    case CityColumn:
        return tr("City");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case SourceColumn:
        return tr("Source");
    case StaffColumn:
        return tr("Staff");
    case StageColumn:
        return tr("Stage");
    case JoinedColumn:
        return tr("Joined");
    case TagsColumn:
        return tr("Tags");
    case LastActiveColumn:
        return tr("Last active");
    case PaidOrdersColumn:
        return tr("Paid orders");
    case PaidAmountColumn:
        return tr("Paid amount");
    default:
        return {};
    }
}

QString MemberTableModel::stageTitle(const QString &stage)
{
    if (stage == QLatin1String("awareness"))
        return tr("Awareness");
    if (stage == QLatin1String("interest"))
        return tr("Interest");
    if (stage == QLatin1String("purchase"))
        return tr("Purchase");
    if (stage == QLatin1String("loyalty"))
        return tr("Loyalty");
    if (stage == QLatin1String("churn"))
        return tr("Churn");
    return stage;
}

QString MemberTableModel::genderTitle(const QString &gender)
{
    if (gender == QLatin1String("M"))
        return tr("Male");
    if (gender == QLatin1String("F"))
        return tr("Female");
    return tr("Unknown");
}

void MemberTableModel::setFilter(const MemberFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void MemberTableModel::setUnmasked(bool unmasked)
{
    if (unmasked == m_unmasked)
        return;
    m_unmasked = unmasked;
    if (m_total > 0)
        emit dataChanged(index(0, PhoneColumn), index(rowCount() - 1, EmailColumn));
}

Status MemberTableModel::reload()
{
    const MemberSortKey key = sortKeyOf(m_sortColumn).value_or(MemberSortKey::Joined);
    // The first ids only: the rest are read when the view scrolls past them.
    auto ids = memberlist::ids(m_workspace, m_filter, key, m_sortOrder, m_tuning);
    beginResetModel();
    m_rows.clear();
    m_ids = ids ? std::move(ids->ids) : QVector<qint64>();
    m_total = ids ? int(ids->total) : 0;
    endResetModel();
    if (!ids) {
        fail(ids.error().message);
        return ids.error();
    }
    m_lastError.clear();
    return {};
}

void MemberTableModel::refreshMembers(const QList<qint64> &refs)
{
    // A bulk edit of thousands: forget every fetched window and repaint once, rather than
    // look each member up among the rows.
    if (refs.size() > 64) {
        m_rows.clear();
        if (m_total > 0)
            emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
        return;
    }
    for (const qint64 ref : refs) {
        m_rows.remove(ref);
        const int row = rowOf(ref);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

qint64 MemberTableModel::memberRef(int row) const
{
    if (row < 0 || row >= m_total)
        return 0;
    ensureIds(row);
    return row < m_ids.size() ? m_ids.at(row) : 0;
}

int MemberTableModel::rowOf(qint64 ref) const
{
    return int(m_ids.indexOf(ref)); // among the rows read so far: the others were never shown
}

void MemberTableModel::setTuning(const memberlist::IdsOptions &tuning)
{
    m_tuning = tuning;
    reload();
}

void MemberTableModel::ensureIds(int row) const
{
    if (row < m_ids.size() || m_ids.size() >= m_total)
        return;
    memberlist::IdsOptions all = m_tuning;
    all.first = 0;
    const MemberSortKey key = sortKeyOf(m_sortColumn).value_or(MemberSortKey::Joined);
    auto ids = memberlist::ids(m_workspace, m_filter, key, m_sortOrder, all);
    if (!ids) {
        fail(ids.error().message);
        return;
    }
    m_ids = std::move(ids->ids);
    if (m_ids.size() != m_total) {
        // The members changed behind the list (another connection wrote): start over, after
        // the view is done asking.
        auto *self = const_cast<MemberTableModel *>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->reload(); }, Qt::QueuedConnection);
    }
}

void MemberTableModel::fail(const QString &message) const
{
    m_lastError = message;
    emit const_cast<MemberTableModel *>(this)->errorOccurred(message);
}

void MemberTableModel::loadWindow(int row) const
{
    const int first = row - row % windowSize;
    ensureIds(qMin(m_total, first + windowSize) - 1);
    const int last = qMin(int(m_ids.size()), first + windowSize);
    if (m_rows.size() + windowSize > cacheLimit)
        m_rows.clear();
    QVector<qint64> refs;
    refs.reserve(last - first);
    for (int i = first; i < last; ++i) {
        if (!m_rows.contains(m_ids.at(i)))
            refs.append(m_ids.at(i));
    }
    auto rows = memberlist::rows(m_workspace, refs);
    if (!rows) {
        fail(rows.error().message);
        return;
    }
    for (MemberListRow &loaded : *rows)
        m_rows.insert(loaded.ref, std::move(loaded));
    // A member that vanished since the ids were read (erased elsewhere) shows as an empty,
    // deleted row until the next reload, rather than being fetched again and again.
    for (const qint64 ref : std::as_const(refs)) {
        if (!m_rows.contains(ref)) {
            MemberListRow gone;
            gone.ref = ref;
            gone.deleted = true;
            m_rows.insert(ref, gone);
        }
    }
}

const MemberListRow *MemberTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    ensureIds(row);
    if (row >= m_ids.size())
        return nullptr;
    auto it = m_rows.constFind(m_ids.at(row));
    if (it == m_rows.constEnd()) {
        loadWindow(row);
        it = m_rows.constFind(m_ids.at(row));
    }
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::displayData(const MemberListRow &row, int column) const
{
    const QTimeZone zone = m_workspace.timeZone();
    switch (column) {
    case MemberIdColumn:
        return row.memberId;
    case NameColumn:
        return row.name;
    case RemarkColumn:
        return row.remark;
    case GenderColumn:
        return row.gender == QLatin1String("U") ? QString() : genderTitle(row.gender);
    case CityColumn:
        return row.city;
    case PhoneColumn:
        return m_unmasked ? row.phone : masking::phone(row.phone);
    case EmailColumn:
        return m_unmasked ? row.email : masking::email(row.email);
    case SourceColumn:
        return row.source;
    case StaffColumn:
        return row.staff;
    case StageColumn:
        return stageTitle(row.stage);
    case JoinedColumn:
        return row.ref && !row.memberId.isEmpty()
                   ? units::dateOf(row.joinedAt, units::Display::in(zone))
                   : QString();
    case TagsColumn:
        return row.tags.join(QLatin1String(", "));
    case LastActiveColumn:
        return row.lastActiveAt ? units::dateOf(*row.lastActiveAt, units::Display::in(zone))
                                : QString();
    case PaidOrdersColumn:
        return QLocale().toString(row.paidOrders);
    case PaidAmountColumn:
        return units::money(row.paidCents);
    default:
        return {};
    }
}

QVariant MemberTableModel::roleData(const MemberListRow &row, int role) const
{
    switch (role) {
    case MemberRefRole:
        return row.ref;
    case MemberIdRole:
        return row.memberId;
    case NameRole:
        return row.name;
    case StageRole:
        return row.stage;
    case TagsRole:
        return row.tags;
    case JoinedAtRole:
        return row.joinedAt;
    case LastActiveAtRole:
        return row.lastActiveAt ? QVariant(*row.lastActiveAt) : QVariant();
    case PaidCentsRole:
        return row.paidCents;
    case DeletedRole:
        return row.deleted;
    default:
        return {};
    }
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    const MemberListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TagsColumn || index.column() == RemarkColumn ||
            index.column() == NameColumn)
            return displayData(*row, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() == StageColumn && !row->stage.isEmpty())
            return stageColor(row->stage);
        return {};
    default:
        return roleData(*row, role);
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted");
    return {};
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

QHash<int, QByteArray> MemberTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MemberRefRole, "memberRef");
    names.insert(MemberIdRole, "memberId");
    names.insert(NameRole, "name");
    names.insert(StageRole, "stage");
    names.insert(TagsRole, "tags");
    names.insert(JoinedAtRole, "joinedAt");
    names.insert(LastActiveAtRole, "lastActiveAt");
    names.insert(PaidCentsRole, "paidCents");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace siyu
