// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/rulenodeeditor.h"

#include "models/common/units.h"
#include "models/items/rulewords.h"
#include "models/segments/rfm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace siyu {

namespace {

enum ValuePage
{
    TextValue,
    ChoiceValue,
    DateValue,
    NoValue
};

enum KindPage
{
    FieldPage,
    CustomPage,
    TagPage,
    GroupPage,
    AggregatePage,
    SimplePage
};

const QString betweenOp = QStringLiteral("between");

QString isoDate(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate dateOf(const QJsonValue &value)
{
    const QDate day = QDate::fromString(value.toString().left(10), Qt::ISODate);
    return day.isValid() ? day : QDate::currentDate();
}

void setCurrentData(QComboBox *box, const QVariant &data)
{
    const int row = box->findData(data);
    box->setCurrentIndex(row >= 0 ? row : 0);
}

QDateEdit *dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(units::dateFormat());
    edit->setLocale(units::editorLocale());
    edit->setDate(QDate::currentDate());
    return edit;
}

// "a, b，c" -> ["a", "b", "c"]
QJsonArray listOf(const QString &text)
{
    QJsonArray list;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,，、]")))) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

QString listText(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts << (item.isString() ? item.toString() : item.toVariant().toString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

RuleNodeEditor::RuleNodeEditor(QWidget *parent) : QWidget(parent)
{
    m_pages = new QStackedWidget;
    m_emptyPage = new QLabel(tr("Choose a condition or group in the rule to edit it."));
    static_cast<QLabel *>(m_emptyPage)->setWordWrap(true);
    static_cast<QLabel *>(m_emptyPage)->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(createGroupPage());
    m_pages->addWidget(createConditionPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    showNothing();
}

// ---- building -----------------------------------------------------------------------------

QWidget *RuleNodeEditor::createGroupPage()
{
    m_groupPage = new QWidget;
    m_groupText = new QLabel;
    m_groupText->setWordWrap(true);
    m_allButton = new QRadioButton(tr("All of these hold (and)"));
    m_anyButton = new QRadioButton(tr("Any of these holds (or)"));
    auto *buttons = new QButtonGroup(m_groupPage);
    buttons->addButton(m_allButton);
    buttons->addButton(m_anyButton);
    connect(m_allButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on && !m_showing)
            emit groupTypeChosen(RuleTreeModel::NodeType::All);
    });
    connect(m_anyButton, &QRadioButton::toggled, this, [this](bool on) {
        if (on && !m_showing)
            emit groupTypeChosen(RuleTreeModel::NodeType::Any);
    });
    auto *layout = new QVBoxLayout(m_groupPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groupText);
    layout->addWidget(m_allButton);
    layout->addWidget(m_anyButton);
    layout->addStretch();
    return m_groupPage;
}

QWidget *RuleNodeEditor::createConditionPage()
{
    m_conditionPage = new QWidget;
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of condition"));
    const struct
    {
        ConditionKind kind;
        QString title;
    } kinds[] = {
        {ConditionKind::Field, tr("Member field")},
        {ConditionKind::CustomField, tr("Custom field")},
        {ConditionKind::Tag, tr("Tag")},
        {ConditionKind::InGroup, tr("Group membership")},
        {ConditionKind::Orders, tr("Orders")},
        {ConditionKind::Events, tr("Events")},
        {ConditionKind::Rfm, tr("RFM cell")},
        {ConditionKind::Tier, tr("Value tier")},
        {ConditionKind::Identity, tr("Account on a platform")},
    };
    for (const auto &entry : kinds)
        m_kind->addItem(entry.title, int(entry.kind));
    connect(m_kind, &QComboBox::activated, this, &RuleNodeEditor::kindChosen);

    m_kindPages = new QStackedWidget;
    m_kindPages->addWidget(createFieldPage());
    m_kindPages->addWidget(createCustomPage());
    m_tag = new QLineEdit;
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setPlaceholderText(tr("Tag name"));
    m_tag->setCompleter(new QCompleter(new QStringListModel(m_tag), m_tag));
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_tag->completer()->setFilterMode(Qt::MatchContains);
    connect(m_tag, &QLineEdit::textEdited, this, &RuleNodeEditor::edited);
    connect(m_tag->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_tag->setText(text);
                edited();
            });
    auto *tagPage = new QWidget;
    auto *tagForm = new QFormLayout(tagPage);
    tagForm->setContentsMargins(0, 0, 0, 0);
    tagForm->addRow(tr("Has tag"), m_tag);
    m_kindPages->addWidget(tagPage);

    m_group = new QLineEdit;
    m_group->setAccessibleName(tr("Group"));
    m_group->setPlaceholderText(tr("Group name"));
    auto *groupCompleter = new QCompleter(new QStandardItemModel(m_group), m_group);
    groupCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    groupCompleter->setFilterMode(Qt::MatchContains);
    m_group->setCompleter(groupCompleter);
    m_groupHint = new QLabel;
    m_groupHint->setWordWrap(true);
    connect(m_group, &QLineEdit::textEdited, this, &RuleNodeEditor::edited);
    connect(groupCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_group->setText(text);
                edited();
            });
    auto *groupPage = new QWidget;
    auto *groupForm = new QFormLayout(groupPage);
    groupForm->setContentsMargins(0, 0, 0, 0);
    groupForm->addRow(tr("Current member of"), m_group);
    groupForm->addRow(QString(), m_groupHint);
    m_kindPages->addWidget(groupPage);
    m_kindPages->addWidget(createAggregatePage());
    m_kindPages->addWidget(createSimplePage());

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Condition on"), m_kind);
    auto *layout = new QVBoxLayout(m_conditionPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_kindPages);
    layout->addWidget(m_error);
    layout->addStretch();
    return m_conditionPage;
}

