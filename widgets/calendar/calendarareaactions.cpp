// SPDX-License-Identifier: GPL-3.0-or-later
// The Content calendar's actions: plan, open, duplicate, shift and delete items; SOP series;
// iCalendar export and the week's plan on paper.
#include "models/calendar/contentseries.h"
#include "models/calendar/icalendar.h"
#include "models/common/sidefile.h"
#include "models/common/timeutil.h"
#include "models/items/contentcalendarmodel.h"
#include "models/items/contentcommands.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/calendar/calendararea.h"
#include "widgets/calendar/contentitemdialog.h"
#include "widgets/calendar/monthview.h"
#include "widgets/calendar/seriesdialog.h"
#include "widgets/calendar/weekplanprinter.h"
#include "widgets/calendar/weekview.h"
#include "widgets/members/counted.h"
#include "widgets/report/reportprinter.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

namespace siyu {

void CalendarArea::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newItem = make(tr("New Item…"), QKeySequence(tr("Ctrl+Shift+N")),
                     [this] { planItemAt(m_current, QTime(10, 0)); });
    m_newSeries = make(tr("New SOP Series…"), QKeySequence(), [this] { planSeries(); });
    m_open = make(tr("Open Item…"), QKeySequence(), [this] {
        if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
            openItem(ids.constFirst());
    });
    m_duplicate = make(tr("Duplicate"), QKeySequence(tr("Ctrl+D")),
                       [this] { duplicateItems(selectedIds()); });
    m_delete = make(tr("Delete"), QKeySequence(QKeySequence::Delete),
                    [this] { deleteItems(selectedIds()); });
    m_shift =
        make(tr("Shift by Days…"), QKeySequence(tr("Ctrl+Shift+D")), [this] { chooseShift(); });
    m_previous = make(tr("Previous"), QKeySequence(tr("Alt+Left")), [this] { showPrevious(); });
    m_next = make(tr("Next"), QKeySequence(tr("Alt+Right")), [this] { showNext(); });
    m_today = make(tr("Today"), QKeySequence(tr("Alt+Home")), [this] { showToday(); });
    for (int i = 0; i < 3; ++i) {
        const QString names[] = {tr("Month View"), tr("Week View"), tr("Agenda View")};
        make(names[i], QKeySequence(tr("Ctrl+%1").arg(i + 1)), [this, i] { setView(View(i)); });
    }
    m_export = make(tr("Export to iCalendar…"), QKeySequence(), [this] { chooseExportIcs(); });
    m_printPreview = make(tr("Print Preview of the Week's Plan…"), QKeySequence(),
                          [this] { printPreviewWeek(); });
    m_print = make(tr("Print the Week's Plan…"), QKeySequence(), [this] { printWeek(); });
    m_editSeries = make(tr("Edit Its Series…"), QKeySequence(), [this] {
        const QList<qint64> ids = selectedIds();
        const int row = ids.isEmpty() ? -1 : m_model->rowOf(ids.constFirst());
        if (row >= 0 && m_model->item(row).seriesRef > 0)
            editSeries(m_model->item(row).seriesRef);
    });
    // Deleting an occurrence is what skips it; said in so many words where it applies.
    m_skip =
        make(tr("Skip This Occurrence"), QKeySequence(), [this] { deleteItems(selectedIds()); });
    m_deleteSeries = make(tr("Delete Its Series…"), QKeySequence(), [this] {
        const QList<qint64> ids = selectedIds();
        const int row = ids.isEmpty() ? -1 : m_model->rowOf(ids.constFirst());
        if (row >= 0 && m_model->item(row).seriesRef > 0)
            deleteSeries(m_model->item(row).seriesRef);
    });
}

void CalendarArea::createMenu()
{
    m_menu = new QMenu(tr("&Calendar"), this);
    m_menu->addAction(m_newItem);
    m_menu->addAction(m_newSeries);
    m_seriesMenu = m_menu->addMenu(tr("Edit SOP Series"));
    connect(m_seriesMenu, &QMenu::aboutToShow, this, &CalendarArea::fillSeriesMenu);
    m_menu->addSeparator();
    for (QAction *action :
         {m_open, m_duplicate, m_shift, m_delete, m_editSeries, m_skip, m_deleteSeries})
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : {m_previous, m_next, m_today})
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : {m_export, m_printPreview, m_print})
        m_menu->addAction(action);
}

void CalendarArea::fillSeriesMenu()
{
    m_seriesMenu->clear();
    if (!m_workspace)
        return;
    auto all = SeriesRepository(*m_workspace).all();
    if (!all || all->empty()) {
        m_seriesMenu->addAction(tr("(no series yet)"))->setEnabled(false);
        return;
    }
    for (const ContentSeries &s : *all) {
        const qint64 id = s.id;
        m_seriesMenu->addAction(s.title, this, [this, id] { editSeries(id); });
    }
}

