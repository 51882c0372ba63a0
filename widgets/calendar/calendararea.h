// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/calendar/contentrepository.h"
#include "models/calendar/contentseries.h"
#include "widgets/calendar/plannotes.h"
#include "widgets/common/area.h"

#include <QDate>
#include <QTime>

#include <array>
#include <optional>
#include <vector>

class QAction;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace siyu {

class ContentCalendarModel;
class ContentEditor;
class MonthView;
class WeekView;
class WeekPlanPrinter;
class CalendarGridView;

// The Content calendar: every content item of the store by month, by week (hours down, days
// across) or as an agenda, filtered by channel, group, campaign, owner, status and kind (the
// filters remembered per workspace), with the planning warnings above; items planned, edited,
// dragged to another day or time, duplicated, shifted and deleted as undoable commands; SOP
// series; the visible range exported to iCalendar and the week's plan printed.
class CalendarArea : public Area
{
    Q_OBJECT

public:
    enum class View
    {
        Month,
        Week,
        Agenda
    };

    explicit CalendarArea(QWidget *parent = nullptr);
    ~CalendarArea() override;

    QString title() const override { return tr("Content calendar"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void refresh() override;
    QMenu *menu() const override { return m_menu; }

    void setView(View view);
    View view() const { return m_view; }
    // Shows the month, week or agenda around `day` and makes it the current day.
    void showDay(const QDate &day);
    QDate currentDay() const { return m_current; }
    void setFilter(const ContentFilter &filter);
    ContentFilter filter() const;

    // What the dialogs hand back (tests call these directly); each an undo step.
    QList<qint64> createItem(const ContentItem &item, const QList<qint64> &groupRefs);
    bool editItem(const ContentItem &item);
    qint64 saveSeries(const ContentSeries &series);
    // Deleting a series asks whether to keep its published items, unless told.
    bool deleteSeries(qint64 seriesRef, std::optional<bool> keepPublished = std::nullopt);
    bool shiftSelected(int days);
    // Writes the visible items (range and filters) as iCalendar; an error message or empty.
    QString exportIcs(const QString &path);
    // The week plan of the current week, as the printer writes it, in `language`.
    QString weekPlanHtml(const QString &language) const;
    QList<qint64> selectedIds() const;
    // While the warnings of the range shown are being checked (on a worker).
    bool warningsPending() const;

    ContentCalendarModel *model() const { return m_model; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTableView *agendaView() const { return m_agenda; }
    QLabel *warningLabel() const { return m_warnings; }
    QLabel *periodLabel() const { return m_period; }
    QComboBox *filterBox(int index) const { return m_filters[size_t(index)]; }
    ContentEditor *editor() const { return m_editor; }
    QAction *newItemAction() const { return m_newItem; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }

public slots:
    void showPrevious();
    void showNext();
    void showToday();
    void openItem(qint64 id);
    void planItemAt(const QDate &day, const QTime &time);
    void planSeries();
    void editSeries(qint64 seriesRef);
    void printPreviewWeek();
    void printWeek();
    void chooseExportIcs();
    void chooseShift();

private:
    QWidget *createToolbar();
    QWidget *createFilters();
    QWidget *createLegend();
    void createActions();
    void createMenu();
    void connectView(CalendarGridView *view);
    void loadChoices();
    void updateRange();
    void updateWarnings();
    void applyWarnings(const PlanNotes::Range &range);
    void updateActions();
    void saveFilter() const;
    void restoreFilter();
    void filterChanged();
    void deleteItems(const QList<qint64> &ids);
    void duplicateItems(const QList<qint64> &ids);
    void showContextMenu(const QPoint &globalPos);
    void showOverContacted(const QString &link);
    void fillSeriesMenu();
    ContentItem newItemAt(const QDate &day, const QTime &time) const;
    WeekPlanPrinter weekPlan(const QString &language) const;

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ContentEditor *m_editor = nullptr;
    ContentCalendarModel *m_model = nullptr;
    View m_view = View::Month;
    QDate m_current;
    QStackedWidget *m_stack = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    QTableView *m_agenda = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QDateEdit *m_jump = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_warnings = nullptr;
    std::array<QComboBox *, 6> m_filters{};
    bool m_restoring = false;
    QMenu *m_menu = nullptr;
    QMenu *m_seriesMenu = nullptr;
    QAction *m_newItem = nullptr;
    QAction *m_newSeries = nullptr;
    QAction *m_open = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_shift = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_today = nullptr;
    QAction *m_export = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_editSeries = nullptr;
    QAction *m_deleteSeries = nullptr;
    QAction *m_skip = nullptr;
    std::vector<std::vector<qint64>> m_overContacted; // per warning week, for the link
    int m_warningRequest = 0;
    int m_appliedWarnings = 0;
};

} // namespace siyu
