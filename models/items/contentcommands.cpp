// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/contentcommands.h"

#include "models/calendar/contentrepository.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdlib>

namespace siyu {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("siyu::ContentEditor", source);
}

// What a label says of one item or several.
QString about(const std::vector<ContentSnapshot> &items)
{
    return items.size() == 1
               ? items.front().item.title
               : QCoreApplication::translate("siyu::ContentEditor", "%1 items").arg(items.size());
}

} // namespace

ContentEditor::ContentEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{}

bool ContentEditor::push(QUndoCommand *command)
{
    const auto failed = [command] {
        if (auto *c = dynamic_cast<ChangeContentCommand *>(command))
            return c->failed();
        if (auto *c = dynamic_cast<ChangeSeriesCommand *>(command))
            return c->failed();
        return false;
    };
    if (m_undoStack) {
        m_undoStack->push(command);
        const int index = m_undoStack->index() - 1;
        return index >= 0 && m_undoStack->command(index) == command && !failed();
    }
    command->redo();
    const bool ok = !failed();
    delete command;
    return ok;
}

Result<std::vector<ContentSnapshot>> ContentEditor::load(const QList<qint64> &ids)
{
    return ContentRepository(m_workspace).snapshots(ids);
}

bool ContentEditor::change(std::vector<ContentSnapshot> before, std::vector<ContentSnapshot> after,
                           const QString &label)
{
    return push(new ChangeContentCommand(this, std::move(before), std::move(after), label));
}

QList<qint64> ContentEditor::create(ContentItem item, const QList<qint64> &groupRefs)
{
    item.title = item.title.trimmed();
    if (item.title.isEmpty()) {
        emit errorOccurred(tr("A content item needs a title."));
        return {};
    }
    auto next = ContentRepository(m_workspace).nextId();
    if (!next) {
        emit errorOccurred(next.error().toString());
        return {};
    }
    const QList<qint64> groups = groupRefs.isEmpty() ? QList<qint64>{item.groupRef} : groupRefs;
    std::vector<ContentSnapshot> created;
    QList<qint64> ids;
    qint64 id = *next;
    for (qint64 group : groups) {
        ContentItem copy = item;
        copy.id = id++;
        copy.contentId = ContentRepository::newContentId(copy.id);
        copy.groupRef = group;
        ids << copy.id;
        created.push_back({copy, {}});
    }
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Plan “%1”"));
    if (!change({}, std::move(created), label.arg(item.title)))
        return {};
    return ids;
}

bool ContentEditor::update(const ContentItem &item)
{
    auto before = load({item.id});
    if (!before || before->empty()) {
        emit errorOccurred(before ? tr("The item no longer exists.") : before.error().toString());
        return false;
    }
    ContentSnapshot after = before->front();
    after.item = item;
    after.item.title = item.title.trimmed();
    if (after.item.title.isEmpty()) {
        emit errorOccurred(tr("A content item needs a title."));
        return false;
    }
    after.item.detached = item.seriesRef > 0;
    if (after.item.sameStored(before->front().item))
        return true;
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Edit “%1”"));
    return change(std::move(*before), {after}, label.arg(after.item.title));
}

QList<qint64> ContentEditor::duplicate(const QList<qint64> &ids)
{
    auto sources = load(ids);
    auto next = ContentRepository(m_workspace).nextId();
    if (!sources || !next) {
        emit errorOccurred(!sources ? sources.error().toString() : next.error().toString());
        return {};
    }
    std::vector<ContentSnapshot> copies;
    QList<qint64> created;
    qint64 id = *next;
    for (const ContentSnapshot &source : *sources) {
        ContentItem copy = source.item;
        copy.id = id++;
        copy.contentId = ContentRepository::newContentId(copy.id);
        copy.status = copy.isPublished() ? QStringLiteral("draft") : copy.status;
        copy.metrics = {};
        copy.seriesRef = 0;
        copy.seriesDay.clear();
        copy.detached = false;
        created << copy.id;
        copies.push_back({copy, {}});
    }
    if (copies.empty())
        return {};
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Duplicate %1"));
    if (!change({}, copies, label.arg(about(copies))))
        return {};
    return created;
}

bool ContentEditor::remove(const QList<qint64> &ids)
{
    auto before = load(ids);
    if (!before) {
        emit errorOccurred(before.error().toString());
        return false;
    }
    if (before->empty())
        return false;
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Delete %1"));
    const QString what = about(*before);
    return change(std::move(*before), {}, label.arg(what));
}

bool ContentEditor::moveToDay(qint64 id, const QDate &day)
{
    auto before = load({id});
    if (!before || before->empty())
        return false;
    const QTimeZone zone = m_workspace.timeZone();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(before->front().item.scheduledAt, zone);
    return reschedule(id, QDateTime(day, at.time(), zone).toSecsSinceEpoch());
}

