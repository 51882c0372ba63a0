// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/ruletreemodel.h"

#include "models/items/rulewords.h"
#include "models/segments/rulevalues.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QRegularExpression>

namespace siyu {

struct RuleTreeModel::Node
{
    NodeType type = NodeType::All;
    QJsonObject json; // a condition, as written
    bool between = false;
    QString error;
    std::optional<Rule> parsed; // a valid condition
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    bool isGroup() const { return type != NodeType::Condition; }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    bool isBelow(const Node *other) const
    {
        for (const Node *n = this; n; n = n->parent) {
            if (n == other)
                return true;
        }
        return false;
    }
};

namespace {

using NodeType = RuleTreeModel::NodeType;

const QString allKey = QStringLiteral("all");
const QString anyKey = QStringLiteral("any");
const QString notKey = QStringLiteral("not");

// {"all": [{F >= D1}, {F <= D2}]} on one date field: "F between D1 and D2".
bool isBetween(const QJsonObject &json)
{
    if (json.size() != 1 || !json.value(allKey).isArray())
        return false;
    const QJsonArray list = json.value(allKey).toArray();
    if (list.size() != 2)
        return false;
    const QJsonObject from = list.at(0).toObject();
    const QJsonObject to = list.at(1).toObject();
    const QString field = from.value(QStringLiteral("field")).toString();
    return rulevalues::isTimeField(field) && from.size() == 3 && to.size() == 3 &&
           to.value(QStringLiteral("field")).toString() == field &&
           from.value(QStringLiteral("op")).toString() == QLatin1String(">=") &&
           to.value(QStringLiteral("op")).toString() == QLatin1String("<=") &&
           from.value(QStringLiteral("value")).isString() &&
           to.value(QStringLiteral("value")).isString();
}

QJsonObject newCondition()
{
    return QJsonObject{{QStringLiteral("field"), QStringLiteral("city")},
                       {QStringLiteral("op"), QStringLiteral("=")},
                       {QStringLiteral("value"), QString()}};
}

// "all[2]" -> ("all", 2); "not" -> ("not", -1).
std::pair<QString, int> pathStep(const QString &step)
{
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch match = indexed.match(step);
    if (match.hasMatch())
        return {match.captured(1), match.captured(2).toInt()};
    return {step, -1};
}

} // namespace

RuleTreeModel::RuleTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_root = std::make_unique<Node>();
    m_root->children.push_back(build(QJsonObject{{allKey, QJsonArray()}}, m_root.get()));
}

RuleTreeModel::~RuleTreeModel() = default;