QWidget *RuleNodeEditor::createFieldPage()
{
    m_field = new QComboBox;
    m_field->setAccessibleName(tr("Field"));
    for (const QString &field : RuleWords::fields())
        m_field->addItem(RuleWords::fieldTitle(field), field);
    connect(m_field, &QComboBox::activated, this, &RuleNodeEditor::fieldChosen);
    m_op = new QComboBox;
    m_op->setAccessibleName(tr("Comparison"));
    connect(m_op, &QComboBox::activated, this, [this] {
        updateValueEditor();
        edited();
    });

    m_text = new QLineEdit;
    m_text->setAccessibleName(tr("Value"));
    m_cityCompletions = new QStandardItemModel(m_text);
    m_noCompletions = new QStandardItemModel(m_text);
    auto *completer = new QCompleter(m_cityCompletions, m_text);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_text->setCompleter(completer);
    connect(m_text, &QLineEdit::textEdited, this, &RuleNodeEditor::edited);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_text->setText(text);
                edited();
            });
    m_choice = new QComboBox;
    m_choice->setAccessibleName(tr("Value"));
    connect(m_choice, &QComboBox::activated, this, &RuleNodeEditor::edited);
    m_from = dateEdit();
    m_from->setAccessibleName(tr("Date"));
    m_to = dateEdit();
    m_to->setAccessibleName(tr("Until"));
    m_and = new QLabel(tr("and"));
    connect(m_from, &QDateEdit::dateChanged, this, &RuleNodeEditor::edited);
    connect(m_to, &QDateEdit::dateChanged, this, &RuleNodeEditor::edited);
    m_datePage = new QWidget;
    auto *dates = new QHBoxLayout(m_datePage);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_from, 1);
    dates->addWidget(m_and);
    dates->addWidget(m_to, 1);
    m_noValuePage = new QWidget;

    m_valuePages = new QStackedWidget;
    m_valuePages->addWidget(m_text);
    m_valuePages->addWidget(m_choice);
    m_valuePages->addWidget(m_datePage);
    m_valuePages->addWidget(m_noValuePage);
    m_valuePages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Field"), m_field);
    form->addRow(tr("Comparison"), m_op);
    form->addRow(tr("Value"), m_valuePages);
    return page;
}

