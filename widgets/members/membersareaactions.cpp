// SPDX-License-Identifier: GPL-3.0-or-later
// The Members area's everyday actions — add a member, bulk edits of the selection, export —
// kept apart from the list and its filters in membersarea.cpp.
#include "models/items/membereditor.h"
#include "models/items/memberexport.h"
#include "models/items/membertablemodel.h"
#include "models/segments/lifecycle.h"
#include "models/store/workspace.h"
#include "widgets/members/counted.h"
#include "widgets/members/memberdetailpane.h"
#include "widgets/members/memberfilterbar.h"
#include "widgets/members/membersarea.h"
#include "widgets/members/newmemberdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPromise>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace siyu {

void MembersArea::createBulkActions()
{
    m_newAction = new QAction(tr("New Member…"), this);
    m_newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newAction->setToolTip(tr("Add a member by hand (Undo removes them again)"));
    connect(m_newAction, &QAction::triggered, this, &MembersArea::newMember);
    addAction(m_newAction);

    m_tagAction = new QAction(tr("Add Tag…"), this);
    m_tagAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_tagAction->setToolTip(tr("Give the selected members a tag"));
    connect(m_tagAction, &QAction::triggered, this, [this] { chooseTag(true); });
    addAction(m_tagAction);
    m_untagAction = new QAction(tr("Remove Tag…"), this);
    m_untagAction->setToolTip(tr("Take a tag from the selected members"));
    connect(m_untagAction, &QAction::triggered, this, [this] { chooseTag(false); });
    m_staffAction = new QAction(tr("Set Staff…"), this);
    m_staffAction->setToolTip(tr("Choose the staff member who owns the selected members"));
    connect(m_staffAction, &QAction::triggered, this, &MembersArea::chooseStaff);
    m_stageAction = new QAction(tr("Set Lifecycle Stage…"), this);
    m_stageAction->setToolTip(tr("Set the lifecycle stage of the selected members by hand, or "
                                 "let it be computed again"));
    connect(m_stageAction, &QAction::triggered, this, &MembersArea::chooseStage);

    m_exportAction = new QAction(tr("Export List…"), this);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(tr("Write the list as shown — filters, columns, order — to Excel "
                                  "or CSV (contact details masked unless unmasked)"));
    connect(m_exportAction, &QAction::triggered, this, [this] { chooseExport(false); });
    addAction(m_exportAction);
    m_exportSelectionAction = new QAction(tr("Export Selected…"), this);
    m_exportSelectionAction->setToolTip(tr("Write the selected members to Excel or CSV"));
    connect(m_exportSelectionAction, &QAction::triggered, this, [this] { chooseExport(true); });
}

void MembersArea::createMenu()
{
    m_menu = new QMenu(tr("&Members"), this);
    m_menu->addAction(m_newAction);
    m_menu->addSeparator();
    m_menu->addAction(m_tagAction);
    m_menu->addAction(m_untagAction);
    m_menu->addAction(m_staffAction);
    m_menu->addAction(m_stageAction);
    m_menu->addSeparator();
    m_menu->addAction(m_exportAction);
    m_menu->addAction(m_exportSelectionAction);
    m_menu->addSeparator();
    m_menu->addAction(m_unmaskAction);
    m_menu->addAction(m_deleteAction);
    m_menu->addAction(m_restoreAction);
    m_menu->addAction(m_eraseAction);
}