void RuleTreeModel::setChoices(const RuleChoices &choices)
{
    m_choices = choices;
    if (rowCount() > 0)
        emit dataChanged(topIndex(), topIndex()); // the words name groups by their names
    // Every node may name a group: tell the view to read all of them again.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

// ---- building ---------------------------------------------------------------------------------

std::unique_ptr<RuleTreeModel::Node> RuleTreeModel::build(const QJsonObject &json,
                                                          Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    const bool group =
        json.size() == 1 && ((json.contains(allKey) && json.value(allKey).isArray()) ||
                             (json.contains(anyKey) && json.value(anyKey).isArray()));
    if (group && !isBetween(json)) {
        node->type = json.contains(allKey) ? NodeType::All : NodeType::Any;
        for (const QJsonValue &child :
             json.value(json.contains(allKey) ? allKey : anyKey).toArray())
            node->children.push_back(build(
                child.isObject() ? child.toObject() : QJsonObject{{QStringLiteral("node"), child}},
                node.get()));
    } else if (json.size() == 1 && json.contains(notKey) &&
               (json.value(notKey).isObject() || json.value(notKey).isNull())) {
        node->type = NodeType::Not;
        if (json.value(notKey).isObject())
            node->children.push_back(build(json.value(notKey).toObject(), node.get()));
    } else {
        node->type = NodeType::Condition;
        node->json = json;
        node->between = isBetween(json);
    }
    validate(node.get());
    return node;
}

void RuleTreeModel::validate(Node *node) const
{
    node->error.clear();
    node->parsed.reset();
    if (node->type == NodeType::Not) {
        if (node->children.size() != 1)
            node->error = tr("“Not” needs one condition or group inside it.");
        return;
    }
    if (node->type != NodeType::Condition)
        return;
    auto parsed = Rule::fromJson(node->json);
    if (parsed)
        node->parsed = std::move(*parsed);
    else
        node->error = parsed.error().message;
}

QJsonObject RuleTreeModel::jsonOf(const Node *node) const
{
    switch (node->type) {
    case NodeType::All:
    case NodeType::Any: {
        QJsonArray list;
        for (const auto &child : node->children)
            list.append(jsonOf(child.get()));
        return QJsonObject{{node->type == NodeType::All ? allKey : anyKey, list}};
    }
    case NodeType::Not:
        return QJsonObject{{notKey, node->children.empty()
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(jsonOf(node->children.front().get()))}};
    case NodeType::Condition:
        return node->json;
    }
    return {};
}

QString RuleTreeModel::textOf(const Node *node) const
{
    switch (node->type) {
    case NodeType::All:
        return RuleWords::groupTitle(Rule::Kind::All);
    case NodeType::Any:
        return RuleWords::groupTitle(Rule::Kind::Any);
    case NodeType::Not:
        if (node->children.size() == 1 && !node->children.front()->isGroup() &&
            node->children.front()->parsed)
            return tr("Not: %1").arg(textOf(node->children.front().get()));
        return RuleWords::groupTitle(Rule::Kind::Not);
    case NodeType::Condition:
        break;
    }
    if (!node->parsed)
        return tr("Unfinished condition (%1)").arg(node->error);
    if (node->between) {
        const Rule &rule = *node->parsed;
        return RuleWords::describeBetween(rule.children[0].field, rule.children[0].value.toString(),
                                          rule.children[1].value.toString());
    }
    return RuleWords::describe(*node->parsed, m_choices);
}

// ---- the whole rule ---------------------------------------------------------------------------

QJsonObject RuleTreeModel::toJson() const
{
    return jsonOf(m_root->children.front().get());
}

QString RuleTreeModel::toJsonText(bool indented) const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(indented ? QJsonDocument::Indented
                                                                     : QJsonDocument::Compact))
        .trimmed();
}

Result<Rule> RuleTreeModel::rule() const
{
    return Rule::fromJson(toJson());
}

void RuleTreeModel::setJson(const QJsonObject &json)
{
    beginResetModel();
    m_root->children.clear();
    m_root->children.push_back(build(json, m_root.get()));
    endResetModel();
    emit ruleChanged();
}

void RuleTreeModel::clear()
{
    setJson(QJsonObject{{allKey, QJsonArray()}});
}

// ---- nodes ------------------------------------------------------------------------------------

RuleTreeModel::Node *RuleTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex RuleTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex RuleTreeModel::topIndex() const
{
    return index(0, 0);
}

RuleTreeModel::NodeType RuleTreeModel::nodeType(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->type : NodeType::All;
}

bool RuleTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && nodeOf(index)->isGroup();
}

QJsonObject RuleTreeModel::nodeJson(const QModelIndex &index) const
{
    return index.isValid() ? jsonOf(nodeOf(index)) : toJson();
}

QString RuleTreeModel::nodeError(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->error : QString();
}

QString RuleTreeModel::nodeText(const QModelIndex &index) const
{
    return index.isValid() ? textOf(nodeOf(index)) : QString();
}