QWidget *RuleNodeEditor::createCustomPage()
{
    m_customKey = new QLineEdit;
    m_customKey->setAccessibleName(tr("Custom field"));
    m_customKey->setPlaceholderText(tr("Field name, as imported"));
    m_customKey->setCompleter(new QCompleter(new QStringListModel(m_customKey), m_customKey));
    connect(m_customKey, &QLineEdit::textEdited, this, &RuleNodeEditor::edited);
    connect(m_customKey->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                m_customKey->setText(text);
                edited();
            });
    m_customOp = new QComboBox;
    m_customOp->setAccessibleName(tr("Comparison"));
    using Op = Rule::Op;
    for (const Op op : {Op::Equal, Op::NotEqual, Op::Less, Op::LessOrEqual, Op::Greater,
                        Op::GreaterOrEqual, Op::Contains, Op::StartsWith, Op::Empty, Op::NotEmpty})
        m_customOp->addItem(RuleWords::opTitle(op, RuleWords::FieldType::Text), Rule::opName(op));
    connect(m_customOp, &QComboBox::activated, this, [this] {
        const QString op = m_customOp->currentData().toString();
        m_customValue->setEnabled(op != QLatin1String("empty") && op != QLatin1String("not_empty"));
        edited();
    });
    m_customValue = new QLineEdit;
    m_customValue->setAccessibleName(tr("Value"));
    m_customValue->setToolTip(tr("A number compares as a number; anything else as text."));
    connect(m_customValue, &QLineEdit::textEdited, this, &RuleNodeEditor::edited);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Field"), m_customKey);
    form->addRow(tr("Comparison"), m_customOp);
    form->addRow(tr("Value"), m_customValue);
    return page;
}

QWidget *RuleNodeEditor::createAggregatePage()
{
    m_measure = new QComboBox;
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->addItem(tr("Number of paid orders"), QStringLiteral("count"));
    m_measure->addItem(tr("Amount paid"), QStringLiteral("sum"));
    connect(m_measure, &QComboBox::activated, this, [this] {
        const bool sum = m_measure->currentData().toString() == QLatin1String("sum");
        m_count->setVisible(!sum);
        m_amount->setVisible(sum);
        edited();
    });
    m_eventType = new QComboBox;
    m_eventType->setAccessibleName(tr("Event type"));
    connect(m_eventType, &QComboBox::activated, this, &RuleNodeEditor::edited);
    m_comparison = new QComboBox;
    m_comparison->setAccessibleName(tr("Comparison"));
    using Op = Rule::Op;
    for (const Op op :
         {Op::GreaterOrEqual, Op::Greater, Op::Equal, Op::NotEqual, Op::LessOrEqual, Op::Less})
        m_comparison->addItem(RuleWords::comparisonTitle(op, QStringLiteral("N")),
                              Rule::opName(op));
    connect(m_comparison, &QComboBox::activated, this, &RuleNodeEditor::edited);
    m_count = new QSpinBox;
    m_count->setAccessibleName(tr("Number"));
    m_count->setRange(0, 1000000);
    m_count->setGroupSeparatorShown(true);
    connect(m_count, &QSpinBox::valueChanged, this, &RuleNodeEditor::edited);
    m_amount = new QDoubleSpinBox;
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 1e10);
    m_amount->setGroupSeparatorShown(true);
    m_amount->hide();
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &RuleNodeEditor::edited);
    m_window = new QCheckBox(tr("Only in the last"));
    m_days = new QSpinBox;
    m_days->setAccessibleName(tr("Days"));
    m_days->setRange(1, 36500);
    m_days->setSuffix(tr(" days"));
    connect(m_window, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(on);
        edited();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &RuleNodeEditor::edited);

    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_comparison);
    numbers->addWidget(m_count, 1);
    numbers->addWidget(m_amount, 1);
    auto *window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_days, 1);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_measureLabel = new QLabel(tr("Measure"));
    m_eventTypeLabel = new QLabel(tr("Event type"));
    form->addRow(m_measureLabel, m_measure);
    form->addRow(m_eventTypeLabel, m_eventType);
    form->addRow(tr("How many"), numbers);
    form->addRow(tr("When"), window);
    return page;
}

