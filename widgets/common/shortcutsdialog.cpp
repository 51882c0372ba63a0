// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/shortcutsdialog.h"

#include "widgets/common/area.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace siyu {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // Chinese "(&N)"
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

// The menu an action sits in ("File", "Edit"), or the widget that holds it.
QString placeOf(const QAction *action)
{
    for (const QObject *user : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(user))
            return plain(menu->title());
    }
    // An area's own action (Find, Delete) is listed under the area.
    for (const QObject *owner = action->parent(); owner; owner = owner->parent()) {
        if (const auto *area = qobject_cast<const Area *>(owner))
            return area->title();
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    QSet<QString> seen;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty() || action->isSeparator())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        const QString place = placeOf(action);
        const QString name = plain(action->text());
        const QString joined = texts.join(QStringLiteral(", "));
        if (seen.contains(place + name + joined))
            continue;
        seen.insert(place + name + joined);
        m_model->appendRow(
            {new QStandardItem(place), new QStandardItem(name), new QStandardItem(joined)});
    }
    m_model->sort(0);
    auto *view = new QTableView;
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace siyu
