// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/ruletreemodel.h"
#include "models/segments/rulechoices.h"

#include <QJsonObject>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;

namespace siyu {

// The form for the selected node of the rule builder; it changes with the node's kind. Every
// change the user makes is emitted at once as the node's new contract JSON (conditions) or
// its new group type (all / any).
class RuleNodeEditor : public QWidget
{
    Q_OBJECT

public:
    // The kinds of condition, in the order the chooser lists them.
    enum class ConditionKind
    {
        Field,
        CustomField,
        Tag,
        InGroup,
        Orders,
        Events,
        Rfm,
        Tier,
        Identity,
    };

    explicit RuleNodeEditor(QWidget *parent = nullptr);

    void setChoices(const RuleChoices &choices);
    // Shows the node; nothing is emitted for it.
    void showGroup(RuleTreeModel::NodeType type, int children);
    void showCondition(const QJsonObject &json, const QString &error);
    void showNothing();

    // For tests and keyboard users: the widgets of the form.
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_op; }
    QLineEdit *textValue() const { return m_text; }
    QComboBox *choiceValue() const { return m_choice; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QLineEdit *customKey() const { return m_customKey; }
    QLineEdit *tagEdit() const { return m_tag; }
    QLineEdit *groupEdit() const { return m_group; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *comparisonBox() const { return m_comparison; }
    QSpinBox *countSpin() const { return m_count; }
    QDoubleSpinBox *amountSpin() const { return m_amount; }
    QCheckBox *windowCheck() const { return m_window; }
    QSpinBox *daysSpin() const { return m_days; }
    QComboBox *eventTypeBox() const { return m_eventType; }
    QComboBox *cellBox() const { return m_cell; }
    QComboBox *tierMeasureBox() const { return m_tierMeasure; }
    QComboBox *tierLevelBox() const { return m_tierLevel; }
    QRadioButton *allButton() const { return m_allButton; }
    QRadioButton *anyButton() const { return m_anyButton; }

    // The default JSON of a new condition of `kind`.
    static QJsonObject defaultCondition(ConditionKind kind);

signals:
    void conditionEdited(const QJsonObject &json);
    void groupTypeChosen(RuleTreeModel::NodeType type);

private:
    QWidget *createGroupPage();
    QWidget *createConditionPage();
    QWidget *createFieldPage();
    QWidget *createCustomPage();
    QWidget *createAggregatePage();
    QWidget *createSimplePage();

    void kindChosen();
    void fieldChosen();
    void updateValueEditor();
    void fillOperators(const QString &field);
    void fillChoiceValues(const QString &field);
    void showField(const QJsonObject &json);
    void showAggregate(const QJsonObject &json, bool orders);
    void edited();
    QJsonObject conditionJson() const;
    QJsonObject fieldJson() const;
    QJsonObject customJson() const;
    QJsonObject aggregateJson(bool orders) const;
    QString groupIdOf(const QString &text) const;
    void updateGroupHint();
    ConditionKind kind() const;

    RuleChoices m_choices;
    bool m_showing = false;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_groupPage = nullptr;
    QWidget *m_conditionPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_groupText = nullptr;
    QRadioButton *m_allButton = nullptr;
    QRadioButton *m_anyButton = nullptr;

    QComboBox *m_kind = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    // member field
    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    QStackedWidget *m_valuePages = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QWidget *m_datePage = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_and = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_noValuePage = nullptr;
    QStandardItemModel *m_cityCompletions = nullptr;
    QStandardItemModel *m_noCompletions = nullptr;
    // custom field
    QLineEdit *m_customKey = nullptr;
    QComboBox *m_customOp = nullptr;
    QLineEdit *m_customValue = nullptr;
    // tag, group
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_group = nullptr;
    QLabel *m_groupHint = nullptr;
    // orders, events
    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_eventTypeLabel = nullptr;
    QComboBox *m_eventType = nullptr;
    QComboBox *m_comparison = nullptr;
    QSpinBox *m_count = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QCheckBox *m_window = nullptr;
    QSpinBox *m_days = nullptr;
    // rfm, tier, identity
    QComboBox *m_cell = nullptr;
    QComboBox *m_tierMeasure = nullptr;
    QComboBox *m_tierLevel = nullptr;
    QComboBox *m_identity = nullptr;
    QWidget *m_cellRow = nullptr;
    QWidget *m_tierRow = nullptr;
    QWidget *m_identityRow = nullptr;
};

} // namespace siyu