bool MembersArea::focusSearch()
{
    if (!m_search->isEnabled())
        return false;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void MembersArea::listMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    updateActions();
    QMenu menu(this);
    const int selected = selectedCount();
    if (selected > 1) {
        QAction *title =
            menu.addAction(tr("%1 members selected").arg(QLocale().toString(selected)));
        title->setEnabled(false);
        menu.addSeparator();
    }
    for (QAction *action : {m_tagAction, m_untagAction, m_staffAction, m_stageAction}) {
        if (action->isVisible())
            menu.addAction(action);
    }
    menu.addSeparator();
    menu.addAction(m_exportSelectionAction);
    menu.addSeparator();
    for (QAction *action : {m_deleteAction, m_restoreAction, m_eraseAction}) {
        if (action->isVisible())
            menu.addAction(action);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- adding -------------------------------------------------------------------------------

void MembersArea::newMember()
{
    if (!m_editor)
        return;
    auto staff = m_editor->repository().staff();
    auto sources = m_editor->repository().sources();
    NewMemberDialog dialog(
        staff ? *staff : QVector<MemberChoice>(), sources ? *sources : QStringList(),
        m_workspace->timeZone(), [this](const NewMember &member) { return addMember(member); },
        this);
    dialog.exec();
}

QString MembersArea::addMember(const NewMember &member)
{
    if (!m_editor)
        return tr("No workspace is open.");
    QString error;
    m_collectedError = &error;
    const qint64 ref = m_editor->addMember(member);
    m_collectedError = nullptr;
    if (ref <= 0)
        return error.isEmpty() ? tr("The member could not be added.") : error;
    // The new member is shown, whatever the filters: they were added to be seen.
    if (m_model->rowOf(ref) < 0) {
        m_search->clear();
        m_filterBar->clear();
        m_refs.reset();
        applyFilter();
    }
    afterListChanged(ref);
    emit statusMessage(tr("Added a member. Undo removes them again."));
    return {};
}

// ---- bulk edits ---------------------------------------------------------------------------

void MembersArea::chooseTag(bool attach)
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor)
        return;
    auto tags = m_editor->repository().tagNames();
    bool ok = false;
    const QString label = attach ? tr("Tag for the %1 selected members (an existing tag or a new "
                                      "one):")
                                 : tr("Tag to take from the %1 selected members:");
    const QString tag = QInputDialog::getItem(this, attach ? tr("Add Tag") : tr("Remove Tag"),
                                              label.arg(QLocale().toString(refs.size())),
                                              tags ? *tags : QStringList(), 0, attach, &ok);
    if (!ok || tag.trimmed().isEmpty())
        return;
    if (attach)
        addTagToSelected(tag);
    else
        removeTagFromSelected(tag);
}

bool MembersArea::addTagToSelected(const QString &tag)
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor || !m_editor->addTag(refs, tag))
        return false;
    emit statusMessage(tr("Tagged the selected members “%1”.").arg(tag.trimmed()));
    return true;
}

bool MembersArea::removeTagFromSelected(const QString &tag)
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor || !m_editor->removeTag(refs, tag))
        return false;
    emit statusMessage(tr("Took the tag “%1” from the selected members.").arg(tag.trimmed()));
    return true;
}

void MembersArea::chooseStaff()
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor)
        return;
    auto staff = m_editor->repository().staff();
    QStringList names{tr("(nobody)")};
    if (staff) {
        for (const MemberChoice &choice : *staff)
            names << choice.name;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Set Staff"),
        tr("Staff member who owns the %1 selected members:").arg(QLocale().toString(refs.size())),
        names, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(names.indexOf(chosen));
    setStaffOfSelected(index <= 0 || !staff ? QVariant() : QVariant(staff->at(index - 1).ref));
}

bool MembersArea::setStaffOfSelected(const QVariant &staffRef)
{
    const QList<qint64> refs = selectedRefs();
    return !refs.isEmpty() && m_editor && m_editor->setField(refs, MemberField::Staff, staffRef);
}

void MembersArea::chooseStage()
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor)
        return;
    QStringList names{tr("Computed from activity (no stage set by hand)")};
    const QStringList stages = lifecycle::stageKeys();
    for (const QString &stage : stages)
        names << MemberTableModel::stageTitle(stage);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Set Lifecycle Stage"),
        tr("Lifecycle stage of the %1 selected members. A stage set by hand stays until it is "
           "set to computed again.")
            .arg(QLocale().toString(refs.size())),
        names, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(names.indexOf(chosen));
    setStageOfSelected(index <= 0 ? QString() : stages.at(index - 1));
}