void CalendarArea::updateActions()
{
    const bool open = m_workspace != nullptr;
    const QList<qint64> ids = selectedIds();
    const int row = ids.isEmpty() ? -1 : m_model->rowOf(ids.constFirst());
    const bool inSeries = row >= 0 && m_model->item(row).seriesRef > 0;
    for (QAction *action : {m_newItem, m_newSeries, m_export, m_printPreview, m_print})
        action->setEnabled(open);
    for (QAction *action : {m_open, m_duplicate, m_delete, m_shift})
        action->setEnabled(open && !ids.isEmpty());
    m_editSeries->setEnabled(open && inSeries);
    m_skip->setEnabled(open && inSeries);
    m_deleteSeries->setEnabled(open && inSeries);
}

QList<qint64> CalendarArea::selectedIds() const
{
    if (m_view == View::Month)
        return m_month->selectedIds();
    if (m_view == View::Week)
        return m_week->selectedIds();
    QList<qint64> ids;
    if (m_agenda->selectionModel()) {
        for (const QModelIndex &index : m_agenda->selectionModel()->selectedRows())
            ids << index.data(ContentCalendarModel::IdRole).toLongLong();
    }
    return ids;
}

ContentItem CalendarArea::newItemAt(const QDate &day, const QTime &time) const
{
    ContentItem item;
    item.kind = QStringLiteral("article");
    item.status = QStringLiteral("draft");
    const QTime at = time.isValid() ? time : QTime(10, 0);
    item.scheduledAt = QDateTime(day, at, m_workspace->timeZone()).toSecsSinceEpoch();
    const ContentFilter f = filter();
    item.groupRef = f.groupRef;
    item.campaignRef = f.campaignRef;
    item.channel = f.channel;
    item.owner = f.owner;
    if (!f.kind.isEmpty())
        item.kind = f.kind;
    return item;
}

void CalendarArea::planItemAt(const QDate &day, const QTime &time)
{
    if (!m_workspace || !day.isValid())
        return;
    ContentItemDialog dialog(*m_workspace, ContentChoices::load(*m_workspace), newItemAt(day, time),
                             true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createItem(dialog.item(), dialog.groupRefs());
}

QList<qint64> CalendarArea::createItem(const ContentItem &item, const QList<qint64> &groupRefs)
{
    return m_editor ? m_editor->create(item, groupRefs) : QList<qint64>();
}

void CalendarArea::openItem(qint64 id)
{
    if (!m_workspace)
        return;
    auto found = ContentRepository(*m_workspace).find({id});
    if (!found || found->empty())
        return;
    ContentItemDialog dialog(*m_workspace, ContentChoices::load(*m_workspace), found->front(),
                             false, this);
    if (dialog.exec() == QDialog::Accepted)
        editItem(dialog.item());
}

bool CalendarArea::editItem(const ContentItem &item)
{
    return m_editor && m_editor->update(item);
}

void CalendarArea::duplicateItems(const QList<qint64> &ids)
{
    if (!m_editor || ids.isEmpty())
        return;
    const QList<qint64> copies = m_editor->duplicate(ids);
    if (!copies.isEmpty() && m_view != View::Agenda)
        (m_view == View::Month ? static_cast<CalendarGridView *>(m_month) : m_week)
            ->setSelectedIds(copies);
}

void CalendarArea::deleteItems(const QList<qint64> &ids)
{
    if (m_editor && !ids.isEmpty())
        m_editor->remove(ids);
}

bool CalendarArea::shiftSelected(int days)
{
    const QList<qint64> ids = selectedIds();
    if (!m_editor || ids.isEmpty())
        return false;
    if (!m_editor->shift(ids, days))
        return false;
    if (m_view != View::Agenda)
        (m_view == View::Month ? static_cast<CalendarGridView *>(m_month) : m_week)
            ->setSelectedIds(ids);
    return true;
}

void CalendarArea::chooseShift()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const int days = QInputDialog::getInt(
        this, tr("Shift items"),
        counted(ids.size(), tr("Move the selected item by this many days (negative: earlier):"),
                tr("Move the %1 selected items by this many days (negative: earlier):")),
        7, -365, 365, 1, &ok);
    if (ok)
        shiftSelected(days);
}

void CalendarArea::planSeries()
{
    if (!m_workspace)
        return;
    ContentSeries s;
    s.startsOn = m_current;
    s.endsOn = m_current.addDays(27);
    s.weekday = m_current.dayOfWeek();
    s.monthDay = m_current.day();
    s.kind = QStringLiteral("group_announcement");
    SeriesDialog dialog(*m_workspace, ContentChoices::load(*m_workspace), s, this);
    if (dialog.exec() == QDialog::Accepted)
        saveSeries(dialog.series());
}

