// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/rulebuilder.h"

#include "models/items/ruletreemodel.h"
#include "widgets/segments/rulenodeeditor.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace siyu {

namespace {

// Line and column (1-based) of a character offset of a UTF-8 JSON text.
std::pair<int, int> lineAndColumn(const QByteArray &utf8, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((utf8.at(i) & 0xc0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

RuleBuilder::RuleBuilder(QWidget *parent) : QWidget(parent)
{
    m_model = new RuleTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setAccessibleName(tr("Rule"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->expandAll();

    m_editor = new RuleNodeEditor;
    m_editor->setMinimumWidth(300);
    connect(m_editor, &RuleNodeEditor::conditionEdited, this, [this](const QJsonObject &json) {
        m_editing = true;
        m_model->setNodeJson(editTarget(currentIndex()), json);
        m_editing = false;
    });
    connect(m_editor, &RuleNodeEditor::groupTypeChosen, this, [this](RuleTreeModel::NodeType type) {
        m_editing = true;
        m_model->setGroupType(currentIndex(), type);
        m_editing = false;
    });

    createActions();
    createJsonPane();

    connect(m_model, &RuleTreeModel::ruleChanged, this, &RuleBuilder::treeChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RuleBuilder::showCurrent);

    auto *treeSide = new QWidget;
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    treeLayout->addWidget(createToolBar());
    treeLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(treeSide);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    treeChanged();
    select(m_model->topIndex());
}

void RuleBuilder::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, const QString &tip,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setToolTip(tip + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        // In the builder (tree and form), not in the JSON text or the saved segments' list.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addCondition = make(tr("Add Condition"), QKeySequence(tr("Ctrl+Shift+C")),
                          tr("Add a condition to the current group"), [this] {
                              select(m_model->addCondition(currentIndex()));
                              m_editor->fieldBox()->setFocus();
                          });
    m_addGroup = make(tr("Add Group"), QKeySequence(tr("Ctrl+Shift+G")),
                      tr("Add a group of conditions (any of them) to the current group"),
                      [this] { select(m_model->addGroup(currentIndex())); });
    m_delete = make(tr("Delete"), QKeySequence(QKeySequence::Delete),
                    tr("Delete the current condition or group"), [this] {
                        const QModelIndex index = currentIndex();
                        const QModelIndex parent = index.parent();
                        const int row = index.row();
                        m_model->removeNode(index);
                        const int rows = m_model->rowCount(parent);
                        select(parent.isValid() && rows > 0
                                   ? m_model->index(std::min(row, rows - 1), 0, parent)
                               : parent.isValid() ? parent
                                                  : m_model->topIndex());
                    });
    // Del in the form's text boxes deletes text there.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(m_delete);
    m_duplicate = make(tr("Duplicate"), QKeySequence(tr("Ctrl+D")),
                       tr("Add a copy of the current condition or group after it"),
                       [this] { select(m_model->duplicateNode(currentIndex())); });
    m_negate = make(tr("Not"), QKeySequence(tr("Ctrl+Shift+X")),
                    tr("Wrap the current condition or group in “Not”, or take it out again"),
                    [this] { select(m_model->toggleNot(currentIndex())); });
    m_switchGroup = make(
        tr("All ⇄ Any"), QKeySequence(tr("Ctrl+Shift+O")),
        tr("Switch the current group between all (and) and any (or)"), [this] {
            QModelIndex index = currentIndex();
            while (index.isValid() && m_model->nodeType(index) != RuleTreeModel::NodeType::All &&
                   m_model->nodeType(index) != RuleTreeModel::NodeType::Any)
                index = index.parent();
            if (!index.isValid())
                return;
            m_model->setGroupType(index, m_model->nodeType(index) == RuleTreeModel::NodeType::All
                                             ? RuleTreeModel::NodeType::Any
                                             : RuleTreeModel::NodeType::All);
            select(index);
        });
    m_moveUp = make(tr("Move Up"), QKeySequence(tr("Ctrl+Up")),
                    tr("Move the current node up, out of its group at the top"),
                    [this] { select(m_model->moveBy(currentIndex(), -1)); });
    m_moveDown = make(tr("Move Down"), QKeySequence(tr("Ctrl+Down")),
                      tr("Move the current node down, out of its group at the bottom"),
                      [this] { select(m_model->moveBy(currentIndex(), 1)); });
    m_moveToGroup =
        make(tr("Move to Group…"), QKeySequence(tr("Ctrl+Shift+M")),
             tr("Move the current node into another group"), [this] { chooseGroupToMoveInto(); });
    for (QAction *action : {m_addCondition, m_addGroup, m_duplicate, m_negate, m_switchGroup,
                            m_moveUp, m_moveDown, m_moveToGroup})
        m_tree->addAction(action);
}

QList<QAction *> RuleBuilder::actions() const
{
    return {m_addCondition, m_addGroup, m_duplicate, m_delete,     m_negate,
            m_switchGroup,  m_moveUp,   m_moveDown,  m_moveToGroup};
}

QToolBar *RuleBuilder::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_addCondition);
    bar->addAction(m_addGroup);
    bar->addAction(m_negate);
    bar->addAction(m_switchGroup);
    bar->addSeparator();
    bar->addAction(m_duplicate);
    bar->addAction(m_delete);
    return bar;
}

void RuleBuilder::createJsonPane()
{
    m_json = new QPlainTextEdit;
    m_json->setAccessibleName(tr("Rule as JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    m_jsonMessage = new QLabel;
    m_jsonMessage->setWordWrap(true);
    m_jsonMessage->setTextFormat(Qt::PlainText);
    m_jsonTimer = new QTimer(this);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(jsonPauseMs);
    connect(m_jsonTimer, &QTimer::timeout, this, &RuleBuilder::jsonTyped);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writingJson)
            m_jsonTimer->start();
    });
    m_jsonPane = new QWidget;
    auto *layout = new QVBoxLayout(m_jsonPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_jsonMessage);
}

void RuleBuilder::setChoices(const RuleChoices &choices)
{
    m_model->setChoices(choices);
    m_editor->setChoices(choices);
    showCurrent();
}

void RuleBuilder::setRuleJson(const QJsonObject &json)
{
    m_model->setJson(json);
    select(m_model->topIndex());
}

QModelIndex RuleBuilder::currentIndex() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index : m_model->topIndex();
}

void RuleBuilder::setCurrentIndex(const QModelIndex &index)
{
    select(index);
}

void RuleBuilder::select(const QModelIndex &index)
{
    const QModelIndex target = index.isValid() ? index : m_model->topIndex();
    m_tree->setCurrentIndex(target);
    m_tree->scrollTo(target);
    showCurrent();
}

void RuleBuilder::showCurrent()
{
    updateActions();
    if (m_editing)
        return;
    const QModelIndex index = currentIndex();
    if (!index.isValid()) {
        m_editor->showNothing();
        return;
    }
    const QModelIndex target = editTarget(index);
    if (m_model->isGroup(target))
        m_editor->showGroup(m_model->nodeType(target), m_model->rowCount(target));
    else
        m_editor->showCondition(m_model->nodeJson(target), m_model->nodeError(target));
}

// "Not" over a single condition reads as one row ("Not: in group VIP") and is edited as that
// condition.
QModelIndex RuleBuilder::editTarget(const QModelIndex &index) const
{
    if (m_model->nodeType(index) != RuleTreeModel::NodeType::Not || m_model->rowCount(index) != 1)
        return index;
    const QModelIndex child = m_model->index(0, 0, index);
    return m_model->isGroup(child) ? index : child;
}

void RuleBuilder::updateExpansion(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (!m_model->isGroup(index))
            continue;
        m_tree->setExpanded(index, editTarget(index) == index);
        updateExpansion(index);
    }
}