QWidget *RuleNodeEditor::createSimplePage()
{
    m_cell = new QComboBox;
    m_cell->setAccessibleName(tr("RFM cell"));
    for (const rfm::Cell cell : rfm::cells())
        m_cell->addItem(rfm::title(cell), rfm::key(cell));
    connect(m_cell, &QComboBox::activated, this, &RuleNodeEditor::edited);
    m_tierMeasure = new QComboBox;
    m_tierMeasure->setAccessibleName(tr("Tier measure"));
    for (const QString &measure : RuleWords::tierMeasures())
        m_tierMeasure->addItem(RuleWords::tierMeasureTitle(measure), measure);
    m_tierLevel = new QComboBox;
    m_tierLevel->setAccessibleName(tr("Tier level"));
    for (const QString &level : RuleWords::tierLevels())
        m_tierLevel->addItem(RuleWords::tierLevelTitle(level), level);
    connect(m_tierMeasure, &QComboBox::activated, this, &RuleNodeEditor::edited);
    connect(m_tierLevel, &QComboBox::activated, this, &RuleNodeEditor::edited);
    m_identity = new QComboBox;
    m_identity->setAccessibleName(tr("Platform"));
    for (const QString &kind : RuleWords::identityKinds())
        m_identity->addItem(RuleWords::identityTitle(kind), kind);
    connect(m_identity, &QComboBox::activated, this, &RuleNodeEditor::edited);

    const auto row = [](const QString &label, QWidget *a, QWidget *b = nullptr) {
        auto *widget = new QWidget;
        auto *layout = new QHBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(label));
        layout->addWidget(a, 1);
        if (b)
            layout->addWidget(b, 1);
        return widget;
    };
    m_cellRow = row(tr("In the RFM cell"), m_cell);
    m_tierRow = row(tr("Tier"), m_tierMeasure, m_tierLevel);
    m_identityRow = row(tr("Has an account on"), m_identity);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cellRow);
    layout->addWidget(m_tierRow);
    layout->addWidget(m_identityRow);
    return page;
}

// ---- choices ------------------------------------------------------------------------------

void RuleNodeEditor::setChoices(const RuleChoices &choices)
{
    m_choices = choices;
    static_cast<QStringListModel *>(m_tag->completer()->model())->setStringList(choices.tags);
    static_cast<QStringListModel *>(m_customKey->completer()->model())
        ->setStringList(choices.customFields);
    auto *groups = static_cast<QStandardItemModel *>(m_group->completer()->model());
    groups->clear();
    for (const RuleChoices::Group &group : choices.groups) {
        auto *item = new QStandardItem(group.name.isEmpty() ? group.groupId : group.name);
        item->setData(group.groupId, Qt::UserRole);
        groups->appendRow(item);
    }
    m_cityCompletions->clear();
    for (const QString &city : choices.cities)
        m_cityCompletions->appendRow(new QStandardItem(city));
    m_eventType->clear();
    m_eventType->addItem(tr("Any type"), QString());
    for (const QString &type : choices.eventTypes)
        m_eventType->addItem(RuleWords::eventTypeTitle(type), type);
    // The other types of the contract, after those this workspace has.
    for (const QString &type : Rule::eventTypes()) {
        if (!choices.eventTypes.contains(type))
            m_eventType->addItem(tr("%1 (none yet)").arg(RuleWords::eventTypeTitle(type)), type);
    }
    m_amount->setPrefix(units::currencySymbol(choices.currency));
}

void RuleNodeEditor::fillOperators(const QString &field)
{
    m_op->clear();
    const RuleWords::FieldType type = RuleWords::fieldType(field);
    for (const Rule::Op op : RuleWords::operatorsFor(field)) {
        m_op->addItem(RuleWords::opTitle(op, type), Rule::opName(op));
        if (type == RuleWords::FieldType::Date && op == Rule::Op::Greater)
            m_op->addItem(tr("between"), betweenOp);
    }
}

