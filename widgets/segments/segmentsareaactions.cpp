// SPDX-License-Identifier: GPL-3.0-or-later
// The Segments area's actions on saved segments — save, freeze, rename, duplicate, delete,
// load, open in Members, export — kept apart from the builder, count and preview.
#include "models/items/ruletreemodel.h"
#include "models/items/savedsegmentmodel.h"
#include "models/items/segmentcommands.h"
#include "models/segments/segmentexport.h"
#include "models/store/workspace.h"
#include "widgets/segments/rulebuilder.h"
#include "widgets/segments/rulecounter.h"
#include "widgets/segments/segmentsarea.h"
#include "widgets/segments/segmentsizechart.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace siyu {

namespace {

// A segment's members at a time, its size recorded, on a connection of the worker's own.
struct Evaluation
{
    qint64 id = 0;
    QString name;
    QList<qint64> refs;
    QString error;
};

Evaluation evaluate(const QString &path, qint64 id, qint64 at)
{
    Evaluation out;
    out.id = id;
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!ws) {
        out.error = ws.error().toString();
        return out;
    }
    SegmentRepository repository(**ws);
    auto segment = repository.find(id);
    if (!segment) {
        out.error = segment.error().toString();
        return out;
    }
    out.name = segment->name;
    auto refs = repository.memberRefs(*segment, at);
    if (!refs) {
        out.error = refs.error().toString();
        return out;
    }
    out.refs = QList<qint64>(refs->begin(), refs->end());
    if (Status status = repository.recordSize(id, at, qint64(refs->size())); !status)
        out.error = status.error().toString();
    return out;
}

Result<qint64> exportCsv(const QString &path, qint64 id, const QString &file, bool unmasked)
{
    auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!ws)
        return ws.error();
    SegmentRepository repository(**ws);
    auto segment = repository.find(id);
    if (!segment)
        return segment.error();
    auto condition = repository.condition(*segment, QDateTime::currentSecsSinceEpoch());
    if (!condition)
        return condition.error();
    return segmentexport::writeCsv(**ws, *condition, file, id, unmasked);
}

} // namespace

