// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/area.h"

#include <QList>
#include <QPointer>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace siyu {

class MemberDetailPane;
class MemberEditor;
class MemberFilterBar;
class MemberTableModel;
struct MemberFilter;

// The members of the workspace: a searchable, filterable, sortable list over any number of
// members, and the current member's details beside it. Every edit is an undoable command;
// deleting is undoable, erasing personal data is not (and asks first). Contact details stay
// masked unless the user unmasks them, which the audit log records.
class MembersArea : public Area
{
    Q_OBJECT

public:
    explicit MembersArea(QWidget *parent = nullptr);
    ~MembersArea() override;

    QString title() const override { return tr("Members"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void refresh() override;

    // Shows exactly these members (row ids) under `caption`, with a button to show all again.
    void showMembers(const QList<qint64> &memberRefs, const QString &caption);

    // For tests and the main window.
    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    MemberDetailPane *detailPane() const { return m_detail; }
    MemberFilterBar *filterBar() const { return m_filterBar; }
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createCaptionBar();
    QWidget *createEmptyState();
    QWidget *createStatusLine();
    void createActions();
    void configureView();
    void configureColumns();
    void saveColumns();
    void loadChoices();

    void applyFilter();
    void clearFilters();
    void currentFilter(MemberFilter &filter) const;
    void reloadModel(qint64 keepRef);
    void afterListChanged(qint64 keepRef);
    void updateEmptyState();
    void updateStatus();
    void updateActions();
    qint64 currentRef() const;
    QList<qint64> selectedRefs() const;

    void showCurrentMember();
    void openDetail();
    void headerMenu(const QPoint &pos);
    void sortRequested(int column, Qt::SortOrder order);
    void toggleUnmask(bool on);
    void revealMember(qint64 ref);
    void deleteSelected();
    void restoreSelected();
    void eraseCurrent();
    void memberChanged(qint64 ref);
    void membersChanged();
    void reportError(const QString &message);

    Workspace *m_workspace = nullptr;
    QPointer<QUndoStack> m_undoStack;
    MemberEditor *m_editor = nullptr;
    MemberTableModel *m_model = nullptr;
    std::optional<QList<qint64>> m_refs;
    QString m_caption;
    bool m_notifying = false;

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QToolButton *m_filterToggle = nullptr;
    MemberFilterBar *m_filterBar = nullptr;
    QFrame *m_captionBar = nullptr;
    QLabel *m_captionLabel = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    MemberDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_unmaskAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_eraseAction = nullptr;
};

} // namespace siyu