void CalendarArea::editSeries(qint64 seriesRef)
{
    if (!m_workspace)
        return;
    auto state = SeriesRepository(*m_workspace).state(seriesRef);
    if (!state || !state->series)
        return;
    SeriesDialog dialog(*m_workspace, ContentChoices::load(*m_workspace), *state->series, this);
    auto *remove = new QPushButton(tr("Delete Series…"));
    if (auto *box = dialog.findChild<QDialogButtonBox *>())
        box->addButton(remove, QDialogButtonBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, &dialog, [&dialog] { dialog.done(2); });
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        saveSeries(dialog.series());
    else if (result == 2)
        deleteSeries(seriesRef);
}

qint64 CalendarArea::saveSeries(const ContentSeries &series)
{
    return m_editor ? m_editor->saveSeries(series) : 0;
}

bool CalendarArea::deleteSeries(qint64 seriesRef, std::optional<bool> keepPublished)
{
    if (!m_editor || !m_workspace)
        return false;
    if (!keepPublished) {
        auto state = SeriesRepository(*m_workspace).state(seriesRef);
        if (!state || !state->series)
            return false;
        const int published =
            int(std::count_if(state->items.begin(), state->items.end(),
                              [](const ContentSnapshot &s) { return s.item.isPublished(); }));
        QMessageBox box(
            QMessageBox::Question, tr("Delete series"),
            tr("Delete the series “%1” and the items it planned?").arg(state->series->title),
            QMessageBox::Cancel, this);
        box.setInformativeText(counted(published, tr("1 of its items is already published."),
                                       tr("%1 of its items are already published.")));
        QPushButton *keep = box.addButton(tr("Keep Published Items"), QMessageBox::AcceptRole);
        QPushButton *all = box.addButton(tr("Delete Them All"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep)
            keepPublished = true;
        else if (box.clickedButton() == all)
            keepPublished = false;
        else
            return false;
    }
    return m_editor->removeSeries(seriesRef, *keepPublished);
}

QString CalendarArea::exportIcs(const QString &path)
{
    if (!m_workspace)
        return tr("No workspace is open.");
    if (Status status = checkSideFile(tr("The calendar file"), path, m_workspace->path()); !status)
        return status.error().toString();
    SideFile file(path);
    Status status = file.open();
    if (status)
        status = file.write(icalendar::write(m_model->items(), QDateTime::currentSecsSinceEpoch(),
                                             m_workspace->displayName()));
    if (status)
        status = file.finish();
    return status ? QString() : status.error().toString();
}

void CalendarArea::chooseExportIcs()
{
    if (!m_workspace)
        return;
    const QString suggested = QFileInfo(m_workspace->path())
                                  .absoluteDir()
                                  .filePath(QFileInfo(m_workspace->path()).completeBaseName() +
                                            QStringLiteral("-calendar.ics"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to iCalendar"), suggested,
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const QString error = exportIcs(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export to iCalendar"), error);
    else
        emit statusMessage(
            counted(m_model->rowCount(), tr("Wrote 1 item to %2"), tr("Wrote %1 items to %2"))
                .arg(QFileInfo(path).fileName()));
}

WeekPlanPrinter CalendarArea::weekPlan(const QString &language) const
{
    const QDate monday = m_current.addDays(1 - m_current.dayOfWeek());
    const QTimeZone zone = m_workspace->timeZone();
    auto items = ContentRepository(*m_workspace)
                     .list(timeutil::startOfDay(monday, zone),
                           timeutil::startOfDay(monday.addDays(7), zone), filter());
    QString brand = settings::brandName.get(*m_workspace);
    if (brand.isEmpty())
        brand = m_workspace->displayName();
    return WeekPlanPrinter(items ? *items : std::vector<ContentItem>(), monday, zone, brand,
                           language);
}

QString CalendarArea::weekPlanHtml(const QString &language) const
{
    return m_workspace ? weekPlan(language).html() : QString();
}

void CalendarArea::printPreviewWeek()
{
    if (m_workspace)
        weekPlan(ReportPrinter::languageFor(*m_workspace)).preview(this);
}

void CalendarArea::printWeek()
{
    if (m_workspace)
        weekPlan(ReportPrinter::languageFor(*m_workspace)).print(this);
}

void CalendarArea::showContextMenu(const QPoint &globalPos)
{
    updateActions();
    QMenu menu(this);
    const bool any = !selectedIds().isEmpty();
    if (any) {
        for (QAction *action : {m_open, m_duplicate, m_shift, m_delete})
            menu.addAction(action);
        if (m_editSeries->isEnabled()) {
            menu.addSeparator();
            menu.addAction(m_editSeries);
            menu.addAction(m_skip);
            menu.addAction(m_deleteSeries);
        }
        menu.addSeparator();
    }
    menu.addAction(m_newItem);
    menu.addAction(m_newSeries);
    menu.exec(globalPos);
}

} // namespace siyu
