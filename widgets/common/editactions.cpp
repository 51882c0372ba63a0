// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/editactions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>

#include <set>

namespace siyu::ui {

namespace {

QString cell(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

bool copyFromView(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    if (!selection || !view->model())
        return false;
    const QModelIndexList indexes = selection->selectedIndexes();
    if (indexes.isEmpty())
        return false;
    const auto *table = qobject_cast<QTableView *>(view);
    std::set<int> columns;
    QMap<int, QMap<int, QModelIndex>> rows;
    for (const QModelIndex &index : indexes) {
        if (table && table->isColumnHidden(index.column()))
            continue;
        columns.insert(index.column());
        rows[index.row()][index.column()] = index;
    }
    if (rows.isEmpty())
        return false;
    QStringList lines;
    if (rows.size() > 1 || columns.size() > 1) {
        QStringList titles;
        for (const int column : columns)
            titles << view->model()->headerData(column, Qt::Horizontal).toString();
        lines << titles.join(QLatin1Char('\t'));
    }
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        QStringList cells;
        for (const int column : columns)
            cells << (row->contains(column) ? cell(row->value(column)) : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return true;
}

} // namespace

bool copyFrom(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (!line->hasSelectedText() || line->echoMode() != QLineEdit::Normal)
            return false;
        line->copy();
        return true;
    }
    if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        if (!text->textCursor().hasSelection())
            return false;
        text->copy();
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        if (!plain->textCursor().hasSelection())
            return false;
        plain->copy();
        return true;
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return copyFromView(view);
    return false;
}

bool selectAllIn(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->selectAll();
        return true;
    }
    if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        text->selectAll();
        return true;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->selectAll();
        return true;
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        if (view->selectionMode() != QAbstractItemView::ExtendedSelection &&
            view->selectionMode() != QAbstractItemView::MultiSelection)
            return false;
        view->selectAll();
        return true;
    }
    return false;
}

} // namespace siyu::ui
