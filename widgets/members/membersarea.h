// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/common/area.h"

#include <QList>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
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

struct NewMember;
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

    bool focusSearch() override;
    QMenu *menu() const override { return m_menu; }

    // Shows exactly these members (row ids) under `caption`, with a button to show all again.
    void showMembers(const QList<qint64> &memberRefs, const QString &caption);

    // The everyday actions, for the main window's toolbar.
    QAction *newMemberAction() const { return m_newAction; }
    QAction *exportListAction() const { return m_exportAction; }
    QAction *addTagAction() const { return m_tagAction; }

    // What the actions do once the user has chosen (tests call these directly). Each bulk
    // edit of the selected members is one undo step; false when nothing was changed.
    // Adds a member; an error message, or an empty text when they were added (and selected).
    QString addMember(const NewMember &member);
    bool addTagToSelected(const QString &tag);
    bool removeTagFromSelected(const QString &tag);
    bool setStaffOfSelected(const QVariant &staffRef); // null: nobody
    bool setStageOfSelected(const QString &stage);     // empty: computed again
    // Writes the list as shown (or only its selected members) on a worker; the format follows
    // the file's suffix (.xlsx, else CSV). Emits exportFinished.
    void exportList(const QString &path, bool selectionOnly);
    QList<qint64> selectedRefs() const;

    // For tests and the main window.
    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    MemberDetailPane *detailPane() const { return m_detail; }
    MemberFilterBar *filterBar() const { return m_filterBar; }
    QString statusText() const;

signals:
    // An export ended: `rows` written, or `error` ("cancelled" when the user cancelled).
    void exportFinished(qint64 rows, const QString &error);

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
    int selectedCount() const;
    void createBulkActions();
    void createMenu();
    void listMenu(const QPoint &pos);
    void newMember();
    void chooseTag(bool attach);
    void chooseStaff();
    void chooseStage();
    void chooseExport(bool selectionOnly);
    void afterBulkEdit(const QList<qint64> &refs);

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
    QAction *m_newAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_untagAction = nullptr;
    QAction *m_staffAction = nullptr;
    QAction *m_stageAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSelectionAction = nullptr;
    QMenu *m_menu = nullptr;
    bool m_exporting = false;
    // While set, errors are kept here for the dialog that asked instead of shown in a box.
    QString *m_collectedError = nullptr;
};

} // namespace siyu
