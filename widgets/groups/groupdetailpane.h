// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/kpi/grouphealth.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace siyu {

class GroupHealthChart;
class GroupMemberModel;
class PlaceholderTableView;
struct GroupSummary;

// The selected group: who it is, how full it is, its last twelve weeks (chart) and its current
// members. Shows what it is given; the area loads the data.
class GroupDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit GroupDetailPane(QWidget *parent = nullptr);

    void setMemberModel(GroupMemberModel *model);
    void showGroup(const GroupSummary &group, const std::vector<kpi::GroupHealthFigures> &weeks);
    // No group: the pane says how to get one.
    void showNothing(const QString &message);

    bool isShowingGroup() const;
    PlaceholderTableView *memberView() const { return m_members; }
    GroupHealthChart *chart() const { return m_chart; }
    QPushButton *showAllButton() const { return m_showAll; }
    QString tileText(int tile) const;

signals:
    // A member row was activated (double-click or Enter).
    void memberActivated(qint64 memberRef, const QString &displayName);
    void showAllMembersRequested();

private:
    QWidget *createHeader();
    QWidget *createTiles();
    QWidget *createMembers();
    void setTile(int tile, const QString &value, const QString &toolTip = {});
    void activateMember(const QModelIndex &index);

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QList<QLabel *> m_tileCaptions;
    QList<QLabel *> m_tileValues;
    GroupHealthChart *m_chart = nullptr;
    QLabel *m_membersTitle = nullptr;
    PlaceholderTableView *m_members = nullptr;
    QPushButton *m_showAll = nullptr;
};

} // namespace siyu