void SegmentsArea::createActions()
{
    const auto make = [this](const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        return action;
    };
    m_newRuleAction = make(tr("New Rule"), tr("Start again from an empty rule"));
    connect(m_newRuleAction, &QAction::triggered, this, [this] {
        m_builder->setRuleJson(QJsonObject{{QStringLiteral("all"), QJsonArray()}});
    });
    m_saveAction = make(tr("Save Segment…"),
                        tr("Save the rule as a dynamic segment, counted again whenever it is used "
                           "(Ctrl+S)"));
    m_saveAction->setShortcut(QKeySequence(tr("Ctrl+S")));
    connect(m_saveAction, &QAction::triggered, this,
            [this] { chooseSave(Segment::Kind::Dynamic); });
    addAction(m_saveAction);
    m_freezeAction = make(tr("Freeze as Static Segment…"),
                          tr("Save the members the rule matches now as a fixed list "
                             "(Ctrl+Shift+S)"));
    m_freezeAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(m_freezeAction, &QAction::triggered, this,
            [this] { chooseSave(Segment::Kind::Static); });
    addAction(m_freezeAction);
    m_focusJsonAction =
        make(tr("Edit Rule as JSON"), tr("Show the rule as JSON and edit it (Ctrl+J)"));
    m_focusJsonAction->setShortcut(QKeySequence(tr("Ctrl+J")));
    connect(m_focusJsonAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_bottomTabs->setCurrentWidget(m_builder->jsonPane());
        m_builder->jsonEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(m_focusJsonAction);
    m_findAction = make(tr("Find Segment"), tr("Find a saved segment by name"));
    connect(m_findAction, &QAction::triggered, this, &SegmentsArea::focusSearch);

    m_loadAction = make(tr("Load"), tr("Put a dynamic segment's rule into the builder; show a "
                                       "static segment's members (Enter)"));
    connect(m_loadAction, &QAction::triggered, this, [this] { loadSegment(currentSegment()); });
    m_openAction =
        make(tr("Open in Members"), tr("Show the segment's members in the Members area"));
    connect(m_openAction, &QAction::triggered, this,
            [this] { openSegmentInMembers(currentSegment()); });
    m_exportAction = make(tr("Export…"), tr("Write the segment's members to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &SegmentsArea::chooseExport);
    m_evaluateAction = make(tr("Count Now"), tr("Count the segment now and record its size"));
    connect(m_evaluateAction, &QAction::triggered, this,
            [this] { evaluateSegment(currentSegment()); });
    m_renameAction = make(tr("Rename…"), tr("Rename the segment (F2)"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_renameAction, &QAction::triggered, this, &SegmentsArea::chooseRename);
    m_duplicateAction = make(tr("Duplicate Segment"), tr("Save a copy of the segment (Ctrl+D)"));
    m_duplicateAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_duplicateAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_duplicateAction, &QAction::triggered, this,
            [this] { duplicateSegment(currentSegment()); });
    m_deleteAction =
        make(tr("Delete Segment"), tr("Delete the segment (Del). Undo brings it back."));
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &SegmentsArea::chooseDelete);
}

void SegmentsArea::createMenu()
{
    for (QAction *action : {m_loadAction, m_openAction, m_exportAction, m_evaluateAction,
                            m_renameAction, m_duplicateAction, m_deleteAction})
        m_savedView->addAction(action);
    m_menu = new QMenu(tr("&Segments"), this);
    m_menu->addAction(m_newRuleAction);
    for (QAction *action : m_builder->actions())
        m_menu->addAction(action);
    m_menu->addAction(m_focusJsonAction);
    m_menu->addSeparator();
    m_menu->addAction(m_saveAction);
    m_menu->addAction(m_freezeAction);
    m_menu->addSeparator();
    m_menu->addAction(m_findAction);
    for (QAction *action : {m_loadAction, m_openAction, m_exportAction, m_evaluateAction,
                            m_renameAction, m_duplicateAction, m_deleteAction})
        m_menu->addAction(action);
}

void SegmentsArea::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool valid = open && m_builder->model()->isValid();
    m_saveAction->setEnabled(valid);
    m_freezeAction->setEnabled(valid && hasCurrentCount());
    const bool chosen = currentSegment() > 0;
    for (QAction *action : {m_loadAction, m_openAction, m_exportAction, m_evaluateAction,
                            m_renameAction, m_duplicateAction, m_deleteAction})
        action->setEnabled(chosen && m_busy == 0);
    m_newRuleAction->setEnabled(open);
}

// ---- saved segments -----------------------------------------------------------------------

qint64 SegmentsArea::currentSegment() const
{
    if (!m_saved || !m_savedView->selectionModel())
        return 0;
    const QModelIndex index = m_savedView->selectionModel()->currentIndex();
    return index.isValid()
               ? m_savedProxy->data(index, SavedSegmentModel::SegmentIdRole).toLongLong()
               : 0;
}

void SegmentsArea::selectSegment(qint64 id)
{
    if (!m_saved)
        return;
    const int row = m_saved->rowOf(id);
    const QModelIndex index = m_savedProxy->mapFromSource(m_saved->index(row, 0));
    if (row >= 0 && index.isValid())
        m_savedView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    else
        m_savedView->selectionModel()->clear();
    segmentChosen();
}

void SegmentsArea::segmentChosen()
{
    showSizes(currentSegment());
    updateActions();
}

void SegmentsArea::showSizes(qint64 id)
{
    if (!m_editor || id <= 0) {
        m_chartTitle->setText(tr("Size over time"));
        m_chart->showMessage(m_saved && m_saved->rowCount() == 0 ? tr("Saved segments appear here")
                                                                 : tr("Choose a segment"));
        return;
    }
    const SegmentSummary *summary = m_saved->summaryAt(m_saved->rowOf(id));
    m_chartTitle->setText(
        tr("Size over time: %1").arg(summary ? summary->segment.name : QString()));
    auto sizes = m_editor->repository().sizeHistory(id);
    if (!sizes) {
        m_chart->showMessage(sizes.error().message);
        return;
    }
    m_chart->showSizes(*sizes);
}

void SegmentsArea::segmentsChanged(qint64 id)
{
    const qint64 keep = id > 0 ? id : currentSegment();
    m_saved->reload();
    selectSegment(keep);
}

void SegmentsArea::chooseSave(Segment::Kind kind)
{
    if (!m_editor)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, kind == Segment::Kind::Static ? tr("Freeze as Static Segment") : tr("Save Segment"),
        kind == Segment::Kind::Static
            ? tr("Name of the static segment (its members as they are now):")
            : tr("Name of the segment (counted again whenever it is used):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveRuleAs(name, kind);
}

qint64 SegmentsArea::saveRuleAs(const QString &name, Segment::Kind kind)
{
    if (!m_editor)
        return 0;
    auto rule = m_builder->model()->rule();
    if (!rule) {
        reportError(tr("The rule is not complete: %1").arg(rule.error().message));
        return 0;
    }
    std::optional<SegmentSize> size;
    if (hasCurrentCount())
        size = SegmentSize{asOf(), qint64(m_counter->refs().size())};
    if (kind == Segment::Kind::Dynamic) {
        const qint64 id = m_editor->addDynamic(name, *rule, size);
        if (id > 0)
            emit statusMessage(tr("Saved the segment “%1”.").arg(name.trimmed()));
        return id;
    }
    if (!hasCurrentCount()) {
        reportError(tr("Wait until the members are counted, then freeze them."));
        return 0;
    }
    const qint64 id = m_editor->addStatic(name, m_counter->refs(), rule->toJsonText(), size);
    if (id > 0)
        emit statusMessage(tr("Saved the %1 as the static segment “%2”.")
                               .arg(size->size == 1
                                        ? tr("1 member")
                                        : tr("%1 members").arg(QLocale().toString(size->size)),
                                    name.trimmed()));
    return id;
}

qint64 SegmentsArea::createStaticSegment(const QString &name, const QList<qint64> &memberRefs)
{
    if (!m_editor)
        return 0;
    const std::vector<qint64> refs(memberRefs.begin(), memberRefs.end());
    return m_editor->addStatic(
        name, refs, QString(),
        SegmentSize{QDateTime::currentSecsSinceEpoch(), qint64(refs.size())});
}

void SegmentsArea::saveMembersAsSegment(const QString &suggestedName,
                                        const QList<qint64> &memberRefs)
{
    if (!m_editor)
        return;
    auto name =
        m_editor->repository().unusedName(suggestedName.isEmpty() ? tr("Members") : suggestedName);
    bool ok = false;
    const QString chosen = QInputDialog::getText(
        this, tr("Save as Static Segment"),
        tr("Name of the static segment (%1):")
            .arg(memberRefs.size() == 1
                     ? tr("1 member")
                     : tr("%1 members").arg(QLocale().toString(memberRefs.size()))),
        QLineEdit::Normal, name ? *name : suggestedName, &ok);
    if (!ok || chosen.trimmed().isEmpty())
        return;
    if (createStaticSegment(chosen, memberRefs) > 0)
        emit statusMessage(tr("Saved the static segment “%1”.").arg(chosen.trimmed()));
}

void SegmentsArea::chooseRename()
{
    const qint64 id = currentSegment();
    const SegmentSummary *summary = m_saved ? m_saved->summaryAt(m_saved->rowOf(id)) : nullptr;
    if (!summary)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Segment"), tr("New name:"),
                                               QLineEdit::Normal, summary->segment.name, &ok);
    if (ok && !name.trimmed().isEmpty())
        renameSegment(id, name);
}

bool SegmentsArea::renameSegment(qint64 id, const QString &name)
{
    return m_editor && m_editor->rename(id, name);
}

qint64 SegmentsArea::duplicateSegment(qint64 id)
{
    return m_editor && id > 0 ? m_editor->duplicate(id) : 0;
}

void SegmentsArea::chooseDelete()
{
    const qint64 id = currentSegment();
    if (deleteSegment(id))
        emit statusMessage(tr("Deleted the segment. Undo brings it back."));
}

bool SegmentsArea::deleteSegment(qint64 id)
{
    return m_editor && id > 0 && m_editor->remove(id);
}

void SegmentsArea::loadSegment(qint64 id)
{
    if (!m_saved || id <= 0)
        return;
    const SegmentSummary *summary = m_saved->summaryAt(m_saved->rowOf(id));
    if (!summary)
        return;
    if (summary->segment.kind == Segment::Kind::Static) {
        openSegmentInMembers(id);
        return;
    }
    const QJsonDocument rule = QJsonDocument::fromJson(summary->segment.rule.toUtf8());
    m_builder->setRuleJson(rule.object());
    emit statusMessage(tr("The rule of “%1” is in the builder.").arg(summary->segment.name));
}

void SegmentsArea::openSegmentInMembers(qint64 id)
{
    if (!m_workspace || id <= 0 || m_busy > 0)
        return;
    ++m_busy;
    updateActions();
    emit statusMessage(tr("Counting the segment…"));
    auto *watcher = new QFutureWatcher<Evaluation>(this);
    connect(watcher, &QFutureWatcher<Evaluation>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_busy;
        const Evaluation result = watcher->result();
        if (!result.error.isEmpty())
            reportError(result.error);
        if (m_saved)
            segmentsChanged(result.id);
        if (result.error.isEmpty() || !result.refs.isEmpty()) {
            emit segmentEvaluated(result.id, result.refs.size());
            emit showMembersRequested(result.refs, tr("Segment “%1”").arg(result.name));
        }
        updateActions();
    });
    watcher->setFuture(
        QtConcurrent::run(evaluate, m_workspace->path(), id, QDateTime::currentSecsSinceEpoch()));
}

