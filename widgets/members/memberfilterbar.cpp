// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/memberfilterbar.h"

#include "models/common/timeutil.h"
#include "models/items/membertablemodel.h"
#include "widgets/common/datepopup.h"
#include "widgets/common/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpacerItem>
#include <QStringListModel>
#include <QToolButton>

namespace siyu {

namespace {

// A date edit shows "any" at its minimum, which means "no bound".
const QDate anyDate(2000, 1, 1);

void setItems(QComboBox *combo, const QString &anyText,
              const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(anyText, QVariant());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

MemberFilterBar::MemberFilterBar(QWidget *parent) : QWidget(parent)
{
    // The filters wrap onto a second row on a narrow window rather than squeeze each other.
    auto *row = new FlowLayout(this);
    setupTag();
    m_source = addCombo(tr("Source"));
    m_staff = addCombo(tr("Staff"));
    m_stage = addCombo(tr("Stage"));
    m_group = addCombo(tr("Group"));
    m_from = addDate(tr("Joined from"));
    m_to = addDate(tr("Joined until"));
    m_deleted = new QCheckBox(tr("Deleted"));
    m_deleted->setToolTip(tr("Show the deleted members instead, to restore them"));
    m_clear = new QToolButton;
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);

    // "Joined [from] – [until]" stays together on one row.
    auto *joined = new QWidget;
    auto *joinedRow = new QHBoxLayout(joined);
    joinedRow->setContentsMargins(0, 0, 0, 0);
    joinedRow->setSpacing(6);
    joinedRow->addWidget(new QLabel(tr("Joined")));
    joinedRow->addWidget(m_from);
    joinedRow->addWidget(new QLabel(QStringLiteral("–")));
    joinedRow->addWidget(m_to);

    row->addWidget(m_tag);
    row->addWidget(m_source);
    row->addWidget(m_staff);
    row->addWidget(m_stage);
    row->addWidget(m_group);
    row->addFixedSpacing(6);
    row->addWidget(joined);
    row->addFixedSpacing(6);
    row->addWidget(m_deleted);
    row->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
    row->addWidget(m_clear);

    QList<std::pair<QString, QVariant>> stages;
    for (const QString &stage : lifecycleStages())
        stages.append({MemberTableModel::stageTitle(stage), stage});
    setItems(m_stage, tr("Any stage"), stages);
    setChoices({});

    connect(m_deleted, &QCheckBox::toggled, this, &MemberFilterBar::changedByUser);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        emit changed();
    });
}

void MemberFilterBar::setupTag()
{
    m_tag = new QLineEdit;
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    // Wide enough to read a tag name, in either language: the placeholder alone is no guide.
    m_tag->setMinimumWidth(m_tag->fontMetrics().averageCharWidth() * 14);
    m_tag->setMaximumWidth(qMax(140, m_tag->minimumWidth()));
    m_tagNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_tagNames, m_tag);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tag->setCompleter(completer);
    // Applied when the user settles on a tag, not on every key.
    connect(m_tag, &QLineEdit::editingFinished, this, [this] {
        if (m_tag->text().trimmed() != m_appliedTag)
            changedByUser();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { changedByUser(); });
    connect(m_tag, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_appliedTag.isEmpty())
            changedByUser(); // the clear button
    });
}

QComboBox *MemberFilterBar::addCombo(const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Sized by a typical name, not by measuring every item: a brand may have 10,000 groups.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setMaximumWidth(180);
    connect(combo, &QComboBox::activated, this, &MemberFilterBar::changedByUser);
    return combo;
}

QDateEdit *MemberFilterBar::addDate(const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(accessibleName);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(tr("any"));
    ui::prepareDatePopup(edit);
    edit->setDate(anyDate);
    connect(edit, &QDateEdit::dateChanged, this, &MemberFilterBar::changedByUser);
    return edit;
}

void MemberFilterBar::changedByUser()
{
    if (m_clearing)
        return;
    m_appliedTag = m_tag->text().trimmed();
    emit changed();
}

void MemberFilterBar::setTagNames(const QStringList &tags)
{
    m_tagNames->setStringList(tags);
}

void MemberFilterBar::setChoices(const Choices &choices)
{
    setTagNames(choices.tags);
    QList<std::pair<QString, QVariant>> sources;
    for (const QString &source : choices.sources)
        sources.append({source, source});
    setItems(m_source, tr("Any source"), sources);
    QList<std::pair<QString, QVariant>> staff;
    for (const MemberChoice &choice : choices.staff)
        staff.append({choice.name, choice.ref});
    setItems(m_staff, tr("Any staff"), staff);
    QList<std::pair<QString, QVariant>> groups;
    for (const MemberChoice &choice : choices.groups)
        groups.append({choice.name, choice.ref});
    setItems(m_group, tr("Any group"), groups);
}

void MemberFilterBar::apply(MemberFilter &filter) const
{
    filter.tag = m_tag->text().trimmed();
    filter.source = m_source->currentData().toString();
    filter.staffRef.reset();
    if (m_staff->currentData().isValid())
        filter.staffRef = m_staff->currentData().toLongLong();
    filter.stage = m_stage->currentData().toString();
    filter.groupRef.reset();
    if (m_group->currentData().isValid())
        filter.groupRef = m_group->currentData().toLongLong();
    filter.joinedFrom.reset();
    filter.joinedTo.reset();
    if (m_from->date() > anyDate)
        filter.joinedFrom = timeutil::startOfDay(m_from->date(), m_zone);
    if (m_to->date() > anyDate) // the end day is included
        filter.joinedTo = timeutil::startOfDay(m_to->date().addDays(1), m_zone);
    filter.deleted = m_deleted->isChecked();
}

int MemberFilterBar::activeCount() const
{
    MemberFilter filter;
    apply(filter);
    return (filter.tag.isEmpty() ? 0 : 1) + (filter.source.isEmpty() ? 0 : 1) +
           (filter.staffRef ? 1 : 0) + (filter.stage.isEmpty() ? 0 : 1) +
           (filter.groupRef ? 1 : 0) + (filter.joinedFrom ? 1 : 0) + (filter.joinedTo ? 1 : 0) +
           (filter.deleted ? 1 : 0);
}

void MemberFilterBar::clear()
{
    m_clearing = true;
    m_tag->clear();
    m_appliedTag.clear();
    for (QComboBox *combo : {m_source, m_staff, m_stage, m_group})
        combo->setCurrentIndex(0);
    m_from->setDate(anyDate);
    m_to->setDate(anyDate);
    m_deleted->setChecked(false);
    m_clearing = false;
}

} // namespace siyu