bool MembersArea::setStageOfSelected(const QString &stage)
{
    const QList<qint64> refs = selectedRefs();
    return !refs.isEmpty() && m_editor &&
           m_editor->setField(refs, MemberField::StageOverride,
                              stage.isEmpty() ? QVariant() : QVariant(stage));
}

void MembersArea::afterBulkEdit(const QList<qint64> &refs)
{
    const MemberFilter &filter = m_model->filter();
    // A list filtered by what changed shows other members now.
    if (!filter.tag.isEmpty() || filter.staffRef || !filter.stage.isEmpty())
        reloadModel(currentRef());
    else
        m_model->refreshMembers(refs);
    if (refs.contains(m_detail->currentMember()))
        m_detail->reload();
    if (auto tags = m_editor->repository().tagNames(); tags) {
        m_filterBar->setTagNames(*tags);
        m_detail->setTagNames(*tags);
    }
}

// ---- export -------------------------------------------------------------------------------

void MembersArea::chooseExport(bool selectionOnly)
{
    if (!m_model || m_exporting)
        return;
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file (*.csv)");
    QString filter = excel;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, selectionOnly ? tr("Export Selected Members") : tr("Export Member List"),
        QDir(folder).filePath(tr("members") + QStringLiteral(".xlsx")),
        excel + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportList(target, selectionOnly);
}

void MembersArea::exportList(const QString &path, bool selectionOnly)
{
    if (!m_model || m_exporting)
        return;
    memberexport::Request request;
    request.filter = m_model->filter();
    if (selectionOnly)
        request.filter.refs = selectedRefs();
    request.sortColumn = m_model->sortColumn();
    request.order = m_model->sortOrder();
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            request.columns << column;
    }
    request.unmasked = m_model->isUnmasked();
    request.format = memberexport::formatOf(path);
    request.path = path;
    const qint64 rows = selectionOnly ? request.filter.refs->size() : m_model->rowCount();

    m_exporting = true;
    updateActions();
    auto *progress = new QProgressDialog(
        tr("Exporting %1…").arg(counted(rows, tr("1 member"), tr("%1 members"))), tr("Cancel"), 0,
        100, this);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(600); // only a large list shows it
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    // A flag rather than QFuture::cancel: the worker's result (a file written, or not) always
    // arrives, however late the user cancels.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    connect(
        watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, progress, path] {
            progress->deleteLater();
            watcher->deleteLater();
            m_exporting = false;
            updateActions();
            const QFuture<Result<qint64>> future = watcher->future();
            const Result<qint64> result =
                future.resultCount() > 0 ? future.result()
                                         : Result<qint64>(makeError(QStringLiteral("cancelled")));
            if (result) {
                emit statusMessage(tr("Exported %1 to %2.")
                                       .arg(counted(*result, tr("1 member"), tr("%1 members")),
                                            QFileInfo(path).fileName()));
                emit exportFinished(*result, QString());
                return;
            }
            const QString message = result.error().message;
            if (message == QLatin1String("cancelled"))
                emit statusMessage(tr("The export was cancelled; no file was written."));
            else
                reportError(tr("The member list could not be exported: %1").arg(message));
            emit exportFinished(0, message);
        });
    const QString workspacePath = m_workspace->path();
    // The worker reads and writes through a connection of its own (one per thread).
    watcher->setFuture(
        QtConcurrent::run([workspacePath, request, cancel](QPromise<Result<qint64>> &promise) {
            auto ws = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
            if (!ws) {
                promise.addResult(Result<qint64>(ws.error()));
                return;
            }
            promise.setProgressRange(0, 100);
            promise.addResult(memberexport::write(**ws, request, [&promise, cancel](int percent) {
                promise.setProgressValue(percent);
                return !*cancel;
            }));
        }));
}

} // namespace siyu
