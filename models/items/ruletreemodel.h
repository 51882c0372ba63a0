// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rule.h"
#include "models/segments/rulechoices.h"

#include <QAbstractItemModel>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace siyu {

// A segment rule as a tree for the rule builder: all / any / not groups and their conditions,
// each shown in words. The tree always has one top node (an empty "all" matches everyone).
// A condition holds its contract JSON; one that does not parse is kept as written and marked
// with the parser's message (ErrorRole), so that a rule typed as JSON never loses a node. Two
// conditions on one date field, >= and <= in an "all", are shown as one "between" condition.
// Conditions and groups move by drag and drop (mimeType()) or moveNode().
class RuleTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType
    {
        All,
        Any,
        Not,
        Condition,
    };

    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1, // int(NodeType)
        JsonRole,                        // QJsonObject: the node as contract JSON
        ErrorRole,                       // QString: why the node is not valid, empty when it is
        BetweenRole,                     // bool: a date "between" condition
    };

    explicit RuleTreeModel(QObject *parent = nullptr);
    ~RuleTreeModel() override;

    static QString mimeType() { return QStringLiteral("application/x-siyu-rule-nodes"); }

    // Names groups and the currency in the words.
    void setChoices(const RuleChoices &choices);
    const RuleChoices &choices() const { return m_choices; }

    // The whole rule. A rule with a bad node is still written out (the node as it is).
    QJsonObject toJson() const;
    QString toJsonText(bool indented) const;
    // The rule parsed; an error (naming the first bad node) while any node is not valid.
    Result<Rule> rule() const;
    bool isValid() const { return rule().ok(); }
    // Replaces the tree. Bad conditions are kept and marked; false only when `json` is not a
    // node at all (nothing changes then).
    void setJson(const QJsonObject &json);
    void setRule(const Rule &rule) { setJson(rule.toJson().toObject()); }
    void clear();

    QModelIndex topIndex() const;
    NodeType nodeType(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    QJsonObject nodeJson(const QModelIndex &index) const;
    QString nodeError(const QModelIndex &index) const;
    QString nodeText(const QModelIndex &index) const;
    // The node that an error path of Rule::parse names ("all[2].not.in_group"), as far as the
    // tree goes; the top node for "rule".
    QModelIndex indexOfPath(const QString &path) const;
    // The first node that is not valid, or an invalid index.
    QModelIndex firstError() const;

    // Edits; each emits ruleChanged() and returns the index of the node it made or moved.
    // New nodes go into the group at `at`, or after `at` in its group.
    QModelIndex addNode(const QModelIndex &at, const QJsonObject &node);
    QModelIndex addCondition(const QModelIndex &at); // a "City is …" to fill in
    QModelIndex addGroup(const QModelIndex &at);     // an empty "any"
    bool removeNode(const QModelIndex &index);
    QModelIndex duplicateNode(const QModelIndex &index);
    // Into `group` at `row` (-1: at its end). Refused into the node itself or below it, and
    // into a "not" that has its one node already.
    QModelIndex moveNode(const QModelIndex &index, const QModelIndex &group, int row = -1);
    // One place up or down among its siblings.
    QModelIndex moveBy(const QModelIndex &index, int delta);
    bool canMoveInto(const QModelIndex &index, const QModelIndex &group) const;
    // The groups a node can move into, in tree order.
    QList<QModelIndex> groupsFor(const QModelIndex &index) const;
    bool setGroupType(const QModelIndex &index, NodeType type); // All or Any
    // Wraps the node in a "not", or unwraps a "not" (keeping its node).
    QModelIndex toggleNot(const QModelIndex &index);
    // Replaces a condition's JSON (the editor pane).
    bool setNodeJson(const QModelIndex &index, const QJsonObject &node);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The rule changed (an edit, or setJson).
    void ruleChanged();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    std::unique_ptr<Node> build(const QJsonObject &json, Node *parent) const;
    void validate(Node *node) const;
    QJsonObject jsonOf(const Node *node) const;
    QString textOf(const Node *node) const;
    QModelIndex insertNode(Node *group, int row, std::unique_ptr<Node> node);
    std::unique_ptr<Node> takeNode(Node *node);
    // The group a new node goes into and where, for an insertion at `at`.
    std::pair<Node *, int> insertionPoint(const QModelIndex &at);
    Node *wrapTop();
    void changed(Node *from);

    std::unique_ptr<Node> m_root; // invisible; holds the top node
    RuleChoices m_choices;
};

} // namespace siyu