QModelIndex RuleTreeModel::indexOfPath(const QString &path) const
{
    const Node *node = m_root->children.front().get();
    const QString steps = path.section(QLatin1Char(':'), 0, 0).trimmed();
    if (steps != QLatin1String("rule")) {
        for (const QString &step : steps.split(QLatin1Char('.'))) {
            const auto [key, row] = pathStep(step);
            const bool intoGroup = (node->type == NodeType::All && key == allKey) ||
                                   (node->type == NodeType::Any && key == anyKey);
            if (intoGroup && row >= 0 && row < int(node->children.size()))
                node = node->children[size_t(row)].get();
            else if (node->type == NodeType::Not && key == notKey && !node->children.empty())
                node = node->children.front().get();
            else
                break;
        }
    }
    return indexOf(node);
}

QModelIndex RuleTreeModel::firstError() const
{
    std::vector<const Node *> stack{m_root->children.front().get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (!node->error.isEmpty())
            return indexOf(node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return {};
}

// ---- edits ------------------------------------------------------------------------------------

void RuleTreeModel::changed(Node *from)
{
    for (Node *node = from; node && node != m_root.get(); node = node->parent) {
        validate(node);
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index);
    }
    emit ruleChanged();
}

QModelIndex RuleTreeModel::insertNode(Node *group, int row, std::unique_ptr<Node> node)
{
    row = std::clamp(row, 0, int(group->children.size()));
    Node *raw = node.get();
    beginInsertRows(indexOf(group), row, row);
    node->parent = group;
    group->children.insert(group->children.begin() + row, std::move(node));
    endInsertRows();
    return indexOf(raw);
}

std::unique_ptr<RuleTreeModel::Node> RuleTreeModel::takeNode(Node *node)
{
    Node *group = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(group), row, row);
    std::unique_ptr<Node> taken = std::move(group->children[size_t(row)]);
    group->children.erase(group->children.begin() + row);
    taken->parent = nullptr;
    endRemoveRows();
    return taken;
}

std::pair<RuleTreeModel::Node *, int> RuleTreeModel::insertionPoint(const QModelIndex &at)
{
    Node *node = at.isValid() ? nodeOf(at) : m_root->children.front().get();
    if (node->type == NodeType::All || node->type == NodeType::Any)
        return {node, int(node->children.size())};
    if (node->type == NodeType::Not && node->children.empty())
        return {node, 0};
    while (node->parent != m_root.get() && node->parent->type == NodeType::Not)
        node = node->parent;
    if (node->parent == m_root.get())
        return {wrapTop(), 1};
    return {node->parent, node->row() + 1};
}

// The top node becomes the first of a new "all" at the top (a single condition or a "not" at
// the top has no group to add to).
RuleTreeModel::Node *RuleTreeModel::wrapTop()
{
    std::unique_ptr<Node> top = takeNode(m_root->children.front().get());
    auto all = std::make_unique<Node>();
    all->type = NodeType::All;
    Node *group = all.get();
    insertNode(m_root.get(), 0, std::move(all));
    insertNode(group, 0, std::move(top));
    return group;
}

QModelIndex RuleTreeModel::addNode(const QModelIndex &at, const QJsonObject &json)
{
    const auto [group, row] = insertionPoint(at);
    const QModelIndex added = insertNode(group, row, build(json, group));
    changed(group);
    return added;
}

QModelIndex RuleTreeModel::addCondition(const QModelIndex &at)
{
    return addNode(at, newCondition());
}

QModelIndex RuleTreeModel::addGroup(const QModelIndex &at)
{
    return addNode(at, QJsonObject{{anyKey, QJsonArray()}});
}

bool RuleTreeModel::removeNode(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    Node *node = nodeOf(index);
    // The node of a "not" goes with it: "not" alone means nothing.
    while (node->parent != m_root.get() && node->parent->type == NodeType::Not)
        node = node->parent;
    if (node->parent == m_root.get()) {
        clear();
        return true;
    }
    Node *group = node->parent;
    takeNode(node);
    changed(group);
    return true;
}

QModelIndex RuleTreeModel::duplicateNode(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    Node *node = nodeOf(index);
    while (node->parent != m_root.get() && node->parent->type == NodeType::Not)
        node = node->parent;
    const QJsonObject copy = jsonOf(node);
    Node *group = node->parent == m_root.get() ? wrapTop() : node->parent;
    const QModelIndex added = insertNode(group, node->row() + 1, build(copy, group));
    changed(group);
    return added;
}