bool ContentEditor::reschedule(qint64 id, qint64 at)
{
    auto before = load({id});
    if (!before || before->empty()) {
        emit errorOccurred(before ? tr("The item no longer exists.") : before.error().toString());
        return false;
    }
    if (before->front().item.scheduledAt == at)
        return true;
    ContentSnapshot after = before->front();
    after.item.scheduledAt = at;
    after.item.detached = after.item.seriesRef > 0;
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Reschedule “%1”"));
    return change(std::move(*before), {after}, label.arg(after.item.title));
}

bool ContentEditor::shift(const QList<qint64> &ids, int days)
{
    if (days == 0 || ids.isEmpty())
        return true;
    auto before = load(ids);
    if (!before) {
        emit errorOccurred(before.error().toString());
        return false;
    }
    const QTimeZone zone = m_workspace.timeZone();
    std::vector<ContentSnapshot> after = *before;
    for (ContentSnapshot &s : after) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(s.item.scheduledAt, zone);
        s.item.scheduledAt = QDateTime(at.date().addDays(days), at.time(), zone).toSecsSinceEpoch();
        s.item.detached = s.item.seriesRef > 0;
    }
    const QString label =
        (std::abs(days) == 1
             ? text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Shift %1 by %2 day"))
             : text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Shift %1 by %2 days")))
            .arg(about(after))
            .arg(days);
    return change(std::move(*before), std::move(after), label);
}

qint64 ContentEditor::saveSeries(ContentSeries s)
{
    s.title = s.title.trimmed();
    if (s.title.isEmpty()) {
        emit errorOccurred(tr("A series needs a title."));
        return 0;
    }
    if (!s.startsOn.isValid() || !s.endsOn.isValid() || s.endsOn < s.startsOn) {
        emit errorOccurred(tr("A series needs a first day and a horizon after it."));
        return 0;
    }
    SeriesRepository series(m_workspace);
    if (s.id == 0) {
        auto id = series.nextId();
        if (!id) {
            emit errorOccurred(id.error().toString());
            return 0;
        }
        s.id = *id;
    }
    auto current = series.state(s.id);
    auto firstFree = ContentRepository(m_workspace).nextId();
    if (!current || !firstFree) {
        emit errorOccurred(!current ? current.error().toString() : firstFree.error().toString());
        return 0;
    }
    auto target = series.plan(s, *current, *firstFree);
    if (!target) {
        emit errorOccurred(target.error().toString());
        return 0;
    }
    const QString label = current->series
                              ? text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Edit series “%1”"))
                              : text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Plan series “%1”"));
    const qint64 id = s.id;
    if (!push(new ChangeSeriesCommand(this, id, std::move(*current), std::move(*target),
                                      label.arg(s.title))))
        return 0;
    return id;
}

bool ContentEditor::removeSeries(qint64 id, bool keepPublished)
{
    auto current = SeriesRepository(m_workspace).state(id);
    if (!current || !current->series) {
        emit errorOccurred(current ? tr("The series no longer exists.")
                                   : current.error().toString());
        return false;
    }
    SeriesState target = SeriesRepository::planRemoval(*current, keepPublished);
    const QString label = text(QT_TRANSLATE_NOOP("siyu::ContentEditor", "Delete series “%1”"))
                              .arg(current->series->title);
    return push(new ChangeSeriesCommand(this, id, std::move(*current), std::move(target), label));
}

Status ContentEditor::applyItems(const std::vector<ContentSnapshot> &from,
                                 const std::vector<ContentSnapshot> &to)
{
    return ContentRepository(m_workspace).apply(from, to);
}

Status ContentEditor::applySeries(qint64 id, const SeriesState &from, const SeriesState &to)
{
    return SeriesRepository(m_workspace).apply(id, from, to);
}

// ---- commands ---------------------------------------------------------------------------------

ChangeContentCommand::ChangeContentCommand(ContentEditor *editor,
                                           std::vector<ContentSnapshot> before,
                                           std::vector<ContentSnapshot> after, const QString &text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{}

void ChangeContentCommand::apply(const std::vector<ContentSnapshot> &from,
                                 const std::vector<ContentSnapshot> &to)
{
    if (!m_editor)
        return;
    if (Status status = m_editor->applyItems(from, to); !status) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(status.error().toString());
        return;
    }
    m_editor->notify();
}

void ChangeContentCommand::redo()
{
    apply(m_before, m_after);
}

void ChangeContentCommand::undo()
{
    apply(m_after, m_before);
}

ChangeSeriesCommand::ChangeSeriesCommand(ContentEditor *editor, qint64 id, SeriesState before,
                                         SeriesState after, const QString &text)
    : QUndoCommand(text), m_editor(editor), m_id(id), m_before(std::move(before)),
      m_after(std::move(after))
{}

void ChangeSeriesCommand::apply(const SeriesState &from, const SeriesState &to)
{
    if (!m_editor)
        return;
    if (Status status = m_editor->applySeries(m_id, from, to); !status) {
        m_failed = true;
        setObsolete(true);
        m_editor->reportError(status.error().toString());
        return;
    }
    m_editor->notify();
}

void ChangeSeriesCommand::redo()
{
    apply(m_before, m_after);
}

void ChangeSeriesCommand::undo()
{
    apply(m_after, m_before);
}

} // namespace siyu
