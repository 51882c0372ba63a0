// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/rulechoices.h"
#include "models/segments/segmentrepository.h"
#include "widgets/common/area.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <vector>

class QAction;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace siyu {

class MemberTableModel;
class RuleBuilder;
class RuleCounter;
class SavedSegmentModel;
class SegmentEditor;
class SegmentSizeChart;

// Layered operation: the rule builder with its live count and the matching members, the saved
// segments with their size over time, and (added by the main window) the analysis pages. The
// count and the preview are computed on a worker; every change to a saved segment is an
// undoable command.
class SegmentsArea : public Area
{
    Q_OBJECT

public:
    explicit SegmentsArea(QWidget *parent = nullptr);
    ~SegmentsArea() override;

    QString title() const override { return tr("Segments"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void refresh() override;
    bool focusSearch() override;
    QMenu *menu() const override { return m_menu; }

    // Another page of the area (RFM, lifecycle, tiers, churn warning), as a tab after Rules.
    void addAnalysisPage(QWidget *page, const QString &title);

    // What the actions do once the user has chosen (tests call these directly). Each returns
    // the segment's row id, or 0 / false when nothing changed (the reason was shown).
    qint64 saveRuleAs(const QString &name, Segment::Kind kind);
    qint64 createStaticSegment(const QString &name, const QList<qint64> &memberRefs);
    bool renameSegment(qint64 id, const QString &name);
    qint64 duplicateSegment(qint64 id);
    bool deleteSegment(qint64 id);
    // A dynamic segment's rule into the builder; a static segment's members into Members.
    void loadSegment(qint64 id);
    // Evaluates the segment on a worker, records its size, and asks the main window to show
    // its members under its name.
    void openSegmentInMembers(qint64 id);
    // Writes the segment's members as CSV on a worker (masked unless `unmasked`); audited.
    // Emits exportFinished.
    void exportSegment(qint64 id, const QString &path, bool unmasked);
    // Counts the segment now on a worker and records its size. Emits segmentEvaluated.
    void evaluateSegment(qint64 id);
    // The as-of time of the count and preview; `now` follows the clock.
    void setAsOf(qint64 epochSeconds);
    void setAsOfNow();
    qint64 asOf() const;
    bool isAsOfNow() const { return m_followNow; }

    // For tests.
    RuleBuilder *builder() const { return m_builder; }
    RuleCounter *counter() const { return m_counter; }
    MemberTableModel *previewModel() const { return m_preview; }
    QTableView *previewView() const { return m_previewView; }
    QLabel *countLabel() const { return m_count; }
    QDateTimeEdit *asOfEdit() const { return m_asOfEdit; }
    SavedSegmentModel *savedModel() const { return m_saved; }
    QTableView *savedView() const { return m_savedView; }
    QLineEdit *savedSearch() const { return m_search; }
    SegmentSizeChart *sizeChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    qint64 currentSegment() const;
    void selectSegment(qint64 id);

public slots:
    // Asks for a name (suggested) and saves these members as a static segment (undoable).
    void saveMembersAsSegment(const QString &suggestedName, const QList<qint64> &memberRefs);

signals:
    // For the analysis pages: the workspace opened (nullptr: closed), or its data changed.
    void workspaceOpened(Workspace *workspace);
    void dataRefreshed();
    // The user changed churn_days on the lifecycle page: the stored stages need recomputing
    // (the main window does it, with progress and Cancel).
    void stageRecomputeRequested();
    void exportFinished(qint64 rows, const QString &error);
    void segmentEvaluated(qint64 id, qint64 size);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // An analysis page, given the workspace only once its tab is first shown and refreshed only
    // while shown (else marked stale), so that a page nobody looks at computes nothing.
    struct AnalysisPage
    {
        QWidget *widget = nullptr;
        std::function<void(Workspace *, QUndoStack *)> attach;
        std::function<void()> refresh;
        bool attached = false;
        bool stale = false;
    };
    template<typename Page> void addPage(Page *page, const QString &title);
    void createAnalysisPages();
    void showPage(int tab);

    QWidget *createRulesPage();
    QWidget *createBuilderSide();
    QWidget *createSavedSide();
    QWidget *createCountBar();
    void createActions();
    void createMenu();
    void configurePreview();

    void ruleChanged();
    void requestCount();
    void showPending();
    void showCount(qint64 count);
    void showCountError(const QString &message);
    void asOfEdited();
    void tickNow();
    void showAsOf(qint64 epochSeconds);
    void loadChoices();
    void updateActions();
    void segmentChosen();
    void showSizes(qint64 id);
    void segmentsChanged(qint64 id);

    void chooseSave(Segment::Kind kind);
    void chooseRename();
    void chooseExport();
    void chooseDelete();
    void openPreviewMember(const QModelIndex &index);
    void reportError(const QString &message);
    bool hasCurrentCount() const;

    Workspace *m_workspace = nullptr;
    QPointer<QUndoStack> m_undoStack;
    SegmentEditor *m_editor = nullptr;
    RuleChoices m_choices;
    bool m_followNow = true;
    bool m_countCurrent = false;
    bool m_showingAsOf = false;
    int m_busy = 0;

    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    RuleBuilder *m_builder = nullptr;
    RuleCounter *m_counter = nullptr;
    QLabel *m_count = nullptr;
    QDateTimeEdit *m_asOfEdit = nullptr;
    QPushButton *m_nowButton = nullptr;
    QTimer *m_nowTimer = nullptr;
    MemberTableModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    SavedSegmentModel *m_saved = nullptr;
    QSortFilterProxyModel *m_savedProxy = nullptr;
    QTableView *m_savedView = nullptr;
    QLineEdit *m_search = nullptr;
    SegmentSizeChart *m_chart = nullptr;
    QLabel *m_chartTitle = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_freezeAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_evaluateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_focusJsonAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newRuleAction = nullptr;
    QMenu *m_menu = nullptr;
    std::vector<AnalysisPage> m_pages;
};

} // namespace siyu
