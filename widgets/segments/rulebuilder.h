// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/rulechoices.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTimer;
class QToolBar;
class QTreeView;

namespace siyu {

class RuleNodeEditor;
class RuleTreeModel;

// The rule builder: the rule as a tree of groups and conditions (each in words), a form for
// the selected node, and the same rule as JSON, editable, in sync with the tree both ways.
// JSON that does not parse leaves the tree as it was and marks the line; JSON that parses
// replaces the tree after a short pause, any bad node marked with the parser's message.
class RuleBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit RuleBuilder(QWidget *parent = nullptr);

    static constexpr int jsonPauseMs = 400;

    RuleTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    RuleNodeEditor *editor() const { return m_editor; }
    // The JSON view and its message line, for the area to place.
    QWidget *jsonPane() const { return m_jsonPane; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QString jsonMessage() const;
    // The line the JSON view marks as wrong (1-based), 0 when none.
    int markedLine() const { return m_markedLine; }

    void setChoices(const RuleChoices &choices);
    void setRuleJson(const QJsonObject &json);
    // Applies the JSON typed so far now (the pause cut short).
    void applyJsonNow();

    QAction *addConditionAction() const { return m_addCondition; }
    QAction *addGroupAction() const { return m_addGroup; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *negateAction() const { return m_negate; }
    QAction *switchGroupAction() const { return m_switchGroup; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *moveToGroupAction() const { return m_moveToGroup; }
    QList<QAction *> actions() const;

    QModelIndex currentIndex() const;
    void setCurrentIndex(const QModelIndex &index);
    // Moves the current node into `group` (the keyboard's drag and drop).
    void moveCurrentInto(const QModelIndex &group);

signals:
    void ruleChanged();

private:
    void createActions();
    QToolBar *createToolBar();
    void createJsonPane();
    void updateActions();
    void showCurrent();
    void select(const QModelIndex &index);
    void chooseGroupToMoveInto();
    void treeChanged();
    void jsonTyped();
    void markLine(int line);
    QModelIndex editTarget(const QModelIndex &index) const;
    void updateExpansion(const QModelIndex &parent = {});

    RuleTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    RuleNodeEditor *m_editor = nullptr;
    QWidget *m_jsonPane = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonMessage = nullptr;
    QTimer *m_jsonTimer = nullptr;
    bool m_applyingJson = false;
    bool m_writingJson = false;
    bool m_editing = false;
    int m_markedLine = 0;

    QAction *m_addCondition = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_negate = nullptr;
    QAction *m_switchGroup = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_moveToGroup = nullptr;
};

} // namespace siyu