void RuleNodeEditor::fillChoiceValues(const QString &field)
{
    m_choice->clear();
    QStringList values;
    if (field == QLatin1String("source"))
        values = m_choices.sources;
    else if (field == QLatin1String("staff"))
        values = m_choices.staff;
    else
        values = RuleWords::enumValues(field);
    for (const QString &value : values)
        m_choice->addItem(RuleWords::valueTitle(field, value), value);
}

// ---- showing a node -----------------------------------------------------------------------

void RuleNodeEditor::showNothing()
{
    m_pages->setCurrentWidget(m_emptyPage);
}

void RuleNodeEditor::showGroup(RuleTreeModel::NodeType type, int children)
{
    m_showing = true;
    m_pages->setCurrentWidget(m_groupPage);
    const bool isNot = type == RuleTreeModel::NodeType::Not;
    m_allButton->setVisible(!isNot);
    m_anyButton->setVisible(!isNot);
    m_allButton->setChecked(type == RuleTreeModel::NodeType::All);
    m_anyButton->setChecked(type == RuleTreeModel::NodeType::Any);
    if (isNot)
        m_groupText->setText(children == 1 ? tr("Members for whom the condition inside does not "
                                                "hold.")
                                           : tr("Add one condition or group inside “Not”."));
    else if (children == 0)
        m_groupText->setText(tr("An empty group matches every member: add conditions to it."));
    else
        m_groupText->setText(tr("Members who meet the conditions of this group (%1):")
                                 .arg(QLocale().toString(children)));
    m_showing = false;
}

RuleNodeEditor::ConditionKind RuleNodeEditor::kind() const
{
    return ConditionKind(m_kind->currentData().toInt());
}

void RuleNodeEditor::showCondition(const QJsonObject &json, const QString &error)
{
    m_showing = true;
    m_pages->setCurrentWidget(m_conditionPage);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    ConditionKind kind = ConditionKind::Field;
    if (json.contains(QStringLiteral("field")))
        kind = RuleWords::fields().contains(json.value(QStringLiteral("field")).toString())
                   ? ConditionKind::Field
                   : ConditionKind::CustomField;
    else if (json.contains(QStringLiteral("tag")))
        kind = ConditionKind::Tag;
    else if (json.contains(QStringLiteral("in_group")))
        kind = ConditionKind::InGroup;
    else if (json.contains(QStringLiteral("orders")))
        kind = ConditionKind::Orders;
    else if (json.contains(QStringLiteral("events")))
        kind = ConditionKind::Events;
    else if (json.contains(QStringLiteral("rfm")))
        kind = ConditionKind::Rfm;
    else if (json.contains(QStringLiteral("tier")))
        kind = ConditionKind::Tier;
    else if (json.contains(QStringLiteral("identity")))
        kind = ConditionKind::Identity;
    setCurrentData(m_kind, int(kind));
    switch (kind) {
    case ConditionKind::Field:
        m_kindPages->setCurrentIndex(FieldPage);
        showField(json);
        break;
    case ConditionKind::CustomField: {
        m_kindPages->setCurrentIndex(CustomPage);
        m_customKey->setText(json.value(QStringLiteral("field")).toString());
        setCurrentData(m_customOp, json.value(QStringLiteral("op")).toString());
        const QJsonValue value = json.value(QStringLiteral("value"));
        m_customValue->setText(value.isString() ? value.toString() : value.toVariant().toString());
        const QString op = m_customOp->currentData().toString();
        m_customValue->setEnabled(op != QLatin1String("empty") && op != QLatin1String("not_empty"));
        break;
    }
    case ConditionKind::Tag:
        m_kindPages->setCurrentIndex(TagPage);
        m_tag->setText(json.value(QStringLiteral("tag")).toString());
        break;
    case ConditionKind::InGroup:
        m_kindPages->setCurrentIndex(GroupPage);
        m_group->setText(m_choices.groupName(json.value(QStringLiteral("in_group")).toString()));
        updateGroupHint();
        break;
    case ConditionKind::Orders:
    case ConditionKind::Events:
        m_kindPages->setCurrentIndex(AggregatePage);
        showAggregate(json, kind == ConditionKind::Orders);
        break;
    case ConditionKind::Rfm:
    case ConditionKind::Tier:
    case ConditionKind::Identity: {
        m_kindPages->setCurrentIndex(SimplePage);
        m_cellRow->setVisible(kind == ConditionKind::Rfm);
        m_tierRow->setVisible(kind == ConditionKind::Tier);
        m_identityRow->setVisible(kind == ConditionKind::Identity);
        setCurrentData(m_cell, json.value(QStringLiteral("rfm")).toString());
        setCurrentData(m_identity, json.value(QStringLiteral("identity")).toString());
        const QJsonObject tier = json.value(QStringLiteral("tier")).toObject();
        if (!tier.isEmpty()) {
            setCurrentData(m_tierMeasure, tier.begin().key());
            setCurrentData(m_tierLevel, tier.begin().value().toString());
        }
        break;
    }
    }
    m_showing = false;
}