bool RuleTreeModel::canMoveInto(const QModelIndex &index, const QModelIndex &group) const
{
    if (!index.isValid() || !group.isValid())
        return false;
    const Node *node = nodeOf(index);
    const Node *target = nodeOf(group);
    if (node->parent == m_root.get() || target->isBelow(node))
        return false;
    if (target->type == NodeType::Not)
        return target->children.empty();
    return target->type == NodeType::All || target->type == NodeType::Any;
}

QList<QModelIndex> RuleTreeModel::groupsFor(const QModelIndex &index) const
{
    QList<QModelIndex> groups;
    std::vector<const Node *> stack{m_root->children.front().get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        const QModelIndex candidate = indexOf(node);
        if (node->isGroup() && canMoveInto(index, candidate) && nodeOf(index)->parent != node)
            groups << candidate;
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return groups;
}

QModelIndex RuleTreeModel::moveNode(const QModelIndex &index, const QModelIndex &group, int row)
{
    if (!canMoveInto(index, group))
        return {};
    Node *node = nodeOf(index);
    Node *target = nodeOf(group);
    Node *source = node->parent;
    const int from = node->row();
    if (row < 0 || row > int(target->children.size()))
        row = int(target->children.size());
    if (source == target && (row == from || row == from + 1))
        return index;
    if (!beginMoveRows(indexOf(source), from, from, group, row))
        return {};
    std::unique_ptr<Node> taken = std::move(source->children[size_t(from)]);
    source->children.erase(source->children.begin() + from);
    const int to = source == target && row > from ? row - 1 : row;
    taken->parent = target;
    target->children.insert(target->children.begin() + to, std::move(taken));
    endMoveRows();
    changed(source);
    changed(target);
    return indexOf(node);
}

QModelIndex RuleTreeModel::moveBy(const QModelIndex &index, int delta)
{
    if (!index.isValid() || delta == 0)
        return index;
    Node *node = nodeOf(index);
    Node *group = node->parent;
    if (group == m_root.get())
        return index;
    const int row = node->row();
    const int target = row + delta;
    if (target >= 0 && target < int(group->children.size()))
        return moveNode(index, indexOf(group), delta > 0 ? target + 1 : target);
    // At the edge of its group: out of it, before or after the group.
    Node *outer = group->parent;
    if (outer == m_root.get() || outer->type == NodeType::Not)
        return index;
    return moveNode(index, indexOf(outer), group->row() + (delta > 0 ? 1 : 0));
}

bool RuleTreeModel::setGroupType(const QModelIndex &index, NodeType type)
{
    Node *node = nodeOf(index);
    if (!index.isValid() || (type != NodeType::All && type != NodeType::Any) ||
        (node->type != NodeType::All && node->type != NodeType::Any))
        return false;
    if (node->type == type)
        return true;
    node->type = type;
    changed(node);
    return true;
}

QModelIndex RuleTreeModel::toggleNot(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    Node *node = nodeOf(index);
    Node *group = node->parent;
    const int row = node->row();
    if (node->type == NodeType::Not) {
        std::unique_ptr<Node> notNode = takeNode(node);
        if (notNode->children.empty()) {
            if (group == m_root.get())
                clear();
            else
                changed(group);
            return group == m_root.get() ? topIndex() : indexOf(group);
        }
        std::unique_ptr<Node> inner = std::move(notNode->children.front());
        Node *raw = inner.get();
        insertNode(group, row, std::move(inner));
        changed(raw);
        return indexOf(raw);
    }
    std::unique_ptr<Node> taken = takeNode(node);
    auto notNode = std::make_unique<Node>();
    notNode->type = NodeType::Not;
    Node *raw = notNode.get();
    insertNode(group, row, std::move(notNode));
    insertNode(raw, 0, std::move(taken));
    changed(raw);
    return indexOf(raw);
}

bool RuleTreeModel::setNodeJson(const QModelIndex &index, const QJsonObject &json)
{
    if (!index.isValid())
        return false;
    Node *node = nodeOf(index);
    if (node->type != NodeType::Condition)
        return false;
    if (node->json == json)
        return true;
    node->json = json;
    node->between = isBetween(json);
    changed(node);
    return true;
}

// ---- QAbstractItemModel -----------------------------------------------------------------------

QModelIndex RuleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *group = nodeOf(parent);
    if (row >= int(group->children.size()))
        return {};
    return createIndex(row, 0, group->children[size_t(row)].get());
}

