// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/memberdetailpane.h"

#include "models/common/units.h"
#include "models/items/memberdetailmodels.h"
#include "models/items/membereditor.h"
#include "models/items/membertablemodel.h"
#include "models/items/membertimelinemodel.h"
#include "models/store/workspace.h"
#include "widgets/members/counted.h"
#include "widgets/members/memberprofileform.h"
#include "widgets/members/membertagsview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace siyu {

MemberDetailPane::MemberDetailPane(QWidget *parent) : QWidget(parent)
{
    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setMargin(24);

    m_profile = new MemberProfileForm;
    auto *profileScroll = new QScrollArea;
    profileScroll->setWidget(createProfilePage());
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    m_tags = new MemberTagsView;

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(profileScroll, tr("Profile"));
    m_tabs->addTab(m_tags, tr("Tags"));
    m_tabs->addTab(createCustomFieldsTab(), tr("Fields"));
    m_tabs->addTab(createGroupsTab(), tr("Groups"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_profile, &MemberProfileForm::fieldEdited, this,
            [this](MemberField field, const QVariant &value) {
                if (m_editor && m_ref > 0 && !m_editor->setField(m_ref, field, value))
                    reload(); // show the stored value again
            });
    connect(m_profile, &MemberProfileForm::revealRequested, this,
            [this] { emit revealRequested(m_ref); });
    connect(m_tags, &MemberTagsView::addRequested, this, [this](const QString &tag) {
        if (m_editor && m_ref > 0)
            m_editor->addTag(m_ref, tag);
    });
    connect(m_tags, &MemberTagsView::removeRequested, this, [this](const QString &tag) {
        if (m_editor && m_ref > 0)
            m_editor->removeTag(m_ref, tag);
    });
    setWorkspace(nullptr, nullptr);
}

MemberDetailPane::~MemberDetailPane() = default;

QWidget *MemberDetailPane::createHeader()
{
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures = new QLabel;
    m_deletedBanner = new QLabel(tr("This member is deleted. Restore them to edit."));
    m_deletedBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 4px 8px; "
                       "border-radius: 4px; }"));
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_figures);
    layout->addWidget(m_deletedBanner);
    return header;
}

QTableView *MemberDetailPane::createTable()
{
    auto *view = new QTableView;
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QWidget *MemberDetailPane::createCustomFieldsTab()
{
    m_customView = createTable();
    m_customView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_customName = new QLineEdit;
    m_customName->setPlaceholderText(tr("Field"));
    m_customName->setAccessibleName(tr("New custom field name"));
    m_customValue = new QLineEdit;
    m_customValue->setPlaceholderText(tr("Value"));
    m_customValue->setAccessibleName(tr("New custom field value"));
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, &MemberDetailPane::addCustomField);
    connect(m_customValue, &QLineEdit::returnPressed, this, &MemberDetailPane::addCustomField);
    connect(remove, &QPushButton::clicked, this, &MemberDetailPane::removeCustomField);
    auto *row = new QHBoxLayout;
    row->addWidget(m_customName, 1);
    row->addWidget(m_customValue, 2);
    row->addWidget(add);
    row->addWidget(remove);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_customView, 1);
    layout->addLayout(row);
    return tab;
}

QWidget *MemberDetailPane::createProfilePage()
{
    // The member's accounts on other platforms sit under the profile: they identify the
    // member as the fields above do.
    m_identitiesView = createTable();
    m_identitiesView->setMinimumHeight(fontMetrics().height() * 6);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_profile);
    layout->addWidget(new QLabel(tr("Accounts on other platforms")));
    layout->addWidget(m_identitiesView);
    layout->addStretch(1);
    return page;
}

QWidget *MemberDetailPane::createGroupsTab()
{
    m_groupsView = createTable();
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_groupsView);
    return tab;
}

QWidget *MemberDetailPane::createTimelineTab()
{
    m_timelineView = createTable();
    m_timelineSummary = new QLabel;
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_timelineSummary);
    layout->addWidget(m_timelineView, 1);
    return tab;
}

void MemberDetailPane::setWorkspace(Workspace *workspace, MemberEditor *editor)
{
    for (QTableView *view : {m_customView, m_identitiesView, m_groupsView, m_timelineView})
        view->setModel(nullptr);
    delete m_identities;
    delete m_groups;
    delete m_custom;
    delete m_timeline;
    m_identities = nullptr;
    m_groups = nullptr;
    m_custom = nullptr;
    m_timeline = nullptr;
    m_workspace = workspace;
    m_editor = editor;
    m_ref = 0;
    if (!workspace || !editor) {
        showPlaceholder(tr("No workspace is open."));
        return;
    }
    m_identities = new MemberIdentitiesModel(this);
    m_groups = new MemberGroupsModel(this);
    m_custom = new MemberCustomFieldsModel(editor, this);
    m_timeline = new MemberTimelineModel(*workspace, this);
    m_identitiesView->setModel(m_identities);
    m_groupsView->setModel(m_groups);
    m_customView->setModel(m_custom);
    m_timelineView->setModel(m_timeline);
    m_identitiesView->horizontalHeader()->resizeSection(MemberIdentitiesModel::KindColumn, 130);
    m_groupsView->horizontalHeader()->resizeSection(MemberGroupsModel::GroupColumn, 170);
    m_customView->horizontalHeader()->resizeSection(MemberCustomFieldsModel::NameColumn, 150);
    QHeaderView *timeline = m_timelineView->horizontalHeader();
    timeline->setStretchLastSection(false);
    const QString longest =
        units::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toSecsSinceEpoch());
    timeline->resizeSection(MemberTimelineModel::WhenColumn,
                            std::max(124, fontMetrics().horizontalAdvance(longest) + 16));
    timeline->resizeSection(MemberTimelineModel::WhatColumn, 110);
    timeline->resizeSection(MemberTimelineModel::AmountColumn, 80);
    timeline->setSectionResizeMode(MemberTimelineModel::DetailColumn, QHeaderView::Stretch);
    timeline->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    showPlaceholder(tr("Select a member to see and edit their details."));
}

