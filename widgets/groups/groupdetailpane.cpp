// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groups/groupdetailpane.h"

#include "models/common/units.h"
#include "models/items/grouplistmodel.h"
#include "models/items/groupmembermodel.h"
#include "models/store/grouprepository.h"
#include "widgets/common/splitterstate.h"
#include "widgets/groups/grouphealthchart.h"
#include "widgets/groups/grouplistdelegate.h"
#include "widgets/groups/placeholdertableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace siyu {

namespace {

enum Tile
{
    MembersTile,
    JoinsTile,
    LeavesTile,
    RateTile,
    ActiveTile,
    TileCount
};

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// The last week that is over; the current one when it is the only one.
const kpi::GroupHealthFigures *lastCompleteWeek(const std::vector<kpi::GroupHealthFigures> &weeks)
{
    if (weeks.empty())
        return nullptr;
    const auto &last = weeks.back();
    if (last.end >= last.period.to || weeks.size() == 1)
        return &last;
    return &weeks[weeks.size() - 2];
}

} // namespace

GroupDetailPane::GroupDetailPane(QWidget *parent) : QWidget(parent)
{
    m_pages = new QStackedWidget;
    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_pages->addWidget(m_empty);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(createTiles());
    auto *split = new QSplitter(Qt::Horizontal);
    m_chart = new GroupHealthChart;
    m_chart->setAccessibleName(tr("Joins, leaves and messages per member per day"));
    split->addWidget(m_chart);
    split->addWidget(createMembers());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    rememberSplitter(split, QStringLiteral("groupDetail"));
    layout->addWidget(split, 1);
    m_pages->addWidget(content);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showNothing(tr("Select a group to see its members and how it is doing."));
}

QWidget *GroupDetailPane::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel;
    m_title->setFont(scaled(font(), 1.35, true));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel;
    m_meta->setWordWrap(true);
    QPalette muted = m_meta->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_meta->setPalette(muted);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    return header;
}

QWidget *GroupDetailPane::createTiles()
{
    const QStringList captions{tr("Members"), tr("Joined (12 weeks)"), tr("Left (12 weeks)"),
                               tr("Messages / member / day"), tr("Members active")};
    auto *tiles = new QWidget;
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 6, 0, 6);
    row->setSpacing(8);
    for (const QString &caption : captions) {
        auto *tile = new QFrame;
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        tile->setBackgroundRole(QPalette::Base);
        auto *box = new QVBoxLayout(tile);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(0);
        auto *label = new QLabel(caption);
        label->setFont(scaled(font(), 0.85, false));
        QPalette muted = label->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        label->setPalette(muted);
        // On the tile's Base background a label would draw with Text; keep WindowText.
        label->setForegroundRole(QPalette::WindowText);
        auto *value = new QLabel;
        value->setForegroundRole(QPalette::WindowText);
        value->setFont(scaled(font(), 1.3, true));
        box->addWidget(label);
        box->addWidget(value);
        row->addWidget(tile, 1);
        m_tileCaptions << label;
        m_tileValues << value;
    }
    return tiles;
}

QWidget *GroupDetailPane::createMembers()
{
    auto *block = new QWidget;
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_membersTitle = new QLabel;
    m_membersTitle->setFont(scaled(font(), 1.0, true));
    m_showAll = new QPushButton(tr("Show all members of this group"));
    m_showAll->setToolTip(tr("Open these members in the Members area"));
    top->addWidget(m_membersTitle);
    top->addStretch(1);
    top->addWidget(m_showAll);
    layout->addLayout(top);
    m_members = new PlaceholderTableView;
    m_members->setAccessibleName(tr("Current members"));
    // Room for name, role, joined and stage before the chart takes the rest.
    m_members->setMinimumWidth(400);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setAlternatingRowColors(true);
    m_members->setSortingEnabled(true);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->hide();
    m_members->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->horizontalHeader()->setHighlightSections(false);
    m_members->setPlaceholderText(tr("Nobody is in this group right now."));
    m_members->setToolTip(tr("Double-click a member to open them in the Members area"));
    layout->addWidget(m_members, 1);
    connect(m_members, &QAbstractItemView::activated, this, &GroupDetailPane::activateMember);
    connect(m_showAll, &QPushButton::clicked, this, &GroupDetailPane::showAllMembersRequested);
    return block;
}

