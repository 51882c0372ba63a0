// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace siyu {

class MemberCustomFieldsModel;
class MemberEditor;
class MemberGroupsModel;
class MemberIdentitiesModel;
class MemberProfileForm;
class MemberTagsView;
class MemberTimelineModel;
class Workspace;

// Everything about the current member: editable profile, tags, custom fields, accounts and
// groups, and the timeline of events and orders. Edits go to the MemberEditor as commands.
class MemberDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit MemberDetailPane(QWidget *parent = nullptr);
    ~MemberDetailPane() override;

    // nullptr for both drops every model.
    void setWorkspace(Workspace *workspace, MemberEditor *editor);
    void setChoices(const QVector<MemberChoice> &staff, const QStringList &sources,
                    const QStringList &tagNames);
    void setTagNames(const QStringList &tagNames);
    // 0 shows the placeholder.
    void showMember(qint64 ref);
    // Re-reads the member; the timeline too when asked (it does not change with edits).
    void reload(bool withTimeline = false);
    qint64 currentMember() const { return m_ref; }
    // Contact details of every member shown (the list's unmask switch).
    void setUnmasked(bool unmasked);
    // Contact details of the current member shown, until another member is shown.
    void setRevealed(bool revealed);
    void focusEditor();

signals:
    void revealRequested(qint64 ref);

private:
    QWidget *createHeader();
    QWidget *createCustomFieldsTab();
    QWidget *createProfilePage();
    QWidget *createGroupsTab();
    QWidget *createTimelineTab();
    QTableView *createTable();
    void showRecord(const MemberRecord &record);
    void addCustomField();
    void removeCustomField();
    void showPlaceholder(const QString &text);

    QPointer<MemberEditor> m_editor;
    Workspace *m_workspace = nullptr;
    qint64 m_ref = 0;
    bool m_unmasked = false;
    bool m_revealed = false;
    bool m_reloadTimeline = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_deletedBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    MemberProfileForm *m_profile = nullptr;
    MemberTagsView *m_tags = nullptr;
    QTableView *m_customView = nullptr;
    QLineEdit *m_customName = nullptr;
    QLineEdit *m_customValue = nullptr;
    QTableView *m_identitiesView = nullptr;
    QTableView *m_groupsView = nullptr;
    QTableView *m_timelineView = nullptr;
    QLabel *m_timelineSummary = nullptr;
    MemberIdentitiesModel *m_identities = nullptr;
    MemberGroupsModel *m_groups = nullptr;
    MemberCustomFieldsModel *m_custom = nullptr;
    MemberTimelineModel *m_timeline = nullptr;
};

} // namespace siyu