void MemberDetailPane::setChoices(const QVector<MemberChoice> &staff, const QStringList &sources,
                                  const QStringList &tagNames)
{
    m_profile->setChoices(staff, sources);
    m_tags->setCompletions(tagNames);
}

void MemberDetailPane::setTagNames(const QStringList &tagNames)
{
    m_tags->setCompletions(tagNames);
}

void MemberDetailPane::showPlaceholder(const QString &text)
{
    m_ref = 0;
    m_placeholder->setText(text);
    m_pages->setCurrentWidget(m_placeholder);
}

void MemberDetailPane::showMember(qint64 ref)
{
    if (!m_editor || ref <= 0) {
        showPlaceholder(m_editor ? tr("Select a member to see and edit their details.")
                                 : tr("No workspace is open."));
        return;
    }
    if (ref != m_ref)
        m_revealed = false;
    m_ref = ref;
    reload();
}

void MemberDetailPane::reload(bool withTimeline)
{
    if (!m_editor || m_ref <= 0)
        return;
    m_reloadTimeline = withTimeline;
    auto record = m_editor->repository().load(m_ref);
    if (!record) {
        showPlaceholder(tr("This member no longer exists."));
        return;
    }
    showRecord(*record);
}

void MemberDetailPane::showRecord(const MemberRecord &record)
{
    const QTimeZone zone = m_workspace->timeZone();
    const bool revealed = m_unmasked || m_revealed;
    m_title->setText(record.name.isEmpty() ? tr("(no name)") : record.name);
    QStringList subtitle{
        record.memberId, MemberTableModel::stageTitle(record.stage),
        tr("joined %1").arg(units::dateOf(record.joinedAt, units::Display::in(zone)))};
    if (!record.source.isEmpty())
        subtitle << tr("from %1").arg(record.source);
    m_subtitle->setText(subtitle.join(QStringLiteral("  ·  ")));
    QString figures = counted(record.paidOrders, tr("1 paid order"), tr("%1 paid orders")) +
                      QStringLiteral("  ·  ") + units::money(record.paidCents);
    if (record.lastActiveAt)
        figures +=
            QStringLiteral("  ·  ") +
            tr("last active %1").arg(units::dateOf(*record.lastActiveAt, units::Display::in(zone)));
    m_figures->setText(figures);
    m_deletedBanner->setVisible(record.deletedAt.has_value());
    m_profile->setRecord(record, zone, revealed);
    m_tags->setTags(record.tags);
    m_tags->setEnabled(!record.deletedAt);
    m_custom->setRecord(record);
    m_identities->setRecord(record);
    m_identities->setUnmasked(revealed);
    m_groups->setRecord(record, zone);
    if (m_timeline->member() != record.ref || m_reloadTimeline)
        m_timeline->setMember(record.ref);
    m_reloadTimeline = false;
    m_timelineSummary->setText(counted(m_timeline->totalSize(), tr("1 event or order"),
                                       tr("%1 events and orders, newest first")));
    m_tabs->setTabText(1, tr("Tags %1").arg(record.tags.size()));
    m_tabs->setTabText(2, tr("Fields %1").arg(record.custom.size()));
    m_tabs->setTabText(3, tr("Groups %1").arg(record.groups.size()));
    m_tabs->setTabText(4, tr("Timeline %1").arg(QLocale().toString(m_timeline->totalSize())));
    m_pages->setCurrentIndex(1);
}

void MemberDetailPane::setUnmasked(bool unmasked)
{
    m_unmasked = unmasked;
    reload();
}

void MemberDetailPane::setRevealed(bool revealed)
{
    m_revealed = revealed;
    reload();
}

void MemberDetailPane::focusEditor()
{
    if (m_ref <= 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_profile->focusFirstField();
}

void MemberDetailPane::addCustomField()
{
    const QString name = m_customName->text().trimmed();
    if (!m_editor || m_ref <= 0 || name.isEmpty())
        return;
    if (m_editor->setCustomField(m_ref, name, m_customValue->text())) {
        m_customName->clear();
        m_customValue->clear();
        m_customName->setFocus();
    }
}

void MemberDetailPane::removeCustomField()
{
    const QString name =
        m_custom ? m_custom->fieldName(m_customView->currentIndex().row()) : QString();
    if (m_editor && m_ref > 0 && !name.isEmpty())
        m_editor->setCustomField(m_ref, name, QVariant());
}

} // namespace siyu
