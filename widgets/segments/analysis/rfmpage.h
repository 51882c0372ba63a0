// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"
#include "widgets/segments/analysis/analysisjob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QUndoStack;

namespace siyu {

class AnalysisStatus;
class ChartWidget;
class RfmCellModel;
class Workspace;

// The RFM page of the Segments area: the R × FM grid as a chart (members per position, shaded
// by the average spend) and the eleven named cells in a table, for a window and an as-of time
// the user chooses. Computed on a worker; while it runs the old result is greyed out, never
// shown as current. A click on a grid position or a named cell lists its members.
class RfmPage : public QWidget
{
    Q_OBJECT

public:
    explicit RfmPage(QWidget *parent = nullptr);
    ~RfmPage() override;

    // nullptr closes.
    void setWorkspace(Workspace *ws, QUndoStack *undo);
    void refresh();

    // The parameters, as the next computation uses them.
    void setWindowDays(int days);
    void setAsOf(qint64 epochSeconds);
    int windowDays() const;
    qint64 asOf() const;

    bool isBusy() const;
    const segmentstats::RfmGrid *grid() const { return m_grid.get(); }
    ChartWidget *chart() const { return m_chart; }
    QTableView *cellTable() const { return m_table; }
    RfmCellModel *cellModel() const { return m_model; }
    // Lists the members of a grid position or of a named cell, as a click does.
    void selectPosition(int r, int fm);
    void selectCell(rfm::Cell cell);
    QPushButton *saveButton() const { return m_save; }

signals:
    void showMembersRequested(const QList<qint64> &memberRefs, const QString &caption);
    void saveMembersAsSegment(const QString &suggestedName, const QList<qint64> &memberRefs);
    // A computation finished (with data or an error).
    void computed();

private:
    QWidget *createToolbar();
    void scheduleCompute();
    void compute();
    void cancel();
    void finished();
    void chartPressed(QMouseEvent *event);
    void choose(const QList<qint64> &refs, const QString &title);
    QString dayText() const;

    Workspace *m_workspace = nullptr;
    QSpinBox *m_window = nullptr;
    QDateTimeEdit *m_asOf = nullptr;
    AnalysisStatus *m_status = nullptr;
    ChartWidget *m_chart = nullptr;
    QTableView *m_table = nullptr;
    RfmCellModel *m_model = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<analysis::Outcome<segmentstats::RfmGrid>> m_watcher;
    std::shared_ptr<QueryInterrupter> m_interrupter; // of the computation m_watcher watches
    std::shared_ptr<const segmentstats::RfmGrid> m_grid;
    QList<qint64> m_chosen;
    QString m_chosenTitle;
};

} // namespace siyu
