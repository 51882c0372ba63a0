// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/calendar/contentseries.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <vector>

namespace siyu {

class Workspace;

// The one way the calendar changes content items and SOP series: each change is a command on
// the workspace's undo stack that writes in one transaction (ContentRepository::apply,
// SeriesRepository::apply). Views listen to contentChanged().
class ContentEditor : public QObject
{
    Q_OBJECT

public:
    // Without a stack, changes are applied directly and cannot be undone.
    ContentEditor(Workspace &workspace, QUndoStack *undoStack, QObject *parent = nullptr);

    Workspace &workspace() { return m_workspace; }

    // Each returns false (and emits errorOccurred) when nothing changed. A new item gets a
    // row id and content_id here; `groupRefs` with several groups adds one item per group.
    // Returns the row ids created (empty on failure).
    QList<qint64> create(ContentItem item, const QList<qint64> &groupRefs = {});
    // An item a series generated counts as edited by hand from then on.
    bool update(const ContentItem &item);
    QList<qint64> duplicate(const QList<qint64> &ids);
    // Deleting an item a series generated skips that occurrence.
    bool remove(const QList<qint64> &ids);
    // The same local time of day on another day (month view), or another instant (week view).
    bool moveToDay(qint64 id, const QDate &day);
    bool reschedule(qint64 id, qint64 at);
    // Each by `days` local days, its time of day kept.
    bool shift(const QList<qint64> &ids, int days);

    // Saves a new series (id 0) or an edited one and brings its items in line; the series'
    // row id, or 0.
    qint64 saveSeries(ContentSeries series);
    bool removeSeries(qint64 id, bool keepPublished);

    // Used by the commands.
    Status applyItems(const std::vector<ContentSnapshot> &from,
                      const std::vector<ContentSnapshot> &to);
    Status applySeries(qint64 id, const SeriesState &from, const SeriesState &to);
    void notify() { emit contentChanged(); }
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void contentChanged();
    void errorOccurred(const QString &message);

private:
    bool change(std::vector<ContentSnapshot> before, std::vector<ContentSnapshot> after,
                const QString &text);
    bool push(QUndoCommand *command);
    Result<std::vector<ContentSnapshot>> load(const QList<qint64> &ids);

    Workspace &m_workspace;
    QPointer<QUndoStack> m_undoStack;
};

// Replaces some items by others (either side may be empty): create, edit, delete, move.
class ChangeContentCommand : public QUndoCommand
{
public:
    ChangeContentCommand(ContentEditor *editor, std::vector<ContentSnapshot> before,
                         std::vector<ContentSnapshot> after, const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::vector<ContentSnapshot> &from, const std::vector<ContentSnapshot> &to);

    QPointer<ContentEditor> m_editor;
    std::vector<ContentSnapshot> m_before;
    std::vector<ContentSnapshot> m_after;
    bool m_failed = false;
};

// Puts a series and its items in another state: save, edit or delete a series.
class ChangeSeriesCommand : public QUndoCommand
{
public:
    ChangeSeriesCommand(ContentEditor *editor, qint64 id, SeriesState before, SeriesState after,
                        const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const SeriesState &from, const SeriesState &to);

    QPointer<ContentEditor> m_editor;
    qint64 m_id;
    SeriesState m_before;
    SeriesState m_after;
    bool m_failed = false;
};

} // namespace siyu