void RuleNodeEditor::showField(const QJsonObject &json)
{
    QString field = json.value(QStringLiteral("field")).toString();
    QString op = json.value(QStringLiteral("op")).toString();
    QJsonValue value = json.value(QStringLiteral("value"));
    QJsonValue until;
    if (json.contains(QStringLiteral("all"))) { // between
        const QJsonArray pair = json.value(QStringLiteral("all")).toArray();
        field = pair.at(0).toObject().value(QStringLiteral("field")).toString();
        op = betweenOp;
        value = pair.at(0).toObject().value(QStringLiteral("value"));
        until = pair.at(1).toObject().value(QStringLiteral("value"));
    }
    setCurrentData(m_field, field);
    fillOperators(field);
    fillChoiceValues(field);
    setCurrentData(m_op, op);
    updateValueEditor();
    switch (RuleWords::fieldType(field)) {
    case RuleWords::FieldType::Date:
        m_from->setDate(dateOf(value));
        m_to->setDate(op == betweenOp ? dateOf(until) : m_from->date());
        break;
    case RuleWords::FieldType::Choice:
        if (op != QLatin1String("in")) {
            const QString text = value.toString();
            int row = m_choice->findData(text);
            for (int i = 0; row < 0 && i < m_choice->count(); ++i) {
                if (m_choice->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0 ||
                    m_choice->itemText(i) == text)
                    row = i;
            }
            if (row < 0 && !text.isEmpty()) {
                m_choice->addItem(text, text);
                row = m_choice->count() - 1;
            }
            m_choice->setCurrentIndex(std::max(row, 0));
            break;
        }
        [[fallthrough]];
    default:
        m_text->setText(value.isArray()    ? listText(value)
                        : value.isString() ? value.toString()
                                           : value.toVariant().toString());
    }
}

void RuleNodeEditor::showAggregate(const QJsonObject &json, bool orders)
{
    const QJsonObject body =
        json.value(orders ? QStringLiteral("orders") : QStringLiteral("events")).toObject();
    m_measureLabel->setVisible(orders);
    m_measure->setVisible(orders);
    m_eventTypeLabel->setVisible(!orders);
    m_eventType->setVisible(!orders);
    const bool sum = orders && body.contains(QStringLiteral("sum"));
    setCurrentData(m_measure, sum ? QStringLiteral("sum") : QStringLiteral("count"));
    m_count->setVisible(!sum);
    m_amount->setVisible(sum);
    const QJsonArray pair =
        body.value(sum ? QStringLiteral("sum") : QStringLiteral("count")).toArray();
    setCurrentData(m_comparison, pair.isEmpty() ? QStringLiteral(">=") : pair.at(0).toString());
    if (sum)
        m_amount->setValue(pair.at(1).toVariant().toDouble());
    else
        m_count->setValue(pair.isEmpty() ? 1 : pair.at(1).toInt());
    const bool window = body.contains(QStringLiteral("within_days"));
    m_window->setChecked(window);
    m_days->setEnabled(window);
    if (window)
        m_days->setValue(body.value(QStringLiteral("within_days")).toInt());
    if (!orders)
        setCurrentData(m_eventType, body.value(QStringLiteral("type")).toString());
}