void RuleBuilder::updateActions()
{
    const QModelIndex index = currentIndex();
    const bool below = index.isValid() && index.parent().isValid();
    m_moveUp->setEnabled(below);
    m_moveDown->setEnabled(below);
    m_moveToGroup->setEnabled(below && !m_model->groupsFor(index).isEmpty());
}

void RuleBuilder::treeChanged()
{
    updateExpansion();
    if (!m_applyingJson) {
        m_writingJson = true;
        m_json->setPlainText(m_model->toJsonText(true));
        m_writingJson = false;
        m_jsonTimer->stop();
        markLine(0);
    }
    const QModelIndex bad = m_model->firstError();
    if (bad.isValid())
        m_jsonMessage->setText(m_model->nodeError(bad));
    else if (!m_applyingJson)
        m_jsonMessage->clear();
    if (!m_editing)
        showCurrent();
    else
        updateActions();
    emit ruleChanged();
}

void RuleBuilder::applyJsonNow()
{
    if (m_jsonTimer->isActive())
        jsonTyped();
}

void RuleBuilder::jsonTyped()
{
    m_jsonTimer->stop();
    const QByteArray utf8 = m_json->toPlainText().toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const auto [line, column] = lineAndColumn(utf8, error.offset);
        const QString message =
            error.error != QJsonParseError::NoError
                ? tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString())
                : tr("A rule is a JSON object, such as {\"all\": []}.");
        m_jsonMessage->setText(message + QLatin1Char(' ') +
                               tr("The rule above is kept until the JSON is valid."));
        markLine(error.error != QJsonParseError::NoError ? line : 1);
        return;
    }
    markLine(0);
    m_jsonMessage->clear();
    m_applyingJson = true;
    m_model->setJson(document.object());
    m_applyingJson = false;
    const QModelIndex bad = m_model->firstError();
    select(bad.isValid() ? bad : m_model->topIndex());
}

void RuleBuilder::markLine(int line)
{
    m_markedLine = line;
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(0xfd, 0xe0, 0xe0));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(m_json->document()->findBlockByNumber(line - 1));
        marks << mark;
    }
    m_json->setExtraSelections(marks);
    QPalette palette = m_jsonMessage->palette();
    palette.setColor(QPalette::WindowText, line > 0 || m_model->firstError().isValid()
                                               ? QColor(0xc6, 0x28, 0x28)
                                               : palette.color(QPalette::Text));
    m_jsonMessage->setPalette(palette);
}

QString RuleBuilder::jsonMessage() const
{
    return m_jsonMessage->text();
}

void RuleBuilder::chooseGroupToMoveInto()
{
    const QModelIndex index = currentIndex();
    const QList<QModelIndex> groups = m_model->groupsFor(index);
    if (groups.isEmpty())
        return;
    QMenu menu(this);
    for (const QModelIndex &group : groups) {
        int depth = 0;
        for (QModelIndex i = group.parent(); i.isValid(); i = i.parent())
            ++depth;
        const QPersistentModelIndex target(group);
        menu.addAction(QString(depth * 2, QLatin1Char(' ')) + m_model->nodeText(group), this,
                       [this, target] { moveCurrentInto(target); });
    }
    const QRect rect = m_tree->visualRect(index);
    menu.exec(m_tree->viewport()->mapToGlobal(rect.bottomLeft()));
}

void RuleBuilder::moveCurrentInto(const QModelIndex &group)
{
    const QModelIndex moved = m_model->moveNode(currentIndex(), group);
    if (moved.isValid())
        select(moved);
}

} // namespace siyu