void GroupDetailPane::setMemberModel(GroupMemberModel *model)
{
    m_members->setModel(model);
    if (!model)
        return;
    m_members->horizontalHeader()->setSortIndicator(GroupMemberModel::RoleColumn,
                                                    Qt::AscendingOrder);
    QHeaderView *header = m_members->horizontalHeader();
    // As wide as the language writes a date ("2026年12月28日", "28 Dec 2026").
    const int digits = fontMetrics().horizontalAdvance(units::date(QDate(2026, 12, 28))) + 16;
    header->resizeSection(GroupMemberModel::NameColumn, 150);
    header->resizeSection(GroupMemberModel::RoleColumn, 70);
    header->resizeSection(GroupMemberModel::JoinedColumn, digits);
    header->resizeSection(GroupMemberModel::StageColumn, 80);
}

void GroupDetailPane::setTile(int tile, const QString &value, const QString &toolTip)
{
    m_tileValues[tile]->setText(value);
    m_tileValues[tile]->parentWidget()->setToolTip(toolTip);
}

QString GroupDetailPane::tileText(int tile) const
{
    return tile >= 0 && tile < m_tileValues.size() ? m_tileValues[tile]->text() : QString();
}

void GroupDetailPane::showGroup(const GroupSummary &group,
                                const std::vector<kpi::GroupHealthFigures> &weeks)
{
    m_title->setText(group.name);
    QStringList meta;
    meta << (group.platform.isEmpty() ? tr("No platform")
                                      : GroupListModel::platformTitle(group.platform));
    meta << (group.ownerName.isEmpty() ? tr("No owner") : tr("Owner: %1").arg(group.ownerName));
    if (!group.theme.isEmpty())
        meta << tr("Theme: %1").arg(group.theme);
    meta << GroupListModel::statusTitle(group.status);
    meta << tr("Id %1").arg(group.groupId);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    const auto fill = group.fill();
    QString members = number(group.members);
    if (group.memberCap)
        members += QStringLiteral(" / ") + number(*group.memberCap);
    setTile(MembersTile, members,
            fill ? tr("%1% of the member cap").arg(number(*fill * 100)) : tr("No member cap"));
    QPalette palette = m_tileValues[MembersTile]->palette();
    palette.setColor(QPalette::WindowText, fill && group.isNearCap()
                                               ? GroupListDelegate::fillColor(*fill)
                                               : this->palette().color(QPalette::WindowText));
    m_tileValues[MembersTile]->setPalette(palette);

    int joins = 0, leaves = 0;
    for (const kpi::GroupHealthFigures &week : weeks) {
        joins += week.joins;
        leaves += week.leaves;
    }
    setTile(JoinsTile, number(joins));
    setTile(LeavesTile, number(leaves));
    const kpi::GroupHealthFigures *last = lastCompleteWeek(weeks);
    const auto rate = last ? last->messagesPerMemberPerDay() : std::nullopt;
    const auto share = last ? last->activeShare() : std::nullopt;
    const QString undefined = tr("Not defined: no members that week");
    setTile(RateTile, rate ? number(*rate, 2) : QStringLiteral("—"), rate ? QString() : undefined);
    setTile(ActiveTile, share ? number(*share * 100) + QLatin1Char('%') : QStringLiteral("—"),
            share ? QString() : undefined);
    // Say which week these two come from.
    const QString suffix = last ? QStringLiteral(" · ") + last->label : QString();
    m_tileCaptions[RateTile]->setText(tr("Messages / member / day") + suffix);
    m_tileCaptions[ActiveTile]->setText(tr("Members active") + suffix);

    m_chart->setSeries(weeks);
    m_membersTitle->setText(tr("Current members (%1)").arg(number(group.members)));
    m_showAll->setEnabled(group.members > 0);
    m_pages->setCurrentIndex(1);
}

void GroupDetailPane::showNothing(const QString &message)
{
    m_empty->setText(message);
    m_chart->clearSeries();
    m_pages->setCurrentIndex(0);
}

bool GroupDetailPane::isShowingGroup() const
{
    return m_pages->currentIndex() == 1;
}

void GroupDetailPane::activateMember(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 ref = index.data(GroupMemberModel::MemberRefRole).toLongLong();
    const QString name = index.siblingAtColumn(GroupMemberModel::NameColumn).data().toString();
    if (ref > 0)
        emit memberActivated(ref, name);
}

} // namespace siyu