void RuleNodeEditor::updateValueEditor()
{
    const QString field = m_field->currentData().toString();
    const QString op = m_op->currentData().toString();
    const RuleWords::FieldType type = RuleWords::fieldType(field);
    if (op == QLatin1String("empty") || op == QLatin1String("not_empty"))
        m_valuePages->setCurrentWidget(m_noValuePage);
    else if (type == RuleWords::FieldType::Date)
        m_valuePages->setCurrentWidget(m_datePage);
    else if (type == RuleWords::FieldType::Choice && op != QLatin1String("in"))
        m_valuePages->setCurrentWidget(m_choice);
    else
        m_valuePages->setCurrentWidget(m_text);
    m_and->setVisible(op == betweenOp);
    m_to->setVisible(op == betweenOp);
    m_text->setPlaceholderText(op == QLatin1String("in") ? tr("Values, separated by commas")
                                                         : QString());
    // Cities complete from the workspace's cities; other texts have no list.
    m_text->completer()->setModel(field == QLatin1String("city") ? m_cityCompletions
                                                                 : m_noCompletions);
}

void RuleNodeEditor::updateGroupHint()
{
    const QString text = m_group->text().trimmed();
    const QString id = groupIdOf(text);
    if (text.isEmpty())
        m_groupHint->setText(tr("Type to find a group by its name."));
    else if (m_choices.groupName(id) != id || id != text)
        m_groupHint->setText(tr("Group ID: %1").arg(id));
    else
        m_groupHint->setText(tr("No group of that name: the condition matches nobody."));
}

// ---- editing ------------------------------------------------------------------------------

void RuleNodeEditor::kindChosen()
{
    const QJsonObject json = defaultCondition(kind());
    showCondition(json, QString());
    emit conditionEdited(json);
}

void RuleNodeEditor::fieldChosen()
{
    const QString field = m_field->currentData().toString();
    fillOperators(field);
    fillChoiceValues(field);
    m_op->setCurrentIndex(0);
    m_text->clear();
    updateValueEditor();
    edited();
}

void RuleNodeEditor::edited()
{
    if (m_showing)
        return;
    if (kind() == ConditionKind::InGroup)
        updateGroupHint();
    emit conditionEdited(conditionJson());
}

QString RuleNodeEditor::groupIdOf(const QString &text) const
{
    for (const RuleChoices::Group &group : m_choices.groups) {
        if (group.name == text)
            return group.groupId;
    }
    for (const RuleChoices::Group &group : m_choices.groups) {
        if (group.groupId == text || group.name.compare(text, Qt::CaseInsensitive) == 0)
            return group.groupId;
    }
    return text;
}

QJsonObject RuleNodeEditor::fieldJson() const
{
    const QString field = m_field->currentData().toString();
    const QString op = m_op->currentData().toString();
    const RuleWords::FieldType type = RuleWords::fieldType(field);
    if (op == betweenOp) {
        const auto bound = [&field](const char *op, const QDate &day) {
            return QJsonObject{{QStringLiteral("field"), field},
                               {QStringLiteral("op"), QLatin1String(op)},
                               {QStringLiteral("value"), isoDate(day)}};
        };
        return QJsonObject{{QStringLiteral("all"),
                            QJsonArray{bound(">=", m_from->date()), bound("<=", m_to->date())}}};
    }
    QJsonObject json{{QStringLiteral("field"), field}, {QStringLiteral("op"), op}};
    if (op == QLatin1String("empty") || op == QLatin1String("not_empty"))
        return json;
    QJsonValue value;
    if (type == RuleWords::FieldType::Date)
        value = isoDate(m_from->date());
    else if (op == QLatin1String("in"))
        value = listOf(m_text->text());
    else if (type == RuleWords::FieldType::Choice)
        value = m_choice->currentData().toString();
    else
        value = m_text->text();
    json.insert(QStringLiteral("value"), value);
    return json;
}