void SegmentsArea::evaluateSegment(qint64 id)
{
    if (!m_workspace || id <= 0 || m_busy > 0)
        return;
    ++m_busy;
    updateActions();
    auto *watcher = new QFutureWatcher<Evaluation>(this);
    connect(watcher, &QFutureWatcher<Evaluation>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_busy;
        const Evaluation result = watcher->result();
        if (!result.error.isEmpty())
            reportError(result.error);
        else
            emit statusMessage(
                tr("“%1” has %2.")
                    .arg(result.name,
                         result.refs.size() == 1
                             ? tr("1 member")
                             : tr("%1 members").arg(QLocale().toString(result.refs.size()))));
        if (m_saved)
            segmentsChanged(result.id);
        emit segmentEvaluated(result.id, result.refs.size());
        updateActions();
    });
    watcher->setFuture(
        QtConcurrent::run(evaluate, m_workspace->path(), id, QDateTime::currentSecsSinceEpoch()));
}

void SegmentsArea::chooseExport()
{
    const qint64 id = currentSegment();
    const SegmentSummary *summary = m_saved ? m_saved->summaryAt(m_saved->rowOf(id)) : nullptr;
    if (!summary)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Segment"));
    auto *text = new QLabel(tr("Write the members of “%1” to a CSV file. Phone numbers and "
                               "email addresses are masked.")
                                .arg(summary->segment.name));
    text->setWordWrap(true);
    auto *unmask = new QCheckBox(tr("Unmask phone and email (the audit log records that you "
                                    "did)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(unmask);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Segment"),
        QDir(folder).filePath(summary->segment.name + QStringLiteral(".csv")),
        tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportSegment(id, path, unmask->isChecked());
}

void SegmentsArea::exportSegment(qint64 id, const QString &path, bool unmasked)
{
    if (!m_workspace || id <= 0 || m_busy > 0)
        return;
    ++m_busy;
    updateActions();
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_busy;
        updateActions();
        const Result<qint64> result = watcher->result();
        if (result) {
            emit statusMessage(tr("Exported %1 to %2.")
                                   .arg(*result == 1
                                            ? tr("1 member")
                                            : tr("%1 members").arg(QLocale().toString(*result)),
                                        QFileInfo(path).fileName()));
            emit exportFinished(*result, QString());
            return;
        }
        reportError(tr("The segment could not be exported: %1").arg(result.error().toString()));
        emit exportFinished(0, result.error().toString());
    });
    watcher->setFuture(QtConcurrent::run(exportCsv, m_workspace->path(), id, path, unmasked));
}

} // namespace siyu