QModelIndex RuleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int RuleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RuleTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RuleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return textOf(node);
    case Qt::ToolTipRole:
        return node->error.isEmpty() ? textOf(node) : node->error;
    case Qt::ForegroundRole:
        if (!node->error.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (node->isGroup()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeTypeRole:
        return int(node->type);
    case JsonRole:
        return jsonOf(node);
    case ErrorRole:
        return node->error;
    case BetweenRole:
        return node->between;
    default:
        return {};
    }
}

Qt::ItemFlags RuleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (node->parent != m_root.get())
        flags |= Qt::ItemIsDragEnabled;
    if (node->type == NodeType::All || node->type == NodeType::Any ||
        (node->type == NodeType::Not && node->children.empty()))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions RuleTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions RuleTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList RuleTreeModel::mimeTypes() const
{
    return {mimeType()};
}

// The node's JSON, and where it is in this model (the rows from the top down), so that a drop
// into the same model moves it instead of copying.
QMimeData *RuleTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    const QModelIndex index = indexes.first();
    QJsonArray rows;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        rows.prepend(i.row());
    const QJsonObject payload{{QStringLiteral("model"), QString::number(quintptr(this))},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("node"), jsonOf(nodeOf(index))}};
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    data->setText(QString::fromUtf8(QJsonDocument(jsonOf(nodeOf(index))).toJson()));
    return data;
}

namespace {

struct Payload
{
    bool ok = false;
    bool sameModel = false;
    QList<int> rows;
    QJsonObject node;
};

Payload payloadOf(const QMimeData *data, const QAbstractItemModel *model, const QString &type)
{
    Payload payload;
    if (!data || !data->hasFormat(type))
        return payload;
    const QJsonObject object = QJsonDocument::fromJson(data->data(type)).object();
    payload.node = object.value(QStringLiteral("node")).toObject();
    payload.sameModel =
        object.value(QStringLiteral("model")).toString() == QString::number(quintptr(model));
    for (const QJsonValue &row : object.value(QStringLiteral("rows")).toArray())
        payload.rows << row.toInt();
    payload.ok = !payload.node.isEmpty();
    return payload;
}

QModelIndex indexOfRows(const QAbstractItemModel *model, const QList<int> &rows)
{
    QModelIndex index;
    for (const int row : rows) {
        index = model->index(row, 0, index);
        if (!index.isValid())
            return {};
    }
    return index;
}

} // namespace

bool RuleTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    const Payload payload = payloadOf(data, this, mimeType());
    if (!payload.ok || !parent.isValid() || !(flags(parent) & Qt::ItemIsDropEnabled))
        return false;
    if (payload.sameModel && action == Qt::MoveAction)
        return canMoveInto(indexOfRows(this, payload.rows), parent);
    return true;
}

bool RuleTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Payload payload = payloadOf(data, this, mimeType());
    if (payload.sameModel && action == Qt::MoveAction) {
        moveNode(indexOfRows(this, payload.rows), parent, row);
        // Moved here already: answering false keeps the view from removing the source rows
        // (which, followed by their persistent indexes, are the moved rows now).
        return false;
    }
    Node *group = nodeOf(parent);
    insertNode(group, row < 0 ? int(group->children.size()) : row, build(payload.node, group));
    changed(group);
    return true;
}

} // namespace siyu