QJsonObject RuleNodeEditor::customJson() const
{
    const QString op = m_customOp->currentData().toString();
    QJsonObject json{{QStringLiteral("field"), m_customKey->text().trimmed()},
                     {QStringLiteral("op"), op}};
    if (op == QLatin1String("empty") || op == QLatin1String("not_empty"))
        return json;
    const QString text = m_customValue->text().trimmed();
    bool number = false;
    const double value = QLocale::c().toDouble(text, &number);
    json.insert(QStringLiteral("value"), number ? QJsonValue(value) : QJsonValue(text));
    return json;
}

QJsonObject RuleNodeEditor::aggregateJson(bool orders) const
{
    QJsonObject body;
    const QString op = m_comparison->currentData().toString();
    if (orders && m_measure->currentData().toString() == QLatin1String("sum"))
        body.insert(QStringLiteral("sum"), QJsonArray{op, m_amount->value()});
    else
        body.insert(QStringLiteral("count"), QJsonArray{op, m_count->value()});
    if (m_window->isChecked())
        body.insert(QStringLiteral("within_days"), m_days->value());
    if (!orders && !m_eventType->currentData().toString().isEmpty())
        body.insert(QStringLiteral("type"), m_eventType->currentData().toString());
    return QJsonObject{{orders ? QStringLiteral("orders") : QStringLiteral("events"), body}};
}

QJsonObject RuleNodeEditor::conditionJson() const
{
    switch (kind()) {
    case ConditionKind::Field:
        return fieldJson();
    case ConditionKind::CustomField:
        return customJson();
    case ConditionKind::Tag:
        return QJsonObject{{QStringLiteral("tag"), m_tag->text().trimmed()}};
    case ConditionKind::InGroup:
        return QJsonObject{{QStringLiteral("in_group"), groupIdOf(m_group->text().trimmed())}};
    case ConditionKind::Orders:
        return aggregateJson(true);
    case ConditionKind::Events:
        return aggregateJson(false);
    case ConditionKind::Rfm:
        return QJsonObject{{QStringLiteral("rfm"), m_cell->currentData().toString()}};
    case ConditionKind::Tier:
        return QJsonObject{
            {QStringLiteral("tier"), QJsonObject{{m_tierMeasure->currentData().toString(),
                                                  m_tierLevel->currentData().toString()}}}};
    case ConditionKind::Identity:
        return QJsonObject{{QStringLiteral("identity"), m_identity->currentData().toString()}};
    }
    return {};
}

QJsonObject RuleNodeEditor::defaultCondition(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Field:
        return QJsonObject{{QStringLiteral("field"), QStringLiteral("city")},
                           {QStringLiteral("op"), QStringLiteral("=")},
                           {QStringLiteral("value"), QString()}};
    case ConditionKind::CustomField:
        return QJsonObject{{QStringLiteral("field"), QString()},
                           {QStringLiteral("op"), QStringLiteral("=")},
                           {QStringLiteral("value"), QString()}};
    case ConditionKind::Tag:
        return QJsonObject{{QStringLiteral("tag"), QString()}};
    case ConditionKind::InGroup:
        return QJsonObject{{QStringLiteral("in_group"), QString()}};
    case ConditionKind::Orders:
        return QJsonObject{
            {QStringLiteral("orders"),
             QJsonObject{{QStringLiteral("count"), QJsonArray{QStringLiteral(">="), 1}},
                         {QStringLiteral("within_days"), 90}}}};
    case ConditionKind::Events:
        return QJsonObject{
            {QStringLiteral("events"),
             QJsonObject{{QStringLiteral("count"), QJsonArray{QStringLiteral(">="), 1}},
                         {QStringLiteral("within_days"), 30}}}};
    case ConditionKind::Rfm:
        return QJsonObject{{QStringLiteral("rfm"), QStringLiteral("champions")}};
    case ConditionKind::Tier:
        return QJsonObject{{QStringLiteral("tier"),
                            QJsonObject{{QStringLiteral("spending"), QStringLiteral("high")}}}};
    case ConditionKind::Identity:
        return QJsonObject{{QStringLiteral("identity"), QStringLiteral("wecom")}};
    }
    return {};
}

} // namespace siyu
